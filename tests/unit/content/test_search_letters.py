"""What a visitor sees after typing one letter: the records with a word
starting with it, titles first, never every text that holds the letter."""

from __future__ import annotations

import re

from kiosk.content.read import search


def find(db, query: str, lang: str = "ru", limit: int = search.DEFAULT_LIMIT) -> list[search.SearchResult]:
    with db.sessions() as session:
        return search.search(session, query, lang, limit)


def slugs(results) -> list[str]:
    return [r.slug for r in results]


def _start_class(title: str, letter: str) -> int:
    """0: the title starts with the letter; 1: one of its words does; 2: neither."""
    norm = search.normalise(title)
    if norm.startswith(letter):
        return 0
    return 1 if any(word.startswith(letter) for word in re.findall(r"\w+", norm)) else 2


def _set_text(db, slug: str, field: str, lang: str, value: str) -> None:
    from sqlalchemy import select

    from kiosk.db.models import Record, RecordText

    with db.sessions.begin() as session:
        record = session.scalars(select(Record).where(Record.slug == slug)).one()
        row = session.scalars(
            select(RecordText).where(RecordText.record_id == record.id, RecordText.field == field, RecordText.lang == lang)
        ).first()
        if row is None:
            session.add(RecordText(record_id=record.id, field=field, lang=lang, text=value, verified=False))
        else:
            row.text = value
        session.flush()
        search.index_record(session, record.id)


def test_one_russian_letter_lists_titles_starting_with_it_then_titles_with_a_word_starting_with_it(db):
    results = find(db, "с")
    titles = [r for r in results if r.matched_field == "title" and r.matched_lang == "ru"]
    # Russian titles come first, and they are all titles.
    assert results[: len(titles)] == titles
    assert [r.title for r in titles[:4]] == [
        "Стальные конструкции",
        "Специализированный кластер бытовой техники и электроники",
        "Специализированный кластер энергетических стальных конструкций",
        "Специализированный кластер печатных плат для умной бытовой техники",
    ]
    classes = [_start_class(r.title, "с") for r in titles]
    assert classes == sorted(classes) and classes.count(0) == 4 and classes.count(1) >= 5
    # Within a class shorter titles first.
    assert [r.score for r in titles] == sorted(r.score for r in titles)
    # "Умная взаимосвязанная фабрика Haier": с only inside a word, in every
    # Russian text of the record; it used to be listed.
    assert "haier-smart-interconnected-factory" not in slugs(results)


def test_one_letter_finds_texts_by_their_words_and_yo_as_ye(db):
    # No Russian word of the default content starts with е or ё, though nearly every text holds е.
    assert find(db, "ё") == [] and find(db, "е") == []
    _set_text(db, "haier-group", "body", "ru", "Ёмкости для хранения и ёлочные игрушки.")
    for letter in ("ё", "Ё", "е"):
        results = find(db, letter)
        assert slugs(results) == ["haier-group"], letter
        assert results[0].matched_field == "body" and "Ёмкости" in results[0].snippet
    _set_text(db, "haier-group", "title", "ru", "Ёлки Haier")
    results = find(db, "ё")
    assert slugs(results) == ["haier-group"] and (results[0].matched_field, results[0].title) == ("title", "Ёлки Haier")


def test_an_unpublished_record_leaves_the_one_letter_results_at_once(db):
    from sqlalchemy import update

    from kiosk.db.models import Record

    assert slugs(find(db, "с"))[0] == "steel-structures"
    with db.sessions.begin() as session:
        session.execute(update(Record).where(Record.slug == "steel-structures").values(published=False))
    results = find(db, "с")
    assert "steel-structures" not in slugs(results)
    assert results[0].title.startswith("Специализированный")


def test_a_letter_in_another_language_finds_titles_there_after_the_visitors_own(db):
    results = find(db, "h", "ru", limit=1000)
    own = [r for r in results if r.matched_lang == "ru"]
    assert slugs(results)[0] == "haier-group"  # "Группа Haier": a Russian title with the word
    english = [r for r in results if r.matched_lang == "en" and r.matched_field == "title"]
    # Shown titled in Russian, with the English title that matched as the snippet.
    assert english and all(_start_class(r.snippet, "h") < 2 for r in english)
    assert results.index(english[0]) > max(results.index(r) for r in own if r.matched_field == "title")


def test_a_letter_no_word_starts_with_finds_nothing(db):
    # ы is inside many Russian words and starts none.
    assert any("ы" in search.normalise(r.title) for r in find(db, "кластер"))
    assert find(db, "ы") == []
