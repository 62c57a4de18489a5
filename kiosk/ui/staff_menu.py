"""``Staff``: the logic behind the on-kiosk staff menu (QML in ``qml/Kiosk/staff``).

Opened by a hidden gesture (a 3-second press in the top-left corner, then a
tap in the bottom-right corner within 3 seconds), then a PIN pad.  The menu
speaks the kiosk's start language (setting ``default_language``) whatever
the last visitor chose, has its own language switch, and gives the visitor
screens their language back when it closes.  It shows what the kiosk holds:
the content version and its dates, the program version, and the contact
the press release gives.  Behind
it: import a content pack from a USB stick (the page also says what the
pack source's updater did last, when the kiosk has one), restore a backup, change the
kiosk's settings, see today's and this week's visitor numbers and export
the visitor statistics to the stick, export diagnostics to the stick,
restart the kiosk, exit to the desktop.  It closes itself after a minute without a touch.
The settings page offers what a kiosk in the hall needs changed on the spot
(``MENU_SETTINGS``), among them the attract loop's pictures, picked from the
files staff copied into the data folder's ``media/`` (``mediaFiles``).

Long work (imports, restores, diagnostics) runs on a worker thread with
progress and Cancel; the Qt-free services it calls leave the previous
content exactly as it was on a cancel or a crash.
"""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path
from typing import Any

from PySide6.QtCore import Property, QCoreApplication, QObject, QTimer, Signal, Slot
from PySide6.QtQml import QmlElement, QmlSingleton

from kiosk import paths
from kiosk.runtime import usb
from kiosk.content.change.pin import PinError, PinStore
from kiosk.content import backups
from kiosk.content.database import Database
from kiosk.content.problems import ContentError
from kiosk.content.progress import CancelToken
from kiosk.gui.jobs import Job
from kiosk.content.change.settings import MEDIA_IMAGE_SUFFIXES, MEDIA_VIDEO_SUFFIXES, Settings, SettingsError
from kiosk.ui.bridge.app_state import LANGUAGE_NAMES

QML_IMPORT_NAME = "Kiosk.Bridge"
QML_IMPORT_MAJOR_VERSION = 1

log = logging.getLogger(__name__)


# Menu messages follow the kiosk's interface language (Qt Linguist context "StaffMenu").
translate = QCoreApplication.translate

AUTO_CLOSE_MS = 60_000
ACTOR = "kiosk-staff"
# Problems a refused import lists one by one on the kiosk screen (the rest are counted).
STAFF_MENU_PROBLEMS = 20
# Settings the menu offers (the rest belong to the office console and the command line).
MENU_SETTINGS = (
    "idle_timeout_s", "default_language", "enabled_languages", "screen_layout", "physical_dpi",
    "speech.rate", "speech.volume", "access.offered", "access.idle_multiplier",
    "screen.bottom_mm", "screen.height_mm", "attract.media",
)
# QML hands every number over as a float: these are stored as whole numbers.
WHOLE_NUMBER_SETTINGS = ("idle_timeout_s", "screen.bottom_mm", "screen.height_mm")
# Files the attract loop's picker lists (the loop plays what ``attract.media`` accepts).
ATTRACT_MEDIA_SUFFIXES = MEDIA_IMAGE_SUFFIXES + MEDIA_VIDEO_SUFFIXES
# The picker lists at most this many files (a folder of thousands is not a loop).
MEDIA_LIST_LIMIT = 200


class StaffMenu(QObject):
    """State and actions of the staff menu, for QML."""

    changed = Signal()
    # The kiosk's content or settings changed: re-read everything, go Home.
    contentChanged = Signal()
    settingsChanged = Signal()
    # Leave the event loop with this exit code (restart: 0 under the watchdog).
    quitRequested = Signal(int)

    def __init__(self, db: Database, parent: QObject | None = None, pack_roots: list[Path] | None = None,
                 media_dir: Path | None = None):
        super().__init__(parent)
        self._db = db
        self._media_dir = media_dir if media_dir is not None else paths.media_dir(db.data_dir)
        self._media_files: list[dict[str, str]] = []
        self._pins = PinStore(db.engine)
        self._settings = Settings(db.engine)
        self._pack_roots = pack_roots
        self._open = False
        self._page = "pin"
        self._message = ""
        self._error = False
        self._progress = -1.0
        self._progress_text = ""
        self._packs: list[dict[str, Any]] = []
        self._backups: list[dict[str, Any]] = []
        self._statistics: dict[str, Any] = {}
        self._job: Job | None = None
        self._pin_length = self._pins.length()
        self._must_change = False
        self._about: dict[str, Any] = {}
        # The visitor screens' language switch (``attach_language``), and the visitor's language while the menu is open.
        self._app_state: QObject | None = None
        self._visitor_language = ""
        self._auto_close = QTimer(self)
        self._auto_close.setSingleShot(True)
        self._auto_close.setInterval(AUTO_CLOSE_MS)
        self._auto_close.timeout.connect(self._timed_out)

    # -- properties ---------------------------------------------------------------------
    isOpen = Property(bool, lambda self: self._open, notify=changed)
    page = Property(str, lambda self: self._page, notify=changed)
    message = Property(str, lambda self: self._message, notify=changed)
    isError = Property(bool, lambda self: self._error, notify=changed)
    progress = Property(float, lambda self: self._progress, notify=changed)
    progressText = Property(str, lambda self: self._progress_text, notify=changed)
    packs = Property("QVariantList", lambda self: self._packs, notify=changed)
    backupList = Property("QVariantList", lambda self: self._backups, notify=changed)
    # Today's and this week's visitor numbers: {"today": {"sessions", "median", "language"}, "week": {...}}.
    statistics = Property("QVariantMap", lambda self: self._statistics, notify=changed)
    # The attract loop's candidates in the media folder: [{"name": "hall/1.jpg", "kind": "image"}], by name.
    mediaFiles = Property("QVariantList", lambda self: self._media_files, notify=changed)
    # Where staff copy the attract loop's pictures.
    mediaFolder = Property(str, lambda self: str(self._media_dir), constant=True)

    pinLength = Property(int, lambda self: self._pin_length, notify=changed)
    mustChange = Property(bool, lambda self: self._must_change, notify=changed)
    about = Property("QVariantMap", lambda self: self._about, notify=changed)

    @Property(bool, notify=changed)
    def busy(self) -> bool:
        return self._job is not None

    @Property("QVariantMap", notify=changed)
    def settings(self) -> dict[str, Any]:
        values = self._settings.all()
        return {k: values[k] for k in MENU_SETTINGS}

    @Property(int, notify=changed)
    def lockedFor(self) -> int:  # noqa: N802
        return self._pins.locked_for()

    def _set(self, **values: Any) -> None:
        for key, value in values.items():
            setattr(self, f"_{key}", value)
        self.changed.emit()

    def _say(self, text: str, error: bool = False) -> None:
        self._set(message=text, error=error)

    # -- opening and closing ---------------------------------------------------------------
    def attach_language(self, app_state: QObject) -> None:
        """Switch languages with *app_state* (the visitor screens' ``App``): the
        menu opens in the start language and the visitor's comes back at close."""
        self._app_state = app_state

    @Slot()
    def open(self) -> None:
        """Show the PIN pad, in the kiosk's start language."""
        if self._app_state is not None and not self._open:
            self._visitor_language = str(self._app_state.property("language") or "")
            self._app_state.setLanguage(self._settings.get("default_language"))
        self._set(open=True, page="pin", message="", error=False, pin_length=self._pins.length(),
                  must_change=False, about=self._read_about())
        self.touched()

    @Slot()
    def close(self) -> None:
        """Close the menu (a running job keeps running and reports to the log)."""
        self._auto_close.stop()
        was_open = self._open
        self._set(open=False, page="pin", message="", error=False)
        if was_open and self._app_state is not None and self._visitor_language:
            try:
                self._app_state.setLanguage(self._visitor_language)
            except RuntimeError:  # the kiosk's window is already gone (shutting down)
                log.debug("no visitor language to give back: the kiosk is closing")

    def _read_about(self) -> dict[str, Any]:
        """What the kiosk holds: content version and dates, program version, the press release's contact per language."""
        from kiosk import __version__
        from kiosk.content.meta import get_meta
        from kiosk.content.read.catalogue import Catalogue
        from kiosk.content.vocab import LANGUAGES

        try:
            with self._db.engine.connect() as conn:
                meta = get_meta(conn)
            catalogue = Catalogue(self._db.engine)
            contact = {}
            for lang in LANGUAGES:
                sources = catalogue.sources(lang)
                contact[lang] = sources[0].body.text if sources else ""
            updates = self._settings.get("fleet.state").get("result", "") if self._settings.get("fleet.source") else ""
        except Exception:  # a damaged database must not keep staff out of the menu that repairs it
            log.exception("the staff menu cannot read what the kiosk holds")
            meta, contact, updates = {}, {}, ""
        return {"contentVersion": meta.get("content_version", ""), "contentMade": meta.get("created_at", "")[:10],
                "contentLoaded": meta.get("loaded_at", "")[:10], "programVersion": __version__, "contact": contact,
                # The pack source's last answer (in English, as the log and diagnostics say it).
                "updates": updates}

    @Slot()
    def touched(self) -> None:
        """Any touch in the menu: start the one-minute auto-close again."""
        if self._open:
            self._auto_close.start()

    @Slot()
    def _timed_out(self) -> None:
        if self._job is None:
            log.info("staff menu closed itself after a minute without a touch")
            self.close()
        else:
            self._auto_close.start()

    # -- PIN --------------------------------------------------------------------------------
    @Slot(str)
    def enterPin(self, pin: str) -> None:  # noqa: N802
        """Check the PIN: open the menu, ask for a new PIN, or say what is wrong."""
        self.touched()
        result = self._pins.check(pin)
        if result.ok:
            log.info("staff menu opened")
            self._set(page="change-pin" if result.must_change else "menu", message="", error=False, must_change=result.must_change)
            return
        if result.locked_for:
            minutes, seconds = divmod(result.locked_for, 60)
            log.warning("staff PIN pad locked for %d s after wrong PINs", result.locked_for)
            self._say(translate("StaffMenu", "Too many wrong PINs. Try again in %1:%2.").replace("%1", str(minutes)).replace("%2", f"{seconds:02d}"), True)
        else:
            self._say(translate("StaffMenu", "Wrong PIN. %1 tries left.").replace("%1", str(result.attempts_left)), True)
        self.changed.emit()

    @Slot(str, str)
    def changePin(self, new_pin: str, repeated: str) -> None:  # noqa: N802
        """Set a new PIN (asked at first use and from the menu)."""
        self.touched()
        if new_pin != repeated:
            self._say(translate("StaffMenu", "The two PINs differ. Type the new PIN twice."), True)
            return
        try:
            self._pins.change(new_pin)
        except PinError as exc:
            self._say(translate("StaffMenu", "This PIN cannot be used: %1").replace("%1", str(exc)), True)
            return
        log.info("staff PIN changed")
        self._set(page="menu", message=translate("StaffMenu", "The new PIN is saved."), error=False,
                  pin_length=len(new_pin), must_change=False)

    @Slot(str)
    def show(self, page: str) -> None:
        """Go to a page of the menu (after the PIN)."""
        if self._page == "pin" or self._page == "change-pin" and page != "change-pin":
            return  # never past the PIN pad this way
        self.touched()
        self._set(page=page, message="", error=False)
        if page == "packs":
            self.scanPacks()
        elif page == "backups":
            self.listBackups()
        elif page == "statistics":
            self.loadStatistics()
        elif page == "settings":
            self.listMedia()

    # -- packs ------------------------------------------------------------------------------
    @Slot()
    def scanPacks(self) -> None:  # noqa: N802
        """List the content packs on USB sticks (and in $KIOSK_PACK_DIRS)."""
        found = usb.find_packs(self._pack_roots)
        self._set(packs=[
            {"path": str(p.path), "name": p.path.name, "folder": str(p.path.parent), "version": p.content_version,
             "created": p.created_at, "sizeMb": round(p.size / 1_000_000, 1), "problem": p.problem}
            for p in found
        ])
        if not found:
            self._say(translate("StaffMenu", "No content pack found. Plug in the USB stick with a .kioskpack file and tap Refresh."))

    @Slot(str)
    def importPack(self, path: str) -> None:  # noqa: N802
        """Check and import a pack on a worker thread (backup first, one transaction)."""
        from kiosk.content.change.transfers import import_pack

        def work(token: CancelToken):
            return import_pack(self._db, Path(path), actor=ACTOR, progress=token)

        self._start(work, self._pack_done, translate("StaffMenu", "Importing %1").replace("%1", Path(path).name))

    def _pack_done(self, result, error: str) -> None:
        if error:
            self._say(translate("StaffMenu", "The pack was not imported, the content is unchanged: %1").replace("%1", error), True)
            return
        if result.changed:
            self.contentChanged.emit()
            self._say(translate("StaffMenu", "Imported content version %1.").replace("%1", result.content_version))
        else:
            self._say(translate("StaffMenu", "This pack holds the content the kiosk already shows; nothing changed."))

    # -- backups ----------------------------------------------------------------------------
    @Slot()
    def listBackups(self) -> None:  # noqa: N802
        """The backups, newest first."""
        self._set(backups=[
            {"id": b.id, "created": b.created_at.astimezone().strftime("%Y-%m-%d %H:%M"), "reason": b.reason,
             "sizeMb": round(b.size / 1_000_000, 1)}
            for b in backups.list_backups(self._db.backups_dir)
        ])

    @Slot(str)
    def restoreBackup(self, backup_id: str) -> None:  # noqa: N802
        """Restore a backup on a worker thread (the current database is backed up first)."""
        from kiosk.content.change.importer import restore_backup

        def work(token: CancelToken):
            return restore_backup(self._db, backup_id, actor=ACTOR, progress=token)

        self._start(work, self._restore_done, translate("StaffMenu", "Restoring %1").replace("%1", backup_id))

    def _restore_done(self, result, error: str) -> None:
        if error:
            self._say(translate("StaffMenu", "Nothing was restored, the content is unchanged: %1").replace("%1", error), True)
            return
        self.contentChanged.emit()
        self.settingsChanged.emit()
        self.listBackups()
        self._say(translate("StaffMenu", "The backup is restored."))

    # -- settings ---------------------------------------------------------------------------
    @Slot(str, "QVariant")
    def setSetting(self, key: str, value: Any) -> None:  # noqa: N802
        """Change one setting; a bad value is refused with the reason, nothing saved."""
        self.touched()
        if key not in MENU_SETTINGS:
            self._say(translate("StaffMenu", "This setting cannot be changed here."), True)
            return
        value = _from_qml(key, value)
        try:
            self._settings.set(key, value)
        except SettingsError as exc:
            log.info("staff menu: %s", exc)
            # The reason is the validator's own (in English, as the command line and the log say it).
            self._say(translate("StaffMenu", "Not saved: %1").replace("%1", str(exc)), True)
            return
        log.info("setting %s changed to %r from the staff menu", key, value)
        self.settingsChanged.emit()
        self._say(translate("StaffMenu", "Saved."))

    @Slot()
    def listMedia(self) -> None:  # noqa: N802
        """List the files in the media folder the attract loop's picker offers."""
        self._set(media_files=media_choices(self._media_dir))

    # -- visitor statistics ------------------------------------------------------------------
    @Slot()
    def loadStatistics(self) -> None:  # noqa: N802
        """Read today's and this week's key numbers (a few milliseconds: the daily totals)."""
        from kiosk.stats.handover import key_numbers

        try:
            numbers = key_numbers(self._db.data_dir)
        except Exception as exc:  # a damaged statistics file: say so, the menu goes on
            log.error("staff menu: visitor statistics cannot be read: %s", exc)
            self._set(statistics={})
            self._say(translate("StaffMenu", "The visitor statistics cannot be read: %1").replace("%1", str(exc)), True)
            return
        self._set(statistics={name: {"sessions": n.sessions, "median": _length(n.median_s),
                                     "language": LANGUAGE_NAMES.get(n.top_language, n.top_language) or "–"}
                              for name, n in numbers.items()})

    @Slot()
    def exportStatistics(self) -> None:  # noqa: N802
        """Write the visitor statistics file for the office to the first writable USB stick."""
        from kiosk.stats.handover import pack_for_usb

        target = usb.first_writable(self._pack_roots)
        if target is None:
            self._say(translate("StaffMenu", "No writable USB stick found. Plug one in and try again."), True)
            return

        def work(token: CancelToken):
            token(0, 0, "writing the statistics")
            return pack_for_usb(self._db.data_dir, target)

        self._start(work, self._statistics_done, translate("StaffMenu", "Writing visitor statistics to %1").replace("%1", str(target)))

    def _statistics_done(self, result, error: str) -> None:
        if error:
            self._say(translate("StaffMenu", "The visitor statistics could not be written: %1").replace("%1", error), True)
        else:
            self._say(translate("StaffMenu", "Visitor statistics (%1 sessions) written to %2")
                      .replace("%1", str(result.sessions)).replace("%2", str(result.path)))

    # -- diagnostics, restart, exit ------------------------------------------------------
    @Slot()
    def exportDiagnostics(self) -> None:  # noqa: N802
        """Write the diagnostics report to the first writable USB stick."""
        from kiosk.runtime.diagnostics import collect

        target = usb.first_writable(self._pack_roots)
        if target is None:
            self._say(translate("StaffMenu", "No writable USB stick found. Plug one in and try again."), True)
            return

        def work(token: CancelToken):
            token(0, 0, "writing the report")
            return collect(target, self._db.data_dir, self._db.url)

        self._start(work, self._diagnostics_done, translate("StaffMenu", "Writing diagnostics to %1").replace("%1", str(target)))

    def _diagnostics_done(self, result, error: str) -> None:
        if error:
            self._say(translate("StaffMenu", "The diagnostics could not be written: %1").replace("%1", error), True)
        else:
            self._say(translate("StaffMenu", "Diagnostics written to %1").replace("%1", str(getattr(result, "archive", result))))

    @Slot()
    def restartKiosk(self) -> None:  # noqa: N802
        """Restart: under the watchdog (or systemd) exit and be started again; alone, start a new process first."""
        from kiosk.runtime import ENV_SUPERVISED

        log.info("restart requested from the staff menu")
        if os.environ.get(ENV_SUPERVISED) != "1":
            from PySide6.QtCore import QProcess

            QProcess.startDetached(sys.executable, sys.argv[1:] if getattr(sys, "frozen", False) else ["-m", "kiosk", *sys.argv[1:]])
        self.quitRequested.emit(0)

    @Slot()
    def exitToDesktop(self) -> None:  # noqa: N802
        """Leave the kiosk for the desktop; the watchdog does not restart it."""
        from kiosk.runtime import EXIT_TO_DESKTOP

        log.info("exit to the desktop from the staff menu")
        self.quitRequested.emit(EXIT_TO_DESKTOP)

    # -- jobs -------------------------------------------------------------------------------
    def _start(self, work, finished, label: str) -> None:
        if self._job is not None:
            self._say(translate("StaffMenu", "Please wait: the previous task is still running."), True)
            return
        job = Job(label, work, self)
        job.progressed.connect(self._on_progress)
        job.succeeded.connect(lambda result: self._finish(job, finished, result, ""))
        job.failed.connect(lambda exc: self._finish(job, finished, None, _describe(exc)))
        self._job = job
        self._set(progress=-1.0, progress_text=label, message="", error=False)
        job.start()

    @Slot(int, int, str)
    def _on_progress(self, done: int, total: int, message: str) -> None:
        self.touched()
        self._set(progress=(done / total) if total else -1.0, progress_text=message)

    def _finish(self, job: Job, finished, result, error: str) -> None:
        job.wait()
        self._job = None
        self._set(progress=-1.0, progress_text="")
        finished(result, error)
        job.deleteLater()

    @Slot()
    def cancel(self) -> None:
        """Ask the running task to stop; the content stays as it was."""
        if self._job is not None:
            self._job.cancel()
            self._say(translate("StaffMenu", "Cancelling…"))


def _from_qml(key: str, value: Any) -> Any:
    """A value as QML hands it over, in the form the setting stores: a JS array
    as a list, a whole number where the setting counts (QML has only floats),
    a step of a tenth without its binary tail (0.30000000000000004)."""
    if hasattr(value, "toVariant"):
        value = value.toVariant()
    if isinstance(value, float):
        value = round(value, 3)
        if key in WHOLE_NUMBER_SETTINGS and value.is_integer():
            value = int(value)
    return value


def media_choices(folder: Path) -> list[dict[str, str]]:
    """The files in *folder* (and its sub-folders) the attract loop can show,
    by name relative to it with ``/`` (as ``attract.media`` names them)."""
    if not folder.is_dir():
        return []
    found: list[str] = []
    for path in sorted(folder.rglob("*")):
        relative = path.relative_to(folder)
        hidden = any(part.startswith(".") for part in relative.parts)  # a desktop's thumbnails and trash
        if path.suffix.lower() in ATTRACT_MEDIA_SUFFIXES and not hidden and path.is_file():
            found.append(relative.as_posix())
            if len(found) >= MEDIA_LIST_LIMIT:
                log.warning("the media folder %s holds %d pictures or more; the staff menu lists the first %d",
                            folder, MEDIA_LIST_LIMIT, MEDIA_LIST_LIMIT)
                break
    return [{"name": name, "kind": "image" if name.lower().endswith(MEDIA_IMAGE_SUFFIXES) else "video"} for name in found]


def _describe(exc: BaseException) -> str:
    """A failed task's message; a refused import's report short enough for the kiosk's screen."""
    text = exc.report(STAFF_MENU_PROBLEMS) if isinstance(exc, ContentError) else str(exc)
    return text.strip() or type(exc).__name__


def _length(seconds: float | None) -> str:
    """A session length for the menu: "2:05" (minutes:seconds), or a dash without sessions."""
    if seconds is None:
        return "–"
    minutes, secs = divmod(int(seconds), 60)
    return f"{minutes}:{secs:02d}"


@QmlElement
@QmlSingleton
class Staff(StaffMenu):
    """QML name of the staff menu (one per engine, like the other singletons)."""

    @staticmethod
    def create(engine):
        from kiosk.ui.bridge.singletons import lookup

        return lookup(engine, "Staff")
