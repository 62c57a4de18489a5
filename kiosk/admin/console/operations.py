"""The thin layer between the console's widgets and the Qt-free content services.

Each operation is a plain function over the services in ``kiosk.content``
(``importer``, ``workbook``, ``packs``, ``history``) that takes a progress
callback; ``kiosk.gui.jobs.Job`` runs one on a worker thread and reports
back by queued signals.  The rule, as in Anki's ``operations``: an operation
never touches a widget or any other UI object (it runs off the GUI thread);
it returns plain data, and the widgets act on it once ``Job.succeeded``
arrives on the GUI thread.

Cancelling a job cancels its CancelToken; the service stops at its next
step and raises ``Cancelled`` with the previous content exactly as it was.
"""

from __future__ import annotations

import logging
import shutil
import tempfile
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kiosk.content.database import Database
from kiosk.content.change.history import RecordChange, VersionEntry, list_versions, restore_changes, version_changes
from kiosk.content.change.importer import ImportResult, restore_version, save_records
from kiosk.content.change.versions import Key, RecordEdits, read_stamps
from kiosk.content.problems import ContentError, Problem
from kiosk.content.progress import ProgressFn, Reporter
from kiosk.content.formats.schema import ClusterIn, ContentSet, RecordIn
from kiosk.content.change.store import read_content

log = logging.getLogger(__name__)

# The ``action`` a console save is recorded with in the history.
SAVE_ACTION = "console-save"


@dataclass(frozen=True)
class Loaded:
    """The content as the console read it, the newest history entry then,
    and each record's version then (a save is checked against them, so a
    record someone else changed meanwhile is never overwritten)."""

    content: ContentSet
    head: int | None
    versions: Mapping[Key, int] = field(default_factory=dict)


@dataclass(frozen=True)
class Outcome:
    """What a change did (its history entry, counts, backup), and the content after it."""

    result: ImportResult
    loaded: Loaded


def _head(db: Database) -> VersionEntry | None:
    with db.sessions() as session:
        entries = list_versions(session, 1)
    return entries[0] if entries else None


def load(db: Database) -> Loaded:
    """The database's content and its newest history entry; ContentError when
    the content does not read back (``kiosk db check`` says why)."""
    with db.sessions() as session:
        try:
            content = read_content(session)
        except Exception as exc:  # pydantic ValidationError: a database edited by hand
            raise ContentError([Problem(db.url, f"its content cannot be read back ({exc}); run `kiosk db check`")]) from exc
        versions = {key: stamp.version for key, stamp in read_stamps(session).items()}
    head = _head(db)
    return Loaded(content, head.id if head else None, versions)


def history(db: Database, limit: int = 200) -> list[VersionEntry]:
    """The newest history entries first (a small read; fine on the GUI thread)."""
    with db.sessions() as session:
        return list_versions(session, limit)


def entry_changes(db: Database, version_ids: list[int]) -> dict[int, list[RecordChange] | None]:
    """Record by record, what each history entry changed (None: only its counts are known)."""
    with db.sessions() as session:
        return {version_id: version_changes(session, version_id) for version_id in version_ids}


def changes_of_restore(db: Database, version_id: int) -> list[RecordChange]:
    """What restoring history entry *version_id* would change now (ContentError when it cannot)."""
    with db.sessions() as session:
        return restore_changes(session, version_id)


def save(
    db: Database,
    edits: RecordEdits,
    *,
    actor: str,
    media: Mapping[str, Path],
    progress: ProgressFn | None = None,
) -> Outcome:
    """Save the records the console changed through ``importer.save_records``:
    a backup first, one transaction, a history entry ``console-save``; what
    others saved meanwhile in other records is kept.

    Raises RecordsChanged (nothing written) when a record this console
    changed was changed by someone else since it was read.
    """
    result = save_records(db, edits, actor=actor, action=SAVE_ACTION, media=media, progress=progress)
    return Outcome(result, load(db))


def compare(db: Database, mine: Mapping[Key, RecordIn | None]) -> list[tuple[Key, str, Any, Any]]:
    """Field by field, where the console's records (*mine*, by the key they
    were read with) differ from the database's now: (key, field, yours, theirs)."""
    with db.sessions() as session:
        current = read_content(session)
    theirs = {(kind, r.slug): r for kind in current.records for r in current.of(kind)}
    rows: list[tuple[Key, str, Any, Any]] = []
    for key, record in mine.items():
        a = _flat(record.model_dump(mode="json")) if record is not None else {}
        b = _flat(theirs[key].model_dump(mode="json")) if key in theirs else {}
        rows += [(key, name, a.get(name), b.get(name)) for name in sorted(set(a) | set(b)) if a.get(name) != b.get(name)]
    return rows


def _flat(data: Mapping[str, Any]) -> dict[str, Any]:
    """A record's fields as one level: texts as ``text.<field>.<language>``."""
    out = {k: v for k, v in data.items() if k not in ("text", "updated_at")}
    for name, per_lang in (data.get("text") or {}).items():
        for lang, tr in per_lang.items():
            out[f"text.{name}.{lang}"] = tr.get("text") if isinstance(tr, Mapping) else tr
    return out


def restore(db: Database, version_id: int, *, actor: str, progress: ProgressFn | None = None) -> Outcome:
    """Bring back the content of history entry *version_id* (a new entry)."""
    result = restore_version(db, version_id, actor=actor, progress=progress)
    return Outcome(result, load(db))


def import_workbook(db: Database, path: Path, *, actor: str, progress: ProgressFn | None = None) -> Outcome:
    """Check the whole workbook, then import it (every problem by sheet, row, column)."""
    from kiosk.content.change import transfers

    result = transfers.import_workbook(db, path, actor=actor, progress=progress)
    return Outcome(result, load(db))


def export_workbook(db: Database, path: Path, *, progress: ProgressFn | None = None) -> Path:
    """Write the saved content as the staff workbook."""
    from kiosk.content.change import transfers

    return transfers.export_workbook(db, path, progress)


def import_pack(db: Database, path: Path, *, actor: str, progress: ProgressFn | None = None) -> Outcome:
    """Check a content pack completely, then import it with its images."""
    from kiosk.content.change import transfers

    result = transfers.import_pack(db, path, actor=actor, progress=progress)
    return Outcome(result, load(db))


def publish(db: Database, folder: Path, *, sign_key: Path | None = None, progress: ProgressFn | None = None):
    """Publish the saved content to the pack source *folder* for the kiosks that poll it."""
    from kiosk.fleet.publish import publish as publish_to

    return publish_to(db, folder, key=sign_key, progress=progress)


def export_pack(db: Database, path: Path, *, sign_key: Path | None = None, progress: ProgressFn | None = None):
    """Write the saved content and its images as a content pack (optionally signed)."""
    from kiosk.content.change import transfers

    return transfers.export_pack(db, path, sign_key=sign_key, progress=progress)


def accepts_unsigned(db: Database) -> bool:
    """True when this kiosk's settings accept content packs without a signature."""
    from kiosk.content.change import transfers

    return transfers.trust_policy(db).allow_unsigned


def stage_image(source: Path, staging: Path, *, progress: ProgressFn | None = None):
    """Check, downscale and thumbnail a picture into the console's staging folder."""
    from kiosk.admin.console import media

    Reporter(progress).step(0, 0, "reading the picture")
    return media.stage_image(source, staging)


# --------------------------------------------------------------------------- preview


@dataclass(frozen=True)
class PreviewDatabase:
    """A throw-away database holding the working copy, for the preview window."""

    folder: Path
    url: str
    kind: str
    slug: str

    def remove(self) -> None:
        shutil.rmtree(self.folder, ignore_errors=True)


def preview_content(content: ContentSet, kind: str, slug: str) -> ContentSet:
    """*content* with record (*kind*, *slug*) published, so a visitor page shows it,
    and references to records that are not there dropped (a preview of
    unfinished work must still load)."""
    slugs = {k: {r.slug for r in content.of(k)} for k in content.records}
    records = {}
    for k, items in content.records.items():
        out = []
        for record in items:
            update: dict[str, Any] = {}
            if record.source is not None and record.source not in slugs.get("source", set()):
                update["source"] = None
            if getattr(record, "manufacturer", None) and record.manufacturer not in slugs.get("manufacturer", set()):  # type: ignore[attr-defined]
                update["manufacturer"] = None
            if isinstance(record, ClusterIn):
                update["manufacturers"] = [m for m in record.manufacturers if m in slugs.get("manufacturer", set())]
            if k == kind and record.slug == slug:
                update["published"] = True
            out.append(record.model_copy(update=update) if update else record)
        records[k] = out
    return ContentSet.model_construct(meta=content.meta, records=records)


def build_preview(content: ContentSet, kind: str, slug: str, *, progress: ProgressFn | None = None) -> PreviewDatabase:
    """Write *content* into a new temporary SQLite database (schema from the
    migrations, like any kiosk) for a preview of record (*kind*, *slug*)."""
    from kiosk.content.database import open_database
    from kiosk.content.change.prepare import prepare
    from kiosk.content.change.store import replace_content

    reporter = Reporter(progress)
    folder = Path(tempfile.mkdtemp(prefix="kiosk-preview-"))
    try:
        reporter.step(0, 2, "preparing the preview")
        url = f"sqlite:///{folder / 'preview.sqlite3'}"
        db = open_database(url, folder)
        try:
            prepare(db)
            reporter.step(1, 2, "writing the working copy")
            with db.sessions.begin() as session:
                replace_content(session, preview_content(content, kind, slug))
        finally:
            db.close()
        reporter.step(2, 2, "opening the preview")
    except BaseException:
        shutil.rmtree(folder, ignore_errors=True)
        raise
    return PreviewDatabase(folder, url, kind, slug)
