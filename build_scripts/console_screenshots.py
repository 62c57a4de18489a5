"""Screenshots of the staff console for the README: 1366x768 and 1920x1080,
in Chinese, Russian and English, into ``resources/screenshots/console-*.png``.

    QT_QPA_PLATFORM=offscreen python build_scripts/console_screenshots.py [--out DIR]

Runs on a fresh database in a temporary folder (the default content plus
one saved edit, so the History tab has an entry to show); nothing of the
configured kiosk is touched.  The pictures are stored as 8-bit palette PNGs
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
# The history panel's height a staff member drags it to on a tall screen (on 768 pixels it is folded).
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


def small_palette(image):
    """*image* as a 256-colour PNG without dithering (flat interface colours
    and anti-aliased text): a fifth of the bytes of a dithered one, alike to the eye."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage

    flags = Qt.ImageConversionFlag.ThresholdDither | Qt.ImageConversionFlag.AvoidDither
    return image.convertToFormat(QImage.Format.Format_Indexed8, flags)


def _shoot(window, target: Path) -> None:
    image = small_palette(window.grab().toImage())
    image.save(str(target), "PNG")
    print(f"wrote {target} ({target.stat().st_size // 1024} KB)")


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
                # On the small screen the panel is folded to its tabs, so the record gets the room.
                window.panel.set_collapsed(height < 1000, remember=False)
                _settle(app, 10)
                if height >= 1000:
                    total = sum(window.vertical.sizes())
                    window.vertical.setSizes([total - TALL_HISTORY, TALL_HISTORY])
                    _settle(app, 10)
                _shoot(window, args.out / f"console-{width}-{short}.png")
        # The texts a translator must look at, after the English edit flagged the others.
        window.main_tabs.setCurrentWidget(window.review)
        window.review.stale_only.setChecked(False)
        window.resize(*SIZES[-1])
        _settle(app, 10)
        _shoot(window, args.out / "console-review-1920-en.png")
        window.close()
        translations.remove()
        db.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
