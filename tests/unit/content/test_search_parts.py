"""Search's own parts instead of libraries: the typo and likeness measures,
and the pinyin table made at build time; the kiosk runs without rapidfuzz
and pypinyin (installed beside it for development only)."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kiosk.content.read import fuzzy
from kiosk.content.read.search_words import Vocabulary
from kiosk.db.search_text import CJK_RE, pinyin_terms
from kiosk.paths import DEFAULT_CONTENT_DIR, PINYIN_TABLE, ROOT_DIR


# -- reference measures: whole tables, no shortcuts --------------------------------------
def reference_osa(a: str, b: str) -> int:
    d = [[i + j if i * j == 0 else 0 for j in range(len(b) + 1)] for i in range(len(a) + 1)]
    for i in range(1, len(a) + 1):
        for j in range(1, len(b) + 1):
            d[i][j] = min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] != b[j - 1]))
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                d[i][j] = min(d[i][j], d[i - 2][j - 2] + 1)
    return d[len(a)][len(b)]


def reference_lcs(a: str, b: str) -> int:
    d = [[0] * (len(b) + 1) for _ in range(len(a) + 1)]
    for i in range(1, len(a) + 1):
        for j in range(1, len(b) + 1):
            d[i][j] = d[i - 1][j - 1] + 1 if a[i - 1] == b[j - 1] else max(d[i - 1][j], d[i][j - 1])
    return d[len(a)][len(b)]


# Few letters, so that words share many of them (and swaps happen).
words = st.text(alphabet="abcкл海", max_size=12)


@settings(max_examples=600, deadline=None)
@given(words, words, st.integers(min_value=0, max_value=3))
def test_typo_distance_is_the_full_table_within_the_limit(a, b, limit):
    expected = reference_osa(a, b)
    assert fuzzy.osa_distance(a, b, limit) == (expected if expected <= limit else limit + 1)


@settings(max_examples=600, deadline=None)
@given(words, words)
def test_shared_characters_in_order_are_the_full_table(a, b):
    assert fuzzy.lcs_length(a, b) == reference_lcs(a, b)
    total = len(a) + len(b)
    assert fuzzy.ratio(a, b) == (100.0 if total == 0 else 200.0 * reference_lcs(a, b) / total)


@settings(max_examples=300, deadline=None)
@given(words, st.integers(min_value=1, max_value=9).flatmap(lambda n: st.lists(st.text(alphabet="abcкл海", min_size=n, max_size=n), max_size=12)))
def test_words_packed_together_share_with_a_word_what_each_alone_shares(word, same_length):
    # Carries must stop at each word's end: all ones (aaaa against aaaa) is the hard case.
    packed = fuzzy.PackedWords(same_length + [same_length[0]] * 3 if same_length else [])
    assert packed.lcs_lengths(word) == [reference_lcs(word, w) for w in packed.words]


def test_typo_distance_counts_each_kind_of_edit_once():
    assert fuzzy.osa_distance("haier", "haeir", 1) == 1  # two neighbours swapped
    assert fuzzy.osa_distance("haier", "haer", 1) == 1  # one left out
    assert fuzzy.osa_distance("haier", "hailer", 1) == 1  # one added
    assert fuzzy.osa_distance("haier", "heier", 1) == 1  # one substituted
    assert fuzzy.osa_distance("haier", "hiaerr", 1) == 2  # beyond the limit: limit + 1
    assert fuzzy.osa_distance("ca", "abc", 5) == 3  # no letter edited twice (true Damerau: 2)


def test_corrections_are_the_nearest_indexed_words_of_about_the_same_length():
    vocab = Vocabulary(["haier", "hair", "harbour", "heater", "haiers", "condiment", "condiments", "кластер"])
    assert vocab.corrections("haeir") == ["haier", "hair"]  # one edit each (a swap, a letter left out); haiers: two
    assert vocab.corrections("condimnet") == ["condiment", "condiments"]  # 9 letters: two edits allowed
    assert vocab.corrections("condmnet") == []  # 8 letters, two edits from condiment: one allowed
    assert vocab.corrections("кластре") == ["кластер"]
    assert vocab.corrections("hiar") == []  # 4 letters: never corrected
    assert vocab.corrections("haier") == []  # an indexed word needs no correction


def test_did_you_mean_words_are_the_most_alike_best_first():
    vocab = Vocabulary(["condiment", "container", "continent", "spices"])
    near = vocab.nearest("condmnet", 4)
    assert near[0] == "condiment" and "spices" not in near


# -- the pinyin table ----------------------------------------------------------------------
def table() -> dict[str, list[str]]:
    lines = PINYIN_TABLE.read_text(encoding="utf-8").splitlines()
    return {line.split("\t")[0]: line.split("\t")[1].split() for line in lines if not line.startswith("#")}


def test_the_pinyin_table_knows_every_chinese_character_of_the_default_content():
    known = table()
    text = "".join(path.read_text(encoding="utf-8") for path in sorted(DEFAULT_CONTENT_DIR.glob("*.json")))
    missing = sorted({c for c in text if CJK_RE.match(c)} - known.keys())
    assert not missing, f"{PINYIN_TABLE.name} lacks {''.join(missing)}: run build_scripts/make_pinyin_table.py"
    assert known["重"][:2] == ["zhong", "chong"] and known["海"] == ["hai"]
    assert all(re.fullmatch(r"[a-z]+", s) for readings in known.values() for s in readings)


def test_pinyin_is_indexed_from_the_table_joined_by_initials_and_with_other_readings():
    terms = pinyin_terms(["海尔集团", "重庆"]).split()
    assert {"hai", "haierjituan", "jituan", "hejt", "zhongqing", "chongqing", "cq"} <= set(terms)


def test_the_committed_pinyin_table_is_what_the_build_script_makes():
    pytest.importorskip("pypinyin", reason="pypinyin (the dev extra) makes the table")
    script = ROOT_DIR / "build_scripts" / "make_pinyin_table.py"
    done = subprocess.run([sys.executable, str(script), "--check"], capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr


# -- no library at run time ----------------------------------------------------------------
BLOCKED = ("rapidfuzz", "pypinyin")
_WITHOUT_LIBRARIES = """
import importlib.abc, json, pathlib, sys

class Refuse(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path=None, target=None):
        if name.split(".")[0] in BLOCKED:
            raise ImportError(f"{name} is not in the kiosk")

sys.meta_path.insert(0, Refuse())
for name in BLOCKED:
    try:
        __import__(name)
    except ImportError:
        pass
    else:
        raise SystemExit(f"{name} was not blocked")

from kiosk.content.database import open_database
from kiosk.content.change.prepare import prepare
from kiosk.content.read.search import SearchService

db = open_database(None, pathlib.Path(DATA))  # migrations, 0005's word index among them
prepare(db)  # the default content imported: words, stems and pinyin indexed
service = SearchService(db.engine)
print(json.dumps({
    "pinyin": service.search("haierjituan", "en")[0].slug,
    "initials": service.search("hejt", "ru")[0].slug,
    "typo": [r.slug for r in service.search("condimnet", "en")][:3],
    "suggest": service.suggest("condmnet", "en"),
    "partial": [r.slug for r in service.search("冷藏柜", "zh-Hans")][:3],
    "loaded": sorted(m for m in sys.modules if m.split(".")[0] in BLOCKED),
}))
"""


def test_content_import_and_search_run_with_rapidfuzz_and_pypinyin_refused(tmp_path):
    (tmp_path / "data").mkdir()
    code = f"BLOCKED = {BLOCKED!r}\nDATA = {str(tmp_path / 'data')!r}\n" + _WITHOUT_LIBRARIES
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT_DIR)
    assert done.returncode == 0, done.stderr[-3000:]
    found = json.loads(done.stdout.strip().splitlines()[-1])
    assert found["pinyin"] == "haier-group" and found["initials"] == "haier-group"
    assert "condiment-cluster" in found["typo"]
    assert "condiment" in found["suggest"]
    assert "qingdao-cimc-reefer-container" in found["partial"]
    assert found["loaded"] == []
