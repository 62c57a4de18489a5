"""What every ``kiosk bench`` child shares: the kiosk it measures, its
memory and CPU readings, and the lines it prints for the parent.

``Kiosk`` starts the real program as ``kiosk run`` does (``KioskUi``
offscreen, driven through ``kiosk.ui.driver.Driver``); ``emit`` prints the
one ``BENCH {json}`` line of a measure, ``progress`` the running records a
long measure leaves in case it crashes.
"""

from __future__ import annotations

import ctypes
import gc
import logging
import os
import sys
import time
from collections.abc import Callable
from typing import Any

from kiosk.bench.wire import emit, memory, progress  # noqa: F401 - the measures import them from here

#: Qt's own messages that say nothing about the kiosk (same list as tests/qt/conftest.py).
IGNORED_CATEGORIES = ("qt.multimedia", "qt.qml.propertyCache.append", "qt.virtualkeyboard")
BAR_BUTTONS = ("homeButton", "backButton", "searchButton", "aboutButton")
SCRIPT_OF = {"zh-Hans": "zh", "ru": "ru", "en": "latin"}
SECTION_KINDS = ("cluster", "manufacturer", "base", "platform", "initiative", "industry")
#: Pages Home opens through a link of their own: (the link's object name, the page it opens).
HOME_LINKS = (("systemLink", "system"),)
LANGS = ("zh-Hans", "ru", "en")
#: How long a timed tap's finger rests at most before it lifts: until the
#: pressed state is drawn (see ``Kiosk.timed_tap``).
PRESS_FRAME_WAIT_S = 0.1
#: Words typed one keystroke at a time in the UI search measure, per script.
UI_QUERIES = {
    # The fourth word of each script is found only by what a visitor means:
    # pinyin (shuzihua: 数字化), a typo (кластре), a partial Chinese word (冷藏柜).
    "zh": ("冷藏箱", "海产品", "钢结构", "冷藏柜"),
    "ru": ("кластер", "ёмкост", "сталь", "кластре"),
    "latin": ("steel", "qingdao", "marine", "shuzihua"),
}
#: Queries timed at the service level, per script and length (1, 2, 3+ characters);
#: besides plain words: pinyin (sz, shuzihua), typos (qingdoa, кластре), word forms
#: (кластеры), several words (smart line), partial Chinese words (冷藏柜, 数字转型).
SERVICE_QUERIES = {
    "zh": {"1": ("海", "冷", "钢"), "2": ("海产", "冷藏", "集群"),
           "3+": ("冷藏箱", "钢结构", "智能家电", "上合示范区", "冷藏柜", "数字转型")},
    "ru": {"1": ("к", "с", "ё"), "2": ("кл", "ст", "ём"),
           "3+": ("кластер", "сталь", "ёмкостей", "циндао", "кластеры", "кластре")},
    "latin": {"1": ("s", "q", "m"), "2": ("st", "qi", "ma", "sz"),
              "3+": ("steel", "qingdao", "marine", "synthetic", "qingdoa", "shuzihua", "smart line")},
}


# -- process facts ---------------------------------------------------------------------
def _mapping_kind(name: str) -> str:
    """What a /proc/self/smaps mapping named *name* holds (``memory_breakdown``'s keys)."""
    if name in ("", "[heap]"):
        return "heap"  # malloc's heaps, Python's object arenas, the QML engine's JavaScript heap
    if name.startswith("["):
        return "other"
    base = os.path.basename(name)
    if ".so" in base:
        if "Qt6" in base or "/PySide6/" in name or "/shiboken6/" in name or base.startswith("libqt"):
            return "qt_pyside_code"
        return "python_code" if "python" in base or ".cpython-" in base else "other_code"
    if base.endswith((".otf", ".ttf", ".ttc")):
        return "fonts"
    return "other_files"  # QML caches, the database, translations


def memory_breakdown(ui=None) -> dict[str, Any]:
    """Where resident memory is (MB), from /proc/self/smaps: the heaps
    (malloc, Python, JavaScript), Qt's and Python's code, fonts and other
    files; what malloc holds (in use, freed but kept, in pages of its own);
    the threads; and with *ui*, the pictures decoded for Image items
    anywhere in the scene (shown or not). Empty off Linux."""
    from kiosk.runtime.heap import heap_figures

    kinds: dict[str, float] = {}
    try:
        with open("/proc/self/smaps", encoding="utf-8", errors="replace") as f:
            kind = "other"
            for line in f:
                if line[0] in "0123456789abcdef" and "-" in line.split(" ", 1)[0]:
                    parts = line.split(None, 5)
                    kind = _mapping_kind(parts[5].strip() if len(parts) > 5 else "")
                elif line.startswith("Rss:"):
                    kinds[kind] = kinds.get(kind, 0.0) + int(line.split()[1]) / 1024
        with open("/proc/self/status", encoding="ascii") as f:
            threads = next((int(line.split()[1]) for line in f if line.startswith("Threads:")), None)
    except OSError:
        return {}
    out: dict[str, Any] = {"rss_mb": {k: round(v, 1) for k, v in sorted(kinds.items(), key=lambda kv: -kv[1])},
                           "malloc_mb": {k: round(v, 1) for k, v in (heap_figures() or {}).items()},
                           "threads": threads}
    if ui is not None:
        out["pictures"] = decoded_pictures(ui)
    return out


def decoded_pictures(ui) -> dict[str, float]:
    """Image items holding a decoded picture anywhere in the window (kept
    pages included), and the megabytes those pictures take (4 bytes a pixel)."""
    from kiosk.ui.item_tree import child_items

    count, pixels = 0, 0
    pending = [ui.window.contentItem()]
    while pending:
        item = pending.pop()
        pending.extend(child_items(item))
        # inherits(): an Image declared as a QML component (the attract loop's
        # Backdrop) has a class name of its own.
        if item.inherits("QQuickImage") and item.property("progress") == 1.0:
            url = item.property("source")
            size = item.property("sourceSize")
            if url is not None and url.toString() and size is not None and size.width() > 0:
                count += 1
                pixels += size.width() * size.height()
    return {"images": count, "mb": round(pixels * 4 / 1024 / 1024, 1)}


#: Modules a kiosk in service does not load while visitors browse; the
#: memory measure says which of them its process holds (ideally none).
NOT_IN_SERVICE = ("PySide6.QtTest", "PySide6.QtWidgets", "sqlalchemy.orm", "alembic", "pydantic", "openpyxl")


def modules_not_in_service() -> list[str]:
    """Which of NOT_IN_SERVICE this process has loaded."""
    return [name for name in NOT_IN_SERVICE if name in sys.modules]


def cpu_seconds() -> float:
    """CPU time of the whole process (every thread), user plus system."""
    return time.process_time()


class NoneGuard:
    """Keeps ``None`` alive under PySide6 6.12 on Python 3.11.

    There, every call of a Qt method that returns nothing (``setFont``,
    ``processEvents``, ``QTimer.singleShot``, a touch event's ``commit`` ...)
    drops one reference to ``None`` that it never took; after some tens of
    thousands ``None`` is freed and Python aborts ("none_dealloc").  The
    kiosk's own language switch does it, and the driver's touch events and
    waits do it several times per tap, so a soak would end in that abort
    long before its last tap.  The guard gives the references back when
    they fall low and counts them, so the figure is reported, not hidden.
    (``kiosk.gui.refcount`` now guards ``None`` in the kiosk itself; then this
    one never has to act.  ``True`` and ``False`` are not guarded here: a
    crash on them is the kiosk's own and is reported as a crash.)
    """

    def __init__(self) -> None:
        self.start = sys.getrefcount(None)
        self.added = 0

    def check(self) -> None:
        now = sys.getrefcount(None)
        if now < self.start - 1000:
            missing = self.start - now
            incref = ctypes.pythonapi.Py_IncRef
            incref.argtypes = [ctypes.py_object]
            for _ in range(missing):
                incref(None)
            self.added += missing

    @property
    def lost(self) -> int:
        """References to None dropped since the start (given back or not)."""
        return self.added + self.start - sys.getrefcount(None)


class QtWarnings(logging.Handler):
    """Counts Qt's warnings (via the kiosk's routing of Qt messages to the ``qt`` logger)."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        category = str(record.args[0]) if isinstance(record.args, tuple) and record.args else ""
        if category.startswith(IGNORED_CATEGORIES):
            return
        self.messages.append(record.getMessage()[:300])


# -- the kiosk under test ----------------------------------------------------------------
class Kiosk:
    """One KioskUi on the benchmark database, with a frame watch and a warning count."""

    def __init__(self, args, *, animations: bool = True, language: str | None = None,
                 idle_timeout_ms: int = 3_600_000, start_active: bool = True, pointer: str = "touch"):
        from kiosk.content.database import open_database
        from kiosk.content.change.prepare import prepare
        from kiosk.content.change.settings import Settings
        from kiosk.gui.application import route_qt_messages
        from kiosk.ui.app import KioskUi, make_application
        from kiosk.ui.driver import Driver

        self.none_guard = NoneGuard()
        self.qt_warnings = QtWarnings()
        qt_log = logging.getLogger("qt")
        qt_log.addHandler(self.qt_warnings)
        qt_log.propagate = False
        qt_log.setLevel(logging.WARNING)
        self.db = open_database(args.database, args.data_dir)
        prepare(self.db)
        settings = Settings(self.db.engine).all()
        route_qt_messages()
        self.app = make_application()
        self.ui = KioskUi(
            self.db,
            language=language,
            default_language=settings["default_language"],
            enabled_languages=settings["enabled_languages"],
            physical_dpi=settings["physical_dpi"],
            screen_layout=settings["screen_layout"],
            idle_timeout_ms=idle_timeout_ms,
            size=(1920, 1080),
            start_active=start_active,
        )
        self.ui.keep_startup_out_of_gc()  # as `kiosk run` does
        self.ui.show(fullscreen=False)
        self.drive = Driver(self.ui, pointer)
        self.frames = 0
        self._check: Callable[[], bool] | None = None
        self.hit: float | None = None
        self.ui.window.frameSwapped.connect(self._on_frame)
        self.drive.wait_until(lambda: self.ui.first_frame_at is not None, 20_000)
        self.drive.set_animations(animations)
        self.drive.settle()
        # Measures start once start-up is over, as a visitor would find it
        # (section lists and keyboard made, start-up objects out of the
        # collector's sight, the pictures' warm-up done).
        self.drive.wait_until(lambda: gc.get_freeze_count() > 0, 20_000)
        # The benchmark's data folder starts with no picture cache, so the
        # warm-up draws some 460 pictures for 6-7 s after the first frame,
        # 2-3 s into the measures, a kiosk in service keeps that cache
        # across restarts and draws them only after a content change. Page
        # switches measured over it were the slowest two of 21 (the p95):
        # a tap to a record page 55-92 ms then, 25-40 ms after it.
        started = time.perf_counter()
        self.drive.wait_until(lambda: self.ui.art.warmed.is_set(), 60_000)
        #: Seconds waited for the pictures' warm-up (kept with the figures).
        self.pictures_warm_wait_s = round(time.perf_counter() - started, 2)
        self._access_on(getattr(args, "access", None))

    def _access_on(self, text: str | None) -> None:
        """``--access`` modes on, as a visitor turns them on in the panel (``kiosk bench --access``)."""
        from kiosk.bench.access import parse_modes, turn_on

        modes = parse_modes(text)
        if modes:
            turn_on(self.ui, modes)
            self.drive.settle()

    def _on_frame(self) -> None:
        self.frames += 1
        if self._check is not None and self.hit is None and self._check():
            self.hit = time.perf_counter()

    def pump(self, until: Callable[[], bool], timeout_s: float = 5.0) -> bool:
        """Run the event loop (really wait in it, not spin) until *until()* or the timeout."""
        deadline = time.perf_counter() + timeout_s
        while not until():
            if time.perf_counter() > deadline:
                return False
            self.drive.wait(2)
            self.none_guard.check()
        return True

    def timed_tap(self, point, shows: Callable[[], bool], timeout_s: float = 5.0) -> tuple[float | None, float | None]:
        """Tap at *point*; seconds from the finger lifting to the first frame
        swapped while *shows()* holds, and to the end of the page transition
        (None when it never came).

        A tap opens a page when the finger lifts. Before that the finger
        rests on the glass while the kiosk draws the pressed state (a
        visitor's tap lasts 50-150 ms); the clock starts at the lift, once
        that frame is drawn (at most 100 ms after the press)."""
        frames = self.frames
        self.drive.press_at(point)
        self.pump(lambda: self.frames > frames, PRESS_FRAME_WAIT_S)
        self._check = shows
        self.hit = None
        start = time.perf_counter()
        self.drive.release_at(point)
        got = self.pump(lambda: self.hit is not None, timeout_s)
        first = (self.hit - start) if got and self.hit is not None else None
        self._check = None
        stack = self.ui.stack
        self.pump(lambda: not stack.property("busy"), timeout_s)
        settled = time.perf_counter() - start
        return first, settled

    def point(self, object_name: str):
        """Where to tap *object_name* (scrolled into view first; not timed)."""
        return self.drive.centre(self.drive.reveal(self.drive.item(object_name)))

    def visible_cards(self) -> list[str]:
        """Object names of the record cards whose centre is on screen inside the list, in screen order."""
        grid = self.ui.find("recordGrid")
        if grid is None:
            return []
        top = grid.mapToScene(grid.boundingRect().topLeft()).y()
        bottom = top + grid.height()
        found = []
        for item in self.ui.items():
            name = item.objectName()
            if name.startswith("card-"):
                c = self.drive.centre(item)
                if top <= c.y() <= bottom:
                    found.append((c.y(), c.x(), name))
        return [name for _y, _x, name in sorted(found)]

    def warnings(self) -> list[str]:
        return list(self.ui.warnings) + list(self.qt_warnings.messages)

    def close(self) -> None:
        self.ui.close()
        self.db.close()


# -- measures ----------------------------------------------------------------------------
