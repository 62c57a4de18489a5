"""``HistoryPane``: the history tab under the form.

Every save, import and restore is an entry (newest first: when, who, what,
and the records it changed).  Beside the list, the selected entry in full:
each record and field changed, before → after, per language; a double-click
opens the same in a window.  "Restore this version…" first shows what it
will change, then brings back the content as it was after the selected
entry, as a new entry, so nothing later is lost.  The backup each change
takes is not named here (a file name means nothing to staff; ``kiosk backup
list`` and the staff menu list backups by date and reason).
"""

from __future__ import annotations

import logging
from datetime import timezone

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSplitter, QTextBrowser, QVBoxLayout, QWidget

from kiosk.admin.console import changes, labels, operations
from kiosk.admin.console.jobbar import JobBar
from kiosk.admin.console.models import MUTED, RowsModel
from kiosk.admin.console.operations import Outcome
from kiosk.admin.console.prompts import Prompts
from kiosk.admin.console.widgets import Banner, rows_view
from kiosk.admin.console.working import WorkingCopy
from kiosk.content.change.history import RecordChange, VersionEntry
from kiosk.content.database import Database

log = logging.getLogger(__name__)


def when(entry: VersionEntry) -> str:
    """The time of *entry* on this PC's clock, to the minute."""
    stamp = entry.created_at
    if stamp.tzinfo is None:
        stamp = stamp.replace(tzinfo=timezone.utc)
    return stamp.astimezone().strftime("%Y-%m-%d %H:%M")


class HistoryPane(QWidget):
    """The history entries and Restore (see the module docstring)."""

    # The selected entry changed (Restore may now be possible or not).
    selectionChanged = Signal()

    def __init__(self, db: Database, actor: str, working: WorkingCopy, prompts: Prompts, banner: Banner, jobs: JobBar,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.db = db
        self.actor = actor
        self.working = working
        self.prompts = prompts
        self.banner = banner
        self.jobs = jobs
        # The console's language: records are named by their titles in it.
        self.language = "en"
        # What each entry changed, by entry id (an entry never changes once recorded).
        self._changes: dict[int, list[RecordChange] | None] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        self.model = RowsModel(lambda: (self.tr("#"), self.tr("When"), self.tr("Who"), self.tr("What"),
                                        self.tr("Changes")), self)
        self.view = rows_view(self.model, "historyTable", stretch=4)
        self.view.selectionModel().currentRowChanged.connect(self._show_selected)
        self.view.doubleClicked.connect(lambda _index: self.open_selected())
        self.details = QTextBrowser()
        self.details.setObjectName("historyDetails")
        self.details.setOpenLinks(False)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.view)
        split.addWidget(self.details)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        layout.addWidget(split, 1)
        buttons = QHBoxLayout()
        self.hint = QLabel()
        self.hint.setObjectName("fieldLabel")
        self.restore_button = QPushButton()
        self.restore_button.setObjectName("restoreButton")
        self.restore_button.clicked.connect(self.restore_selected)
        buttons.addWidget(self.hint, 1)
        buttons.addWidget(self.restore_button)
        layout.addLayout(buttons)

    def retranslate(self) -> None:
        self.restore_button.setText(self.tr("Restore this version…"))
        self.hint.setText(self.tr("Every save and import is an entry; restoring one adds a new entry and loses nothing."))
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, max(0, self.model.columnCount() - 1))
        self.refresh()

    def refresh(self) -> None:
        """Read the history again, keeping the selected entry selected."""
        try:
            entries = operations.history(self.db)
        except Exception as exc:  # a damaged history must not stop the console
            log.exception("history cannot be read")
            self.model.set_rows([])
            self.hint.setText(str(exc))
            return
        current = self.selected()
        unknown = [e.id for e in entries if e.id not in self._changes]
        if unknown:
            try:
                self._changes.update(operations.entry_changes(self.db, unknown))
            except Exception:  # the counts still say what happened
                log.exception("history details cannot be read")
        rows = []
        for entry in entries:
            rows.append(((str(entry.id), when(entry), labels.role(entry.actor), labels.action(entry.action), self._brief(entry)),
                         entry, None if entry.restorable else MUTED))
        self.model.set_rows(rows)
        if current is not None:
            for row, (_cells, entry, _c) in enumerate(rows):
                if entry.id == current.id:
                    self.view.selectRow(row)
        self._show_selected()

    def _brief(self, entry: VersionEntry) -> str:
        """The records and fields an entry changed when they are few, else the counts per kind."""
        found = self._changes.get(entry.id)
        if found and len(found) <= 3:
            return changes.in_brief(found, self.language)
        return labels.changes(entry.summary)

    @Slot()
    def _show_selected(self, *_args) -> None:
        entry = self.selected()
        self.details.setHtml(self.describe(entry) if entry is not None else
                             "<p>" + self.tr("Select an entry to see what it changed; double-click opens it in a window.") + "</p>")
        self.selectionChanged.emit()

    def describe(self, entry: VersionEntry) -> str:
        """What *entry* changed, record by record, as rich text."""
        head = (f"<p><b>#{entry.id} · {when(entry)} · {labels.role(entry.actor)}</b><br>{labels.action(entry.action)}: "
                f"{labels.changes(entry.summary)}</p>")
        return head + changes.as_html(self._changes.get(entry.id), self.language)

    def open_selected(self) -> None:
        """The selected entry's changes in a window of their own."""
        entry = self.selected()
        if entry is not None:
            self.prompts.show_details(self.tr("History entry #%1").replace("%1", str(entry.id)),
                                      self.tr("What this entry changed, before → after:"), self.describe(entry))

    def selected(self) -> VersionEntry | None:
        """The entry selected in the list, if any."""
        index = self.view.currentIndex()
        entry = self.model.payload(index.row()) if index.isValid() else None
        return entry if isinstance(entry, VersionEntry) else None

    def set_busy(self, busy: bool) -> None:
        """Restore only when no job runs and the entry can be restored."""
        entry = self.selected()
        self.restore_button.setEnabled(not busy and entry is not None and entry.restorable)

    @Slot()
    def restore_selected(self) -> None:
        """Restore the selected entry, after asking (a job: the form waits meanwhile)."""
        entry = self.selected()
        if entry is None:
            return
        if not entry.restorable:
            self.banner.say("warning", self.tr("Entry #%1 was recorded before the kiosk kept snapshots; restore a backup instead.").replace("%1", str(entry.id)))
            return
        question = self.tr("Bring back the content as it was after entry #%1 (%2, %3)? It becomes a new entry; nothing later is lost.") \
            .replace("%1", str(entry.id)).replace("%2", when(entry)).replace("%3", labels.role(entry.actor))
        if self.working.is_dirty():
            question += "\n\n" + self.tr("Your unsaved edits will be lost.")
        try:
            coming = operations.changes_of_restore(self.db, entry.id)
        except Exception as exc:  # a damaged snapshot: say so, restore nothing
            self.banner.say("error", self.tr("Entry #%1 cannot be restored: %2").replace("%1", str(entry.id)).replace("%2", str(exc)))
            return
        if not coming:
            self.banner.say("info", self.tr("The content is already as it was after entry #%1; nothing to restore.").replace("%1", str(entry.id)))
            return
        question += "\n\n" + self.tr("Restoring changes this, now → then:")
        if not self.prompts.confirm(self.tr("Restore version"), question, self.tr("Restore"),
                                    changes.as_html(coming, self.language)):
            return
        db, actor, version = self.db, self.actor, entry.id

        def done(outcome: Outcome) -> None:
            self.working.reload(outcome.loaded)
            self.banner.say("success", self.tr("Version %1 restored as history entry #%2: %3.").replace("%1", str(version))
                            .replace("%2", str(outcome.result.version_id)).replace("%3", labels.changes(outcome.result.changes)))
            self.refresh()

        self.jobs.run(self.tr("Restoring version %1").replace("%1", str(version)),
                      lambda progress: operations.restore(db, version, actor=actor, progress=progress), done)

