"""The reports give the right numbers on known sessions; a date range and the kiosk filter count only what they cover."""

from __future__ import annotations

from datetime import date

import pytest
from stats_helpers import KIOSK_A, KIOSK_B, at, session

from kiosk.stats.queries import Filter, Reports

MON, TUE = date(2026, 11, 23), date(2026, 11, 24)   # a Monday and the Tuesday after it


@pytest.fixture
def reports(store):
    a = store.ensure_kiosk(KIOSK_A, "Hall east")
    b = store.ensure_kiosk(KIOSK_B, "Hall west")
    store.write_sessions(a, [
        session(at(MON, 9, 5), 30, lang="zh-Hans", pages=[("home", 10), ("manufacturers/haier", 20)],
                searches=[("Haier ", 3, True)]),
        session(at(MON, 9, 40), 90, lang="en", pages=[("manufacturers/haier", 60), ("clusters", 5)], switch="ru",
                searches=[("spaceport", 0, False), ("haier", 1, False)], a11y="high_contrast"),
        session(at(TUE, 14, 0), 200, lang="en", pages=[("bases/qingdao", 100)], qr="bases/qingdao"),
    ])
    store.write_sessions(b, [session(at(TUE, 15, 30), 600, lang="ru", pages=[("home", 4)])])
    return Reports(store)


def test_sessions_per_day_fills_the_range_with_every_day(reports):
    got = reports.sessions_per_day(Filter(date(2026, 11, 22), TUE))
    assert got == [(date(2026, 11, 22), 0, 0), (MON, 2, 120), (TUE, 2, 800)]


def test_the_heat_map_counts_sessions_by_weekday_and_starting_hour(reports):
    grid = reports.heatmap(Filter())
    assert grid[0][9] == 2 and grid[1][14] == 1 and grid[1][15] == 1
    assert sum(map(sum, grid)) == 4


def test_median_and_distribution_of_session_length(reports):
    lengths = reports.session_lengths(Filter())
    assert lengths.sessions == 4
    # 30, 90, 180 (200 in its 30-second bucket), 600 -> the middle two are 90 and 180.
    assert lengths.median_s == pytest.approx((90 + 180) / 2)
    assert dict(lengths.bins) == {"< 30 s": 0, "30 s - 1 min": 1, "1-2 min": 1, "2-5 min": 1, "5-10 min": 0,
                                  "10-20 min": 1, "20 min +": 0}


def test_top_pages_and_records_with_their_mean_time(reports):
    f = Filter()
    assert reports.top_pages(f) == [("home", 2, 7.0), ("clusters", 1, 5.0)]
    assert reports.top_records(f) == [("manufacturers/haier", 2, 40.0), ("bases/qingdao", 1, 100.0)]


def test_language_mix_overall_and_per_section(reports):
    f = Filter()
    # The switching session counts for English and Russian.
    assert dict(reports.language_mix(f)) == {"en": 2, "ru": 2, "zh-Hans": 1}
    assert reports.language_by_section(f) == {
        "bases": {"en": 1}, "clusters": {"ru": 1}, "home": {"zh-Hans": 1, "ru": 1}, "manufacturers": {"zh-Hans": 1, "ru": 1}}


def test_searches_are_counted_by_their_normalised_term_with_zero_results_apart(reports):
    f = Filter()
    assert reports.top_searches(f) == [("haier", 2, 0, 1), ("spaceport", 1, 1, 0)]
    assert reports.zero_result_searches(f) == [("spaceport", 1)]


def test_accessibility_and_qr_codes(reports):
    assert reports.accessibility(Filter()) == [("high_contrast", 1)]
    assert reports.qr_codes(Filter()) == [("bases/qingdao", 1)]


def test_the_accessibility_report_lists_every_mode_of_the_kiosk_in_its_panels_order(reports, store):
    # Unused modes with 0 ("nobody needed it"), a mode the kiosk no longer offers after them.
    assert reports.accessibility_modes(Filter()) == [("read_aloud", 0), ("large_text", 0), ("high_contrast", 1),
                                                     ("low_reach", 0), ("less_motion", 0)]
    store.write_sessions(store.ensure_kiosk(KIOSK_B, "Hall west"),
                         [session(at(TUE, 16), 30, a11y="magnifier"), session(at(TUE, 17), 30, a11y="read_aloud")])
    got = reports.accessibility_modes(Filter(TUE, TUE))
    assert got == [("read_aloud", 1), ("large_text", 0), ("high_contrast", 0), ("low_reach", 0), ("less_motion", 0),
                   ("magnifier", 1)]


def test_a_date_range_and_a_kiosk_filter(reports):
    assert reports.total_sessions(Filter(TUE, TUE)) == 2
    assert reports.total_sessions(Filter(MON, MON)) == 2
    assert reports.total_sessions(Filter(kiosks=(KIOSK_B,))) == 1
    assert reports.total_sessions(Filter(TUE, TUE, (KIOSK_A,))) == 1
    assert reports.top_pages(Filter(kiosks=(KIOSK_B,))) == [("home", 1, 4.0)]
    assert reports.summary(Filter(MON, MON))["zero_results"] == [("spaceport", 1)]
    assert reports.kiosks() == [(KIOSK_A, "Hall east"), (KIOSK_B, "Hall west")]
