"""Search across every kind of content and all three languages.

Texts are normalised (Unicode NFKC, case-folded, ``ё`` as ``е``) into
``search_entries``; an FTS5 table with the trigram tokenizer indexes them,
so any substring of three or more characters matches, Chinese included.
Trigrams cannot match one- or two-character queries (海尔, 冷藏 are whole
words in Chinese), so those scan the normalised text with ``instr``.
Results are ranked: a match in the title beats one in the body, a title that
starts with the query beats one that merely contains it, and a match in the
visitor's own language beats one in another.

Since a title or subtitle match always ranks above a summary or body match,
titles and subtitles are searched first, in an index of their own
(``search_fts_head`` and a partial covering index); summaries and bodies,
which make up most of the text, are read only when the titles give fewer
results than were asked for.

The FTS5 index is SQLite's own and lives only on kiosks: on an office
database (PostgreSQL) nothing is indexed, and ``search`` scans the texts
instead (slower, but the office asks rarely and never a visitor).

``SearchService`` is what readers use (it opens its own sessions);
``search`` asks the same inside a session the caller already holds (the
benchmark times it that way, and tests check the index inside one).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from sqlalchemy import text
from sqlalchemy.orm import Session, sessionmaker

from kiosk.content.vocab import TEXT_FIELDS, fallback_order

#: Queries longer than this are cut: nobody types more at a kiosk, and a
#: pasted essay must not turn into a slow query.
MAX_QUERY_CHARS = 64
DEFAULT_LIMIT = 30
# A picture described in words counts least: it says what a photo shows, not what the record is.
FIELD_WEIGHT = {"title": 0, "subtitle": 1, "summary": 2, "body": 3, "alt": 4}
#: Fields with an index of their own, searched first.
HEAD_FIELDS = ("title", "subtitle")
_HEAD_SQL = "field IN (" + ", ".join(f"'{name}'" for name in HEAD_FIELDS) + ")"
#: Best entries read per stage: a record has at most six entries per stage
#: (three languages, two fields), so this always covers the page.
_STAGE_ROWS = 300
#: The score of a matching entry, lower is better (see the module's docstring):
#: field weight x 10, +3 when not in the visitor's language, +2 when the
#: match does not start the text, + up to 1 for the text's length.
_FIELD_LANG_SQL = (
    "(CASE e.field "
    + " ".join(f"WHEN '{name}' THEN {weight * 10}" for name, weight in FIELD_WEIGHT.items())
    + " ELSE 40 END) + (CASE WHEN e.lang = :lang THEN 0 ELSE 3 END)"
)
_SCORE_SQL = _FIELD_LANG_SQL + " + (CASE WHEN instr(e.norm, :q) = 1 THEN 0 ELSE 2 END) + min(length(e.norm), 60) / 60.0"
#: Summaries and bodies found by the trigram index: scored as a match inside
#: a long text, which nearly all of them are.
_REST_SCORE_SQL = _FIELD_LANG_SQL + " + 3"


def normalise(value: str) -> str:
    """Fold case and width so that ＳＴＥＥＬ, Steel and steel match alike."""
    folded = unicodedata.normalize("NFKC", value).casefold()
    folded = folded.replace("ё", "е")
    return re.sub(r"\s+", " ", folded).strip()


@dataclass(frozen=True)
class SearchResult:
    """One record found: what to open (kind, slug) and what to show."""

    kind: str
    slug: str
    title: str
    snippet: str
    #: Language the query matched in (may differ from the visitor's).
    matched_lang: str
    matched_field: str
    score: float


def has_index(session: Session) -> bool:
    """True where the FTS5 search index exists: SQLite databases only."""
    return session.get_bind().dialect.name == "sqlite"


def index_record(session: Session, record_id: int) -> None:
    """(Re)write the search entries of one record from its texts (SQLite only)."""
    if not has_index(session):
        return
    conn = session.connection()
    old = conn.execute(
        text("SELECT id, field, norm FROM search_entries WHERE record_id = :rid"), {"rid": record_id}
    ).all()
    for entry_id, field, norm in old:
        for table in _fts_tables(field):
            conn.execute(
                text(f"INSERT INTO {table}({table}, rowid, norm) VALUES('delete', :id, :norm)"),
                {"id": entry_id, "norm": norm},
            )
    conn.execute(text("DELETE FROM search_entries WHERE record_id = :rid"), {"rid": record_id})
    rows = conn.execute(
        text("SELECT field, lang, text FROM record_texts WHERE record_id = :rid"), {"rid": record_id}
    ).all()
    for field, lang, value in rows:
        norm = normalise(value)
        result = conn.execute(
            text("INSERT INTO search_entries(record_id, field, lang, norm) VALUES(:rid, :f, :l, :n)"),
            {"rid": record_id, "f": field, "l": lang, "n": norm},
        )
        for table in _fts_tables(field):
            conn.execute(
                text(f"INSERT INTO {table}(rowid, norm) VALUES(:id, :norm)"),
                {"id": result.lastrowid, "norm": norm},
            )


def _fts_tables(field: str) -> tuple[str, ...]:
    return ("search_fts", "search_fts_head") if field in HEAD_FIELDS else ("search_fts",)


_INDEX_BATCH = 5000


def unindex_all(session: Session) -> None:
    """Empty the search index (before the whole content is replaced)."""
    if not has_index(session):
        return
    conn = session.connection()
    conn.execute(text("INSERT INTO search_fts(search_fts) VALUES('delete-all')"))
    conn.execute(text("INSERT INTO search_fts_head(search_fts_head) VALUES('delete-all')"))
    conn.execute(text("DELETE FROM search_entries"))


def rebuild_index(session: Session) -> int:
    """Rebuild the whole index from ``record_texts``; returns the number of entries."""
    if not has_index(session):
        return 0
    unindex_all(session)
    conn = session.connection()
    count, last = 0, -1
    # In batches by id: the texts of a large import never sit in memory at once.
    while True:
        rows = conn.execute(
            text("SELECT id, record_id, field, lang, text FROM record_texts WHERE id > :last ORDER BY id LIMIT :n"),
            {"last": last, "n": _INDEX_BATCH},
        ).all()
        if not rows:
            break
        conn.execute(
            text("INSERT INTO search_entries(record_id, field, lang, norm) VALUES(:rid, :f, :l, :n)"),
            [{"rid": r, "f": f, "l": l, "n": normalise(t)} for _, r, f, l, t in rows],
        )
        count += len(rows)
        last = rows[-1][0]
    conn.execute(text("INSERT INTO search_fts(search_fts) VALUES('rebuild')"))
    # Not 'rebuild': that would index every entry, bodies included.
    conn.execute(text(f"INSERT INTO search_fts_head(rowid, norm) SELECT id, norm FROM search_entries WHERE {_HEAD_SQL}"))
    return count


def _fts_phrase(query: str) -> str:
    # One quoted FTS5 string: the trigram tokenizer then matches it as a substring.
    return '"' + query.replace('"', '""') + '"'


def _hits(conn, q: str, lang: str, stage: str) -> list:
    """The best entries matching *q*: (record id, field, language, score), best first.

    Each stage holds only entries that score worse than every entry of the
    stages before it, so a stage is read only when those found fewer
    records than asked for:

    ``start``: titles in the visitor's language that start with *q* (a range
    of the covering index; what a single typed letter should find);
    ``own``: titles in the visitor's language, *q* anywhere (short queries);
    ``head``: titles and subtitles in any language;
    ``rest``: summaries and bodies, ranked by field and language only, from
    an index that spares reading the bodies.

    Three or more characters go through a trigram index; fewer scan the
    normalised texts (titles through their covering index, which holds them
    and nothing else). SQLite scores and sorts; Python sees a few hundred rows.
    """
    params: dict[str, str] = {"q": q, "lang": lang}
    score = _SCORE_SQL
    if stage in ("start", "own"):
        source = "search_entries e INDEXED BY ix_search_entries_head"
        where = f"e.{_HEAD_SQL} AND e.field = 'title' AND e.lang = :lang AND "
        if stage == "start":
            where += "e.norm >= :q AND e.norm < :q_end"
            params["q_end"] = q + "\U0010ffff"
        else:
            where += "instr(e.norm, :q) > 0"
    elif len(q) >= 3:
        table = "search_fts_head" if stage == "head" else "search_fts"
        params["match"] = _fts_phrase(q)
        if stage == "head":
            source = f"{table} JOIN search_entries e ON e.id = {table}.rowid"
            where = f"{table} MATCH :match"
        else:
            source = f"{table} JOIN search_entries e INDEXED BY ix_search_entries_meta ON e.id = {table}.rowid"
            where = f"{table} MATCH :match AND NOT e.{_HEAD_SQL}"
            score = _REST_SCORE_SQL
    else:
        source = "search_entries e INDEXED BY ix_search_entries_head" if stage == "head" else "search_entries e"
        where = ("" if stage == "head" else "NOT ") + f"e.{_HEAD_SQL} AND instr(e.norm, :q) > 0"
    sql = f"""
        SELECT e.record_id, e.field, e.lang, {score} AS score
        FROM {source} JOIN records r ON r.id = e.record_id
        WHERE {where} AND r.published = 1
        ORDER BY score, e.id LIMIT {_STAGE_ROWS}
    """
    return list(conn.execute(text(sql), params).all())


def _scan(conn, q: str, lang: str) -> list:
    """What ``_hits`` finds, for a database without the search index: every
    published text read and matched here, scored the same way."""
    rows = conn.execute(text(
        "SELECT t.record_id, t.field, t.lang, t.text FROM record_texts t "
        "JOIN records r ON r.id = t.record_id WHERE r.published"
    ))
    hits = []
    for record_id, field, hit_lang, value in rows:
        norm = normalise(value)
        pos = norm.find(q)
        if pos < 0:
            continue
        score = (FIELD_WEIGHT.get(field, 4) * 10 + (0 if hit_lang == lang else 3)
                 + (0 if pos == 0 else 2) + min(len(norm), 60) / 60.0)
        hits.append((record_id, field, hit_lang, score))
    return hits


def search(session: Session, query: str, lang: str, limit: int = DEFAULT_LIMIT) -> list[SearchResult]:
    """Published records matching *query*, best first, titled in *lang* (with fallback)."""
    q = normalise(query)[:MAX_QUERY_CHARS].strip()
    if not q:
        return []
    conn = session.connection()
    hits: list = []
    stages: tuple[str, ...] = ("start", "own", "head", "rest") if len(q) < 3 else ("start", "head", "rest")
    if not has_index(session):
        hits, stages = _scan(conn, q, lang), ()
    for stage in stages:
        hits += _hits(conn, q, lang, stage)
        if len({h[0] for h in hits}) >= limit:
            break

    best: dict[int, tuple[float, str, str]] = {}
    for record_id, field, hit_lang, score in hits:
        current = best.get(record_id)
        if current is None or score < current[0]:
            best[record_id] = (score, field, hit_lang)
    ranked = sorted(best.items(), key=lambda item: item[1][0])[:limit]
    if not ranked:
        return []

    ids = [record_id for record_id, _ in ranked]
    meta = {
        rid: (kind, slug)
        for rid, kind, slug in conn.execute(
            text(f"SELECT id, kind, slug FROM records WHERE id IN ({','.join(map(str, ids))})")
        ).all()
    }
    texts: dict[tuple[int, str, str], str] = {}
    for rid, field, tlang, value in conn.execute(
        text(
            "SELECT record_id, field, lang, text FROM record_texts "
            f"WHERE record_id IN ({','.join(map(str, ids))})"
        )
    ).all():
        texts[(rid, field, tlang)] = value

    results = []
    for record_id, (score, field, hit_lang) in ranked:
        kind, slug = meta[record_id]
        title = next(
            (texts[(record_id, "title", code)] for code in fallback_order(lang) if (record_id, "title", code) in texts),
            slug,
        )
        matched_text = texts.get((record_id, field, hit_lang), "")
        results.append(
            SearchResult(
                kind=kind,
                slug=slug,
                title=title,
                snippet=snippet(matched_text, q) if field != "title" or hit_lang != lang else "",
                matched_lang=hit_lang,
                matched_field=field,
                score=round(score, 3),
            )
        )
    return results


class SearchService:
    """The search the visitor screens and ``kiosk search`` ask, over one
    database: each question reads in a session of its own, so callers hold
    no session and never see SQLAlchemy (the counterpart of ``Catalogue``)."""

    def __init__(self, sessions: sessionmaker[Session]):
        self._sessions = sessions

    def search(self, query: str, lang: str, limit: int = DEFAULT_LIMIT) -> list[SearchResult]:
        """Published records matching *query*, best first, titled in *lang* (see ``search``)."""
        with self._sessions() as session:
            return search(session, query, lang, limit)


def snippet(original: str, norm_query: str, width: int = 90) -> str:
    """A short piece of *original* around the first match of the normalised query."""
    flat = re.sub(r"\s+", " ", original).strip()
    norm = normalise(flat)
    pos = norm.find(norm_query) if len(norm) == len(flat) else -1
    if pos < 0 or len(flat) <= width:
        return flat if len(flat) <= width else flat[: width - 1].rstrip() + "…"
    start = max(0, pos - width // 3)
    end = min(len(flat), start + width)
    piece = flat[start:end].strip()
    return ("…" if start > 0 else "") + piece + ("…" if end < len(flat) else "")


assert set(FIELD_WEIGHT) == set(TEXT_FIELDS) and set(HEAD_FIELDS) < set(FIELD_WEIGHT)
