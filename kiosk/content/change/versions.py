"""Record versions: two staff members editing at once, nothing overwritten.

Every record carries a version that goes up by one whenever a change alters
it, and the staff role that made that change. A console (or any caller)
says which version of each record it read before changing it; a save whose
records moved on since then is refused with ``RecordsChanged``, naming each
record, who changed it and when. Records the caller did not touch are taken
as they are in the database at the save, so two people editing different
records both keep their work (``rebase``).

The check and the write happen under the database's write lock
(``Database.write_lock``: an advisory lock on PostgreSQL, the import lock
file on a SQLite kiosk), so no save slips in between.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timezone

from pydantic import ValidationError
from sqlalchemy import select
from sqlalchemy.orm import Session

from kiosk.content.change.history import canonical_record
from kiosk.content.formats.schema import ContentSet, MetaIn, RecordIn
from kiosk.content.formats.validation import validate_content
from kiosk.content.problems import ContentError, Problem
from kiosk.content.vocab import KINDS
from kiosk.db.models import Record

Key = tuple[str, str]


@dataclass(frozen=True)
class Stamp:
    """A record's version, who changed it last and when (as stored)."""

    version: int
    by: str | None = None
    at: datetime | None = None


def read_stamps(session: Session) -> dict[Key, Stamp]:
    """Every record's (kind, slug) -> its version, last editor and time."""
    rows = session.execute(select(Record.kind, Record.slug, Record.version, Record.updated_by, Record.updated_at))
    return {(kind, slug): Stamp(version or 1, by, at) for kind, slug, version, by, at in rows}


def next_stamps(old: ContentSet | None, stamps: Mapping[Key, Stamp], new: ContentSet, actor: str) -> dict[Key, Stamp]:
    """The stamps of *new*'s records: unchanged ones keep theirs, changed
    ones go one version up, new ones start at 1 (both by *actor*)."""
    before = {(kind, r.slug): r for kind in KINDS for r in old.of(kind)} if old else {}
    out: dict[Key, Stamp] = {}
    for kind in KINDS:
        for record in new.of(kind):
            key = (kind, record.slug)
            prev, stamp = before.get(key), stamps.get(key)
            if prev is not None and stamp is not None and canonical_record(prev) == canonical_record(record):
                out[key] = stamp
            else:
                out[key] = Stamp((stamp.version + 1) if stamp else 1, actor)
    return out


@dataclass(frozen=True)
class Changed:
    """One record someone else changed (or removed, or added) since it was read."""

    kind: str
    slug: str
    #: The version the caller read (None: it did not exist then).
    read: int | None
    #: The version in the database now (None: removed since).
    now: int | None
    by: str | None
    at: datetime | None

    def sentence(self) -> str:
        """What happened to the record, for staff."""
        who = f" by {self.by}" if self.by else ""
        at = self.at
        if at is not None:
            # PostgreSQL hands back the server's time zone, SQLite naive UTC.
            at = at.astimezone(timezone.utc) if at.tzinfo else at
        when = f" at {at:%Y-%m-%d %H:%M} UTC" if at else ""
        if self.now is None:
            return f"{self.kind} {self.slug!r} was removed{who} since you opened it"
        if self.read is None:
            return f"{self.kind} {self.slug!r} was added{who}{when} since you opened the content"
        return (f"{self.kind} {self.slug!r} was changed{who}{when} since you opened it "
                f"(you opened version {self.read}, it is now version {self.now})")


class RecordsChanged(ContentError):
    """A save refused because records it changes were changed by someone
    else since they were read; nothing was written. Reload or compare."""

    def __init__(self, changed: Sequence[Changed]):
        self.changed = list(changed)
        super().__init__(
            [Problem(f"{c.kind} {c.slug}", c.sentence(), record=c.slug) for c in self.changed],
            summary=f"not saved: {len(self.changed)} record(s) were changed by someone else since you opened them; "
            "nothing was written (reload them, or compare with yours)",
        )


def find_changed(stamps: Mapping[Key, Stamp], expected: Mapping[Key, int | None]) -> list[Changed]:
    """The records of *expected* (key -> version read, None for "did not
    exist") whose version in *stamps* (the database now) differs."""
    out = []
    for key, read in expected.items():
        stamp = stamps.get(key)
        now = stamp.version if stamp else None
        if now != read:
            out.append(Changed(key[0], key[1], read, now, stamp.by if stamp else None, stamp.at if stamp else None))
    return out


@dataclass(frozen=True)
class RecordEdits:
    """What one editor changed: records written (added or changed), records
    removed, the version of each it read first, and the content's details."""

    put: Sequence[tuple[str, RecordIn]] = ()
    removed: Sequence[Key] = ()
    #: (kind, slug) -> the version read before the edit; None for a record
    #: that did not exist (a new record, or a new slug).
    expected: Mapping[Key, int | None] = field(default_factory=dict)
    meta: MetaIn | None = None
    #: The content version to give the saved content, from the current one.
    next_version: Callable[[str], str] | None = None


def rebase(current: ContentSet, edits: RecordEdits) -> ContentSet:
    """*current* (the database now) with *edits* applied; ContentError when
    the result does not hold together (a record points at one removed since)."""
    put = {(kind, r.slug): r for kind, r in edits.put}
    gone = set(edits.removed)
    records: dict[str, list[RecordIn]] = {}
    for kind in KINDS:
        kept = [put.pop((kind, r.slug), r) for r in current.of(kind) if (kind, r.slug) not in gone]
        kept += [r for (k, _slug), r in list(put.items()) if k == kind]
        records[kind] = kept
    meta = edits.meta or current.meta
    if edits.next_version is not None:
        meta = meta.model_copy(update={"content_version": edits.next_version(current.meta.content_version)})
    try:
        content = ContentSet(meta=meta, records=records)
        problems = validate_content(content)
    except ValidationError as exc:
        problems = [Problem(".".join(str(p) for p in err["loc"]) or "content", err["msg"]) for err in exc.errors()]
    if problems:
        raise ContentError(problems, summary="not saved: with the changes made meanwhile by others, the content "
                           "would not hold together; nothing was written")
    return content
