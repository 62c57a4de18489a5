"""The one import service: every change of the content goes through here.

Workbook imports, content-pack imports, history restores and (later) the
staff console's saves all hand a validated ContentSet to ``apply_content``,
which

1. compares it with the current content (what is added, changed, removed,
   per kind) and keeps ``updated_at`` of every record that did not change;
2. when something changes, takes a checked backup (the ``backups.keep``
   setting prunes old ones);
3. in ONE transaction replaces the content and records a history entry
   (who, what, counts, backup id, and a snapshot that makes the version
   restorable); a crash, a ``kill -9`` or a cancel before the commit leaves
   the previous content exactly as it was, since SQLite only ever shows a
   committed transaction;
4. only then moves the new media files into place (each with an atomic
   rename), so the old content never points at a half-copied image.

Re-importing identical content writes no record: it only adds a history
entry saying that nothing changed (no backup is taken then, because nothing
but that entry is written).

Restores live here too, since they are imports of an earlier state:
``restore_version`` (a history entry's snapshot, through ``apply_content``)
and ``restore_backup`` (a whole-database backup copied over the live file
after a backup of the live file itself, so the only good copy is never
overwritten).

Two changes never overlap: each holds the data folder's import lock
(``kiosk.content.change.lock``) from its comparison to its last write; the
second waits (reporting "another import is running; waiting") and is
refused after ``wait_s`` seconds.

Long work follows ``kiosk.content.progress``: pass ``progress(done, total,
message)``; returning False before the commit cancels with nothing changed.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from pydantic import ValidationError

from kiosk import paths
from kiosk.content import backups
from kiosk.content.database import Database
from kiosk.content.change.history import (
    ChangeSummary,
    canonical_meta,
    canonical_record,
    diff_content,
    load_snapshot,
    record_version,
    snapshot_of_record,
)
from kiosk.content.change.versions import RecordEdits, RecordsChanged, find_changed, next_stamps, read_stamps, rebase
from kiosk.content.problems import ContentError, Problem
from kiosk.content.progress import ProgressFn, Reporter
from kiosk.content.formats.schema import FILE_NAMES, ClusterIn, ContentSet, RecordIn
from kiosk.content.change.lock import DEFAULT_WAIT_S, import_lock
from kiosk.content.change.settings import Settings
from kiosk.content.change.store import read_content, replace_content
from kiosk.content.vocab import KINDS
from kiosk.db.migrate import head_revision, needs_upgrade, upgrade

MAX_ACTOR = 40


@dataclass(frozen=True)
class ImportResult:
    """What an import or restore did: its history entry, what changed, the backup taken first."""

    version_id: int
    content_version: str
    changes: ChangeSummary
    #: Id of the backup taken before the change (None when nothing changed).
    backup: str | None

    @property
    def changed(self) -> bool:
        """True when the content (or its media) changed."""
        return not self.changes.is_empty


def _check_actor(actor: str) -> str:
    actor = (actor or "").strip()
    if not actor or len(actor) > MAX_ACTOR:
        raise ContentError([Problem("history", f"the staff role must be 1 to {MAX_ACTOR} characters, not {actor!r}")])
    return actor


def current_content(db: Database) -> ContentSet | None:
    """The content in *db* now, or None when it cannot be read back (``kiosk db check`` says why)."""
    with db.sessions() as session:
        try:
            return read_content(session)
        except ValidationError:
            return None


@dataclass(frozen=True)
class SnapshotBackup:
    """The backup of record on an office database (PostgreSQL): a history
    entry whose snapshot holds the whole content, restorable with
    ``kiosk history restore`` (the server's own tools back up the rest)."""

    version_id: int
    reason: str

    @property
    def id(self) -> str:
        """How the history and the messages name it."""
        return f"history #{self.version_id}"


def take_backup(db: Database, reason: str, progress: ProgressFn | None = None) -> backups.Backup | SnapshotBackup | None:
    """A checked backup of *db* now, pruned to the ``backups.keep`` setting;
    on a database that is not a SQLite file, a history snapshot of the
    content instead (None for a SQLite database not yet written)."""
    if not db.is_sqlite:
        with db.sessions.begin() as session:
            return SnapshotBackup(snapshot_of_record(session, reason), reason)
    if db.sqlite_file is None or not db.sqlite_file.exists():
        return None
    keep = Settings(db.engine).get("backups.keep")
    return backups.create_backup(db.sqlite_file, db.backups_dir, reason, keep=keep, progress=progress)


def _utc(value: datetime | None) -> datetime | None:
    # SQLite hands back naive datetimes that are UTC; packs may carry offsets,
    # and the database column keeps no offset, so everything is stored in UTC.
    if value is None:
        return None
    return value.replace(tzinfo=timezone.utc) if value.tzinfo is None else value.astimezone(timezone.utc)


def normalise(content: ContentSet, old: ContentSet | None, now: datetime) -> ContentSet:
    """*content* as it will be stored.

    A record that is the same as the current one (timestamps aside) keeps
    the current ``updated_at``, so re-importing unchanged content alters
    nothing; a new or changed record keeps the ``updated_at`` it brings (a
    pack or a history snapshot carries the time of the edit) or gets *now*
    when it brings none (a workbook row) or the current record's own time
    (an editor that changed a record it read).  Times are stored in UTC, manufacturer
    lists sorted; ``meta.created_at`` follows the same rule.
    """
    before = {(kind, r.slug): r for kind in KINDS for r in old.of(kind)} if old else {}
    records: dict[str, list[RecordIn]] = {}
    for kind in KINDS:
        out = []
        for record in content.of(kind):
            update: dict = {}
            if isinstance(record, ClusterIn):
                update["manufacturers"] = sorted(record.manufacturers)
            prev = before.get((kind, record.slug))
            if prev is not None and prev.updated_at is not None and canonical_record(prev) == canonical_record(record):
                update["updated_at"] = _utc(prev.updated_at)
            elif record.updated_at is None or (prev is not None and _utc(record.updated_at) == _utc(prev.updated_at)):
                # Changed, but carrying the current record's own time (an editor
                # that read the record and changed it): the change is now.
                update["updated_at"] = now
            else:
                update["updated_at"] = _utc(record.updated_at)
            out.append(record.model_copy(update=update))
        records[kind] = out
    created = content.meta.created_at
    if old is not None and old.meta.created_at is not None and canonical_meta(old) == canonical_meta(content):
        created = old.meta.created_at
    meta = content.meta.model_copy(update={"created_at": _utc(created) or now})
    return ContentSet(meta=meta, records=records)


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def _media_plan(content: ContentSet, media: Mapping[str, Path], media_dir: Path) -> list[tuple[Path, Path]]:
    """Check that every media reference resolves; return (source, target) pairs that change a file."""
    problems = []
    for kind in KINDS:
        for record in content.of(kind):
            if record.media and record.media not in media and not (media_dir / record.media).is_file():
                problems.append(
                    Problem(
                        FILE_NAMES[kind],
                        f"names the media file {record.media!r}, which is neither in the import nor in {media_dir}",
                        record.slug,
                        "media",
                    )
                )
    if problems:
        raise ContentError(problems, "The content names media files that are missing")
    plan = []
    for rel, source in sorted(media.items()):
        target = media_dir / rel
        if target.is_file() and target.stat().st_size == source.stat().st_size and _sha256(target) == _sha256(source):
            continue
        plan.append((source, target))
    return plan


def _install(source: Path, target: Path) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    try:
        os.replace(source, target)  # same file system (staging sits in the data folder): atomic
    except OSError:
        tmp = target.with_name(f".{target.name}.incoming")
        shutil.copyfile(source, tmp)
        os.replace(tmp, target)


def apply_content(
    db: Database,
    content: ContentSet,
    *,
    actor: str,
    action: str,
    media: Mapping[str, Path] | None = None,
    progress: ProgressFn | None = None,
    now: datetime | None = None,
    wait_s: float = DEFAULT_WAIT_S,
    expected: Mapping[tuple[str, str], int | None] | None = None,
) -> ImportResult:
    """Make validated *content* the kiosk's content (see the module docstring).

    *expected* maps (kind, slug) to the version of that record the caller
    read before changing it (None: it did not exist); when any of them
    moved on meanwhile, RecordsChanged (a ContentError) is raised and
    nothing is written.

    *actor* is the staff role recorded in the history; *action* says what it
    was ("import-workbook", "import-pack", "restore-version-3" ...); *media*
    maps media paths (relative, as records name them) to files to install.
    Raises ContentError (nothing changed) when a record names a media file
    that is neither in *media* nor already in the media folder, ImportBusy
    (a ContentError) when another import kept the lock for *wait_s* seconds,
    and Cancelled when *progress* returns False before the commit.
    """
    actor = _check_actor(actor)
    reporter = Reporter(progress)
    with import_lock(db.data_dir, action, reporter, wait_s), db.write_lock():
        return _apply_locked(db, lambda _old: content, actor, action, dict(media or {}), reporter, now, expected or {})


def save_records(
    db: Database,
    edits: RecordEdits,
    *,
    actor: str,
    action: str,
    media: Mapping[str, Path] | None = None,
    progress: ProgressFn | None = None,
    wait_s: float = DEFAULT_WAIT_S,
) -> ImportResult:
    """Save one editor's *edits* on top of the content as it is now: records
    others changed meanwhile and the editor did not touch are kept; a record
    the editor changed that someone else changed since it was read refuses
    the whole save (RecordsChanged, nothing written)."""
    actor = _check_actor(actor)
    reporter = Reporter(progress)
    with import_lock(db.data_dir, action, reporter, wait_s), db.write_lock():
        return _apply_locked(db, lambda old: rebase(_required(db, old), edits), actor, action, dict(media or {}),
                             reporter, None, edits.expected)


def _required(db: Database, old: ContentSet | None) -> ContentSet:
    if old is None:
        raise ContentError([Problem(db.url, "the current content cannot be read back; run `kiosk db check`")])
    return old


def _apply_locked(
    db: Database,
    build: Callable[[ContentSet | None], ContentSet],
    actor: str,
    action: str,
    media: dict[str, Path],
    reporter: Reporter,
    now: datetime | None,
    expected: Mapping[tuple[str, str], int | None],
) -> ImportResult:
    stamp = _utc(now or datetime.now(timezone.utc))
    assert stamp is not None
    reporter.step(0, 3, "comparing with the current content")
    old = current_content(db)
    with db.sessions() as session:
        stamps = read_stamps(session)
    changed = find_changed(stamps, expected)
    if changed:
        raise RecordsChanged(changed)
    new = normalise(build(old), old, stamp)
    media_dir = paths.media_dir(db.data_dir)
    plan = _media_plan(new, media, media_dir)
    base = diff_content(old, new)
    changes = ChangeSummary(base.kinds, base.meta_changed, len(plan))
    version = new.meta.content_version

    if changes.is_empty:
        reporter.step(1, 3, "recording that nothing changed")
        with db.sessions.begin() as session:
            version_id = record_version(session, actor, action, version, changes, None, snapshot=new)
        reporter.note(3, 3, "nothing changed")
        return ImportResult(version_id, version, changes, None)

    reporter.step(1, 3, "backing up the database")
    backup = take_backup(db, f"before-{action}", reporter.progress)
    backup_id = backup.id if backup else None

    total = sum(len(new.of(kind)) for kind in KINDS)
    reporter.step(0, total, "writing content")
    with db.sessions.begin() as session:
        replace_content(session, new, stamp, next_stamps(old, stamps, new, actor))
        reporter.step(total, total, "recording the change in the history")
        version_id = record_version(session, actor, action, version, changes, backup_id, snapshot=new)
        # The last point where a cancel is honoured: leaving this block by
        # an exception rolls the whole transaction back.
        reporter.step(total, total, "committing")
    reporter.note(total, total, "committed")

    for index, (source, target) in enumerate(plan, start=1):
        reporter.note(index, len(plan), "installing media")
        _install(source, target)
    reporter.note(1, 1, "done")
    return ImportResult(version_id, version, changes, backup_id)


def restore_version(
    db: Database, version_id: int, *, actor: str, progress: ProgressFn | None = None, wait_s: float = DEFAULT_WAIT_S
) -> ImportResult:
    """Bring back the content as it stood after history entry *version_id*
    (recorded as a new entry ``restore-version-N``; later entries stay)."""
    with db.sessions() as session:
        content = load_snapshot(session, version_id)  # a past entry: it does not change under us
    return apply_content(
        db, content, actor=actor, action=f"restore-version-{version_id}", progress=progress, wait_s=wait_s
    )


def _backup_revision(path: Path) -> str | None:
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        tables = {row[0] for row in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        if "records" not in tables:
            raise backups.BackupError(f"{path.name}: is not a kiosk database (it has no content tables)")
        if "alembic_version" not in tables:
            return None
        row = con.execute("SELECT version_num FROM alembic_version").fetchone()
        return row[0] if row else None
    finally:
        con.close()


def restore_backup(
    db: Database, backup_id: str, *, actor: str, progress: ProgressFn | None = None, wait_s: float = DEFAULT_WAIT_S
) -> ImportResult:
    """Copy backup *backup_id* over the live database, after backing up the
    live one; brings an older backup's schema up to date (backed up first
    too) and records the restore in the restored database's history.

    Everything in the database goes back to the backup's state, settings
    and history included; the backup taken first keeps what was there.
    """
    actor = _check_actor(actor)
    reporter = Reporter(progress)
    if db.sqlite_file is None:
        raise backups.BackupError(
            f"{db.url}: is not a SQLite file, so it has no backup files to restore; its backups of record are "
            "history snapshots: `kiosk history` lists them and `kiosk history restore N` brings one back "
            "(the server's own tools, such as pg_dump, back up the whole database)"
        )
    with import_lock(db.data_dir, f"restore-backup {backup_id}", reporter, wait_s):
        return _restore_backup_locked(db, backup_id, actor, reporter)


def _restore_backup_locked(db: Database, backup_id: str, actor: str, reporter: Reporter) -> ImportResult:
    assert db.sqlite_file is not None
    progress = reporter.progress
    chosen = backups.find_backup(db.backups_dir, backup_id)
    reporter.step(0, 0, "checking the backup")
    backups.check_backup(chosen.path)
    revision = _backup_revision(chosen.path)
    known = _known_revisions()
    if revision is not None and revision not in known:
        raise backups.BackupError(
            f"{chosen.id}: was made by a newer program (schema {revision}; this program knows up to {head_revision()})"
        )
    old = current_content(db)
    safety = take_backup(db, "before-restore", progress)
    reporter.step(0, 1, "restoring the backup")
    # Idle pooled connections would otherwise hold the file while it is replaced.
    db.engine.dispose()
    backups.restore_backup(chosen.path, db.sqlite_file)
    reporter.note(1, 1, "restored")
    if needs_upgrade(db.engine):
        upgrade(db.engine, before_upgrade=lambda o, n: take_backup(db, f"before-upgrade-{o}-to-{n}"))
    new = current_content(db)
    if new is None:
        raise backups.BackupError(
            f"{chosen.id}: was restored, but its content does not read back; `kiosk db check` says why "
            f"(the database before the restore is in backup {safety.id if safety else '(none)'})"
        )
    base = diff_content(old, new)
    with db.sessions.begin() as session:
        version_id = record_version(
            session, actor, "restore-backup", new.meta.content_version, base, safety.id if safety else None, snapshot=new
        )
    return ImportResult(version_id, new.meta.content_version, ChangeSummary(base.kinds, base.meta_changed), safety.id if safety else None)


def _known_revisions() -> set[str]:
    from alembic.script import ScriptDirectory

    script = ScriptDirectory(str(paths.MIGRATIONS_DIR))
    return {rev.revision for rev in script.walk_revisions()}
