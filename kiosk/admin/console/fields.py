"""The pieces the record form is made of: a section card, a field with its
label and error line, text boxes, and one translation cell (the text in one
language with its verified tick, its character count and its problems).

``RecordEditor`` (``editor``) lays them out and ties them to the working copy.
"""

from __future__ import annotations

import math
from typing import Any

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import QCheckBox, QFrame, QGridLayout, QHBoxLayout, QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from kiosk.content.vocab import MAX_LENGTHS

# Height of the text boxes, per text field, before they grow with their text
# (titles wrap over two lines but take no line breaks).
TEXT_HEIGHTS = {"title": 76, "subtitle": 60, "summary": 112, "body": 160, "alt": 60, "keywords": 60}
SINGLE_LINE = ("title", "subtitle", "alt", "keywords")
# A text box grows with its text up to this height (a whole 8,000-character
# body on a narrow column); beyond it, it scrolls.
MAX_TEXT_HEIGHT = 4000
# Width of the field names on the left of every section, so the fields line up.
LABEL_WIDTH = 150


def set_state(widget: QWidget, name: str, on: bool, *also: QWidget) -> None:
    """Set the style property *name* (``invalid``, ``over``, ``unverified``) and
    restyle *widget* (and *also*) when it changes.

    The current value is kept on the Python side: reading an unset property
    back from Qt (``widget.property``) hands Python a None it does not own in
    PySide6 6.12, which over many reads crashes the interpreter at exit."""
    attr = f"_state_{name}"
    if getattr(widget, attr, False) == on:
        return
    setattr(widget, attr, on)
    widget.setProperty(name, on)
    for w in (widget, *also):
        w.style().unpolish(w)
        w.style().polish(w)


def set_invalid(widget: QWidget, on: bool) -> None:
    set_state(widget, "invalid", on)


def number_text(value: Any) -> str:
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return "" if value is None else str(value)


class ErrorLabel(QLabel):
    """The words under a field that say what is wrong with it (hidden when nothing is)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("fieldError")
        self.setWordWrap(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.hide()

    def show_messages(self, messages: list[str]) -> None:
        text = "\n".join(dict.fromkeys(messages))
        if text != self.text():
            self.setText(text)
        self.setVisible(bool(text))


class PlainText(QPlainTextEdit):
    """A wrapping text box that says when the user (not the program) changed it.

    *single_line* boxes (titles) wrap long text so all of it can be read in a
    narrow column, but take no line breaks: Enter does nothing and pasted
    breaks become spaces.

    The box grows with its text (from *height* up), so a long text is read
    in the form's own scrolling, not in a small scroll area inside it.
    """

    edited = Signal(str)

    def __init__(self, height: int, parent: QWidget | None = None, *, single_line: bool = False):
        super().__init__(parent)
        self.setTabChangesFocus(True)
        self.min_height = height
        self.setFixedHeight(height)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.single_line = single_line
        self._loading = False
        self.textChanged.connect(self._changed)
        self.document().contentsChanged.connect(self.fit)

    @Slot()
    def fit(self) -> None:
        """Make the box as tall as its text at its width (at least its first height)."""
        width = self.viewport().width()
        if width <= 0:
            return
        # A plain-text document lays itself out in lines, not pixels: a copy
        # with the rich-text layout measures the wrapped height.
        measure = self.document().clone(self)
        measure.setDefaultFont(self.font())
        measure.setTextWidth(width)
        margins = self.contentsMargins()
        needed = math.ceil(measure.size().height()) + 2 * self.frameWidth() + margins.top() + margins.bottom() + 4
        measure.deleteLater()
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded if needed > MAX_TEXT_HEIGHT
                                        else Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        wanted = max(self.min_height, min(needed, MAX_TEXT_HEIGHT))
        if wanted != self.height():
            self.setFixedHeight(wanted)

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.fit()

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt override
        if self.single_line and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.ignore()
            return
        super().keyPressEvent(event)

    def insertFromMimeData(self, source) -> None:  # noqa: N802 - Qt override
        if self.single_line and source.hasText():
            self.insertPlainText(" ".join(source.text().split()))
            return
        super().insertFromMimeData(source)

    def set_text(self, text: str) -> None:
        if self.toPlainText() == text:
            return
        self._loading = True
        try:
            cursor = self.textCursor().position()
            self.setPlainText(text)
            tc = self.textCursor()
            tc.setPosition(min(cursor, len(text)))
            self.setTextCursor(tc)
        finally:
            self._loading = False

    def text(self) -> str:
        return self.toPlainText()

    @Slot()
    def _changed(self) -> None:
        if not self._loading:
            self.edited.emit(self.toPlainText())


class TranslationCell(QFrame):
    """One text in one language: the text, its verified tick, a character count, its problems."""

    def __init__(self, name: str, lang: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.name = name
        self.lang = lang
        self.setObjectName("translationCell")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        self.edit = PlainText(TEXT_HEIGHTS.get(name, 60), single_line=name in SINGLE_LINE)
        self.edit.setObjectName(f"text-{name}-{lang}")
        layout.addWidget(self.edit)
        row = QHBoxLayout()
        row.setSpacing(6)
        self.verified = QCheckBox()
        self.verified.setObjectName(f"verified-{name}-{lang}")
        self.counter = QLabel()
        self.counter.setObjectName("counter")
        row.addWidget(self.verified)
        row.addStretch(1)
        row.addWidget(self.counter)
        layout.addLayout(row)
        # "Needs review": another language of this text changed since it was
        # written.  A line of its own, so it is whole in a narrow column.
        self.badge = QLabel()
        self.badge.setObjectName("staleBadge")
        self.badge.setWordWrap(True)
        self.badge.hide()
        layout.addWidget(self.badge, 0, Qt.AlignmentFlag.AlignLeft)
        self.error = ErrorLabel()
        layout.addWidget(self.error)
        # A taller text beside this one leaves its room below, not inside the cell.
        layout.addStretch(1)

    def text(self) -> str:
        return self.edit.text()

    def set_values(self, text: str, verified: bool, stale: bool = False) -> None:
        self.edit.set_text(text)
        if self.verified.isChecked() != verified:
            self.verified.setChecked(verified)
        # A text that is not there cannot be ticked as checked.
        self.verified.setEnabled(bool(text.strip()))
        self.badge.setVisible(stale)
        limit = MAX_LENGTHS.get(self.name, 0)
        self.counter.setText(f"{len(text)} / {limit}")
        set_state(self.counter, "over", len(text) > limit)
        set_state(self, "unverified", bool(text.strip()) and not verified, self.edit)

    def retranslate(self) -> None:
        self.verified.setText(self.tr("Verified"))
        self.verified.setToolTip(self.tr("Tick once a person has checked this translation"))
        self.badge.setText(self.tr("Needs review"))
        self.badge.setToolTip(self.tr("Another language of this text changed after it was written: check it, then tick Verified"))


class Section(QFrame):
    """A titled card of the form."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("section")
        self.outer = QVBoxLayout(self)
        self.outer.setContentsMargins(20, 16, 20, 18)
        self.outer.setSpacing(12)
        self.title = QLabel()
        self.title.setObjectName("sectionTitle")
        self.outer.addWidget(self.title)
        self.grid = QGridLayout()
        self.grid.setHorizontalSpacing(16)
        self.grid.setVerticalSpacing(10)
        self.grid.setColumnMinimumWidth(0, LABEL_WIDTH)
        self.grid.setColumnStretch(1, 1)
        self.outer.addLayout(self.grid)
        self._rows = 0

    def add_row(self, label: QLabel, widget: QWidget, error: ErrorLabel | None = None) -> None:
        label.setObjectName("fieldLabel")
        label.setWordWrap(True)
        label.setFixedWidth(LABEL_WIDTH)
        label.setMinimumHeight(32)
        label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        box = QVBoxLayout()
        box.setSpacing(4)
        box.addWidget(widget, 0, Qt.AlignmentFlag.AlignLeft if widget.maximumWidth() < 10_000 else Qt.AlignmentFlag(0))
        if error is not None:
            box.addWidget(error)
        self.grid.addWidget(label, self._rows, 0, Qt.AlignmentFlag.AlignTop)
        self.grid.addLayout(box, self._rows, 1)
        self._rows += 1


class Field:
    """A record field in the form: its label, its widget and its error line."""

    def __init__(self, key: str, label: QLabel, widget: QWidget, error: ErrorLabel):
        self.key = key
        self.label = label
        self.widget = widget
        self.error = error

    def set_visible(self, on: bool) -> None:
        for w in (self.label, self.widget):
            w.setVisible(on)
        if not on:
            self.error.hide()
