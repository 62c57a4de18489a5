"""Search across every kind of content and all three languages.

Texts are normalised (Unicode NFKC, case-folded, ``ё`` as ``е``) into
``search_entries``; an FTS5 table with the trigram tokenizer indexes them,
so any substring of three or more characters matches, Chinese included.
Trigrams cannot match one- or two-character queries (海尔, 冷藏 are whole
words in Chinese), so those scan the normalised text with ``instr``; a
single Latin or Cyrillic letter is the start of a word being typed, and
finds the texts with a word starting with it, through the word index
(``_initial_hits``).
Results are ranked: a match in the title beats one in the body, a title that
starts with the query beats one that merely contains it, and a match in the
visitor's own language beats one in another.

Since a title or subtitle match always ranks above a summary or body match,
titles and subtitles are searched first, in an index of their own
(``search_fts_head`` and a partial covering index); summaries and bodies,
which make up most of the text, are read only when the titles give fewer
results than were asked for.

What the visitor meant rather than typed (word forms, typos, pinyin,
keywords, several words in any order, Chinese partial words) is found by
``search_words`` in a word index, between the titles and the bodies found as
typed. A query that holds FTS operator syntax (quotes, ``*``, ``:``,
brackets, ``-``, ``OR``/``AND``/``NOT``/``NEAR``) is taken literally
only: it finds the text that holds it as written and nothing else.

The FTS5 index is SQLite's own and lives only on kiosks: on an office
database (PostgreSQL) nothing is indexed, and ``search`` scans the texts
instead (slower, but the office asks rarely and never a visitor).

``SearchService`` (``search_service``) is what readers use (it opens its own
connections); ``search`` asks the same on a connection or session the caller
already holds (the benchmark times it that way, tests check the index inside
one, and content changes index inside theirs).
"""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass, field

from typing import TYPE_CHECKING, Union

from sqlalchemy import Connection, text

from kiosk.content.read import search_words
from kiosk.content.read.highlight import spans
from kiosk.content.read.search_service import SearchService  # noqa: F401  (re-exported)
from kiosk.content.vocab import TEXT_FIELDS, fallback_order
from kiosk.db.search_text import TERM_LANGS, index_rows, normalise  # noqa: F401  (normalise re-exported)

#: Queries longer than this are cut: nobody types more at a kiosk, and a
#: pasted essay must not turn into a slow query.
MAX_QUERY_CHARS = 64
DEFAULT_LIMIT = 30
#: Keywords (never shown) found inside a word rank with summaries; a keyword
#: found as a word ranks with word forms (``search_words``). A picture
#: described in words counts least: it says what a photo shows, not what the
#: record is.
FIELD_WEIGHT = {"title": 0, "subtitle": 1, "keywords": 2, "summary": 2, "body": 3, "alt": 4}
#: Fields never shown, so never a snippet.
HIDDEN_FIELDS = ("keywords", "alt")
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


#: Query text that FTS5 would read as an operator: such a query is taken literally.
_OPERATOR_RE = re.compile(r'["*:()^{}+\-]|\b(?:OR|AND|NOT|NEAR)\b')
#: The lowest score each stage after the first can add (see ``_hits`` and
#: ``search_words``); None for the stages of titles found as typed, which
#: only add entries worse than all before them. Once the page is full of
#: records no later stage could beat, searching stops.
_STAGE_START: dict[str, float | None] = {
    "own": None, "head": None, "initial": None, "initial-head": None, "initial-rest": 23.0, "words": 17.0, "partial": 22.0, "rest": 23.0, "words-rest": 37.0,
}


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
    #: Character ranges of ``title`` and ``snippet`` to highlight.
    title_spans: tuple[tuple[int, int], ...] = field(default=(), compare=False)
    snippet_spans: tuple[tuple[int, int], ...] = field(default=(), compare=False)


if TYPE_CHECKING:
    from sqlalchemy.orm import Session

#: What the functions here read through: a Core connection (the visitor
#: kiosk, which never loads the ORM) or an ORM session (content changes).
Reader = Union[Connection, "Session"]


def _connection(reader: Reader) -> Connection:
    """The Core connection under *reader*."""
    return reader if isinstance(reader, Connection) else reader.connection()


def has_index(session: Reader) -> bool:
    """True where the FTS5 search index exists: SQLite databases only."""
    return _connection(session).dialect.name == "sqlite"


def index_record(session: Reader, record_id: int) -> None:
    """(Re)write the search entries of one record from its texts (SQLite only)."""
    if not has_index(session):
        return
    conn = _connection(session)
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
    for name, lang, value in rows:
        norm = normalise(value)
        result = conn.execute(
            text("INSERT INTO search_entries(record_id, field, lang, norm) VALUES(:rid, :f, :l, :n)"),
            {"rid": record_id, "f": name, "l": lang, "n": norm},
        )
        for table in _fts_tables(name):
            conn.execute(
                text(f"INSERT INTO {table}(rowid, norm) VALUES(:id, :norm)"),
                {"id": result.lastrowid, "norm": norm},
            )
    index_rows(conn, [record_id])
    # Adding no new word leaves the vocabulary's mark as it was: forget it here.
    search_words.forget(conn)


def _fts_tables(field: str) -> tuple[str, ...]:
    return ("search_fts", "search_fts_head") if field in HEAD_FIELDS else ("search_fts",)


_INDEX_BATCH = 5000


def unindex_all(session: Reader) -> None:
    """Empty the search index (before the whole content is replaced)."""
    if not has_index(session):
        return
    conn = _connection(session)
    conn.execute(text("INSERT INTO search_fts(search_fts) VALUES('delete-all')"))
    conn.execute(text("INSERT INTO search_fts_head(search_fts_head) VALUES('delete-all')"))
    conn.execute(text("DELETE FROM search_entries"))
    conn.execute(text("DELETE FROM search_fts_terms"))


def rebuild_index(session: Reader) -> int:
    """Rebuild the whole index from ``record_texts``; returns the number of entries."""
    if not has_index(session):
        return 0
    unindex_all(session)
    conn = _connection(session)
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
    index_rows(conn)
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
            where = f"{table} MATCH :match AND NOT e.{_HEAD_SQL}"  # summaries and bodies only
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


#: What may start a word next to a single letter, besides a space: a word
#: after an opening quote, bracket, hyphen or slash starts there too.
_WORD_STARTS = (" ", "«", "\"", "(", "-", "/")


def _initial_hits(conn, q: str, lang: str, stage: str) -> list:
    """The texts with a word starting with the one letter *q*, best first:
    ``initial``, titles in *lang*; ``initial-head``, titles and subtitles in
    every language; ``initial-rest``, the other fields.

    A single letter is in nearly every title (``с``, ``е``): finding every
    title that holds it means reading and ranking them all, and a visitor
    typing a letter is typing the start of a word. The word index knows
    which records have a word starting with it, so only their texts are
    read: a title starting with the letter before one with a later word
    starting with it, shorter titles first; the other fields by field and
    language only, as in ``_hits``.
    """
    column = TERM_LANGS.get(lang)
    columns = {"initial": column or "", "initial-head": " ".join(TERM_LANGS.values())}.get(stage, "")
    starts = " OR ".join(f"instr(e.norm, :w{i}) > 0" for i in range(len(_WORD_STARTS)))
    params = {"q": q, "lang": lang, "match": ("{" + columns + "}: " if columns else "") + _fts_phrase(q) + "*"}
    params.update({f"w{i}": mark + q for i, mark in enumerate(_WORD_STARTS)})
    words = "SELECT rowid FROM search_fts_terms WHERE search_fts_terms MATCH :match"
    score = f"{_FIELD_LANG_SQL} + (CASE WHEN instr(e.norm, :q) = 1 THEN 0 ELSE 1 END) + min(length(e.norm), 60) / 60.0"
    if stage == "initial":
        # The titles' own index holds everything needed: no table row is read.
        source = "search_entries e INDEXED BY ix_search_entries_head"
        where = f"e.{_HEAD_SQL} AND e.field = 'title' AND e.lang = :lang AND e.record_id IN ({words})"
    else:
        # Read only when the visitor's own titles leave the page short: the
        # first records found will do, as ranking every one of them would
        # take as long as the scan this spares.
        source = f"({words} LIMIT {2 * _STAGE_ROWS}) t JOIN search_entries e ON e.record_id = t.rowid"
        where = ("" if stage == "initial-head" else "NOT ") + f"e.{_HEAD_SQL}"
        if stage == "initial-rest":
            score = _REST_SCORE_SQL
    sql = f"""
        SELECT e.record_id, e.field, e.lang, {score} AS score FROM {source}
        WHERE {where} AND (instr(e.norm, :q) = 1 OR {starts})
        ORDER BY score, e.id LIMIT {_STAGE_ROWS}
    """
    return [(rid, sys.intern(name), sys.intern(hit_lang), score) for rid, name, hit_lang, score in conn.execute(text(sql), params)]


#: One-letter answers kept per content version: a visitor's first letter is
#: one of a few dozen, asked again and again.
_LETTERS_KEPT = 48


def _kept_initial_hits(conn, q: str, lang: str, stage: str, vocab) -> list:
    """``_initial_hits``, read once per content version (the vocabulary is
    read anew with every content change, and keeps these with it); whether
    a record is published is asked each time, as it is of every other hit."""
    key = (stage, q, lang)
    hits = vocab.kept.get(key)
    if hits is None:
        hits = _initial_hits(conn, q, lang, stage)
        if len(vocab.kept) >= _LETTERS_KEPT:
            vocab.kept.clear()  # more than a kiosk's visitors type: start again (safe from any thread)
        vocab.kept[key] = hits
    if not hits:
        return []
    ids = ",".join(str(rid) for rid in {hit[0] for hit in hits})
    published = {rid for (rid,) in conn.execute(text(f"SELECT id FROM records WHERE published = 1 AND id IN ({ids})"))}
    return [hit for hit in hits if hit[0] in published]


def _one_letter(q: str) -> bool:
    # One Latin or Cyrillic letter or digit; a Chinese character is a word of its own.
    return len(q) == 1 and q.isalnum() and not search_words.is_chinese(q)


def _stages(q: str, literal: bool) -> list[str]:
    if _one_letter(q) and not literal:
        # Words starting with the letter, never every text holding it.
        return ["start", "initial", "initial-head", "initial-rest"]
    stages = ["start", "own", "head"] if len(q) < 3 else ["start", "head"]
    if not literal:
        stages.append("words")
        if any(search_words.is_chinese(w) and len(w) >= 3 for w in search_words.query_words(q)):
            stages.append("partial")
    return stages + (["rest"] if literal else ["rest", "words-rest"])


def _found(session: Reader, q: str, lang: str, limit: int, plan, vocab) -> dict[int, tuple[float, str, str]]:
    """Each record found with its best (score, field, language), stage after stage
    until the page is full of records no later stage could beat."""
    conn = _connection(session)
    best: dict[int, tuple[float, str, str]] = {}
    stages = _stages(q, plan is None)
    for index, stage in enumerate(stages):
        if stage in ("words", "words-rest"):
            hits = search_words.word_hits(conn, plan, lang, stage == "words-rest") if _worth_words(plan) else []
        elif stage == "partial":
            # A fallback for a term not written as typed: not once titles hold it whole.
            whole = any(score < _STAGE_START["words"] for score, _n, _l in best.values())
            hits = [] if whole else [h for w in plan.words if search_words.is_chinese(w) for h in search_words.partial_hits(conn, w, lang)]
        elif stage.startswith("initial"):
            hits = _kept_initial_hits(conn, q, lang, stage, vocab)
        else:
            hits = [(rid, f, hl, score) for rid, f, hl, score in _hits(conn, q, lang, stage)]
        for record_id, name, hit_lang, score in hits:
            current = best.get(record_id)
            if current is None or score < current[0]:
                best[record_id] = (score, name, hit_lang)
        later = stages[index + 1 :]
        if later and _STAGE_START[later[0]] is None:
            if len(best) >= limit:
                break
            continue
        following = min((_STAGE_START[name] for name in later), default=float("inf"))
        if sum(1 for score, _n, _l in best.values() if score < following) >= limit:  # type: ignore[operator]
            break
    return best


def _worth_words(plan) -> bool:
    # One Latin or Cyrillic letter: the titles that start with it are the answer.
    return bool(plan.words) and not (len(plan.words) == 1 and len(plan.words[0]) < 2)


def search(session: Reader, query: str, lang: str, limit: int = DEFAULT_LIMIT) -> list[SearchResult]:
    """Published records matching *query*, best first, titled in *lang* (with fallback)."""
    q = normalise(query)[:MAX_QUERY_CHARS].strip()
    if not q:
        return []
    conn = _connection(session)
    literal = bool(_OPERATOR_RE.search(query[: MAX_QUERY_CHARS * 2]))
    if has_index(session):
        vocab = search_words.vocabulary(conn)
        plan = None if literal else search_words.plan_words(q, vocab)
        best = _found(session, q, lang, limit, plan, vocab)
        figures = vocab.figures
    else:  # the office database: no index, every text scanned
        plan, best = None, {}
        for record_id, name, hit_lang, score in _scan(conn, q, lang):
            current = best.get(record_id)
            if current is None or score < current[0]:
                best[record_id] = (score, name, hit_lang)
        figures = frozenset()
    if not best:
        return []
    # Key figures are captions, not places to visit: within a rank class (a
    # whole step of the score) they come after the other records.
    ranked = sorted(best.items(), key=lambda item: (int(item[1][0]), item[0] in figures, item[1][0]))[:limit]
    meta = {
        rid: (kind, slug)
        for rid, kind, slug in conn.execute(
            text(f"SELECT id, kind, slug FROM records WHERE id IN ({','.join(str(rid) for rid, _ in ranked)})")
        ).all()
    }
    ids = [record_id for record_id, _ in ranked]
    texts: dict[tuple[int, str, str], str] = {}
    for rid, name, tlang, value in conn.execute(
        text(
            "SELECT record_id, field, lang, text FROM record_texts "
            f"WHERE record_id IN ({','.join(map(str, ids))})"
        )
    ).all():
        texts[(rid, name, tlang)] = value
    forms = plan.forms() if plan is not None else {"prefix": [], "whole": [], "chinese": []}
    return [_result(record_id, hit, meta[record_id], texts, q, lang, forms) for record_id, hit in ranked]


def _result(record_id, hit, meta, texts, q: str, lang: str, forms) -> SearchResult:
    score, name, hit_lang = hit
    kind, slug = meta
    title = next(
        (texts[(record_id, "title", code)] for code in fallback_order(lang) if (record_id, "title", code) in texts),
        slug,
    )
    if name == search_words.WORDS_IN_HEAD:
        name = _field_of(record_id, hit_lang, texts, q, forms, score)
    elif name == search_words.WORDS_IN_BODY:
        name = next((f for f in ("summary", "body") if (record_id, f, hit_lang) in texts), "body")
    matched_text = texts.get((record_id, name, hit_lang), "") if name not in HIDDEN_FIELDS + ("pinyin",) else ""
    piece = snippet(matched_text, q) if (name != "title" or hit_lang != lang) and matched_text else ""
    return SearchResult(
        kind=kind,
        slug=slug,
        title=title,
        snippet=piece,
        matched_lang=hit_lang,
        matched_field=name,
        score=round(score, 3),
        title_spans=tuple(spans(title, q, forms)),
        snippet_spans=tuple(spans(piece, q, forms)) if piece else (),
    )


def _field_of(record_id, lang, texts, q, forms, score) -> str:
    """Which field a word match was in: the first that has something to highlight."""
    if score >= search_words.PINYIN and score < search_words.FUZZY_OWN:
        return "pinyin"
    for name in ("title", "subtitle", "keywords"):
        value = texts.get((record_id, name, lang))
        if value and spans(value, q, forms):
            return name
    return "keywords"


def suggest(session: Reader, query: str, lang: str, limit: int = 4) -> list[str]:
    """"Did you mean": *query* with a word replaced by the nearest indexed
    words, only those that find something, nearest first."""
    q = normalise(query)[:MAX_QUERY_CHARS].strip()
    words = search_words.query_words(q)
    if not words:
        return []
    vocab = search_words.vocabulary(_connection(session))
    found = []
    for candidate in search_words.suggestions(words, vocab, limit * 2):
        if candidate != q and search(session, candidate, lang, limit=1):
            found.append(candidate)
        if len(found) == limit:
            break
    return found


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
