"""Write a whole content set into the database, and read it back out.

``replace_content`` swaps the content in one transaction (the caller's):
either every record of the new set is there, or, on any failure, the old
content stays exactly as it was.  ``read_content`` turns the database back
into a ContentSet in the same schema as ``data/``, for packs, workbooks and
checks.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from datetime import datetime, timezone
from typing import Any

from sqlalchemy import delete, insert, select, text
from sqlalchemy.orm import Session, selectinload

from kiosk.content.read import search
from kiosk.content.meta import content_version, get_meta, has_content  # noqa: F401  (re-exported)
from kiosk.content.formats.schema import MODELS, ContentSet, MetaIn, RecordIn, Translation
from kiosk.content.vocab import KINDS
from kiosk.db.models import (
    KIND_MODELS,
    Cluster,
    Meta,
    ProductionBase,
    Record,
    RecordText,
    cluster_manufacturers,
)

#: Columns of the kind tables that the content format carries as plain values.
KIND_FIELDS: dict[str, tuple[str, ...]] = {
    "source": ("published_on",),
    "figure": ("value", "unit", "qualifier", "year"),
    "industry": ("sector", "focus"),
    "manufacturer": ("sector",),
    "cluster": ("level", "cluster_kind", "sector"),
}
COMMON_FIELDS = ("slug", "sort_order", "published", "source_quote", "web_url", "media")


#: Records written per batch of INSERT statements: bounds the memory an
#: import of tens of thousands of records needs, whatever its size.
CHUNK = 500


def replace_content(
    session: Session, content: ContentSet, now: datetime | None = None, stamps: Mapping[tuple[str, str], Any] | None = None
) -> dict[str, int]:
    """Replace all content with *content* inside the caller's transaction; returns counts per kind.

    *stamps* maps (kind, slug) to each record's version and last editor
    (``versions.Stamp``); records it does not name start at version 1.

    Rows go in as plain INSERTs in batches of :data:`CHUNK` records, with
    the ids chosen here (the table is empty), instead of through ORM objects:
    an ORM object per record and per text would hold every record of the
    import in memory at once (over 300 MB for 10,000 records).
    """
    stamp = now or datetime.now(timezone.utc)
    search.unindex_all(session)
    session.execute(delete(cluster_manufacturers))
    # ON DELETE CASCADE (foreign keys are on) removes kind rows and texts.
    session.execute(delete(Record))
    session.execute(delete(Meta))
    session.flush()
    sqlite = session.get_bind().dialect.name == "sqlite"
    if sqlite:
        # References (a record's source, a base's manufacturer) may point at a
        # record of a later batch; SQLite checks them all at the commit instead.
        # Elsewhere each statement is checked: kinds go in sources first and
        # manufacturers before bases (vocab.KINDS), so the order suffices.
        session.execute(text("PRAGMA defer_foreign_keys = ON"))

    ids: dict[str, dict[str, int]] = {kind: {} for kind in KINDS}
    next_id = 1
    for kind in KINDS:
        for item in content.of(kind):
            ids[kind][item.slug] = next_id
            next_id += 1
    for kind in KINDS:
        items = content.of(kind)
        for first in range(0, len(items), CHUNK):
            _insert_batch(session, kind, items[first:first + CHUNK], ids, stamp, stamps or {})

    links = [
        {"cluster_id": ids["cluster"][item.slug], "manufacturer_id": ids["manufacturer"][slug]}
        for item in content.of("cluster")
        for slug in item.manufacturers  # type: ignore[attr-defined]
    ]
    if links:
        session.execute(insert(cluster_manufacturers), links)
    if session.get_bind().dialect.name == "postgresql" and next_id > 1:
        # The ids were chosen here, so PostgreSQL's id sequence did not move:
        # point it past them, or the next record added would reuse id 1.
        session.execute(text("SELECT setval(pg_get_serial_sequence('records', 'id'), :last)"), {"last": next_id - 1})

    meta = content.meta
    session.add_all(
        [
            Meta(key="content_version", value=meta.content_version),
            Meta(key="default_language", value=meta.default_language),
            Meta(key="languages", value=json.dumps(list(meta.languages))),
            Meta(key="created_at", value=(meta.created_at or stamp).isoformat()),
            Meta(key="loaded_at", value=stamp.isoformat()),
        ]
        + ([Meta(key="note", value=meta.note)] if meta.note else [])
    )
    session.flush()
    # Objects loaded before the swap (an editor's session) describe rows that are gone.
    session.expire_all()
    search.rebuild_index(session)
    return {kind: len(content.of(kind)) for kind in KINDS}


def _insert_batch(
    session: Session, kind: str, items: Sequence[RecordIn], ids: dict[str, dict[str, int]], stamp: datetime,
    stamps: Mapping[tuple[str, str], Any],
) -> None:
    """INSERT one batch of records of *kind*: the common row, the kind's own row, the texts."""
    records, own, texts = [], [], []
    for item in items:
        rid = ids[kind][item.slug]
        row: dict[str, Any] = {name: getattr(item, name) for name in COMMON_FIELDS}
        focus = item.media_focus
        row.update(media_focus_x=focus.x if focus else None, media_focus_y=focus.y if focus else None)
        row.update(id=rid, kind=kind, updated_at=item.updated_at or stamp,
                   source_id=ids["source"][item.source] if item.source else None)
        known = stamps.get((kind, item.slug))
        row.update(version=known.version if known else 1, updated_by=known.by if known else None)
        records.append(row)
        extra: dict[str, Any] = {name: getattr(item, name) for name in KIND_FIELDS.get(kind, ())}
        if kind == "base":
            maker = getattr(item, "manufacturer", None)
            extra["manufacturer_id"] = ids["manufacturer"][maker] if maker else None
        own.append({"id": rid, **extra})
        texts.extend(
            {"record_id": rid, "field": field, "lang": lang, "text": tr.text, "verified": tr.verified,
             "stale": tr.stale}
            for field, per_lang in item.text.items()
            for lang, tr in per_lang.items()
        )
    session.execute(insert(Record.__table__), records)
    model = KIND_MODELS[kind]
    if model.__table__ is not Record.__table__:
        session.execute(insert(model.__table__), own)
    if texts:
        session.execute(insert(RecordText.__table__), texts)


def read_content(session: Session) -> ContentSet:
    """The database's content as a ContentSet (same schema as ``data/``).

    Shape problems in the database itself (a text too long, an unknown code)
    raise pydantic's ValidationError; ``kiosk db check`` reports them.
    """
    raw_meta = get_meta(session)
    meta = MetaIn(
        format=1,
        content_version=raw_meta.get("content_version", "unversioned"),
        created_at=raw_meta.get("created_at"),
        default_language=raw_meta.get("default_language", "zh-Hans"),
        languages=json.loads(raw_meta.get("languages", '["zh-Hans", "ru", "en"]')),
        note=raw_meta.get("note"),
    )
    records: dict[str, list[RecordIn]] = {}
    rows = session.scalars(
        select(Record)
        .options(selectinload(Record.texts), selectinload(Record.source))
        .order_by(Record.kind, Record.sort_order, Record.slug)
    ).all()
    for row in rows:
        records.setdefault(row.kind, []).append(record_to_model(row))
    return ContentSet(meta=meta, records={kind: records.get(kind, []) for kind in KINDS})


def record_to_model(row: Record) -> RecordIn:
    """One database record as its content-format model."""
    text: dict[str, dict[str, Translation]] = {}
    for t in sorted(row.texts, key=lambda t: (t.field, t.lang)):
        text.setdefault(t.field, {})[t.lang] = Translation(text=t.text, verified=t.verified, stale=bool(t.stale))
    data: dict[str, Any] = {name: getattr(row, name) for name in COMMON_FIELDS}
    data["updated_at"] = row.updated_at
    if row.media_focus_x is not None and row.media_focus_y is not None:
        data["media_focus"] = {"x": row.media_focus_x, "y": row.media_focus_y}
    data["source"] = row.source.slug if row.source is not None else None
    for name in KIND_FIELDS.get(row.kind, ()):
        data[name] = getattr(row, name)
    if isinstance(row, ProductionBase):
        data["manufacturer"] = row.manufacturer.slug if row.manufacturer else None
    if isinstance(row, Cluster):
        data["manufacturers"] = sorted(m.slug for m in row.manufacturers)
    data["text"] = text
    return MODELS[row.kind].model_validate(data)

