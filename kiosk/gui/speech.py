"""``Speech``: the kiosk's read-aloud voice, over Qt TextToSpeech.

The engine is the platform's own: speech-dispatcher (``speechd``) on Linux,
Qt's default (WinRT or SAPI) elsewhere. For each kiosk language the service
picks a voice from what the engine offers (``choose_voices``): by the
voice's locale, or by its name where the engine gives no usable locale
(espeak-ng's Mandarin voice ``cmn`` comes through speech-dispatcher with
the locale "C"). A language without a voice is a clear state
(``has_voice`` is False, ``voiceMissing`` is emitted and logged once), never
a silent failure.

Creating the engine connects to speech-dispatcher and lists thousands of
voices: one to several seconds, during which PySide6 keeps Python's lock. So
nothing happens until read-aloud is first wanted (``start``), and then the
engine is made on a thread of its own by a queued C++ call (no Python on
that thread while it waits), so the visitor's screen never stalls. All the
engine's work stays on that thread; the service talks to it by queued
signals and hears back the same way.
"""

from __future__ import annotations

import atexit
import json
import logging
import os
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QObject, QThread, Signal, Slot

log = logging.getLogger(__name__)

#: The service's states, as ``Speech.status`` gives them.
OFF, STARTING, READY, UNAVAILABLE = "off", "starting", "ready", "unavailable"
#: Qt's default rate; the staff setting ``speech.rate`` moves it (-1 slow .. 1 fast).
DEFAULT_RATE = 0.0
DEFAULT_VOLUME = 0.8
#: Every running speech thread with its worker: held here, so that Python
#: never destroys a thread that still runs (a Speech dropped unclosed, or
#: one whose engine did not stop in time); ended at exit.
_RUNNING: list[tuple[QThread, QObject]] = []


@atexit.register
def _end_speech_threads() -> None:
    for thread, _worker in list(_RUNNING):
        thread.quit()
        thread.wait(2000)


def default_engine() -> str:
    """The engine for this platform: speech-dispatcher on Linux, Qt's default
    (empty name: WinRT or SAPI on Windows) elsewhere. ``KIOSK_SPEECH_ENGINE``
    overrides it (e.g. for a PC with a vendor engine)."""
    chosen = os.environ.get("KIOSK_SPEECH_ENGINE")
    if chosen is not None:
        return chosen
    return "speechd" if sys.platform.startswith("linux") else ""


@dataclass(frozen=True)
class VoiceInfo:
    """One voice an engine offers: its name and its locale (``ru_RU``, or ``C`` when unknown)."""

    name: str
    locale: str


@dataclass(frozen=True)
class VoiceWish:
    """How to recognise a voice for one kiosk language.

    ``locales``: locale names or bare languages, best first; ``words``: words
    in a voice's name that mark it when its locale says nothing; ``avoid``:
    words that rule a voice out (Cantonese is not Mandarin); ``prefer``:
    words that make a voice the better of two (Mandarin that reads Latin
    letters as English, for brand names)."""

    locales: tuple[str, ...]
    words: tuple[str, ...]
    avoid: tuple[str, ...] = ()
    prefer: tuple[str, ...] = ()
    avoid_locales: tuple[str, ...] = ()


#: The kiosk's languages and how their voices are found on Windows
#: (Huihui, Yaoyao, Kangkang, Irina, Pavel, Zira, David ...) and espeak-ng.
WISHES: dict[str, VoiceWish] = {
    "zh-Hans": VoiceWish(
        locales=("zh_CN", "zh_SG", "zh"),
        words=("mandarin", "cmn", "chinese (simplified)", "huihui", "yaoyao", "kangkang", "xiaoxiao"),
        avoid=("cantonese", "hakka", "jyutping", "min nan", "hong kong", "hongkong"),
        prefer=("latin as english",),
        avoid_locales=("zh_HK", "zh_MO"),
    ),
    "ru": VoiceWish(locales=("ru_RU", "ru"), words=("russian", "irina", "pavel")),
    "en": VoiceWish(locales=("en_US", "en_GB", "en"), words=("english",), avoid=("latin as",),
                  prefer=("america", "united states")),
}


def _rank(wish: VoiceWish, voice: VoiceInfo) -> tuple | None:
    """Sort key of *voice* for *wish* (smaller is better), or None when it does not fit."""
    name = voice.name.lower()
    # espeak-ng lists every voice again with each of its variants ("Russian+Adam"):
    # the same speech in another timbre, left out.
    if "+" in name or any(word in name for word in wish.avoid) or voice.locale in wish.avoid_locales:
        return None
    language = voice.locale.split("_")[0]
    place = next((i for i, loc in enumerate(wish.locales) if loc in (voice.locale, language)), None)
    if place is None:
        if not any(word in name for word in wish.words):
            return None
        place = len(wish.locales)
    # Then a preferred one, then the shorter name ("Russian" before "Russian (Latvia)").
    return (place, not any(word in name for word in wish.prefer), len(name), name)


def choose_voices(voices: list[VoiceInfo], wishes: dict[str, VoiceWish] = WISHES) -> dict[str, list[VoiceInfo]]:
    """For each language of *wishes*, the voices that fit it, best first (empty: no voice)."""
    found: dict[str, list[VoiceInfo]] = {}
    for language, wish in wishes.items():
        ranked = [(key, v) for v in voices if (key := _rank(wish, v)) is not None]
        found[language] = [v for _key, v in sorted(ranked, key=lambda pair: pair[0])]
    return found


@dataclass(frozen=True)
class Utterance:
    """What the engine was asked to say: the text, the kiosk language, and the
    voice and locale the engine had set when it took the text."""

    text: str
    language: str
    voice: str
    locale: str


@dataclass
class VoiceReport:
    """What an engine offers the kiosk: per language the chosen voice and the
    others that fit (for diagnostics), or why there is no engine at all."""

    engine: str
    problem: str = ""
    languages: dict[str, list[str]] = field(default_factory=dict)
    #: The longest single step of listing the voices on the speech thread (ms):
    #: the longest the screen could wait for Python's lock meanwhile.
    longest_step_ms: float = 0.0
    #: The thread that loaded the engine and listed its voices (the speech
    #: thread's ident; never the screen's).
    thread: int = 0

    def chosen(self, language: str) -> str | None:
        """The voice used for *language*, or None when it has none."""
        names = self.languages.get(language) or []
        return names[0] if names else None

    def as_json(self) -> dict:
        """The report as the diagnostics read it (``run/speech-voices.json``)."""
        return {
            "engine": self.engine or "(platform default)",
            "problem": self.problem,
            "languages": {lang: {"voice": self.chosen(lang), "voices": names} for lang, names in self.languages.items()},
            "written_at": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
        }


class Speech(QObject):
    """The kiosk's read-aloud voice: says a text in a kiosk language with that
    language's voice, stops, repeats; knows which languages have a voice.

    Nothing is loaded until ``start`` (or the first ``say``); ``close`` ends
    the speech thread (the kiosk's ``close`` calls it).
    """

    statusChanged = Signal()
    speakingChanged = Signal()
    #: The engine took a text: what, in which language, with which voice.
    spoken = Signal(object)
    #: A language has no voice (emitted once per language).
    voiceMissing = Signal(str)
    #: The engine was told to stop while it spoke.
    stopped = Signal()

    # Queued to the speech thread.
    _want_engine = Signal(str)
    _say = Signal(str, str)
    _stop = Signal()
    _to_volume = Signal(float)
    _to_rate = Signal(float)
    _close = Signal()

    def __init__(
        self,
        engine: str | None = None,
        *,
        rate: float = DEFAULT_RATE,
        volume: float = DEFAULT_VOLUME,
        voices_file: Path | None = None,
        wishes: dict[str, VoiceWish] | None = None,
        parent: QObject | None = None,
    ):
        super().__init__(parent)
        self.engine_name = default_engine() if engine is None else engine
        self._rate = _clamp(rate, -1.0, 1.0)
        self._volume = _clamp(volume, 0.0, 1.0)
        self._voices_file = voices_file
        self._wishes = dict(WISHES if wishes is None else wishes)
        self._status = OFF
        self._state = "ready"
        self.report: VoiceReport | None = None
        self._missing: set[str] = set()
        self._last: tuple[str, str] | None = None
        self._thread: QThread | None = None
        self._worker: QObject | None = None  # a speech_engine.SpeechThreadWorker
        self.started_at = self.ready_at = 0.0

    # -- state ---------------------------------------------------------------------
    @property
    def status(self) -> str:
        """``off`` (never started), ``starting``, ``ready`` or ``unavailable`` (no engine)."""
        return self._status

    @property
    def problem(self) -> str:
        """Why there is no engine (empty while there is one or it is not known yet)."""
        return self.report.problem if self.report is not None else ""

    @property
    def speaking(self) -> bool:
        """Whether the engine says it is speaking now."""
        return self._state == "speaking"

    @property
    def last(self) -> tuple[str, str] | None:
        """The last (text, language) asked for: what ``repeat`` says again."""
        return self._last

    def has_voice(self, language: str) -> bool | None:
        """True/False once the engine is ready (False also with no engine), None before."""
        if self._status == UNAVAILABLE:
            return False
        if self._status != READY or self.report is None:
            return None
        return self.report.chosen(language) is not None

    def voices_by_language(self) -> dict[str, list[str]]:
        """Per kiosk language the voices that fit, the one used first (empty before ``start`` finished)."""
        return {lang: list(names) for lang, names in (self.report.languages if self.report else {}).items()}

    # -- commands --------------------------------------------------------------------
    def start(self) -> None:
        """Load the engine on the speech thread (once; returns at once)."""
        if self._thread is not None:
            return
        self.started_at = time.perf_counter()
        self._set_status(STARTING)
        thread = QThread()
        thread.setObjectName("speech")
        # Qt TextToSpeech loads only now, for a visitor who wants it: see speech_engine.
        from kiosk.gui.speech_engine import SpeechThreadWorker, available_engines

        worker = SpeechThreadWorker(self.engine_name, self._wishes, self._rate, self._volume)
        tts = worker.tts
        worker.moveToThread(thread)
        tts.engineChanged.connect(worker.engine_set)
        self._want_engine.connect(tts.setEngine)
        self._say.connect(worker.say)
        self._stop.connect(worker.stop)
        self._to_volume.connect(worker.set_volume)
        self._to_rate.connect(worker.set_rate)
        self._close.connect(worker.close)
        worker.opened.connect(self._on_opened)
        worker.stateChanged.connect(self._on_state)
        worker.spoke.connect(self.spoken)
        worker.voiceMissing.connect(self._on_voice_missing)
        worker.stopped.connect(self.stopped)
        self._thread, self._worker = thread, worker
        _RUNNING.append((thread, worker))
        thread.start()
        available = available_engines()
        if self.engine_name and self.engine_name not in available:
            self._on_opened(VoiceReport(self.engine_name, problem=(
                f"no {self.engine_name!r} text-to-speech plugin (this Qt has: {', '.join(available) or 'none'})")))
            return
        log.info("read aloud: starting the %s text-to-speech engine", self.engine_name or "default")
        self._want_engine.emit(self.engine_name)

    def say(self, text: str, language: str) -> bool:
        """Say *text* with *language*'s voice, cutting off what is being said.

        False when it cannot be said: no engine, or no voice for *language*
        (known once the engine is ready; before that the text waits in line).
        """
        text = " ".join(text.split())
        if not text:
            return False
        self._last = (text, language)
        self.start()
        if self.has_voice(language) is False:
            self._on_voice_missing(language)
            return False
        self._say.emit(text, language)
        return True

    def repeat(self) -> bool:
        """Say the last text again (False when there is none)."""
        return self.say(*self._last) if self._last else False

    def stop(self) -> None:
        """Stop speaking now (nothing happens when silent or never started)."""
        if self._thread is not None:
            self._stop.emit()

    def set_volume(self, volume: float) -> None:
        """0 (silent) .. 1 (loudest)."""
        self._volume = _clamp(volume, 0.0, 1.0)
        if self._thread is not None:
            self._to_volume.emit(self._volume)

    def set_rate(self, rate: float) -> None:
        """-1 (slowest) .. 0 (normal) .. 1 (fastest)."""
        self._rate = _clamp(rate, -1.0, 1.0)
        if self._thread is not None:
            self._to_rate.emit(self._rate)

    @property
    def volume(self) -> float:
        return self._volume

    @property
    def rate(self) -> float:
        return self._rate

    def close(self, timeout_ms: int = 5000) -> None:
        """End the speech thread (waits for an engine still starting, up to *timeout_ms*)."""
        thread, self._thread = self._thread, None
        if thread is None:
            return
        self._close.emit()
        if thread.wait(timeout_ms):
            _RUNNING[:] = [pair for pair in _RUNNING if pair[0] is not thread]
        else:
            log.warning("read aloud: the speech engine did not stop within %d ms", timeout_ms)
        self._worker = None

    # -- from the speech thread ------------------------------------------------------
    def _set_status(self, status: str) -> None:
        if status != self._status:
            self._status = status
            self.statusChanged.emit()

    @Slot(object)
    def _on_opened(self, report: VoiceReport) -> None:
        self.report = report
        self.ready_at = time.perf_counter()
        if report.problem:
            log.warning("read aloud is not available: the %s text-to-speech engine: %s",
                        report.engine or "default", report.problem)
            self._set_status(UNAVAILABLE)
        else:
            chosen = ", ".join(f"{lang}: {report.chosen(lang) or 'none'}" for lang in report.languages)
            log.info("read aloud ready in %.1f s (%s)", self.ready_at - self.started_at, chosen)
            self._set_status(READY)
            for language in report.languages:
                if report.chosen(language) is None:
                    self._on_voice_missing(language)
        self._write_report(report)

    @Slot(str)
    def _on_state(self, state: str) -> None:
        was = self.speaking
        self._state = state
        if was != self.speaking:
            self.speakingChanged.emit()

    @Slot(str)
    def _on_voice_missing(self, language: str) -> None:
        if language in self._missing:
            return
        self._missing.add(language)
        log.warning("read aloud: no voice for %s on the %s engine; install one (see the README, Read aloud)",
                    language, self.engine_name or "default")
        self.voiceMissing.emit(language)

    def _write_report(self, report: VoiceReport) -> None:
        if self._voices_file is None:
            return
        try:
            self._voices_file.parent.mkdir(parents=True, exist_ok=True)
            part = self._voices_file.with_suffix(".part")
            part.write_text(json.dumps(report.as_json(), ensure_ascii=False, indent=2), encoding="utf-8")
            part.replace(self._voices_file)
        except OSError as exc:  # the diagnostics then say the file is missing; speech goes on
            log.warning("read aloud: cannot write %s: %s", self._voices_file, exc)


def probe_voices(engine: str | None = None, wishes: dict[str, VoiceWish] | None = None) -> VoiceReport:
    """The engine's voices per kiosk language, found on this thread (blocks for
    seconds: for ``kiosk voices``, never the kiosk). Needs a Q(Core)Application."""
    from kiosk.gui import speech_engine

    return speech_engine.probe_voices(engine, wishes)



def probe_in_application(engine: str | None = None) -> VoiceReport:
    """``probe_voices`` from a command line: makes the Qt core application it needs."""
    from PySide6.QtCore import QCoreApplication

    app = QCoreApplication.instance() or QCoreApplication([])
    try:
        return probe_voices(engine)
    finally:
        app.processEvents()  # the engine's deferred deletion


def report_from_json(data: dict) -> VoiceReport:
    """A ``VoiceReport`` back from ``as_json`` (the file the kiosk writes)."""
    languages = {lang: list(entry.get("voices") or []) for lang, entry in (data.get("languages") or {}).items()}
    return VoiceReport(str(data.get("engine", "")), str(data.get("problem", "")), languages)


def _clamp(value: float, low: float, high: float) -> float:
    return min(high, max(low, float(value)))
