"""``kiosk bench --only speech``: what turning read aloud on costs the screen.

The parent starts a private speech-dispatcher (``kiosk.runtime.speechd``)
and one child on it.  The child waits on Home until the kiosk is idle,
watches the screen for a quiet baseline, then turns read aloud on as a
visitor does (``Access.readAloud = True``) and watches until the first
utterance is handed to the engine: the longest gap between frames (the
window keeps drawing, as while something moves) and between ticks of a
5 ms timer; what the GUI thread's own work of turning it on took
(``turned_on_cpu_ms``); the speech thread's longest step of listing the
voices (the longest it held Python's lock at once); and how long the
engine took to start.  Target: no frame over 33 ms.

Without speech-dispatcher and espeak-ng the measure is skipped with the
reason, not failed.
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

from kiosk.bench.report import Row

TARGET_FRAME_MS = 33.0
#: A fresh speech-dispatcher starts its voice modules first.
FIRST_UTTERANCE_TIMEOUT_S = 60.0


# -- the child -----------------------------------------------------------------------------
def _watch(k, seconds: float) -> dict[str, Any]:
    """Frame and tick gaps over *seconds* of a kiosk left alone."""
    from kiosk.gui.frame_gaps import GapWatch

    watch = GapWatch(k.ui.window)
    watch.start()
    k.drive.wait(int(seconds * 1000))
    watch.stop()
    return watch.figures()


def measure_speech(args) -> int:
    """The child: read aloud turned on on an idle Home (see the module's docstring)."""
    from kiosk.bench.harness import Kiosk, emit, memory
    from kiosk.gui.frame_gaps import GapWatch

    k = Kiosk(args, animations=True, language=args.language)
    ui = k.ui
    warmed = ui.art.wait_until_warm(300)
    k.drive.settle()
    k.drive.wait(1000)
    baseline = _watch(k, args.seconds)
    said: list[Any] = []
    spoken_at: list[float] = []

    def on_spoken(utterance) -> None:
        if not said:
            spoken_at.append(time.perf_counter())
            said.append(utterance)
    ui.speech.spoken.connect(on_spoken)
    watch = GapWatch(ui.window)
    watch.start()
    switched = time.perf_counter()
    ui.access.setProperty("readAloud", True)
    k.pump(lambda: bool(said) or ui.speech.status == "unavailable", FIRST_UTTERANCE_TIMEOUT_S)
    watch.stop()
    speech, bridge = ui.speech, ui.speech_bridge
    first = said[0] if said else None
    emit(
        "speech",
        language=args.language,
        pictures_warmed=warmed,
        status=speech.status,
        problem=speech.report.problem if speech.report else "",
        spoken=first is not None,
        voice=first.voice if first else None,
        locale=first.locale if first else None,
        first_utterance_s=(spoken_at[0] - switched) if spoken_at else None,
        baseline=baseline,
        **watch.figures(),
        turned_on_cpu_ms=bridge.turned_on_cpu_ms,
        turned_on_ms=getattr(bridge, "turned_on_ms", None),
        longest_step_ms=speech.report.longest_step_ms if speech.report else None,
        engine_start_s=(speech.ready_at - speech.started_at) if speech.ready_at else None,
        warnings=k.warnings(),
        **memory(),
    )
    k.close()
    return 0 if first is not None else 1


# -- the parent ----------------------------------------------------------------------------
def run(runner, results: dict[str, Any]) -> None:
    """Start the private daemon, run the child on it, keep its figures (or why there are none)."""
    from kiosk.runtime import speechd

    reason = speechd.missing()
    if reason:
        results["speech"] = {"skipped": reason}
        runner.say(f"read aloud: skipped ({reason})")
        return
    runner.say("read aloud: starting a private speech-dispatcher, turning read aloud on over Home ...")
    daemon = speechd.PrivateSpeechDispatcher(Path(runner.workdir) / "speechd")
    try:
        daemon.start()
    except speechd.SpeechDispatcherError as exc:
        results["failed"]["speech"] = str(exc)
        return
    try:
        seconds = 2.0 if runner.plan.quick else 5.0
        r = runner.run_child("speech", "--seconds", str(seconds), timeout_s=300, env={"SPEECHD_ADDRESS": daemon.address})
    finally:
        daemon.stop()
    runner._keep("speech", r, results, aggregate)


def aggregate(data: dict[str, Any]) -> dict[str, Any]:
    """The figures the table shows (ms), from the child's raw ones."""
    engine = data.get("engine_start_s")
    first = data.get("first_utterance_s")
    return {
        "spoken": bool(data.get("spoken")),
        "status": data.get("status"),
        "problem": data.get("problem") or "",
        "language": data.get("language"),
        "voice": data.get("voice"),
        "frames": data.get("frames"),
        "longest_frame_gap_ms": data.get("longest_frame_gap_ms"),
        "longest_tick_gap_ms": data.get("longest_tick_gap_ms"),
        "baseline": data.get("baseline") or {},
        "turned_on_cpu_ms": data.get("turned_on_cpu_ms"),
        "longest_step_ms": data.get("longest_step_ms"),
        "engine_start_ms": engine * 1000 if engine is not None else None,
        "first_utterance_ms": first * 1000 if first is not None else None,
        "warnings": len(data.get("warnings") or []),
    }


def _ms(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.1f} ms"


def _s(ms: float | None) -> str:
    return "n/a" if ms is None else f"{ms / 1000:.2f} s"


def _within(value: float | None) -> bool | None:
    return None if value is None else value <= TARGET_FRAME_MS


def rows(results: dict[str, Any]) -> list[Row]:
    """The table's rows for read aloud (skipped, failed or measured)."""
    speech = results.get("speech")
    if "speech" in results.get("failed", {}):
        return [Row("read aloud on", f"FAILED: {results['failed']['speech']}", "", False)]
    if not speech:
        return []
    if speech.get("skipped"):
        return [Row("read aloud on", f"skipped: {speech['skipped']}")]
    target = f"<= {TARGET_FRAME_MS:.0f} ms"
    base = speech.get("baseline") or {}
    gap = speech.get("longest_frame_gap_ms")
    out = [Row("read aloud on: longest frame gap until the first utterance",
               f"{_ms(gap)} ({speech.get('frames')} frames; {_ms(base.get('longest_frame_gap_ms'))} on Home before)",
               target, _within(gap) if speech["spoken"] else False)]
    if not speech["spoken"]:
        out.append(Row("read aloud on: first utterance", f"never spoken (engine {speech.get('status')}: {speech.get('problem') or 'no reason given'})",
                       "spoken", False))
    out += [
        Row("read aloud on: longest GUI-thread stall (5 ms timer)",
            f"{_ms(speech.get('longest_tick_gap_ms'))} ({_ms(base.get('longest_tick_gap_ms'))} on Home before)"),
        Row("read aloud on: GUI-thread CPU of turning it on", _ms(speech.get("turned_on_cpu_ms")), target,
            _within(speech.get("turned_on_cpu_ms"))),
        Row("read aloud on: speech thread's longest voice-listing step", _ms(speech.get("longest_step_ms")), target,
            _within(speech.get("longest_step_ms"))),
        Row("read aloud on: engine start (on the speech thread)", _s(speech.get("engine_start_ms"))),
        Row(f"read aloud on: switch -> first utterance ({speech.get('language')}, {speech.get('voice') or 'no voice'})",
            _s(speech.get("first_utterance_ms"))),
    ]
    return out
