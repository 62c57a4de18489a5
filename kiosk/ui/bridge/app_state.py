"""``App``: the kiosk-wide state QML binds to: language, screen metrics, resources.

Switching language swaps the Qt translators, asks the engine to retranslate
every ``qsTr`` binding, and bumps ``revision`` so every content binding
re-reads its text: the current page re-renders in place.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import Property, QCoreApplication, QObject, QTranslator, QUrl, Signal, Slot
from PySide6.QtGui import QGuiApplication
from PySide6.QtQml import QQmlEngine

from kiosk import __version__, paths
from kiosk.content.vocab import LANGUAGES
from kiosk.i18n import QT_LOCALES, qm_path
from kiosk.ui.bridge.attract_media import AttractMedia
from kiosk.ui.bridge.stretching import StretchingTranslator, stretch, stretch_texts

log = logging.getLogger(__name__)

# Each language's name in its own script, for the language switch.
LANGUAGE_NAMES = {"zh-Hans": "中文", "ru": "Русский", "en": "English"}
# Virtual keyboard locale for each language.
KEYBOARD_LOCALES = {"zh-Hans": "zh_CN", "ru": "ru_RU", "en": "en_US"}


class AppState(QObject):
    """Language, translators, screen metrics and resource URLs for QML."""

    languageChanged = Signal()
    revisionChanged = Signal()
    metricsChanged = Signal()

    def __init__(
        self,
        engine: QQmlEngine | None = None,
        language: str = "zh-Hans",
        default_language: str = "zh-Hans",
        enabled_languages: list[str] | None = None,
        physical_dpi: float | None = None,
        trans_scale: float = 1.0,
        media_dir: Path | None = None,
        parent: QObject | None = None,
    ):
        super().__init__(parent)
        self._engine = engine
        self._media_dir = media_dir
        self._attract = AttractMedia(self._folder, self)
        self._attract.changed.connect(self.attractMediaChanged)
        self._languages = [l for l in (enabled_languages or LANGUAGES) if l in LANGUAGES] or list(LANGUAGES)
        self._default = default_language if default_language in self._languages else self._languages[0]
        self._language = ""
        self._revision = 0
        # Bumped only when the content itself changed (not on a language switch).
        self.content_generation = 0
        self._dpi_override = physical_dpi
        self._trans_scale = trans_scale
        self._installed: list[QTranslator] = []
        self._released = False
        self._per_language: dict[str, QTranslator] = {}
        self._translator_sets: dict[str, tuple[QTranslator, ...]] = {}
        for code in LANGUAGES:
            tr = QTranslator(self)
            qm = qm_path(code)
            if qm.exists() and tr.load(str(qm)):
                self._per_language[code] = tr
        self.set_language(language if language in self._languages else self._default)

    # -- language ----------------------------------------------------------------
    def _get_language(self) -> str:
        return self._language

    language = Property(str, _get_language, notify=languageChanged)

    @Property(str, notify=languageChanged)
    def defaultLanguage(self) -> str:  # noqa: N802
        return self._default

    def configure_languages(self, default_language: str, enabled: list[str]) -> None:
        """New start language and language switch (from the settings)."""
        self._languages = [l for l in enabled if l in LANGUAGES] or list(LANGUAGES)
        self._default = default_language if default_language in self._languages else self._languages[0]
        self.languagesChanged.emit()
        self.languageChanged.emit()
        if self._language not in self._languages:
            self.set_language(self._default)

    languagesChanged = Signal()

    @Property("QVariantList", notify=languagesChanged)
    def languages(self) -> list[dict[str, str]]:
        """The language switch: code and name in its own script."""
        return [{"code": c, "name": LANGUAGE_NAMES[c]} for c in self._languages]

    @Property(str, notify=languageChanged)
    def keyboardLocale(self) -> str:  # noqa: N802
        return KEYBOARD_LOCALES[self._language]

    @Property(int, notify=revisionChanged)
    def revision(self) -> int:
        """Bumped whenever content text must be re-read (language or content changed)."""
        return self._revision

    @Slot(str)
    def setLanguage(self, code: str) -> None:  # noqa: N802
        self.set_language(code)

    def set_language(self, code: str) -> None:
        """Switch the interface and content language; unknown codes are ignored."""
        if code not in self._languages or code == self._language:
            return
        app = QCoreApplication.instance()
        for tr in self._installed:
            if app is not None:
                app.removeTranslator(tr)
        # A released kiosk (its window closed) installs nothing any more: a
        # switch that arrives late (the staff menu handing the visitor's
        # language back as it closes) would leave its translators in the
        # application for good, under the next kiosk's.
        self._installed = [] if self._released else list(self._translators(code))
        if app is not None:
            for tr in self._installed:
                app.installTranslator(tr)
        self._language = code
        log.info("language: %s", code)
        self.languageChanged.emit()
        if self._engine is not None:
            self._engine.retranslate()
        self.bump()

    def _translators(self, code: str) -> tuple[QTranslator, ...]:
        """Qt's own and the kiosk's translators for *code*, made once per language
        (a new one on every switch kept its file mapped for good)."""
        found = self._translator_sets.get(code)
        if found is None:
            from PySide6.QtCore import QLibraryInfo

            made: list[QTranslator] = []
            qt_base = QTranslator(self)
            if qt_base.load(f"qtbase_{QT_LOCALES[code]}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
                made.append(qt_base)
            inner = self._per_language.get(code)
            if self._trans_scale > 1:
                made.append(StretchingTranslator(inner, self._trans_scale, self))
            elif inner is not None:
                made.append(inner)
            found = self._translator_sets[code] = tuple(made)
        return found

    def release(self) -> None:
        """Uninstall this kiosk's translators and stop a video check (when its window closes)."""
        self._released = True
        self._attract.close()
        app = QCoreApplication.instance()
        for tr in self._installed:
            if app is not None:
                app.removeTranslator(tr)
        self._installed = []

    def bump(self, content: bool = False) -> None:
        """Tell every content binding to re-read; *content*: because the content changed."""
        if content:
            self.content_generation += 1
        self._revision += 1
        self.revisionChanged.emit()

    @Slot(str, str, result="QVariantList")
    def inAllLanguages(self, context: str, source: str) -> list[dict[str, str]]:  # noqa: N802
        """One interface string in every enabled language at once (the attract loop's call to touch)."""
        out = []
        for code in self._languages:
            tr = self._per_language.get(code)
            text = (tr.translate(context, source) if tr else "") or source
            out.append({"code": code, "text": stretch(text, self._trans_scale)})
        return out

    @property
    def trans_scale(self) -> float:
        """How much interface and content strings are stretched (1 = not at all)."""
        return self._trans_scale

    def stretched(self, value):
        """Content for QML (maps, lists of maps) with its texts stretched by
        ``trans_scale`` for the layout tests; *value* itself when not stretching."""
        return stretch_texts(value, self._trans_scale)

    # -- screen metrics ------------------------------------------------------------
    @Property(float, notify=metricsChanged)
    def pixelsPerMm(self) -> float:  # noqa: N802
        """Pixels per millimetre on the kiosk's screen (setting overrides what it reports)."""
        if self._dpi_override:
            return float(self._dpi_override) / 25.4
        screen = QGuiApplication.primaryScreen()
        dpi = screen.physicalDotsPerInch() if screen is not None else 96.0
        if not dpi or dpi < 20 or dpi > 600:  # a screen reporting nonsense
            dpi = 96.0
        return dpi / 25.4

    def set_physical_dpi(self, dpi: float | None) -> None:
        """Override the screen's reported DPI (for screens that report it wrong)."""
        self._dpi_override = dpi
        self.metricsChanged.emit()

    # -- resources -----------------------------------------------------------------
    @Slot(str, result=str)
    def icon(self, name: str) -> str:
        """URL of a bundled SVG icon by name (``home``, ``sector-food``, ``home-light`` ...)."""
        path = paths.ICONS_DIR / f"{name}.svg"
        if not path.exists():
            path = paths.ICONS_DIR / "image.svg"
        return QUrl.fromLocalFile(str(path)).toString()

    attractMediaChanged = Signal()

    @Property("QVariantList", notify=attractMediaChanged)
    def attractPictures(self) -> list[str]:  # noqa: N802
        """Staff images for the attract loop, as picture ids (``media/<file>``); empty: the designed loop."""
        return self._attract.pictures

    @Property(str, notify=attractMediaChanged)
    def attractVideo(self) -> str:  # noqa: N802
        """The staff video the attract loop plays (a checked file URL); '': none."""
        return self._attract.video_url

    @Property(bool, notify=attractMediaChanged)
    def attractSound(self) -> bool:  # noqa: N802
        """True when the attract video plays its sound (muted otherwise)."""
        return self._attract.sound

    @Slot(str)
    def attractVideoFailed(self, message: str) -> None:  # noqa: N802
        """The attract loop could not play the video: it falls back to the designed loop (logged)."""
        self._attract.video_failed(message)

    def set_attract_media(self, names: list[str], sound: bool = False) -> None:
        """Show these media files in the attract loop: the readable images, or
        the video once Qt Multimedia has loaded it; *sound*: the video's sound on."""
        self._attract.set_names(list(names), sound)

    def _folder(self) -> Path:
        return self._media_dir if self._media_dir is not None else paths.media_dir(paths.data_dir())

    @Slot(str, result=str)
    def mediaUrl(self, relative: str) -> str:  # noqa: N802
        """URL of an image staff added (inside the data folder's media), or '' when missing."""
        if not relative:
            return ""
        folder = self._folder()
        path = (folder / relative).resolve()
        if folder.resolve() not in path.parents or not path.exists():
            return ""
        return QUrl.fromLocalFile(str(path)).toString()

    @Property(str, constant=True)
    def version(self) -> str:
        return __version__

