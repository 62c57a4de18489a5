"""Load the bundled font so Chinese renders on PCs without CJK fonts."""

from __future__ import annotations

import logging

from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication

from kiosk import paths

log = logging.getLogger(__name__)
FAMILY = "Kiosk Sans SC"


def load_fonts(app: QGuiApplication) -> str:
    """Register the bundled fonts and make their family the application font."""
    families: set[str] = set()
    for path in sorted(paths.FONTS_DIR.glob("*.otf")) + sorted(paths.FONTS_DIR.glob("*.ttf")):
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id < 0:
            log.error("font %s could not be loaded", path)
            continue
        families.update(QFontDatabase.applicationFontFamilies(font_id))
    family = FAMILY if FAMILY in families else (sorted(families)[0] if families else "")
    if not family:
        log.error("no bundled font found in %s: Chinese may render as boxes", paths.FONTS_DIR)
        return ""
    font = QFont(family)
    font.setPixelSize(26)
    font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    app.setFont(font)
    return family


def set_language_features(app: QGuiApplication, lang: str) -> None:
    """Proportional punctuation for Latin and Cyrillic text (the SC font's
    quotes are full-width by default, which looks wrong between Latin words)."""
    font = app.font()
    if hasattr(font, "setFeature"):
        from PySide6.QtGui import QFont as _QFont

        tag = _QFont.Tag("pwid")
        if lang == "zh-Hans":
            font.unsetFeature(tag)
        else:
            font.setFeature(tag, 1)
        app.setFont(font)
