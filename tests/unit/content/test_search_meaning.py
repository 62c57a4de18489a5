"""Search finds what a visitor means: word forms, typos, pinyin, keywords,
several words, Chinese partial words; highlights and "Did you mean"."""

from __future__ import annotations

from pathlib import Path

import pytest

from kiosk.content.read import search, search_words
from kiosk.content.read.search_eval import evaluate, load_cases, report
from kiosk.db.search_text import pinyin_terms, record_terms, stem

RELEVANCE_SET = Path(__file__).parents[2] / "data" / "search-relevance.json"


def find(db, query: str, lang: str = "en", limit: int = search.DEFAULT_LIMIT) -> list[search.SearchResult]:
    with db.sessions() as session:
        return search.search(session, query, lang, limit)


def top(db, query: str, lang: str = "en", n: int = 3) -> list[str]:
    return [r.slug for r in find(db, query, lang)[:n]]


def marked(result: search.SearchResult, what: str = "title") -> list[str]:
    """The highlighted pieces of a result's title or snippet, as the visitor sees them."""
    value = result.title if what == "title" else result.snippet
    return [value[s:e] for s, e in (result.title_spans if what == "title" else result.snippet_spans)]


# -- word forms ------------------------------------------------------------------------
def test_the_index_holds_russian_and_english_stems_of_each_word():
    terms = record_terms([("title", "ru", "Кластер специализированной пищевой промышленности: специи"),
                          ("title", "en", "Spices Specialty Food Industry Cluster")])
    assert stem("специи") in terms["head_ru"].split() and stem("специи") != "специи"
    assert "spice" in terms["head_en"].split() and "industri" in terms["head_en"].split()
    assert stem("специя") == stem("специи") and stem("containers") == stem("container")


@pytest.mark.parametrize(
    ("query", "lang", "slug"),
    [
        ("специя", "ru", "spices-cluster"),  # the title says специи
        ("приправа", "ru", "condiment-cluster"),  # приправы
        ("электроника", "ru", "home-appliances-and-electronics-cluster"),  # электроники
        ("spice", "en", "spices-cluster"),  # Spices
        ("factories", "en", "haier-smart-interconnected-factory"),  # factory
        ("boilers", "en", "marine-boiler-base"),  # boiler
    ],
)
def test_another_form_of_a_word_finds_the_record(db, query, lang, slug):
    assert slug in top(db, query, lang)


def test_the_exact_form_ranks_above_a_stemmed_match(db):
    results = find(db, "containers")
    slugs = [r.slug for r in results]
    # "refrigeration containers" holds the word as typed; "Reefer Container" only its stem.
    assert slugs.index("refrigeration-container-base") < slugs.index("qingdao-cimc-reefer-container")


# -- typos -----------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("query", "slug"),
    [
        ("haeir", "haier-group"),  # two letters swapped
        ("condimnet", "condiment-cluster"),  # swapped
        ("stael", "steel-structures"),  # one substituted (5 letters)
        ("interconected", "haier-smart-interconnected-factory"),  # one left out
        ("itnreconnected", "haier-smart-interconnected-factory"),  # two edits in a word of 9+ letters
    ],
)
def test_a_typo_within_the_limit_is_forgiven(db, query, slug):
    assert slug in top(db, query)


def test_typo_limits_none_under_five_letters_one_from_five_two_from_nine(db):
    assert find(db, "hair") == []  # 4 letters: never corrected, though "haier" is one edit away
    assert find(db, "hiaerr") == []  # 6 letters, two edits from "haier": one allowed
    assert find(db, "condmnet") == []  # 8 letters, two edits: one allowed
    assert top(db, "condimnet")[:1] == ["condiment-cluster"]  # 9 letters: two allowed
    assert search_words.max_typos("hair") == 0 and search_words.max_typos("haier") == 1
    assert search_words.max_typos("condiment") == 2


def test_exact_and_prefix_matches_rank_above_corrected_ones(db):
    results = find(db, "steel")
    assert all(r.score < search_words.FUZZY_OWN for r in results if "steel" in r.title.lower())
    fuzzy = find(db, "stael")
    assert fuzzy and all(r.score >= search_words.FUZZY_OWN for r in fuzzy)


# -- pinyin ----------------------------------------------------------------------------
def test_pinyin_is_stored_by_syllable_joined_and_as_initials():
    terms = pinyin_terms(["海尔集团"]).split()
    assert {"hai", "er", "ji", "tuan", "haierjituan", "jituan", "hejt", "jt"} <= set(terms)


@pytest.mark.parametrize("query", ["haierjituan", "hai er ji tuan", "hejt", "HaierJituan"])
@pytest.mark.parametrize("lang", ["zh-Hans", "ru", "en"])
def test_latin_pinyin_finds_the_chinese_record_in_any_interface_language(db, query, lang):
    results = find(db, query, lang)
    assert results[0].slug == "haier-group"
    assert results[0].title == {"zh-Hans": "海尔集团", "ru": "Группа Haier", "en": "Haier Group"}[lang]


def test_pinyin_of_a_title_with_no_latin_name_finds_it(db):
    assert top(db, "gangjiegou", "en")[:1] == ["steel-structures"]
    assert "qingdao-cimc-reefer-container" in top(db, "lengcangxiang", "ru")


# -- keywords, several words, Chinese partial words -------------------------------------
@pytest.mark.parametrize(
    ("query", "lang", "slug"),
    [
        ("SCO", "en", "jiaozhou"),
        ("China International Marine Containers", "en", "qingdao-cimc-reefer-container"),
        ("上合", "zh-Hans", "jiaozhou"),
        ("规上企业", "zh-Hans", "enterprises-above-designated-size"),
        ("ШОС", "ru", "jiaozhou"),
        ("рефконтейнеры", "ru", "qingdao-cimc-reefer-container"),
    ],
)
def test_a_keyword_finds_its_record(db, query, lang, slug):
    assert slug in top(db, query, lang)


def test_keywords_are_searched_but_never_shown(db):
    result = next(r for r in find(db, "China International Marine Containers") if r.slug == "qingdao-cimc-reefer-container")
    assert result.title == "Qingdao CIMC Reefer Container Manufacture Co., Ltd."
    assert "China International" not in result.snippet


@pytest.mark.parametrize(
    ("query", "lang", "slug"),
    [
        ("cluster steel", "en", "power-steel-structure-cluster"),  # order does not matter
        ("oil grain", "en", "grain-and-oil-processing-leading-county"),
        ("кластер специи", "ru", "spices-cluster"),
        ("海尔 工厂", "zh-Hans", "haier-smart-interconnected-factory"),
    ],
)
def test_several_words_in_any_order_find_the_record_that_holds_them_all(db, query, lang, slug):
    assert slug in top(db, query, lang)


def test_every_word_must_match(db):
    assert find(db, "haier xyzzy") == []
    assert {r.slug for r in find(db, "haier factory")} == {"haier-smart-interconnected-factory"}


def test_a_chinese_query_finds_titles_with_most_of_its_characters_below_exact_matches(db):
    results = find(db, "钢结构集群", "zh-Hans")
    assert {"power-steel-structure-cluster", "power-steel-structures-national-cluster"} <= {r.slug for r in results[:3]}
    assert "marine-boiler-base" in top(db, "船用锅炉基地", "zh-Hans")
    exact = find(db, "钢结构", "zh-Hans")
    assert exact[0].slug == "steel-structures" and exact[0].score < search_words.PARTIAL


# -- ranking ---------------------------------------------------------------------------
def test_records_come_before_key_figure_captions_of_the_same_rank(db):
    results = find(db, "企业", "zh-Hans")
    kinds = [r.kind for r in results]
    classes = [int(r.score) for r in results]
    for (c1, k1), (c2, k2) in zip(zip(classes, kinds), zip(classes[1:], kinds[1:])):
        assert not (c1 == c2 and k1 == "figure" and k2 != "figure"), list(zip(classes, kinds))


def test_rank_classes_title_then_keywords_and_forms_then_pinyin_then_typos_then_bodies():
    order = [search_words.HEAD_OWN, search_words.PINYIN, search_words.FUZZY_OWN, search_words.PARTIAL, search_words.BODY]
    assert order == sorted(order) and order[0] > 16  # every title found as typed scores below 17


# -- what the visitor sees -------------------------------------------------------------
def test_highlights_mark_the_matched_words_in_chinese_russian_and_english(db):
    assert marked(find(db, "冷藏箱", "zh-Hans")[0]) == ["冷藏箱"]
    assert marked(find(db, "специя", "ru")[0]) == ["специи"]
    assert marked(find(db, "containers")[0]) == ["containers"]
    steel = next(r for r in find(db, "steel cluster") if r.slug == "power-steel-structure-cluster")
    assert marked(steel) == ["Steel", "Cluster"]
    assert marked(find(db, "haier")[0]) == ["Haier"]  # the typed letters of the word


def test_highlights_in_a_snippet_point_at_the_match(db):
    result = next(r for r in find(db, "commercialization") if r.slug == "zhou-lin")
    assert marked(result, "snippet") == ["commercialization"]


def test_did_you_mean_offers_near_words_that_find_something(db):
    service = search.SearchService(db.engine)
    assert service.search("condmnet", "en") == []
    assert "condiment" in service.suggest("condmnet", "en")
    assert "spices" in service.suggest("xyzzy spices", "en")  # the word found nowhere left out
    for suggestion in service.suggest("heiar", "en"):
        assert service.search(suggestion, "en")
    assert service.suggest("", "en") == []


# -- measured ------------------------------------------------------------------------
def test_the_relevance_set_meets_its_targets(db):
    cases = load_cases(RELEVANCE_SET)
    for lang in ("zh-Hans", "ru", "en"):
        assert sum(c.lang == lang for c in cases) >= 25
    text, met = report(evaluate(search.SearchService(db.engine), cases))
    assert met, text


def test_a_malformed_relevance_set_is_named(tmp_path):
    path = tmp_path / "set.json"
    path.write_text('{"queries": [{"lang": "en", "query": "steel"}]}', encoding="utf-8")
    with pytest.raises(ValueError, match="query 1 lacks 'expect'"):
        load_cases(path)


def test_keywords_written_in_the_workbook_are_imported_and_searched(db, tmp_path):
    from staff_tools import CLUSTER, edit_workbook, set_cell

    from kiosk.content.change.transfers import export_workbook, import_workbook

    path = export_workbook(db, tmp_path / "content.xlsx")
    # Only in Chinese: keywords need no English text beside them.
    edit_workbook(path, lambda wb: set_cell(wb, "Clusters", CLUSTER, "keywords [zh-Hans]", "小家电"))
    import_workbook(db, path, actor="editor")
    assert top(db, "小家电", "zh-Hans")[:1] == [CLUSTER]
