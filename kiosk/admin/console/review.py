"""``ReviewPane``: every text a translator must look at, across all kinds.

A text needs a translator when it *needs review* (another language of the
same field changed after it was written, ``staleness``) or when nobody has
ticked it verified yet.  The pane lists each such text with its record,
field and language, the text itself and the text it is checked against
(the field's English text, or for English the newest language that is not
itself waiting), so a translator can work down the list without opening
every record.  "Mark verified" ticks a reviewed selection at once (one undo
step in the working copy, saved with Save like any edit); a double-click
opens the text in the record's form.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QEvent, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kiosk.admin.console import labels
from kiosk.admin.console.draft import DraftRecord, DraftState
from kiosk.admin.console.translations import console_switching
from kiosk.admin.console.working import WorkingCopy
from kiosk.content.formats.staleness import TRANSLATED_FIELDS
from kiosk.content.vocab import LANGUAGES, SOURCE_LANGUAGE

# Longest text shown in a cell; the whole text is in the cell's tooltip.
SHOWN_CHARS = 160


@dataclass(frozen=True)
class Waiting:
    """One text waiting for a translator: where it is, what it says, what it is checked against."""

    uid: int
    kind: str
    title: str
    field: str
    lang: str
    text: str
    stale: bool
    against: str
    against_lang: str

    @property
    def key(self) -> str:
        """The form's key for the text (``text.title.ru``)."""
        return f"text.{self.field}.{self.lang}"


def _against(record: DraftRecord, name: str, lang: str) -> tuple[str, str]:
    """The text *name* in *lang* is checked against, and its language."""
    for other in (SOURCE_LANGUAGE, *LANGUAGES):
        if other != lang and record.text(name, other).strip() and not record.stale(name, other):
            return record.text(name, other), other
    return "", ""


def waiting_texts(state: DraftState, list_language: str, *, stale_only: bool = False, lang: str = "") -> list[Waiting]:
    """Every text of *state* that needs review or is not verified (only
    those that need review with *stale_only*; only language *lang* when given);
    texts that need review first, then by kind and the visitors' order."""
    out: list[Waiting] = []
    for record in state.all():
        for name, per_lang in record.data.get("text", {}).items():
            if name not in TRANSLATED_FIELDS:
                continue  # search keywords are kept per language, never translated or shown
            for code, entry in per_lang.items():
                text = str(entry.get("text", ""))
                stale = bool(entry.get("stale"))
                if not text.strip() or (entry.get("verified") and not stale):
                    continue
                if (stale_only and not stale) or (lang and code != lang):
                    continue
                against, against_lang = _against(record, name, code)
                out.append(Waiting(record.uid, record.kind, record.title(list_language) or record.slug,
                                   name, code, text, stale, against, against_lang))
    order = {kind: i for i, kind in enumerate(state.records)}
    out.sort(key=lambda w: (not w.stale, order.get(w.kind, 0), w.title, w.field, w.lang))
    return out


def mark_verified(state: DraftState, items: list[Waiting]) -> DraftState:
    """*state* with every text of *items* ticked verified (which clears its review flag)."""
    for item in items:
        if state.find(item.uid) is not None:
            state = state.with_text(item.uid, item.field, item.lang, verified=True)
    return state


def _cell(text: str) -> QTableWidgetItem:
    shown = " ".join(text.split())
    item = QTableWidgetItem(shown if len(shown) <= SHOWN_CHARS else shown[:SHOWN_CHARS - 1] + "…")
    item.setToolTip(text if len(text) < 2000 else text[:2000] + "…")
    item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
    return item


class ReviewPane(QWidget):
    """The "Unverified and stale" view (see the module docstring)."""

    # Staff want to see one text in its record's form: record id, field key.
    openText = Signal(int, str)

    COLUMNS = 6

    def __init__(self, working: WorkingCopy, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("reviewPane")
        self.working = working
        self.language = "en"
        self.items: list[Waiting] = []
        self._stale_view = True
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 12, 14, 10)
        layout.setSpacing(8)
        self.intro = QLabel()
        self.intro.setObjectName("reviewIntro")
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        row = QHBoxLayout()
        self.stale_only = QCheckBox()
        self.stale_only.setObjectName("reviewStaleOnly")
        self.stale_only.toggled.connect(lambda _on: self.refresh())
        self.lang_filter = QComboBox()
        self.lang_filter.setObjectName("reviewLanguage")
        self.lang_filter.activated.connect(lambda _i: self.refresh())
        self.count = QLabel()
        self.count.setObjectName("reviewCount")
        row.addWidget(self.stale_only)
        row.addSpacing(16)
        row.addWidget(self.lang_filter)
        row.addStretch(1)
        row.addWidget(self.count)
        layout.addLayout(row)
        self.table = QTableWidget(0, self.COLUMNS)
        self.table.setObjectName("reviewTable")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        for col in range(4):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        for col in (4, 5):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.cellDoubleClicked.connect(lambda row, _col: self._open(row))
        layout.addWidget(self.table, 1)
        buttons = QHBoxLayout()
        self.verify_button = QPushButton()
        self.verify_button.setObjectName("markVerified")
        self.verify_button.clicked.connect(self.verify_selected)
        self.open_button = QPushButton()
        self.open_button.setObjectName("openText")
        self.open_button.clicked.connect(lambda: self._open(self.table.currentRow()))
        self.select_all = QPushButton()
        self.select_all.setObjectName("selectAllTexts")
        self.select_all.clicked.connect(self.table.selectAll)
        for button in (self.verify_button, self.open_button, self.select_all):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self._dirty = True
        working.changed.connect(self._on_changed)
        self.retranslate()

    # -- language ------------------------------------------------------------------------
    def retranslate(self) -> None:
        """Every visible string in the current language."""
        self.intro.setText(self.tr(
            "Texts a translator must look at: those that need review (another language of the same text changed "
            "after they were written) and those nobody has ticked verified yet. Select the ones you have checked "
            "and mark them verified, then Save."))
        self.stale_only.setText(self.tr("Only texts that need review"))
        current = self.lang_filter.currentData() if self.lang_filter.count() else ""
        self.lang_filter.clear()
        self.lang_filter.addItem(self.tr("Every language"), "")
        for code in LANGUAGES:
            self.lang_filter.addItem(labels.LANGUAGE_NAMES[code], code)
        self.lang_filter.setCurrentIndex(max(0, self.lang_filter.findData(current)))
        self.table.setHorizontalHeaderLabels([self.tr("Record"), self.tr("Text"), self.tr("State"), self.tr("Language"),
                                              self.tr("The text"), self.tr("Checked against")])
        self.verify_button.setText(self.tr("Mark verified"))
        self.verify_button.setToolTip(self.tr("Tick the selected texts as checked by a person (Undo takes it back)"))
        self.open_button.setText(self.tr("Open in the form"))
        self.select_all.setText(self.tr("Select all"))
        self._dirty = True
        self.refresh()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange and console_switching():
            self.retranslate()
        super().changeEvent(event)

    # -- showing -------------------------------------------------------------------------
    @Slot(int)
    def _on_changed(self, _focus: int) -> None:
        self._dirty = True
        if self.isVisible():
            self.refresh()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        if self._dirty:
            self.refresh()

    def refresh(self) -> None:
        """List the waiting texts of the working copy again, keeping the selection where it can."""
        self._dirty = False
        keep = {(w.uid, w.key) for w in self.selected()}
        self.items = waiting_texts(self.working.state, self.language, stale_only=self.stale_only.isChecked(),
                                   lang=self.lang_filter.currentData() or "")
        self.table.blockSignals(True)
        self.table.clearSelection()
        self.table.setRowCount(len(self.items))
        for row, item in enumerate(self.items):
            state = self.tr("Needs review") if item.stale else self.tr("Not verified")
            against = f"{labels.LANGUAGE_NAMES.get(item.against_lang, '')}: {item.against}" if item.against else ""
            cells = (f"{labels.kind_one(item.kind)} › {item.title}", labels.field(item.field), state,
                     labels.LANGUAGE_NAMES.get(item.lang, item.lang), item.text, against)
            for col, text in enumerate(cells):
                cell = _cell(text)
                if col == 2 and item.stale:
                    cell.setForeground(Qt.GlobalColor.darkRed)
                self.table.setItem(row, col, cell)
            if (item.uid, item.key) in keep:
                self.table.selectRow(row)
        self.table.blockSignals(False)
        stale = sum(1 for w in self.items if w.stale)
        self.count.setText(self.tr("%n text(s) listed", "", len(self.items)) + "  ·  " +
                           self.tr("%n need(s) review", "", stale))
        self._update_buttons()

    def stale_count(self) -> int:
        """Texts of the working copy that need review (for the tab's title)."""
        return sum(r.needs_review for r in self.working.state.all())

    def selected(self) -> list[Waiting]:
        """The listed texts staff selected."""
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [self.items[row] for row in rows if row < len(self.items)]

    @Slot()
    def _update_buttons(self) -> None:
        chosen = self.selected()
        self.verify_button.setEnabled(bool(chosen))
        self.open_button.setEnabled(len(chosen) == 1)

    # -- acting --------------------------------------------------------------------------
    @Slot()
    def verify_selected(self) -> None:
        """Tick every selected text verified, as one undoable edit."""
        chosen = self.selected()
        if not chosen:
            return
        self.working.edit(mark_verified(self.working.state, chosen),
                          self.tr("Mark %n text(s) verified", "", len(chosen)))

    def _open(self, row: int) -> None:
        if 0 <= row < len(self.items):
            item = self.items[row]
            self.openText.emit(item.uid, item.key)
