"""The panel under the form (Problems, History, Import report) folds down
to its tab bar, so the record being edited gets the room; the choice and
the panel's height are remembered on this PC (``console.ini`` in the data
folder, beside the database the console edits)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QSettings, Qt, Slot
from PySide6.QtWidgets import QSplitter, QTabWidget, QToolButton

COLLAPSED_KEY = "panel/collapsed"
HEIGHT_KEY = "panel/height"
# The panel's height when it is first opened (a 768-pixel screen keeps most of it for the form).
DEFAULT_HEIGHT = 170
# Below this the panel shows nothing useful: it is folded instead.
MIN_OPEN_HEIGHT = 120


class CollapsiblePanel(QObject):
    """Folds *tabs* (the lower pane of *splitter*) to its tab bar and opens it again."""

    def __init__(self, tabs: QTabWidget, splitter: QSplitter, settings_file: Path, parent: QObject | None = None):
        super().__init__(parent)
        self.tabs = tabs
        self.splitter = splitter
        self.settings = QSettings(str(settings_file), QSettings.Format.IniFormat)
        self.button = QToolButton()
        self.button.setObjectName("panelToggle")
        self.button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.button.clicked.connect(lambda: self.set_collapsed(not self.collapsed))
        tabs.setCornerWidget(self.button, Qt.Corner.TopRightCorner)
        # A folded panel is as tall as its tab bar, which a new font or style sheet
        # resizes (the console's style sheet applies only when the window is shown).
        tabs.tabBar().installEventFilter(self)
        # Choosing a tab of a folded panel opens it.
        tabs.tabBarClicked.connect(lambda _index: self.set_collapsed(False) if self.collapsed else None)
        splitter.splitterMoved.connect(self._moved)
        self.open_height = max(MIN_OPEN_HEIGHT, int(self.settings.value(HEIGHT_KEY, DEFAULT_HEIGHT)))
        self.collapsed = False
        self.set_collapsed(self.settings.value(COLLAPSED_KEY, False, type=bool), remember=False)

    def folded_height(self) -> int:
        """The height of the folded panel: its tab bar."""
        return self.tabs.tabBar().sizeHint().height() + 2

    def set_collapsed(self, on: bool, *, remember: bool = True) -> None:
        """Fold the panel to its tab bar (*on*) or open it at its remembered height."""
        total = sum(self.splitter.sizes()) or self.splitter.height()
        if on and not self.collapsed and self.splitter.sizes()[-1] >= MIN_OPEN_HEIGHT:
            self.open_height = self.splitter.sizes()[-1]
        self.collapsed = on
        if on:
            self.tabs.setMinimumHeight(self.folded_height())
            self.tabs.setMaximumHeight(self.folded_height())
            self.splitter.setSizes([max(total - self.folded_height(), 0), self.folded_height()])
        else:
            self.tabs.setMinimumHeight(MIN_OPEN_HEIGHT)
            self.tabs.setMaximumHeight(16_777_215)
            self.splitter.setSizes([max(total - self.open_height, 0), self.open_height])
        self.splitter.handle(1).setEnabled(not on)
        if remember:
            self.settings.setValue(COLLAPSED_KEY, on)
            self.settings.setValue(HEIGHT_KEY, self.open_height)
            self.settings.sync()
        self.retranslate()

    @Slot(int, int)
    def _moved(self, _pos: int, _index: int) -> None:
        if not self.collapsed and self.splitter.sizes()[-1] >= MIN_OPEN_HEIGHT:
            self.open_height = self.splitter.sizes()[-1]
            self.settings.setValue(HEIGHT_KEY, self.open_height)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if self.collapsed and event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange, QEvent.Type.Polish):
            self.tabs.setMinimumHeight(self.folded_height())
            self.tabs.setMaximumHeight(self.folded_height())
        return False

    def retranslate(self) -> None:
        """The button's words in the current language."""
        self.button.setText(self.tr("Show panel ▴") if self.collapsed else self.tr("Hide panel ▾"))
        self.button.setToolTip(self.tr("Open the Problems and History panel again") if self.collapsed
                               else self.tr("Fold this panel to its tabs, so the record gets the room"))
