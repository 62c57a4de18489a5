"""Read the children's ``BENCH`` lines, turn samples into figures, print and save them.

No Qt and no database here, so the tests can check every step on known
inputs: parsing (a malformed line is a clear error, never a silent zero),
the statistics (median, nearest-rank p95, max), the rows of the table
with their targets, and the JSON document ``--json FILE`` writes.
"""

from __future__ import annotations

import json
import math
import os
import platform
import sqlite3
import statistics
import subprocess
import sys
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from kiosk.bench.wire import BENCH_PREFIX, PROGRESS_PREFIX  # noqa: F401 - the parent reads them from here

JSON_FORMAT = "kiosk-bench"
JSON_VERSION = 1

#: The issue's targets (2 cores, software rendering), in the units the rows use.
TARGETS = {
    "cold_start_median_s": 0.7,
    # 150 MB before the visitor screens drew pictures; 200 MB with them (issue 12).
    "peak_rss_mb": 200.0,
    "page_switch_p95_ms": 33.0,
    "search_service_p95_ms": 16.0,
    "search_ui_p95_ms": 33.0,
    "idle_home_cpu_pct": 1.0,
    "idle_attract_cpu_pct": 5.0,
    "soak_drift_mb": 5.0,
    "soak_warnings": 0,
    "soak_crashes": 0,
    "import_peak_rss_mb": 300.0,
}
SCRIPTS = {"zh": "Chinese", "ru": "Russian", "latin": "Latin"}


class BenchParseError(ValueError):
    """A child's output holds no usable ``BENCH`` line; the message says what was wrong."""


# -- parsing -------------------------------------------------------------------------------
def parse_bench_line(line: str) -> dict[str, Any]:
    """One ``BENCH {json}`` line as a dict; BenchParseError when it is not one."""
    text = line.rstrip("\r\n")
    if not text.startswith(BENCH_PREFIX):
        raise BenchParseError(f"not a BENCH line: {text[:80]!r}")
    body = text[len(BENCH_PREFIX):]
    try:
        data = json.loads(body)
    except json.JSONDecodeError as exc:
        raise BenchParseError(f"BENCH line is not valid JSON ({exc.msg} at column {exc.colno}): {body[:80]!r}") from None
    if not isinstance(data, dict):
        raise BenchParseError(f"BENCH line must hold a JSON object, not {type(data).__name__}")
    if not isinstance(data.get("measure"), str):
        raise BenchParseError("BENCH line has no \"measure\" name")
    return data


def parse_child_output(stdout: str, measure: str | None = None) -> dict[str, Any]:
    """The one BENCH result in a child's *stdout* (other lines are ignored).

    BenchParseError when there is none, more than one, a malformed one, or
    one for another measure than *measure*."""
    found = [(n, line) for n, line in enumerate(stdout.splitlines(), start=1) if line.startswith(BENCH_PREFIX.rstrip())]
    if not found:
        raise BenchParseError(f"no BENCH line in the output of {measure or 'the child'} ({len(stdout.splitlines())} other lines)")
    if len(found) > 1:
        raise BenchParseError(f"{len(found)} BENCH lines (lines {', '.join(str(n) for n, _ in found)}); a child prints exactly one")
    number, line = found[0]
    try:
        data = parse_bench_line(line)
    except BenchParseError as exc:
        raise BenchParseError(f"line {number}: {exc}") from None
    if measure is not None and data["measure"] != measure:
        raise BenchParseError(f"line {number}: expected the {measure!r} measure, got {data['measure']!r}")
    return data


def all_progress(stdout: str) -> list[dict[str, Any]]:
    """Every well-formed ``PROGRESS {json}`` record in *stdout*, in order (malformed ones are skipped)."""
    out = []
    for line in stdout.splitlines():
        if line.startswith(PROGRESS_PREFIX):
            try:
                data = json.loads(line[len(PROGRESS_PREFIX):])
            except json.JSONDecodeError:
                continue
            if isinstance(data, dict):
                out.append(data)
    return out


def pages_from_progress(records: Sequence[dict[str, Any]]) -> dict[str, Any]:
    """The ``pages`` measure's samples and keystrokes recovered from its running records."""
    return {
        "samples": [r["sample"] for r in records if isinstance(r.get("sample"), dict)],
        "keystrokes": [r["keystroke"] for r in records if isinstance(r.get("keystroke"), dict)],
    }


def last_progress(stdout: str) -> dict[str, Any] | None:
    """The last ``PROGRESS {json}`` record in *stdout* (what a child that crashed got done), or None."""
    for line in reversed(stdout.splitlines()):
        if line.startswith(PROGRESS_PREFIX):
            try:
                data = json.loads(line[len(PROGRESS_PREFIX):])
            except json.JSONDecodeError:
                continue
            if isinstance(data, dict):
                return data
    return None


# -- statistics ----------------------------------------------------------------------------
def percentile(values: Sequence[float], pct: float) -> float:
    """Nearest-rank percentile: the smallest value with at least *pct* % of the values at or below it."""
    if not values:
        raise ValueError("percentile of no values")
    ordered = sorted(values)
    rank = max(1, math.ceil(pct / 100 * len(ordered)))
    return ordered[min(rank, len(ordered)) - 1]


@dataclass(frozen=True)
class Summary:
    """Median, 95th percentile (nearest rank), max and count of some samples."""

    n: int
    median: float
    p95: float
    max: float
    min: float
    #: Samples that never completed (a frame that never came): counted, not averaged.
    missing: int = 0

    def scaled(self, factor: float) -> Summary:
        """The same summary in other units (seconds -> ms)."""
        return Summary(self.n, self.median * factor, self.p95 * factor, self.max * factor, self.min * factor, self.missing)


def summarise(values: Iterable[float | None]) -> Summary | None:
    """Summary of *values* (None entries count as missing); None when there is no value at all."""
    items = list(values)
    present = [float(v) for v in items if v is not None]
    missing = len(items) - len(present)
    if not present:
        return None
    return Summary(len(present), statistics.median(present), percentile(present, 95), max(present), min(present), missing)


def length_bucket(length: int) -> str:
    """Query length bucket: ``1``, ``2`` or ``3+`` characters."""
    return "1" if length <= 1 else "2" if length == 2 else "3+"


# -- aggregation per measure ---------------------------------------------------------------
def aggregate_cold_start(runs: Sequence[dict[str, Any]]) -> dict[str, Any]:
    """Runs carry ``seconds`` (the parent's clock, process start to first frame) and the child's phases."""
    totals = summarise(r.get("seconds") for r in runs)
    phases: dict[str, float] = {}
    keys = sorted({k for r in runs for k in (r.get("phases_s") or {})})
    for key in keys:
        phases[key] = statistics.median([r["phases_s"][key] for r in runs if key in (r.get("phases_s") or {})])
    in_child = [r["main_to_frame_s"] for r in runs if "main_to_frame_s" in r]
    return {
        "runs": len(runs),
        "seconds": asdict(totals) if totals else None,
        "median_phases_s": phases,
        "interpreter_and_cli_s": (totals.median - statistics.median(in_child)) if totals and in_child else None,
        "first_page": sorted({r.get("page", "") for r in runs}),
        "rss_mb_at_first_frame": statistics.median([r["rss_mb"] for r in runs if r.get("rss_mb") is not None]) if any(r.get("rss_mb") is not None for r in runs) else None,
    }


def aggregate_pages(data: dict[str, Any]) -> dict[str, Any]:
    """Page switch samples by page type, and UI search keystrokes by script and length."""
    by_type: dict[str, list[dict[str, Any]]] = {}
    for s in data.get("samples", []):
        by_type.setdefault(s["type"], []).append(s)
    switches = {}
    for page_type, samples in by_type.items():
        first = summarise(s.get("first_frame_s") for s in samples)
        settled = summarise(s.get("settled_s") for s in samples)
        worst = max((s for s in samples if s.get("first_frame_s") is not None), key=lambda s: s["first_frame_s"], default=None)
        switches[page_type] = {
            "first_frame_ms": asdict(first.scaled(1000)) if first else None,
            "settled_ms": asdict(settled.scaled(1000)) if settled else None,
            "slowest": {k: v for k, v in (worst or {}).items() if k in ("kind", "page", "first_frame_s")},
        }
    return {"page_switch": switches, "search_ui": aggregate_keystrokes(data.get("keystrokes", []))}


def aggregate_keystrokes(keystrokes: Sequence[dict[str, Any]]) -> dict[str, Any]:
    """Keystroke -> results frame, by script and query length."""
    groups: dict[tuple[str, str], list[float | None]] = {}
    for k in keystrokes:
        groups.setdefault((k["script"], length_bucket(int(k["length"]))), []).append(k.get("seconds"))
    out: dict[str, Any] = {}
    for (script, bucket), values in sorted(groups.items()):
        s = summarise(values)
        out.setdefault(script, {})[bucket] = asdict(s.scaled(1000)) if s else None
    return out


def aggregate_search_service(data: dict[str, Any]) -> dict[str, Any]:
    """Service-level search times pooled by script and length bucket, plus each query's median."""
    groups: dict[tuple[str, str], list[float]] = {}
    per_query = []
    for q in data.get("queries", []):
        groups.setdefault((q["script"], q["bucket"]), []).extend(q["seconds"])
        per_query.append({"script": q["script"], "query": q["query"], "results": q.get("results"),
                          "median_ms": statistics.median(q["seconds"]) * 1000, "max_ms": max(q["seconds"]) * 1000})
    out: dict[str, Any] = {}
    for (script, bucket), values in sorted(groups.items()):
        s = summarise(values)
        out.setdefault(script, {})[bucket] = asdict(s.scaled(1000)) if s else None
    return {"by_script": out, "queries": per_query}


def aggregate_idle(data: dict[str, Any]) -> dict[str, Any]:
    """Percent of one core per phase."""
    out = {}
    for phase, p in data.get("phases", {}).items():
        wall = p.get("wall_s") or 0
        out[phase] = {**p, "cpu_pct": (100.0 * p["cpu_s"] / wall) if wall else None}
    return out


def aggregate_memory(data: dict[str, Any]) -> dict[str, Any]:
    """Peak (VmHWM) and steady (median VmRSS after the tour) resident memory."""
    steady = [v for v in data.get("steady_samples_mb", []) if v is not None]
    return {
        "peak_mb": data.get("hwm_mb"),
        "steady_mb": statistics.median(steady) if steady else None,
        "after_start_mb": (data.get("after_start") or {}).get("rss_mb"),
        "before_ui_mb": (data.get("before_ui") or {}).get("rss_mb"),
        "pages": data.get("pages"),
        "warnings": len(data.get("warnings", [])),
        # Where the memory is (smaps by kind, malloc, decoded pictures), after start and after the tour.
        "breakdown": data.get("breakdown"),
    }


def soak_drift(samples: Sequence[Sequence[float]], taps: int) -> dict[str, Any]:
    """RSS drift: mean RSS over the last tenth of the taps minus the mean over the
    tenth after a warm-up tenth (with 10,000 taps: taps 9,001-10,000 vs 1,001-2,000)."""
    window = max(1, taps // 10)
    first = [rss for n, rss in samples if window < n <= 2 * window]
    last = [rss for n, rss in samples if taps - window < n <= taps]
    if not first or not last:
        return {"drift_mb": None, "window_taps": window, "first_mean_mb": None, "last_mean_mb": None}
    a, b = statistics.fmean(first), statistics.fmean(last)
    return {"drift_mb": b - a, "window_taps": window, "first_mean_mb": a, "last_mean_mb": b}


def aggregate_soak(data: dict[str, Any] | None, crash: dict[str, Any] | None = None) -> dict[str, Any]:
    """Drift, warnings and crashes of the soak (a crashed child is a result, not a harness failure)."""
    if data is None:
        done = (crash or {}).get("progress") or {}
        samples = (crash or {}).get("rss_samples") or []
        out = {"taps": None, "taps_before_crash": done.get("taps"), "drift_mb": None, "warnings": done.get("warnings"),
               "crashes": 1 if crash else 0, "crash": crash}
        if samples and done.get("taps"):
            # Drift over the taps it got through, windows a tenth of those taps.
            out.update(soak_drift(samples, int(done["taps"])))
            out["drift_over_taps"] = int(done["taps"])
        return out
    taps = int(data.get("taps", 0))
    drift = soak_drift(data.get("rss_samples", []), taps)
    return {
        "taps": taps,
        "seconds": data.get("seconds"),
        "ms_per_tap": (1000 * data["seconds"] / taps) if taps and data.get("seconds") else None,
        **drift,
        "peak_mb": data.get("hwm_mb"),
        "warnings": len(data.get("warnings", [])),
        "warning_samples": list(dict.fromkeys(data.get("warnings", [])))[:10],
        "crashes": 1 if crash else 0,
        "crash": crash,
        "none_refs_net_change": -data["none_refs_lost"] if data.get("none_refs_lost") is not None else None,
        "none_refs_given_back": data.get("none_refs_given_back"),
        "per_action": data.get("per_action", {}),
    }


# -- the table -----------------------------------------------------------------------------
@dataclass(frozen=True)
class Row:
    """One line of the table: what, the figure, the target, whether it is met (None: no target)."""

    measure: str
    value: str
    target: str = ""
    met: bool | None = None


def _ms(summary: dict[str, Any] | None, keys: Sequence[str] = ("median", "p95", "max")) -> str:
    if not summary:
        return "no samples"
    names = {"median": "p50", "p95": "p95", "max": "max"}
    text = ", ".join(f"{names[k]} {summary[k]:.1f}" for k in keys) + " ms"
    extra = f" (n={summary['n']}"
    if summary.get("missing"):
        extra += f", {summary['missing']} never shown"
    return text + extra + ")"


def _met(value: float | None, limit: float) -> bool | None:
    return None if value is None else value <= limit


def _rows_start(results: dict[str, Any]) -> list[Row]:
    """Cold start and memory."""
    rows: list[Row] = []
    cold = results.get("cold_start")
    if cold and cold.get("seconds"):
        s = cold["seconds"]
        rows.append(Row("cold start (process start -> first frame of Home)",
                        f"{s['median']:.2f} s median (p95 {s['p95']:.2f}, max {s['max']:.2f}; {s['n']} runs)",
                        f"<= {TARGETS['cold_start_median_s']} s median", _met(s["median"], TARGETS["cold_start_median_s"])))
    rows += _failure(results, "cold_start", "cold start")
    mem = results.get("memory")
    if mem:
        rows.append(Row("peak RSS (every page type, 3 languages)", f"{mem['peak_mb']:.0f} MB" if mem.get("peak_mb") is not None else "n/a",
                        f"<= {TARGETS['peak_rss_mb']:.0f} MB", _met(mem.get("peak_mb"), TARGETS["peak_rss_mb"])))
        rows.append(Row("steady RSS (Home, after the tour)", f"{mem['steady_mb']:.0f} MB" if mem.get("steady_mb") is not None else "n/a"))
        if mem.get("after_start_mb") is not None:
            rows.append(Row("RSS after start (Home, start-up settled)", f"{mem['after_start_mb']:.0f} MB"))
    return rows + _failure(results, "memory", "memory")


def _rows_pages_and_search(results: dict[str, Any]) -> list[Row]:
    """Page switches, the search service and search keystrokes in the UI."""
    rows: list[Row] = []
    pages = results.get("pages")
    if pages:
        for page_type, figures in pages["page_switch"].items():
            first = figures.get("first_frame_ms")
            rows.append(Row(f"page switch: {page_type}", _ms(first), f"p95 <= {TARGETS['page_switch_p95_ms']:.0f} ms",
                            _met(first["p95"] if first else None, TARGETS["page_switch_p95_ms"])))
    rows += _failure(results, "pages", "page switches and UI search")
    service = results.get("search_service")
    if service:
        for script, buckets in service["by_script"].items():
            for bucket, s in buckets.items():
                rows.append(Row(f"search service: {SCRIPTS.get(script, script)} {bucket} char", _ms(s),
                                f"p95 <= {TARGETS['search_service_p95_ms']:.0f} ms", _met(s["p95"] if s else None, TARGETS["search_service_p95_ms"])))
    rows += _failure(results, "search_service", "search service")
    if pages:
        for script, buckets in pages["search_ui"].items():
            for bucket, s in buckets.items():
                rows.append(Row(f"search UI keystroke: {SCRIPTS.get(script, script)} {bucket} char", _ms(s),
                                f"p95 <= {TARGETS['search_ui_p95_ms']:.0f} ms", _met(s["p95"] if s else None, TARGETS["search_ui_p95_ms"])))
    return rows


def _rows_idle(results: dict[str, Any]) -> list[Row]:
    """CPU on Home and in the attract loop."""
    rows: list[Row] = []
    idle = results.get("idle")
    if idle:
        for phase, key in (("home", "idle_home_cpu_pct"), ("attract", "idle_attract_cpu_pct")):
            p = idle.get(phase)
            if p:
                rows.append(Row(f"idle CPU: {phase}", f"{p['cpu_pct']:.2f} % of one core over {p['wall_s']:.0f} s ({p['frames']} frames)",
                                f"<= {TARGETS[key]:g} %", _met(p["cpu_pct"], TARGETS[key])))
    return rows + _failure(results, "idle", "idle CPU")


def _rows_soak(results: dict[str, Any]) -> list[Row]:
    """Drift, warnings, time per tap and crashes of the soak (also when it crashed part-way)."""
    rows: list[Row] = []
    soak = results.get("soak")
    if not soak:
        return _failure(results, "soak", "soak")
    if soak.get("taps") is None and soak.get("drift_mb") is not None:
        done = soak["drift_over_taps"]
        rows.append(Row(f"soak: RSS drift until the crash ({done} taps, last vs first {soak['window_taps']} after warm-up)",
                        f"{soak['drift_mb']:+.1f} MB ({soak['first_mean_mb']:.0f} -> {soak['last_mean_mb']:.0f} MB)",
                        f"<= {TARGETS['soak_drift_mb']:g} MB", _met(soak["drift_mb"], TARGETS["soak_drift_mb"])))
        if soak.get("warnings") is not None:
            rows.append(Row("soak: Qt/QML warnings (until the crash)", str(soak["warnings"]), "0", soak["warnings"] == 0))
    if soak.get("taps") is not None:
        drift = soak.get("drift_mb")
        rows.append(Row(f"soak: RSS drift ({soak['taps']} taps, last vs first {soak['window_taps']} after warm-up)",
                        f"{drift:+.1f} MB ({soak['first_mean_mb']:.0f} -> {soak['last_mean_mb']:.0f} MB)" if drift is not None else "n/a",
                        f"<= {TARGETS['soak_drift_mb']:g} MB", _met(drift, TARGETS["soak_drift_mb"])))
        rows.append(Row("soak: Qt/QML warnings", str(soak["warnings"]), "0", soak["warnings"] == 0))
        if soak.get("ms_per_tap") is not None:
            rows.append(Row("soak: mean time per tap (tap to next frame, no animations)", f"{soak['ms_per_tap']:.0f} ms"))
    crash_text = str(soak["crashes"])
    if soak.get("crash"):
        crash_text += f" ({soak['crash'].get('fatal') or soak['crash'].get('reason')}"
        if soak.get("taps_before_crash") is not None:
            crash_text += f"; after {soak['taps_before_crash']} taps"
        crash_text += ")"
    rows.append(Row("soak: crashes", crash_text, "0", soak["crashes"] == 0))
    if soak.get("none_refs_given_back") is not None:
        rows.append(Row("soak: references to None the harness had to give back (PySide6 6.12 bug; see README)",
                        f"{soak['none_refs_given_back']}" + (" (without them the process aborts)" if soak["none_refs_given_back"] else "")))
    return rows + _failure(results, "soak", "soak")


def _rows_imports(results: dict[str, Any]) -> list[Row]:
    """Time and peak memory of the workbook and pack imports."""
    rows: list[Row] = []
    for name, label in (("import_workbook", "workbook"), ("import_pack", "content pack")):
        imp = results.get(name)
        if imp:
            if imp.get("available") is False:
                rows.append(Row(f"import {label}", f"not available: {imp.get('reason', '')}"))
            else:
                rows.append(Row(f"import {label} ({imp['records']} records): time", f"{imp['seconds']:.1f} s"))
                peak = imp.get("peak_mb")
                before = imp.get("baseline_mb")
                rows.append(Row(f"import {label} ({imp['records']} records): peak RSS of the import",
                                "not measured" if peak is None else
                                f"{peak:.0f} MB" + (f" ({before:.0f} MB before it started)" if before is not None else ""),
                                f"<= {TARGETS['import_peak_rss_mb']:.0f} MB", _met(peak, TARGETS["import_peak_rss_mb"])))
        rows += _failure(results, name, f"import {label}")
    return rows


def _failure(results: dict[str, Any], name: str, label: str) -> list[Row]:
    """A row for a measure that failed or whose process crashed (none when it ran)."""
    if name in results.get("failed", {}):
        return [Row(label, f"FAILED: {results['failed'][name]}", "", False)]
    if name in results.get("incomplete", {}):
        return [Row(f"{label}: the measuring process crashed", results["incomplete"][name], "no crash", False)]
    return []


def build_rows(results: dict[str, Any]) -> list[Row]:
    """The table's rows from the aggregated results (a measure that did not run is left out or marked failed)."""
    return [row for part in (_rows_start, _rows_pages_and_search, _rows_idle, _rows_soak, _rows_imports)
            for row in part(results)]


def render_table(rows: Sequence[Row], header: Sequence[str] = ()) -> str:
    """The rows as a plain-text table (measure | value | target | met)."""
    cols = ("measure", "value", "target", "met")
    cells = [(r.measure, r.value, r.target, "" if r.met is None else ("yes" if r.met else "NO")) for r in rows]
    widths = [max([len(c)] + [len(row[i]) for row in cells]) for i, c in enumerate(cols)]
    line = "  ".join("-" * w for w in widths)
    out = list(header)
    out.append("  ".join(c.ljust(w) for c, w in zip(cols, widths)).rstrip())
    out.append(line)
    for row in cells:
        out.append("  ".join(c.ljust(w) for c, w in zip(row, widths)).rstrip())
    return "\n".join(out) + "\n"


def render_markdown(rows: Sequence[Row]) -> str:
    """The rows as a Markdown table (for the README)."""
    out = ["| measure | value | target | met |", "| --- | --- | --- | --- |"]
    for r in rows:
        met = "" if r.met is None else ("yes" if r.met else "**no**")
        out.append(f"| {r.measure} | {r.value} | {r.target} | {met} |")
    return "\n".join(out) + "\n"


# -- the document --------------------------------------------------------------------------
def git_commit(root: Path) -> dict[str, Any]:
    """HEAD's commit and whether the work tree has changes (``unknown`` outside a checkout)."""
    try:
        sha = subprocess.run(["git", "rev-parse", "HEAD"], cwd=root, capture_output=True, text=True, timeout=10)
        dirty = subprocess.run(["git", "status", "--porcelain", "--untracked-files=no"], cwd=root, capture_output=True, text=True, timeout=10)
    except (OSError, subprocess.SubprocessError):
        return {"commit": "unknown", "dirty": None}
    if sha.returncode != 0:
        return {"commit": "unknown", "dirty": None}
    return {"commit": sha.stdout.strip(), "dirty": bool(dirty.stdout.strip()) if dirty.returncode == 0 else None}


def _cpu_model() -> str:
    try:
        with open("/proc/cpuinfo", encoding="utf-8", errors="replace") as f:
            for line in f:
                if line.lower().startswith("model name"):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown"


def _version(dist: str) -> str:
    from importlib import metadata

    try:
        return metadata.version(dist)
    except metadata.PackageNotFoundError:
        return "unknown"


def machine_info() -> dict[str, Any]:
    """What the figures were measured on."""
    try:
        usable = len(os.sched_getaffinity(0))
    except AttributeError:
        usable = os.cpu_count()
    mem_total = None
    try:
        with open("/proc/meminfo", encoding="ascii") as f:
            for line in f:
                if line.startswith("MemTotal:"):
                    mem_total = round(int(line.split()[1]) / 1024)
    except OSError:
        pass
    return {
        "platform": platform.platform(),
        "cpu": _cpu_model(),
        "cores": os.cpu_count(),
        "usable_cores": usable,
        "memory_mb": mem_total,
        "python": sys.version.split()[0],
        "pyside6": _version("PySide6-Essentials"),
        "sqlalchemy": _version("SQLAlchemy"),
        "sqlite": sqlite3.sqlite_version,
    }


def build_document(results: dict[str, Any], rows: Sequence[Row], *, machine: dict[str, Any], commit: dict[str, Any],
                   options: dict[str, Any], started: datetime | None = None, duration_s: float | None = None,
                   raw: dict[str, Any] | None = None) -> dict[str, Any]:
    """Everything ``--json FILE`` holds: every figure, the rows, the commit, the date, the machine."""
    return {
        "format": JSON_FORMAT,
        "version": JSON_VERSION,
        "date": (started or datetime.now(timezone.utc)).isoformat(timespec="seconds"),
        "duration_s": duration_s,
        **commit,
        "machine": machine,
        "options": options,
        "targets": TARGETS,
        "results": results,
        "rows": [asdict(r) for r in rows],
        "raw": raw or {},
    }


def write_json(document: dict[str, Any], path: Path) -> None:
    """Write *document* as UTF-8 JSON (atomically)."""
    path = Path(path)
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(json.dumps(document, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    tmp.replace(path)


def read_json(path: Path) -> dict[str, Any]:
    """A document written by ``write_json``; BenchParseError when it is not one."""
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise BenchParseError(f"{path}: not a benchmark result ({exc})") from None
    if not isinstance(data, dict) or data.get("format") != JSON_FORMAT:
        raise BenchParseError(f"{path}: not a kiosk benchmark result (format {data.get('format') if isinstance(data, dict) else None!r})")
    return data
