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

import gc
import os
import time
from collections.abc import Callable
from typing import Any

from kiosk.bench.harness import (
    HOME_LINKS, LANGS, SECTION_KINDS, SERVICE_QUERIES, UI_QUERIES, Kiosk, cpu_seconds, emit, modules_not_in_service,
    memory, memory_breakdown, progress,
)
from kiosk.bench.access import modes_on
from kiosk.bench.cold_start import measure_cold_start
from kiosk.bench.soak import measure_soak
from kiosk.bench.speech_bench import measure_speech


def time_home_links(k, record) -> None:
    """Home, then each page Home opens through a link of its own (the industrial system)."""
    for link, page_name in HOME_LINKS:
        k.drive.tap("homeButton")
        k.drive.settle()
        first, settled = k.timed_tap(k.point(link), lambda page_name=page_name: k.ui.current_page == page_name)
        record(f"home link -> {page_name}", first, settled)


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
        record("about", *k.timed_tap(k.point("aboutButton"), lambda: ui.current_page == "about"))
        time_home_links(k, record)
        record("search page", *k.timed_tap(k.point("searchButton"), lambda: ui.current_page == "search"))
        drive.tap("homeButton")
        drive.settle()

    # Search in the UI: one keystroke at a time, to the frame showing its results.
    keystrokes: list[dict[str, Any]] = []
    drive.tap("searchButton")
    drive.settle()
    field = drive.item("searchField")

    def result_count() -> int | None:
        # The results show once there is a query (suggestions stand there before).
        view = ui.find("searchResults")
        return view.property("count") if view is not None else None
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
                        "results": result_count(),
                    })
                    progress(keystroke=keystrokes[-1])
                    drive.wait(40)
                    k.none_guard.check()
    emit("pages", samples=samples, keystrokes=keystrokes, warnings=k.warnings(), none_refs_lost=k.none_guard.lost,
         access_at_end=modes_on(k.ui), pictures_warm_wait_s=k.pictures_warm_wait_s, **memory())
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
    """Tour every page type in every language; peak and steady resident memory.

    Driven with the mouse: Qt Test, which makes the touch events, loads Qt
    Widgets, some 4 MB that a kiosk in service never loads (see
    ``kiosk.ui.driver``)."""
    start = memory()
    k = Kiosk(args, animations=False, language="zh-Hans", pointer="mouse")
    ui, drive = k.ui, k.drive
    after_start = memory()
    breakdown_start = memory_breakdown(ui)
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
    breakdown_tour = memory_breakdown(ui)
    drive.wait(1000)
    gc.collect()
    steady = []
    for _ in range(5):
        drive.wait(200)
        steady.append(memory()["rss_mb"])
    emit("memory", pages=pages, before_ui=start, after_start=after_start, after_tour=peak, not_in_service=modules_not_in_service(),
         steady_samples_mb=steady, breakdown={"after_start": breakdown_start, "after_tour": breakdown_tour},
         warnings=k.warnings(), **memory())
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
                      "state": k.ui.idle.state, "page": k.ui.current_page, "access": modes_on(k.ui)}
    emit("idle", phases=out, pictures_warmed=warmed, warnings=k.warnings(), **memory())
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
    "speech": measure_speech,
}


def run(args) -> int:
    """Entry point of ``kiosk bench-child``."""
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    os.environ["QT_QUICK_BACKEND"] = "software"
    return MEASURES[args.measure](args)
