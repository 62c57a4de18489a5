"""Database backups: checked copies that never replace a good one, pruned to
the newest N, restorable, and cancellable without leaving anything behind."""

from __future__ import annotations

import os
import sqlite3
import time
from datetime import datetime, timezone

import pytest

from kiosk.content import backups
from kiosk.content.backups import BackupError, create_backup, find_backup, list_backups, prune, restore_backup
from kiosk.content.progress import Cancelled, CancelToken


def records_in(path) -> int:
    con = sqlite3.connect(path)
    try:
        return con.execute("SELECT count(*) FROM records").fetchone()[0]
    finally:
        con.close()


def test_a_backup_is_a_checked_copy_of_the_content(db):
    made = db.backup("manual")
    assert made is not None
    assert made.path.parent == db.backups_dir and made.reason == "manual"
    assert records_in(made.path) == records_in(db.sqlite_file) == 33
    assert con_ok(made.path)
    assert [b.id for b in list_backups(db.backups_dir)] == [made.id]
    assert not list(db.backups_dir.glob("*.partial"))


def con_ok(path) -> bool:
    con = sqlite3.connect(path)
    try:
        return con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        con.close()


def test_two_backups_in_the_same_instant_both_survive(db, monkeypatch):
    class Frozen(datetime):
        @classmethod
        def now(cls, tz=None):
            return datetime(2025, 8, 25, 10, 0, 0, 0, tzinfo=timezone.utc)

    monkeypatch.setattr(backups, "datetime", Frozen)
    first = create_backup(db.sqlite_file, db.backups_dir, "manual")
    second = create_backup(db.sqlite_file, db.backups_dir, "manual")
    assert first.id != second.id
    assert first.path.exists() and second.path.exists()
    assert {b.id for b in list_backups(db.backups_dir)} == {first.id, second.id}


def test_pruning_keeps_the_newest_and_never_the_last_one(db, tmp_path):
    made = []
    for n in range(4):
        made.append(create_backup(db.sqlite_file, db.backups_dir, f"b{n}", keep=100))
    prune(db.backups_dir, 2)
    assert [b.id for b in list_backups(db.backups_dir)] == [made[3].id, made[2].id]
    prune(db.backups_dir, 0)
    assert [b.id for b in list_backups(db.backups_dir)] == [made[3].id]


def test_create_backup_prunes_to_keep(db):
    for n in range(3):
        create_backup(db.sqlite_file, db.backups_dir, f"b{n}", keep=2)
    assert len(list_backups(db.backups_dir)) == 2


def test_a_cancelled_backup_leaves_no_file_and_keeps_the_others(db):
    good = db.backup("good")
    token = CancelToken()
    token.cancel()
    with pytest.raises(Cancelled):
        create_backup(db.sqlite_file, db.backups_dir, "cancelled", progress=token)
    assert [b.id for b in list_backups(db.backups_dir)] == [good.id]
    assert sorted(p.name for p in db.backups_dir.iterdir()) == [good.id]


def test_a_backup_cancelled_while_copying_leaves_no_partial_file(db):
    calls = []

    def stop_when_copying(done, total, message):
        calls.append((done, total, message))
        return not (message == "backing up the database" and total > 0)

    with pytest.raises(Cancelled):
        create_backup(db.sqlite_file, db.backups_dir, "x", progress=stop_when_copying)
    assert any(total > 0 for _, total, _ in calls)  # it really was mid-copy
    assert list(db.backups_dir.iterdir()) == []


def test_a_partial_file_left_by_a_crash_is_cleared_later(db):
    stale = db.backups_dir / "kiosk-20250101T000000000000Z-crashed.partial"
    stale.write_bytes(b"half a database")
    old = time.time() - 2 * 3600
    os.utime(stale, (old, old))
    fresh = db.backups_dir / "kiosk-20250101T000000000001Z-running.partial"
    fresh.write_bytes(b"another process is writing this")
    db.backup("manual")
    assert not stale.exists()
    assert fresh.exists()  # may belong to a backup in progress elsewhere


def test_restore_brings_the_old_database_back(db):
    made = db.backup("before")
    with db.engine.begin() as conn:
        conn.exec_driver_sql("DELETE FROM records WHERE kind = 'cluster'")
    assert records_in(db.sqlite_file) == 24
    db.engine.dispose()
    restore_backup(made.path, db.sqlite_file)
    assert records_in(db.sqlite_file) == 33


def test_a_damaged_backup_is_refused_and_the_database_left_alone(db):
    made = db.backup("before")
    data = made.path.read_bytes()
    made.path.write_bytes(data[: len(data) // 3])
    before = records_in(db.sqlite_file)
    with pytest.raises(BackupError) as caught:
        restore_backup(made.path, db.sqlite_file)
    assert made.id in str(caught.value)
    assert records_in(db.sqlite_file) == before


def test_find_backup_names_what_is_missing(db):
    made = db.backup("manual")
    assert find_backup(db.backups_dir, made.id) == made
    with pytest.raises(BackupError) as caught:
        find_backup(db.backups_dir, "kiosk-nope.sqlite3")
    assert "kiosk-nope.sqlite3" in str(caught.value) and "kiosk backup list" in str(caught.value)
    with pytest.raises(BackupError):
        find_backup(db.backups_dir, "../kiosk.sqlite3")
