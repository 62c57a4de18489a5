"""``kiosk tour --out DIR``: a PNG of every page, in every language and layout.

The pictures are the visual review: ``DIR/<layout>/<language>/NN-<page>.png``
(``landscape/ru/04-detail-cluster-spices-cluster.png``), plus the attract
loop and the idle countdown.  It runs offscreen on a throwaway copy of the
database, so it needs no screen and changes nothing.
"""

from __future__ import annotations

import logging
import os
import re
import shutil
import sys
import tempfile
from pathlib import Path

from kiosk.content.vocab import LANGUAGES

log = logging.getLogger(__name__)

SECTION_KINDS = ("cluster", "manufacturer", "base", "platform", "initiative", "industry")
SEARCHES = {"zh-Hans": "钢结构", "ru": "кластер", "en": "steel"}


def _safe(name: str) -> str:
    return re.sub(r"[^A-Za-z0-9._-]+", "-", name).strip("-")[:90]


def tour_pages(catalogue, max_per_kind: int) -> list[tuple[str, tuple[str, ...]]]:
    """(page name, navigation call) for every page of the tour, in order."""
    pages: list[tuple[str, tuple[str, ...]]] = [("home", ("goHome",))]
    for kind in SECTION_KINDS:
        pages.append((f"list-{kind}", ("openSection", kind)))
        for card in catalogue.list(kind, "en", limit=max_per_kind):
            pages.append((f"detail-{kind}-{card.slug}", ("openRecord", kind, card.slug)))
    for card in catalogue.list("statement", "en", limit=max_per_kind):
        pages.append((f"detail-statement-{card.slug}", ("openRecord", "statement", card.slug)))
    pages.append(("about", ("openAbout",)))
    return pages


def run_tour(args) -> int:
    """Write the tour PNGs; returns 0, or 1 if a page logged a QML warning."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from kiosk.content.database import open_database
    from kiosk.content.change.prepare import prepare
    from kiosk.ui.app import LAYOUTS, KioskUi, make_application
    from kiosk.ui.driver import Driver

    out = Path(args.out)
    layouts = [l.strip() for l in args.layouts.split(",") if l.strip()]
    langs = [l.strip() for l in args.langs.split(",") if l.strip()]
    bad = [l for l in layouts if l not in LAYOUTS] + [l for l in langs if l not in LANGUAGES]
    if bad:
        print(f"kiosk tour: unknown layout or language: {', '.join(bad)}", file=sys.stderr)
        return 2

    source = open_database(args.database, args.data_dir)
    prepare(source)
    work = Path(tempfile.mkdtemp(prefix="kiosk-tour-"))
    try:
        copy = work / "tour.sqlite3"
        if source.sqlite_file is not None:
            source.backup("tour")  # also folds the WAL in, so the copy is complete
            shutil.copy2(source.sqlite_file, copy)
            db = open_database(f"sqlite:///{copy}", work)
        else:
            db = source
        source.close() if db is not source else None
        prepare(db)
        app = make_application()
        count = 0
        warnings: list[str] = []
        for layout in layouts:
            ui = KioskUi(db, size=LAYOUTS[layout], recover_on_error=False, idle_timeout_ms=3_600_000)
            ui.show(fullscreen=False)
            drive = Driver(ui)
            drive.set_animations(False)
            drive.settle()
            pages = tour_pages(ui.catalogue, args.max_per_kind)
            for lang in langs:
                folder = out / layout / lang
                folder.mkdir(parents=True, exist_ok=True)
                ui.app_state.set_language(lang)
                number = 0

                def shot(name: str) -> None:
                    nonlocal number, count
                    number += 1
                    drive.pictures()
                    drive.frame()
                    drive.grab().save(str(folder / f"{number:02d}-{_safe(name)}.png"))
                    count += 1

                for name, call in pages:
                    drive.go("goHome")
                    if call[0] == "openRecord":
                        drive.go("openSection", call[1])
                    drive.go(*call)
                    shot(name)
                # Filtered clusters, search with results, then the keyboard's own page.
                drive.go("goHome")
                drive.go("openSection", "cluster")
                drive.tap("filter-level-national")
                drive.settle()
                shot("list-cluster-national")
                drive.go("goHome")
                drive.go("openSearch")
                drive.settle()
                drive.wait(150)
                shot("search-keyboard")
                drive.item("searchField").setProperty("text", SEARCHES[lang])
                drive.settle()
                shot("search-results")
                drive.go("goHome")
                ui.idle.hold = False
                ui.idle._start_countdown()
                drive.wait(100)
                shot("idle-countdown")
                ui.idle.sleep()
                ui.app_state.set_language(lang)  # sleeping resets it to the default
                drive.settle()
                shot("attract")
                ui.idle.wake()
                drive.settle()
            warnings.extend(ui.warnings)
            ui.close()
            drive.wait(50)
        print(f"wrote {count} screenshots to {out}")
        if warnings:
            print(f"{len(warnings)} QML warning(s):", file=sys.stderr)
            for w in warnings:
                print(f"  {w}", file=sys.stderr)
            return 1
        del app
        return 0
    finally:
        shutil.rmtree(work, ignore_errors=True)
