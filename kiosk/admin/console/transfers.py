"""Content in and out of the console as files: workbooks and content packs.

``Transfers`` asks what staff want (discard unsaved edits? which file? sign
the pack?), then runs the import or export as a job; ``ImportReport`` is the
tab under the form that lists every problem of a refused file by sheet, row
and column.  An import replaces the working copy with what was imported and
adds a history entry; an export writes the saved content (unsaved edits are
not in it, and staff are told so first).
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QTabWidget

from kiosk.admin.console import labels, operations
from kiosk.admin.console.history import HistoryPane
from kiosk.admin.console.jobbar import JobBar
from kiosk.admin.console.models import ERROR, MUTED, RowsModel
from kiosk.admin.console.operations import Outcome
from kiosk.admin.console.prompts import Prompts
from kiosk.admin.console.widgets import Banner, rows_view
from kiosk.admin.console.working import WorkingCopy
from kiosk.content.database import Database
from kiosk.content.problems import Problem, split_report


def default_file_name(content_version: str, today: date, suffix: str) -> str:
    """The name an export suggests: the content version and the day it was
    written (``kiosk-content-v2026-03-02.1-2026-03-05.kioskpack``; the day once
    when the version already starts with it), so packs on a stick tell apart."""
    version = re.sub(r"[^A-Za-z0-9._-]+", "-", content_version.strip()).strip("-.") or "content"
    day = today.isoformat()
    stem = f"kiosk-content-v{version}" if version.startswith(day) else f"kiosk-content-v{version}-{day}"
    return stem + suffix


class ImportReport(QObject):
    """The Import report tab: the problems of the last refused file, where they are."""

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.tabs: QTabWidget | None = None
        self.index = -1
        self.problems: list[Problem] = []
        self.model = RowsModel(lambda: (self.tr("Where"), self.tr("Row"), self.tr("Column"), self.tr("Record"),
                                        self.tr("Field"), self.tr("Problem")), self)
        self.view = rows_view(self.model, "importTable", stretch=5)

    def add_to(self, tabs: QTabWidget) -> None:
        """Show the report as the last tab of *tabs*."""
        self.tabs = tabs
        self.index = tabs.addTab(self.view, "")

    def show_problems(self, problems: list[Problem]) -> None:
        """List *problems* (none: empty the report) and name their number on the tab."""
        self.problems = list(problems)
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
        self.model.set_rows(rows)
        if self.tabs is not None:
            self.tabs.setTabText(self.index, self.tr("Import report (%1)").replace("%1", str(len(problems))) if problems else self.tr("Import report"))

    def reveal(self, problems: list[Problem]) -> None:
        """List *problems* and bring the tab to the front."""
        self.show_problems(problems)
        if self.tabs is not None:
            self.tabs.setCurrentIndex(self.index)

    def retranslate(self) -> None:
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, max(0, self.model.columnCount() - 1))
        self.show_problems(self.problems)


class Transfers(QObject):
    """Import and export of workbooks and packs (see the module docstring)."""

    def __init__(self, db: Database, actor: str, working: WorkingCopy, prompts: Prompts, banner: Banner, jobs: JobBar,
                 history: HistoryPane, report: ImportReport, parent: QObject | None = None):
        super().__init__(parent)
        self.db = db
        self.actor = actor
        self.working = working
        self.prompts = prompts
        self.banner = banner
        self.jobs = jobs
        self.history = history
        self.report = report

    # -- imports --------------------------------------------------------------------------
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
        self.jobs.run(self.tr("Importing %1").replace("%1", path.name),
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
        self.jobs.run(self.tr("Importing %1").replace("%1", path.name),
                      lambda progress: operations.import_pack(db, path, actor=actor, progress=progress),
                      lambda outcome: self._imported(path, outcome))

    def _imported(self, path: Path, outcome: Outcome) -> None:
        self.working.reload(outcome.loaded)
        self.report.show_problems([])
        result = outcome.result
        if result.changed:
            text = labels.fill(self.tr("%1 imported as history entry #%2: %3."), path.name, result.version_id, labels.changes(result.changes))
        else:
            text = self.tr("%1 holds the same content as the kiosk; nothing changed.").replace("%1", path.name)
        self.banner.say("success", text)
        self.history.refresh()

    # -- exports --------------------------------------------------------------------------
    def export_workbook(self, path: Path | None = None) -> None:
        """Write the saved content as a workbook."""
        if self.working.is_dirty() and not self.prompts.confirm(
            self.tr("Export workbook"), self.tr("The workbook holds the saved content; your unsaved edits are not in it. Export anyway?"), self.tr("Export")):
            return
        path = path or self.prompts.save_file(self.tr("Export workbook"), self.tr("Workbooks (*.xlsx)"), self._suggested(".xlsx"))
        if path is None:
            return
        if path.suffix.lower() != ".xlsx":
            path = path.with_name(path.name + ".xlsx")
        db = self.db
        self.jobs.run(self.tr("Writing %1").replace("%1", path.name),
                      lambda progress: operations.export_workbook(db, path, progress=progress),
                      lambda written: self.banner.say(
                          "success", self.tr("Wrote %1. Edit it in Excel or LibreOffice Calc, then import it here.").replace("%1", str(written))))

    def export_pack(self, path: Path | None = None, sign_key: Path | None = None) -> None:
        """Write the saved content and its images as a content pack, signed when a key is chosen."""
        if self.working.is_dirty() and not self.prompts.confirm(
            self.tr("Export pack"), self.tr("The pack holds the saved content; your unsaved edits are not in it. Export anyway?"), self.tr("Export")):
            return
        path = path or self.prompts.save_file(self.tr("Export pack"), self.tr("Content packs (*.kioskpack)"), self._suggested(".kioskpack"))
        if path is None:
            return
        if path.suffix.lower() != ".kioskpack":
            path = path.with_name(path.name + ".kioskpack")
        if sign_key is None:
            go, sign_key = self._ask_signing()
            if not go:
                return
        db = self.db

        def done(info) -> None:
            signed = self.tr("signed with key %1").replace("%1", info.signer.fingerprint) if info.signer else self.tr("unsigned")
            self.banner.say("success", self.tr("Wrote %1: content version %2, %3 files, %4.").replace("%1", str(info.path))
                            .replace("%2", info.content_version).replace("%3", str(info.members)).replace("%4", signed))

        self.jobs.run(self.tr("Writing %1").replace("%1", path.name),
                      lambda progress: operations.export_pack(db, path, sign_key=sign_key, progress=progress), done)

    def publish(self, folder: Path | None = None, sign_key: Path | None = None) -> None:
        """Publish the saved content to a pack source folder: every kiosk polling it takes it between visitors."""
        if self.working.is_dirty() and not self.prompts.confirm(
            self.tr("Publish"), self.tr("Publishing sends the saved content; your unsaved edits are not in it. Publish anyway?"),
                self.tr("Publish")):
            return
        folder = folder or self.prompts.open_folder(self.tr("Pack source folder (shared folder or web server folder)"))
        if folder is None:
            return
        if sign_key is None:
            go, sign_key = self._ask_signing()
            if not go:
                return
        db = self.db

        def done(published) -> None:
            self.banner.say("success", self.tr("Published release %1 to %2. Kiosks that poll it show it within their "
                                               "poll interval, between visitors.").replace("%1", str(published.index.release))
                            .replace("%2", str(folder)))

        self.jobs.run(self.tr("Publishing to %1").replace("%1", str(folder)),
                      lambda progress: operations.publish(db, folder, sign_key=sign_key, progress=progress), done)

    def _suggested(self, suffix: str) -> str:
        return default_file_name(self.working.base.meta.content_version, date.today(), suffix)

    def _ask_signing(self) -> tuple[bool, Path | None]:
        """Sign the pack, export it unsigned, or cancel: (go on, key file or None)."""
        choice = self.prompts.choose(
            self.tr("Sign the pack?"),
            self.tr("Kiosks that accept only signed packs need a signature. Sign it with the committee's private key file?"),
            [("sign", self.tr("Sign with key…")), ("unsigned", self.tr("Export unsigned"))])
        if choice == "sign":
            key = self.prompts.open_file(self.tr("Private key"), self.tr("Signing keys (*.key);;All files (*)"))
            return key is not None, key
        if choice == "unsigned":
            return self._unsigned_ok(), None
        return False, None

    def _unsigned_ok(self) -> bool:
        """True when an unsigned pack may be written; asks first when this kiosk refuses them."""
        if operations.accepts_unsigned(self.db):
            return True
        return self.prompts.confirm(
            self.tr("Export unsigned"),
            self.tr("This kiosk accepts only signed packs (setting packs.allow_unsigned is off): it refuses an unsigned "
                    "pack, and so does every kiosk set the same way. Write an unsigned pack anyway?"),
            self.tr("Export unsigned"))
