"""SQLAlchemy 2 models of the kiosk's content.

Every piece of content is a *record*: one row in ``records`` (slug, order,
published flag, source, web address, media) plus, for kinds that carry
structured facts, a row in the kind's own table (joined-table inheritance).
All visible text lives in ``record_texts``: one row per record, field and
language, each with its own *verified* flag, so a machine translation can be
told from one a person has checked.
"""

from __future__ import annotations

from datetime import date, datetime, timezone

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Column,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
)
from sqlalchemy import text as sql_text
from sqlalchemy import false
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def utcnow() -> datetime:
    """Timezone-aware now, for ``updated_at`` columns."""
    return datetime.now(timezone.utc)


class Base(DeclarativeBase):
    """Declarative base with a naming convention, so that Alembic's batch
    migrations on SQLite can find constraints by name."""

    metadata = MetaData(naming_convention=NAMING)


cluster_manufacturers = Table(
    "cluster_manufacturers",
    Base.metadata,
    Column("cluster_id", ForeignKey("clusters.id", ondelete="CASCADE"), primary_key=True),
    Column("manufacturer_id", ForeignKey("manufacturers.id", ondelete="CASCADE"), primary_key=True),
)


class Record(Base):
    """One piece of content of any kind, with what every kind shares."""

    __tablename__ = "records"
    __table_args__ = (UniqueConstraint("kind", "slug", name="uq_records_kind_slug"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(20), index=True)
    slug: Mapped[str] = mapped_column(String(80))
    sort_order: Mapped[int] = mapped_column(Integer, default=0)
    published: Mapped[bool] = mapped_column(Boolean, default=True)
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    #: Web address for a QR code; empty when unknown, never invented.
    web_url: Mapped[str | None] = mapped_column(String(500))
    #: Image path relative to the media folder; None shows the designed placeholder.
    media: Mapped[str | None] = mapped_column(String(300))
    #: Where the picture's subject is (0..1 from the left and from the top):
    #: the visitor screens crop around it; None is the centre.
    media_focus_x: Mapped[float | None] = mapped_column(Float)
    media_focus_y: Mapped[float | None] = mapped_column(Float)
    source_id: Mapped[int | None] = mapped_column(
        ForeignKey("records.id", ondelete="SET NULL"), index=True
    )
    #: The words of the source that this record rests on.
    source_quote: Mapped[str | None] = mapped_column(Text)
    #: Goes up by one each time the record changes: a save made against an
    #: older version is refused (two staff members at once; see
    #: ``kiosk.content.change.importer``).
    version: Mapped[int] = mapped_column(Integer, default=1, server_default=sql_text("1"))
    #: The staff role whose save or import last changed the record (None: not known).
    updated_by: Mapped[str | None] = mapped_column(String(40))

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

    __tablename__ = "record_texts"
    __table_args__ = (UniqueConstraint("record_id", "field", "lang", name="uq_record_texts_key"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    record_id: Mapped[int] = mapped_column(ForeignKey("records.id", ondelete="CASCADE"), index=True)
    field: Mapped[str] = mapped_column(String(20))
    lang: Mapped[str] = mapped_column(String(10))
    text: Mapped[str] = mapped_column(Text)
    verified: Mapped[bool] = mapped_column(Boolean, default=False)
    #: Needs review: another language of the field changed after this text was written.
    stale: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())

    record: Mapped[Record] = relationship(back_populates="texts")


class Zone(Record):
    """The zone profile: Jiaozhou as core area of the SCO Demonstration Zone."""

    __mapper_args__ = {"polymorphic_identity": "zone"}


class Source(Record):
    """A document the facts come from (publisher, date, optional address)."""

    __tablename__ = "sources"
    id: Mapped[int] = mapped_column(ForeignKey("records.id", ondelete="CASCADE"), primary_key=True)
    published_on: Mapped[date | None] = mapped_column(Date)

    __mapper_args__ = {"polymorphic_identity": "source"}


class KeyFigure(Record):
    """A key figure of the zone as a structured fact: value, unit, year, qualifier."""

    __tablename__ = "figures"
    id: Mapped[int] = mapped_column(ForeignKey("records.id", ondelete="CASCADE"), primary_key=True)
    value: Mapped[float] = mapped_column(Float)
    #: "count" or "yuan"; decides how the number is written in each language.
    unit: Mapped[str] = mapped_column(String(20))
    #: "over", "more_than" or "exact", as the source words it.
    qualifier: Mapped[str] = mapped_column(String(20))
    year: Mapped[int | None] = mapped_column(Integer)

    __mapper_args__ = {"polymorphic_identity": "figure"}


class Industry(Record):
    """A signature industry, or the industry of this year's push (new energy)."""

    __tablename__ = "industries"
    id: Mapped[int] = mapped_column(ForeignKey("records.id", ondelete="CASCADE"), primary_key=True)
    sector: Mapped[str] = mapped_column(String(20))
    #: True for the industry the zone is pushing this year.
    focus: Mapped[bool] = mapped_column(Boolean, default=False)

    __mapper_args__ = {"polymorphic_identity": "industry"}


class Manufacturer(Record):
    """A flagship manufacturer named by the source."""

    __tablename__ = "manufacturers"
    id: Mapped[int] = mapped_column(ForeignKey("records.id", ondelete="CASCADE"), primary_key=True)
    sector: Mapped[str | None] = mapped_column(String(20))

    bases: Mapped[list[ProductionBase]] = relationship(
        back_populates="manufacturer", foreign_keys="ProductionBase.manufacturer_id"
    )
    clusters: Mapped[list[Cluster]] = relationship(
        secondary=cluster_manufacturers, back_populates="manufacturers"
    )

    __mapper_args__ = {"polymorphic_identity": "manufacturer"}


class Cluster(Record):
    """An industrial cluster or leading county, national or provincial level."""

    __tablename__ = "clusters"
    id: Mapped[int] = mapped_column(ForeignKey("records.id", ondelete="CASCADE"), primary_key=True)
    level: Mapped[str] = mapped_column(String(20), index=True)
    #: "cluster" or "leading_county".
    cluster_kind: Mapped[str] = mapped_column(String(20))
    sector: Mapped[str] = mapped_column(String(20), index=True)

    manufacturers: Mapped[list[Manufacturer]] = relationship(
        secondary=cluster_manufacturers, back_populates="clusters"
    )

    __mapper_args__ = {"polymorphic_identity": "cluster"}


class ProductionBase(Record):
    """A production base; tied to a manufacturer only where the source ties it."""

    __tablename__ = "bases"
    id: Mapped[int] = mapped_column(ForeignKey("records.id", ondelete="CASCADE"), primary_key=True)
    manufacturer_id: Mapped[int | None] = mapped_column(
        ForeignKey("manufacturers.id", ondelete="SET NULL"), index=True
    )
    manufacturer: Mapped[Manufacturer | None] = relationship(
        back_populates="bases", foreign_keys=[manufacturer_id]
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
    """The normalised text that search matches against (one per record text).

    The FTS5 table ``search_fts`` (trigram tokenizer) indexes ``norm`` as an
    external-content table; one- and two-character queries scan ``norm``
    directly, since trigrams need three characters. Titles and subtitles
    are indexed once more on their own (``search_fts_head`` and the partial
    covering index below), so that most searches never read a body.
    """

    __tablename__ = "search_entries"
    __table_args__ = (
        Index(
            "ix_search_entries_head",
            "field",
            "lang",
            "norm",
            "record_id",
            sqlite_where=sql_text("field IN ('title', 'subtitle')"),
            # Migration 0004 makes this index partial on PostgreSQL too (plain
            # SQL). It is not said here as ``postgresql_where``: naming a
            # dialect's option loads that whole dialect (2 MB resident, asyncpg
            # and psycopg parts included) into every process that imports the
            # models, the SQLite kiosk too; Alembic does not compare the WHERE.
        ),
        Index("ix_search_entries_meta", "id", "record_id", "field", "lang"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    record_id: Mapped[int] = mapped_column(ForeignKey("records.id", ondelete="CASCADE"), index=True)
    field: Mapped[str] = mapped_column(String(20))
    lang: Mapped[str] = mapped_column(String(10))
    norm: Mapped[str] = mapped_column(Text)


class SearchVocab(Base):
    """Every word that a typo is corrected against (Latin and Cyrillic words
    of the texts, the pinyin of their Chinese), filled with ``search_fts_terms``
    (an FTS5 table of each record's words, stems and pinyin, see
    ``kiosk.db.search_text``). Words are only added while content is edited,
    and the ids only grow, so the largest id tells a reader whether the
    vocabulary it holds in memory is still current."""

    __tablename__ = "search_vocab"
    __table_args__ = {"sqlite_autoincrement": True}

    id: Mapped[int] = mapped_column(primary_key=True, autoincrement=True)
    word: Mapped[str] = mapped_column(Text, unique=True)


class Meta(Base):
    """Key/value facts about the content loaded (content version, languages)."""

    __tablename__ = "meta"

    key: Mapped[str] = mapped_column(String(60), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class Setting(Base):
    """A kiosk setting (JSON value), e.g. idle timeout or default language."""

    __tablename__ = "settings"

    key: Mapped[str] = mapped_column(String(60), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class ContentVersion(Base):
    """One entry of the content history: an import, a save, a restore."""

    __tablename__ = "content_versions"

    id: Mapped[int] = mapped_column(primary_key=True)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    actor: Mapped[str] = mapped_column(String(40))
    action: Mapped[str] = mapped_column(String(40))
    content_version: Mapped[str] = mapped_column(String(60))
    #: JSON: counts per kind of what changed.
    summary: Mapped[str] = mapped_column(Text, default="{}")
    #: Backup file taken before the change (name inside the backups folder).
    backup: Mapped[str | None] = mapped_column(String(200))


class ContentSnapshot(Base):
    """The whole content set as it stood after one history entry, so that
    any earlier version can be restored (zlib-compressed JSON in the
    content-pack schema; see ``kiosk.content.change.history``)."""

    __tablename__ = "content_snapshots"

    version_id: Mapped[int] = mapped_column(
        ForeignKey("content_versions.id", ondelete="CASCADE"), primary_key=True
    )
    #: sha256 of the uncompressed JSON, checked before a restore.
    sha256: Mapped[str] = mapped_column(String(64))
    data: Mapped[bytes] = mapped_column(LargeBinary)


class KioskStatus(Base):
    """The last heartbeat of one kiosk of the fleet (one row per kiosk,
    overwritten by each report; see ``kiosk.fleet.office``)."""

    __tablename__ = "kiosk_status"

    kiosk_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    name: Mapped[str] = mapped_column(String(120))
    content_version: Mapped[str | None] = mapped_column(String(60))
    uptime_s: Mapped[int] = mapped_column(BigInteger, default=0)
    #: Restarts by the watchdog.
    restarts: Mapped[int] = mapped_column(Integer, default=0)
    #: The last few errors, newest last (a list of strings).
    errors: Mapped[list] = mapped_column(JSON, default=list)
    last_update_result: Mapped[str | None] = mapped_column(Text)
    last_update_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    free_disk_bytes: Mapped[int | None] = mapped_column(BigInteger)
    #: Speech voices per language: {"en": ["..."], ...}.
    voices: Mapped[dict] = mapped_column(JSON, default=dict)
    reported_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class VisitorSession(Base):
    """One finished visitor session a kiosk sent to the office (see ``kiosk.stats.office``).

    Keyed by the kiosk, the statistics file it came from (a kiosk that had
    to start a new file numbers its sessions from 1 again) and its number in
    that file, so sending it twice stores it once."""

    __tablename__ = "visitor_sessions"

    kiosk_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    file_id: Mapped[str] = mapped_column(String(40), primary_key=True)
    seq: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    started_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    #: The kiosk's local calendar day the session started on.
    day: Mapped[date] = mapped_column(Date, index=True)
    length_ms: Mapped[int] = mapped_column(BigInteger)
    language: Mapped[str] = mapped_column(String(40))
    #: Why it ended: idle, staff, error, closed, interrupted.
    ended: Mapped[str] = mapped_column(String(40))
    n_events: Mapped[int] = mapped_column(Integer)
    #: The names the packed events refer to (1 = the first of this list; 0 = none).
    names: Mapped[list] = mapped_column(JSON)
    #: The session's events, packed as on the kiosk (``kiosk.stats.compact.encode``).
    events: Mapped[bytes] = mapped_column(LargeBinary)


class VisitorDay(Base):
    """Which days' totals the office holds from each kiosk's statistics file, and how new they are."""

    __tablename__ = "visitor_days"

    kiosk_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    file_id: Mapped[str] = mapped_column(String(40), primary_key=True)
    day: Mapped[date] = mapped_column(Date, primary_key=True)
    kiosk_name: Mapped[str] = mapped_column(String(120))
    #: The kiosk's event counter when the totals were read: totals read earlier never replace them.
    upto_event: Mapped[int] = mapped_column(BigInteger)
    received_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class VisitorTotal(Base):
    """One kiosk's daily total of one statistics metric (``kiosk.stats.compact``'s roll-ups, names as text)."""

    __tablename__ = "visitor_totals"

    kiosk_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    file_id: Mapped[str] = mapped_column(String(40), primary_key=True)
    day: Mapped[date] = mapped_column(Date, primary_key=True)
    metric: Mapped[int] = mapped_column(Integer, primary_key=True)
    #: A name (page, language, search term ...) or, for the numeric metrics, the number as text.
    key: Mapped[str] = mapped_column(Text, primary_key=True)
    lang: Mapped[str] = mapped_column(String(40), primary_key=True)
    n: Mapped[int] = mapped_column(BigInteger)
    total: Mapped[int] = mapped_column(BigInteger)


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
