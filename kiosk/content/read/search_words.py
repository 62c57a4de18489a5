"""Search by words: word forms, typos, pinyin, keywords, several words, Chinese partial words.

``search`` (the module beside this one) first finds the query as it was
typed; this module finds what the visitor meant, in ``search_fts_terms``
(one row per record: the words and Snowball stems of its titles, subtitles
and keywords per language, the pinyin of its Chinese, the words of its
summaries and bodies; see ``kiosk.db.search_text``):

- every word of the query must be found in the record, in any order and in
  any field: as a word that starts with it, by its stem, in the pinyin, or
  as a word one typo away (two for words of nine letters and more; words
  under five letters are never corrected, as search engines do), looked
  for among the indexed words of about the same length (``kiosk.content.read.fuzzy``);
- a query of three or more Chinese characters also finds titles that hold
  most of its characters in order (``partial_hits``).

Each record gets the score of its worst-matched word, on the scale of
``search`` (lower is better): titles and subtitles found as typed score
below 17, summaries, bodies and keywords found inside a word 23-36; here:

- a word in a title, subtitle or keywords: 17 (own language) or 18.5
  (another), plus up to 0.3 for a stem or a longer word rather than the word;
- pinyin: 19 (19.3 when the name only starts so);
- a corrected typo in a title: 20 (own language) or 21;
- most characters of a Chinese title: 22-23;
- words found only in summaries and bodies: 37.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from sqlalchemy import text

from kiosk.content.read.fuzzy import CommonSubsequence, PackedWords, most_alike, within
from kiosk.db.search_text import CJK_RE, TERM_LANGS, stem

HEAD_OWN, HEAD_OTHER, PINYIN, FUZZY_OWN, FUZZY_OTHER, PARTIAL, BODY = 17.0, 18.5, 19.0, 20.0, 21.0, 22.0, 37.0
#: What a hit names as its field until the result says which one it was.
WORDS_IN_HEAD, WORDS_IN_BODY = "words", "words-body"
#: Records read per word query: four pages; which of them rank best is decided here.
_CANDIDATES = 120
#: Records read when the words are found only in bodies: they all rank alike.
_BODY_CANDIDATES = 60
_QUERY_WORD_RE = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+|[^\W_\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+")
_COLUMNS = tuple(TERM_LANGS.values())
_LANG_OF_COLUMN = {column: lang for lang, column in TERM_LANGS.items()}


def query_words(norm: str) -> list[str]:
    """The words of a normalised query: Chinese runs kept whole, other words apart."""
    return _QUERY_WORD_RE.findall(norm)


def max_typos(word: str) -> int:
    """Edits forgiven in *word*: none under 5 letters, one from 5, two from 9."""
    if is_chinese(word) or not word.isalpha():
        return 0
    return 2 if len(word) >= 9 else 1 if len(word) >= 5 else 0


def is_chinese(word: str) -> bool:
    return bool(CJK_RE.match(word))


def _script(word: str) -> str:
    return "zh" if is_chinese(word) else "latin" if word.isascii() else "other"


class Vocabulary:
    """The indexed words typos are corrected against, grouped by script and
    length so a correction is looked for among words of about the same length."""

    def __init__(self, words: list[str], figures: frozenset[int] = frozenset()):
        self.words = set(words)
        #: Ids of the key-figure records, which rank after the others of their class.
        self.figures = figures
        self.buckets: dict[tuple[str, int], list[str]] = {}
        self.packed: dict[tuple[str, int], PackedWords] = {}
        #: Answers that hold as long as the content does, kept with it (see ``search``).
        self.kept: dict[tuple, list] = {}
        for word in words:
            self.buckets.setdefault((_script(word), len(word)), []).append(word)

    def corrections(self, word: str) -> list[str]:
        """Indexed words within ``max_typos(word)`` edits (insert, delete,
        substitute, swap two neighbours) of *word*, nearest first; none for a
        word that is itself indexed."""
        k = max_typos(word)
        if k == 0 or word in self.words:
            return []
        script = _script(word)
        choices = [w for n in range(len(word) - k, len(word) + k + 1) for w in self.buckets.get((script, n), ())]
        return within(word, choices, k, keep=8)

    def nearest(self, word: str, limit: int) -> list[str]:
        """The indexed words most like *word*, for "Did you mean"."""
        script = _script(word)
        lengths = range(max(1, len(word) - 3), len(word) + 4)
        groups = [self._packed(script, n) for n in lengths if (script, n) in self.buckets]
        # Two Chinese characters share at most one with a near word: 50 %.
        cutoff = 50 if script == "zh" else 60
        return most_alike(word, groups, cutoff, limit)

    def _packed(self, script: str, length: int) -> PackedWords:
        """A bucket's words packed for ``nearest``, made at its first use and kept."""
        packed = self.packed.get((script, length))
        if packed is None:
            packed = self.packed[(script, length)] = PackedWords(self.buckets[(script, length)])
        return packed


_VOCABULARIES: dict[str, tuple[int, Vocabulary]] = {}


def vocabulary(conn) -> Vocabulary:
    """The database's vocabulary, read once and kept while no word is added
    (every content import writes it anew, so it also knows the figures)."""
    key = str(conn.engine.url)
    top = conn.execute(text("SELECT max(id) FROM search_vocab")).scalar() or 0
    cached = _VOCABULARIES.get(key)
    if cached is None or cached[0] != top:
        words = [w for (w,) in conn.execute(text("SELECT word FROM search_vocab")).all()]
        figures = frozenset(rid for (rid,) in conn.execute(text("SELECT id FROM records WHERE kind = 'figure'")).all())
        cached = (top, Vocabulary(words, figures))
        _VOCABULARIES[key] = cached
    return cached[1]


def forget(conn) -> None:
    """Drop what is kept of the database's content (its vocabulary and the
    answers kept with it), after its index was written here."""
    _VOCABULARIES.pop(str(conn.engine.url), None)


@dataclass
class WordPlan:
    """A query's words and what each may match, and the forms to highlight."""

    words: list[str]
    stems: dict[str, str] = field(default_factory=dict)
    typos: dict[str, list[str]] = field(default_factory=dict)

    def forms(self) -> dict[str, list[str]]:
        """Highlight forms: ``prefix`` (as typed), ``whole`` (stems and
        corrections: the whole word is marked), ``chinese`` runs."""
        return {
            "prefix": [w for w in self.words if not is_chinese(w)],
            "whole": sorted({*self.stems.values(), *(t for ts in self.typos.values() for t in ts)}),
            "chinese": [w for w in self.words if is_chinese(w)],
        }


def plan_words(norm: str, vocab: Vocabulary) -> WordPlan:
    """Each word of *norm* with its stem and its typo corrections."""
    plan = WordPlan(query_words(norm))
    for word in plan.words:
        if is_chinese(word):
            continue
        stemmed = stem(word)
        if stemmed != word:
            plan.stems[word] = stemmed
        plan.typos[word] = vocab.corrections(word)
    return plan


def _quote(term: str) -> str:
    return '"' + term.replace('"', '""') + '"'


def _match_expression(plan: WordPlan, stem_prefix: bool = False) -> str:
    """All words (AND), each as any of its forms (OR). Summaries and bodies
    are indexed without stems (see ``kiosk.db.search_text``): with
    *stem_prefix* a stem matches the words it starts."""
    groups = []
    for word in plan.words:
        if is_chinese(word):
            alts = [_quote(" ".join(word))]
        else:
            alts = [_quote(word) + "*"]
            if word in plan.stems:
                alts.append(_quote(plan.stems[word]) + ("*" if stem_prefix else ""))
            alts += [_quote(t) for t in plan.typos.get(word, ())]
        groups.append("(" + " OR ".join(alts) + ")")
    return " AND ".join(groups)


def word_hits(conn, plan: WordPlan, lang: str, anywhere: bool = False) -> list[tuple[int, str, str, float]]:
    """Records holding every word of *plan*: (record id, field, language, score).

    First (``anywhere`` False) in titles, subtitles, keywords and pinyin
    only: few records, and the ones that rank. Then, when those leave the
    page short, in any field: every such record scores as a body match, so
    any of them will do and SQLite need not rank thousands.
    """
    if not plan.words:
        return []
    columns = "" if anywhere else "{head_zh head_ru head_en pinyin}: "
    rows = conn.execute(
        text(
            f"""
            SELECT t.id, t.head_zh, t.head_ru, t.head_en, t.pinyin FROM (
                SELECT rowid AS id, head_zh, head_ru, head_en, pinyin FROM search_fts_terms
                WHERE search_fts_terms MATCH :m LIMIT {_BODY_CANDIDATES if anywhere else _CANDIDATES}
            ) t JOIN records r ON r.id = t.id WHERE r.published = 1
            """
        ),
        {"m": columns + "(" + _match_expression(plan, stem_prefix=anywhere) + ")"},
    ).all()
    own_column = TERM_LANGS.get(lang)
    hits = []
    for rid, *columns in rows:
        heads = {column: value.split() for column, value in zip(_COLUMNS, columns[:3])}
        pinyin = columns[3].split()
        worst, where = 0.0, lang
        for word in plan.words:
            score, word_lang = _classify(word, plan, heads, pinyin, own_column, columns)
            if score > worst:
                worst, where = score, word_lang or lang
        hits.append((rid, WORDS_IN_BODY if worst >= BODY else WORDS_IN_HEAD, where, worst))
    return hits


def _classify(word, plan, heads, pinyin, own_column, columns) -> tuple[float, str | None]:
    """The best score one word of the query earns in one record, and the language it matched in."""
    order = sorted(_COLUMNS, key=lambda c: c != own_column)
    if is_chinese(word):
        phrase = " " + " ".join(word) + " "
        for column, value in zip(_COLUMNS, columns[:3]):
            if phrase in " " + value + " ":
                return (HEAD_OWN if column == own_column else HEAD_OTHER), _LANG_OF_COLUMN[column]
        return BODY, None
    stemmed = plan.stems.get(word)
    for column in order:
        tokens = heads[column]
        # Within the class: the word itself, then its stem, then a longer word.
        nearness = 0.0 if word in tokens else 0.2 if stemmed and stemmed in tokens else 0.3
        if nearness < 0.3 or any(t.startswith(word) for t in tokens):
            return (HEAD_OWN if column == own_column else HEAD_OTHER) + nearness, _LANG_OF_COLUMN[column]
    if len(word) >= 2 and any(t.startswith(word) for t in pinyin):
        # A whole name's pinyin before a name that only starts so.
        return PINYIN + (0.0 if word in pinyin else 0.3), "zh-Hans"
    typos = set(plan.typos.get(word, ()))
    if typos:
        for column in order:
            if typos.intersection(heads[column]):
                return (FUZZY_OWN if column == own_column else FUZZY_OTHER), _LANG_OF_COLUMN[column]
        if typos.intersection(pinyin):
            return FUZZY_OTHER, "zh-Hans"
    return BODY, None


def partial_hits(conn, run: str, lang: str) -> list[tuple[int, str, str, float]]:
    """Records whose Chinese titles, subtitles or keywords hold most of the
    characters of *run* (3+ characters) in order, but not all of them together."""
    if len(run) < 3:
        return []
    pairs = " OR ".join(_quote(run[i] + " " + run[i + 1]) for i in range(len(run) - 1))
    rows = conn.execute(
        text(
            f"""
            SELECT t.id, t.head_zh FROM (
                SELECT rowid AS id, head_zh FROM search_fts_terms
                WHERE search_fts_terms MATCH :m LIMIT 200
            ) t JOIN records r ON r.id = t.id WHERE r.published = 1
            """
        ),
        {"m": "{head_zh}: (" + pairs + ")"},
    ).all()
    need = max(2, -(-len(run) * 3 // 5))  # 60 %, rounded up
    hits = []
    shared = CommonSubsequence(run)
    for rid, head in rows:
        chinese = "".join(t for t in head.split() if is_chinese(t))
        common = shared.length(chinese)
        if need <= common < len(run) or (common == len(run) and run not in chinese):
            hits.append((rid, WORDS_IN_HEAD, "zh-Hans", PARTIAL + 1 - common / len(run)))
    return hits


def suggestions(words: list[str], vocab: Vocabulary, limit: int = 4) -> list[str]:
    """Queries like *words* with one word replaced by the nearest indexed
    words, or left out when it is nowhere in the index."""
    out: list[str] = []
    if len(words) > 1:
        out += [" ".join(words[:i] + words[i + 1 :]) for i, w in enumerate(words) if w not in vocab.words]
    for index, word in sorted(enumerate(words), key=lambda iw: -len(iw[1])):
        if word in vocab.words:
            continue
        for near in vocab.nearest(word, limit):
            candidate = " ".join(words[:index] + [near] + words[index + 1 :])
            if candidate not in out:
                out.append(candidate)
    return out[:limit]
