"""``kiosk bench --only stats``: what visitor statistics cost, on SYNTHETIC sessions.

- the UI thread's cost of recording a tap (a touch plus the page it opens,
  through ``VisitorSession`` into the real ``Recorder``);
- a year of a busy kiosk (1,000 sessions a day, ``kiosk.stats.synthetic``):
  the time to write it, the file's size, and every dashboard query over it;
- the events a ``kill -9`` loses during a burst of recording.

Runs in the parent process (no Qt, nothing to isolate); ``--quick``
writes 60 days instead of 365 and scales the size to a year.
"""

from __future__ import annotations

import time
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from kiosk.bench.report import Row, summarise
from kiosk.stats.killtest import kill_during_burst
from kiosk.stats.queries import Filter, Reports
from kiosk.stats.recorder import LOSS_BOUND_S, Recorder
from kiosk.stats.session import VisitorSession
from kiosk.stats.store import open_store, stats_path
from kiosk.stats.synthetic import BusyKiosk

TARGETS = {"tap_us_p95": 500.0, "query_s": 1.0, "year_mb": 50.0, "kill_lost_s": LOSS_BOUND_S}
QUERIES = ("sessions_per_day", "heatmap", "session_lengths", "top_pages", "top_records", "language_mix",
           "language_by_section", "top_searches", "zero_result_searches", "accessibility", "summary")


def recorder_cost(folder: Path, taps: int) -> dict[str, Any]:
    """Microseconds the calling thread spends per tap (touch + page shown), measured around each call."""
    recorder = Recorder.start(folder, "00000000-0000-4000-8000-0000000be7c4", "bench")
    visit = VisitorSession(recorder, language="en")
    samples = []
    try:
        for i in range(taps):
            start = time.perf_counter_ns()
            visit.touch()
            visit.page_shown("manufacturers", f"record-{i % 150}")
            samples.append((time.perf_counter_ns() - start) / 1000)
            if i % 50 == 49:
                start = time.perf_counter_ns()
                visit.idle_reset()
                samples.append((time.perf_counter_ns() - start) / 1000)
    finally:
        t0 = time.perf_counter()
        recorder.close()
        close_s = time.perf_counter() - t0
    s = summarise(samples)
    return {"n": s.n, "median_us": s.median, "p95_us": s.p95, "max_us": s.max, "close_s": close_s,
            "written": recorder.written, "dropped": recorder.dropped}


def busy_year(folder: Path, days: int, say=print) -> dict[str, Any]:
    """Write *days* of a busy kiosk, then time every query over them; the size scaled to 365 days."""
    store = open_store(stats_path(folder))
    try:
        kiosk = store.ensure_kiosk("00000000-0000-4000-8000-0000000ba5e1", "busy")
        gen = BusyKiosk(seed=1, per_day=1000)
        first = date.today() - timedelta(days=days - 1)
        t0 = time.perf_counter()
        sessions = events = 0
        for offset in range(days):
            day = list(gen.day(first + timedelta(days=offset)))
            sessions += store.write_sessions(kiosk, day)
            events += sum(len(s) for s in day)
            if offset % 60 == 59:
                say(f"statistics: {offset + 1} of {days} synthetic days written ...")
        write_s = time.perf_counter() - t0
        size = store.size_bytes()
        reports = Reports(store)
        times: dict[str, float] = {}
        for f_name, f in (("all", Filter(first, date.today())),
                          ("one kiosk, last 30 days", Filter(date.today() - timedelta(days=29), date.today(), (store.kiosks()[0][1],)))):
            for name in QUERIES:
                best = []
                for _ in range(3):
                    t = time.perf_counter()
                    getattr(reports, name)(f)
                    best.append(time.perf_counter() - t)
                times[f"{name} ({f_name})"] = max(best)
    finally:
        store.close()
    return {"days": days, "sessions": sessions, "events": events, "write_s": write_s, "size_mb": size / 1e6,
            "year_mb": size / 1e6 * 365 / days, "query_s": times}


def measure(workdir: Path, *, quick: bool = False, say=print) -> dict[str, Any]:
    """Every statistics figure (see the module docstring)."""
    workdir.mkdir(parents=True, exist_ok=True)
    say("statistics: recorder cost per tap ...")
    out: dict[str, Any] = {"recorder": recorder_cost(workdir / "recorder", 2000 if quick else 20_000)}
    days = 60 if quick else 365
    say(f"statistics: {days} days of a busy kiosk (1000 SYNTHETIC sessions a day) and the dashboard queries ...")
    out["year"] = busy_year(workdir / "year", days, say)
    say("statistics: kill -9 during a burst of recording ...")
    result = kill_during_burst(workdir / "kill", after_events=300 if quick else 1000, rate=200.0)
    out["kill"] = result.__dict__
    return out


def rows(results: dict[str, Any] | None) -> list[Row]:
    """The statistics rows of the bench table."""
    if not results:
        return []
    rec, year, kill = results["recorder"], results["year"], results["kill"]
    out = [Row("statistics: UI-thread cost per tap (touch + page shown, queue put)",
               f"p50 {rec['median_us']:.1f}, p95 {rec['p95_us']:.1f}, max {rec['max_us']:.0f} us (n={rec['n']})",
               f"p95 <= {TARGETS['tap_us_p95']:.0f} us", rec["p95_us"] <= TARGETS["tap_us_p95"])]
    label = "a year" if year["days"] == 365 else f"{year['days']} days scaled to a year"
    out.append(Row(f"statistics: database size, {label} of a busy kiosk ({year['sessions']} sessions, {year['events']} events)",
                   f"{year['year_mb']:.1f} MB (written in {year['write_s']:.0f} s)", f"<= {TARGETS['year_mb']:.0f} MB",
                   year["year_mb"] <= TARGETS["year_mb"]))
    slowest = max(year["query_s"].items(), key=lambda kv: kv[1])
    out.append(Row(f"statistics: dashboard queries over {year['days']} days ({len(year['query_s'])} queries)",
                   f"slowest {slowest[1] * 1000:.0f} ms ({slowest[0]})", f"each <= {TARGETS['query_s']:g} s",
                   slowest[1] <= TARGETS["query_s"]))
    out.append(Row(f"statistics: kill -9 during a burst ({kill['rate_per_s']:.0f} events/s)",
                   f"{kill['lost']} of {kill['recorded']} events lost = the last {kill['lost_seconds']:.2f} s"
                   f"{'' if kill['contiguous'] else ', with GAPS'}",
                   f"<= {TARGETS['kill_lost_s']:g} s", kill["lost_seconds"] <= TARGETS["kill_lost_s"] and kill["contiguous"]))
    return out
