"""What the visitor screens show: the zone, its figures, lists and detail pages.

Every text comes back in the visitor's language or, where that translation
is missing, in the fallback language, flagged so that staff can see it.
Only published records are shown.  Results are frozen dataclasses that
outlive the connection that read them.

Every query is a Core statement over ``kiosk.db.tables``: the visitor kiosk
reads its content without loading SQLAlchemy's ORM (some 10 MB resident).
A kind's records are ``records`` joined with the kind's own table where it
has one (``kind_rows``), so a row carries every column of its kind.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date

from typing import Any

from sqlalchemy import Column, Connection, Engine, Select, func, null, select

from kiosk.content.read.formatting import COMMA, format_date, format_figure, join_parts, quoted, typeset
from kiosk.content.read.system import BASES_PER_MAKER, SYSTEM_LIMIT, SystemView, build_system
from kiosk.content.meta import get_meta
from kiosk.content.vocab import KINDS, fallback_order
from kiosk.db.tables import KIND_TABLES, bases, cluster_manufacturers, clusters, manufacturers, record_texts, records

#: A row of ``records`` joined with its kind's table: ``row.id``, ``row.slug``, ``row.sector`` ...
Row = Any

@dataclass(frozen=True)
class Text:
    """A text as shown: the words, their language, whether a person checked them,
    and whether it is a fallback from another language."""

    text: str
    lang: str
    verified: bool
    fallback: bool

    @staticmethod
    def empty(lang: str) -> Text:
        return Text("", lang, True, False)


@dataclass(frozen=True)
class Card:
    """A record as a tile or list row."""

    kind: str
    slug: str
    title: Text
    subtitle: Text
    summary: Text
    sector: str | None = None
    level: str | None = None
    cluster_kind: str | None = None
    focus: bool = False
    media: str | None = None
    #: Where the picture's subject is (0..1 across, down); None: the centre.
    media_focus: tuple[float, float] | None = None
    #: The picture described in words, for read-aloud.
    media_alt: Text | None = None


@dataclass(frozen=True)
class SourceRef:
    """Where a record's facts come from."""

    slug: str
    title: Text
    publisher: Text
    published_on: date | None
    quote: str | None
    #: Publisher and date as one line in the visitor's language ("…, 25 August 2025"), nothing left dangling.
    credit: str = ""
    #: The quote between the visitor's language's quotation marks.
    quote_shown: str = ""


@dataclass(frozen=True)
class Detail:
    """A record's own page: its card, body, web address, source and related records."""

    card: Card
    body: Text
    web_url: str | None
    source: SourceRef | None
    related: tuple[Card, ...] = field(default_factory=tuple)


@dataclass(frozen=True)
class Figure:
    """A key figure ready to show large."""

    slug: str
    number: str
    unit: str
    label: Text
    summary: Text
    year: int | None


@dataclass(frozen=True)
class Section:
    """A section tile on Home: which kind it lists and how many records it holds."""

    kind: str
    count: int


@dataclass(frozen=True)
class HomeView:
    """Everything Home shows in one read."""

    zone: Card
    zone_body: Text
    figures: tuple[Figure, ...]
    sections: tuple[Section, ...]
    statement: Detail | None


#: At most this many clusters on an industry's page.
RELATED_LIMIT = 12
#: How many records the "more in this sector" strip of a detail page shows.
MORE_LIMIT = 10
#: Kinds whose records carry a sector, in the order the strip lists them.
SECTOR_KINDS = ("cluster", "manufacturer", "industry")

#: Kinds that get a section tile on Home, in order.
SECTION_KINDS = ("cluster", "manufacturer", "base", "platform", "initiative", "industry")


def _from(kind: str):
    """``records`` joined with *kind*'s own table (itself for a kind without one)."""
    if kind not in KINDS:
        raise LookupError(f"unknown kind {kind!r}")
    own = KIND_TABLES.get(kind)
    return records if own is None else records.join(own, own.c.id == records.c.id)


def kind_rows(kind: str) -> Select:
    """Every record of *kind* with all its columns (the id once), not yet filtered on publishing."""
    own = KIND_TABLES.get(kind)
    extra = [] if own is None else [c for c in own.c if c.name != "id"]
    return select(*records.c, *extra).select_from(_from(kind)).where(records.c.kind == kind)


def pick(texts: dict[tuple[str, str], tuple[str, bool]], field_name: str, lang: str) -> Text:
    """The text of *field_name* for a visitor reading *lang*, falling back in order."""
    for code in fallback_order(lang):
        found = texts.get((field_name, code))
        if found is not None:
            # Written the way its own language writes quotes, ellipses and numbers.
            return Text(typeset(found[0], code), code, found[1], code != lang)
    return Text.empty(lang)


class Catalogue:
    """Read-only queries behind every visitor page."""

    def __init__(self, engine: Engine):
        self._engine = engine

    # -- helpers -----------------------------------------------------------------
    @staticmethod
    def _texts(conn: Connection, ids: list[int], fields: tuple[str, ...] | None = None):
        out: dict[int, dict[tuple[str, str], tuple[str, bool]]] = defaultdict(dict)
        if not ids:
            return out
        for chunk_start in range(0, len(ids), 900):
            chunk = ids[chunk_start : chunk_start + 900]
            t = record_texts.c
            query = select(t.record_id, t.field, t.lang, t.text, t.verified).where(t.record_id.in_(chunk))
            if fields:
                query = query.where(t.field.in_(fields))
            for rid, fname, lang, text, verified in conn.execute(query):
                out[rid][(fname, lang)] = (text, verified)
        return out

    @staticmethod
    def _card(row: Row, texts, lang: str) -> Card:
        return Card(
            kind=row.kind,
            slug=row.slug,
            title=pick(texts, "title", lang),
            subtitle=pick(texts, "subtitle", lang),
            summary=pick(texts, "summary", lang),
            sector=getattr(row, "sector", None),
            level=getattr(row, "level", None),
            cluster_kind=getattr(row, "cluster_kind", None),
            focus=bool(getattr(row, "focus", False)),
            media=row.media,
            media_focus=(row.media_focus_x, row.media_focus_y) if row.media_focus_x is not None and row.media_focus_y is not None else None,
            media_alt=pick(texts, "alt", lang) if row.media else None,
        )

    def _cards(self, conn: Connection, rows: list[Row], lang: str) -> list[Card]:
        texts = self._texts(conn, [r.id for r in rows], ("title", "subtitle", "summary", "alt"))
        return [self._card(r, texts[r.id], lang) for r in rows]

    # -- queries -----------------------------------------------------------------
    def content_info(self) -> dict[str, str]:
        """Content version, when it was made and loaded, default language."""
        with self._engine.connect() as conn:
            return get_meta(conn)

    def count(self, kind: str, **filters: str | None) -> int:
        """How many published records of *kind* match *filters*."""
        with self._engine.connect() as conn:
            return conn.scalar(self._list_query(kind, filters, count=True)) or 0

    def _list_query(self, kind: str, filters: dict[str, str | None], count: bool = False):
        if count and not any(filters.values()):
            # Counting needs no kind tables: a join of every one of them cost
            # most of Home's time at 10,000 records.
            return select(func.count(records.c.id)).where(records.c.kind == kind, records.c.published.is_(True))
        if count:
            query = select(func.count(records.c.id)).select_from(_from(kind)).where(records.c.kind == kind)
        else:
            query = kind_rows(kind).order_by(records.c.sort_order, records.c.slug)
        query = query.where(records.c.published.is_(True))
        if kind == "cluster":
            if filters.get("level"):
                query = query.where(clusters.c.level == filters["level"])
            if filters.get("sector"):
                query = query.where(clusters.c.sector == filters["sector"])
        return query

    def list(self, kind: str, lang: str, offset: int = 0, limit: int | None = None, **filters: str | None) -> list[Card]:
        """Published records of *kind* as cards, in their order; clusters filter by level and sector."""
        with self._engine.connect() as conn:
            query = self._list_query(kind, filters)
            if offset:
                query = query.offset(offset)
            if limit is not None:
                query = query.limit(limit)
            return self._cards(conn, conn.execute(query).all(), lang)

    def sectors_in_use(self, kind: str = "cluster") -> list[str]:
        """Sectors that published records of *kind* belong to (for filter chips)."""
        own = KIND_TABLES[kind] if kind in SECTOR_KINDS else None
        if own is None:
            raise LookupError(f"records of kind {kind!r} have no sector")
        with self._engine.connect() as conn:
            rows = conn.execute(
                select(own.c.sector).select_from(_from(kind))
                .where(records.c.published.is_(True), own.c.sector.is_not(None)).distinct()
            )
            return sorted(r[0] for r in rows)

    def figures(self, lang: str) -> list[Figure]:
        """The zone's key figures, in order, written for *lang*."""
        with self._engine.connect() as conn:
            return self._figures(conn, lang)

    def _figures(self, conn: Connection, lang: str) -> list[Figure]:
        rows = conn.execute(_published("figure")).all()
        texts = self._texts(conn, [r.id for r in rows])
        out = []
        for row in rows:
            written = format_figure(row.value, row.unit, row.qualifier, lang)
            out.append(
                Figure(
                    slug=row.slug,
                    number=written.number,
                    unit=written.unit,
                    label=pick(texts[row.id], "title", lang),
                    summary=pick(texts[row.id], "summary", lang),
                    year=row.year,
                )
            )
        return out

    def home(self, lang: str) -> HomeView:
        """Zone, figures, section counts and the statement, for Home (and About), in one read."""
        with self._engine.connect() as conn:
            zone_detail = self._detail(conn, "zone", None, lang)
            statement = self._detail(conn, "statement", None, lang)
            counts = dict(
                conn.execute(
                    select(records.c.kind, func.count(records.c.id))
                    .where(records.c.kind.in_(SECTION_KINDS), records.c.published.is_(True))
                    .group_by(records.c.kind)
                ).all()
            )
            return HomeView(
                zone=zone_detail.card if zone_detail else Card("zone", "", Text.empty(lang), Text.empty(lang), Text.empty(lang)),
                zone_body=zone_detail.body if zone_detail else Text.empty(lang),
                figures=tuple(self._figures(conn, lang)),
                sections=tuple(Section(kind, counts.get(kind, 0)) for kind in SECTION_KINDS),
                statement=statement,
            )

    def detail(self, kind: str, slug: str | None, lang: str) -> Detail | None:
        """A record's page; *slug* None takes the first published record of *kind*."""
        with self._engine.connect() as conn:
            return self._detail(conn, kind, slug, lang)

    def _detail(self, conn: Connection, kind: str, slug: str | None, lang: str) -> Detail | None:
        query = kind_rows(kind).where(records.c.published.is_(True))
        query = query.where(records.c.slug == slug) if slug else query.order_by(records.c.sort_order, records.c.slug)
        row = conn.execute(query.limit(1)).first()
        if row is None:
            return None
        texts = self._texts(conn, [row.id])[row.id]
        card = self._card(row, texts, lang)
        related_rows = [r for query in _related_queries(row) for r in conn.execute(query)]
        return Detail(
            card=card,
            body=pick(texts, "body", lang),
            web_url=row.web_url,
            source=self._source_ref(conn, row, lang),
            related=tuple(self._cards(conn, related_rows, lang)),
        )

    def _source_ref(self, conn: Connection, row: Row, lang: str) -> SourceRef | None:
        """The source *row* names, with the source's own words for it."""
        src = None
        if row.source_id is not None:
            src = conn.execute(kind_rows("source").where(records.c.id == row.source_id)).first()
        if src is None:
            return None
        texts = self._texts(conn, [src.id])[src.id]
        title, publisher = pick(texts, "title", lang), pick(texts, "subtitle", lang)
        return SourceRef(
            slug=src.slug,
            title=title,
            publisher=publisher,
            published_on=src.published_on,
            quote=row.source_quote,
            credit=join_parts([publisher.text or title.text, format_date(src.published_on, lang)], COMMA.get(lang, ", ")),
            # The source's own words stay in the source's language (English), marked the visitor's way.
            quote_shown=quoted(row.source_quote or "", lang, text_lang="en"),
        )

    def more_like(self, kind: str, slug: str, lang: str, limit: int = MORE_LIMIT) -> list[Card]:
        """Other published records of the same sector as *kind*/*slug*, its own kind first.

        A production base takes its manufacturer's sector; a record with no
        sector gets the other records of its kind.  Empty when the record is
        unknown or unpublished.
        """
        with self._engine.connect() as conn:
            row = conn.execute(
                kind_rows(kind).where(records.c.slug == slug, records.c.published.is_(True)).limit(1)
            ).first()
            if row is None:
                return []
            sector = getattr(row, "sector", None)
            if kind == "base" and row.manufacturer_id is not None:
                sector = conn.scalar(select(manufacturers.c.sector).where(manufacturers.c.id == row.manufacturer_id))
            others = records.c.published.is_(True), records.c.id != row.id
            in_order = records.c.sort_order, records.c.slug
            if not sector:
                rows = conn.execute(kind_rows(kind).where(*others).order_by(*in_order).limit(limit)).all()
                return self._cards(conn, rows, lang)
            rows = []
            mine = kind if kind in SECTOR_KINDS else None
            for other in ([mine] if mine else []) + [k for k in SECTOR_KINDS if k != mine]:
                rows.extend(conn.execute(
                    kind_rows(other)
                    .where(KIND_TABLES[other].c.sector == sector, *others)
                    .order_by(*in_order)
                    .limit(limit - len(rows))
                ))
                if len(rows) >= limit:
                    break
            return self._cards(conn, rows, lang)

    def system(self, lang: str) -> SystemView:
        """The industrial system page: key figures, and industries, clusters,
        manufacturers and production bases as the content relates them.

        Plain rows are counted and cut to what the page shows before any
        card is made, so thousands of records cost a few milliseconds.
        """
        with self._engine.connect() as conn:
            none = null()  # a column this kind does not have
            totals: Counter[tuple[str, str]] = Counter()

            def first(kind: str, rows, group) -> list:
                kept = []
                for row in rows:
                    key = (kind, group(row))
                    totals[key] += 1
                    if totals[key] <= (BASES_PER_MAKER if kind == "base" and key[1] else SYSTEM_LIMIT):
                        kept.append(row)
                return kept

            c = clusters.c
            clusters_ = conn.execute(_light("cluster", c.sector, c.level, c.cluster_kind)).all()
            cluster_at = {row[0]: i for i, row in enumerate(clusters_)}
            first_cluster: dict[int, int] = {}
            for cluster_id, maker_id in conn.execute(select(cluster_manufacturers.c.cluster_id, cluster_manufacturers.c.manufacturer_id)):
                if cluster_id in cluster_at and cluster_at[cluster_id] < cluster_at.get(first_cluster.get(maker_id, -1), len(clusters_)):
                    first_cluster[maker_id] = cluster_id
            makers = conn.execute(_light("manufacturer", manufacturers.c.sector, none, none)).all()
            maker_slug = {row[0]: row[1] for row in makers}
            # A manufacturer without a sector of its own stands in its first cluster's.
            sector_of = {r[0]: r[2] or (clusters_[cluster_at[first_cluster[r[0]]]][2] if r[0] in first_cluster else "") or ""
                         for r in makers}
            kept_makers = first("manufacturer", makers, lambda r: sector_of[r[0]])
            shown_makers = {row[0] for row in kept_makers}
            bases_ = conn.execute(_light("base", none, none, none).add_columns(bases.c.manufacturer_id)).all()
            # A base whose manufacturer is published but not shown goes with it into the manufacturer list.
            bases_ = [r for r in bases_ if r[6] not in maker_slug or r[6] in shown_makers]
            kept_bases = first("base", bases_, lambda r: maker_slug.get(r[6], ""))
            kept_clusters = first("cluster", clusters_, lambda r: r[2] or "")

            ids = [r[0] for r in [*kept_clusters, *kept_makers, *kept_bases]]
            texts = self._texts(conn, ids, ("title", "subtitle", "summary"))

            def card(kind: str, row) -> Card:
                rid, slug, sector, level, cluster_kind, media = row[:6]
                t = texts[rid]
                return Card(kind, slug, pick(t, "title", lang), pick(t, "subtitle", lang), pick(t, "summary", lang),
                            sector, level, cluster_kind, False, media)

            return build_system(
                self._figures(conn, lang),
                self._cards(conn, conn.execute(_published("industry")).all(), lang),
                [card("cluster", r) for r in kept_clusters],
                [card("manufacturer", (*r[:2], sector_of[r[0]], *r[3:])) for r in kept_makers],
                [(card("base", r), maker_slug.get(r[6])) for r in kept_bases],
                {},  # each manufacturer's card carries the sector its links give it
                totals,
            )

    def sources(self, lang: str) -> list[Detail]:
        """Every published source with its details, for the About page."""
        return [d for d in (self.detail("source", c.slug, lang) for c in self.list("source", lang)) if d]


def _published(kind: str) -> Select:
    """Published records of *kind* in their shown order."""
    return kind_rows(kind).where(records.c.published.is_(True)).order_by(records.c.sort_order)


def _light(kind: str, *columns) -> Select:
    """Id, slug, the given three columns and media of *kind*'s published records, in their shown order."""
    return (
        select(records.c.id, records.c.slug, *columns, records.c.media)
        .select_from(_from(kind))
        .where(records.c.kind == kind, records.c.published.is_(True))
        .order_by(records.c.sort_order, records.c.slug)
    )


def _linked(kind: str, own: Column, other: Column, other_id: int) -> Select:
    """Published *kind* records tied to record *other_id* through the cluster–manufacturer links."""
    return _published(kind).join(cluster_manufacturers, own == records.c.id).where(other == other_id)


def _related_queries(row: Row) -> list[Select]:
    """The records a detail page links to, as queries in the order shown.

    A base links to its manufacturer only where the content names one; a
    sector can hold hundreds of clusters, so an industry's page shows the
    first few (the cluster list, filtered by sector, has them all).
    """
    links = cluster_manufacturers.c
    if row.kind == "base":
        if row.manufacturer_id is None:
            return []
        return [_published("manufacturer").where(records.c.id == row.manufacturer_id)]
    if row.kind == "manufacturer":
        return [
            _published("base").where(bases.c.manufacturer_id == row.id),
            _linked("cluster", links.cluster_id, links.manufacturer_id, row.id),
        ]
    if row.kind == "cluster":
        return [_linked("manufacturer", links.manufacturer_id, links.cluster_id, row.id)]
    if row.kind == "industry":
        return [_published("cluster").where(clusters.c.sector == row.sector).limit(RELATED_LIMIT)]
    return []
