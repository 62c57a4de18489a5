"""The recorder end to end: every event type reaches the file and the reports, on its own thread;
search terms can be left out; a statistics failure never reaches the caller."""

from __future__ import annotations

import logging
import time

from stats_helpers import KIOSK_A

from kiosk.stats import events as ev
from kiosk.stats.queries import HIDDEN_TERM, Filter, Reports
from kiosk.stats.recorder import Recorder, kiosk_identity
from kiosk.stats.session import VisitorSession
from kiosk.stats.store import open_store, stats_path


def play_a_visit(recorder: Recorder) -> None:
    """One visitor doing one of everything, through the session rules."""
    visit = VisitorSession(recorder, language="zh-Hans")
    visit.touch()
    visit.accessibility_on("large_text")
    visit.page_shown("home")
    visit.touch()
    visit.language_switched("en")
    visit.touch()
    visit.page_shown("search")
    visit.searched("=HYPERLINK(\"http://x\")", 0)
    visit.touch()
    visit.page_shown("search")
    visit.searched("haier", 2)
    visit.result_opened()
    visit.touch()
    visit.page_shown("manufacturers", "haier")
    visit.qr_shown()
    visit.countdown_shown()
    visit.touch()
    visit.error_home("page_failed")


def test_every_event_type_reaches_the_reports(tmp_path):
    recorder = Recorder.start(tmp_path, KIOSK_A, "Hall east", interval=0.05)
    play_a_visit(recorder)
    recorder.close()
    assert recorder.dropped == 0
    store = open_store(stats_path(tmp_path), create=False)
    try:
        reports, f = Reports(store), Filter()
        assert reports.kiosks() == [(KIOSK_A, "Hall east")]
        assert reports.total_sessions(f) == 1
        assert dict(reports.language_mix(f)) == {"zh-Hans": 1, "en": 1}
        assert reports.language_switches(f) == [("zh-Hans", "en", 1)]
        assert {p for p, _, _ in reports.top_pages(f)} == {"home", "search"}
        assert [r for r, _, _ in reports.top_records(f)] == ["manufacturers/haier"]
        assert reports.top_searches(f) == [('=hyperlink("http://x")', 1, 1, 0), ("haier", 1, 0, 1)]
        assert reports.zero_result_searches(f) == [('=hyperlink("http://x")', 1)]
        assert reports.accessibility(f) == [("large_text", 1)]
        assert reports.qr_codes(f) == [("manufacturers/haier", 1)]
        assert reports.countdowns(f) == (1, 1)
        assert reports.errors(f) == [("page_failed", 1)]
        assert reports.endings(f) == [("error", 1)]
        assert store.stored_events(1) == recorder.written
    finally:
        store.close()


def test_with_search_terms_off_the_counts_stay_and_the_words_do_not(tmp_path):
    recorder = Recorder.start(tmp_path, KIOSK_A, "Hall east", record_search_terms=False, interval=0.05)
    play_a_visit(recorder)
    recorder.close()
    store = open_store(stats_path(tmp_path), create=False)
    try:
        reports = Reports(store)
        assert reports.top_searches(Filter()) == [(HIDDEN_TERM, 2, 1, 1)]
        assert reports.zero_result_searches(Filter()) == [(HIDDEN_TERM, 1)]
        raw = stats_path(tmp_path).read_bytes()
        assert b"HYPERLINK" not in raw.upper()
        with store.engine.connect() as conn:
            texts = set(store.names(conn).values())
        assert "haier" not in texts and not any("hyperlink" in t for t in texts)
    finally:
        store.close()


def test_events_are_written_within_the_interval_without_closing(tmp_path):
    recorder = Recorder.start(tmp_path, KIOSK_A, "Hall east", interval=0.1)
    try:
        recorder.record(ev.SESSION_START, language="en")
        recorder.record(ev.PAGE, page="home", language="en", dwell_ms=10)
        deadline = time.monotonic() + 10
        while recorder.written < 2 and time.monotonic() < deadline:
            time.sleep(0.02)
        assert recorder.written == 2
    finally:
        recorder.close()


def test_a_corrupt_statistics_file_is_moved_aside_and_recording_goes_on(tmp_path, caplog):
    path = stats_path(tmp_path)
    path.write_bytes(b"this is no database at all, just bytes" * 100)
    with caplog.at_level(logging.ERROR):
        recorder = Recorder.start(tmp_path, KIOSK_A, "Hall east", interval=0.05)
        play_a_visit(recorder)
        recorder.close()
    assert recorder.written > 0
    assert list(tmp_path.glob("statistics.sqlite3.broken-*"))
    assert "moved the unusable file" in caplog.text


def test_a_failing_write_is_logged_and_never_raises_into_the_caller(tmp_path, caplog):
    recorder = Recorder.start(tmp_path, KIOSK_A, "Hall east", interval=0.05)

    def disk_full(*_args, **_kwargs):
        raise OSError(28, "No space left on device")

    recorder.store.write = disk_full
    with caplog.at_level(logging.ERROR):
        play_a_visit(recorder)  # no exception here
        recorder.close()
    assert "No space left on device" in caplog.text
    assert recorder.written == 0


def test_the_ui_thread_pays_microseconds_per_tap(tmp_path):
    recorder = Recorder.start(tmp_path, KIOSK_A, "Hall east")
    visit = VisitorSession(recorder)
    samples = []
    try:
        for i in range(2000):
            start = time.perf_counter()
            visit.touch()
            visit.page_shown("clusters", f"r{i}")
            samples.append(time.perf_counter() - start)
    finally:
        recorder.close()
    samples.sort()
    # Target 0.5 ms per tap; the median is a few microseconds (the writer thread may take the GIL for a moment).
    assert samples[len(samples) // 2] < 0.0005
    assert samples[int(len(samples) * 0.95)] < 0.0005


def test_the_kiosk_id_is_made_once_and_kept(db):
    from kiosk.content.change.settings import Settings

    settings = Settings(db.engine)
    first = kiosk_identity(settings)
    settings.set("kiosk.name", "Hall east")
    second = kiosk_identity(settings)
    assert first[0] == second[0] and len(first[0]) == 36
    assert second[1] == "Hall east"


def test_a_kiosk_running_for_days_prunes_old_sessions_when_the_date_changes(tmp_path, monkeypatch):
    from datetime import date, timedelta

    from stats_helpers import at, session

    from kiosk.stats import recorder as recorder_module

    recorder = Recorder.start(tmp_path, KIOSK_A, "Hall east", retention_days=30, interval=0.05)
    try:
        recorder.store.write_sessions(recorder.kiosk, [session(at(date.today() - timedelta(days=40), 10), 60)])

        class Tomorrow(date):
            @classmethod
            def today(cls):
                return date.fromordinal(date.today().toordinal() + 1)

        monkeypatch.setattr(recorder_module, "date", Tomorrow)

        def sessions() -> int:
            with recorder.store.engine.connect() as conn:
                return conn.exec_driver_sql("SELECT count(*) FROM sessions").scalar()

        deadline = time.monotonic() + 10
        while sessions() and time.monotonic() < deadline:
            time.sleep(0.02)
        assert sessions() == 0
        assert Reports(recorder.store).total_sessions(Filter()) == 1  # the daily totals stay
    finally:
        recorder.close()
