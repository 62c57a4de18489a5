"""The visitor kiosk: builds the bridge objects, loads the QML, runs the window.

``KioskUi`` is one kiosk (used by ``kiosk run``, the tour, the self-test, the
benchmark and the tests); ``run_kiosk`` is ``kiosk run``: a normal window
that Escape or the close button leaves (someone trying the kiosk on their
PC), or with ``--locked`` (or the setting ``kiosk.locked``) full screen with
every way out swallowed, as the installed kiosk runs.  A QML error or a
Python exception while showing a page is logged and the kiosk goes back
Home; the visitor never sees a traceback or a blank window.
"""

from __future__ import annotations

import logging
import os
import sys
import time
from functools import partial
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QGuiApplication, QKeySequence
from PySide6.QtQml import QQmlApplicationEngine
from PySide6.QtQuick import QQuickItem, QQuickWindow

from kiosk import APP_NAME, __version__, paths
from kiosk.content.read.catalogue import Catalogue
from kiosk.content.read.search_service import SearchService
from kiosk.content.change.settings import Settings
from kiosk.content.database import Database
from kiosk.gui import fonts
from kiosk.gui.application import display_problem, route_qt_messages, start_application
from kiosk.gui.speech import Speech as SpeechService
from kiosk.runtime import run_dir
from kiosk.runtime.heap import release_free_heap
from kiosk.ui.bridge import art_images
from kiosk.ui.bridge.qr import QrImageProvider
from kiosk.ui.item_tree import child_items, find_child
from kiosk.ui.keypad import Keypad
from kiosk.ui.staff_menu import Staff
from kiosk.ui.visits import VisitTracker, start_recorder
from kiosk.ui.bridge.singletons import Access, App, Content, Idle, Speech, provide

# The list and search models register themselves with QML on import.
from kiosk.ui.bridge import models  # noqa: F401  isort: skip

log = logging.getLogger(__name__)

LAYOUTS = {"landscape": (1920, 1080), "portrait": (1080, 1920), "small": (1366, 768)}
# Room left for a window's title bar when the default window is fitted to the screen.
TITLE_BAR_ALLOWANCE = 48


def prepare_environment() -> None:
    """Environment Qt reads at start-up: the in-scene virtual keyboard, and
    the software renderer's fills on the GUI thread."""
    os.environ.setdefault("QT_IM_MODULE", "qtvirtualkeyboard")
    # Qt's own virtual keyboard, not the OS one, and no desktop style hints.
    os.environ.setdefault("QT_QUICK_CONTROLS_STYLE", "Basic")
    # Qt's raster engine (the software renderer's painter) splits every large
    # fill across a pool of threads and waits for them. On a 2-core kiosk PC
    # the GUI thread then waits for a core now and then: `kiosk bench` saw
    # frames of 45-65 ms on Back to a list and on opening Search where the
    # same frames drawn on the GUI thread alone take 10-20 ms (page switch
    # p95: back -> list 62 -> 19 ms, search page 55 -> 40 ms). Qt reads this
    # variable when it first paints.
    os.environ.setdefault("QT_NO_GUI_THREADPOOL", "1")


class KioskLock(QObject):
    """Swallows the window-close paths a visitor could find (Alt+F4,
    Ctrl+Q, Ctrl+W, the close event) and hides the cursor after touch input."""

    # Escape is let through: on the locked kiosk it is a keypad's Back key
    # (``Keypad``), and a locked window does not close on it.
    BLOCKED = {
        QKeySequence(Qt.Modifier.ALT | Qt.Key.Key_F4),
        QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_Q),
        QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_W),
        QKeySequence(Qt.Modifier.ALT | Qt.Key.Key_Tab),
        QKeySequence(Qt.Modifier.META | Qt.Key.Key_D),
    }

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._cursor_hidden = False

    def eventFilter(self, watched, event):  # noqa: N802 - Qt override
        kind = event.type()
        if kind == QEvent.Type.Close:
            event.ignore()
            return True
        if kind in (QEvent.Type.KeyPress, QEvent.Type.ShortcutOverride):
            combo = QKeySequence(event.keyCombination())
            if combo in self.BLOCKED or event.key() in (Qt.Key.Key_F4,) and event.modifiers() & Qt.KeyboardModifier.AltModifier:
                event.accept()
                return True
        if kind == QEvent.Type.TouchBegin and not self._cursor_hidden:
            QGuiApplication.setOverrideCursor(Qt.CursorShape.BlankCursor)
            self._cursor_hidden = True
        elif kind == QEvent.Type.MouseMove and self._cursor_hidden:
            if event.source() == Qt.MouseEventSource.MouseEventNotSynthesized:
                QGuiApplication.restoreOverrideCursor()
                self._cursor_hidden = False
        if kind == QEvent.Type.ContextMenu:
            return True
        return False


class EscapeCloses(QObject):
    """In a normal window, Escape closes the kiosk, as anyone trying it on a PC expects."""

    def eventFilter(self, watched, event):  # noqa: N802 - Qt override
        if (
            event.type() == QEvent.Type.KeyPress
            and event.key() == Qt.Key.Key_Escape
            and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        ):
            watched.close()
            return True
        return False


def drop_source_lines() -> None:
    """Forget the source lines Python keeps once it has read them (a logged
    traceback or warning reads its files into ``linecache`` and keeps them
    for the life of the process). PySide6's import hook no longer fills it
    (``kiosk.pyside_feature``); a traceback reads the lines again when
    it needs them."""
    import linecache

    linecache.clearcache()


class KioskUi(QObject):
    """One visitor kiosk: bridge objects, QML engine and window over a database."""

    failed = Signal(str)
    firstFrame = Signal()

    def __init__(
        self,
        db: Database,
        *,
        language: str | None = None,
        trans_scale: float = 1.0,
        idle_timeout_ms: int = 90_000,
        countdown_ms: int = 20_000,
        size: tuple[int, int] = (1920, 1080),
        physical_dpi: float | None = None,
        start_active: bool = True,
        recover_on_error: bool = True,
        default_language: str | None = None,
        enabled_languages: list[str] | None = None,
        screen_layout: str = "auto",
        media_dir: Path | None = None,
        recorder=None,
        speech: SpeechService | None = None,
    ):
        super().__init__()
        self.db = db
        self.warnings: list[str] = []
        self.first_frame_at: float | None = None
        self._closed, self._recover_on_error, self._last_recovery = False, recover_on_error, 0.0
        self.catalogue = Catalogue(db.engine)
        meta = self.catalogue.content_info()
        default_language = default_language or meta.get("default_language", "zh-Hans")
        self.engine = QQmlApplicationEngine()
        self.app_state = App(
            engine=self.engine,
            language=language or default_language,
            default_language=default_language,
            enabled_languages=enabled_languages,
            physical_dpi=physical_dpi,
            trans_scale=trans_scale,
            media_dir=media_dir if media_dir is not None else paths.media_dir(db.data_dir),
        )
        self.content = Content(self.catalogue, SearchService(db.engine), self.app_state)
        self.idle = Idle(idle_timeout_ms, countdown_ms)
        self.staff = Staff(db, media_dir=media_dir)
        self.staff.attach_language(self.app_state)
        self.staff.contentChanged.connect(self._on_content_changed)
        self.staff.settingsChanged.connect(self.apply_settings)
        self.staff.quitRequested.connect(self._quit)
        self.idle.sessionEnded.connect(self.tidy_memory)
        self._make_access(speech)
        # The visitor statistics (``kiosk.stats.recorder.Recorder``), or None: the tour, the preview,
        # the benchmark and most tests record nothing.
        self.visits: VisitTracker | None = None
        if recorder is not None:
            self.visits = VisitTracker(recorder, self.app_state, self.idle, self.staff, self.content, self)
            self.access.modeTurnedOn.connect(self.visits.accessibility_on)
        singletons = dict(App=self.app_state, Content=self.content, Idle=self.idle, Staff=self.staff, Access=self.access)
        provide(self.engine, Speech=self.speech_bridge, **singletons)
        self.content.failed.connect(self._on_failure)
        self.app_state.languageChanged.connect(self._on_language)
        self._on_language()

        self.engine.addImageProvider("qr", QrImageProvider())
        art_images.install(self, media_dir if media_dir is not None else paths.media_dir(db.data_dir))
        self.engine.addImportPath(str(paths.QML_DIR))
        self.engine.warnings.connect(self._on_warnings)
        self.engine.loadFromModule("Kiosk", "Main")
        roots = self.engine.rootObjects()
        if not roots:
            raise RuntimeError("the kiosk's QML did not load: " + "; ".join(self.warnings))
        self.window: QQuickWindow = roots[0]
        if screen_layout != "auto":
            theme = self.engine.singletonInstance("Kiosk", "Theme")
            theme.setProperty("forcedLayout", screen_layout)
        self.window.resize(*size)
        self._watch_input()
        if self.visits is not None:
            self.visits.watch(self.window, self.stack)
        self.speech_bridge.attach(self.window, self.stack)
        self.window.frameSwapped.connect(self._on_frame)
        self._apply_access_settings(Settings(db.engine).all())
        if start_active:
            self.idle.wake()

    def _make_access(self, speech: SpeechService | None) -> None:
        """The visitor's accessibility choices and read aloud (``self.access``,
        ``self.speech``: *speech*, or one with the default rate and volume).
        The choices last for one visitor (the attract loop resets them), and a
        visitor listening to the kiosk gets longer between touches."""
        # Read aloud: the engine loads on its own thread when first wanted.
        self.speech = speech if speech is not None else speech_service(self.db.data_dir)
        self.access = Access(default_volume=self.speech.volume)
        self.idle.sessionEnded.connect(self.access.reset)
        self.access.changed.connect(self._follow_read_aloud)
        self.speech_bridge = Speech(self.speech, self.access, self.app_state, self.idle)

    @Slot()
    def _follow_read_aloud(self) -> None:
        # A method, not a lambda holding the kiosk: a connection keeps what it
        # calls alive, and a closed kiosk must be free to go (tests, the tour and
        # the staff console's preview make many in one process).
        self.idle.set_slow(self.access.property("readAloud"))

    def _watch_input(self) -> None:
        """The keypad first, then the idle clock: filters installed later see
        events first, so a key on the attract loop only wakes the kiosk."""
        self.keypad = Keypad(self.window, partial(find_child, self.window, "pageStack"), self)
        self.window.installEventFilter(self.keypad)
        self.window.installEventFilter(self.idle)

    # -- lifecycle -----------------------------------------------------------------
    def show(self, fullscreen: bool, *, leave_on_escape: bool = False) -> None:
        """Show the window: locked full screen (the installed kiosk), or a
        normal window, which Escape closes too when *leave_on_escape*."""
        self._apply_attract_media()  # checked as the kiosk appears, not while it starts
        if fullscreen:
            self.lock = KioskLock(self)
            self.window.setFlags(
                Qt.WindowType.Window | Qt.WindowType.FramelessWindowHint | Qt.WindowType.WindowStaysOnTopHint
            )
            self.window.installEventFilter(self.lock)
            QGuiApplication.instance().installEventFilter(self.lock)
            self.window.showFullScreen()
        else:
            if leave_on_escape:
                self.escape = EscapeCloses(self)
                self.window.installEventFilter(self.escape)
            self.window.show()

    def close(self) -> None:
        """Tear down the window and engine (tests, tour); a visitor session still running ends.
        Closing twice does nothing more."""
        if self._closed:
            return
        self._closed = True
        self.idle.stop()
        if self.visits is not None:
            self.visits.close()
        self.speech.close()
        self.art.stop()
        self.app_state.release()
        self.window.hide()
        self.engine.deleteLater()

    def keep_startup_out_of_gc(self, delay_ms: int = 3000) -> None:
        """Once start-up is over (first frame, section lists made), move every
        object alive then out of the garbage collector's sight: they live as
        long as the kiosk, and a full collection over them paused the screen
        for 15-55 ms now and then. For the long-running kiosk process only."""

        def freeze() -> None:
            import gc

            drop_source_lines()
            gc.collect()
            gc.freeze()
            log.info("start-up objects kept out of garbage collection: %d", gc.get_freeze_count())

        def arm() -> None:
            QTimer.singleShot(delay_ms, freeze)

        if self.first_frame_at is not None:
            arm()
        else:
            self.firstFrame.connect(arm, Qt.ConnectionType.SingleShotConnection)

    @Slot()
    def tidy_memory(self) -> None:
        """Between visitors: collect Python's and the QML engine's garbage and
        hand freed heap pages back to the system, so weeks of visitors do
        not add up (a few milliseconds, while nobody is at the screen)."""
        import gc

        drop_source_lines()
        gc.collect()
        self.engine.collectGarbage()
        release_free_heap()

    @Slot()
    def refresh_content(self) -> None:
        """New content arrived from outside the staff menu (the pack source's updater): show it."""
        self._on_content_changed()

    @Slot()
    def _on_content_changed(self) -> None:
        """New content (a pack, a restore): every page re-reads; the stack starts at
        Home; the attract loop takes the media a pack may have brought."""
        self.app_state.bump(content=True)
        self._apply_attract_media()
        self.window.metaObject().invokeMethod(self.window, "recover")

    def _apply_attract_media(self) -> None:
        """The attract loop's staff images from the settings (a damaged settings table keeps the designed loop)."""
        from kiosk.content.change.settings import Settings

        try:
            settings = Settings(self.db.engine)
            self.app_state.set_attract_media(settings.get("attract.media"), settings.get("attract.sound"))
        except Exception:  # the loop must run whatever the settings table holds
            log.exception("attract.media cannot be read; the designed loop plays")

    @Slot()
    def apply_settings(self) -> None:
        """Apply the kiosk settings now (after the staff menu changed them)."""
        values = Settings(self.db.engine).all()
        self.idle.setProperty("timeoutMs", int(values["idle_timeout_s"] * 1000))
        self.app_state.configure_languages(values["default_language"], values["enabled_languages"])
        self.app_state.set_physical_dpi(values["physical_dpi"])
        theme = self.engine.singletonInstance("Kiosk", "Theme")
        theme.setProperty("forcedLayout", "" if values["screen_layout"] == "auto" else values["screen_layout"])
        if self.visits is not None:
            self.visits.set_record_search_terms(values["stats.record_search_terms"])
        self.speech.set_rate(values["speech.rate"])
        self.app_state.set_attract_media(values["attract.media"], values["attract.sound"])
        self._apply_access_settings(values)

    def _apply_access_settings(self, values: dict) -> None:
        """What the accessibility panel offers, the volume each visitor starts
        with, the longer timeout for speech and keys, and where the screen hangs."""
        self.access.set_offered(values["access.offered"])
        self.access.set_default_volume(values["speech.volume"])
        if not self.access.property("anyOn"):
            self.access.reset()  # a new default volume applies to the visitor at the screen too
        self.idle.set_multiplier(values["access.idle_multiplier"])
        self.access.set_screen(values["screen.bottom_mm"], values["screen.height_mm"])

    @Slot(int)
    def _quit(self, code: int) -> None:
        app = QGuiApplication.instance()
        if app is not None:
            app.exit(code)

    @Slot()
    def _on_frame(self) -> None:
        if self.first_frame_at is None:
            self.first_frame_at = time.perf_counter()
            self.firstFrame.emit()

    @Slot()
    def _on_language(self) -> None:
        app = QGuiApplication.instance()
        if app is not None:
            fonts.set_language_features(app, self.app_state.language)

    @Slot('QList<QQmlError>')
    def _on_warnings(self, errors) -> None:
        for error in errors:
            text = error.toString()
            self.warnings.append(text)
            log.error("QML: %s", text)
        if self._recover_on_error and getattr(self, "window", None) is not None:
            self.failed.emit("; ".join(e.toString() for e in errors))
            QTimer.singleShot(0, lambda: self.recover("qml_error"))

    @Slot(str)
    def _on_failure(self, message: str) -> None:
        self.failed.emit(message)
        if self._recover_on_error:
            QTimer.singleShot(0, lambda: self.recover("page_failed"))

    def recover(self, reason: str = "exception") -> None:
        """Back to Home after a failure, with a fresh page stack; *reason* (a short code) goes to the statistics.

        At most once a second: if Home itself cannot be shown, the kiosk
        stays on its (empty) Home instead of looping."""
        now = time.monotonic()
        if now - self._last_recovery < 1.0:
            return
        self._last_recovery = now
        log.warning("recovering: back to Home")
        if self.visits is not None:
            self.visits.error_home(reason)
        self.window.metaObject().invokeMethod(self.window, "recover")

    # -- helpers for tests, the tour and the benchmark -----------------------------
    @property
    def stack(self) -> QQuickItem:
        """The page stack (a StackView)."""
        return find_child(self.window, "pageStack")

    @property
    def current_page(self) -> str:
        """The name of the page on top of the stack (``home``, ``list-cluster`` ...)."""
        return self.window.property("currentPage") or ""

    def items(self, object_name: str | None = None) -> list[QQuickItem]:
        """Every visible item in the scene (visual tree), optionally by object name."""
        found: list[QQuickItem] = []
        pending = [self.window.contentItem()]
        while pending:
            item = pending.pop()
            if not item.isVisible():
                continue
            if object_name is None or item.objectName() == object_name:
                found.append(item)
            # Pre-order: screen order.
            pending.extend(reversed(child_items(item)))
        return found

    def find(self, object_name: str) -> QQuickItem | None:
        """The visible item called *object_name*, preferring the current page's."""
        found = self.items(object_name)
        if not found:
            return None
        current = self.stack.property("currentItem")
        for item in found:
            parent = item
            while parent is not None:
                if parent is current:
                    return item
                parent = parent.parentItem()
        return found[0]

    def call(self, method: str, *args) -> None:
        """Invoke a navigation function of the window (``openSection``, ``goHome`` ...)."""
        from PySide6.QtCore import Q_ARG, QMetaObject

        typed = [Q_ARG("QString", a) if isinstance(a, str) else Q_ARG("QVariant", a) for a in args]
        QMetaObject.invokeMethod(self.window, method, *typed)


def speech_service(data_dir: Path, rate: float = 0.0, volume: float = 0.8) -> SpeechService:
    """Read aloud for a kiosk on *data_dir* (it writes the voices it finds
    to ``run/speech-voices.json`` there, for the diagnostics)."""
    return SpeechService(rate=rate, volume=volume, voices_file=run_dir(data_dir) / "speech-voices.json")


def parse_size(text: str | None) -> tuple[int, int]:
    """'1920x1080' → (1920, 1080); a clear error otherwise."""
    if not text:
        return LAYOUTS["landscape"]
    if text in LAYOUTS:
        return LAYOUTS[text]
    try:
        w, h = (int(v) for v in text.lower().split("x"))
    except ValueError:
        raise SystemExit(f"kiosk: --windowed takes WIDTHxHEIGHT (e.g. 1920x1080) or landscape/portrait/small, not {text!r}") from None
    if w < 320 or h < 320:
        raise SystemExit(f"kiosk: window size {w}x{h} is too small (at least 320x320)")
    return w, h


def fit_window(size: tuple[int, int], available: tuple[int, int]) -> tuple[int, int]:
    """*size* scaled down, same shape, to fit *available* (a screen's free
    area); unchanged when it fits."""
    width, height = size
    scale = min(1.0, available[0] / width, available[1] / height)
    return max(320, int(width * scale)), max(320, int(height * scale))


def default_window_size() -> tuple[int, int]:
    """A normal window's size when none is asked for: 1920x1080, or less, to
    fit the screen with its title bar (a laptop's screen is often smaller)."""
    screen = QGuiApplication.primaryScreen()
    if screen is None:
        return LAYOUTS["landscape"]
    free = screen.availableGeometry()
    return fit_window(LAYOUTS["landscape"], (free.width(), free.height() - TITLE_BAR_ALLOWANCE))


def choose_window(locked: bool, requested: tuple[int, int] | None, locked_setting: bool) -> tuple[bool, tuple[int, int]]:
    """Locked full screen or a normal window, and its size: ``--locked``
    locks, ``--windowed`` (*requested*) gives a window whatever the setting,
    and without either the setting ``kiosk.locked`` decides."""
    locked = locked or (requested is None and locked_setting)
    size = requested or (LAYOUTS["landscape"] if locked else default_window_size())
    log.info("%s", "locked full screen" if locked else f"a {size[0]}x{size[1]} window that Escape closes")
    return locked, size


def make_application(argv: list[str] | None = None) -> QGuiApplication:
    """The Qt application for the visitor kiosk: the shared start-up, with
    the kiosk's environment (the in-scene virtual keyboard) set first."""
    prepare_environment()
    app, _family = start_application(QGuiApplication, argv)
    return app


def run_kiosk(args) -> int:
    """``kiosk run``: open the database (creating or upgrading it), show the kiosk.

    Settings (idle timeout, languages, screen layout, DPI, locked) come from
    the database; ``--lang``, ``--idle-timeout``, ``--locked`` and
    ``--windowed`` override them for this run.  The GUI thread writes a
    heartbeat for the watchdog every few seconds.  With a pack source set
    (``fleet.source``) the updater polls it on worker threads and applies
    new content while the attract loop shows.
    """
    from kiosk.content.database import open_database
    from kiosk.content.change.prepare import prepare
    from kiosk.runtime import HEARTBEAT_INTERVAL, heartbeat_path
    from kiosk.runtime.heartbeat import Heartbeat
    from kiosk.runtime.logs import setup_logging
    from kiosk.ui.fleet_poll import FleetPoller

    problem = display_problem("the kiosk")
    if problem:
        print(f"kiosk: {problem}", file=sys.stderr)
        return 2
    if args.locked and args.windowed:
        print("kiosk: --locked runs full screen and --windowed in a window: give one of them", file=sys.stderr)
        return 2
    requested = parse_size(args.windowed) if args.windowed else None
    db = open_database(args.database, args.data_dir)
    setup_logging(db.data_dir, "kiosk")
    log.info("starting %s %s on %s", APP_NAME, __version__, db.url)
    report = prepare(db)
    if report.backup:
        log.info("database upgraded from %s; backup %s", report.from_revision, report.backup)
    settings = Settings(db.engine).all()
    route_qt_messages()
    app = make_application()
    locked, size = choose_window(args.locked, requested, settings["kiosk.locked"])
    idle_s = args.idle_timeout if args.idle_timeout else settings["idle_timeout_s"]
    recorder = start_recorder(db)
    ui = KioskUi(
        db,
        language=args.lang,
        default_language=settings["default_language"],
        enabled_languages=settings["enabled_languages"],
        physical_dpi=settings["physical_dpi"],
        screen_layout=settings["screen_layout"],
        idle_timeout_ms=int(idle_s * 1000),
        size=size,
        start_active=False,
        recorder=recorder,
        speech=speech_service(db.data_dir, settings["speech.rate"], settings["speech.volume"]),
    )
    ui.idle.sleep()
    ui.keep_startup_out_of_gc()

    def excepthook(exc_type, exc, tb):
        log.error("unhandled exception", exc_info=(exc_type, exc, tb))
        QTimer.singleShot(0, ui.recover)

    sys.excepthook = excepthook
    heartbeat = Heartbeat(heartbeat_path(db.data_dir))
    beat = QTimer()
    beat.setInterval(int(HEARTBEAT_INTERVAL * 1000))
    beat.timeout.connect(heartbeat.beat)
    beat.start()
    heartbeat.beat()
    fleet = FleetPoller(db, ui.idle)
    fleet.applied.connect(ui.refresh_content)
    fleet.start()
    ui.show(fullscreen=locked, leave_on_escape=not locked)
    code = app.exec()
    ui.speech.close()
    fleet.stop()
    beat.stop()
    heartbeat.clear()
    if ui.visits is not None:
        ui.visits.close()
    if recorder is not None:
        recorder.close()
    db.close()
    return code
