"""SQLAlchemy 2 ORM classes of the kiosk's content, mapped onto the tables
of ``kiosk.db.tables`` (the one statement of the schema).

The staff side (imports, saves, history, the console, the office's fleet
and statistics) works with these classes; the visitor kiosk reads the same
tables with Core statements and never imports this module.  Each kind with
structured facts is a subclass with a table of its own (joined-table
inheritance), the others share ``records``.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy.orm import DeclarativeBase, Mapped, relationship

from kiosk.db import tables
from kiosk.db.tables import NAMING, cluster_manufacturers, utcnow  # noqa: F401 - re-exported


class Base(DeclarativeBase):
    """Declarative base over the tables' own metadata (naming convention included)."""

    metadata = tables.metadata


class Record(Base):
    """One piece of content of any kind, with what every kind shares."""

    __table__ = tables.records

    id: Mapped[int]
    kind: Mapped[str]
    slug: Mapped[str]
    sort_order: Mapped[int]
    published: Mapped[bool]
    updated_at: Mapped[datetime]
    web_url: Mapped[str | None]
    media: Mapped[str | None]
    media_focus_x: Mapped[float | None]
    media_focus_y: Mapped[float | None]
    source_id: Mapped[int | None]
    source_quote: Mapped[str | None]
    version: Mapped[int]
    updated_by: Mapped[str | None]

    source: Mapped[Record | None] = relationship(
        "Record", remote_side=lambda: [Record.id], foreign_keys=lambda: [Record.source_id]
    )
    texts: Mapped[list[RecordText]] = relationship(
        back_populates="record", cascade="all, delete-orphan", passive_deletes=True
    )

    __mapper_args__ = {"polymorphic_on": "kind", "polymorphic_identity": "record"}

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self.kind}:{self.slug}>"


class RecordText(Base):
    """One field of one record in one language."""

    __table__ = tables.record_texts

    id: Mapped[int]
    record_id: Mapped[int]
    field: Mapped[str]
    lang: Mapped[str]
    text: Mapped[str]
    verified: Mapped[bool]
    stale: Mapped[bool]

    record: Mapped[Record] = relationship(back_populates="texts")


class Zone(Record):
    """The zone profile: Jiaozhou as core area of the SCO Demonstration Zone."""

    __mapper_args__ = {"polymorphic_identity": "zone"}


class Source(Record):
    """A document the facts come from (publisher, date, optional address)."""

    __table__ = tables.sources
    published_on: Mapped[date | None]

    __mapper_args__ = {"polymorphic_identity": "source"}


class KeyFigure(Record):
    """A key figure of the zone as a structured fact: value, unit, year, qualifier."""

    __table__ = tables.figures
    value: Mapped[float]
    unit: Mapped[str]
    qualifier: Mapped[str]
    year: Mapped[int | None]

    __mapper_args__ = {"polymorphic_identity": "figure"}


class Industry(Record):
    """A signature industry, or the industry of this year's push (new energy)."""

    __table__ = tables.industries
    sector: Mapped[str]
    focus: Mapped[bool]

    __mapper_args__ = {"polymorphic_identity": "industry"}


class Manufacturer(Record):
    """A flagship manufacturer named by the source."""

    __table__ = tables.manufacturers
    sector: Mapped[str | None]

    bases: Mapped[list[ProductionBase]] = relationship(
        back_populates="manufacturer", foreign_keys=lambda: [tables.bases.c.manufacturer_id]
    )
    clusters: Mapped[list[Cluster]] = relationship(
        secondary=cluster_manufacturers, back_populates="manufacturers"
    )

    __mapper_args__ = {"polymorphic_identity": "manufacturer"}


class Cluster(Record):
    """An industrial cluster or leading county, national or provincial level."""

    __table__ = tables.clusters
    level: Mapped[str]
    cluster_kind: Mapped[str]
    sector: Mapped[str]

    manufacturers: Mapped[list[Manufacturer]] = relationship(
        secondary=cluster_manufacturers, back_populates="clusters"
    )

    __mapper_args__ = {"polymorphic_identity": "cluster"}


class ProductionBase(Record):
    """A production base; tied to a manufacturer only where the source ties it."""

    __table__ = tables.bases
    manufacturer_id: Mapped[int | None]
    manufacturer: Mapped[Manufacturer | None] = relationship(
        back_populates="bases", foreign_keys=lambda: [tables.bases.c.manufacturer_id]
    )

    __mapper_args__ = {"polymorphic_identity": "base"}


class Platform(Record):
    """An industrial service platform."""

    __mapper_args__ = {"polymorphic_identity": "platform"}


class Initiative(Record):
    """An initiative or plan of the zone."""

    __mapper_args__ = {"polymorphic_identity": "initiative"}


class Statement(Record):
    """A quoted statement: title is the speaker, subtitle the role, body the quote."""

    __mapper_args__ = {"polymorphic_identity": "statement"}


class SearchEntry(Base):
    """The normalised text that search matches against (see ``tables.search_entries``)."""

    __table__ = tables.search_entries

    id: Mapped[int]
    record_id: Mapped[int]
    field: Mapped[str]
    lang: Mapped[str]
    norm: Mapped[str]


class SearchVocab(Base):
    """A word that typos are corrected against (see ``tables.search_vocab``)."""

    __table__ = tables.search_vocab

    id: Mapped[int]
    word: Mapped[str]


class Meta(Base):
    """Key/value facts about the content loaded (content version, languages)."""

    __table__ = tables.meta

    key: Mapped[str]
    value: Mapped[str]


class Setting(Base):
    """A kiosk setting (JSON value), e.g. idle timeout or default language."""

    __table__ = tables.settings

    key: Mapped[str]
    value: Mapped[str]


class ContentVersion(Base):
    """One entry of the content history: an import, a save, a restore."""

    __table__ = tables.content_versions

    id: Mapped[int]
    created_at: Mapped[datetime]
    actor: Mapped[str]
    action: Mapped[str]
    content_version: Mapped[str]
    summary: Mapped[str]
    backup: Mapped[str | None]


class ContentSnapshot(Base):
    """The whole content set after one history entry (see ``tables.content_snapshots``)."""

    __table__ = tables.content_snapshots

    version_id: Mapped[int]
    sha256: Mapped[str]
    data: Mapped[bytes]


class KioskStatus(Base):
    """The last heartbeat of one kiosk of the fleet (see ``tables.kiosk_status``)."""

    __table__ = tables.kiosk_status

    kiosk_id: Mapped[str]
    name: Mapped[str]
    content_version: Mapped[str | None]
    uptime_s: Mapped[int]
    restarts: Mapped[int]
    errors: Mapped[list]
    last_update_result: Mapped[str | None]
    last_update_at: Mapped[datetime | None]
    free_disk_bytes: Mapped[int | None]
    voices: Mapped[dict]
    reported_at: Mapped[datetime]


class VisitorSession(Base):
    """One finished visitor session a kiosk sent to the office (see ``tables.visitor_sessions``)."""

    __table__ = tables.visitor_sessions

    kiosk_id: Mapped[str]
    file_id: Mapped[str]
    seq: Mapped[int]
    started_at: Mapped[datetime]
    day: Mapped[date]
    length_ms: Mapped[int]
    language: Mapped[str]
    ended: Mapped[str]
    n_events: Mapped[int]
    names: Mapped[list]
    events: Mapped[bytes]


class VisitorDay(Base):
    """Which days' totals the office holds from each kiosk's statistics file (see ``tables.visitor_days``)."""

    __table__ = tables.visitor_days

    kiosk_id: Mapped[str]
    file_id: Mapped[str]
    day: Mapped[date]
    kiosk_name: Mapped[str]
    upto_event: Mapped[int]
    received_at: Mapped[datetime]


class VisitorTotal(Base):
    """One kiosk's daily total of one statistics metric (see ``tables.visitor_totals``)."""

    __table__ = tables.visitor_totals

    kiosk_id: Mapped[str]
    file_id: Mapped[str]
    day: Mapped[date]
    metric: Mapped[int]
    key: Mapped[str]
    lang: Mapped[str]
    n: Mapped[int]
    total: Mapped[int]


#: Kind name -> model class.
KIND_MODELS: dict[str, type[Record]] = {
    "source": Source,
    "zone": Zone,
    "figure": KeyFigure,
    "industry": Industry,
    "cluster": Cluster,
    "manufacturer": Manufacturer,
    "base": ProductionBase,
    "platform": Platform,
    "initiative": Initiative,
    "statement": Statement,
}
