"""What the search index holds for a text: normalised words, their stems, pinyin.

The search tables (``search_entries``, ``search_fts_terms``, ``search_vocab``)
are filled from the record texts by the functions here, both when content
is written and by the schema migration that added them, so the two can
never disagree.

- **Normalised**: Unicode NFKC, case-folded, ``ё`` as ``е``.
- **Words**: runs of letters and digits; Chinese is written without spaces,
  so every Chinese character is a word of its own (a query's characters
  then match as a phrase of consecutive words).
- **Stems** (of titles, subtitles and keywords; summaries and bodies keep their words only): Snowball (PyStemmer) for Russian (Cyrillic words) and English
  (Latin words), chosen by the word's script, not the text's language:
  Latin names stand in Russian texts too.
- **Pinyin**: Chinese titles, subtitles and keywords also as pinyin without
  tones, by syllable, joined from each syllable to the end of the run
  (``haierjituan``, ``jituan``) and as initials (``hejt``, ``jt``). The
  readings come from ``kiosk/db/pinyin.tsv`` (made from pypinyin at build
  time by ``build_scripts/make_pinyin_table.py``), read only here, when
  content is written: the running kiosk reads the stored pinyin.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import Iterable

from kiosk.paths import PINYIN_TABLE

#: Chinese characters (the CJK unified ideographs and their extensions A and compatibility block).
CJK_RE = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_CJK = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
#: A Chinese character, or a run of other letters and digits.
_TOKEN_RE = re.compile(f"[{_CJK}]|[^\\W_{_CJK}]+")
_CJK_RUN_RE = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+")
_CYRILLIC_RE = re.compile(r"[\u0400-\u04ff]")
_LATIN_RE = re.compile(r"^[a-z]+$")
#: Fields searched like the title (and given pinyin when Chinese).
HEAD_TEXT_FIELDS = ("title", "subtitle", "keywords")
#: Languages with a column of their own in ``search_fts_terms``.
TERM_LANGS = {"zh-Hans": "head_zh", "ru": "head_ru", "en": "head_en"}
#: Pinyin joined over at most this many syllables: longer is never typed.
MAX_JOINED_SYLLABLES = 16
#: Shortest word kept in the vocabulary that typos are corrected against.
MIN_VOCAB_LETTERS = 4


def normalise(value: str) -> str:
    """Fold case and width so that ＳＴＥＥＬ, Steel and steel match alike."""
    folded = unicodedata.normalize("NFKC", value).casefold()
    folded = folded.replace("ё", "е")
    return re.sub(r"\s+", " ", folded).strip()


def words(norm: str) -> list[str]:
    """The words of a normalised text, each Chinese character a word of its own."""
    return _TOKEN_RE.findall(norm)


def is_cjk(word: str) -> bool:
    return bool(CJK_RE.match(word))


@lru_cache(maxsize=2)
def _stemmer(language: str):
    import Stemmer  # PyStemmer: a C extension, in the bundle

    return Stemmer.Stemmer(language)


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """The Snowball stem of a normalised word (Russian for Cyrillic, English for Latin);
    the word itself for anything else or when the stem would be shorter than 3 letters."""
    if _CYRILLIC_RE.search(word):
        stemmed = _stemmer("russian").stemWord(word)
    elif _LATIN_RE.match(word):
        stemmed = _stemmer("english").stemWord(word)
    else:
        return word
    return stemmed if len(stemmed) >= 3 else word


def word_terms(texts: Iterable[str], vocab: set[str] | None = None, stems: bool = True) -> str:
    """The words of *texts* and their stems, space-separated, for the word
    index; the words typos are corrected against are added to *vocab*.

    Chinese characters stay in order (a query matches them as a phrase);
    other words are written once (the index answers whether, not how often)."""
    out: list[str] = []
    seen: set[str] = set()
    for value in texts:
        for word in words(normalise(value)):
            if CJK_RE.match(word):
                out.append(word)
            elif word not in seen:
                seen.add(word)
                out.append(word)
                if stems:
                    stemmed = stem(word)
                    if stemmed != word:
                        out.append(stemmed)
    if vocab is not None:
        vocab.update(w for w in seen if len(w) >= MIN_VOCAB_LETTERS and w.isalpha())
    return " ".join(out)


def pinyin_terms(texts: Iterable[str]) -> str:
    """Pinyin of the Chinese in *texts*: every reading of each character, the
    joined runs from each syllable on and their initials, and the whole run
    joined with each other reading of a character that has several."""
    out: dict[str, None] = {}
    for value in texts:
        for run in _CJK_RUN_RE.findall(value):
            readings = _readings(run)
            first = [r[0] for r in readings]
            out.update(dict.fromkeys(s for r in readings for s in r))
            for start in range(len(first)):
                part = first[start : start + MAX_JOINED_SYLLABLES]
                if len(part) > 1:
                    out["".join(part)] = None
                out["".join(s[0] for s in part)] = None
            for variant in _variants(readings)[:MAX_READING_VARIANTS]:
                out["".join(variant)] = None
                out["".join(s[0] for s in variant)] = None
    return " ".join(out)


#: Whole runs joined with another reading of one character (重庆: chongqing
#: besides zhongqing), at most this many per run.
MAX_READING_VARIANTS = 8


def _variants(readings: list[list[str]]) -> list[list[str]]:
    first = [r[0] for r in readings]
    return [first[:i] + [alt] + first[i + 1 :] for i, r in enumerate(readings) for alt in r[1:]]


@lru_cache(maxsize=8192)
def _readings(run: str) -> list[list[str]]:
    """Each character's readings without tones, the commonest first
    (characters the table does not know are left out)."""
    # Characters, not phrases: a phrase dictionary would hold 50 MB for the
    # rest of an import; the other readings are indexed instead.
    table = _pinyin_table()
    return [list(table[char]) for char in run if char in table]


@lru_cache(maxsize=1)
def _pinyin_table() -> dict[str, tuple[str, ...]]:
    """``kiosk/db/pinyin.tsv`` as character -> readings, read at the first use."""
    syllables: dict[str, str] = {}  # one string per syllable, shared by the characters
    table: dict[str, tuple[str, ...]] = {}
    with open(PINYIN_TABLE, encoding="utf-8") as lines:
        for line in lines:
            if line.startswith("#"):
                continue
            char, _tab, readings = line.rstrip("\n").partition("\t")
            table[char] = tuple(syllables.setdefault(s, s) for s in readings.split())
    return table


def record_terms(rows: Iterable[tuple[str, str, str]], vocab: set[str] | None = None) -> dict[str, str]:
    """One record's row of ``search_fts_terms`` from its (field, language, text) rows;
    the words typos are corrected against are added to *vocab* (see ``vocabulary``)."""
    head: dict[str, list[str]] = {lang: [] for lang in TERM_LANGS}
    chinese: list[str] = []
    rest: list[str] = []
    for field, lang, value in rows:
        if field in HEAD_TEXT_FIELDS and lang in head:
            head[lang].append(value)
            if lang == "zh-Hans":
                chinese.append(value)
        else:
            rest.append(value)
    terms = {column: word_terms(head[lang], vocab) for lang, column in TERM_LANGS.items()}
    terms["pinyin"] = pinyin_terms(chinese) if chinese else ""
    # Summaries and bodies are most of the words: indexed without stems (a
    # query's stem matches them as a prefix), which keeps imports fast.
    terms["rest"] = word_terms(rest, vocab, stems=False)
    if vocab is not None:
        vocab |= vocabulary(chinese, terms["pinyin"])
    return terms


def vocabulary(chinese: list[str], pinyin: str) -> set[str]:
    """Besides the words ``word_terms`` adds (Latin and Cyrillic words of 4+
    letters as written, no stems: a correction must be a word): Chinese names
    and terms as written (for "Did you mean" after a Chinese query) and their
    joined pinyin (not the initials: consonant clusters nobody misspells)."""
    found = {run for value in chinese for run in _CJK_RUN_RE.findall(normalise(value)) if 2 <= len(run) <= 12}
    found.update(w for w in pinyin.split() if len(w) >= MIN_VOCAB_LETTERS and re.search(r"[aeiouv]", w))
    return found


#: Records indexed per batch: the texts of a large import never sit in memory at once.
_BATCH_RECORDS = 500


def index_rows(conn, record_ids: list[int] | None = None) -> int:
    """(Re)write ``search_fts_terms`` and add to ``search_vocab`` for *record_ids*
    (every record when None), from ``record_texts``, on an SQLAlchemy
    connection; returns the number of records indexed.

    Used by the content layer when texts change and by migration 0005.
    """
    from sqlalchemy import text

    if record_ids is None:
        conn.execute(text("DELETE FROM search_fts_terms"))
        conn.execute(text("DELETE FROM search_vocab"))
        ids = [rid for (rid,) in conn.execute(text("SELECT id FROM records ORDER BY id")).all()]
    else:
        ids = [int(rid) for rid in record_ids]
        for rid in ids:
            conn.execute(text("DELETE FROM search_fts_terms WHERE rowid = :rid"), {"rid": rid})
    vocab: set[str] = set()
    count = 0
    for start in range(0, len(ids), _BATCH_RECORDS):
        batch_ids = ",".join(str(rid) for rid in ids[start : start + _BATCH_RECORDS])
        rows = conn.execute(
            text(f"SELECT record_id, field, lang, text FROM record_texts WHERE record_id IN ({batch_ids}) ORDER BY record_id")
        ).all()
        by_record: dict[int, list[tuple[str, str, str]]] = {}
        for rid, field, lang, value in rows:
            by_record.setdefault(rid, []).append((field, lang, value))
        batch = [{"rid": rid, **record_terms(texts, vocab)} for rid, texts in by_record.items()]
        if batch:
            conn.execute(
                text(
                    "INSERT INTO search_fts_terms(rowid, head_zh, head_ru, head_en, pinyin, rest) "
                    "VALUES(:rid, :head_zh, :head_ru, :head_en, :pinyin, :rest)"
                ),
                batch,
            )
        count += len(batch)
    if vocab:
        conn.execute(text("INSERT OR IGNORE INTO search_vocab(word) VALUES(:w)"), [{"w": w} for w in sorted(vocab)])
    return count
