"""``kiosk tour --out DIR``: a PNG of every page, in every language and layout.

The pictures are the visual review: ``DIR/<layout>/<language>/NN-<page>.png``
(``landscape/ru/04-detail-cluster-spices-cluster.png``), plus the attract
loop and the idle countdown.  ``--sheet`` also writes one contact sheet per
layout and language (``DIR/sheet-<layout>-<language>.png``: every page as a
labelled thumbnail on one image), the page a designer reviews.  It runs
offscreen on a throwaway copy of the database, so it needs no screen and
changes nothing.
"""

from __future__ import annotations

import logging
import math
import os
import re
import shutil
import sys
import tempfile
from pathlib import Path

from kiosk.content.vocab import LANGUAGES

log = logging.getLogger(__name__)

# ``--access`` names -> the visitor's choices (``Access`` properties) they turn on.
ACCESS_MODES = {"large": "largerText", "contrast": "highContrast", "motion": "lessMotion", "reach": "lowReach"}
SECTION_KINDS = ("cluster", "manufacturer", "base", "platform", "initiative", "industry")
SEARCHES = {"zh-Hans": "钢结构", "ru": "кластер", "en": "steel"}
# Width of one thumbnail on a contact sheet, and the columns per sheet.
SHEET_THUMB_WIDTH = 480
SHEET_COLUMNS = 6


def _safe(name: str) -> str:
    return re.sub(r"[^A-Za-z0-9._-]+", "-", name).strip("-")[:90]


def tour_pages(catalogue, max_per_kind: int) -> list[tuple[str, tuple[str, ...]]]:
    """(page name, navigation call) for every page of the tour, in order."""
    pages: list[tuple[str, tuple[str, ...]]] = [("home", ("goHome",)), ("system", ("openSystem",))]
    for kind in SECTION_KINDS:
        pages.append((f"list-{kind}", ("openSection", kind)))
        for card in catalogue.list(kind, "en", limit=max_per_kind):
            pages.append((f"detail-{kind}-{card.slug}", ("openRecord", kind, card.slug)))
    for card in catalogue.list("statement", "en", limit=max_per_kind):
        pages.append((f"detail-statement-{card.slug}", ("openRecord", "statement", card.slug)))
    pages.append(("about", ("openAbout",)))
    return pages


class _Shooter:
    """Takes the numbered screenshots of one layout and language into one folder."""

    def __init__(self, drive, folder: Path):
        self.drive, self.folder = drive, folder
        self.files: list[Path] = []

    def shot(self, name: str) -> None:
        """Wait for the pictures and the next frame, then save the window as the next numbered PNG."""
        self.drive.pictures()
        self.drive.frame()
        path = self.folder / f"{len(self.files) + 1:02d}-{_safe(name)}.png"
        self.drive.grab().save(str(path))
        self.files.append(path)


class Tour:
    """Drives one kiosk per layout through every page in every language."""

    def __init__(self, db, out: Path, max_per_kind: int, sheet: bool, access: tuple[str, ...] = ()):
        self.db, self.out, self.max_per_kind, self.sheet = db, out, max_per_kind, sheet
        self.access = access
        self.count = 0
        self.sheets: list[Path] = []
        self.warnings: list[str] = []

    def run_layout(self, layout: str, size: tuple[int, int], langs: list[str]) -> None:
        """Every page of one layout, language after language."""
        from kiosk.ui.app import KioskUi
        from kiosk.ui.driver import Driver

        ui = KioskUi(self.db, size=size, recover_on_error=False, idle_timeout_ms=3_600_000)
        ui.show(fullscreen=False)
        drive = Driver(ui)
        drive.set_animations(False)
        drive.settle()
        pages = tour_pages(ui.catalogue, self.max_per_kind)
        for lang in langs:
            self._access_on(ui)
            shooter = _Shooter(drive, self.out / layout / lang)
            shooter.folder.mkdir(parents=True, exist_ok=True)
            ui.app_state.set_language(lang)
            self._pages(drive, shooter, pages)
            self._extras(ui, drive, shooter, lang)
            self.count += len(shooter.files)
            if self.sheet:
                self.sheets.append(write_contact_sheet(shooter.files, self.out / f"sheet-{layout}-{lang}.png",
                                                       f"{layout} · {lang}"))
        self.warnings.extend(ui.warnings)
        ui.close()
        drive.wait(50)

    def _access_on(self, ui) -> None:
        """Turn the chosen accessibility modes on (again: the attract loop resets them)."""
        for mode in self.access:
            ui.access.setProperty(ACCESS_MODES[mode], True)

    @staticmethod
    def _pages(drive, shooter: _Shooter, pages) -> None:
        for name, call in pages:
            drive.go("goHome")
            if call[0] == "openRecord":
                drive.go("openSection", call[1])
            drive.go(*call)
            shooter.shot(name)

    @staticmethod
    def _extras(ui, drive, shooter: _Shooter, lang: str) -> None:
        """Filtered clusters, search with the keyboard and with results, the countdown, the attract loop."""
        drive.go("goHome")
        drive.go("openSection", "cluster")
        drive.tap("filter-level-national")
        drive.settle()
        shooter.shot("list-cluster-national")
        drive.go("goHome")
        drive.go("openSearch")
        drive.settle()
        drive.wait(150)
        shooter.shot("search-keyboard")
        drive.item("searchField").setProperty("text", SEARCHES[lang])
        drive.settle()
        shooter.shot("search-results")
        drive.go("goHome")
        ui.idle.hold = False
        ui.idle.start_countdown()
        drive.wait(100)
        shooter.shot("idle-countdown")
        ui.idle.sleep()
        ui.app_state.set_language(lang)  # sleeping resets it to the default
        drive.settle()
        # The figure counts up for about 1.5 s after the loop appears: shoot its final value.
        drive.wait_until(lambda: drive.item("attractOverlay").property("progress") >= 1, 4000)
        shooter.shot("attract")
        ui.idle.wake()
        drive.settle()


def write_contact_sheet(files: list[Path], target: Path, heading: str) -> Path:
    """Every screenshot in *files* as a labelled thumbnail on one PNG."""
    from PySide6.QtCore import QRect, Qt
    from PySide6.QtGui import QColor, QFont, QImage, QPainter

    first = QImage(str(files[0]))
    thumb_w = SHEET_THUMB_WIDTH
    thumb_h = round(first.height() * thumb_w / first.width())
    label_h, pad, head_h = 34, 16, 64
    rows = math.ceil(len(files) / SHEET_COLUMNS)
    sheet = QImage(pad + SHEET_COLUMNS * (thumb_w + pad), head_h + rows * (thumb_h + label_h + pad) + pad,
                   QImage.Format.Format_RGB32)
    sheet.fill(QColor("#E8ECF2"))
    painter = QPainter(sheet)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    painter.setPen(QColor("#172033"))
    painter.setFont(QFont("Kiosk Sans SC", 22, QFont.Weight.Bold))
    painter.drawText(QRect(pad, 0, sheet.width() - 2 * pad, head_h), Qt.AlignmentFlag.AlignVCenter, heading)
    painter.setFont(QFont("Kiosk Sans SC", 13))
    for index, path in enumerate(files):
        x = pad + (index % SHEET_COLUMNS) * (thumb_w + pad)
        y = head_h + (index // SHEET_COLUMNS) * (thumb_h + label_h + pad)
        image = QImage(str(path)).scaled(thumb_w, thumb_h, Qt.AspectRatioMode.IgnoreAspectRatio,
                                         Qt.TransformationMode.SmoothTransformation)
        painter.drawImage(x, y, image)
        painter.drawText(QRect(x, y + thumb_h, thumb_w, label_h), Qt.AlignmentFlag.AlignVCenter, path.stem)
    painter.end()
    sheet.save(str(target))
    return target


def _working_copy(args, work: Path):
    """A prepared copy of the configured database in *work*, so the tour changes nothing."""
    from kiosk.content.change.prepare import prepare
    from kiosk.content.database import open_database

    source = open_database(args.database, args.data_dir)
    prepare(source)
    if source.sqlite_file is None:
        return source
    source.backup("tour")  # also folds the WAL in, so the copy is complete
    copy = work / "tour.sqlite3"
    shutil.copy2(source.sqlite_file, copy)
    source.close()
    db = open_database(f"sqlite:///{copy}", work)
    prepare(db)
    return db


def run_tour(args) -> int:
    """Write the tour PNGs; returns 0, or 1 if a page logged a QML warning."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from kiosk.ui.app import LAYOUTS, make_application

    out = Path(args.out)
    layouts = [l.strip() for l in args.layouts.split(",") if l.strip()]
    langs = [l.strip() for l in args.langs.split(",") if l.strip()]
    access = tuple(m.strip() for m in getattr(args, "access", "").split(",") if m.strip())
    bad = [l for l in layouts if l not in LAYOUTS] + [l for l in langs if l not in LANGUAGES]
    bad += [f"--access {m} (known: {', '.join(ACCESS_MODES)})" for m in access if m not in ACCESS_MODES]
    if bad:
        print(f"kiosk tour: unknown layout, language or mode: {', '.join(bad)}", file=sys.stderr)
        return 2
    work = Path(tempfile.mkdtemp(prefix="kiosk-tour-"))
    try:
        db = _working_copy(args, work)
        app = make_application()
        tour = Tour(db, out, args.max_per_kind, getattr(args, "sheet", False), access)
        for layout in layouts:
            tour.run_layout(layout, LAYOUTS[layout], langs)
        db.close()
        print(f"wrote {tour.count} screenshots to {out}" + (f" and {len(tour.sheets)} contact sheets" if tour.sheets else ""))
        if tour.warnings:
            print(f"{len(tour.warnings)} QML warning(s):", file=sys.stderr)
            for w in tour.warnings:
                print(f"  {w}", file=sys.stderr)
            return 1
        del app
        return 0
    finally:
        shutil.rmtree(work, ignore_errors=True)
