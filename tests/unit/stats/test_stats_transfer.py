"""The USB statistics file and the office merge: idempotent, each kiosk kept apart, all or nothing, bad files named."""

from __future__ import annotations

import sqlite3
from datetime import date

import pytest
from stats_helpers import KIOSK_A, KIOSK_B, at, session

from kiosk.stats.queries import Filter, Reports
from kiosk.stats.store import StatsError, open_store
from kiosk.stats.transfer import merge, pack

DAY = date(2026, 11, 24)


def kiosk_file(tmp_path, uid: str, name: str, sessions, file_name: str):
    """A kiosk's statistics with *sessions*, packed as *file_name*."""
    folder = tmp_path / file_name.split(".")[0]
    store = open_store(folder / "statistics.sqlite3")
    try:
        k = store.ensure_kiosk(uid, name)
        store.write_sessions(k, sessions)
        return pack(store, tmp_path / file_name).path, store.path
    finally:
        store.close()


@pytest.fixture
def office(tmp_path):
    store = open_store(tmp_path / "office" / "statistics.sqlite3")
    yield store
    store.close()


def test_merging_the_same_files_twice_counts_nothing_twice(tmp_path, office):
    a, _ = kiosk_file(tmp_path, KIOSK_A, "Hall east", [session(at(DAY, 10), 60, pages=[("home", 5)], searches=[("haier", 0, False)]),
                                                    session(at(DAY, 11), 30)], "east.kioskstats")
    b, _ = kiosk_file(tmp_path, KIOSK_B, "Hall west", [session(at(DAY, 12), 90, lang="ru")], "west.kioskstats")
    first = merge(office, [a, b])
    assert [(r.kiosk_name, r.sessions_added, r.sessions_known) for r in first] == [("Hall east", 2, 0), ("Hall west", 1, 0)]
    again = merge(office, [b, a, a])
    assert sum(r.sessions_added for r in again) == 0
    reports = Reports(office)
    assert reports.total_sessions(Filter()) == 3
    assert reports.zero_result_searches(Filter()) == [("haier", 1)]
    assert reports.kiosks() == [(KIOSK_A, "Hall east"), (KIOSK_B, "Hall west")]
    assert reports.total_sessions(Filter(kiosks=(KIOSK_B,))) == 1
    assert dict(reports.language_mix(Filter(kiosks=(KIOSK_B,)))) == {"ru": 1}
    with office.engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT count(*) FROM sessions").scalar() == 3


def test_a_newer_file_of_the_same_kiosk_adds_only_what_is_new_and_an_older_one_changes_nothing(tmp_path, office):
    folder = tmp_path / "kiosk"
    store = open_store(folder / "statistics.sqlite3")
    k = store.ensure_kiosk(KIOSK_A, "Hall east")
    store.write_sessions(k, [session(at(DAY, 10), 60)])
    older = pack(store, tmp_path / "monday.kioskstats").path
    store.write_sessions(k, [session(at(DAY, 15), 60), session(at(date(2026, 11, 25), 10), 60)])
    newer = pack(store, tmp_path / "wednesday.kioskstats").path
    store.close()
    merge(office, [older])
    assert Reports(office).total_sessions(Filter()) == 1
    report = merge(office, [newer])
    assert (report[0].sessions_added, report[0].sessions_known, report[0].rollups) == (2, 1, "replaced")
    report = merge(office, [older])
    assert report[0].rollups == "kept"
    reports = Reports(office)
    assert reports.total_sessions(Filter()) == 3
    assert [n for _, n, _ in reports.sessions_per_day(Filter(DAY, date(2026, 11, 25)))] == [2, 1]


def test_a_bad_file_is_named_with_what_is_wrong_and_nothing_is_merged(tmp_path, office):
    good, _ = kiosk_file(tmp_path, KIOSK_A, "Hall east", [session(at(DAY, 10), 60)], "east.kioskstats")
    text = tmp_path / "notes.kioskstats"
    text.write_text("not statistics")
    other = tmp_path / "other.kioskstats"
    with sqlite3.connect(other) as conn:
        conn.execute("CREATE TABLE t (x)")
    with pytest.raises(StatsError) as err:
        merge(office, [good, text, other, tmp_path / "missing.kioskstats"])
    message = str(err.value)
    assert "nothing was merged" in message
    assert "notes.kioskstats: is not a kiosk statistics file (not a SQLite database)" in message
    assert "other.kioskstats: is a SQLite database but not a kiosk statistics file" in message
    assert "missing.kioskstats: no such file" in message
    assert Reports(office).total_sessions(Filter()) == 0
    assert Reports(office).kiosks() == []


def test_a_file_that_fails_part_way_leaves_the_office_as_it_was(tmp_path, office, monkeypatch):
    a, _ = kiosk_file(tmp_path, KIOSK_A, "Hall east", [session(at(DAY, 10), 60)], "east.kioskstats")
    b, _ = kiosk_file(tmp_path, KIOSK_B, "Hall west", [session(at(DAY, 12), 90)], "west.kioskstats")
    from kiosk.stats import transfer

    real = transfer._merge_rollups
    calls = []

    def fail_on_second(*args):
        calls.append(1)
        if len(calls) == 2:
            raise sqlite3.DatabaseError("database disk image is malformed")
        return real(*args)

    monkeypatch.setattr(transfer, "_merge_rollups", fail_on_second)
    with pytest.raises(StatsError, match="west.kioskstats: cannot be read .*nothing was merged"):
        merge(office, [a, b])
    assert Reports(office).total_sessions(Filter()) == 0
    assert Reports(office).kiosks() == []


def test_the_packed_file_is_one_self_contained_file(tmp_path):
    packed, _ = kiosk_file(tmp_path, KIOSK_A, "Hall east", [session(at(DAY, 10), 60)], "east.kioskstats")
    assert not packed.with_name(packed.name + "-wal").exists()
    with sqlite3.connect(packed) as conn:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
        assert conn.execute("SELECT uid, name FROM kiosks").fetchall() == [(KIOSK_A, "Hall east")]
