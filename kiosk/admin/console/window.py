"""``ConsoleWindow``: the staff console's main window, assembled from its panes.

Left, the kinds of record and the records of the chosen kind
(``records``); right, the record's form (``editor``); below, the problems
that block saving (``problems``), the history with Restore (``history``)
and the report of the last import (``transfers``).  The window holds the menus and the toolbar,
Save and Revert, images and the preview.  Save sends the whole working copy
through the one import service (backup, one transaction, history entry);
long work runs as a job off the GUI thread with a progress bar and Cancel in
the status bar (``jobbar``), while the form waits.
"""

from __future__ import annotations

import logging
import shutil
import uuid
from collections.abc import Callable
from datetime import date
from typing import Any

import shiboken6
from PySide6.QtCore import QEvent, Qt, QTimer, Slot
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from kiosk import paths
from kiosk.admin.console import conflicts, labels, operations
from kiosk.admin.console import media as media_files
from kiosk.admin.console.draft import Issue, changes, next_version
from kiosk.admin.console.editor import RecordEditor
from kiosk.admin.console.fleet import FleetPane
from kiosk.admin.console.history import HistoryPane
from kiosk.admin.console.jobbar import JobBar
from kiosk.admin.console.media import StagedImage
from kiosk.admin.console.operations import Outcome
from kiosk.admin.console.panel import CollapsiblePanel
from kiosk.admin.console.problems import ProblemsList
from kiosk.admin.console.prompts import Prompts
from kiosk.admin.console.records import KindList, RecordList
from kiosk.admin.console.review import ReviewPane
from kiosk.admin.console.style import stylesheet
from kiosk.admin.console.transfers import ImportReport, Transfers
from kiosk.admin.console.visitors import VisitorsPane
from kiosk.admin.console.translations import Translations, console_switching
from kiosk.admin.console.wheel import WheelGuard
from kiosk.admin.console.widgets import Banner, Header, steady_width
from kiosk.admin.console.working import WorkingCopy
from kiosk.content.change.versions import RecordsChanged
from kiosk.content.database import Database
from kiosk.content.vocab import LANGUAGES
from kiosk.gui.jobs import Job
from kiosk.gui.refcount import guard_none_refcount

log = logging.getLogger(__name__)
IMAGE_FILTER = "*.png *.jpg *.jpeg *.webp *.gif *.bmp"


def office_database_name(url: str) -> str | None:
    """The office database as staff know it (“kiosk” (office-server)), or None for a SQLite file on this PC."""
    from sqlalchemy import make_url

    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        return None
    name = parsed.database or parsed.get_backend_name()
    return f"“{name}” ({parsed.host})" if parsed.host else f"“{name}”"


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
        self.language = "en"
        self.prompts = prompts or Prompts(self)
        self.translations = translations or Translations()
        self.media_dir = paths.media_dir(db.data_dir)
        self.staging_root = db.data_dir / "staging"
        self.staging = self.staging_root / f"console-{uuid.uuid4().hex}"
        self.preview = None
        self._close_after_save = False
        media_files.clean_stale_staging(self.staging_root)

        self.working = WorkingCopy(operations.load(db), self)
        self.working.changed.connect(self._on_changed)
        self.working.undo_stack.cleanChanged.connect(self._update_actions)

        self._build_actions()
        self._build_ui()
        # The wheel scrolls; only a field staff clicked into takes it.
        self.wheel_guard = WheelGuard(self)
        self.wheel_guard.watch(*self.editor.inputs())
        self.wheel_guard.watch_choices(self)
        self.setStyleSheet(stylesheet(font_family))
        self.resize(1600, 1000)
        self.set_language(language)
        self.records.select_kind("cluster")
        self.history.refresh()
        self._on_changed(-1)

    @property
    def job(self) -> Job | None:
        """The job running now, if any."""
        return self.jobs.job

    # ======================================================================== building
    def _action(self, name: str, slot: Callable[[], Any], shortcut: QKeySequence | str | None = None) -> QAction:
        action = QAction(self)
        action.setObjectName(name)
        action.triggered.connect(lambda _checked=False: slot())
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        return action

    def _build_actions(self) -> None:
        # The panes are built after the actions: the slots look them up when triggered.
        self.save_action = self._action("save", self.save, QKeySequence.StandardKey.Save)
        self.revert_action = self._action("revert", self.revert)
        self.undo_action = self._action("undo", self.working.undo_stack.undo, QKeySequence.StandardKey.Undo)
        self.redo_action = self._action("redo", self.working.undo_stack.redo, QKeySequence.StandardKey.Redo)
        self.working.undo_stack.indexChanged.connect(self._update_actions)
        self.preview_action = self._action("preview", self.open_preview, "Ctrl+P")
        self.import_workbook_action = self._action("importWorkbook", lambda: self.transfers.import_workbook())
        self.export_workbook_action = self._action("exportWorkbook", lambda: self.transfers.export_workbook())
        self.import_pack_action = self._action("importPack", lambda: self.transfers.import_pack())
        self.export_pack_action = self._action("exportPack", lambda: self.transfers.export_pack())
        self.publish_source_action = self._action("publishToSource", lambda: self.transfers.publish())
        self.new_action = self._action("new", lambda: self.records.new_record(), QKeySequence.StandardKey.New)
        self.duplicate_action = self._action("duplicate", lambda: self.records.duplicate_record(), "Ctrl+D")
        self.delete_action = self._action("delete", lambda: self.records.delete_record())
        self.up_action = self._action("moveUp", lambda: self.records.move_record(-1), "Ctrl+Shift+Up")
        self.down_action = self._action("moveDown", lambda: self.records.move_record(1), "Ctrl+Shift+Down")
        self.publish_action = self._action("publish", lambda: self.records.toggle_published())
        self.quit_action = self._action("quit", self.close, QKeySequence.StandardKey.Quit)
        self.language_group = QActionGroup(self)
        self.language_actions: dict[str, QAction] = {}
        for lang in LANGUAGES:
            action = QAction(labels.LANGUAGE_NAMES[lang], self, checkable=True)
            action.triggered.connect(lambda _c=False, la=lang: self.set_language(la))
            self.language_group.addAction(action)
            self.language_actions[lang] = action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu("")
        for action in (self.save_action, self.revert_action, None, self.import_workbook_action, self.export_workbook_action,
                       self.import_pack_action, self.export_pack_action, self.publish_source_action, None, self.quit_action):
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

    def _build_ui(self) -> None:
        self._build_menus()
        self.banner = Banner()
        self.tabs = QTabWidget()
        self.tabs.setObjectName("bottomTabs")
        self.import_report = ImportReport(self)
        self.problems = ProblemsList(self.working, self)
        self.problems.issueChosen.connect(self.show_issue)
        self.jobs = JobBar(self.banner, self.import_report.reveal, self)
        self.jobs.busyChanged.connect(self._on_busy)
        self.editor = RecordEditor(self.working, self.media_dir)
        self.editor.chooseImage.connect(self.choose_image)
        self.editor.removeImage.connect(self.remove_image)
        self.kinds = KindList(self.working)
        record_actions = {"new": self.new_action, "duplicate": self.duplicate_action, "delete": self.delete_action,
                          "up": self.up_action, "down": self.down_action, "publish": self.publish_action}
        self.records = RecordList(self.working, self.editor, self.kinds, self.prompts, record_actions)
        self.records.selectionChanged.connect(self._update_actions)
        self.records.recordChosen.connect(lambda: self.scroll.verticalScrollBar().setValue(0))
        self.history = HistoryPane(self.db, self.actor, self.working, self.prompts, self.banner, self.jobs)
        self.history.selectionChanged.connect(self._update_actions)
        self.transfers = Transfers(self.db, self.actor, self.working, self.prompts, self.banner, self.jobs,
                                   self.history, self.import_report, self)

        root = QWidget()
        root_layout = QVBoxLayout(root)
        root_layout.setContentsMargins(0, 0, 0, 0)
        root_layout.setSpacing(0)
        root_layout.addWidget(self._build_header())
        root_layout.addWidget(self.toolbar)
        self.body = QWidget()
        body_layout = QVBoxLayout(self.body)
        body_layout.setContentsMargins(14, 12, 14, 10)
        self.vertical = QSplitter(Qt.Orientation.Vertical)
        self.horizontal = QSplitter(Qt.Orientation.Horizontal)
        for index, (widget, stretch) in enumerate(((self.kinds, 0), (self.records, 0), (self._build_form(), 1))):
            self.horizontal.addWidget(widget)
            self.horizontal.setStretchFactor(index, stretch)
        self.horizontal.setSizes([230, 500, 850])
        self.horizontal.setHandleWidth(12)
        self.vertical.addWidget(self.horizontal)
        self.vertical.addWidget(self._build_bottom())
        self.vertical.setStretchFactor(0, 1)
        self.vertical.setSizes([740, 170])
        self.vertical.setHandleWidth(12)
        self.vertical.setChildrenCollapsible(False)
        self.panel = CollapsiblePanel(self.tabs, self.vertical, self.db.data_dir / "console.ini", self)
        body_layout.addWidget(self.vertical)
        # The content work and, beside it, what visitors did with it.
        self.main_tabs = QTabWidget()
        self.main_tabs.setObjectName("mainTabs")
        self.main_tabs.addTab(self.body, "")
        # Every text a translator must look at, across all kinds.
        self.review = ReviewPane(self.working)
        self.review.openText.connect(self.open_text)
        self.main_tabs.addTab(self.review, "")
        self.visitors = VisitorsPane(self.db.data_dir, self.prompts, self.jobs, lambda: (self.working.state, self.language),
                                     office=self.db)
        self.visitors.add_to(self.main_tabs)
        self.fleet = FleetPane(self.db)
        self.fleet.add_to(self.main_tabs)
        root_layout.addWidget(self.main_tabs, 1)
        self.setCentralWidget(root)

        status = self.statusBar()
        self.status_text = QLabel()
        status.addWidget(self.status_text, 1)
        for widget in self.jobs.widgets():
            status.addPermanentWidget(widget)

    def _build_header(self) -> QWidget:
        header = Header()
        self.app_title, self.app_subtitle = header.title, header.subtitle
        self.header_info, self.language_combo = header.info, header.language
        self.language_combo.activated.connect(lambda _i: self.set_language(self.language_combo.currentData()))
        return header

    def _build_form(self) -> QWidget:
        form = QWidget()
        layout = QVBoxLayout(form)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        layout.addWidget(self.banner)
        self.scroll = QScrollArea()
        self.scroll.setObjectName("editorScroll")
        self.scroll.setWidgetResizable(True)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll.setWidget(self.editor)
        layout.addWidget(self.scroll, 1)
        form.setMinimumWidth(560)
        return form

    def _build_bottom(self) -> QWidget:
        self.problems.add_to(self.tabs)
        self.tabs.addTab(self.history, "")
        self.import_report.add_to(self.tabs)
        self.tabs.setMinimumHeight(120)  # on a 768-pixel screen the splitter gives the record the room
        return self.tabs

    # ======================================================================== language
    def set_language(self, lang: str) -> None:
        """Show the console in *lang* (``zh-Hans``, ``ru`` or ``en``)."""
        lang = self.translations.install(lang)
        self.language = lang
        self.records.language = lang
        self.history.language = lang
        self.review.language = lang
        self.language_actions[lang].setChecked(True)
        self.language_combo.setCurrentIndex(self.language_combo.findData(lang))
        self.records.set_list_language(lang)
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "transfers") and console_switching():
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        """Every string of the window in the current language."""
        self.app_title.setText(self.tr("Content console"))
        self.app_subtitle.setText(self.tr("Jiaozhou · SCO Demonstration Zone information kiosk"))
        self.file_menu.setTitle(self.tr("&File"))
        self.edit_menu.setTitle(self.tr("&Edit"))
        self.language_menu.setTitle(self.tr("&Language"))
        texts = {
            self.save_action: (self.tr("Save"), self.tr("Save every edit in one step (a backup is taken first)")),
            self.revert_action: (self.tr("Discard all edits"),
                                 self.tr("Drop every unsaved edit at once and go back to the saved content (asks first)")),
            self.preview_action: (self.tr("Preview"), self.tr("Open the record in the visitor screens, as it will look")),
            self.import_workbook_action: (self.tr("Import workbook…"), self.tr("Check a workbook (.xlsx) and import it")),
            self.export_workbook_action: (self.tr("Export workbook…"), self.tr("Write the saved content as a workbook (.xlsx)")),
            self.import_pack_action: (self.tr("Import pack…"), self.tr("Check a content pack and import it")),
            self.export_pack_action: (self.tr("Export pack…"), self.tr("Write the saved content and its images as a content pack")),
            self.publish_source_action: (self.tr("Publish to kiosks…"), self.tr("Put the saved content on the pack source the kiosks poll")),
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
        self.tabs.setTabText(1, self.tr("History"))
        self.panel.retranslate()
        self.main_tabs.setTabText(0, self.tr("Content"))
        for part in (self.kinds, self.records, self.jobs, self.problems, self.history, self.import_report, self.review,
                     self.visitors, self.fleet):
            part.retranslate()
        self._on_changed(-1)
        steady_width(self.records.buttons["publish"], (self.tr("Publish"), self.tr("Unpublish")))

    # ======================================================================== the working copy changed
    @Slot(int)
    def _on_changed(self, focus: int) -> None:
        self.records.refresh(focus)
        self.editor.refresh()
        # The form is never narrower than the record's fields in this language (nothing cut off at the right).
        self.scroll.parentWidget().setMinimumWidth(max(560, self.editor.minimumSizeHint().width() + 20))
        self.kinds.refresh()
        self.problems.refresh()
        stale = self.review.stale_count()
        self.main_tabs.setTabText(1, self.tr("Unverified and stale") + (f" ({stale})" if stale else ""))
        self._update_actions()
        dirty = self.working.is_dirty()
        self.setWindowTitle(self.tr("Content console — Jiaozhou industry kiosk") + (" *" if dirty else ""))
        version = self.working.state.meta.content_version
        self.header_info.setText(self.tr("Staff role: %1").replace("%1", labels.role(self.actor)) + "\n" + self.tr("Content version %1").replace("%1", version))
        changed, removed = changes(self.working.base, self.working.state)
        if dirty:
            self.status_text.setText(self.tr("Unsaved: %n record(s) changed", "", len(changed)) +
                                     (self.tr(", %n removed", "", removed) if removed else ""))
        elif not self.job:
            self.status_text.setText(self.tr("All edits are saved."))
        if (self.banner.tone == "error" and self.banner.isVisible() and not self.working.report.issues
                and not self.import_report.problems):
            self.banner.hide()

    @Slot(bool)
    def _on_busy(self, busy: bool) -> None:
        self.body.setEnabled(not busy)
        self.review.setEnabled(not busy)
        if busy:
            self.status_text.setText("")
        self._update_actions()
        if not busy:
            self._on_changed(-1)

    @Slot(object)
    def show_issue(self, item: Issue) -> None:
        """Select the record *item* is about and put the cursor in its field."""
        if item.uid is None:
            self.records.select_kind(item.kind)
            return
        self.records.select_record(item.uid)
        widget = self.editor.widget_for(item.field or "")
        if widget is not None and widget.isVisible():
            self.scroll.ensureWidgetVisible(widget, 40, 80)
            widget.setFocus(Qt.FocusReason.OtherFocusReason)

    @Slot(int, str)
    def open_text(self, uid: int, key: str) -> None:
        """Show the record *uid* in the Content tab with the cursor in its field *key*."""
        self.main_tabs.setCurrentIndex(0)
        self.show_issue(Issue("", uid, None, key, "other", ""))

    @Slot()
    def _update_actions(self, *_args) -> None:
        if not hasattr(self, "transfers") or not shiboken6.isValid(self.history.restore_button):
            return  # the window is being built or destroyed; its views still announce changes
        busy = self.job is not None
        record = self.editor.record
        order = self.working.state.ordered(self.records.kind)
        index = next((i for i, r in enumerate(order) if record is not None and r.uid == record.uid), -1)
        dirty = self.working.is_dirty()
        self.save_action.setEnabled(not busy and dirty)
        self.revert_action.setEnabled(not busy and dirty)
        for action in (self.import_workbook_action, self.export_workbook_action, self.import_pack_action,
                       self.export_pack_action, self.publish_source_action, self.new_action):
            action.setEnabled(not busy)
        for action in (self.duplicate_action, self.delete_action, self.publish_action, self.preview_action):
            action.setEnabled(not busy and record is not None)
        self.up_action.setEnabled(not busy and index > 0)
        self.down_action.setEnabled(not busy and 0 <= index < len(order) - 1)
        published = record.published if record is not None else False
        self.publish_action.setText(self.tr("Unpublish") if published else self.tr("Publish"))
        self.publish_action.setToolTip(self.tr("Hide it from visitors") if published else self.tr("Show it to visitors"))
        self.history.set_busy(busy)
        stack = self.working.undo_stack
        # Fixed labels (the toolbar does not jump); the step itself is in the tooltip.
        self.undo_action.setText(self.tr("Undo one step"))
        self.undo_action.setToolTip(self.tr("Take back the last edit only") + (f": {stack.undoText()}" if stack.canUndo() and stack.undoText() else ""))
        self.redo_action.setText(self.tr("Redo one step"))
        self.redo_action.setToolTip(self.tr("Do again the edit just taken back") + (f": {stack.redoText()}" if stack.canRedo() and stack.redoText() else ""))
        self.undo_action.setEnabled(not busy and stack.canUndo())
        self.redo_action.setEnabled(not busy and stack.canRedo())

    # ======================================================================== revert, images, saving
    def revert(self) -> None:
        """Drop every unsaved edit (after asking; Undo brings them back)."""
        if not self.working.is_dirty():
            return
        if self.prompts.confirm(self.tr("Revert"), self.tr("Drop every unsaved edit and go back to the saved content? "
                                                          "Undo brings the edits back."), self.tr("Revert")):
            self.working.revert(self.tr("Revert"))
            self.banner.hide()

    # ======================================================================== images
    @Slot()
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
                # A new picture has its subject where it has it: the old focal point goes.
                state = self.working.state.with_value(uid, "media", staged.name).with_value(uid, "media_focus", None)
                self.working.edit(state, self.tr("Choose image"), focus=uid)
            self.banner.say("info", self.tr("%1 will be stored as %2 × %3 pixels (with a thumbnail) when you save.")
                            .replace("%1", path.name).replace("%2", str(staged.width)).replace("%3", str(staged.height)))

        self.jobs.run(self.tr("Reading the picture"), lambda progress: operations.stage_image(path, staging, progress=progress), done)

    @Slot()
    def remove_image(self) -> None:
        uid = self.editor.uid
        if uid is not None:
            state = self.working.state.with_value(uid, "media", None).with_value(uid, "media_focus", None)
            self.working.edit(state, self.tr("Remove image"), focus=uid)

    # ======================================================================== saving
    def save(self) -> bool:
        """Save the records changed in the working copy (returns False when it cannot start)."""
        if self.job is not None:
            return False
        report = self.working.report
        if report.content is None:
            self._save_blocked(report.issues)
            return False
        if not self.working.is_dirty():
            self.status_text.setText(self.tr("Nothing to save."))
            return False
        edits = self.working.edits(lambda current: next_version(current, date.today()))
        media = self.working.media_to_save()
        db, actor = self.db, self.actor

        def work(progress):
            return operations.save(db, edits, actor=actor, media=media, progress=progress)

        def done(outcome: Outcome) -> None:
            uid = self.editor.uid
            key = None
            record = self.working.state.find(uid) if uid is not None else None
            if record is not None:
                key = (record.kind, record.slug)
            self.working.reload(outcome.loaded)
            if key is not None and (again := self.working.state.by_slug(*key)) is not None:
                self.records.select_record(again.uid)
            self.banner.say("success", self._saved_text(outcome.result.version_id, labels.changes(outcome.result.changes)))
            self.history.refresh()
            if self._close_after_save:
                QTimer.singleShot(0, self.close)

        def failed(exc: BaseException) -> bool:
            self._close_after_save = False
            if isinstance(exc, RecordsChanged):
                conflicts.offer(self, exc)
                return True
            return False

        self.jobs.run(self.tr("Saving"), work, done, failed)
        return True

    def _saved_text(self, entry: int, changes: str) -> str:
        """What the banner says after a save: where it went (this PC's file or the office database) and how kiosks get it."""
        office = office_database_name(self.db.url)
        if office is None:
            return (self.tr("Saved on this PC as history entry #%1: %2.").replace("%1", str(entry)).replace("%2", changes)
                    + "\n" + self.tr("Kiosks show it after you export a content pack (File › Export pack…) and import it there."))
        return (self.tr("Saved in the office database %3 as history entry #%1: %2.").replace("%1", str(entry))
                .replace("%2", changes).replace("%3", office)
                + "\n" + self.tr("Kiosks show it after you publish it (File › Publish to kiosks…), or by a content pack "
                                  "on a USB stick (File › Export pack…)."))

    def _save_blocked(self, issues: tuple[Issue, ...]) -> None:
        lines = [self.tr("Not saved: %n problem(s) to fix first. Nothing was written.", "", len(issues))]
        for item in issues[:6]:
            where = " › ".join(p for p in (labels.kind_one(item.kind), item.slug or "", labels.field(item.field) if item.field else "") if p)
            lines.append(f"• {where}: {labels.issue(item)}")
        if len(issues) > 6:
            lines.append(self.tr("… and %n more in the Problems list below.", "", len(issues) - 6))
        self.banner.say("error", "\n".join(lines))
        self.panel.set_collapsed(False)
        self.problems.bring_forward()
        if issues:
            self.show_issue(issues[0])

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
        kind, slug, language = record.kind, record.slug, self.records.model.language

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

        self.jobs.run(self.tr("Preparing the preview"), lambda progress: operations.build_preview(content, kind, slug, progress=progress), done)

    def close_preview(self) -> None:
        """Close the preview window (its temporary database goes with it)."""
        if self.preview is not None:
            self.preview.close()

    @Slot()
    def _preview_closed(self) -> None:
        self.preview = None
        # The preview's translators are gone: say everything in the console's language again.
        self.translations.install(self.language)

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
