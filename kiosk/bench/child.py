"""The measuring side of ``kiosk bench``: one measure per child process.

``kiosk --data-dir DIR --database URL bench-child MEASURE [options]`` runs
one measure on the throwaway benchmark database and prints ONE line
``BENCH {json}`` with its raw figures (samples, not statistics); the parent
(``kiosk.bench.runner``) aggregates them.  Each child runs the real program:
``KioskUi`` offscreen with Qt Quick's software renderer, driven by touch
events through ``kiosk.ui.driver.Driver``, exactly as the tests and the
tour drive it.

Nothing here imports Qt directly (only the faces and ``kiosk.gui`` do,
see the architecture test); frames are watched through the window's
``frameSwapped`` signal and Qt's messages through the kiosk's own
message routing into the ``qt`` logger.
"""

from __future__ import annotations

import ctypes
import gc
import json
import logging
import os
import sys
import time
from collections.abc import Callable
from typing import Any

from kiosk.bench.report import BENCH_PREFIX, PROGRESS_PREFIX

#: Qt's own messages that say nothing about the kiosk (same list as tests/qt/conftest.py).
IGNORED_CATEGORIES = ("qt.multimedia", "qt.qml.propertyCache.append", "qt.virtualkeyboard")
BAR_BUTTONS = ("homeButton", "backButton", "searchButton", "aboutButton")
SCRIPT_OF = {"zh-Hans": "zh", "ru": "ru", "en": "latin"}
SECTION_KINDS = ("cluster", "manufacturer", "base", "platform", "initiative", "industry")
LANGS = ("zh-Hans", "ru", "en")
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
def memory() -> dict[str, float | None]:
    """Resident memory now and at its peak (MB), from /proc (None off Linux)."""
    out: dict[str, float | None] = {"rss_mb": None, "hwm_mb": None}
    try:
        with open("/proc/self/status", encoding="ascii") as f:
            for line in f:
                if line.startswith("VmRSS:"):
                    out["rss_mb"] = int(line.split()[1]) / 1024
                elif line.startswith("VmHWM:"):
                    out["hwm_mb"] = int(line.split()[1]) / 1024
    except OSError:
        pass
    return out


def cpu_seconds() -> float:
    """CPU time of the whole process (every thread), user plus system."""
    return time.process_time()


def emit(measure: str, **figures: Any) -> None:
    """Print the one result line the parent reads."""
    payload = {"measure": measure, "pid": os.getpid(), **figures}
    sys.stdout.write(BENCH_PREFIX + json.dumps(payload, ensure_ascii=False, separators=(",", ":")) + "\n")
    sys.stdout.flush()


def progress(**figures: Any) -> None:
    """A running record (``PROGRESS {json}``) for a long measure; the parent reads the last one after a crash."""
    sys.stdout.write(PROGRESS_PREFIX + json.dumps(figures, separators=(",", ":")) + "\n")
    sys.stdout.flush()


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
                 idle_timeout_ms: int = 3_600_000, start_active: bool = True):
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
        settings = Settings(self.db.sessions).all()
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
        self.drive = Driver(self.ui)
        self.frames = 0
        self._check: Callable[[], bool] | None = None
        self.hit: float | None = None
        self.ui.window.frameSwapped.connect(self._on_frame)
        self.drive.wait_until(lambda: self.ui.first_frame_at is not None, 20_000)
        self.drive.set_animations(animations)
        self.drive.settle()
        # Measures start once start-up is over, as a visitor would find it
        # (section lists and keyboard made, start-up objects out of the
        # collector's sight).
        self.drive.wait_until(lambda: gc.get_freeze_count() > 0, 20_000)

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
        """Tap at *point*; seconds to the first frame swapped while *shows()* holds,
        and to the end of the page transition (None when it never came)."""
        self._check = shows
        self.hit = None
        start = time.perf_counter()
        self.drive.tap_at(point)
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
def measure_cold_start(args) -> int:
    """Start the kiosk as ``kiosk run`` does; print at the first frame of Home and exit."""
    t_main = time.perf_counter()
    from kiosk.content.database import open_database
    from kiosk.content.change.prepare import prepare
    from kiosk.content.change.settings import Settings
    from kiosk.runtime.logs import setup_logging
    from kiosk.gui.application import route_qt_messages
    from kiosk.ui.app import KioskUi, make_application

    t_imports = time.perf_counter()
    db = open_database(args.database, args.data_dir)
    setup_logging(db.data_dir, "kiosk")
    prepare(db)
    settings = Settings(db.sessions).all()
    t_db = time.perf_counter()
    route_qt_messages()
    app = make_application()
    t_app = time.perf_counter()
    ui = KioskUi(
        db,
        default_language=settings["default_language"],
        enabled_languages=settings["enabled_languages"],
        physical_dpi=settings["physical_dpi"],
        screen_layout=settings["screen_layout"],
        idle_timeout_ms=int(settings["idle_timeout_s"] * 1000),
        size=(1920, 1080),
        start_active=True,
    )
    t_ui = time.perf_counter()

    def first_frame() -> None:
        now = time.perf_counter()
        emit(
            "cold-start",
            page=ui.current_page,
            main_to_frame_s=now - t_main,
            phases_s={
                "imports": t_imports - t_main,
                "database": t_db - t_imports,
                "qt_application": t_app - t_db,
                "qml_and_home": t_ui - t_app,
                "show_to_first_frame": now - t_ui,
            },
            **memory(),
        )
        os._exit(0)  # the parent has its figure; tearing Qt down is not part of a start

    ui.firstFrame.connect(first_frame)
    ui.show(fullscreen=False)
    app.exec()
    return 1  # never reached unless no frame came


def measure_pages(args) -> int:
    """Page switches (tap to first frame of the new page) and search keystrokes in the UI."""
    k = Kiosk(args, animations=True, language="zh-Hans")
    ui, drive = k.ui, k.drive
    samples: list[dict[str, Any]] = []

    def record(page_type: str, first: float | None, settled: float | None, **extra: Any) -> None:
        sample = {"type": page_type, "first_frame_s": first, "settled_s": settled, **extra}
        samples.append(sample)
        progress(sample=sample)  # kept by the parent if this process dies before its BENCH line

    rounds = args.rounds
    for r in range(rounds):
        lang = LANGS[(LANGS.index(ui.app_state.language) + 1) % 3]
        first, settled = k.timed_tap(k.point(f"lang-{lang}"), lambda lang=lang: ui.app_state.language == lang)
        record("language switch (on Home)", first, settled, lang=lang)
        kind = SECTION_KINDS[r % len(SECTION_KINDS)]
        first, settled = k.timed_tap(k.point(f"tile-{kind}"), lambda kind=kind: ui.current_page == f"list-{kind}")
        record("home tile -> list", first, settled, kind=kind)
        cards = k.visible_cards()
        card = cards[(r // len(SECTION_KINDS)) % max(1, min(4, len(cards)))]
        # Whatever card is under the finger opens (see the README on the list
        # that opens at its 61st record): any detail page of this kind counts.
        first, settled = k.timed_tap(k.drive.centre(k.ui.find(card)), lambda kind=kind: ui.current_page.startswith(f"detail-{kind}-"))
        record("list card -> detail", first, settled, kind=kind, page=ui.current_page)
        nxt = LANGS[(LANGS.index(ui.app_state.language) + 1) % 3]
        first, settled = k.timed_tap(k.point(f"lang-{nxt}"), lambda nxt=nxt: ui.app_state.language == nxt)
        record("language switch (on a detail page)", first, settled, kind=kind, page=ui.current_page)
        first, settled = k.timed_tap(k.point("backButton"), lambda kind=kind: ui.current_page == f"list-{kind}")
        record("back -> list", first, settled, kind=kind)
        first, settled = k.timed_tap(k.point("homeButton"), lambda: ui.current_page == "home")
        record("home button -> home", first, settled)
        first, settled = k.timed_tap(k.point("aboutButton"), lambda: ui.current_page == "about")
        record("about", first, settled)
        first, settled = k.timed_tap(k.point("searchButton"), lambda: ui.current_page == "search")
        record("search page", first, settled)
        drive.tap("homeButton")
        drive.settle()

    # Search in the UI: one keystroke at a time, to the frame showing its results.
    keystrokes: list[dict[str, Any]] = []
    drive.tap("searchButton")
    drive.settle()
    field = drive.item("searchField")
    # The results grid shows only once something is typed (before: suggestion chips).
    field.setProperty("text", "s")
    drive.settle()
    results = drive.item("searchResults")
    for rep in range(args.search_reps):
        for script, words in UI_QUERIES.items():
            lang = {"zh": "zh-Hans", "ru": "ru", "latin": "en"}[script]
            if ui.app_state.language != lang:
                drive.tap(f"lang-{lang}")
                drive.settle()
            for word in words:
                field.setProperty("text", "")
                drive.settle()
                field.forceActiveFocus()
                for i, ch in enumerate(word, start=1):
                    prefix = word[:i]
                    k._check = lambda prefix=prefix: field.property("text") == prefix
                    k.hit = None
                    start = time.perf_counter()
                    drive.type_text(ch)
                    got = k.pump(lambda: k.hit is not None, 5.0)
                    k._check = None
                    keystrokes.append({
                        "script": script,
                        "length": i,
                        "query": prefix,
                        "seconds": (k.hit - start) if got and k.hit is not None else None,
                        "results": results.property("count"),
                    })
                    progress(keystroke=keystrokes[-1])
                    drive.wait(40)
                    k.none_guard.check()
    emit("pages", samples=samples, keystrokes=keystrokes, warnings=k.warnings(), none_refs_lost=k.none_guard.lost, **memory())
    k.close()
    return 0


def measure_search_service(args) -> int:
    """``kiosk.content.read.search.search`` timed per query, as the search page calls it."""
    from kiosk.content.read import search
    from kiosk.content.database import open_database

    db = open_database(args.database, args.data_dir)
    lang_of = {"zh": "zh-Hans", "ru": "ru", "latin": "en"}
    out: list[dict[str, Any]] = []
    with db.sessions() as session:
        for script, by_len in SERVICE_QUERIES.items():
            for bucket, queries in by_len.items():
                for q in queries:
                    search.search(session, q, lang_of[script])  # warm the page cache once
    for script, by_len in SERVICE_QUERIES.items():
        for bucket, queries in by_len.items():
            for q in queries:
                times = []
                hits = 0
                for _ in range(args.reps):
                    # A fresh session per keystroke, as the search model opens one per query.
                    start = time.perf_counter()
                    with db.sessions() as session:
                        hits = len(search.search(session, q, lang_of[script]))
                    times.append(time.perf_counter() - start)
                out.append({"script": script, "bucket": bucket, "query": q, "results": hits, "seconds": times})
    db.close()
    emit("search-service", queries=out, **memory())
    return 0


def measure_memory(args) -> int:
    """Tour every page type in every language; peak and steady resident memory."""
    start = memory()
    k = Kiosk(args, animations=False, language="zh-Hans")
    ui, drive = k.ui, k.drive
    after_start = memory()
    pages = 0
    for lang in LANGS:
        if ui.app_state.language != lang:
            drive.tap(f"lang-{lang}")
            drive.settle()
        for kind in SECTION_KINDS:
            drive.tap(f"tile-{kind}")
            drive.settle()
            pages += 1
            grid = drive.item("recordGrid")
            # Scroll a few screens down, as a visitor browsing the list does (pages in more rows).
            for step in range(1, args.scroll_screens + 1):
                limit = max(0.0, grid.property("contentHeight") - grid.property("height"))
                grid.setProperty("contentY", min(limit, step * grid.property("height")))
                drive.settle()
            grid.setProperty("contentY", 0)
            drive.settle()
            cards = k.visible_cards()
            for card in cards[: args.details]:
                drive.tap(card)
                drive.settle()
                pages += 1
                drive.tap("backButton")
                drive.settle()
            if kind == "cluster":
                for chip in ("filter-level-national", "filter-sector-steel", "filter-level-all", "filter-sector-all"):
                    if ui.find(chip) is not None:
                        drive.tap(chip)
                        drive.settle()
            drive.tap("homeButton")
            drive.settle()
        drive.tap("aboutButton")
        drive.settle()
        drive.tap("searchButton")
        drive.settle()
        drive.item("searchField").forceActiveFocus()
        for word in UI_QUERIES[{"zh-Hans": "zh", "ru": "ru", "en": "latin"}[lang]]:
            drive.item("searchField").setProperty("text", "")
            drive.type_text(word)
            drive.settle()
        pages += 2
        drive.tap("homeButton")
        drive.settle()
    peak = memory()
    drive.wait(1000)
    gc.collect()
    steady = []
    for _ in range(5):
        drive.wait(200)
        steady.append(memory()["rss_mb"])
    emit("memory", pages=pages, before_ui=start, after_start=after_start, after_tour=peak,
         steady_samples_mb=steady, warnings=k.warnings(), **memory())
    k.close()
    return 0


def measure_idle(args) -> int:
    """CPU use over a quiet period on Home, then in the attract loop."""
    k = Kiosk(args, animations=True, language="zh-Hans")
    drive = k.drive
    out = {}
    # The pictures are drawn once, after the first start (a fresh bench
    # database has none yet): idle is what follows.
    warmed = k.ui.art.wait_until_warm(300)
    for phase, seconds in (("home", args.seconds), ("attract", args.attract_seconds)):
        if phase == "attract":
            k.ui.idle.sleep()
        drive.settle()
        drive.wait(1000)
        frames0, cpu0, wall0 = k.frames, cpu_seconds(), time.perf_counter()
        drive.wait(int(seconds * 1000))
        wall = time.perf_counter() - wall0
        out[phase] = {"cpu_s": cpu_seconds() - cpu0, "wall_s": wall, "frames": k.frames - frames0,
                      "state": k.ui.idle.state, "page": k.ui.current_page}
    emit("idle", phases=out, pictures_warmed=warmed, warnings=k.warnings(), **memory())
    k.close()
    return 0


def measure_soak(args) -> int:
    """Many scripted taps across every page and language; memory drift, warnings, time per tap."""
    k = Kiosk(args, animations=False, language="zh-Hans")
    ui, drive = k.ui, k.drive
    taps = 0
    rss: list[tuple[int, float]] = []
    every = max(10, args.taps // 100)
    per_action: dict[str, list[float]] = {}
    fixed: dict[str, Any] = {}
    started = time.perf_counter()
    finding = 0.0

    def where(object_name: str):
        nonlocal finding
        t = time.perf_counter()
        if object_name in fixed:
            point = fixed[object_name]
        else:
            point = drive.centre(drive.reveal(drive.item(object_name)))
            if object_name.startswith(("lang-", "tile-")) or object_name in BAR_BUTTONS:
                fixed[object_name] = point
        finding += time.perf_counter() - t
        return point

    def after(action: str, frames: int, start: float) -> None:
        nonlocal taps
        k.pump(lambda: k.frames > frames, 2.0)
        per_action.setdefault(action, []).append(time.perf_counter() - start)
        taps += 1
        if taps % every == 0:
            rss.append((taps, memory()["rss_mb"] or 0.0))
            k.none_guard.check()
            # A running record, so that a crash still leaves the figures so far.
            progress(taps=taps, seconds=time.perf_counter() - started, rss_samples=rss[-1:],
                     warnings=len(k.warnings()), none_refs_lost=k.none_guard.lost)

    def tap(object_name: str, action: str) -> None:
        point = where(object_name)
        frames, start = k.frames, time.perf_counter()
        drive.tap_at(point)
        after(action, frames, start)

    def keystroke(ch: str) -> None:
        frames, start = k.frames, time.perf_counter()
        drive.type_text(ch)
        after("search keystroke", frames, start)

    cycle = 0
    while taps < args.taps:
        kind = SECTION_KINDS[cycle % len(SECTION_KINDS)]
        if cycle % len(SECTION_KINDS) == 0:
            lang = LANGS[(cycle // len(SECTION_KINDS)) % 3]
            if ui.app_state.language != lang:
                tap(f"lang-{lang}", "language switch (home)")
        tap(f"tile-{kind}", "home tile -> list")
        cards = k.visible_cards()
        if cards:
            tap(cards[cycle % min(len(cards), 6)], "list card -> detail")
            if cycle % 7 == 3:
                lang = LANGS[(cycle // 7) % 3]
                if ui.app_state.language != lang:
                    tap(f"lang-{lang}", "language switch (detail)")
            related = [i.objectName() for i in ui.items() if i.objectName().startswith("related-")]
            if related and cycle % 2 == 0:
                tap(related[0], "related -> detail")
                tap("backButton", "back -> detail")
            tap("backButton", "back -> list")
        if kind == "cluster" and ui.find("filter-level-national") is not None:
            tap("filter-level-national", "filter")
            tap("filter-level-all", "filter")
        tap("homeButton", "home button -> home")
        if cycle % 3 == 0:
            tap("searchButton", "search page")
            word = UI_QUERIES[SCRIPT_OF[ui.app_state.language]][cycle % 3]
            drive.item("searchField").forceActiveFocus()
            for ch in word:
                keystroke(ch)
            found = [i.objectName() for i in ui.items() if i.objectName().startswith("result-")]
            if found:
                tap(found[0], "search result -> detail")
            tap("homeButton", "home button -> home")
        if cycle % 5 == 0:
            tap("aboutButton", "about")
            tap("homeButton", "home button -> home")
        cycle += 1
    elapsed = time.perf_counter() - started
    emit("soak", taps=taps, seconds=elapsed, finding_s=finding, rss_samples=rss,
         none_refs_lost=k.none_guard.lost, none_refs_given_back=k.none_guard.added,
         per_action={a: {"n": len(v), "mean_s": sum(v) / len(v), "max_s": max(v)} for a, v in per_action.items()},
         warnings=k.warnings(), **memory())
    k.close()
    return 0


def measure_export(args) -> int:
    """Write the N-record synthetic set as a staff workbook and as a content pack (input of the import measures)."""
    from pathlib import Path

    from kiosk.bench.synthetic import make_content
    from kiosk.content.formats.packs import write_pack
    from kiosk.content.formats.workbook import write_workbook

    out = Path(args.out)
    content = make_content(args.records, args.seed)
    start = time.perf_counter()
    write_workbook(content, out / "synthetic.xlsx")
    workbook_s = time.perf_counter() - start
    start = time.perf_counter()
    write_pack(content, out / "synthetic.kioskpack")
    pack_s = time.perf_counter() - start
    emit("export", workbook_s=workbook_s, pack_s=pack_s,
         workbook_bytes=(out / "synthetic.xlsx").stat().st_size,
         pack_bytes=(out / "synthetic.kioskpack").stat().st_size, **memory())
    return 0


def measure_import(args) -> int:
    """Import the workbook or pack into a kiosk holding the default content, as staff do."""
    from pathlib import Path

    from kiosk.content.database import open_database
    from kiosk.content.change.prepare import prepare

    source = Path(args.file)
    db = open_database(args.database, args.data_dir)
    prepare(db)  # a fresh kiosk: schema and the bundled default content
    # The import's own peak: reset VmHWM to the resident size now, so that
    # preparing the kiosk above does not count (Linux; elsewhere no figure).
    try:
        with open("/proc/self/clear_refs", "w", encoding="ascii") as f:
            f.write("5")
        reset = True
    except OSError:
        reset = False
    before = memory()
    start = time.perf_counter()
    if source.suffix == ".xlsx":
        from kiosk.content.change.transfers import import_workbook

        result = import_workbook(db, source, actor="bench")
    else:
        from kiosk.content.change.transfers import import_pack

        result = import_pack(db, source, actor="bench")
    seconds = time.perf_counter() - start
    db.close()
    after = memory()
    emit("import", file=source.name, seconds=seconds, baseline=before, changed=result.changed,
         content_version=result.content_version, rss_mb=after["rss_mb"], hwm_mb=after["hwm_mb"] if reset else None)
    return 0


MEASURES: dict[str, Callable[[Any], int]] = {
    "cold-start": measure_cold_start,
    "pages": measure_pages,
    "search-service": measure_search_service,
    "memory": measure_memory,
    "idle": measure_idle,
    "soak": measure_soak,
    "export": measure_export,
    "import": measure_import,
}


def run(args) -> int:
    """Entry point of ``kiosk bench-child``."""
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    os.environ["QT_QUICK_BACKEND"] = "software"
    return MEASURES[args.measure](args)
