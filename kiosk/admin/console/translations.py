"""The console's interface language: Qt's own strings first, then the kiosk's.

The same ``.qm`` files as the visitor kiosk (``kiosk/i18n``), loaded the way
``kiosk.ui.bridge.app_state`` loads them: ``qtbase_<locale>`` (the words on
Qt's own buttons and dialogs) and then ``kiosk_<locale>.qm``.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QEvent, QLibraryInfo, QLocale, QTranslator

from kiosk.content.vocab import LANGUAGES
from kiosk.i18n import QT_LOCALES, qm_path

log = logging.getLogger(__name__)


def system_language() -> str:
    """The language of the PC's own settings, when the console speaks it; else English."""
    name = QLocale.system().name()
    if name.startswith("zh"):
        return "zh-Hans"
    if name.startswith("ru"):
        return "ru"
    return "en"


# True while the console itself switches language.  Qt's translators belong
# to the whole process: the preview's visitor UI installs its own when a
# visitor language is chosen there, and the console must not follow it.
_switching = False


def console_switching() -> bool:
    """True when a LanguageChange comes from the console's own language switch."""
    return _switching


class Translations:
    """Installs the translators of one language and removes the previous ones."""

    def __init__(self) -> None:
        self.language = ""
        self._installed: list[QTranslator] = []

    def install(self, lang: str) -> str:
        """Switch the interface to *lang* (an unknown code means English);
        widgets retranslate on the LanguageChange event Qt sends them."""
        lang = lang if lang in LANGUAGES else "en"
        app = QCoreApplication.instance()
        self.remove()
        base = QTranslator()
        if base.load(f"qtbase_{QT_LOCALES[lang]}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            self._installed.append(base)
        own = QTranslator()
        qm = qm_path(lang)
        if qm.exists() and own.load(str(qm)):
            self._installed.append(own)
        elif lang != "en":
            log.warning("no compiled translation %s (python -m kiosk.i18n.build makes it)", qm)
        if app is not None:
            global _switching
            _switching = True
            try:
                for tr in self._installed:
                    app.installTranslator(tr)
                # Qt posts LanguageChange; deliver it now so the switch is complete on return.
                QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
            finally:
                _switching = False
        self.language = lang
        return lang

    def remove(self) -> None:
        app = QCoreApplication.instance()
        for tr in self._installed:
            if app is not None:
                app.removeTranslator(tr)
        self._installed = []
