"""The content history: one entry per import, save and restore, each restorable.

Every change of the content becomes a *content version*: who made it (a
staff role), when, what it was (``action``), the content version string,
what changed as counts per kind (added / changed / removed), and the id of
the backup taken just before it.

How an earlier version is restored: each entry stores a *snapshot* of the
whole content as it stood right after the entry (table
``content_snapshots``: the content-pack JSON, zlib-compressed, with its
sha256).  "Restore version K" feeds K's snapshot through the one import
service like any other import, so it is itself backed up, done in one
transaction and recorded as a new entry; nothing after K is lost from the
history.  A snapshot is small (the default content compresses to about
20 KB), and it is exact, unlike the alternative of restoring "the backup
taken before version K+1", which would also roll back settings and the
history itself, and does not exist for the newest version.  Backups remain
the tool for undoing everything, database included (``kiosk backup
restore``).  Entries recorded before snapshots existed (schema 0002) have
none and cannot be restored this way; ``VersionEntry.restorable`` says so.
"""

from __future__ import annotations

import hashlib
import json
import logging
import zlib
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from pydantic import ValidationError
from sqlalchemy import select
from sqlalchemy.orm import Session

from kiosk.content.formats.contentset_io import build_content_set, content_to_json
from kiosk.content.problems import ContentError, Problem
from kiosk.content.formats.schema import ContentSet, RecordIn
from kiosk.content.vocab import KINDS
from kiosk.db.models import ContentSnapshot, ContentVersion

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class KindChanges:
    """How many records of one kind were added, changed and removed."""

    added: int = 0
    changed: int = 0
    removed: int = 0

    @property
    def total(self) -> int:
        """Records touched."""
        return self.added + self.changed + self.removed


@dataclass(frozen=True)
class ChangeSummary:
    """What one change did: counts per kind, whether the content's details
    (meta: version, languages, note) changed, and how many media files were
    added or replaced.  ``kinds`` only holds kinds with a change."""

    kinds: Mapping[str, KindChanges] = field(default_factory=dict, hash=False)
    meta_changed: bool = False
    media: int = 0

    @property
    def is_empty(self) -> bool:
        """True when nothing changed at all."""
        return not self.kinds and not self.meta_changed and not self.media

    def totals(self) -> KindChanges:
        """Counts summed over every kind."""
        return KindChanges(
            sum(c.added for c in self.kinds.values()),
            sum(c.changed for c in self.kinds.values()),
            sum(c.removed for c in self.kinds.values()),
        )

    def to_json(self) -> dict[str, Any]:
        """The form stored in ``content_versions.summary``."""
        out: dict[str, Any] = {
            what: {kind: getattr(c, what) for kind, c in self.kinds.items() if getattr(c, what)}
            for what in ("added", "changed", "removed")
        }
        out["meta_changed"] = self.meta_changed
        out["media"] = self.media
        return out

    @classmethod
    def from_json(cls, data: Any) -> ChangeSummary:
        """Read a stored summary; a plain ``{kind: count}`` map (what ``prepare``
        records for the first load into an empty database) counts as added."""
        if not isinstance(data, dict):
            return cls()
        if not any(key in data for key in ("added", "changed", "removed")):
            return cls({k: KindChanges(added=int(n)) for k, n in data.items() if isinstance(n, int) and n})
        kinds: dict[str, KindChanges] = {}
        for kind in KINDS:
            counts = {what: int(data.get(what, {}).get(kind, 0)) for what in ("added", "changed", "removed")}
            if any(counts.values()):
                kinds[kind] = KindChanges(**counts)
        return cls(kinds, bool(data.get("meta_changed", False)), int(data.get("media", 0)))

    def __str__(self) -> str:
        if self.is_empty:
            return "nothing changed"
        parts = []
        for kind in KINDS:
            c = self.kinds.get(kind)
            if c is None:
                continue
            bits = [f"{n} {what}" for what, n in (("added", c.added), ("changed", c.changed), ("removed", c.removed)) if n]
            parts.append(f"{kind}: {', '.join(bits)}")
        if self.meta_changed:
            parts.append("content details changed")
        if self.media:
            parts.append(f"{self.media} media file(s) added or replaced")
        return "; ".join(parts)


@dataclass(frozen=True)
class VersionEntry:
    """One change of the content: who (a staff role), when, what, and its backup."""

    id: int
    created_at: datetime
    actor: str
    action: str
    content_version: str
    summary: ChangeSummary
    backup: str | None
    #: True when the entry has a snapshot, so ``restore_version`` can bring it back.
    restorable: bool


def canonical_record(record: RecordIn) -> dict[str, Any]:
    """A record as comparable data: what a visitor or editor can see, so
    without ``updated_at`` (a timestamp is not a change), manufacturer
    lists sorted (the database keeps them as a set)."""
    data = record.model_dump()
    data.pop("updated_at", None)
    if "manufacturers" in data:
        data["manufacturers"] = sorted(data["manufacturers"])
    return data


def canonical_meta(content: ContentSet) -> dict[str, Any]:
    """The content's details as comparable data (without ``created_at``)."""
    data = content.meta.model_dump()
    data.pop("created_at", None)
    return data


def diff_content(old: ContentSet | None, new: ContentSet) -> ChangeSummary:
    """What replacing *old* by *new* changes, as counts per kind (records
    matched by slug; timestamps alone are not a change)."""
    kinds: dict[str, KindChanges] = {}
    for kind in KINDS:
        # Records, not their dumps, are kept: one record at a time is dumped to compare.
        before = {r.slug: r for r in old.of(kind)} if old else {}
        after = {r.slug for r in new.of(kind)}
        added = changed = 0
        for record in new.of(kind):
            prev = before.get(record.slug)
            if prev is None:
                added += 1
            elif canonical_record(prev) != canonical_record(record):
                changed += 1
        removed = sum(1 for slug in before if slug not in after)
        if added or removed or changed:
            kinds[kind] = KindChanges(added, changed, removed)
    meta_changed = old is None or canonical_meta(old) != canonical_meta(new)
    return ChangeSummary(kinds, meta_changed)


def same_content(a: ContentSet, b: ContentSet) -> bool:
    """True when *a* and *b* hold exactly the same records and details."""
    return diff_content(a, b).is_empty


def _json_pieces(content: ContentSet) -> Iterator[str]:
    """``json.dumps(content_to_json(content), ensure_ascii=False, sort_keys=True)``
    piece by piece, one record at a time: the same text, without the whole
    set as JSON data and as one string in memory at once."""
    def dumps(value: Any) -> str:
        return json.dumps(value, ensure_ascii=False, sort_keys=True)

    yield "{"
    for index, key in enumerate(sorted(("meta", *KINDS))):
        yield (", " if index else "") + dumps(key) + ": "
        if key == "meta":
            yield dumps(content.meta.model_dump(mode="json", exclude_none=True))
            continue
        yield "["
        for n, record in enumerate(content.of(key)):
            yield (", " if n else "") + dumps(record.model_dump(mode="json", exclude_none=True, exclude_defaults=False))
        yield "]"
    yield "}"


def _encode(content: ContentSet) -> tuple[bytes, str]:
    packer, digest, parts = zlib.compressobj(9), hashlib.sha256(), []
    for piece in _json_pieces(content):
        raw = piece.encode("utf-8")
        digest.update(raw)
        parts.append(packer.compress(raw))
    parts.append(packer.flush())
    return b"".join(parts), digest.hexdigest()


def record_version(
    session: Session,
    actor: str,
    action: str,
    content_version: str,
    summary: ChangeSummary | Mapping[str, int],
    backup: str | None = None,
    snapshot: ContentSet | None = None,
) -> int:
    """Add an entry to the history in the caller's transaction; returns its id.

    *snapshot* is the content as it stands after the change; when None it is
    read from *session* (which must already hold the new content).
    """
    stored = summary.to_json() if isinstance(summary, ChangeSummary) else dict(summary)
    row = ContentVersion(
        actor=actor,
        action=action,
        content_version=content_version,
        summary=json.dumps(stored, sort_keys=True),
        backup=backup,
    )
    session.add(row)
    session.flush()
    if snapshot is None:
        from kiosk.content.change.store import read_content

        # Re-read from the database (not the objects just added) so the
        # snapshot is what a later read will see.
        session.expire_all()
        try:
            snapshot = read_content(session)
        except ValidationError as exc:
            log.warning("history entry %s has no snapshot: the content does not read back (%s)", row.id, exc)
            return row.id
    data, digest = _encode(snapshot)
    session.add(ContentSnapshot(version_id=row.id, sha256=digest, data=data))
    session.flush()
    return row.id


def snapshot_of_record(session: Session, reason: str) -> int:
    """The history entry whose snapshot holds the content as it is now,
    recording one (action ``backup-<reason>``) when the newest does not:
    on an office database (PostgreSQL) this, not a file copy, is the
    backup taken before a change."""
    from kiosk.content.change.store import read_content

    content = read_content(session)
    _data, digest = _encode(content)
    newest = session.scalars(select(ContentVersion).order_by(ContentVersion.id.desc()).limit(1)).first()
    if newest is not None:
        snap = session.get(ContentSnapshot, newest.id)
        if snap is not None and snap.sha256 == digest:
            return newest.id
    return record_version(session, "system", f"backup-{reason}"[:40], content.meta.content_version,
                          ChangeSummary(), snapshot=content)


def _entry(row: ContentVersion, restorable: bool) -> VersionEntry:
    try:
        summary = ChangeSummary.from_json(json.loads(row.summary))
    except (ValueError, TypeError):
        summary = ChangeSummary()
    return VersionEntry(row.id, row.created_at, row.actor, row.action, row.content_version, summary, row.backup, restorable)


def list_versions(session: Session, limit: int = 100) -> list[VersionEntry]:
    """The newest history entries first."""
    rows = session.scalars(select(ContentVersion).order_by(ContentVersion.id.desc()).limit(limit)).all()
    with_snapshot = set(
        session.scalars(
            select(ContentSnapshot.version_id).where(ContentSnapshot.version_id.in_([r.id for r in rows]))
        )
    )
    return [_entry(r, r.id in with_snapshot) for r in rows]


def get_version(session: Session, version_id: int) -> VersionEntry:
    """One history entry; ContentError when there is none with that id."""
    row = session.get(ContentVersion, version_id)
    if row is None:
        raise ContentError([Problem("history", f"there is no version {version_id}; `kiosk history` lists them")])
    has = session.get(ContentSnapshot, version_id) is not None
    return _entry(row, has)


def load_snapshot(session: Session, version_id: int) -> ContentSet:
    """The content as it stood after history entry *version_id*, checked like any import."""
    entry = get_version(session, version_id)
    where = f"history version {version_id}"
    snap = session.get(ContentSnapshot, version_id)
    if snap is None:
        raise ContentError(
            [Problem(where, f"has no saved content to restore (recorded on {entry.created_at:%Y-%m-%d} before the "
                            "kiosk kept snapshots); restore a backup instead")]
        )
    try:
        raw = zlib.decompress(snap.data)
    except zlib.error as exc:
        raise ContentError([Problem(where, f"its saved content is damaged ({exc})")]) from exc
    if hashlib.sha256(raw).hexdigest() != snap.sha256:
        raise ContentError([Problem(where, "its saved content is damaged (checksum mismatch)")])
    data = json.loads(raw)
    meta = data.pop("meta", None)
    return build_content_set(data, meta, f"{where}: ")


# -- what one entry changed, record by record and field by field ---------------------------

#: Record keys that are not something a person edits (a timestamp is not a change).
_NOT_COMPARED = ("slug", "updated_at", "text")


@dataclass(frozen=True)
class FieldChange:
    """One field of one record, before and after (None where it was empty).

    ``field`` is the key the console and the workbook use: ``sector``,
    ``web_url``, ``text.title.ru`` for the text of a translation, and
    ``text.title.ru.verified`` when only its *verified* tick changed.
    """

    field: str
    before: Any
    after: Any


@dataclass(frozen=True)
class RecordChange:
    """One record that a change added, changed or removed, with its fields.

    ``titles`` are the record's titles per language (as it is after the
    change, or as it was when it was removed), so a person can name it.
    """

    kind: str
    slug: str
    change: str  # "added", "changed" or "removed"
    titles: Mapping[str, str] = field(default_factory=dict, hash=False)
    fields: tuple[FieldChange, ...] = ()

    def title(self, language: str) -> str:
        """The title in *language*, else in any language, else the slug."""
        return self.titles.get(language) or next((t for t in self.titles.values() if t), self.slug)


def _texts(record: Mapping[str, Any]) -> dict[tuple[str, str], tuple[str | None, bool]]:
    out = {}
    for name, by_language in (record.get("text") or {}).items():
        for language, value in (by_language or {}).items():
            if value:
                out[(name, language)] = (value.get("text"), bool(value.get("verified", False)))
    return out


def _field_changes(before: Mapping[str, Any], after: Mapping[str, Any]) -> tuple[FieldChange, ...]:
    changes = []
    for key in sorted(set(before) | set(after)):
        if key in _NOT_COMPARED:
            continue
        old, new = before.get(key), after.get(key)
        if key == "manufacturers":
            old, new = sorted(old or []), sorted(new or [])
        if old != new:
            changes.append(FieldChange(key, old, new))
    old_texts, new_texts = _texts(before), _texts(after)
    for name, language in sorted(set(old_texts) | set(new_texts)):
        (old_text, old_ok), (new_text, new_ok) = old_texts.get((name, language), (None, False)), new_texts.get((name, language), (None, False))
        if old_text != new_text:
            changes.append(FieldChange(f"text.{name}.{language}", old_text, new_text))
        elif old_ok != new_ok:
            changes.append(FieldChange(f"text.{name}.{language}.verified", old_ok, new_ok))
    return tuple(changes)


def _titles(record: Mapping[str, Any]) -> dict[str, str]:
    return {lang: value.get("text", "") for lang, value in ((record.get("text") or {}).get("title") or {}).items() if value}


def changes_between_json(old: Mapping[str, Any] | None, new: Mapping[str, Any]) -> list[RecordChange]:
    """Record by record, what replacing *old* by *new* changes, both in the
    JSON form of a content pack (``content_to_json``); kinds in their usual
    order, records matched by slug, in the order of *new* then the removed."""
    out: list[RecordChange] = []
    for kind in KINDS:
        before = {r["slug"]: r for r in (old or {}).get(kind, [])}
        after = {r["slug"]: r for r in new.get(kind, [])}
        for slug, record in after.items():
            if slug not in before:
                out.append(RecordChange(kind, slug, "added", _titles(record), _field_changes({}, record)))
            elif fields := _field_changes(before[slug], record):
                out.append(RecordChange(kind, slug, "changed", _titles(record), fields))
        for slug, record in before.items():
            if slug not in after:
                out.append(RecordChange(kind, slug, "removed", _titles(record), _field_changes(record, {})))
    return out


def changes_between(old: ContentSet | None, new: ContentSet) -> list[RecordChange]:
    """Record by record and field by field, what replacing *old* by *new*
    changes (see ``changes_between_json``)."""
    return changes_between_json(content_to_json(old) if old is not None else None, content_to_json(new))


def _snapshot_json(session: Session, version_id: int) -> dict[str, Any] | None:
    """The stored snapshot as JSON data, None when there is none or it is damaged."""
    snap = session.get(ContentSnapshot, version_id)
    if snap is None:
        return None
    try:
        raw = zlib.decompress(snap.data)
    except zlib.error:
        return None
    if hashlib.sha256(raw).hexdigest() != snap.sha256:
        return None
    return json.loads(raw)


def version_changes(session: Session, version_id: int) -> list[RecordChange] | None:
    """What history entry *version_id* changed, record by record: its snapshot
    against the snapshot of the entry before it (the first entry added
    everything).  None when either snapshot is missing (entries recorded
    before the kiosk kept snapshots) or damaged: then only the counts are known.
    """
    get_version(session, version_id)  # a clear error for an unknown id
    new = _snapshot_json(session, version_id)
    if new is None:
        return None
    previous = session.scalar(select(ContentVersion.id).where(ContentVersion.id < version_id).order_by(ContentVersion.id.desc()))
    if previous is None:
        return changes_between_json(None, new)
    old = _snapshot_json(session, previous)
    return None if old is None else changes_between_json(old, new)


def restore_changes(session: Session, version_id: int) -> list[RecordChange]:
    """What restoring history entry *version_id* would change in the content
    as it stands now (ContentError when it cannot be restored)."""
    from kiosk.content.change.store import read_content

    target = load_snapshot(session, version_id)
    return changes_between(read_content(session), target)
