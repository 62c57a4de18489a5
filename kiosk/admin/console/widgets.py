"""Small widgets the console's panes share: the banner over the form, a
pane's card, and the read-only tables under the form."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kiosk.admin.console.labels import LANGUAGE_NAMES
from kiosk.content.vocab import LANGUAGES


class Banner(QFrame):
    """A message across the top of the form: what just happened, or what blocks Save."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("banner")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(14, 8, 6, 8)
        self.text = QLabel()
        self.text.setObjectName("bannerText")
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        close = QPushButton("×")
        close.setObjectName("bannerClose")
        close.setCursor(Qt.CursorShape.PointingHandCursor)
        close.clicked.connect(self.hide)
        layout.addWidget(self.text, 1)
        layout.addWidget(close, 0, Qt.AlignmentFlag.AlignTop)
        self.tone = ""
        self.hide()

    def say(self, tone: str, text: str) -> None:
        """Show *text* in a *tone*: ``error``, ``warning``, ``success`` or ``info``."""
        self.tone = tone
        self.setProperty("tone", tone)
        self.style().unpolish(self)
        self.style().polish(self)
        for child in self.findChildren(QWidget):
            child.style().unpolish(child)
            child.style().polish(child)
        self.text.setText(text)
        self.show()


def pane(frame: QFrame | None = None) -> tuple[QFrame, QVBoxLayout]:
    """Make *frame* (or a new frame) a card for one pane of the window; the frame and its layout."""
    frame = frame if frame is not None else QFrame()
    frame.setObjectName("pane")
    layout = QVBoxLayout(frame)
    layout.setContentsMargins(14, 14, 14, 14)
    layout.setSpacing(10)
    return frame, layout


def rows_view(model: QAbstractItemModel, name: str, stretch: int) -> QTableView:
    """A read-only table of whole rows over *model*; column *stretch* takes the spare width."""
    view = QTableView()
    view.setObjectName(name)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setShowGrid(False)
    view.setWordWrap(False)
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(30)
    header = view.horizontalHeader()
    header.setHighlightSections(False)
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setStretchLastSection(False)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return view


def steady_width(button: QAbstractButton, texts: Sequence[str]) -> None:
    """Give *button* the width of the longest of the *texts* it shows in turn
    (Publish / Unpublish), so it does not jump, nor its neighbours, when its label changes."""
    current = button.text()
    widths = []
    for text in texts:
        button.setText(text)
        widths.append(button.sizeHint().width())
    button.setText(current)
    button.setMinimumWidth(max(widths, default=0))


class Header(QFrame):
    """The band across the top of the console: its name, the staff role and
    content version, and the console's own language switch."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("header")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(20, 12, 20, 12)
        titles = QVBoxLayout()
        titles.setSpacing(0)
        self.title = QLabel()
        self.title.setObjectName("appTitle")
        self.subtitle = QLabel()
        self.subtitle.setObjectName("appSubtitle")
        titles.addWidget(self.title)
        titles.addWidget(self.subtitle)
        layout.addLayout(titles)
        layout.addStretch(1)
        self.info = QLabel()
        self.info.setObjectName("headerInfo")
        self.info.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        layout.addWidget(self.info)
        layout.addSpacing(16)
        self.language = QComboBox()
        self.language.setObjectName("languageCombo")
        for lang in LANGUAGES:
            self.language.addItem(LANGUAGE_NAMES[lang], lang)
        layout.addWidget(self.language)
