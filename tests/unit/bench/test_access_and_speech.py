"""``kiosk bench --access MODES`` and the read-aloud measure: options, aggregation, rows, skipping."""

from __future__ import annotations

from dataclasses import asdict

import pytest

from kiosk.bench import access, report, speech_bench
from kiosk.bench.runner import Plan
from kiosk.cli import build_parser
from kiosk.runtime import speechd


# -- --access ----------------------------------------------------------------------------
def test_access_modes_are_the_tours_names_in_order_without_repeats():
    assert access.parse_modes("large, contrast,large") == ("large", "contrast")
    assert access.parse_modes("motion,reach") == ("motion", "reach")
    assert access.parse_modes("") == () and access.parse_modes(None) == ()


def test_an_unknown_access_mode_is_named_with_the_choices():
    with pytest.raises(SystemExit, match=r"--access: unknown mode\(s\) huge; choose from large, contrast, motion, reach"):
        access.parse_modes("large,huge")


def test_kiosk_bench_access_option_reaches_the_plan_and_the_children():
    parser = build_parser()
    plan = Plan.for_args(parser.parse_args(["bench", "--quick", "--only", "pages,idle", "--access", "large,contrast"]))
    assert plan.access == ("large", "contrast") and plan.only == ("pages", "idle")
    assert access.child_args(plan.access) == ["--access", "large,contrast"]
    assert Plan.for_args(parser.parse_args(["bench"])).access == ()
    assert access.child_args(()) == []
    with pytest.raises(SystemExit, match="unknown mode"):
        Plan.for_args(parser.parse_args(["bench", "--access", "bold"]))
    child = parser.parse_args(["bench-child", "pages", "--access", "large,contrast"])
    assert child.access == "large,contrast" and child.language == "zh-Hans"


def test_speech_is_a_measure_of_its_own():
    plan = Plan.for_args(build_parser().parse_args(["bench", "--only", "speech"]))
    assert plan.only == ("speech",)


def test_the_report_says_which_modes_were_on_in_the_table_and_the_json(tmp_path):
    raw = {"pages": {"access_at_end": ["large", "contrast"]},
           "idle": {"phases": {"home": {"access": ["large", "contrast"]}, "attract": {"access": []}}}}
    results = {"failed": {}, "access": access.summary(("large", "contrast"), raw)}
    rows = access.rows(results)
    assert [(r.measure, r.value, r.met) for r in rows] == [
        ("accessibility modes on (page switches, idle CPU on Home)", "large, contrast", None)]
    assert "| large, contrast |" in report.render_markdown(rows)
    plan = Plan.for_args(build_parser().parse_args(["bench", "--access", "large,contrast"]))
    options = {k: (list(v) if isinstance(v, tuple) else v) for k, v in asdict(plan).items()}
    doc = report.build_document(results, rows, machine={}, commit={"commit": "abc"}, options=options)
    report.write_json(doc, tmp_path / "bench.json")
    back = report.read_json(tmp_path / "bench.json")
    assert back["options"]["access"] == ["large", "contrast"]
    assert back["results"]["access"]["modes"] == ["large", "contrast"]


def test_a_mode_found_off_at_the_end_is_marked_as_a_miss():
    raw = {"pages": {"access_at_end": ["large"]}}
    row, = access.rows({"access": access.summary(("large", "contrast"), raw)})
    assert row.met is False and "NOT all on: page switches ended with only large" in row.value


def test_no_modes_no_row():
    assert access.summary((), {}) is None
    assert access.rows({"failed": {}}) == []


# -- read aloud ----------------------------------------------------------------------------
def speech_data(**changes):
    data = {"measure": "speech", "language": "zh-Hans", "status": "ready", "problem": "", "spoken": True,
            "voice": "Chinese (Mandarin)", "first_utterance_s": 2.39, "frames": 368, "longest_frame_gap_ms": 27.0,
            "longest_tick_gap_ms": 28.1, "baseline": {"frames": 300, "longest_frame_gap_ms": 9.1, "longest_tick_gap_ms": 9.0},
            "turned_on_cpu_ms": 1.6, "longest_step_ms": 3.0, "engine_start_s": 2.387, "warnings": []}
    data.update(changes)
    return data


def test_read_aloud_rows_carry_the_one_frame_target():
    rows = {r.measure.split(" (")[0]: r for r in speech_bench.rows({"failed": {}, "speech": speech_bench.aggregate(speech_data())})}
    gap = rows["read aloud on: longest frame gap until the first utterance"]
    assert gap.value == "27.0 ms (368 frames; 9.1 ms on Home before)" and gap.target == "<= 33 ms" and gap.met is True
    assert rows["read aloud on: GUI-thread CPU of turning it on"].value == "1.6 ms"
    assert rows["read aloud on: GUI-thread CPU of turning it on"].met is True
    assert rows["read aloud on: speech thread's longest voice-listing step"].met is True
    assert rows["read aloud on: engine start"].value == "2.39 s"
    assert rows["read aloud on: switch -> first utterance"].value == "2.39 s"


def test_a_frame_over_33_ms_is_a_miss():
    row = speech_bench.rows({"speech": speech_bench.aggregate(speech_data(longest_frame_gap_ms=41.5))})[0]
    assert row.value.startswith("41.5 ms") and row.met is False


def test_speech_that_never_came_is_a_miss_with_the_engines_reason():
    agg = speech_bench.aggregate(speech_data(spoken=False, status="unavailable", problem="no voice module",
                                             first_utterance_s=None, engine_start_s=None, voice=None))
    rows = {r.measure: r for r in speech_bench.rows({"speech": agg})}
    assert rows["read aloud on: longest frame gap until the first utterance"].met is False
    never = rows["read aloud on: first utterance"]
    assert never.value == "never spoken (engine unavailable: no voice module)" and never.met is False
    assert rows["read aloud on: engine start (on the speech thread)"].value == "n/a"


def test_a_failed_speech_measure_says_why():
    row, = speech_bench.rows({"failed": {"speech": "speech-dispatcher did not open /tmp/x/speechd.sock: boom"}})
    assert row.value == "FAILED: speech-dispatcher did not open /tmp/x/speechd.sock: boom" and row.met is False


class _Runner:
    """Just what ``speech_bench.run`` needs of the real runner, to see it skip."""

    def __init__(self, workdir):
        self.workdir = workdir
        self.said: list[str] = []
        self.children: list[str] = []

    def say(self, text):
        self.said.append(text)

    def run_child(self, measure, *args, **kwargs):
        self.children.append(measure)
        raise AssertionError("no child without a speech-dispatcher")


def test_without_speech_dispatcher_the_measure_is_skipped_not_failed(monkeypatch, tmp_path):
    monkeypatch.setattr(speechd.shutil, "which", lambda name: None)
    runner, results = _Runner(tmp_path), {"failed": {}}
    speech_bench.run(runner, results)
    assert results["failed"] == {} and runner.children == []
    assert "speech-dispatcher with espeak-ng is not installed" in results["speech"]["skipped"]
    row, = speech_bench.rows(results)
    assert row.value.startswith("skipped: speech-dispatcher with espeak-ng is not installed (bash build_scripts/dev.sh system")
    assert row.met is None
    assert any("skipped" in line for line in runner.said)


def test_the_daemon_refuses_to_start_when_it_is_not_installed(monkeypatch, tmp_path):
    monkeypatch.setattr(speechd.shutil, "which", lambda name: None)
    daemon = speechd.PrivateSpeechDispatcher(tmp_path / "speechd")
    assert daemon.address == f"unix_socket:{tmp_path / 'speechd' / 'speechd.sock'}"
    with pytest.raises(speechd.SpeechDispatcherError, match="not installed"):
        daemon.start()
    assert not (tmp_path / "speechd").exists()
