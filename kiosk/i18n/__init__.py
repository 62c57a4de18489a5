"""Interface translations: Qt Linguist ``.ts`` sources (committed) and the
``.qm`` files built from them (by ``python -m kiosk.i18n.build``)."""

from kiosk.paths import I18N_DIR

#: Kiosk language code -> Qt translation file suffix.
QT_LOCALES = {"zh-Hans": "zh_CN", "ru": "ru", "en": "en"}


def qm_path(lang: str):
    """The compiled translation file for *lang* (may not exist for English)."""
    return I18N_DIR / f"kiosk_{QT_LOCALES[lang]}.qm"
