"""The session rules: a session starts with the first touch, ends at the idle reset or the staff menu,
and neither its length nor a page's dwell counts the idle wait."""

from __future__ import annotations

import pytest

from kiosk.stats import events as ev
from kiosk.stats.session import VisitorSession


@pytest.fixture
def visit(recorder_list, clock):
    return VisitorSession(recorder_list, language="zh-Hans", clock=clock)


def test_nothing_is_recorded_before_the_first_touch(visit, recorder_list):
    visit.page_shown("home")
    visit.qr_shown()
    visit.idle_reset()
    assert recorder_list.events == []


def test_the_first_touch_starts_a_session_in_the_current_language(visit, recorder_list, clock):
    visit.touch()
    visit.touch()
    assert recorder_list.kinds() == [ev.SESSION_START]
    assert recorder_list.events[0].ts == clock.now
    assert recorder_list.events[0].data == {"language": "zh-Hans"}


def test_idle_reset_ends_the_session_at_the_last_touch_not_the_reset(visit, recorder_list, clock):
    start = clock.now
    visit.touch()
    visit.page_shown("home")
    clock.advance(40)
    visit.touch()
    visit.page_shown("manufacturers", "haier")
    clock.advance(25)
    visit.touch()               # the last touch, 65 s in
    clock.advance(90)
    visit.countdown_shown()
    clock.advance(10)
    visit.idle_reset()          # 165 s in
    end = recorder_list.of(ev.SESSION_END)[0]
    assert end.ts - start == pytest.approx(65)
    assert end.data == {"reason": ev.END_IDLE}
    pages = recorder_list.of(ev.PAGE)
    assert [(p.data["page"], p.data["dwell_ms"]) for p in pages] == [("home", 40_000), ("manufacturers/haier", 25_000)]
    assert recorder_list.of(ev.COUNTDOWN)[0].data == {"cancelled": False}
    assert not visit.active


def test_a_touch_during_the_countdown_cancels_it_and_the_session_goes_on(visit, recorder_list, clock):
    visit.touch()
    clock.advance(90)
    visit.countdown_shown()
    clock.advance(3)
    visit.touch()
    assert recorder_list.kinds() == [ev.SESSION_START, ev.COUNTDOWN]
    assert recorder_list.events[-1].data == {"cancelled": True}
    assert visit.active


def test_staff_opening_the_menu_ends_the_session_and_the_next_touch_starts_another(visit, recorder_list, clock):
    visit.touch()
    clock.advance(12)
    visit.touch()
    clock.advance(5)
    visit.staff_menu_opened()
    clock.advance(60)
    visit.touch()
    starts, ends = recorder_list.of(ev.SESSION_START), recorder_list.of(ev.SESSION_END)
    assert len(starts) == 2 and len(ends) == 1
    assert ends[0].data["reason"] == ev.END_STAFF
    assert ends[0].ts - starts[0].ts == pytest.approx(12)


def test_an_error_sending_the_kiosk_home_is_recorded_and_ends_the_session(visit, recorder_list):
    visit.touch()
    visit.error_home("page_failed")
    assert recorder_list.kinds()[-2:] == [ev.ERROR, ev.SESSION_END]
    assert recorder_list.events[-2].data == {"reason": "page_failed"}
    assert recorder_list.events[-1].data == {"reason": ev.END_ERROR}


def test_a_language_switch_is_recorded_and_splits_the_page_between_languages(visit, recorder_list, clock):
    visit.touch()
    visit.page_shown("clusters")
    clock.advance(10)
    visit.touch()
    visit.language_switched("ru")
    clock.advance(20)
    visit.touch()
    visit.idle_reset()
    assert recorder_list.of(ev.LANGUAGE)[0].data == {"language": "ru", "previous": "zh-Hans"}
    assert [(p.data["language"], p.data["dwell_ms"]) for p in recorder_list.of(ev.PAGE)] == [("zh-Hans", 10_000), ("ru", 20_000)]


def test_the_start_language_follows_a_switch_made_on_the_attract_loop(visit, recorder_list):
    visit.language_switched("en")
    visit.touch()
    assert recorder_list.kinds() == [ev.SESSION_START]
    assert recorder_list.events[0].data["language"] == "en"


def test_a_search_is_recorded_once_with_its_last_query_when_the_visitor_opens_a_result(visit, recorder_list, clock):
    visit.touch()
    visit.page_shown("search")
    visit.searched("h", 40)
    visit.searched("haier", 3)
    clock.advance(5)
    visit.touch()
    visit.result_opened()
    visit.page_shown("manufacturers", "haier")
    searches = recorder_list.of(ev.SEARCH)
    assert [s.data for s in searches] == [{"query": "haier", "results": 3, "opened": True, "language": "zh-Hans"}]


def test_a_search_that_found_nothing_is_recorded_when_the_session_ends(visit, recorder_list):
    visit.touch()
    visit.page_shown("search")
    visit.searched("spaceport", 0)
    visit.idle_reset()
    assert [s.data["results"] for s in recorder_list.of(ev.SEARCH)] == [0]
    assert recorder_list.kinds()[-1] == ev.SESSION_END


def test_clearing_the_field_records_the_query_before_it_and_the_next_query_is_its_own_search(visit, recorder_list):
    visit.touch()
    visit.page_shown("search")
    visit.searched("spaceport", 0)
    visit.searched("", 0)           # cleared: the visitor gave up on it
    visit.searched("steel", 4)
    visit.result_opened()
    visit.page_shown("clusters", "steel")
    assert [(s.data["query"], s.data["results"], s.data["opened"]) for s in recorder_list.of(ev.SEARCH)] == [
        ("spaceport", 0, False), ("steel", 4, True)]


def test_qr_codes_and_accessibility_modes_are_recorded_with_their_page_and_mode(visit, recorder_list):
    visit.touch()
    visit.page_shown("bases", "qingdao-base")
    visit.qr_shown()
    visit.accessibility_on("high_contrast")
    assert recorder_list.of(ev.QR)[0].data == {"page": "bases/qingdao-base"}
    assert recorder_list.of(ev.ACCESSIBILITY)[0].data == {"mode": "high_contrast"}
