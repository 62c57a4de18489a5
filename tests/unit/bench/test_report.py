"""The benchmark reads its children's output, does the statistics and prints and saves them."""

from __future__ import annotations

import argparse
import json

import pytest

from kiosk.bench import child, report
from kiosk.bench.report import BenchParseError


# -- parsing -----------------------------------------------------------------------------
def test_a_child_result_line_reads_back_exactly(capsys):
    child.emit("pages", samples=[{"type": "about", "first_frame_s": 0.012, "settled_s": 0.2}], note="冷藏箱 кластер")
    out = capsys.readouterr().out
    data = report.parse_child_output("qt: some noise\n" + out + "more noise\n", "pages")
    assert data["measure"] == "pages"
    assert data["samples"][0]["first_frame_s"] == 0.012
    assert data["note"] == "冷藏箱 кластер"
    assert isinstance(data["pid"], int)


def test_other_lines_are_ignored_and_the_one_result_is_found():
    out = "starting\nBENCH {\"measure\": \"idle\", \"phases\": {}}\nbye\n"
    assert report.parse_child_output(out, "idle")["phases"] == {}


@pytest.mark.parametrize(
    "out, message",
    [
        ("", "no BENCH line"),
        ("just logs\nand more logs\n", "no BENCH line"),
        ('BENCH {"measure": "idle"}\nBENCH {"measure": "idle"}\n', "2 BENCH lines"),
        ('log\nBENCH {"measure": "idle", \n', "line 2: BENCH line is not valid JSON"),
        ("BENCH [1, 2]\n", "must hold a JSON object"),
        ('BENCH {"value": 3}\n', 'no "measure"'),
        ('BENCH {"measure": "soak"}\n', "expected the 'idle' measure, got 'soak'"),
    ],
)
def test_malformed_output_is_a_clear_error(out, message):
    with pytest.raises(BenchParseError, match=message.replace("[", r"\[").replace("(", r"\(")):
        report.parse_child_output(out, "idle")


def test_a_line_without_the_prefix_is_refused():
    with pytest.raises(BenchParseError, match="not a BENCH line"):
        report.parse_bench_line('{"measure": "idle"}')


# -- statistics --------------------------------------------------------------------------
def test_nearest_rank_percentiles_on_known_inputs():
    assert report.percentile(list(range(1, 101)), 95) == 95
    assert report.percentile(list(range(1, 21)), 95) == 19
    assert report.percentile([5, 1, 3], 50) == 3
    assert report.percentile([7.5], 95) == 7.5
    assert report.percentile([1, 2, 3, 4], 100) == 4
    with pytest.raises(ValueError):
        report.percentile([], 95)


def test_a_summary_counts_samples_that_never_came():
    s = report.summarise([0.010, None, 0.030, 0.020])
    assert (s.n, s.missing, s.median, s.p95, s.max, s.min) == (3, 1, 0.020, 0.030, 0.030, 0.010)
    assert report.summarise([None, None]) is None
    ms = s.scaled(1000)
    assert ms.median == pytest.approx(20.0)


@pytest.mark.parametrize("length, bucket", [(1, "1"), (2, "2"), (3, "3+"), (9, "3+")])
def test_query_length_buckets(length, bucket):
    assert report.length_bucket(length) == bucket


def test_page_switches_aggregate_per_page_type():
    samples = [{"type": "about", "first_frame_s": v / 1000, "settled_s": 0.2} for v in range(1, 21)]
    samples.append({"type": "list card -> detail", "first_frame_s": 0.4, "settled_s": 0.6, "kind": "industry", "page": "detail-industry-x"})
    samples.append({"type": "list card -> detail", "first_frame_s": None, "settled_s": 5.0, "kind": "base"})
    keystrokes = [{"script": "zh", "length": n, "seconds": 0.01 * n} for n in (1, 2, 3, 4)]
    out = report.aggregate_pages({"samples": samples, "keystrokes": keystrokes})
    about = out["page_switch"]["about"]["first_frame_ms"]
    assert about["median"] == pytest.approx(10.5) and about["p95"] == pytest.approx(19.0) and about["n"] == 20
    detail = out["page_switch"]["list card -> detail"]
    assert detail["first_frame_ms"]["missing"] == 1
    assert detail["slowest"] == {"kind": "industry", "page": "detail-industry-x", "first_frame_s": 0.4}
    zh = out["search_ui"]["zh"]
    assert zh["1"]["median"] == pytest.approx(10) and zh["3+"]["n"] == 2 and zh["3+"]["max"] == pytest.approx(40)


def test_service_search_pools_every_query_of_a_script_and_length():
    data = {"queries": [
        {"script": "ru", "bucket": "1", "query": "к", "results": 30, "seconds": [0.001, 0.002]},
        {"script": "ru", "bucket": "1", "query": "с", "results": 30, "seconds": [0.003, 0.004]},
    ]}
    out = report.aggregate_search_service(data)
    assert out["by_script"]["ru"]["1"]["n"] == 4
    assert out["by_script"]["ru"]["1"]["max"] == pytest.approx(4.0)
    assert [q["median_ms"] for q in out["queries"]] == pytest.approx([1.5, 3.5])


def test_idle_cpu_is_percent_of_one_core():
    out = report.aggregate_idle({"phases": {"home": {"cpu_s": 0.05, "wall_s": 10.0, "frames": 0},
                                            "attract": {"cpu_s": 0.4, "wall_s": 10.0, "frames": 75}}})
    assert out["home"]["cpu_pct"] == pytest.approx(0.5)
    assert out["attract"]["cpu_pct"] == pytest.approx(4.0)


def test_soak_drift_compares_the_last_tenth_with_the_tenth_after_warm_up():
    samples = [(n, 100.0 if n <= 200 else 110.0 if n <= 900 else 120.0) for n in range(10, 1001, 10)]
    drift = report.soak_drift(samples, 1000)
    assert drift["window_taps"] == 100
    assert drift["first_mean_mb"] == pytest.approx(100.0)  # taps 101-200
    assert drift["last_mean_mb"] == pytest.approx(120.0)  # taps 901-1000
    assert drift["drift_mb"] == pytest.approx(20.0)
    assert report.soak_drift([], 1000)["drift_mb"] is None


def test_a_crashed_soak_is_a_result_not_a_harness_failure():
    out = report.aggregate_soak(None, {"reason": "killed by signal 11", "returncode": -11})
    assert out["crashes"] == 1
    rows = report.build_rows({"soak": out, "failed": {}})
    crash = [r for r in rows if r.measure == "soak: crashes"][0]
    assert crash.met is False and "signal 11" in crash.value


def test_cold_start_aggregates_the_parents_clock_and_the_childs_phases():
    runs = [{"seconds": s, "main_to_frame_s": s - 0.3, "page": "home", "rss_mb": 170.0,
             "phases_s": {"imports": 0.2, "qml_and_home": 0.3}} for s in (0.8, 0.9, 1.0)]
    out = report.aggregate_cold_start(runs)
    assert out["seconds"]["median"] == pytest.approx(0.9)
    assert out["interpreter_and_cli_s"] == pytest.approx(0.3)
    assert out["median_phases_s"] == {"imports": 0.2, "qml_and_home": 0.3}
    assert out["first_page"] == ["home"]


# -- rows, table, document ----------------------------------------------------------------
@pytest.fixture
def results():
    return {
        "failed": {"search_service": "exit code 1; no BENCH line"},
        "cold_start": report.aggregate_cold_start([{"seconds": 0.5}, {"seconds": 0.6}, {"seconds": 0.9}]),
        "memory": {"peak_mb": 230.0, "steady_mb": 190.0},
        "pages": report.aggregate_pages({"samples": [{"type": "about", "first_frame_s": 0.01, "settled_s": 0.2}],
                                         "keystrokes": [{"script": "latin", "length": 1, "seconds": 0.05}]}),
        "idle": report.aggregate_idle({"phases": {"home": {"cpu_s": 0.0, "wall_s": 10.0, "frames": 0}}}),
        "soak": report.aggregate_soak({"taps": 1000, "seconds": 20.0, "warnings": ["qml: oops"],
                                       "rss_samples": [(n, 100.0) for n in range(10, 1001, 10)]}),
        "import_workbook": {"records": 10, "seconds": 1.25, "peak_mb": 99.0, "baseline_mb": 70.0},
        "import_pack": {"available": False, "reason": "not on main yet"},
    }


def test_rows_carry_targets_and_whether_they_are_met(results):
    rows = {r.measure: r for r in report.build_rows(results)}
    cold = rows["cold start (process start -> first frame of Home)"]
    assert cold.value.startswith("0.60 s median") and cold.met is True
    assert rows["peak RSS (every page type, 3 languages)"].met is False
    assert rows["page switch: about"].met is True
    assert rows["search UI keystroke: Latin 1 char"].met is False
    assert rows["idle CPU: home"].met is True
    assert rows["soak: Qt/QML warnings"].value == "1" and rows["soak: Qt/QML warnings"].met is False
    assert rows["soak: crashes"].met is True
    assert rows["search service"].value.startswith("FAILED") and rows["search service"].met is False
    assert rows["import workbook (10 records): time"].value == "1.2 s"
    peak = rows["import workbook (10 records): peak RSS of the import"]
    assert peak.value == "99 MB (70 MB before it started)"
    assert peak.target == "<= 300 MB" and peak.met is True
    assert rows["import content pack"].value.startswith("not available")


def test_the_table_lines_up_and_marks_misses(results):
    rows = report.build_rows(results)
    text = report.render_table(rows, ["header line"])
    lines = text.splitlines()
    assert lines[0] == "header line"
    assert lines[1].split() == ["measure", "value", "target", "met"]
    assert set(lines[2].replace(" ", "")) == {"-"}
    value_col = lines[1].index("value")
    assert all(line[value_col - 2: value_col] == "  " for line in lines[3:])
    assert any(line.endswith("NO") for line in lines) and any(line.endswith("yes") for line in lines)
    md = report.render_markdown(rows)
    assert md.startswith("| measure | value | target | met |\n| --- |")
    assert md.count("\n") == len(rows) + 2


def test_the_json_document_holds_every_figure_commit_date_and_machine(results, tmp_path):
    rows = report.build_rows(results)
    doc = report.build_document(results, rows, machine=report.machine_info(), commit={"commit": "abc123", "dirty": False},
                                options={"records": 10_000, "quick": False}, duration_s=12.5, raw={"soak": {"taps": 1000}})
    path = tmp_path / "bench.json"
    report.write_json(doc, path)
    back = report.read_json(path)
    assert back["format"] == "kiosk-bench" and back["version"] == 1
    assert back["commit"] == "abc123" and back["date"]
    assert {"platform", "cpu", "cores", "python", "pyside6", "sqlite"} <= set(back["machine"])
    assert back["machine"]["cores"] >= 1
    assert back["results"]["memory"]["peak_mb"] == 230.0
    assert back["rows"][0] == {"measure": rows[0].measure, "value": rows[0].value, "target": rows[0].target, "met": rows[0].met}
    assert back["targets"]["page_switch_p95_ms"] == 33.0
    json.dumps(back)  # plain JSON all the way down


def test_a_file_that_is_not_a_result_is_refused(tmp_path):
    path = tmp_path / "other.json"
    path.write_text('{"format": "something-else"}', encoding="utf-8")
    with pytest.raises(BenchParseError, match="not a kiosk benchmark result"):
        report.read_json(path)
    path.write_text("{", encoding="utf-8")
    with pytest.raises(BenchParseError, match="not a benchmark result"):
        report.read_json(path)


# -- the command line ---------------------------------------------------------------------
def test_kiosk_bench_options_and_the_quick_plan():
    from kiosk.bench.runner import Plan
    from kiosk.cli import build_parser

    parser = build_parser()
    args = parser.parse_args(["bench", "--quick", "--records", "2000", "--json", "out.json"])
    plan = Plan.for_args(args)
    assert plan.quick and plan.records == 2000 and plan.soak_taps < 10_000 and plan.import_records == 200
    full = Plan.for_args(parser.parse_args(["bench"]))
    assert (full.records, full.soak_taps, full.cold_runs) == (10_000, 10_000, 5)
    only = Plan.for_args(parser.parse_args(["bench", "--only", "search,cold"]))
    assert only.only == ("search", "cold")
    with pytest.raises(SystemExit, match="unknown measure"):
        Plan.for_args(parser.parse_args(["bench", "--only", "speed"]))
    assert "bench-child" not in parser.format_help()
    assert isinstance(args, argparse.Namespace)


def test_a_child_that_died_part_way_leaves_its_running_records():
    out = "\n".join([
        'PROGRESS {"sample": {"type": "about", "first_frame_s": 0.02, "settled_s": 0.2}}',
        'PROGRESS {"keystroke": {"script": "ru", "length": 1, "seconds": 0.03}}',
        "PROGRESS {broken",
        'PROGRESS {"taps": 7100, "rss_samples": [[7100, 496.2]]}',
        "Fatal Python error: none_dealloc",
    ])
    with pytest.raises(BenchParseError, match="no BENCH line"):
        report.parse_child_output(out, "pages")
    records = report.all_progress(out)
    assert len(records) == 3
    partial = report.pages_from_progress(records)
    assert [s["type"] for s in partial["samples"]] == ["about"]
    assert partial["keystrokes"][0]["script"] == "ru"
    assert report.last_progress(out)["taps"] == 7100
    rows = report.build_rows({"failed": {}, "incomplete": {"pages": "killed by signal 11 after 1 page switches"},
                              "pages": report.aggregate_pages(partial)})
    crashed = [r for r in rows if r.measure.endswith("crashed")]
    assert crashed and crashed[0].met is False and "signal 11" in crashed[0].value
    assert any(r.measure == "page switch: about" for r in rows)


def test_a_crashed_soak_reports_the_drift_of_the_taps_it_got_through():
    samples = [[n, 200.0 + n / 100] for n in range(100, 7101, 100)]
    crash = {"reason": "killed by signal 6", "fatal": "Fatal Python error: bool_dealloc: deallocating True or False",
             "progress": {"taps": 7100, "warnings": 0}, "rss_samples": samples}
    out = report.aggregate_soak(None, crash)
    assert out["crashes"] == 1 and out["taps_before_crash"] == 7100 and out["drift_over_taps"] == 7100
    assert out["window_taps"] == 710
    assert out["drift_mb"] == pytest.approx(out["last_mean_mb"] - out["first_mean_mb"]) and out["drift_mb"] > 50
    rows = {r.measure: r for r in report.build_rows({"failed": {}, "soak": out})}
    assert "bool_dealloc" in rows["soak: crashes"].value and "after 7100 taps" in rows["soak: crashes"].value
    drift = [r for r in rows.values() if r.measure.startswith("soak: RSS drift until the crash")][0]
    assert drift.met is False
    assert rows["soak: Qt/QML warnings (until the crash)"].value == "0"


def test_an_import_over_its_memory_target_is_marked_missed():
    rows = {r.measure: r for r in report.build_rows(
        {"failed": {}, "import_pack": {"records": 10_000, "seconds": 17.9, "peak_mb": 556.0, "baseline_mb": 71.0}})}
    peak = rows["import content pack (10000 records): peak RSS of the import"]
    assert peak.value == "556 MB (71 MB before it started)" and peak.met is False


def test_a_bench_child_runs_the_kiosk_the_bench_runs_whatever_the_current_folder(tmp_path):
    import subprocess

    import kiosk
    from kiosk.bench.runner import child_base

    # A folder holding another "kiosk" (as a second worktree does).
    fake = tmp_path / "kiosk"
    fake.mkdir()
    (fake / "__init__.py").write_text("")
    (fake / "__main__.py").write_text("print('the other tree')\n")
    out = subprocess.run([*child_base(), "--version"], cwd=tmp_path, capture_output=True, text=True, timeout=120)
    assert "the other tree" not in out.stdout
    assert out.returncode == 0 and kiosk.__version__ in out.stdout + out.stderr


def test_a_bench_child_runs_the_packaged_builds_bytecode_and_keeps_it():
    """The packaged build is compiled without docstrings and asserts
    (kiosk.spec optimize=2) and ships its bytecode: so do the children."""
    import subprocess

    from kiosk.bench.runner import Runner, child_base

    python = child_base()[: child_base().index("-m")]
    out = subprocess.run([*python, "-c", "import sys; print(sys.flags.optimize, sys.flags.safe_path)"],
                         capture_output=True, text=True, timeout=60, env=Runner._env())
    assert out.stdout.split() == ["2", "True"], out.stderr
    assert "PYTHONDONTWRITEBYTECODE" not in Runner._env()
