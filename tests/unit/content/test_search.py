"""Search finds what a visitor types, in any of the three languages."""

from __future__ import annotations

import pytest

from kiosk.content.read import search


def find(db, query: str, lang: str = "en") -> list[search.SearchResult]:
    with db.sessions() as session:
        return search.search(session, query, lang)


def slugs(results) -> list[str]:
    return [r.slug for r in results]


def test_three_chinese_characters_find_the_reefer_container_maker(db):
    results = find(db, "冷藏箱", "zh-Hans")
    assert results[0].slug == "qingdao-cimc-reefer-container"
    assert results[0].title == "青岛中集冷藏箱制造有限公司"


@pytest.mark.parametrize(
    "query, expected",
    [
        ("海尔", {"haier-group", "haier-smart-interconnected-factory"}),
        ("冷藏", {"qingdao-cimc-reefer-container", "refrigeration-container-base"}),
        ("钢结构", {"steel-structures", "power-steel-structure-cluster", "power-steel-structures-national-cluster"}),
    ],
)
def test_short_chinese_words_find_their_records(db, query, expected):
    assert expected <= set(slugs(find(db, query, "zh-Hans")))


def test_haier_is_the_first_result_for_its_chinese_name(db):
    assert find(db, "海尔", "zh-Hans")[0].slug == "haier-group"


def test_steel_finds_both_steel_structure_clusters_titled_in_english(db):
    results = find(db, "steel")
    clusters = [r for r in results if r.kind == "cluster"]
    assert {"power-steel-structure-cluster", "power-steel-structures-national-cluster"} <= {r.slug for r in clusters}
    assert all("Steel" in r.title for r in clusters[:2])


def test_case_and_width_do_not_matter(db):
    plain = slugs(find(db, "steel"))
    assert slugs(find(db, "STEEL")) == plain
    assert slugs(find(db, "ＳＴＥＥＬ")) == plain  # full-width Latin from a CJK keyboard
    assert slugs(find(db, "ХАЙЕР", "ru")) == slugs(find(db, "хайер", "ru"))


def test_a_russian_query_finds_its_record_titled_in_russian(db):
    results = find(db, "специи", "ru")
    assert results[0].slug == "spices-cluster"
    assert results[0].title.startswith("Кластер")
    assert find(db, "Чжоу Линь", "ru")[0].slug == "zhou-lin"


def test_russian_yo_matches_ye(db):
    # "зелёного" is written with ё in the content; visitors often type е.
    assert slugs(find(db, "зеленого", "ru")) == slugs(find(db, "зелёного", "ru"))
    assert slugs(find(db, "зеленого", "ru"))


def test_results_are_titled_in_the_visitors_language_whatever_matched(db):
    results = find(db, "Haier", "zh-Hans")
    assert results[0].title == "海尔集团"
    assert results[0].matched_lang == "en"


def test_empty_and_blank_queries_return_nothing(db):
    assert find(db, "") == []
    assert find(db, "   ") == []


def test_a_200_character_query_is_cut_and_answered(db):
    assert find(db, "s" * 200) == []
    long_real = "Steel structures " + "x" * 183
    assert len(long_real) == 200
    assert find(db, long_real) == []  # no record holds that whole text


#: A body text that holds FTS5 query syntax as plain words.
LITERAL_BODY = 'Ask for "steel OR haier", NEAR(a b), col:umn or wild* cards - a visitor\'s words, literally.'


def literal_matches(db, query: str) -> set[str]:
    """Published records with a text that holds *query* as it is (case and width folded)."""
    from sqlalchemy import select

    from kiosk.db.models import Record, RecordText

    q = search.normalise(query)
    with db.sessions() as session:
        rows = session.execute(select(Record.slug, RecordText.text).join(RecordText).where(Record.published)).all()
    return {slug for slug, text in rows if q in search.normalise(text)}


@pytest.mark.parametrize(
    "query, expected",
    [
        ("steel OR haier", ["haier-group"]),  # not "steel" or "haier": only the text that says so
        ('"steel OR haier"', ["haier-group"]),
        ("NEAR(a b)", ["haier-group"]),
        ("col:umn", ["haier-group"]),  # not a column filter
        ("wild*", ["haier-group"]),
        ("steel OR qingdao", []),  # each word alone finds plenty; the phrase is nowhere
        ("stee*", []),  # not a prefix query
        ("NOT haier", []),
        ("*", None),  # None: whatever holds the character, checked against a scan
        ('"', None),
        ("-", None),
        ("'", None),
        (":", None),
    ],
)
def test_fts_syntax_in_a_query_is_taken_literally(db, query, expected):
    steel_before = slugs(search.SearchService(db.engine).search("steel", "en", limit=1000))
    _set_body(db, "haier-group", "en", LITERAL_BODY)
    found = slugs(search.SearchService(db.engine).search(query, "en", limit=1000))
    assert set(found) == literal_matches(db, query) and len(found) == len(set(found))
    if expected is not None:
        assert found == expected
    else:
        assert "haier-group" in found
    # A real query ranks as before; the new body only adds its record after the titles.
    steel_after = slugs(search.SearchService(db.engine).search("steel", "en", limit=1000))
    assert [s for s in steel_after if s != "haier-group"] == steel_before
    assert "haier-group" not in steel_before


def test_the_search_service_answers_like_a_search_in_a_session(db):
    service = search.SearchService(db.engine)
    for query, lang in [("海尔", "zh-Hans"), ("steel", "en"), ("специи", "ru"), ("", "en")]:
        assert service.search(query, lang) == find(db, query, lang)
    assert len(service.search("s", "en", limit=3)) == 3


def test_unpublished_records_are_not_found(db):
    from sqlalchemy import update

    from kiosk.db.models import Record

    with db.sessions.begin() as session:
        session.execute(update(Record).where(Record.slug == "haier-group").values(published=False))
    assert "haier-group" not in slugs(find(db, "海尔", "zh-Hans"))


def test_snippet_shows_the_match_in_context():
    text = "A" * 100 + " the Shandong-Hong Kong Sci-Tech Innovation Center " + "B" * 100
    piece = search.snippet(text, search.normalise("innovation"))
    assert "Innovation" in piece and piece.startswith("…") and piece.endswith("…")


def _set_body(db, slug: str, lang: str, body: str) -> None:
    from sqlalchemy import select

    from kiosk.db.models import Record, RecordText

    with db.sessions.begin() as session:
        record = session.scalars(select(Record).where(Record.slug == slug)).one()
        row = session.scalars(
            select(RecordText).where(RecordText.record_id == record.id, RecordText.field == "body", RecordText.lang == lang)
        ).first()
        if row is None:
            session.add(RecordText(record_id=record.id, field="body", lang=lang, text=body, verified=False))
        else:
            row.text = body
        session.flush()
        search.index_record(session, record.id)


@pytest.mark.parametrize("query", ["zyxwv", "qz"])
def test_a_word_found_only_in_a_body_is_found_with_its_context(db, query):
    _set_body(db, "haier-group", "en", "Haier builds things. Zyxwv qz is a word no title holds.")
    results = find(db, query)
    assert slugs(results) == ["haier-group"]
    assert results[0].matched_field == "body"
    assert "Zyxwv qz" in results[0].snippet


def test_title_matches_come_before_any_body_match(db):
    _set_body(db, "haier-group", "en", "Haier also buys steel.")
    results = find(db, "steel")
    in_title = [r.matched_field in ("title", "subtitle") for r in results]
    assert in_title == sorted(in_title, reverse=True)  # every title match first
    assert "haier-group" in slugs(results) and in_title.count(True) >= 2
    with db.sessions() as session:
        top = search.search(session, "steel", "en", limit=in_title.count(True))
    assert [r.slug for r in top] == slugs(results)[: len(top)]
    assert "haier-group" not in slugs(top)


@pytest.mark.parametrize(("query", "lang"), [("s", "en"), ("h", "en"), ("海", "zh-Hans"), ("к", "ru"), ("ст", "ru"), ("steel", "en")])
def test_results_come_in_rank_classes_whatever_the_query_length(db, query, lang):
    """Own-language titles that start with the query, then own-language titles,
    then titles in other languages, subtitles, summaries (and keywords), bodies."""

    def rank_class(r: search.SearchResult) -> int:
        own = r.matched_lang == lang
        if r.matched_field == "title":
            if own:
                return 0 if search.normalise(r.title).startswith(query) else 1
            return 2
        return {"subtitle": 3, "keywords": 5, "summary": 5, "body": 7}[r.matched_field] + (0 if own else 1)

    results = find(db, query, lang)
    assert results, query
    classes = [rank_class(r) for r in results]
    assert classes == sorted(classes), list(zip(classes, slugs(results)))


@pytest.mark.parametrize(("query", "lang"), [("s", "en"), ("海", "zh-Hans"), ("к", "ru"), ("ст", "ru"), ("steel", "en"), ("集群", "zh-Hans")])
def test_a_short_page_of_results_is_the_top_of_the_long_one(db, query, lang):
    """Searching stops early once it has a page full; the page must still hold the best."""
    with db.sessions() as session:
        everything = [r.slug for r in search.search(session, query, lang, limit=1000)]
        for limit in (1, 2, 5, 10):
            assert [r.slug for r in search.search(session, query, lang, limit=limit)] == everything[:limit]
