"""The benchmark's SYNTHETIC content: right counts, three languages, deterministic, valid, marked."""

from __future__ import annotations

import re

import pytest

from kiosk.bench.dataset import build_database
from kiosk.bench.synthetic import MARK, kind_counts, make_content
from kiosk.content.formats.contentset_io import build_content_set, content_to_json
from kiosk.content.formats.validation import validate_content
from kiosk.content.vocab import KINDS, LANGUAGES

CJK = re.compile(r"[\u4e00-\u9fff]")
CYRILLIC = re.compile(r"[\u0400-\u04ff]")
LATIN = re.compile(r"[A-Za-z]")


@pytest.fixture(scope="module")
def content():
    return make_content(600, seed=7)


def all_records(content):
    return [r for kind in KINDS for r in content.of(kind)]


@pytest.mark.parametrize("records", [2, 3, 7, 20, 25, 100, 999, 10_000, 123_457])
def test_counts_per_kind_add_up_to_n(records):
    counts = kind_counts(records)
    assert sum(counts.values()) == records
    assert set(counts) == set(KINDS)
    assert min(counts.values()) >= 0
    assert counts["zone"] == 1 and counts["source"] == 1


def test_the_generated_set_has_exactly_the_counted_records(content):
    assert content.counts() == kind_counts(600)
    assert sum(content.counts().values()) == 600


def test_the_default_size_spreads_over_every_kind_mostly_clusters_manufacturers_and_bases():
    counts = kind_counts(10_000)
    assert all(counts[kind] > 0 for kind in KINDS)
    assert counts["cluster"] + counts["manufacturer"] + counts["base"] > 0.7 * 10_000
    assert counts["figure"] <= 10  # Home shows every key figure large


def test_too_few_records_is_a_clear_error():
    with pytest.raises(ValueError, match="at least 2"):
        make_content(1)


def test_every_record_has_a_title_and_summary_in_all_three_languages(content):
    for record in all_records(content):
        assert set(record.text["title"]) == set(LANGUAGES), record.slug
        assert set(record.text["summary"]) == set(LANGUAGES), record.slug


def test_each_language_is_written_in_its_own_script(content):
    for record in all_records(content):
        title = record.text["title"]
        assert CJK.search(title["zh-Hans"].text), record.slug
        assert CYRILLIC.search(title["ru"].text), record.slug
        assert LATIN.search(title["en"].text) and not CYRILLIC.search(title["en"].text), record.slug


def test_texts_have_realistic_lengths(content):
    records = [r for r in all_records(content) if r.slug.startswith("synthetic-cluster-")]
    summaries_en = [len(r.text["summary"]["en"].text) for r in records]
    summaries_zh = [len(r.text["summary"]["zh-Hans"].text) for r in records]
    bodies = [r for r in records if "body" in r.text]
    assert 60 <= min(summaries_en) and max(summaries_en) <= 1200
    assert 15 <= min(summaries_zh)
    assert 0.3 * len(records) < len(bodies) < 0.7 * len(records)
    assert max(len(r.text["body"]["ru"].text) for r in bodies) > 500


def test_same_seed_same_content_other_seed_other_content():
    a = content_to_json(make_content(300, seed=3))
    b = content_to_json(make_content(300, seed=3))
    c = content_to_json(make_content(300, seed=4))
    assert a == b
    assert a != c
    assert [r["slug"] for r in a["cluster"]] == [r["slug"] for r in c["cluster"]]  # same shape, other words


def test_passes_the_content_rules_and_reads_back_like_a_pack(content):
    assert validate_content(content) == []
    data = content_to_json(content)
    meta = data.pop("meta")
    assert build_content_set(data, meta).counts() == content.counts()


def test_everything_is_marked_synthetic(content):
    assert MARK in (content.meta.note or "")
    assert "synthetic" in content.meta.content_version
    for record in all_records(content):
        assert record.slug.startswith("synthetic-"), record.slug
        assert (record.source_quote or "").startswith("SYNTHETIC"), record.slug
    zone = content.of("zone")[0]
    assert "合成" in zone.text["title"]["zh-Hans"].text
    assert "синтетич" in zone.text["title"]["ru"].text
    assert "synthetic" in zone.text["title"]["en"].text


def test_the_database_holds_only_synthetic_records_and_is_built_only_in_an_empty_folder(tmp_path):
    from sqlalchemy import select

    from kiosk.content.database import open_database
    from kiosk.content.change.store import get_meta
    from kiosk.db.models import Record

    bench = build_database(tmp_path / "bench", 40, seed=2)
    assert bench.counts == kind_counts(40)
    assert str(tmp_path) in bench.url
    db = open_database(bench.url, bench.data_dir)
    try:
        with db.sessions() as session:
            slugs = list(session.scalars(select(Record.slug)))
            meta = get_meta(session)
    finally:
        db.close()
    assert len(slugs) == 40 and all(s.startswith("synthetic-") for s in slugs)
    assert MARK in meta["note"]
    with pytest.raises(ValueError, match="not empty"):
        build_database(tmp_path / "bench", 40)
