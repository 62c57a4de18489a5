"""``ReportTexts``: each report of the Visitors tab as a chart, a table and the words around them.

One method per chart card (``sessions``, ``heatmap`` ...): it reads the
report from ``kiosk.stats.queries.Reports`` under a ``Filter`` and returns
``(title, note, chart, column headings, rows)``, translated; with no
statistics (``reports`` None) the same card, empty.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject

from kiosk.admin.console import labels
from kiosk.admin.console.charts import bar_chart, heat_chart, pie_chart
from kiosk.admin.console.plots import Chart
from kiosk.stats.queries import LENGTH_BINS, Filter, Reports

Card = tuple[str, str, Chart, list[str], list[tuple]]


def language_name(code: str) -> str:
    return labels.LANGUAGE_NAMES.get(code, code or "?")


class ReportTexts(QObject):
    """The Visitors tab's reports, ready to show (see the module docstring)."""

    TOP = 15

    def __init__(self, parent: QObject | None = None, record_title: Callable[[str, str], str] | None = None):
        super().__init__(parent)
        # (kind, slug) -> the record's title in the console's language, "" when the content has no such record.
        self.record_title = record_title or (lambda _kind, _slug: "")

    def nothing(self) -> str:
        """Said in a chart's place when the chosen days have nothing for it."""
        return self.tr("Nothing to show for these days")

    def length_bins(self) -> list[str]:
        """The session length distribution's bins (``kiosk.stats.queries.LENGTH_BINS``), translated."""
        names = [self.tr("< 30 s"), self.tr("30 s - 1 min"), self.tr("1-2 min"), self.tr("2-5 min"), self.tr("5-10 min"),
                 self.tr("10-20 min"), self.tr("20 min +")]
        return names[:len(LENGTH_BINS)]

    def mode_names(self) -> dict[str, str]:
        """The accessibility modes (``kiosk.stats.events.ACCESS_MODES``) as the kiosk's panel names them."""
        return {"read_aloud": self.tr("Read aloud"), "large_text": self.tr("Larger text"),
                "high_contrast": self.tr("High contrast"), "low_reach": self.tr("Low reach"),
                "less_motion": self.tr("Less motion")}

    def length_text(self, seconds: float | None) -> str:
        """A session length in words: "2 min 05 s", "45 s", or a dash."""
        if seconds is None:
            return "–"
        minutes, secs = divmod(int(seconds), 60)
        if minutes:
            return self.tr("%1 min %2 s").replace("%1", str(minutes)).replace("%2", f"{secs:02d}")
        return self.tr("%1 s").replace("%1", str(secs))

    def summary(self, reports: Reports, f: Filter) -> str:
        """One line: sessions, median length, languages, searches that found nothing."""
        s = reports.summary(f, limit=3)
        total = sum(n for _lang, n in s["languages"]) or 1
        languages = ", ".join(f"{language_name(code)} {100 * n / total:.0f} %" for code, n in s["languages"]) or "–"
        zero = sum(n for _term, n in reports.zero_result_searches(f, limit=10_000))
        return (self.tr("%n session(s) · median length %1 · languages: %2 · %3 searches found nothing", "", s["sessions"])
                .replace("%1", self.length_text(s["median_s"])).replace("%2", languages).replace("%3", str(zero)))

    def sessions(self, reports: Reports | None, f: Filter) -> Card:
        days = reports.sessions_per_day(f) if reports else []
        total = sum(n for _d, n, _s in days)
        note = self.tr("%n session(s) in %1 day(s)", "", total).replace("%1", str(len(days)))
        chart = bar_chart([d.strftime("%m-%d") for d, _n, _s in days], [(self.tr("Sessions"), [n for _d, n, _s in days])])
        rows = [(d.isoformat(), n, round(s / 60, 1)) for d, n, s in days]
        return self.tr("Sessions per day"), note, chart, [self.tr("Day"), self.tr("Sessions"), self.tr("Minutes in sessions")], rows

    def weekdays(self) -> list[str]:
        return [self.tr("Mon"), self.tr("Tue"), self.tr("Wed"), self.tr("Thu"), self.tr("Fri"), self.tr("Sat"), self.tr("Sun")]

    def heatmap(self, reports: Reports | None, f: Filter) -> Card:
        grid = reports.heatmap(f) if reports else [[0] * 24 for _ in range(7)]
        names = self.weekdays()
        rows = [(names[i], *row) for i, row in enumerate(grid)]
        note = self.tr("When sessions started: weekday and hour (darker: more sessions)")
        return self.tr("Weekday × hour"), note, heat_chart(grid, names), [self.tr("Day"), *(f"{h:02d}" for h in range(24))], rows

    def lengths(self, reports: Reports | None, f: Filter) -> Card:
        report = reports.session_lengths(f) if reports else None
        # The bins in the console's language (the report names them in English for the exports).
        bins = list(zip(self.length_bins(), [n for _label, n in report.bins], strict=True)) if report and report.sessions else []
        note = self.tr("Median %1 over %n session(s)", "", report.sessions if report else 0) \
            .replace("%1", self.length_text(report.median_s if report else None))
        chart = bar_chart([label for label, _n in bins], [(self.tr("Sessions"), [n for _l, n in bins])])
        return self.tr("Session length"), note, chart, [self.tr("Length"), self.tr("Sessions")], bins

    def languages(self, reports: Reports | None, f: Filter) -> Card:
        mix = reports.language_mix(f) if reports else []
        total = sum(n for _c, n in mix) or 1
        named = [(language_name(code), n) for code, n in mix]
        rows = [(name, n, f"{100 * n / total:.0f} %") for name, n in named]
        note = self.tr("A session that switched language counts for each language it used")
        return self.tr("Languages"), note, pie_chart(named), [self.tr("Language"), self.tr("Sessions"), self.tr("Share")], rows

    def section_name(self, key: str) -> str:
        """A page or section key as the visitor screens name it ("cluster": "Industrial clusters"); others as they are."""
        pages = {"home": self.tr("Home"), "search": self.tr("Search", "the search page"), "about": self.tr("About")}
        return pages.get(key) or (labels.kind_plural(key) if key in labels.KIND_ICONS else key)

    def _top_pages(self, title: str, heading: str, items) -> Card:
        chart = bar_chart([page for page, _n, _s in items], [(self.tr("Views"), [n for _p, n, _s in items])], horizontal=True)
        return title, "", chart, [heading, self.tr("Views"), self.tr("Mean seconds")], list(items)

    def pages(self, reports: Reports | None, f: Filter) -> Card:
        items = [(self.section_name(page), *rest) for page, *rest in reports.top_pages(f, self.TOP)] if reports else []
        return self._top_pages(self.tr("Top pages"), self.tr("Page"), items)

    def page_title(self, page: str) -> str:
        """A record page ("manufacturer/haier-group") by the record's title; its key when the content no longer has it."""
        kind, _, slug = page.partition("/")
        return self.record_title(kind, slug) or page

    def records(self, reports: Reports | None, f: Filter) -> Card:
        items = [(self.page_title(page), *rest) for page, *rest in reports.top_records(f, self.TOP)] if reports else []
        return self._top_pages(self.tr("Top records"), self.tr("Record"), items)

    def sections(self, reports: Reports | None, f: Filter) -> Card:
        by_section = reports.language_by_section(f) if reports else {}
        codes = sorted({code for langs in by_section.values() for code in langs})
        # The most viewed section first, as in the other top lists.
        sections = sorted(by_section, key=lambda s: -sum(by_section[s].values()))
        sets = [(language_name(code), [by_section[s].get(code, 0) for s in sections]) for code in codes]
        rows = [(self.section_name(s), language_name(code), n) for s in sections for code, n in sorted(by_section[s].items())]
        chart = bar_chart([self.section_name(s) for s in sections], sets, horizontal=True, stacked=True)
        return (self.tr("Languages by section"), self.tr("Page views per section, by language"), chart,
                [self.tr("Section"), self.tr("Language"), self.tr("Page views")], rows)

    def searches(self, reports: Reports | None, f: Filter) -> Card:
        items = reports.top_searches(f, self.TOP) if reports else []
        chart = bar_chart([term for term, *_n in items], [(self.tr("Searches"), [n for _t, n, _z, _o in items])], horizontal=True)
        headers = [self.tr("Search"), self.tr("Searches"), self.tr("Without result"), self.tr("Result opened")]
        return self.tr("Top searches"), "", chart, headers, list(items)

    def zero(self, reports: Reports | None, f: Filter) -> Card:
        items = reports.zero_result_searches(f, self.TOP) if reports else []
        chart = bar_chart([term for term, _n in items], [(self.tr("Searches"), [n for _t, n in items])], horizontal=True)
        note = self.tr("What visitors looked for and the kiosk does not have: candidates for new content")
        return self.tr("Searches that found nothing"), note, chart, [self.tr("Search"), self.tr("Searches")], list(items)

    def accessibility(self, reports: Reports | None, f: Filter) -> Card:
        names = self.mode_names()
        # Every mode the kiosk offers, unused ones with 0: "nobody needed it" is an answer too.
        items = [(names.get(mode, mode), n) for mode, n in reports.accessibility_modes(f)] if reports else []
        used = sum(n for _m, n in items)
        note = self.tr("Times visitors turned each mode on") if used else \
            self.tr("No accessibility mode was turned on in these days.")
        chart = bar_chart([mode for mode, _n in items], [(self.tr("Times turned on"), [n for _m, n in items])],
                          horizontal=True)
        return self.tr("Accessibility modes"), note, chart, [self.tr("Mode"), self.tr("Times turned on")], items
