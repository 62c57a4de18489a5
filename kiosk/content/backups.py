"""Backups of the SQLite database, taken with SQLite's online backup API.

A backup is written to a temporary name, checked with ``PRAGMA
integrity_check``, and only then renamed into place under a name no other
backup has, so a failed, cancelled or interrupted backup never replaces a
good one.  Old backups are pruned to the newest N (the ``backups.keep``
setting), but the newest good backup is never removed.

Restoring copies a checked backup over the live database in one step of the
online backup API, which SQLite applies atomically; ``kiosk.content.change.importer``
takes a backup of the live database first, so a restore never overwrites the
only good copy.
"""

from __future__ import annotations

import re
import sqlite3
import time
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from kiosk.content.progress import ProgressFn, Reporter

DEFAULT_KEEP = 20
_NAME_RE = re.compile(r"^kiosk-(\d{8}T\d{6}\d{6}Z)-([a-z0-9-]+)(?:~\d+)?\.sqlite3$")
#: Pages copied per step when progress is reported (4 KiB pages: 4 MiB a step).
_PAGES_PER_STEP = 1024
#: A ``.partial`` file older than this is left over from a crash, not in progress.
_STALE_PARTIAL_S = 3600


class BackupError(Exception):
    """A backup could not be written, checked or restored; the message says why."""


@dataclass(frozen=True)
class Backup:
    """One backup file: its id (the file name), when and why it was taken."""

    id: str
    path: Path
    created_at: datetime
    reason: str
    size: int


def _check(path: Path) -> None:
    try:
        con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    except sqlite3.Error as exc:
        raise BackupError(f"{path}: cannot be opened ({exc})") from exc
    try:
        result = con.execute("PRAGMA integrity_check").fetchone()
    except sqlite3.DatabaseError as exc:
        raise BackupError(f"{path}: not a readable database ({exc})") from exc
    finally:
        con.close()
    if not result or result[0] != "ok":
        raise BackupError(f"{path}: integrity check failed ({result[0] if result else 'no answer'})")


def check_backup(path: Path) -> None:
    """Raise BackupError unless *path* is a sound SQLite database."""
    if not path.is_file():
        raise BackupError(f"{path}: no such backup")
    _check(path)


def _sqlite_progress(reporter: Reporter, message: str):
    def callback(_status: int, remaining: int, total: int) -> None:
        # Raising here makes SQLite abandon the backup; the caller removes the partial file.
        reporter.step(total - remaining, total, message)

    return callback


def _remove_stale_partials(folder: Path) -> None:
    now = time.time()
    for partial in folder.glob("kiosk-*.partial"):
        try:
            if now - partial.stat().st_mtime > _STALE_PARTIAL_S:
                partial.unlink()
        except OSError:
            pass


def create_backup(
    database: Path,
    folder: Path,
    reason: str,
    keep: int = DEFAULT_KEEP,
    progress: ProgressFn | None = None,
) -> Backup:
    """Copy *database* into *folder* with the online backup API; returns the checked backup.

    *progress* follows ``kiosk.content.progress``: a cancel removes the
    unfinished copy and raises Cancelled; existing backups are untouched.
    """
    if not database.exists():
        raise BackupError(f"{database}: there is no database to back up")
    reporter = Reporter(progress)
    folder.mkdir(parents=True, exist_ok=True)
    _remove_stale_partials(folder)
    slug = re.sub(r"[^a-z0-9]+", "-", reason.lower()).strip("-")[:60].strip("-") or "manual"
    stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%S%fZ")
    final = folder / f"kiosk-{stamp}-{slug}.sqlite3"
    counter = 1
    while final.exists() or final.with_suffix(".partial").exists():
        # Never reuse a name: a backup is never written over another one.
        counter += 1
        final = folder / f"kiosk-{stamp}-{slug}~{counter}.sqlite3"
    partial = final.with_suffix(".partial")
    reporter.step(0, 0, "backing up the database")
    try:
        source = sqlite3.connect(f"file:{database}?mode=ro", uri=True)
        try:
            target = sqlite3.connect(partial)
            try:
                if progress is None:
                    source.backup(target)
                else:
                    source.backup(
                        target,
                        pages=_PAGES_PER_STEP,
                        progress=_sqlite_progress(reporter, "backing up the database"),
                    )
                # The copy inherits WAL mode; a backup is a single closed file,
                # so it must not need (or leave) -wal and -shm files beside it.
                target.execute("PRAGMA journal_mode=DELETE")
            finally:
                target.close()
        finally:
            source.close()
        _check(partial)
    except sqlite3.DatabaseError as exc:
        _discard(partial)
        raise BackupError(f"{database}: cannot be backed up ({exc})") from exc
    except BaseException:
        # Cancelled, a failed check, Ctrl-C: no half-written backup stays behind.
        _discard(partial)
        raise
    partial.replace(final)
    prune(folder, keep)
    return _describe(final)


def _discard(partial: Path) -> None:
    for leftover in (partial, *(Path(f"{partial}{suffix}") for suffix in ("-wal", "-shm", "-journal"))):
        leftover.unlink(missing_ok=True)


def _describe(path: Path) -> Backup:
    match = _NAME_RE.match(path.name)
    if match:
        created = datetime.strptime(match.group(1), "%Y%m%dT%H%M%S%fZ").replace(tzinfo=timezone.utc)
        reason = match.group(2)
    else:
        created = datetime.fromtimestamp(path.stat().st_mtime, timezone.utc)
        reason = "unknown"
    return Backup(id=path.name, path=path, created_at=created, reason=reason, size=path.stat().st_size)


def list_backups(folder: Path) -> list[Backup]:
    """Backups in *folder*, newest first."""
    if not folder.exists():
        return []
    found = [_describe(p) for p in folder.glob("kiosk-*.sqlite3") if p.is_file()]
    return sorted(found, key=lambda b: (b.created_at, b.id), reverse=True)


def find_backup(folder: Path, backup_id: str) -> Backup:
    """The backup called *backup_id* in *folder*; BackupError naming what exists otherwise."""
    name = Path(backup_id).name
    if name != backup_id or not name.startswith("kiosk-"):
        raise BackupError(f"{backup_id!r} is not a backup id (ids look like kiosk-20250825T101500000000Z-manual.sqlite3)")
    for backup in list_backups(folder):
        if backup.id == name:
            return backup
    raise BackupError(f"there is no backup {backup_id!r} in {folder}; `kiosk backup list` shows the backups")


def prune(folder: Path, keep: int) -> list[Path]:
    """Delete all but the newest *keep* backups (at least one is always kept)."""
    removed = []
    for backup in list_backups(folder)[max(1, keep):]:
        backup.path.unlink(missing_ok=True)
        removed.append(backup.path)
    return removed


def restore_backup(backup: Path, database: Path, progress: ProgressFn | None = None) -> None:
    """Copy a checked backup over *database* with the online backup API.

    The backup is checked first; the live database is written in one backup
    step, which SQLite applies atomically for readers of the target, so the
    copy is not cancellable once it starts (the check before it is).
    """
    reporter = Reporter(progress)
    check_backup(backup)
    reporter.step(0, 1, "restoring the backup")
    source = sqlite3.connect(f"file:{backup}?mode=ro", uri=True)
    try:
        target = sqlite3.connect(database, timeout=30)
        try:
            source.backup(target)
        except sqlite3.DatabaseError as exc:
            raise BackupError(f"{database}: the backup could not be copied in ({exc}); the database is unchanged") from exc
        finally:
            target.close()
    finally:
        source.close()
    reporter.note(1, 1, "restoring the backup")
