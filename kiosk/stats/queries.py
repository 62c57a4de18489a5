"""The reports the console's Visitors tab and ``kiosk stats`` show, read from the daily roll-ups.

Every report takes a ``Filter`` (a date range, inclusive, and the kiosks
to count; None means all) and returns plain Python data, so a chart, a
table, a CSV file and a test all read the same numbers::

    reports = Reports(store)
    f = Filter(date(2026, 11, 1), date(2026, 11, 30))
    reports.sessions_per_day(f)      # [(date, sessions, seconds), ...] one per day of the range
    reports.heatmap(f)               # 7 x 24 sessions, Monday first
    reports.session_lengths(f)       # LengthReport: median and the distribution
    reports.top_pages(f); reports.top_records(f)
    reports.language_mix(f); reports.language_by_section(f)
    reports.top_searches(f); reports.zero_result_searches(f)
    reports.accessibility(f); reports.accessibility_modes(f)

Session lengths are counted in buckets (5 s up to two minutes, 30 s up
to ten, then minutes), so the median is the lower bound of its bucket.
"""

from __future__ import annotations

import json
import statistics
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, timedelta

from sqlalchemy import text

from kiosk.stats import compact as cp
from kiosk.stats import events as ev
from kiosk.stats.events import section_of
from kiosk.stats.store import StatsStore

#: How a search whose terms were not recorded is shown.
HIDDEN_TERM = "(not recorded)"
#: The distribution's coarse bins for charts: (lower bound in seconds, label).
LENGTH_BINS: tuple[tuple[int, str], ...] = (
    (0, "< 30 s"), (30, "30 s - 1 min"), (60, "1-2 min"), (120, "2-5 min"), (300, "5-10 min"),
    (600, "10-20 min"), (1200, "20 min +"),
)


@dataclass(frozen=True)
class Filter:
    """Which days (inclusive; None: no bound) and which kiosks (their ids; None: all) a report counts."""

    start: date | None = None
    end: date | None = None
    kiosks: tuple[str, ...] | None = None


@dataclass
class LengthReport:
    """How long sessions lasted: their number, the median (seconds, bucket resolution) and the coarse distribution."""

    sessions: int
    median_s: float | None
    bins: list[tuple[str, int]] = field(default_factory=list)
    buckets: dict[int, int] = field(default_factory=dict)


class Reports:
    """The reporting queries over one statistics file (a kiosk's own, or the office's merged one).

    Only ``_rows``, ``_names``, ``kiosks`` and ``data_range`` read the file;
    ``kiosk.stats.office.OfficeReports`` gives the same reports over the
    office database by overriding those four."""

    def __init__(self, store: StatsStore | None):
        self.store = store

    # -- plumbing -----------------------------------------------------------------------------
    def _rows(self, metric: int, f: Filter, group: str = "key, lang") -> list[tuple]:
        """(group columns..., n, total) of *metric*'s roll-ups under *f*."""
        where = ["metric = :m"]
        params: dict = {"m": metric}
        if f.start is not None:
            where.append("day >= :a")
            params["a"] = f.start.toordinal()
        if f.end is not None:
            where.append("day <= :b")
            params["b"] = f.end.toordinal()
        with self.store.engine.connect() as conn:
            if f.kiosks is not None:
                ids = [r[0] for r in conn.execute(text("SELECT id FROM kiosks WHERE uid IN (SELECT value FROM json_each(:u))"),
                                                  {"u": _json_list(f.kiosks)})]
                where.append("kiosk IN (SELECT value FROM json_each(:k))")
                params["k"] = _json_list(ids)
            sql = f"SELECT {group}, sum(n), sum(total) FROM rollups WHERE {' AND '.join(where)} GROUP BY {group}"
            return [tuple(r) for r in conn.execute(text(sql), params)]

    def _names(self) -> dict[int, str]:
        with self.store.engine.connect() as conn:
            return self.store.names(conn)

    def kiosks(self) -> list[tuple[str, str]]:
        """(id, name) of every kiosk the file holds, for the kiosk filter."""
        return [(uid, name) for _, uid, name in self.store.kiosks()]

    def data_range(self) -> tuple[date, date] | None:
        """The first and last day with any session."""
        with self.store.engine.connect() as conn:
            low, high = conn.execute(text("SELECT min(day), max(day) FROM rollups WHERE metric = :m"),
                                     {"m": cp.M_SESSIONS}).one()
        return None if low is None else (date.fromordinal(low), date.fromordinal(high))

    # -- sessions -------------------------------------------------------------------------------
    def sessions_per_day(self, f: Filter) -> list[tuple[date, int, int]]:
        """(day, sessions, seconds in sessions) for every day of the range (days without a session too)."""
        found = {day: (n, total) for day, n, total in self._rows(cp.M_SESSIONS, f, "day")}
        if not found and (f.start is None or f.end is None):
            return []
        first = f.start.toordinal() if f.start else min(found)
        last = f.end.toordinal() if f.end else max(found)
        return [(date.fromordinal(d), *found.get(d, (0, 0))) for d in range(first, last + 1)]

    def total_sessions(self, f: Filter) -> int:
        """Sessions in the range."""
        return sum(row[-2] for row in self._rows(cp.M_SESSIONS, f, "metric"))

    def heatmap(self, f: Filter) -> list[list[int]]:
        """Sessions by weekday (rows, Monday first) and the hour they started (columns 0-23)."""
        grid = [[0] * 24 for _ in range(7)]
        for day, hour, n, _ in self._rows(cp.M_HOUR, f, "day, key"):
            grid[date.fromordinal(day).weekday()][hour] += n
        return grid

    def session_lengths(self, f: Filter) -> LengthReport:
        """The median session length and the distribution (see the module docstring for the resolution)."""
        buckets: dict[int, int] = defaultdict(int)
        for key, n, _ in self._rows(cp.M_LENGTH, f, "key"):
            buckets[key] += n
        total = sum(buckets.values())
        bins = [(label, sum(n for b, n in buckets.items() if low <= b < high))
                for (low, label), high in zip(LENGTH_BINS, [b for b, _ in LENGTH_BINS[1:]] + [10**9])]
        return LengthReport(total, _median(buckets), bins, dict(sorted(buckets.items())))

    # -- pages and languages ------------------------------------------------------------------
    def _pages(self, f: Filter) -> dict[str, list[int]]:
        names = self._names()
        pages: dict[str, list[int]] = defaultdict(lambda: [0, 0])
        for key, n, total in self._rows(cp.M_PAGE, f, "key"):
            cell = pages[names.get(key, "?")]
            cell[0] += n
            cell[1] += total
        return pages

    def top_pages(self, f: Filter, limit: int = 20) -> list[tuple[str, int, float]]:
        """(section, views, mean seconds on it), most viewed first: the pages that are not a record."""
        return self._top(((p, c) for p, c in self._pages(f).items() if "/" not in p), limit)

    def top_records(self, f: Filter, limit: int = 20) -> list[tuple[str, int, float]]:
        """("section/record", views, mean seconds on it), most viewed first."""
        return self._top(((p, c) for p, c in self._pages(f).items() if "/" in p), limit)

    @staticmethod
    def _top(items, limit: int) -> list[tuple[str, int, float]]:
        rows = [(page, n, round(total / n / 1000, 1) if n else 0.0) for page, (n, total) in items]
        return sorted(rows, key=lambda r: (-r[1], r[0]))[:limit]

    def language_mix(self, f: Filter) -> list[tuple[str, int]]:
        """(language, sessions that used it), most used first (a session that switched counts for each)."""
        return self._counted(cp.M_LANGUAGE, f)

    def language_by_section(self, f: Filter) -> dict[str, dict[str, int]]:
        """Page views per section and language: {section: {language: views}}."""
        names = self._names()
        out: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
        for key, lang, n, _ in self._rows(cp.M_PAGE, f, "key, lang"):
            out[section_of(names.get(key, "?"))][names.get(lang, "?")] += n
        return {section: dict(langs) for section, langs in sorted(out.items())}

    def language_switches(self, f: Filter) -> list[tuple[str, str, int]]:
        """(from, to, times), most frequent first."""
        names = self._names()
        rows = [(names.get(lang, "?"), names.get(key, "?"), n) for key, lang, n, _ in self._rows(cp.M_SWITCH, f)]
        return sorted(rows, key=lambda r: (-r[2], r[0], r[1]))

    # -- search and the rest -------------------------------------------------------------------
    def top_searches(self, f: Filter, limit: int = 20) -> list[tuple[str, int, int, int]]:
        """(term, searches, of them without a result, of them with a result opened), most searched first."""
        names = self._names()
        counts: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
        for metric, slot in ((cp.M_SEARCH, 0), (cp.M_SEARCH_ZERO, 1), (cp.M_SEARCH_OPENED, 2)):
            for key, n, _ in self._rows(metric, f, "key"):
                counts[names.get(key, "?") or HIDDEN_TERM][slot] += n
        rows = [(term, *c) for term, c in counts.items()]
        return sorted(rows, key=lambda r: (-r[1], r[0]))[:limit]

    def zero_result_searches(self, f: Filter, limit: int = 20) -> list[tuple[str, int]]:
        """(term, searches that found nothing), most frequent first."""
        return self._counted(cp.M_SEARCH_ZERO, f, limit, hidden=HIDDEN_TERM)

    def accessibility(self, f: Filter) -> list[tuple[str, int]]:
        """(mode, times turned on)."""
        return self._counted(cp.M_ACCESSIBILITY, f)

    def accessibility_modes(self, f: Filter) -> list[tuple[str, int]]:
        """(mode, times turned on) for every mode the kiosk offers, in its panel's order (0 when never
        used: "nobody needed it" is an answer too), then any other mode the data holds."""
        used = dict(self.accessibility(f))
        known = [(mode, used.pop(mode, 0)) for mode in ev.ACCESS_MODES]
        return known + sorted(used.items(), key=lambda r: (-r[1], r[0]))

    def qr_codes(self, f: Filter, limit: int = 20) -> list[tuple[str, int]]:
        """(page, times its QR code was shown)."""
        return self._counted(cp.M_QR, f, limit)

    def errors(self, f: Filter) -> list[tuple[str, int]]:
        """(reason, times an error sent the kiosk Home)."""
        return self._counted(cp.M_ERROR, f)

    def endings(self, f: Filter) -> list[tuple[str, int]]:
        """(why sessions ended: idle, staff, error, closed, interrupted; sessions)."""
        return self._counted(cp.M_END, f)

    def countdowns(self, f: Filter) -> tuple[int, int]:
        """(times the "still there?" countdown was shown, times a touch cancelled it)."""
        got = {key: n for key, n, _ in self._rows(cp.M_COUNTDOWN, f, "key")}
        return got.get(0, 0), got.get(1, 0)

    def _counted(self, metric: int, f: Filter, limit: int | None = None, hidden: str = "") -> list[tuple[str, int]]:
        names = self._names()
        counts: dict[str, int] = defaultdict(int)
        for key, n, _ in self._rows(metric, f, "key"):
            counts[names.get(key, "?") or hidden] += n
        rows = sorted(counts.items(), key=lambda r: (-r[1], r[0]))
        return rows[:limit] if limit else rows

    def summary(self, f: Filter, limit: int = 5) -> dict:
        """The key numbers: sessions, median length, languages, top and zero-result searches."""
        lengths = self.session_lengths(f)
        return {"sessions": lengths.sessions, "median_s": lengths.median_s, "languages": self.language_mix(f),
                "top_searches": [(t, n) for t, n, _, _ in self.top_searches(f, limit)],
                "zero_results": self.zero_result_searches(f, limit)}


def _median(buckets: dict[int, int]) -> float | None:
    """The median of values counted per bucket (each value taken as its bucket's lower bound)."""
    total = sum(buckets.values())
    if not total:
        return None
    values: list[int] = []
    # Only the one or two middle values are needed: walk to them instead of expanding every count.
    middle = {(total - 1) // 2, total // 2}
    seen = 0
    for bucket in sorted(buckets):
        n = buckets[bucket]
        for index in middle:
            if seen <= index < seen + n:
                values.append(bucket)
        seen += n
    return float(statistics.mean(values))


def _json_list(values) -> str:
    return json.dumps(list(values))


def week_of(day: date) -> tuple[date, date]:
    """Monday to Sunday of *day*'s week."""
    monday = day - timedelta(days=day.weekday())
    return monday, monday + timedelta(days=6)
