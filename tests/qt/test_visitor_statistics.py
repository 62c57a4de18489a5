"""Visitor statistics recorded from what a visitor does on the kiosk: touches through the
driver, as on the hall's screen; each event type, the session's bounds, and a kiosk whose
statistics file is broken or cannot be written."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QPoint
from sqlalchemy import text

from kiosk.stats import events as ev
from kiosk.stats.queries import Filter, Reports
from kiosk.stats.store import open_store, stats_path
from kiosk.ui.visits import start_recorder

from tests.qt.test_search_keyboard import open_search, results
from tests.qt.test_staff_menu import open_menu


class ListRecorder:
    """Keeps what the kiosk records, in order (what the real recorder would queue)."""

    def __init__(self):
        self.events: list[ev.Event] = []
        self.record_search_terms = True

    def record(self, kind, at=None, **data):
        self.events.append(ev.Event(kind, at, data))

    def kinds(self) -> list[str]:
        return [e.kind for e in self.events]

    def of(self, kind: str) -> list[dict]:
        return [e.data for e in self.events if e.kind == kind]


def pages(recorder: ListRecorder) -> list[str]:
    return [d["page"] for d in recorder.of(ev.PAGE)]


def test_a_visit_records_its_pages_qr_code_language_and_ends_at_the_idle_reset(kiosk, db):
    with db.sessions() as s, s.begin():
        s.execute(text("UPDATE records SET web_url = 'https://www.haier.com' WHERE kind = 'manufacturer' AND slug = 'haier-group'"))
    rec = ListRecorder()
    drive = kiosk(language="en", recorder=rec, idle_timeout_ms=1500, countdown_ms=1000)
    ui = drive.ui
    assert rec.events == []  # no session before the first touch

    drive.tap("tile-manufacturer")
    drive.settle()
    drive.tap("card-haier-group")
    drive.settle()
    drive.tap("lang-ru")
    drive.settle()
    assert rec.kinds()[0] == ev.SESSION_START and rec.events[0].data == {"language": "en"}
    assert pages(rec) == ["home", "manufacturer", "manufacturer/haier-group"]
    assert rec.of(ev.QR) == [{"page": "manufacturer/haier-group"}]
    assert rec.of(ev.LANGUAGE) == [{"language": "ru", "previous": "en"}]

    assert drive.wait_until(lambda: ui.idle.property("state") == "countdown", 4000)
    assert drive.wait_until(lambda: ui.idle.property("state") == "attract", 4000)
    assert rec.of(ev.COUNTDOWN) == [{"cancelled": False}]
    end = rec.events[-1]
    assert end.kind == ev.SESSION_END and end.data == {"reason": ev.END_IDLE}
    # The page seen last ran to the last touch, in the language it was seen in then.
    last_page = [e for e in rec.events if e.kind == ev.PAGE][-1]
    assert last_page.data["page"] == "manufacturer/haier-group" and last_page.data["language"] == "ru"
    # The idle wait is not in the session: it ends at the last touch.
    assert end.ts - rec.events[0].ts < 1.5
    # Resetting the kiosk for the next visitor (language, Home) is not a visitor's doing.
    assert rec.kinds().count(ev.LANGUAGE) == 1

    drive.tap_at(QPoint(300, 500))  # the next visitor
    drive.settle()
    assert rec.kinds()[-2:] == [ev.SESSION_END, ev.SESSION_START]
    assert rec.events[-1].data == {"language": "zh-Hans"}


def test_searches_are_recorded_with_their_result_count_and_whether_one_was_opened(kiosk):
    rec = ListRecorder()
    drive = kiosk(language="en", recorder=rec)
    open_search(drive)
    drive.type_text("haier")
    assert drive.wait_until(lambda: results(drive)[:1] == ["haier-group"], 2000)
    drive.tap("result-haier-group")
    drive.settle()
    found = len(drive.ui.content.searcher.search("haier", "en"))
    assert found >= 1
    assert rec.of(ev.SEARCH) == [{"query": "haier", "results": found, "opened": True, "language": "en"}]

    # Nothing found, cleared, tried again, nothing found again, then Home.
    open_search(drive)
    drive.type_text("zzqx")
    assert drive.ui.find("noResults") is not None
    drive.tap("clearSearch")
    drive.type_text("spaceport")
    assert drive.ui.find("noResults") is not None
    drive.tap("homeButton")
    drive.settle()
    zero = [(d["query"], d["results"], d["opened"]) for d in rec.of(ev.SEARCH)[1:]]
    assert zero == [("zzqx", 0, False), ("spaceport", 0, False)]
    # Home is still on screen: its view is recorded when the visitor leaves it.
    assert pages(rec) == ["home", "search", "manufacturer/haier-group", "search"]


def test_search_terms_are_left_out_when_the_setting_says_so(kiosk, db, tmp_path):
    from kiosk.content.change.settings import Settings

    Settings(db.engine).set("stats.record_search_terms", False)
    recorder = start_recorder(db)
    try:
        assert recorder.record_search_terms is False
        drive = kiosk(language="en", recorder=recorder)
        open_search(drive)
        drive.type_text("zzqx")
        assert drive.ui.find("noResults") is not None
        drive.tap("homeButton")
        drive.settle()
        drive.ui.close()
    finally:
        recorder.close()
    store = open_store(stats_path(db.data_dir), create=False)
    try:
        reports = Reports(store)
        assert reports.zero_result_searches(Filter(date.today(), date.today())) == [("(not recorded)", 1)]
    finally:
        store.close()


def test_a_touch_cancels_the_countdown_and_the_staff_menu_ends_the_session(kiosk):
    rec = ListRecorder()
    drive = kiosk(language="en", recorder=rec, idle_timeout_ms=1000, countdown_ms=5000)
    ui = drive.ui
    drive.tap("aboutButton")
    drive.settle()
    assert drive.wait_until(lambda: ui.idle.property("state") == "countdown", 4000)
    drive.tap_at(QPoint(300, 500))
    assert rec.of(ev.COUNTDOWN) == [{"cancelled": True}]
    ui.idle.setProperty("timeoutMs", 60_000)
    open_menu(drive)
    assert ui.staff.property("isOpen")
    assert rec.events[-1].kind == ev.SESSION_END and rec.events[-1].data == {"reason": ev.END_STAFF}
    # Staff tapping in their menu is no visitor.
    drive.tap("pin-1")
    drive.tap("staffClose")
    drive.settle()
    assert rec.kinds().count(ev.SESSION_START) == 1
    drive.tap("searchButton")  # a visitor again
    assert rec.kinds().count(ev.SESSION_START) == 2


def test_a_page_that_fails_sends_the_kiosk_home_and_the_error_ends_the_session(kiosk, monkeypatch):
    rec = ListRecorder()
    drive = kiosk(language="en", recorder=rec, recover_on_error=True)
    ui = drive.ui
    drive.tap("tile-manufacturer")
    drive.settle()

    def broken(*_args):
        raise RuntimeError("the disk went away")

    monkeypatch.setattr(ui.catalogue, "detail", broken)
    drive.tap("card-haier-group")
    assert drive.wait_until(lambda: ev.ERROR in rec.kinds(), 3000)
    drive.settle()
    assert ui.current_page == "home"
    assert rec.of(ev.ERROR) == [{"reason": "page_failed"}]
    assert rec.events[-1].data == {"reason": ev.END_ERROR}


def test_the_kiosk_runs_and_records_over_a_broken_statistics_file(kiosk, db):
    path = stats_path(db.data_dir)
    path.write_bytes(b"this is not a database" * 100)
    recorder = start_recorder(db)
    try:
        drive = kiosk(language="en", recorder=recorder)
        drive.tap("tile-manufacturer")
        drive.settle()
        assert drive.ui.current_page == "list-manufacturer"
        drive.ui.close()  # the session ends with the kiosk
    finally:
        recorder.close()
    assert list(db.data_dir.glob("statistics.sqlite3.broken-*"))
    store = open_store(path, create=False)
    try:
        today = Filter(date.today(), date.today())
        assert Reports(store).total_sessions(today) == 1
        assert ("manufacturer", 1) in [(page, n) for page, n, _ in Reports(store).top_pages(today)]
    finally:
        store.close()


def test_the_kiosk_runs_when_statistics_cannot_be_written_at_all(kiosk, db, monkeypatch):
    from kiosk.stats import recorder as recorder_module
    from kiosk.stats.store import StatsError

    def refuse(path, **_kw):
        raise StatsError(f"{path}: cannot be opened (read-only file system)")

    monkeypatch.setattr(recorder_module, "open_store", refuse)
    recorder = start_recorder(db)
    try:
        assert recorder is not None and recorder.store is None
        drive = kiosk(language="en", recorder=recorder)
        drive.tap("tile-manufacturer")
        drive.settle()
        drive.tap("searchButton")
        drive.settle()
        assert drive.ui.current_page == "search"
    finally:
        recorder.close()
    assert recorder.written == 0


def test_accessibility_choices_are_recorded_once_each_and_reset_for_the_next_visitor(kiosk):
    rec = ListRecorder()
    drive = kiosk(language="en", recorder=rec, idle_timeout_ms=1500, countdown_ms=1000)
    ui = drive.ui
    drive.tap("tile-manufacturer")
    drive.settle()
    ui.access.setProperty("highContrast", True)
    ui.access.setProperty("largerText", True)
    ui.access.setProperty("highContrast", True)  # already on: not a second report
    ui.access.setProperty("volume", 0.3)
    assert rec.of(ev.ACCESSIBILITY) == [{"mode": "high_contrast"}, {"mode": "large_text"}]
    assert ui.access.property("anyOn") is True

    assert drive.wait_until(lambda: ui.idle.property("state") == "attract", 6000)
    # The next visitor starts with the defaults.
    for mode in ("readAloud", "largerText", "highContrast", "lowReach", "lessMotion"):
        assert ui.access.property(mode) is False, mode
    assert abs(ui.access.property("volume") - 0.8) < 1e-6
    assert rec.kinds()[-1] == ev.SESSION_END
