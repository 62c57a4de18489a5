"""The part of read-aloud that touches Qt TextToSpeech: the speech thread's
worker (engine, voices, speaking) and the blocking voice probe.

Kept apart from ``kiosk.gui.speech`` so that Qt TextToSpeech (its library
and PySide6's module for it, about 1.5 MB resident) loads only when
read-aloud is first turned on (``Speech.start``) or the voices are probed,
never for a visitor who does not use it.
"""

from __future__ import annotations

import threading
import time

from PySide6.QtCore import QObject, QThread, Signal, Slot
from PySide6.QtTextToSpeech import QTextToSpeech, QVoice

from kiosk.gui.speech import WISHES, Utterance, VoiceInfo, VoiceReport, VoiceWish, choose_voices, default_engine

#: The engine a ``QTextToSpeech`` is made with before it moves to the speech
#: thread: Qt's silent test engine, which loads at once and is replaced there
#: by the real one (never spoken with). Without it, a name no plugin has.
_PLACEHOLDER, _NO_ENGINE = "mock", "none"


def available_engines() -> list[str]:
    """The text-to-speech plugins this Qt has."""
    return list(QTextToSpeech.availableEngines())


def voice_infos(tts: QTextToSpeech, steps: list[float] | None = None) -> tuple[list[VoiceInfo], dict[str, QVoice]]:
    # One locale at a time, handing Python's lock back after each: a call
    # holds it for milliseconds, where all voices at once (13 000 with
    # espeak-ng's variants) would hold it for 50 and stall the screen.
    # *steps* gets each step's length in ms.
    infos: list[VoiceInfo] = []
    by_name: dict[str, QVoice] = {}
    for locale in tts.availableLocales():
        began = time.perf_counter()
        for voice in tts.allVoices(locale):
            name = voice.name()
            # espeak-ng's variants ("Russian+Adam") are never chosen (see _rank).
            if "+" not in name and name not in by_name:
                infos.append(VoiceInfo(name, voice.locale().name()))
                by_name[name] = voice
        if steps is not None:
            steps.append((time.perf_counter() - began) * 1000)
        time.sleep(0)
    return infos, by_name


class SpeechThreadWorker(QObject):
    """Lives on the speech thread: holds the engine, picks voices, speaks."""

    opened = Signal(object)  # VoiceReport
    stateChanged = Signal(str)
    spoke = Signal(object)  # Utterance
    voiceMissing = Signal(str)
    stopped = Signal()

    def __init__(self, engine: str, wishes: dict[str, VoiceWish], rate: float, volume: float):
        super().__init__()
        # Made here without an engine (instant) and moved with the worker;
        # its engine is set over there by a queued call into C++: see the
        # docstring of kiosk.gui.speech.
        placeholder = _PLACEHOLDER if _PLACEHOLDER in QTextToSpeech.availableEngines() else _NO_ENGINE
        self.tts = self._tts = QTextToSpeech(placeholder, self)
        self._engine = engine
        self._wishes = wishes
        self._rate, self._volume = rate, volume
        self._voices: dict[str, QVoice] = {}
        self._ready = False
        # Said but not begun yet: the engine reports the new text's start a
        # moment after the old one's end, and a stop in between must still
        # stop it (the visitor acted; the new text must not start after).
        self._pending = False

    @Slot(str)
    def engine_set(self, _name: str) -> None:
        """The engine is loaded (or failed to load): list its voices and report."""
        tts = self._tts
        report = VoiceReport(self._engine, thread=threading.get_ident())
        if tts.state() == QTextToSpeech.State.Error:
            report.problem = tts.errorString() or "the text-to-speech engine did not start"
            self.opened.emit(report)
            return
        steps: list[float] = []
        infos, by_name = voice_infos(tts, steps)
        report.longest_step_ms = max(steps, default=0.0)
        for language, voices in choose_voices(infos, self._wishes).items():
            report.languages[language] = [v.name for v in voices]
            if voices:
                self._voices[language] = by_name[voices[0].name]
        tts.stateChanged.connect(self.engine_state)
        tts.setRate(self._rate)
        tts.setVolume(self._volume)
        self._ready = True
        self.opened.emit(report)

    @Slot(QTextToSpeech.State)
    def engine_state(self, state) -> None:
        if state in (QTextToSpeech.State.Speaking, QTextToSpeech.State.Error):
            self._pending = False
        self.stateChanged.emit(state.name.lower())

    @Slot(str, str)
    def say(self, text: str, language: str) -> None:
        if not self._ready:
            return
        voice = self._voices.get(language)
        if voice is None:
            self.voiceMissing.emit(language)
            return
        tts = self._tts
        if tts.voice().name() != voice.name():
            tts.setLocale(voice.locale())
            tts.setVoice(voice)
        tts.say(text)
        self._pending = True
        used = tts.voice()
        self.spoke.emit(Utterance(text, language, used.name(), used.locale().name()))

    @Slot()
    def stop(self) -> None:
        speaking = self._tts.state() in (QTextToSpeech.State.Speaking, QTextToSpeech.State.Paused)
        if self._ready and (speaking or self._pending):
            self._pending = False
            self._tts.stop()
            self.stopped.emit()

    @Slot(float)
    def set_volume(self, volume: float) -> None:
        self._volume = volume
        if self._ready:
            self._tts.setVolume(volume)

    @Slot(float)
    def set_rate(self, rate: float) -> None:
        self._rate = rate
        if self._ready:
            self._tts.setRate(rate)

    @Slot()
    def close(self) -> None:
        """Stop speaking, let the engine go and end the thread (deferred
        deletes run as the thread finishes, on this thread)."""
        if self._ready and self._tts.state() == QTextToSpeech.State.Speaking:
            self._tts.stop()
        self._ready = False
        self.deleteLater()
        QThread.currentThread().quit()


def probe_voices(engine: str | None = None, wishes: dict[str, VoiceWish] | None = None) -> VoiceReport:
    """The engine's voices per kiosk language, found on this thread (blocks for
    seconds: for ``kiosk voices``, never the kiosk). Needs a Q(Core)Application."""
    name = default_engine() if engine is None else engine
    available = QTextToSpeech.availableEngines()
    if name and name not in available:
        return VoiceReport(name, problem=f"no {name!r} text-to-speech plugin (this Qt has: {', '.join(available) or 'none'})")
    tts = QTextToSpeech(name) if name else QTextToSpeech()
    try:
        if tts.state() == QTextToSpeech.State.Error:
            return VoiceReport(name, problem=tts.errorString() or "the text-to-speech engine did not start")
        infos, _ = voice_infos(tts)
        chosen = choose_voices(infos, WISHES if wishes is None else wishes)
        return VoiceReport(name, languages={lang: [v.name for v in voices] for lang, voices in chosen.items()})
    finally:
        tts.deleteLater()
