"""Screenshots of the staff console for the README: 1366x768 and 1920x1080,
in Chinese, Russian and English, into ``resources/screenshots/console-*.png``,
and its Visitors tab at 1366x768 (``console-visitors-1366-*.png``).

    QT_QPA_PLATFORM=offscreen python build_scripts/console_screenshots.py [--out DIR]

Runs on a fresh database in a temporary folder (the default content plus
one saved edit, so the History tab has an entry to show, and two weeks of
made-up visitor sessions over that content for the Visitors tab); nothing of
the configured kiosk is touched.  The pictures are stored as 8-bit palette PNGs
(they are flat interface colours) to keep the repository small.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

SIZES = ((1366, 768), (1920, 1080))
LANGUAGES = (("zh-Hans", "zh"), ("ru", "ru"), ("en", "en"))
CLUSTER = "smart-home-appliances-national-cluster"
SUFFIX = {"zh-Hans": "（胶州）", "ru": " (Цзяочжоу)", "en": " (Jiaozhou)"}
VISITORS_SIZE = (1366, 768)
# Made-up search terms for the Visitors tab's pictures, most searched first.
TERMS = ["海尔", "冷链物流", "spaceport", "上合示范区", "Haier", "机场", "логистика", "胶州湾", "robot", "新能源汽车",
         "Qingdao", "сталь", "无人机", "港口", "跨境电商", "химия"]
# The history panel's height a staff member drags it to on a tall screen (the default suits 768 pixels).
TALL_HISTORY = 280


def _settle(app, rounds: int = 5) -> None:
    for _ in range(rounds):
        app.processEvents()


def _edit_and_save(window, app, lang: str) -> None:
    """One saved edit, as staff make it: the title of a cluster in *lang*."""
    record = window.working.state.by_slug("cluster", CLUSTER)
    window.records.select_record(record.uid)
    cell = window.editor.cells[("title", lang)].edit
    cell.setPlainText(cell.toPlainText() + SUFFIX[lang])
    _settle(app)
    window.save()
    while window.job is not None:
        app.processEvents()
    _settle(app)


def _visitor_statistics(window, data_dir: Path) -> None:
    """Two weeks of made-up sessions (``kiosk.stats.synthetic``) over the content's own records."""
    from datetime import date, timedelta

    from kiosk.stats.store import open_store, stats_path
    from kiosk.stats.synthetic import BusyKiosk

    records = [f"{r.kind}/{r.slug}" for r in window.working.state.all()
               if r.kind in ("cluster", "manufacturer", "base", "platform", "initiative")]
    kiosk = BusyKiosk(seed=7, per_day=80, sections=("home", "cluster", "manufacturer", "base", "platform", "search"),
                      records=records, terms=TERMS)
    sessions = []
    for offset in range(14):
        day = date.today() - timedelta(days=13 - offset)
        # Busier at weekends, and no two days alike.
        kiosk.per_day = (110 if day.weekday() >= 5 else 70) + kiosk.rng.randint(-15, 15)
        sessions.extend(kiosk.day(day))
    store = open_store(stats_path(data_dir))
    try:
        hall = store.ensure_kiosk("5c0e2f7a-1d3b-4c6e-9a8f-0b1c2d3e4f50", "Hall A")
        store.write_sessions(hall, sessions)
    finally:
        store.close()


def small_palette(image, own_colours: bool = False):
    """*image* as a 256-colour PNG without dithering (flat interface colours
    and anti-aliased text): a fifth of the bytes of a dithered one, alike to the eye.
    With *own_colours* the palette is the image's 256 commonest colours (the
    Visitors tab's charts): Qt's fixed colour cube turns their light shades white
    or lilac, at half again the bytes."""
    from collections import Counter

    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage

    flags = Qt.ImageConversionFlag.ThresholdDither | Qt.ImageConversionFlag.AvoidDither
    if not own_colours:
        return image.convertToFormat(QImage.Format.Format_Indexed8, flags)
    image = image.convertToFormat(QImage.Format.Format_RGB32)
    pixels = memoryview(bytes(image.constBits())).cast("I")
    palette = [colour | 0xFF000000 for colour, _n in Counter(pixels).most_common(256)]
    return image.convertToFormat(QImage.Format.Format_Indexed8, palette, flags)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", type=Path, default=Path(__file__).resolve().parents[1] / "resources" / "screenshots")
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["KIOSK_DATA_DIR"] = tmp
        from PySide6.QtGui import QImage
        from PySide6.QtWidgets import QApplication

        from kiosk.admin.console.translations import Translations
        from kiosk.admin.console.window import ConsoleWindow
        from kiosk.content.change.prepare import prepare
        from kiosk.content.database import open_database
        from kiosk.gui.application import start_application
        from kiosk.i18n.build import build

        build(quiet=True)
        db = open_database(None, Path(tmp))
        prepare(db)
        app, family = start_application(QApplication)
        font = app.font()
        font.setPixelSize(14)
        app.setFont(font)
        translations = Translations()
        window = ConsoleWindow(db, "editor", language="en", translations=translations, font_family=family)
        window.show()
        _settle(app)
        _visitor_statistics(window, Path(tmp))
        args.out.mkdir(parents=True, exist_ok=True)
        for lang, short in LANGUAGES:
            window.set_language(lang)
            _edit_and_save(window, app, lang)  # the banner and the History tab in this language
            window.tabs.setCurrentIndex(1)
            window.records.select_record(window.working.state.by_slug("cluster", CLUSTER).uid)
            window.history.view.selectRow(0)
            for width, height in SIZES:
                window.resize(width, height)
                _settle(app, 10)
                if height >= 1000:
                    total = sum(window.vertical.sizes())
                    window.vertical.setSizes([total - TALL_HISTORY, TALL_HISTORY])
                    _settle(app, 10)
                image = small_palette(window.grab().toImage())
                target = args.out / f"console-{width}-{short}.png"
                image.save(str(target), "PNG")
                print(f"wrote {target} ({target.stat().st_size // 1024} KB)")
            window.main_tabs.setCurrentIndex(window.visitors.index)
            window.resize(*VISITORS_SIZE)
            _settle(app, 10)
            target = args.out / f"console-visitors-{VISITORS_SIZE[0]}-{short}.png"
            small_palette(window.grab().toImage(), own_colours=True).save(str(target), "PNG")
            print(f"wrote {target} ({target.stat().st_size // 1024} KB)")
            window.main_tabs.setCurrentIndex(0)
        window.close()
        translations.remove()
        db.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
