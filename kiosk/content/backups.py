"""Backups of the SQLite database, taken with SQLite's online backup API.

A backup is written to a temporary name, checked with ``PRAGMA
integrity_check``, and only then renamed into place, so a failed or
interrupted backup never replaces a good one.  Old automatic backups are
pruned to the newest N, but the newest good backup is never removed.
"""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

DEFAULT_KEEP = 20
_NAME_RE = re.compile(r"^kiosk-(\d{8}T\d{6}\d{6}Z)-([a-z0-9-]+)\.sqlite3$")


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
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        result = con.execute("PRAGMA integrity_check").fetchone()
    except sqlite3.DatabaseError as exc:
        raise BackupError(f"{path}: not a readable database ({exc})") from exc
    finally:
        con.close()
    if not result or result[0] != "ok":
        raise BackupError(f"{path}: integrity check failed ({result[0] if result else 'no answer'})")


def create_backup(database: Path, folder: Path, reason: str, keep: int = DEFAULT_KEEP) -> Backup:
    """Copy *database* into *folder* with the online backup API; returns the checked backup."""
    if not database.exists():
        raise BackupError(f"{database}: there is no database to back up")
    folder.mkdir(parents=True, exist_ok=True)
    slug = re.sub(r"[^a-z0-9]+", "-", reason.lower()).strip("-") or "manual"
    stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%S%fZ")
    final = folder / f"kiosk-{stamp}-{slug}.sqlite3"
    partial = final.with_suffix(".partial")
    source = sqlite3.connect(f"file:{database}?mode=ro", uri=True)
    try:
        target = sqlite3.connect(partial)
        try:
            source.backup(target)
        finally:
            target.close()
    except sqlite3.DatabaseError as exc:
        partial.unlink(missing_ok=True)
        raise BackupError(f"{database}: cannot be backed up ({exc})") from exc
    finally:
        source.close()
    try:
        _check(partial)
    except BackupError:
        partial.unlink(missing_ok=True)
        raise
    partial.replace(final)
    prune(folder, keep)
    return _describe(final)


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
    return sorted(found, key=lambda b: b.created_at, reverse=True)


def prune(folder: Path, keep: int) -> list[Path]:
    """Delete all but the newest *keep* backups (at least one is always kept)."""
    removed = []
    for backup in list_backups(folder)[max(1, keep):]:
        backup.path.unlink(missing_ok=True)
        removed.append(backup.path)
    return removed


def restore_backup(backup: Path, database: Path) -> None:
    """Copy a checked backup over *database* with the online backup API.

    The backup is checked first; the live database is written in one backup
    step, which SQLite applies atomically for readers of the target.
    """
    if not backup.exists():
        raise BackupError(f"{backup}: no such backup")
    _check(backup)
    source = sqlite3.connect(f"file:{backup}?mode=ro", uri=True)
    try:
        target = sqlite3.connect(database)
        try:
            source.backup(target)
        finally:
            target.close()
    finally:
        source.close()
