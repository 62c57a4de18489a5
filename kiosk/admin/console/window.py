"""``ConsoleWindow``: the staff console's main window.

Left, the kinds of record; beside them the records of the chosen kind in
the visitors' order (filter, "unverified only", new, duplicate, delete,
move, publish); right, the record's form; below, the problems that block
saving, the history with Restore, and the report of the last import.
Save sends the whole working copy through the one import service (backup,
one transaction, history entry); long work runs as a ``Job`` off the GUI
thread with a progress bar and Cancel in the status bar, while the form
waits.
"""

from __future__ import annotations

import logging
import shutil
import time
import uuid
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, QSize, Qt, QTimer
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QIcon, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QTabWidget,
    QToolBar,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kiosk import paths
from kiosk.admin.console import labels, operations
from kiosk.admin.console.draft import Issue, changes, duplicate_data, new_record_data, next_version
from kiosk.admin.console.editor import RecordEditor
from kiosk.admin.console.models import ERROR, MUTED, UID_ROLE, RecordFilter, RecordTableModel, RowsModel, TitleDelegate
from kiosk.admin.console.operations import Conflict, Job, Outcome
from kiosk.admin.console.prompts import Prompts
from kiosk.gui.refcount import guard_none_refcount
from kiosk.admin.console.style import stylesheet
from kiosk.admin.console.translations import Translations, console_switching
from kiosk.admin.console.working import WorkingCopy
from kiosk.admin.console.media import MediaError, StagedImage
from kiosk.content.database import Database
from kiosk.content.change.history import VersionEntry
from kiosk.content.problems import ContentError, Problem, split_report
from kiosk.content.progress import Cancelled
from kiosk.content.vocab import LANGUAGES

log = logging.getLogger(__name__)
#: Staging folders of consoles that did not close cleanly are removed after this.
STALE_STAGING_S = 24 * 3600
IMAGE_FILTER = "*.png *.jpg *.jpeg *.webp *.gif *.bmp"
SELECT_ROW = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows


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


class ConsoleWindow(QMainWindow):
    """The staff console over *db*, saving as the staff role *actor*."""

    def __init__(
        self,
        db: Database,
        actor: str,
        *,
        language: str = "en",
        prompts: Prompts | None = None,
        translations: Translations | None = None,
        font_family: str = "",
    ):
        super().__init__()
        guard_none_refcount()
        self.setObjectName("consoleWindow")
        self.db = db
        self.actor = actor
        self.prompts = prompts or Prompts(self)
        self.translations = translations or Translations()
        self.media_dir = paths.media_dir(db.data_dir)
        self.staging_root = db.data_dir / "staging"
        self.staging = self.staging_root / f"console-{uuid.uuid4().hex}"
        self.job: Job | None = None
        self.preview = None
        self.last_result: Outcome | None = None
        self.import_problems: list[Problem] = []
        self._syncing = False
        self._close_after_save = False
        self._remember: dict[str, int] = {}
        self._clean_stale_staging()

        self.working = WorkingCopy(operations.load(db), self)
        self.working.changed.connect(self._on_changed)
        self.working.undo_stack.cleanChanged.connect(self._update_actions)

        self._build_actions()
        self._build_ui()
        self.setStyleSheet(stylesheet(font_family))
        self.resize(1600, 1000)
        self.set_language(language)
        self.select_kind("cluster")
        self._refresh_history()
        self._on_changed(-1)

    # ======================================================================== building
    def _action(self, name: str, slot: Callable[[], Any], shortcut: QKeySequence | str | None = None) -> QAction:
        action = QAction(self)
        action.setObjectName(name)
        action.triggered.connect(lambda _checked=False: slot())
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        return action

    def _build_actions(self) -> None:
        self.save_action = self._action("save", self.save, QKeySequence.StandardKey.Save)
        self.revert_action = self._action("revert", self.revert)
        self.undo_action = self._action("undo", self.working.undo_stack.undo, QKeySequence.StandardKey.Undo)
        self.redo_action = self._action("redo", self.working.undo_stack.redo, QKeySequence.StandardKey.Redo)
        self.working.undo_stack.indexChanged.connect(self._update_actions)
        self.preview_action = self._action("preview", self.open_preview, "Ctrl+P")
        self.import_workbook_action = self._action("importWorkbook", self.import_workbook)
        self.export_workbook_action = self._action("exportWorkbook", self.export_workbook)
        self.import_pack_action = self._action("importPack", self.import_pack)
        self.export_pack_action = self._action("exportPack", self.export_pack)
        self.new_action = self._action("new", self.new_record, QKeySequence.StandardKey.New)
        self.duplicate_action = self._action("duplicate", self.duplicate_record, "Ctrl+D")
        self.delete_action = self._action("delete", self.delete_record)
        self.up_action = self._action("moveUp", lambda: self.move_record(-1), "Ctrl+Shift+Up")
        self.down_action = self._action("moveDown", lambda: self.move_record(1), "Ctrl+Shift+Down")
        self.publish_action = self._action("publish", self.toggle_published)
        self.quit_action = self._action("quit", self.close, QKeySequence.StandardKey.Quit)
        self.language_group = QActionGroup(self)
        self.language_actions: dict[str, QAction] = {}
        for lang in LANGUAGES:
            action = QAction(labels.LANGUAGE_NAMES[lang], self)
            action.setCheckable(True)
            action.triggered.connect(lambda _c=False, la=lang: self.set_language(la))
            self.language_group.addAction(action)
            self.language_actions[lang] = action

    def _build_ui(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu("")
        for action in (self.save_action, self.revert_action, None, self.import_workbook_action, self.export_workbook_action,
                       self.import_pack_action, self.export_pack_action, None, self.quit_action):
            self.file_menu.addSeparator() if action is None else self.file_menu.addAction(action)
        self.edit_menu = bar.addMenu("")
        for action in (self.undo_action, self.redo_action, None, self.new_action, self.duplicate_action, self.delete_action,
                       None, self.up_action, self.down_action, self.publish_action, None, self.preview_action):
            self.edit_menu.addSeparator() if action is None else self.edit_menu.addAction(action)
        self.language_menu = bar.addMenu("")
        for action in self.language_actions.values():
            self.language_menu.addAction(action)

        self.toolbar = QToolBar()
        self.toolbar.setObjectName("mainToolbar")
        self.toolbar.setMovable(False)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        for action in (self.save_action, self.revert_action, None, self.undo_action, self.redo_action, None,
                       self.preview_action, None, self.import_workbook_action, self.export_workbook_action,
                       self.import_pack_action, self.export_pack_action):
            self.toolbar.addSeparator() if action is None else self.toolbar.addAction(action)
        self.toolbar.widgetForAction(self.save_action).setObjectName("saveButton")

        root = QWidget()
        root_layout = QVBoxLayout(root)
        root_layout.setContentsMargins(0, 0, 0, 0)
        root_layout.setSpacing(0)
        root_layout.addWidget(self._build_header())
        root_layout.addWidget(self.toolbar)
        body = QWidget()
        body_layout = QVBoxLayout(body)
        body_layout.setContentsMargins(14, 12, 14, 10)
        self.vertical = QSplitter(Qt.Orientation.Vertical)
        self.horizontal = QSplitter(Qt.Orientation.Horizontal)
        self.horizontal.addWidget(self._build_kinds())
        self.horizontal.addWidget(self._build_records())
        self.horizontal.addWidget(self._build_editor())
        self.horizontal.setStretchFactor(0, 0)
        self.horizontal.setStretchFactor(1, 0)
        self.horizontal.setStretchFactor(2, 1)
        self.horizontal.setSizes([230, 500, 850])
        self.horizontal.setHandleWidth(12)
        self.vertical.addWidget(self.horizontal)
        self.vertical.addWidget(self._build_bottom())
        self.vertical.setStretchFactor(0, 1)
        self.vertical.setSizes([720, 190])
        self.vertical.setHandleWidth(12)
        body_layout.addWidget(self.vertical)
        root_layout.addWidget(body, 1)
        self.setCentralWidget(root)
        self.body = body

        status = self.statusBar()
        self.status_text = QLabel()
        self.job_text = QLabel()
        self.job_text.setObjectName("jobText")
        self.progress = QProgressBar()
        self.progress.setObjectName("jobProgress")
        self.progress.setFixedWidth(260)
        self.cancel_button = QPushButton()
        self.cancel_button.setObjectName("cancelJob")
        self.cancel_button.clicked.connect(self.cancel_job)
        status.addWidget(self.status_text, 1)
        status.addPermanentWidget(self.job_text)
        status.addPermanentWidget(self.progress)
        status.addPermanentWidget(self.cancel_button)
        for w in (self.job_text, self.progress, self.cancel_button):
            w.hide()

    def _build_header(self) -> QWidget:
        header = QFrame()
        header.setObjectName("header")
        layout = QHBoxLayout(header)
        layout.setContentsMargins(20, 12, 20, 12)
        titles = QVBoxLayout()
        titles.setSpacing(0)
        self.app_title = QLabel()
        self.app_title.setObjectName("appTitle")
        self.app_subtitle = QLabel()
        self.app_subtitle.setObjectName("appSubtitle")
        titles.addWidget(self.app_title)
        titles.addWidget(self.app_subtitle)
        layout.addLayout(titles)
        layout.addStretch(1)
        self.header_info = QLabel()
        self.header_info.setObjectName("headerInfo")
        self.header_info.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        layout.addWidget(self.header_info)
        layout.addSpacing(16)
        self.language_combo = QComboBox()
        self.language_combo.setObjectName("languageCombo")
        for lang in LANGUAGES:
            self.language_combo.addItem(labels.LANGUAGE_NAMES[lang], lang)
        self.language_combo.activated.connect(lambda _i: self.set_language(self.language_combo.currentData()))
        layout.addWidget(self.language_combo)
        return header

    def _pane(self) -> tuple[QFrame, QVBoxLayout]:
        pane = QFrame()
        pane.setObjectName("pane")
        layout = QVBoxLayout(pane)
        layout.setContentsMargins(14, 14, 14, 14)
        layout.setSpacing(10)
        return pane, layout

    def _build_kinds(self) -> QWidget:
        pane, layout = self._pane()
        self.kinds_title = QLabel()
        self.kinds_title.setObjectName("paneTitle")
        layout.addWidget(self.kinds_title)
        self.kind_list = QTreeWidget()
        self.kind_list.setObjectName("kindList")
        self.kind_list.setColumnCount(2)
        self.kind_list.setHeaderHidden(True)
        self.kind_list.setRootIsDecorated(False)
        self.kind_list.setIndentation(0)
        self.kind_list.setIconSize(QSize(20, 20))
        self.kind_list.header().setStretchLastSection(False)
        self.kind_list.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.kind_list.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.kind_items: dict[str, QTreeWidgetItem] = {}
        for kind in labels.KIND_ORDER:
            item = QTreeWidgetItem(["", ""])
            item.setData(0, Qt.ItemDataRole.UserRole, kind)
            item.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            icon = paths.ICONS_DIR / f"{labels.KIND_ICONS[kind]}.svg"
            if icon.is_file():
                item.setIcon(0, QIcon(str(icon)))
            self.kind_list.addTopLevelItem(item)
            self.kind_items[kind] = item
        self.kind_list.currentItemChanged.connect(self._on_kind_changed)
        layout.addWidget(self.kind_list, 1)
        pane.setMinimumWidth(200)
        return pane

    def _build_records(self) -> QWidget:
        pane, layout = self._pane()
        self.records_title = QLabel()
        self.records_title.setObjectName("paneTitle")
        layout.addWidget(self.records_title)
        self.filter_edit = QLineEdit()
        self.filter_edit.setObjectName("filter")
        self.filter_edit.setClearButtonEnabled(True)
        layout.addWidget(self.filter_edit)
        row = QHBoxLayout()
        self.unverified_only = QCheckBox()
        self.unverified_only.setObjectName("unverifiedOnly")
        row.addWidget(self.unverified_only)
        row.addStretch(1)
        self.list_language_label = QLabel()
        row.addWidget(self.list_language_label)
        self.list_language = QComboBox()
        self.list_language.setObjectName("listLanguage")
        for lang in LANGUAGES:
            self.list_language.addItem(labels.LANGUAGE_NAMES[lang], lang)
        row.addWidget(self.list_language)
        layout.addLayout(row)

        self.record_model = RecordTableModel(self.working, self)
        self.record_filter = RecordFilter(self)
        self.record_filter.setSourceModel(self.record_model)
        self.table = QTableView()
        self.table.setObjectName("recordTable")
        self.table.setModel(self.record_filter)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(50)
        self.table.setItemDelegateForColumn(RecordTableModel.TITLE, TitleDelegate(self.table))
        # The slug is painted under the title; its own column stays in the model for readers.
        self.table.setColumnHidden(RecordTableModel.SLUG, True)
        self.table.setColumnHidden(RecordTableModel.ISSUES, True)  # painted in the title cell too
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(RecordTableModel.TITLE, QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().currentRowChanged.connect(self._on_row_changed)
        layout.addWidget(self.table, 1)

        # Two rows, so that the longest translations fit a narrow list.
        self.record_buttons: dict[str, QPushButton] = {}
        rows = (("new", "duplicate", "delete"), ("up", "down", "publish"))
        actions = {"new": self.new_action, "duplicate": self.duplicate_action, "delete": self.delete_action,
                   "up": self.up_action, "down": self.down_action, "publish": self.publish_action}
        for names in rows:
            line = QHBoxLayout()
            line.setSpacing(6)
            for name in names:
                button = QPushButton()
                button.setObjectName(f"{name}Button")
                button.clicked.connect(actions[name].trigger)
                self.record_buttons[name] = button
                if name == "publish":
                    line.addStretch(1)
                line.addWidget(button)
            if names[0] == "new":
                line.addStretch(1)
            layout.addLayout(line)
        self.record_buttons["new"].setObjectName("primary")
        self.record_buttons["delete"].setObjectName("danger")

        self.filter_edit.textChanged.connect(self._on_filter)
        self.unverified_only.toggled.connect(self._on_filter)
        self.list_language.activated.connect(lambda _i: self._set_list_language(self.list_language.currentData()))
        pane.setMinimumWidth(400)
        return pane

    def _build_editor(self) -> QWidget:
        pane = QWidget()
        layout = QVBoxLayout(pane)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        self.banner = Banner()
        layout.addWidget(self.banner)
        self.editor = RecordEditor(self.working, self.media_dir)
        self.editor.chooseImage.connect(self.choose_image)
        self.editor.removeImage.connect(self.remove_image)
        self.scroll = QScrollArea()
        self.scroll.setObjectName("editorScroll")
        self.scroll.setWidgetResizable(True)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll.setWidget(self.editor)
        layout.addWidget(self.scroll, 1)
        pane.setMinimumWidth(640)
        return pane

    def _build_bottom(self) -> QWidget:
        self.tabs = QTabWidget()
        self.tabs.setObjectName("bottomTabs")
        self.tabs.setDocumentMode(False)

        self.problems_model = RowsModel(lambda: (self.tr("Kind"), self.tr("Record"), self.tr("Field"), self.tr("Problem")), self)
        self.problems_view = self._rows_view(self.problems_model, "problemsTable", stretch=3)
        self.problems_view.doubleClicked.connect(self._on_problem_activated)
        self.problems_view.activated.connect(self._on_problem_activated)
        self.tabs.addTab(self.problems_view, "")

        history = QWidget()
        history_layout = QVBoxLayout(history)
        history_layout.setContentsMargins(8, 8, 8, 8)
        self.history_model = RowsModel(lambda: (self.tr("#"), self.tr("When"), self.tr("Who"), self.tr("What"),
                                                 self.tr("Changes"), self.tr("Backup taken first")), self)
        self.history_view = self._rows_view(self.history_model, "historyTable", stretch=4)
        self.history_view.selectionModel().currentRowChanged.connect(self._update_actions)
        history_layout.addWidget(self.history_view, 1)
        history_buttons = QHBoxLayout()
        self.history_hint = QLabel()
        self.history_hint.setObjectName("fieldLabel")
        self.restore_button = QPushButton()
        self.restore_button.setObjectName("restoreButton")
        self.restore_button.clicked.connect(self.restore_selected_version)
        history_buttons.addWidget(self.history_hint, 1)
        history_buttons.addWidget(self.restore_button)
        history_layout.addLayout(history_buttons)
        self.tabs.addTab(history, "")

        self.import_model = RowsModel(lambda: (self.tr("Where"), self.tr("Row"), self.tr("Column"), self.tr("Record"),
                                                self.tr("Field"), self.tr("Problem")), self)
        self.import_view = self._rows_view(self.import_model, "importTable", stretch=5)
        self.tabs.addTab(self.import_view, "")
        return self.tabs

    @staticmethod
    def _rows_view(model: RowsModel, name: str, stretch: int) -> QTableView:
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

    # ======================================================================== language
    def set_language(self, lang: str) -> None:
        """Show the console in *lang* (``zh-Hans``, ``ru`` or ``en``)."""
        lang = self.translations.install(lang)
        self.language = lang
        self.language_actions[lang].setChecked(True)
        self.language_combo.setCurrentIndex(self.language_combo.findData(lang))
        self._set_list_language(lang)
        self.retranslate()

    def _set_list_language(self, lang: str) -> None:
        self.list_language.setCurrentIndex(self.list_language.findData(lang))
        self.record_model.set_language(lang)
        self.editor.set_list_language(lang)
        self._sync_selection()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "editor") and console_switching():
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        """Every string of the window in the current language."""
        self.setWindowTitle(self.tr("Content console — Jiaozhou industry kiosk") + (" *" if self.working.is_dirty() else ""))
        self.app_title.setText(self.tr("Content console"))
        self.app_subtitle.setText(self.tr("Jiaozhou · SCO Demonstration Zone information kiosk"))
        self.file_menu.setTitle(self.tr("&File"))
        self.edit_menu.setTitle(self.tr("&Edit"))
        self.language_menu.setTitle(self.tr("&Language"))
        texts = {
            self.save_action: (self.tr("Save"), self.tr("Save every edit in one step (a backup is taken first)")),
            self.revert_action: (self.tr("Revert"), self.tr("Drop every unsaved edit")),
            self.preview_action: (self.tr("Preview"), self.tr("Open the record in the visitor screens, as it will look")),
            self.import_workbook_action: (self.tr("Import workbook…"), self.tr("Check a workbook (.xlsx) and import it")),
            self.export_workbook_action: (self.tr("Export workbook…"), self.tr("Write the saved content as a workbook (.xlsx)")),
            self.import_pack_action: (self.tr("Import pack…"), self.tr("Check a content pack and import it")),
            self.export_pack_action: (self.tr("Export pack…"), self.tr("Write the saved content and its images as a content pack")),
            self.new_action: (self.tr("New"), self.tr("A new record of this kind")),
            self.duplicate_action: (self.tr("Duplicate"), self.tr("A copy of the selected record")),
            self.delete_action: (self.tr("Delete"), self.tr("Delete the selected record")),
            self.up_action: (self.tr("↑ Up"), self.tr("Show it earlier on the kiosk")),
            self.down_action: (self.tr("↓ Down"), self.tr("Show it later on the kiosk")),
            self.quit_action: (self.tr("Quit"), ""),
        }
        for action, (text, tip) in texts.items():
            action.setText(text)
            action.setToolTip(tip)
        self.undo_stack_texts()
        for name, action in (("new", self.new_action), ("duplicate", self.duplicate_action), ("delete", self.delete_action),
                             ("up", self.up_action), ("down", self.down_action)):
            self.record_buttons[name].setText(action.text())
            self.record_buttons[name].setToolTip(action.toolTip())
        self.kinds_title.setText(self.tr("Content"))
        self.filter_edit.setPlaceholderText(self.tr("Filter by title or slug"))
        self.unverified_only.setText(self.tr("Unverified only"))
        self.unverified_only.setToolTip(self.tr("Only records with translations nobody has checked yet"))
        self.list_language_label.setText(self.tr("Titles in"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.restore_button.setText(self.tr("Restore this version…"))
        self.history_hint.setText(self.tr("Every save and import is an entry; restoring one adds a new entry and loses nothing."))
        self.tabs.setTabText(1, self.tr("History"))
        self.tabs.setTabText(2, self.tr("Import report"))
        for model in (self.problems_model, self.history_model, self.import_model, self.record_model):
            model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, max(0, model.columnCount() - 1))
        self._refresh_history()
        self._show_import_problems(self.import_problems)
        self._on_changed(-1)

    def undo_stack_texts(self) -> None:
        self.undo_action.setToolTip(self.tr("Undo the last edit"))
        self.redo_action.setToolTip(self.tr("Redo what was undone"))
        self._undo_prefix()

    def _undo_prefix(self) -> None:
        stack = self.working.undo_stack
        self.undo_action.setText(self.tr("Undo") + (f": {stack.undoText()}" if stack.canUndo() and stack.undoText() else ""))
        self.redo_action.setText(self.tr("Redo") + (f": {stack.redoText()}" if stack.canRedo() and stack.redoText() else ""))

    # ======================================================================== selection
    @property
    def kind(self) -> str:
        return self.record_model.kind

    def select_kind(self, kind: str) -> None:
        """Show the records of *kind*."""
        self.kind_list.setCurrentItem(self.kind_items[kind])

    def _on_kind_changed(self, item: QTreeWidgetItem | None, previous: QTreeWidgetItem | None) -> None:
        if item is None:
            return
        if previous is not None and self.current_uid() is not None:
            self._remember[self.kind] = self.current_uid()  # type: ignore[assignment]
        kind = item.data(0, Qt.ItemDataRole.UserRole)
        self._syncing = True
        try:
            self.record_model.set_kind(kind)
        finally:
            self._syncing = False
        self.records_title.setText(labels.kind_plural(kind))
        wanted = self._remember.get(kind)
        if wanted is None or self.record_model.row_of(wanted) < 0:
            wanted = self.record_model.rows[0].uid if self.record_model.rows else None
        self.select_record(wanted)
        self._update_actions()

    def current_uid(self) -> int | None:
        """The id of the record the form shows."""
        return self.editor.uid

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
            row = self.record_model.row_of(uid) if record is not None else -1
            proxy = self.record_filter.mapFromSource(self.record_model.index(row, 0)) if row >= 0 else QModelIndex()
            if row >= 0 and not proxy.isValid() and reveal:
                # Hidden by the filter: show it anyway rather than edit something unseen.
                self.filter_edit.clear()
                self.unverified_only.setChecked(False)
                proxy = self.record_filter.mapFromSource(self.record_model.index(row, 0))
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
        self._update_actions()

    def _on_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._syncing:
            return
        uid = current.data(UID_ROLE) if current.isValid() else None
        if uid != self.editor.uid:
            self.editor.show_record(uid)
            self.scroll.verticalScrollBar().setValue(0)
        self._update_actions()

    def _sync_selection(self) -> None:
        """After the list changed under it: keep the form's record selected."""
        self.select_record(self.editor.uid, reveal=False)

    def _on_filter(self, *_args) -> None:
        self.record_filter.set_words(self.filter_edit.text())
        self.record_filter.set_unverified_only(self.unverified_only.isChecked())
        current = self.editor.uid
        visible = [self.record_filter.index(r, 0).data(UID_ROLE) for r in range(self.record_filter.rowCount())]
        if current not in visible:
            self.editor.show_record(visible[0] if visible else None)
        self._syncing = True
        try:
            row = self.record_model.row_of(self.editor.uid) if self.editor.uid is not None else -1
            proxy = self.record_filter.mapFromSource(self.record_model.index(row, 0)) if row >= 0 else QModelIndex()
            if proxy.isValid():
                self.table.selectionModel().setCurrentIndex(proxy, SELECT_ROW)
        finally:
            self._syncing = False
        self._update_actions()

    def visible_slugs(self) -> list[str]:
        """The slugs the record list shows now, in order (filter applied)."""
        return [self.record_filter.index(r, RecordTableModel.SLUG).data() for r in range(self.record_filter.rowCount())]

    # ======================================================================== the working copy changed
    def _on_changed(self, focus: int) -> None:
        if focus >= 0 and focus != self.editor.uid and self.working.state.find(focus) is not None:
            self._syncing = True
            try:
                self.record_model.refresh()
            finally:
                self._syncing = False
            self.select_record(focus)
        else:
            self._syncing = True
            try:
                self.record_model.refresh()
            finally:
                self._syncing = False
            uid = self.editor.uid
            if uid is not None and self.working.state.find(uid) is None:
                rows = self.record_model.rows
                uid = rows[0].uid if rows else None
            self.select_record(uid, reveal=False)
        self.editor.refresh()
        self._refresh_kinds()
        self._refresh_problems()
        self._update_actions()
        dirty = self.working.is_dirty()
        self.setWindowTitle(self.tr("Content console — Jiaozhou industry kiosk") + (" *" if dirty else ""))
        meta = self.working.state.meta
        self.header_info.setText(
            self.tr("Staff role: %1").replace("%1", self.actor) + "\n" + self.tr("Content version %1").replace("%1", meta.content_version)
        )
        changed, removed = changes(self.working.base, self.working.state)
        if dirty:
            self.status_text.setText(self.tr("Unsaved: %n record(s) changed", "", len(changed)) +
                                     (self.tr(", %n removed", "", removed) if removed else ""))
        elif not self.job:
            self.status_text.setText(self.tr("All edits are saved."))
        if self.banner.tone == "error" and self.banner.isVisible() and not self.working.report.issues and not self.import_problems:
            self.banner.hide()

    def _refresh_kinds(self) -> None:
        issues_by_kind: dict[str, int] = {}
        for item in self.working.report.issues:
            issues_by_kind[item.kind] = issues_by_kind.get(item.kind, 0) + 1
        changed = self.working.changed_uids()
        for kind, item in self.kind_items.items():
            records = self.working.state.of(kind)
            dirty = any(r.uid in changed for r in records)
            item.setText(0, ("● " if dirty else "") + labels.kind_plural(kind))
            item.setText(1, str(len(records)))
            bad = issues_by_kind.get(kind, 0)
            colour = ERROR if bad else None
            for col in (0, 1):
                item.setForeground(col, colour if colour is not None else self.palette().text().color())
            item.setToolTip(0, self.tr("%n problem(s) to fix before saving", "", bad) if bad else labels.kind_plural(kind))
        # Wide enough for the longest name in this language: nothing is cut off.
        metrics = self.kind_list.fontMetrics()
        widest = max(metrics.horizontalAdvance(item.text(0)) for item in self.kind_items.values())
        self.kind_list.parentWidget().setMinimumWidth(widest + 20 + 12 + metrics.horizontalAdvance("000") + 2 * 14 + 40)

    def _refresh_problems(self) -> None:
        rows = []
        for item in self.working.report.issues:
            rows.append(((labels.kind_one(item.kind), item.slug or "", labels.field(item.field) if item.field else "",
                          labels.issue(item)), item, None))
        count = len(rows)
        if not rows:
            rows = [((self.tr("No problems: every edit can be saved."), "", "", ""), None, MUTED)]
        self.problems_model.set_rows(rows)
        self.problems_view.clearSpans()
        if not count:
            self.problems_view.setSpan(0, 0, 1, 4)
        self.tabs.setTabText(0, self.tr("Problems (%1)").replace("%1", str(count)) if count else self.tr("Problems"))

    def _on_problem_activated(self, index: QModelIndex) -> None:
        item = self.problems_model.payload(index.row())
        if isinstance(item, Issue):
            self.show_issue(item)

    def show_issue(self, item: Issue) -> None:
        """Select the record *item* is about and put the cursor in its field."""
        if item.uid is None:
            self.select_kind(item.kind)
            return
        self.select_record(item.uid)
        widget = self.editor.widget_for(item.field or "")
        if widget is not None and widget.isVisible():
            self.scroll.ensureWidgetVisible(widget, 40, 80)
            widget.setFocus(Qt.FocusReason.OtherFocusReason)

    def _update_actions(self, *_args) -> None:
        if not shiboken6.isValid(self.restore_button):
            return  # the window is being destroyed; its views still announce their end
        busy = self.job is not None
        record = self.working.state.find(self.editor.uid) if self.editor.uid is not None else None
        order = self.working.state.ordered(self.kind)
        index = next((i for i, r in enumerate(order) if record is not None and r.uid == record.uid), -1)
        dirty = self.working.is_dirty()
        self.save_action.setEnabled(not busy and dirty)
        self.revert_action.setEnabled(not busy and dirty)
        for action in (self.import_workbook_action, self.export_workbook_action, self.import_pack_action, self.export_pack_action):
            action.setEnabled(not busy)
        self.new_action.setEnabled(not busy)
        self.duplicate_action.setEnabled(not busy and record is not None)
        self.delete_action.setEnabled(not busy and record is not None)
        self.up_action.setEnabled(not busy and index > 0)
        self.down_action.setEnabled(not busy and 0 <= index < len(order) - 1)
        self.publish_action.setEnabled(not busy and record is not None)
        self.preview_action.setEnabled(not busy and record is not None)
        published = record.published if record is not None else False
        self.publish_action.setText(self.tr("Unpublish") if published else self.tr("Publish"))
        self.publish_action.setToolTip(self.tr("Hide it from visitors") if published else self.tr("Show it to visitors"))
        self.record_buttons["publish"].setText(self.publish_action.text())
        self.record_buttons["publish"].setToolTip(self.publish_action.toolTip())
        for name, action in (("new", self.new_action), ("duplicate", self.duplicate_action), ("delete", self.delete_action),
                             ("up", self.up_action), ("down", self.down_action), ("publish", self.publish_action)):
            self.record_buttons[name].setEnabled(action.isEnabled())
        entry = self.selected_version()
        self.restore_button.setEnabled(not busy and entry is not None and entry.restorable)
        self._undo_prefix()
        self.undo_action.setEnabled(not busy and self.working.undo_stack.canUndo())
        self.redo_action.setEnabled(not busy and self.working.undo_stack.canRedo())

    # ======================================================================== record commands
    def new_record(self) -> None:
        """Add a record of the current kind (unpublished, its title still to write)."""
        state, uid = self.working.state.added(self.kind, new_record_data(self.working.state, self.kind))
        self.working.edit(state, self.tr("New %1").replace("%1", labels.kind_one(self.kind)), focus=uid)
        self.select_record(uid)
        self.editor.fields["slug"].widget.setFocus()

    def duplicate_record(self) -> None:
        record = self.working.state.find(self.editor.uid) if self.editor.uid is not None else None
        if record is None:
            return
        state, uid = self.working.state.added(record.kind, duplicate_data(self.working.state, record))
        self.working.edit(state, self.tr("Duplicate %1").replace("%1", record.slug), focus=uid)
        self.select_record(uid)

    def delete_record(self) -> None:
        record = self.working.state.find(self.editor.uid) if self.editor.uid is not None else None
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
        uid = self.editor.uid
        record = self.working.state.find(uid) if uid is not None else None
        if record is None:
            return
        on = not record.published
        self.working.edit(self.working.state.with_value(record.uid, "published", on),
                          self.tr("Publish %1").replace("%1", record.slug) if on else self.tr("Unpublish %1").replace("%1", record.slug),
                          focus=record.uid)

    def revert(self) -> None:
        """Drop every unsaved edit (after asking; Undo brings them back)."""
        if not self.working.is_dirty():
            return
        if self.prompts.confirm(self.tr("Revert"), self.tr("Drop every unsaved edit and go back to the saved content? "
                                                          "Undo brings the edits back."), self.tr("Revert")):
            self.working.revert(self.tr("Revert"))
            self.banner.hide()

    # ======================================================================== images
    def choose_image(self) -> None:
        uid = self.editor.uid
        if uid is None:
            return
        path = self.prompts.open_file(self.tr("Choose an image"), self.tr("Images (%1)").replace("%1", IMAGE_FILTER) + ";;" + self.tr("All files (*)"))
        if path is None:
            return
        staging = self.staging

        def done(staged: StagedImage) -> None:
            self.working.staged[staged.name] = staged
            if self.working.state.find(uid) is not None:
                self.working.edit(self.working.state.with_value(uid, "media", staged.name), self.tr("Choose image"), focus=uid)
            self.banner.say("info", self.tr("%1 will be stored as %2 × %3 pixels (with a thumbnail) when you save.")
                            .replace("%1", path.name).replace("%2", str(staged.width)).replace("%3", str(staged.height)))

        self.run_job(self.tr("Reading the picture"), lambda progress: operations.stage_image(path, staging, progress=progress), done)

    def remove_image(self) -> None:
        uid = self.editor.uid
        if uid is not None:
            self.working.edit(self.working.state.with_value(uid, "media", None), self.tr("Remove image"), focus=uid)

    # ======================================================================== saving
    def save(self, force: bool = False) -> bool:
        """Save the working copy (returns False when it cannot start)."""
        if self.job is not None:
            return False
        report = self.working.report
        if report.content is None:
            self._save_blocked(report.issues)
            return False
        if not self.working.is_dirty():
            self.status_text.setText(self.tr("Nothing to save."))
            return False
        content = report.content
        meta = content.meta.model_copy(update={"content_version": next_version(content.meta.content_version, date.today())})
        content = content.model_copy(update={"meta": meta})
        media = self.working.media_to_save()
        head = self.working.head
        db, actor = self.db, self.actor

        def work(progress):
            return operations.save(db, content, actor=actor, media=media, expected_head=head, force=force, progress=progress)

        def done(outcome: Outcome) -> None:
            uid = self.editor.uid
            key = None
            record = self.working.state.find(uid) if uid is not None else None
            if record is not None:
                key = (record.kind, record.slug)
            self.working.reload(outcome.loaded)
            self.last_result = outcome
            if key is not None and (again := self.working.state.by_slug(*key)) is not None:
                self.select_record(again.uid)
            self.banner.say("success", self.tr("Saved as history entry #%1: %2.").replace("%1", str(outcome.result.version_id))
                            .replace("%2", labels.changes(outcome.result.changes)) +
                            (" " + self.tr("Backup taken first: %1").replace("%1", outcome.result.backup) if outcome.result.backup else ""))
            self._refresh_history()
            if self._close_after_save:
                QTimer.singleShot(0, self.close)

        def failed(exc: BaseException) -> bool:
            self._close_after_save = False
            if isinstance(exc, Conflict):
                entry = exc.entry
                who = f"{labels.action(entry.action)}, {entry.actor}, {self._when(entry)}" if entry else "?"
                if self.prompts.confirm(self.tr("The content changed elsewhere"),
                                        self.tr("Since you opened the console the content was changed elsewhere (%1). "
                                                "Saving replaces that content with yours. Save anyway?").replace("%1", who),
                                        self.tr("Save anyway")):
                    QTimer.singleShot(0, lambda: self.save(force=True))
                else:
                    self.banner.say("warning", self.tr("Not saved. Your edits are still here; the History tab shows what changed elsewhere."))
                    self._refresh_history()
                return True
            return False

        self.run_job(self.tr("Saving"), work, done, failed)
        return True

    def _save_blocked(self, issues: tuple[Issue, ...]) -> None:
        lines = [self.tr("Not saved: %n problem(s) to fix first. Nothing was written.", "", len(issues))]
        for item in issues[:6]:
            where = " › ".join(p for p in (labels.kind_one(item.kind), item.slug or "", labels.field(item.field) if item.field else "") if p)
            lines.append(f"• {where}: {labels.issue(item)}")
        if len(issues) > 6:
            lines.append(self.tr("… and %n more in the Problems list below.", "", len(issues) - 6))
        self.banner.say("error", "\n".join(lines))
        self.tabs.setCurrentIndex(0)
        if issues:
            self.show_issue(issues[0])

    # ======================================================================== imports and exports
    def _discard_ok(self, what: str) -> bool:
        if not self.working.is_dirty():
            return True
        return self.prompts.confirm(what, self.tr("This replaces the content, and your unsaved edits will be lost. Go on?"),
                                    self.tr("Discard edits and go on"))

    def import_workbook(self, path: Path | None = None) -> None:
        """Check a workbook and import it (off the GUI thread, cancellable)."""
        if not self._discard_ok(self.tr("Import workbook")):
            return
        path = path or self.prompts.open_file(self.tr("Import workbook"), self.tr("Workbooks (*.xlsx)"))
        if path is None:
            return
        db, actor = self.db, self.actor
        self.run_job(self.tr("Importing %1").replace("%1", path.name),
                     lambda progress: operations.import_workbook(db, path, actor=actor, progress=progress),
                     lambda outcome: self._imported(path, outcome))

    def import_pack(self, path: Path | None = None) -> None:
        """Check a content pack and import it (off the GUI thread, cancellable)."""
        if not self._discard_ok(self.tr("Import pack")):
            return
        path = path or self.prompts.open_file(self.tr("Import pack"), self.tr("Content packs (*.kioskpack)"))
        if path is None:
            return
        db, actor = self.db, self.actor
        self.run_job(self.tr("Importing %1").replace("%1", path.name),
                     lambda progress: operations.import_pack(db, path, actor=actor, progress=progress),
                     lambda outcome: self._imported(path, outcome))

    def _imported(self, path: Path, outcome: Outcome) -> None:
        self.working.reload(outcome.loaded)
        self.last_result = outcome
        self._show_import_problems([])
        result = outcome.result
        if result.changed:
            text = labels.fill(self.tr("%1 imported as history entry #%2: %3."), path.name, result.version_id, labels.changes(result.changes))
            if result.backup:
                text += " " + self.tr("Backup taken first: %1").replace("%1", result.backup)
        else:
            text = self.tr("%1 holds the same content as the kiosk; nothing changed.").replace("%1", path.name)
        self.banner.say("success", text)
        self._refresh_history()

    def export_workbook(self, path: Path | None = None) -> None:
        """Write the saved content as a workbook."""
        if self.working.is_dirty() and not self.prompts.confirm(
            self.tr("Export workbook"), self.tr("The workbook holds the saved content; your unsaved edits are not in it. Export anyway?"), self.tr("Export")):
            return
        path = path or self.prompts.save_file(self.tr("Export workbook"), self.tr("Workbooks (*.xlsx)"), "kiosk-content.xlsx")
        if path is None:
            return
        if path.suffix.lower() != ".xlsx":
            path = path.with_name(path.name + ".xlsx")
        db = self.db
        self.run_job(self.tr("Writing %1").replace("%1", path.name),
                     lambda progress: operations.export_workbook(db, path, progress=progress),
                     lambda written: self.banner.say(
                         "success", self.tr("Wrote %1. Edit it in Excel or LibreOffice Calc, then import it here.").replace("%1", str(written))))

    def export_pack(self, path: Path | None = None, sign_key: Path | None = None) -> None:
        """Write the saved content and its images as a content pack, signed when a key is chosen."""
        if self.working.is_dirty() and not self.prompts.confirm(
            self.tr("Export pack"), self.tr("The pack holds the saved content; your unsaved edits are not in it. Export anyway?"), self.tr("Export")):
            return
        path = path or self.prompts.save_file(self.tr("Export pack"), self.tr("Content packs (*.kioskpack)"), "kiosk-content.kioskpack")
        if path is None:
            return
        if path.suffix.lower() != ".kioskpack":
            path = path.with_name(path.name + ".kioskpack")
        if sign_key is None and self.prompts.confirm(self.tr("Sign the pack?"),
                                                     self.tr("Kiosks that accept only signed packs need a signature. Sign it with the committee's private key file?"),
                                                     self.tr("Choose key file…")):
            sign_key = self.prompts.open_file(self.tr("Private key"), self.tr("Signing keys (*.key);;All files (*)"))
        db = self.db

        def done(info) -> None:
            signed = self.tr("signed with key %1").replace("%1", info.signer.fingerprint) if info.signer else self.tr("unsigned")
            self.banner.say("success", self.tr("Wrote %1: content version %2, %3 files, %4.").replace("%1", str(info.path))
                            .replace("%2", info.content_version).replace("%3", str(info.members)).replace("%4", signed))

        self.run_job(self.tr("Writing %1").replace("%1", path.name),
                     lambda progress: operations.export_pack(db, path, sign_key=sign_key, progress=progress), done)

    def _show_import_problems(self, problems: list[Problem]) -> None:
        self.import_problems = list(problems)
        # A long report: the first problems one by one, then a count per sheet and column.
        listed, counts = split_report(problems)
        rows = []
        for p in listed:
            sheet = getattr(p, "sheet", "")
            if sheet:
                column = getattr(p, "column", None) or ""
                header = getattr(p, "header", None)
                column = f"{column} ({header})" if column and header else (column or header or "")
                row = getattr(p, "row", None)
                rows.append(((self.tr("sheet %1").replace("%1", sheet), str(row) if row else "", column, p.record or "", p.field or "", p.message), p, ERROR))
            else:
                rows.append(((p.where, "", "", p.record or "", p.field or "", p.message), p, ERROR))
        if counts:
            rows.append(((self.tr("… and %1 more").replace("%1", str(len(problems) - len(listed))), "", "", "", "", ""), None, MUTED))
            rows += [((place, "", "", "", "", str(n)), None, MUTED) for place, n in counts]
        self.import_model.set_rows(rows)
        self.tabs.setTabText(2, self.tr("Import report (%1)").replace("%1", str(len(problems))) if problems else self.tr("Import report"))

    # ======================================================================== history
    def _when(self, entry: VersionEntry) -> str:
        from datetime import timezone

        stamp = entry.created_at
        if stamp.tzinfo is None:
            stamp = stamp.replace(tzinfo=timezone.utc)
        return stamp.astimezone().strftime("%Y-%m-%d %H:%M")

    def _refresh_history(self) -> None:
        try:
            entries = operations.history(self.db)
        except Exception as exc:  # a damaged history must not stop the console
            log.exception("history cannot be read")
            self.history_model.set_rows([])
            self.history_hint.setText(str(exc))
            return
        current = self.selected_version()
        rows = []
        for entry in entries:
            rows.append(((str(entry.id), self._when(entry), entry.actor, labels.action(entry.action),
                          labels.changes(entry.summary), entry.backup or ""), entry, None if entry.restorable else MUTED))
        self.history_model.set_rows(rows)
        if current is not None:
            for row, (_cells, entry, _c) in enumerate(rows):
                if entry.id == current.id:
                    self.history_view.selectRow(row)
        self._update_actions()

    def selected_version(self) -> VersionEntry | None:
        index = self.history_view.currentIndex() if hasattr(self, "history_view") else QModelIndex()
        entry = self.history_model.payload(index.row()) if index.isValid() else None
        return entry if isinstance(entry, VersionEntry) else None

    def restore_selected_version(self) -> None:
        entry = self.selected_version()
        if entry is None:
            return
        if not entry.restorable:
            self.banner.say("warning", self.tr("Entry #%1 was recorded before the kiosk kept snapshots; restore a backup instead.").replace("%1", str(entry.id)))
            return
        question = self.tr("Bring back the content as it was after entry #%1 (%2, %3)? It becomes a new entry; nothing later is lost.") \
            .replace("%1", str(entry.id)).replace("%2", self._when(entry)).replace("%3", entry.actor)
        if self.working.is_dirty():
            question += "\n\n" + self.tr("Your unsaved edits will be lost.")
        if not self.prompts.confirm(self.tr("Restore version"), question, self.tr("Restore")):
            return
        db, actor, version = self.db, self.actor, entry.id

        def done(outcome: Outcome) -> None:
            self.working.reload(outcome.loaded)
            self.last_result = outcome
            self.banner.say("success", self.tr("Version %1 restored as history entry #%2: %3.").replace("%1", str(version))
                            .replace("%2", str(outcome.result.version_id)).replace("%3", labels.changes(outcome.result.changes)))
            self._refresh_history()

        self.run_job(self.tr("Restoring version %1").replace("%1", str(version)),
                     lambda progress: operations.restore(db, version, actor=actor, progress=progress), done)

    # ======================================================================== preview
    def open_preview(self) -> None:
        """Open the selected record in the visitor screens, in a window (unsaved edits included)."""
        record = self.working.state.find(self.editor.uid) if self.editor.uid is not None else None
        if record is None:
            return
        model, issues = record.parsed
        if model is None:
            self.banner.say("error", self.tr("Preview needs a record without problems in its own fields: %1")
                            .replace("%1", "; ".join(f"{labels.field(i.field or '')}: {labels.issue(i)}" for i in issues)))
            return
        from kiosk.content.formats.schema import ContentSet

        content = ContentSet.model_construct(
            meta=self.working.state.meta,
            records={kind: [r.parsed[0] for r in self.working.state.ordered(kind) if r.parsed[0] is not None]
                     for kind in self.working.state.records},
        )
        kind, slug, language = record.kind, record.slug, self.record_model.language

        def done(built: operations.PreviewDatabase) -> None:
            from kiosk.admin.console.preview import Preview

            self.close_preview()
            try:
                self.preview = Preview(built, language, self)
                self.preview.closed.connect(self._preview_closed)
            except Exception as exc:  # the visitor UI failed to load: say so, keep working
                log.exception("preview failed")
                built.remove()
                self.banner.say("error", self.tr("The preview could not open: %1").replace("%1", str(exc)))

        self.run_job(self.tr("Preparing the preview"), lambda progress: operations.build_preview(content, kind, slug, progress=progress), done)

    def close_preview(self) -> None:
        """Close the preview window (its temporary database goes with it)."""
        if self.preview is not None:
            self.preview.close()

    def _preview_closed(self) -> None:
        self.preview = None
        # The preview's translators are gone: say everything in the console's language again.
        self.translations.install(self.language)

    # ======================================================================== jobs
    def run_job(self, name: str, work: Callable, on_success: Callable[[Any], None],
                on_failure: Callable[[BaseException], bool] | None = None) -> Job | None:
        """Run *work(progress)* off the GUI thread with progress and Cancel; the
        form waits meanwhile. *on_failure* returns True when it handled the error."""
        if self.job is not None:
            return None
        job = Job(name, work, self)
        self.job = job
        self.body.setEnabled(False)
        self.job_text.setText(name)
        self.progress.setRange(0, 0)
        self.cancel_button.setEnabled(True)
        for w in (self.job_text, self.progress, self.cancel_button):
            w.show()
        self.status_text.setText("")
        job.progressed.connect(self._on_progress)
        job.succeeded.connect(on_success)
        job.failed.connect(lambda exc: self._on_job_failed(job, exc, on_failure))
        job.finished.connect(lambda: self._on_job_finished(job))
        self._update_actions()
        job.start()
        return job

    def _on_progress(self, done: int, total: int, message: str) -> None:
        if total > 0:
            self.progress.setRange(0, total)
            self.progress.setValue(min(done, total))
        else:
            self.progress.setRange(0, 0)
        self.job_text.setText(f"{self.job.name if self.job else ''}: {labels.progress(message)}")

    def cancel_job(self) -> None:
        """Ask the running job to stop (nothing is changed when it stops in time)."""
        if self.job is not None:
            self.job.cancel()
            self.cancel_button.setEnabled(False)
            self.job_text.setText(self.tr("Cancelling…"))

    def _on_job_failed(self, job: Job, exc: BaseException, handler: Callable[[BaseException], bool] | None) -> None:
        if handler is not None and handler(exc):
            return
        if isinstance(exc, Cancelled):
            self.banner.say("info", self.tr("%1: cancelled. Nothing was changed.").replace("%1", job.name))
        elif isinstance(exc, MediaError):
            self.banner.say("error", str(exc))
        elif isinstance(exc, ContentError):
            self._show_import_problems(exc.problems)
            self.tabs.setCurrentIndex(2)
            self.banner.say("error", self.tr("%1: refused, nothing was changed. %n problem(s), listed in the Import report below.", "",
                                             len(exc.problems)).replace("%1", job.name))
        else:
            self.banner.say("error", self.tr("%1 failed: %2").replace("%1", job.name).replace("%2", str(exc) or type(exc).__name__))

    def _on_job_finished(self, job: Job) -> None:
        cancelled_late = job.cancel_requested
        self.job = None
        for w in (self.job_text, self.progress, self.cancel_button):
            w.hide()
        self.body.setEnabled(True)
        self._update_actions()
        self._on_changed(-1)
        if cancelled_late and self.banner.tone == "success":
            self.banner.text.setText(self.banner.text.text() + " " + self.tr("(It was too late to cancel: the work had finished.)"))
        job.deleteLater()

    # ======================================================================== closing
    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        if self.job is not None:
            question = self.tr("%1 is still running. Cancel it and close?").replace("%1", self.job.name)
            if not self.prompts.confirm(self.tr("Work in progress"), question, self.tr("Cancel it and close")):
                event.ignore()
                return
            self.job.cancel()
            self.job.wait()
        if self.working.is_dirty():
            answer = self.prompts.unsaved(self.tr("You have unsaved edits. Save them before closing?"))
            if answer == "cancel":
                event.ignore()
                return
            if answer == "save":
                self._close_after_save = True
                if not self.save():
                    self._close_after_save = False
                event.ignore()
                return
        self.close_preview()
        shutil.rmtree(self.staging, ignore_errors=True)
        event.accept()

    def _clean_stale_staging(self) -> None:
        if not self.staging_root.is_dir():
            return
        now = time.time()
        for folder in self.staging_root.glob("console-*"):
            try:
                if now - folder.stat().st_mtime > STALE_STAGING_S:
                    shutil.rmtree(folder, ignore_errors=True)
            except OSError:
                pass
