"""The record list: the kinds of record, and the records of the chosen kind.

``KindList`` (left) names every kind with how many records it has, marks
kinds with unsaved edits (●) and with problems (in red).  Its search field
looks through every kind at once (a title in any language, a slug): while
it holds words, the matches of all kinds stand in place of the kinds, and
choosing one shows that record.  ``RecordList``
beside it shows the records of the chosen kind in the visitors' order, with
a filter, "unverified only" and the language of the titles, and the record
commands (new, duplicate, delete, move, publish) on two rows of buttons.
The record selected here is the record the form (``RecordEditor``) shows.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QSize, Qt, Signal, Slot
from PySide6.QtGui import QAction, QIcon, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStyle,
    QTableView,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
)

from kiosk import paths
from kiosk.admin.console import labels
from kiosk.admin.console.draft import duplicate_data, new_record_data
from kiosk.admin.console.editor import RecordEditor
from kiosk.admin.console.models import ERROR, UID_ROLE, RecordFilter, RecordTableModel, TitleDelegate, search_all
from kiosk.admin.console.prompts import Prompts
from kiosk.admin.console.widgets import pane
from kiosk.admin.console.working import WorkingCopy
from kiosk.content.vocab import LANGUAGES

SELECT_ROW = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
# The record commands, as their buttons sit in the list (two rows, so the longest translations fit).
COMMAND_ROWS = (("new", "duplicate", "delete"), ("up", "down", "publish"))


class KindList(QFrame):
    """The kinds of record, each with its count, and the search through
    every kind (see the module docstring)."""

    # Staff chose a record among the search results (its id).
    recordChosen = Signal(int)

    def __init__(self, working: WorkingCopy):
        super().__init__()
        self.working = working
        # Titles of search results are shown in the list's language.
        self.language = "en"
        _frame, layout = pane(self)
        self.title = QLabel()
        self.title.setObjectName("paneTitle")
        layout.addWidget(self.title)
        self.search = QLineEdit()
        self.search.setObjectName("searchAll")
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(lambda _t: self.refresh_search())
        layout.addWidget(self.search)
        self.results = QListWidget()
        self.results.setObjectName("searchResults")
        self.results.itemClicked.connect(self._chosen)
        self.results.itemActivated.connect(self._chosen)
        self.results.hide()
        layout.addWidget(self.results, 1)
        self.nothing = QLabel()
        self.nothing.setObjectName("fieldLabel")
        self.nothing.setWordWrap(True)
        self.nothing.hide()
        layout.addWidget(self.nothing)
        self.tree = QTreeWidget()
        self.tree.setObjectName("kindList")
        self.tree.setColumnCount(2)
        self.tree.setHeaderHidden(True)
        self.tree.setRootIsDecorated(False)
        self.tree.setIndentation(0)
        self.tree.setIconSize(QSize(20, 20))
        self.tree.header().setStretchLastSection(False)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tree.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.items: dict[str, QTreeWidgetItem] = {}
        for kind in labels.KIND_ORDER:
            item = QTreeWidgetItem(["", ""])
            item.setData(0, Qt.ItemDataRole.UserRole, kind)
            item.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            icon = paths.ICONS_DIR / f"{labels.KIND_ICONS[kind]}.svg"
            if icon.is_file():
                item.setIcon(0, QIcon(str(icon)))
            self.tree.addTopLevelItem(item)
            self.items[kind] = item
        layout.addWidget(self.tree, 1)
        self.setMinimumWidth(200)

    def retranslate(self) -> None:
        self.title.setText(self.tr("Content"))
        self.search.setPlaceholderText(self.tr("Search all kinds"))
        self.search.setToolTip(self.tr("Finds records of every kind by title (in any language) or slug"))
        self.refresh()

    def refresh_search(self) -> None:
        """The records of every kind that match the search words, in place of the kinds while there are words."""
        words = self.search.text().strip()
        self.tree.setVisible(not words)
        self.results.setVisible(bool(words))
        self.results.clear()
        found = search_all(self.working.state, words, labels.KIND_ORDER) if words else []
        for record in found:
            title = record.title(self.language) or record.slug
            item = QListWidgetItem(f"{title}\n{labels.kind_one(record.kind)} · {record.slug}")
            item.setData(UID_ROLE, record.uid)
            item.setToolTip(f"{title}\n{labels.kind_one(record.kind)}\n{record.slug}")
            self.results.addItem(item)
        self.nothing.setVisible(bool(words) and not found)
        self.nothing.setText(self.tr("Nothing found in any kind."))

    @Slot(QListWidgetItem)
    def _chosen(self, item: QListWidgetItem) -> None:
        uid = item.data(UID_ROLE)
        if uid is not None:
            self.recordChosen.emit(int(uid))

    def refresh(self) -> None:
        """Counts, unsaved marks and problems of every kind, from the working copy."""
        issues_by_kind: dict[str, int] = {}
        for item in self.working.report.issues:
            issues_by_kind[item.kind] = issues_by_kind.get(item.kind, 0) + 1
        changed = self.working.changed_uids()
        text = self.window().palette().color(QPalette.ColorRole.Text)  # the window's, not the pane's styled one
        for kind, item in self.items.items():
            records = self.working.state.of(kind)
            dirty = any(r.uid in changed for r in records)
            item.setText(0, ("● " if dirty else "") + labels.kind_plural(kind))
            item.setText(1, str(len(records)))
            bad = issues_by_kind.get(kind, 0)
            for col in (0, 1):
                item.setForeground(col, ERROR if bad else text)
            item.setToolTip(0, self.tr("%n problem(s) to fix before saving", "", bad) if bad else labels.kind_plural(kind))
        if self.search.text().strip():
            self.refresh_search()
        # Wide enough for the longest name in this language: nothing is cut off.
        metrics = self.tree.fontMetrics()
        widest = max(metrics.horizontalAdvance(item.text(0)) for item in self.items.values())
        scrollbar = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)  # on a short screen the list scrolls
        self.setMinimumWidth(widest + 20 + 12 + metrics.horizontalAdvance("000") + 2 * 14 + 40 + scrollbar)


class RecordList(QFrame):
    """The records of one kind and the record commands (see the module docstring)."""

    # The selected record, the kind or the list changed: commands may now apply or not.
    selectionChanged = Signal()
    # Staff chose another record in the list (the form shows it from the top).
    recordChosen = Signal()

    def __init__(self, working: WorkingCopy, editor: RecordEditor, kinds: KindList, prompts: Prompts,
                 actions: dict[str, QAction]):
        super().__init__()
        self.working = working
        self.editor = editor
        self.kinds = kinds
        self.prompts = prompts
        self.actions = actions
        self.language = "en"
        self._syncing = False
        self._remember: dict[str, int] = {}
        self._build()
        kinds.tree.currentItemChanged.connect(self._on_kind_changed)
        kinds.recordChosen.connect(self._found)

    def _build(self) -> None:
        _frame, layout = pane(self)
        self.title = QLabel()
        self.title.setObjectName("paneTitle")
        layout.addWidget(self.title)
        self.filter_edit = QLineEdit()
        self.filter_edit.setObjectName("filter")
        self.filter_edit.setClearButtonEnabled(True)
        layout.addWidget(self.filter_edit)
        # One row, no label before the language (its tooltip names it): the list keeps its height on a short screen.
        row = QHBoxLayout()
        self.unverified_only = QCheckBox()
        self.unverified_only.setObjectName("unverifiedOnly")
        row.addWidget(self.unverified_only)
        row.addStretch(1)
        self.language_combo = QComboBox()
        self.language_combo.setObjectName("listLanguage")
        for lang in LANGUAGES:
            self.language_combo.addItem(labels.LANGUAGE_NAMES[lang], lang)
        row.addWidget(self.language_combo)
        layout.addLayout(row)
        self.model = RecordTableModel(self.working, self)
        self.filter = RecordFilter(self)
        self.filter.setSourceModel(self.model)
        self.table = self._build_table()
        layout.addWidget(self.table, 1)
        self._build_buttons(layout)
        self.filter_edit.textChanged.connect(self._on_filter)
        self.unverified_only.toggled.connect(self._on_filter)
        self.language_combo.activated.connect(lambda _i: self.set_list_language(self.language_combo.currentData()))
        self.setMinimumWidth(320)

    def _build_table(self) -> QTableView:
        table = QTableView()
        table.setObjectName("recordTable")
        table.setModel(self.filter)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(True)
        table.setShowGrid(False)
        table.setWordWrap(False)
        table.verticalHeader().hide()
        table.verticalHeader().setDefaultSectionSize(50)
        table.setItemDelegateForColumn(RecordTableModel.TITLE, TitleDelegate(table))
        # The slug is painted under the title; its own column stays in the model for readers.
        table.setColumnHidden(RecordTableModel.SLUG, True)
        table.setColumnHidden(RecordTableModel.ISSUES, True)  # painted in the title cell too
        header = table.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(RecordTableModel.TITLE, QHeaderView.ResizeMode.Stretch)
        table.selectionModel().currentRowChanged.connect(self._on_row_changed)
        return table

    def _build_buttons(self, layout: QVBoxLayout) -> None:
        """One button per record command, mirroring its action (text, tip, enabled)."""
        self.buttons: dict[str, QPushButton] = {}
        for names in COMMAND_ROWS:
            line = QHBoxLayout()
            line.setSpacing(6)
            for name in names:
                button = QPushButton()
                button.setObjectName(f"{name}Button")
                action = self.actions[name]
                button.clicked.connect(action.trigger)
                action.changed.connect(lambda b=button, a=action: self._mirror(b, a))
                self.buttons[name] = button
                if name == "publish":
                    line.addStretch(1)
                line.addWidget(button)
            if names[0] == "new":
                line.addStretch(1)
            layout.addLayout(line)
        self.buttons["new"].setObjectName("primary")
        self.buttons["delete"].setObjectName("danger")

    @staticmethod
    def _mirror(button: QPushButton, action: QAction) -> None:
        button.setText(action.text())
        button.setToolTip(action.toolTip())
        button.setEnabled(action.isEnabled())

    def retranslate(self) -> None:
        self.filter_edit.setPlaceholderText(self.tr("Filter by title or slug"))
        self.unverified_only.setText(self.tr("Unverified only"))
        self.unverified_only.setToolTip(self.tr("Only records with translations nobody has checked yet"))
        self.language_combo.setToolTip(self.tr("The language of the titles in this list"))
        self.title.setText(labels.kind_plural(self.kind))
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, max(0, self.model.columnCount() - 1))

    # -- what is selected ---------------------------------------------------------------
    @property
    def kind(self) -> str:
        """The kind of record the list shows."""
        return self.model.kind

    def select_kind(self, kind: str) -> None:
        """Show the records of *kind*."""
        self.kinds.tree.setCurrentItem(self.kinds.items[kind])

    def current_uid(self) -> int | None:
        """The id of the record the form shows."""
        return self.editor.uid

    def visible_slugs(self) -> list[str]:
        """The slugs the record list shows now, in order (filter applied)."""
        return [self.filter.index(r, RecordTableModel.SLUG).data() for r in range(self.filter.rowCount())]

    def set_list_language(self, lang: str) -> None:
        """Show the titles in *lang* (the form's record head follows)."""
        self.language_combo.setCurrentIndex(self.language_combo.findData(lang))
        self.model.set_language(lang)
        self.kinds.language = lang
        self.kinds.refresh_search()
        self.editor.set_list_language(lang)
        self.select_record(self.editor.uid, reveal=False)

    @Slot(int)
    def _found(self, uid: int) -> None:
        """A search result was chosen: show its kind and the record (the kind's filter cleared)."""
        self.filter_edit.clear()
        self.select_record(uid)
        self.recordChosen.emit()

    @Slot(QTreeWidgetItem, QTreeWidgetItem)
    def _on_kind_changed(self, item: QTreeWidgetItem | None, previous: QTreeWidgetItem | None) -> None:
        if item is None:
            return
        if previous is not None and self.current_uid() is not None:
            self._remember[self.kind] = self.current_uid()  # type: ignore[assignment]
        kind = item.data(0, Qt.ItemDataRole.UserRole)
        self._syncing = True
        try:
            self.model.set_kind(kind)
        finally:
            self._syncing = False
        self.title.setText(labels.kind_plural(kind))
        wanted = self._remember.get(kind)
        if wanted is None or self.model.row_of(wanted) < 0:
            wanted = self.model.rows[0].uid if self.model.rows else None
        self.select_record(wanted)
        self.selectionChanged.emit()

    def select_record(self, uid: int | None, *, reveal: bool = True) -> None:
        """Select record *uid* (switching kind when needed) and show it in the form.

        *reveal* clears the filter when it hides the record (staff went to it
        on purpose); without it the form keeps the record while the list,
        filtered, no longer shows it (it was just verified, say)."""
        record = self.working.state.find(uid) if uid is not None else None
        if record is not None and record.kind != self.kind:
            self._remember[record.kind] = record.uid
            self.select_kind(record.kind)
        self._syncing = True
        try:
            row = self.model.row_of(uid) if record is not None else -1
            proxy = self.filter.mapFromSource(self.model.index(row, 0)) if row >= 0 else QModelIndex()
            if row >= 0 and not proxy.isValid() and reveal:
                # Hidden by the filter: show it anyway rather than edit something unseen.
                self.filter_edit.clear()
                self.unverified_only.setChecked(False)
                proxy = self.filter.mapFromSource(self.model.index(row, 0))
            selection = self.table.selectionModel()
            if proxy.isValid():
                selection.setCurrentIndex(proxy, SELECT_ROW)
                self.table.scrollTo(proxy)
            else:
                selection.clearSelection()
        finally:
            self._syncing = False
        if self.editor.uid != (uid if record is not None else None):
            self.editor.show_record(uid if record is not None else None)
        self.selectionChanged.emit()

    def refresh(self, focus: int = -1) -> None:
        """The working copy changed: list it again, showing record *focus* when it is given."""
        self._syncing = True
        try:
            self.model.refresh()
        finally:
            self._syncing = False
        if focus >= 0 and focus != self.editor.uid and self.working.state.find(focus) is not None:
            self.select_record(focus)
            return
        uid = self.editor.uid
        if uid is not None and self.working.state.find(uid) is None:
            rows = self.model.rows
            uid = rows[0].uid if rows else None
        self.select_record(uid, reveal=False)

    @Slot(QModelIndex, QModelIndex)
    def _on_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._syncing:
            return
        uid = current.data(UID_ROLE) if current.isValid() else None
        if uid != self.editor.uid:
            self.editor.show_record(uid)
            self.recordChosen.emit()
        self.selectionChanged.emit()

    @Slot()
    def _on_filter(self, *_args) -> None:
        self.filter.set_words(self.filter_edit.text())
        self.filter.set_unverified_only(self.unverified_only.isChecked())
        current = self.editor.uid
        visible = [self.filter.index(r, 0).data(UID_ROLE) for r in range(self.filter.rowCount())]
        if current not in visible:
            self.editor.show_record(visible[0] if visible else None)
        self._syncing = True
        try:
            row = self.model.row_of(self.editor.uid) if self.editor.uid is not None else -1
            proxy = self.filter.mapFromSource(self.model.index(row, 0)) if row >= 0 else QModelIndex()
            if proxy.isValid():
                self.table.selectionModel().setCurrentIndex(proxy, SELECT_ROW)
        finally:
            self._syncing = False
        self.selectionChanged.emit()

    # -- record commands ------------------------------------------------------------------
    def new_record(self) -> None:
        """Add a record of the current kind (unpublished, its title still to write)."""
        state, uid = self.working.state.added(self.kind, new_record_data(self.working.state, self.kind))
        self.working.edit(state, self.tr("New %1").replace("%1", labels.kind_one(self.kind)), focus=uid)
        self.select_record(uid)
        self.editor.fields["slug"].widget.setFocus()

    def duplicate_record(self) -> None:
        """Add a copy of the selected record."""
        record = self.editor.record
        if record is None:
            return
        state, uid = self.working.state.added(record.kind, duplicate_data(self.working.state, record))
        self.working.edit(state, self.tr("Duplicate %1").replace("%1", record.slug), focus=uid)
        self.select_record(uid)

    def delete_record(self) -> None:
        """Delete the selected record, after asking (Undo brings it back until Save)."""
        record = self.editor.record
        if record is None:
            return
        name = record.title(self.language) or record.slug
        if not self.prompts.confirm(self.tr("Delete record"),
                                    self.tr("Delete “%1”? Records that point at it will show a problem until they are changed. "
                                            "You can undo this until you save.").replace("%1", name), self.tr("Delete")):
            return
        order = self.working.state.ordered(record.kind)
        index = next(i for i, r in enumerate(order) if r.uid == record.uid)
        neighbour = order[index + 1] if index + 1 < len(order) else (order[index - 1] if index > 0 else None)
        self.editor.show_record(None)
        # Focus on the record: after Undo the form shows it again.
        self.working.edit(self.working.state.removed(record.uid), self.tr("Delete %1").replace("%1", record.slug), focus=record.uid)
        self.select_record(neighbour.uid if neighbour else None)

    def move_record(self, step: int) -> None:
        """Move the selected record earlier (-1) or later (+1) in the visitors' order."""
        uid = self.editor.uid
        if uid is None:
            return
        after = self.working.state.moved(uid, step)
        self.working.edit(after, self.tr("Move up") if step < 0 else self.tr("Move down"), focus=uid)
        self.select_record(uid)

    def toggle_published(self) -> None:
        """Show the selected record to visitors, or hide it."""
        record = self.editor.record
        if record is None:
            return
        on = not record.published
        self.working.edit(self.working.state.with_value(record.uid, "published", on),
                          self.tr("Publish %1").replace("%1", record.slug) if on else self.tr("Unpublish %1").replace("%1", record.slug),
                          focus=record.uid)
