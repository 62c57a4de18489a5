"""The kiosk's tables, in SQLAlchemy Core: the one statement of the schema.

Every piece of content is a *record*: one row in ``records`` (slug, order,
published flag, source, web address, media) plus, for kinds that carry
structured facts, a row in the kind's own table (``sources``, ``figures``,
``industries``, ``manufacturers``, ``clusters``, ``bases``).  All visible
text lives in ``record_texts``: one row per record, field and language, each
with its own *verified* flag, so a machine translation can be told from one
a person has checked.

The visitor kiosk reads these tables with Core statements alone, and so
never loads SQLAlchemy's ORM (some 10 MB of a kiosk's 200 MB budget).  The
staff side maps its classes onto the same tables (``kiosk.db.models``), and
Alembic compares the migrations with this ``metadata``.
"""

from __future__ import annotations

from datetime import datetime, timezone

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
    false,
)
from sqlalchemy import text as sql_text

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

#: Every table, with a naming convention, so that Alembic's batch migrations
#: on SQLite can find constraints by name.
metadata = MetaData(naming_convention=NAMING)


def utcnow() -> datetime:
    """Timezone-aware now, for ``updated_at`` columns."""
    return datetime.now(timezone.utc)


def _kind_table(name: str, *columns: Column) -> Table:
    """A kind's own table: its id is its record's."""
    return Table(name, metadata, Column("id", ForeignKey("records.id", ondelete="CASCADE"), primary_key=True), *columns)


records = Table(
    "records",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("kind", String(20), nullable=False, index=True),
    Column("slug", String(80), nullable=False),
    Column("sort_order", Integer, nullable=False, default=0),
    Column("published", Boolean, nullable=False, default=True),
    Column("updated_at", DateTime(timezone=True), nullable=False, default=utcnow),
    #: Web address for a QR code; empty when unknown, never invented.
    Column("web_url", String(500)),
    #: Image path relative to the media folder; None shows the designed illustration.
    Column("media", String(300)),
    #: Where the picture's subject is (0..1 from the left and from the top):
    #: the visitor screens crop around it; None is the centre.
    Column("media_focus_x", Float),
    Column("media_focus_y", Float),
    Column("source_id", ForeignKey("records.id", ondelete="SET NULL"), index=True),
    #: The words of the source that this record rests on.
    Column("source_quote", Text),
    #: Goes up by one each time the record changes: a save made against an
    #: older version is refused (two staff members at once; see
    #: ``kiosk.content.change.importer``).
    Column("version", Integer, nullable=False, default=1, server_default=sql_text("1")),
    #: The staff role whose save or import last changed the record (None: not known).
    Column("updated_by", String(40)),
    UniqueConstraint("kind", "slug", name="uq_records_kind_slug"),
)

record_texts = Table(
    "record_texts",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("record_id", ForeignKey("records.id", ondelete="CASCADE"), nullable=False, index=True),
    Column("field", String(20), nullable=False),
    Column("lang", String(10), nullable=False),
    Column("text", Text, nullable=False),
    Column("verified", Boolean, nullable=False, default=False),
    #: Needs review: another language of the field changed after this text was written.
    Column("stale", Boolean, nullable=False, default=False, server_default=false()),
    UniqueConstraint("record_id", "field", "lang", name="uq_record_texts_key"),
)

#: A document the facts come from (publisher, date, optional address).
sources = _kind_table("sources", Column("published_on", Date))

#: A key figure as a structured fact: value, unit ("count" or "yuan": how the
#: number is written in each language), qualifier ("over", "more_than" or
#: "exact", as the source words it) and year.
figures = _kind_table(
    "figures",
    Column("value", Float, nullable=False),
    Column("unit", String(20), nullable=False),
    Column("qualifier", String(20), nullable=False),
    Column("year", Integer),
)

#: A signature industry; *focus* marks the one the zone pushes this year.
industries = _kind_table(
    "industries",
    Column("sector", String(20), nullable=False),
    Column("focus", Boolean, nullable=False, default=False),
)

#: A flagship manufacturer named by the source.
manufacturers = _kind_table("manufacturers", Column("sector", String(20)))

#: An industrial cluster or leading county (*cluster_kind* "cluster" or
#: "leading_county"), national or provincial level.
clusters = _kind_table(
    "clusters",
    Column("level", String(20), nullable=False, index=True),
    Column("cluster_kind", String(20), nullable=False),
    Column("sector", String(20), nullable=False, index=True),
)

#: A production base; tied to a manufacturer only where the source ties it.
bases = _kind_table(
    "bases",
    Column("manufacturer_id", ForeignKey("manufacturers.id", ondelete="SET NULL"), index=True),
)

cluster_manufacturers = Table(
    "cluster_manufacturers",
    metadata,
    Column("cluster_id", ForeignKey("clusters.id", ondelete="CASCADE"), primary_key=True),
    Column("manufacturer_id", ForeignKey("manufacturers.id", ondelete="CASCADE"), primary_key=True),
)

#: The normalised text that search matches against (one per record text).
#: The FTS5 table ``search_fts`` (trigram tokenizer) indexes ``norm`` as an
#: external-content table; one- and two-character queries scan ``norm``
#: directly, since trigrams need three characters.  Titles and subtitles are
#: indexed once more on their own (``search_fts_head`` and the partial
#: covering index below), so that most searches never read a body.
search_entries = Table(
    "search_entries",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("record_id", ForeignKey("records.id", ondelete="CASCADE"), nullable=False, index=True),
    Column("field", String(20), nullable=False),
    Column("lang", String(10), nullable=False),
    Column("norm", Text, nullable=False),
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
        # tables, the SQLite kiosk too; Alembic does not compare the WHERE.
    ),
    Index("ix_search_entries_meta", "id", "record_id", "field", "lang"),
)

#: Every word that a typo is corrected against (Latin and Cyrillic words of
#: the texts, the pinyin of their Chinese), filled with ``search_fts_terms``
#: (an FTS5 table of each record's words, stems and pinyin, see
#: ``kiosk.db.search_text``).  Words are only added while content is edited,
#: and the ids only grow, so the largest id tells a reader whether the
#: vocabulary it holds in memory is still current.
search_vocab = Table(
    "search_vocab",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("word", Text, nullable=False, unique=True),
    sqlite_autoincrement=True,
)

#: Key/value facts about the content loaded (content version, languages).
meta = Table(
    "meta",
    metadata,
    Column("key", String(60), primary_key=True),
    Column("value", Text, nullable=False),
)

#: The kiosk's settings (JSON values), e.g. idle timeout or default language.
settings = Table(
    "settings",
    metadata,
    Column("key", String(60), primary_key=True),
    Column("value", Text, nullable=False),
)

#: The content history: an import, a save, a restore.
content_versions = Table(
    "content_versions",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("created_at", DateTime(timezone=True), nullable=False, default=utcnow),
    Column("actor", String(40), nullable=False),
    Column("action", String(40), nullable=False),
    Column("content_version", String(60), nullable=False),
    #: JSON: counts per kind of what changed.
    Column("summary", Text, nullable=False, default="{}"),
    #: Backup file taken before the change (name inside the backups folder).
    Column("backup", String(200)),
)

#: The whole content set as it stood after one history entry, so that any
#: earlier version can be restored (zlib-compressed JSON in the content-pack
#: schema; see ``kiosk.content.change.history``); *sha256* is of the
#: uncompressed JSON, checked before a restore.
content_snapshots = Table(
    "content_snapshots",
    metadata,
    Column("version_id", ForeignKey("content_versions.id", ondelete="CASCADE"), primary_key=True),
    Column("sha256", String(64), nullable=False),
    Column("data", LargeBinary, nullable=False),
)

#: The last heartbeat of each kiosk of the fleet (one row per kiosk,
#: overwritten by each report; see ``kiosk.fleet.office``).
kiosk_status = Table(
    "kiosk_status",
    metadata,
    Column("kiosk_id", String(64), primary_key=True),
    Column("name", String(120), nullable=False),
    Column("content_version", String(60)),
    Column("uptime_s", BigInteger, nullable=False, default=0),
    #: Restarts by the watchdog.
    Column("restarts", Integer, nullable=False, default=0),
    #: The last few errors, newest last (a list of strings).
    Column("errors", JSON, nullable=False, default=list),
    Column("last_update_result", Text),
    Column("last_update_at", DateTime(timezone=True)),
    Column("free_disk_bytes", BigInteger),
    #: Speech voices per language: {"en": ["..."], ...}.
    Column("voices", JSON, nullable=False, default=dict),
    Column("reported_at", DateTime(timezone=True), nullable=False),
)

#: One finished visitor session a kiosk sent to the office (see
#: ``kiosk.stats.office``), keyed by the kiosk, the statistics file it came
#: from (a kiosk that had to start a new file numbers its sessions from 1
#: again) and its number in that file, so sending it twice stores it once.
visitor_sessions = Table(
    "visitor_sessions",
    metadata,
    Column("kiosk_id", String(64), primary_key=True),
    Column("file_id", String(40), primary_key=True),
    Column("seq", BigInteger, primary_key=True),
    Column("started_at", DateTime(timezone=True), nullable=False),
    #: The kiosk's local calendar day the session started on.
    Column("day", Date, nullable=False, index=True),
    Column("length_ms", BigInteger, nullable=False),
    Column("language", String(40), nullable=False),
    #: Why it ended: idle, staff, error, closed, interrupted.
    Column("ended", String(40), nullable=False),
    Column("n_events", Integer, nullable=False),
    #: The names the packed events refer to (1 = the first of this list; 0 = none).
    Column("names", JSON, nullable=False),
    #: The session's events, packed as on the kiosk (``kiosk.stats.compact.encode``).
    Column("events", LargeBinary, nullable=False),
)

#: Which days' totals the office holds from each kiosk's statistics file;
#: *upto_event* is the kiosk's event counter when they were read (totals
#: read earlier never replace them).
visitor_days = Table(
    "visitor_days",
    metadata,
    Column("kiosk_id", String(64), primary_key=True),
    Column("file_id", String(40), primary_key=True),
    Column("day", Date, primary_key=True),
    Column("kiosk_name", String(120), nullable=False),
    Column("upto_event", BigInteger, nullable=False),
    Column("received_at", DateTime(timezone=True), nullable=False),
)

#: One kiosk's daily total of one statistics metric (``kiosk.stats.compact``'s
#: roll-ups, names as text); *key* is a name (page, language, search term ...)
#: or, for the numeric metrics, the number as text.
visitor_totals = Table(
    "visitor_totals",
    metadata,
    Column("kiosk_id", String(64), primary_key=True),
    Column("file_id", String(40), primary_key=True),
    Column("day", Date, primary_key=True),
    Column("metric", Integer, primary_key=True),
    Column("key", Text, primary_key=True),
    Column("lang", String(40), primary_key=True),
    Column("n", BigInteger, nullable=False),
    Column("total", BigInteger, nullable=False),
)

#: Kind name -> the kind's own table (kinds not listed have only ``records``).
KIND_TABLES: dict[str, Table] = {
    "source": sources,
    "figure": figures,
    "industry": industries,
    "cluster": clusters,
    "manufacturer": manufacturers,
    "base": bases,
}
