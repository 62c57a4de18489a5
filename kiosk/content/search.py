"""Search across every kind of content and all three languages.

Texts are normalised (Unicode NFKC, case-folded, ``ё`` as ``е``) into
``search_entries``; an FTS5 table with the trigram tokenizer indexes them,
so any substring of three or more characters matches, Chinese included.
Trigrams cannot match one- or two-character queries (海尔, 冷藏 are whole
words in Chinese), so those scan the normalised text with ``instr``.
Results are ranked: a match in the title beats one in the body, a title that
starts with the query beats one that merely contains it, and a match in the
visitor's own language beats one in another.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from sqlalchemy import text
from sqlalchemy.orm import Session

from kiosk.content.vocab import TEXT_FIELDS, fallback_order

#: Queries longer than this are cut: nobody types more at a kiosk, and a
#: pasted essay must not turn into a slow query.
MAX_QUERY_CHARS = 64
DEFAULT_LIMIT = 30
FIELD_WEIGHT = {"title": 0, "subtitle": 1, "summary": 2, "body": 3}


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


def index_record(session: Session, record_id: int) -> None:
    """(Re)write the search entries of one record from its texts."""
    conn = session.connection()
    old = conn.execute(
        text("SELECT id, norm FROM search_entries WHERE record_id = :rid"), {"rid": record_id}
    ).all()
    for entry_id, norm in old:
        conn.execute(
            text("INSERT INTO search_fts(search_fts, rowid, norm) VALUES('delete', :id, :norm)"),
            {"id": entry_id, "norm": norm},
        )
    conn.execute(text("DELETE FROM search_entries WHERE record_id = :rid"), {"rid": record_id})
    rows = conn.execute(
        text("SELECT field, lang, text FROM record_texts WHERE record_id = :rid"), {"rid": record_id}
    ).all()
    for field, lang, value in rows:
        result = conn.execute(
            text("INSERT INTO search_entries(record_id, field, lang, norm) VALUES(:rid, :f, :l, :n)"),
            {"rid": record_id, "f": field, "l": lang, "n": normalise(value)},
        )
        conn.execute(
            text("INSERT INTO search_fts(rowid, norm) VALUES(:id, :norm)"),
            {"id": result.lastrowid, "norm": normalise(value)},
        )


def unindex_all(session: Session) -> None:
    """Empty the search index (before the whole content is replaced)."""
    conn = session.connection()
    conn.execute(text("INSERT INTO search_fts(search_fts) VALUES('delete-all')"))
    conn.execute(text("DELETE FROM search_entries"))


def rebuild_index(session: Session) -> int:
    """Rebuild the whole index from ``record_texts``; returns the number of entries."""
    unindex_all(session)
    conn = session.connection()
    rows = conn.execute(text("SELECT record_id, field, lang, text FROM record_texts")).all()
    conn.execute(
        text("INSERT INTO search_entries(record_id, field, lang, norm) VALUES(:rid, :f, :l, :n)"),
        [{"rid": r, "f": f, "l": l, "n": normalise(t)} for r, f, l, t in rows],
    )
    conn.execute(text("INSERT INTO search_fts(search_fts) VALUES('rebuild')"))
    return len(rows)


def _fts_phrase(query: str) -> str:
    # One quoted FTS5 string: the trigram tokenizer then matches it as a substring.
    return '"' + query.replace('"', '""') + '"'


def search(session: Session, query: str, lang: str, limit: int = DEFAULT_LIMIT) -> list[SearchResult]:
    """Published records matching *query*, best first, titled in *lang* (with fallback)."""
    q = normalise(query)[:MAX_QUERY_CHARS].strip()
    if not q:
        return []
    conn = session.connection()
    params = {"q": q, "lang": lang}
    if len(q) >= 3:
        sql = """
            SELECT e.record_id, e.field, e.lang, e.norm, bm25(search_fts) AS rank
            FROM search_fts JOIN search_entries e ON e.id = search_fts.rowid
            JOIN records r ON r.id = e.record_id
            WHERE search_fts MATCH :match AND r.published = 1
            ORDER BY rank LIMIT 400
        """
        params["match"] = _fts_phrase(q)
    else:
        sql = """
            SELECT e.record_id, e.field, e.lang, e.norm, 0.0 AS rank
            FROM search_entries e JOIN records r ON r.id = e.record_id
            WHERE instr(e.norm, :q) > 0 AND r.published = 1
            LIMIT 2000
        """
    hits = conn.execute(text(sql), params).all()

    best: dict[int, tuple[float, str, str, str]] = {}
    for record_id, field, hit_lang, norm, rank in hits:
        pos = norm.find(q)
        score = (
            FIELD_WEIGHT.get(field, 4) * 10
            + (0 if hit_lang == lang else 3)
            + (0 if pos == 0 else 2 if pos > 0 else 4)
            + (1.0 if len(norm) > 60 else len(norm) / 60.0)
            + float(rank) * 0.01
        )
        current = best.get(record_id)
        if current is None or score < current[0]:
            best[record_id] = (score, field, hit_lang, norm)
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
    for record_id, (score, field, hit_lang, _norm) in ranked:
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


assert set(FIELD_WEIGHT) == set(TEXT_FIELDS)
