"""The statistics file: its schema version, what it refuses, sessions a kill left open, retention and roll-ups."""

from __future__ import annotations

import sqlite3
from datetime import date, timedelta

import pytest
from stats_helpers import KIOSK_A, at, session

from kiosk.stats import events as ev
from kiosk.stats.queries import Filter, Reports
from kiosk.stats.store import SCHEMA_VERSION, StatsError, open_store


def test_a_new_file_is_at_the_current_schema_in_wal_mode(store):
    with store.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA user_version").scalar() == SCHEMA_VERSION
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"


def test_a_file_from_a_newer_program_is_refused_by_name(tmp_path):
    path = tmp_path / "statistics.sqlite3"
    open_store(path).close()
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA user_version = 99")
    with pytest.raises(StatsError, match=r"statistics.sqlite3: statistics schema 99 is newer"):
        open_store(path)


def test_another_sqlite_database_or_a_non_database_is_refused(tmp_path):
    other = tmp_path / "other.sqlite3"
    with sqlite3.connect(other) as conn:
        conn.execute("CREATE TABLE meta (key TEXT, value TEXT)")
        conn.execute("PRAGMA user_version = 1")
    with pytest.raises(StatsError, match="other.sqlite3: is a SQLite file but not a kiosk statistics file"):
        open_store(other)
    text = tmp_path / "notes.sqlite3"
    text.write_text("hello")
    with pytest.raises(StatsError, match="notes.sqlite3: is not a SQLite database"):
        open_store(text)


def test_an_old_file_is_upgraded_step_by_step(tmp_path, monkeypatch):
    from kiosk.stats import store as store_module

    path = tmp_path / "statistics.sqlite3"
    open_store(path).close()
    monkeypatch.setattr(store_module, "SCHEMA_VERSION", 2)
    monkeypatch.setitem(store_module.UPGRADES, 1, "CREATE TABLE notes (text TEXT)")
    upgraded = open_store(path)
    with upgraded.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA user_version").scalar() == 2
        assert conn.exec_driver_sql("SELECT count(*) FROM notes").scalar() == 0
    upgraded.close()


def test_a_session_left_open_by_a_kill_is_closed_at_its_last_event(store):
    k = store.ensure_kiosk(KIOSK_A, "Hall east")
    t0 = at(date(2026, 11, 30), 11)
    store.write(k, [ev.Event(ev.SESSION_START, t0, {"language": "en"}),
                    ev.Event(ev.PAGE, t0 + 42, {"page": "home", "language": "en", "dwell_ms": 5000})])
    assert store.recover(k) == 1
    reports = Reports(store)
    assert reports.endings(Filter()) == [(ev.END_INTERRUPTED, 1)]
    assert reports.session_lengths(Filter()).median_s == 40  # 42 s, in its 5-second bucket
    assert store.stored_events(k) == 3  # start, page, and the end the recovery wrote


def test_a_start_without_an_end_closes_the_previous_session(store):
    k = store.ensure_kiosk(KIOSK_A, "Hall east")
    t0 = at(date(2026, 11, 30), 11)
    store.write(k, [ev.Event(ev.SESSION_START, t0, {"language": "en"}), ev.Event(ev.SESSION_START, t0 + 50, {"language": "ru"}),
                    ev.Event(ev.SESSION_END, t0 + 60, {"reason": "idle"})])
    assert Reports(store).endings(Filter()) == [("idle", 1), ("interrupted", 1)]


def test_retention_drops_old_sessions_and_keeps_their_daily_totals(store):
    k = store.ensure_kiosk(KIOSK_A, "Hall east")
    today = date(2026, 11, 30)
    old, recent = today - timedelta(days=500), today - timedelta(days=10)
    store.write_sessions(k, [session(at(old, 10), 60, pages=[("home", 30)], searches=[("silk road", 0, False)]),
                             session(at(recent, 10), 120, pages=[("clusters", 30)])])
    dropped, _ = store.prune(400, today)
    assert dropped == 1
    with store.engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT count(*) FROM sessions").scalar() == 1
    reports = Reports(store)
    # The reports read the roll-ups: the old day still counts.
    assert reports.sessions_per_day(Filter(old, old)) == [(old, 1, 60)]
    assert reports.zero_result_searches(Filter(old, old)) == [("silk road", 1)]
    assert reports.total_sessions(Filter()) == 2


def test_roll_ups_older_than_ten_years_go_too(store):
    k = store.ensure_kiosk(KIOSK_A, "Hall east")
    today = date(2026, 11, 30)
    ancient = today - timedelta(days=3700)
    store.write_sessions(k, [session(at(ancient, 10), 60)])
    store.prune(400, today)
    assert Reports(store).total_sessions(Filter()) == 0
