"""The default content holds every fact of the source digest, each with its source."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from kiosk.content.formats.contentset_io import read_content_dir
from kiosk.content.vocab import KINDS, LANGUAGES

ROOT = Path(__file__).resolve().parents[3]
DIGEST_CANDIDATES = [
    ROOT.parent / "shared" / "design" / "content-facts.md",
    ROOT / "tests" / "data" / "content-facts.md",
]


def digest_text() -> str:
    for path in DIGEST_CANDIDATES:
        if path.exists():
            return path.read_text(encoding="utf-8")
    raise AssertionError(f"content-facts.md not found in {DIGEST_CANDIDATES}")


def table_after(heading: str) -> list[list[str]]:
    """Rows (cells) of the first Markdown table under *heading*."""
    text = digest_text()
    start = text.index(heading)
    rows = []
    for line in text[start:].splitlines()[1:]:
        if line.startswith("## ") and rows:
            break
        if line.startswith("|") and not re.match(r"^\|\s*-", line):
            rows.append([c.strip() for c in line.strip().strip("|").split("|")])
    return rows[1:]  # without the header row


def flat(text: str) -> str:
    """Whitespace folded (the source uses no-break spaces), quotes dropped."""
    return re.sub(r"\s+", " ", text.replace('"', ""))


@pytest.fixture(scope="module")
def content():
    return read_content_dir(ROOT / "data" / "content")


def titles(content, kind: str) -> dict[str, object]:
    return {r.t("title", "en"): r for r in content.of(kind)}


def test_every_cluster_of_the_digest_is_there_with_its_level(content):
    rows = table_after("## Industrial clusters")
    assert len(rows) == 9
    by_title = titles(content, "cluster")
    for name, level in rows:
        assert name in by_title, f"cluster {name!r} is missing"
        assert by_title[name].level == level


def test_every_manufacturer_platform_and_initiative_is_there(content):
    for heading, kind in [
        ("## Flagship manufacturers", "manufacturer"),
        ("## Service platforms", "platform"),
        ("## Initiatives", "initiative"),
    ]:
        names = {t.lower() for t in titles(content, kind)}
        for row in table_after(heading):
            assert row[0].lower() in names, f"{kind} {row[0]!r} is missing"


def test_only_haier_base_is_tied_to_a_manufacturer(content):
    tied = {b.slug: b.manufacturer for b in content.of("base") if b.manufacturer}
    assert tied == {"haier-smart-interconnected-factory": "haier-group"}
    assert len(content.of("base")) == 4


def test_key_figures_carry_value_unit_year_and_qualifier(content):
    figures = {f.slug: f for f in content.of("figure")}
    expected = {
        "industrial-enterprises": (15000, "count", "over", None),
        "enterprises-above-designated-size": (1000, "count", "more_than", None),
        "industrial-output-2024": (160e9, "yuan", "over", 2024),
        "provincial-clusters": (7, "count", "exact", None),
        "national-clusters": (2, "count", "exact", None),
    }
    for slug, (value, unit, qualifier, year) in expected.items():
        f = figures[slug]
        assert (f.value, f.unit, f.qualifier, f.year) == (value, unit, qualifier, year)
    digest = digest_text()
    assert "over 15,000 industrial enterprises" in digest and "160 billion yuan" in digest


def test_statement_signature_industries_and_new_energy(content):
    statement = content.of("statement")[0]
    assert statement.t("title", "en") == "Zhou Lin"
    assert "innovation-driven industrial system" in statement.t("body", "en")
    industries = {r.t("title", "en"): r for r in content.of("industry")}
    assert {"Smart home appliances", "Steel structures", "Green food processing", "New energy"} <= set(industries)
    assert industries["New energy"].focus is True


def test_every_record_has_a_source_and_its_words(content):
    source_text = (ROOT.parent / "shared" / "seed" / "000_b40dce9e821187ad.txt")
    seed = source_text.read_text(encoding="utf-8") if source_text.exists() else None
    for kind in KINDS:
        for record in content.of(kind):
            if kind != "source":
                assert record.source == "press-release-2025-08-25", f"{kind} {record.slug} lacks a source"
            assert record.source_quote, f"{kind} {record.slug} lacks the source's words"
            if seed is not None:
                # The quote must be the source's own words, not a paraphrase.
                assert flat(record.source_quote) in flat(seed), record.slug


def test_every_title_is_in_three_languages_and_translations_are_unverified(content):
    for kind in KINDS:
        for record in content.of(kind):
            assert set(record.text["title"]) == set(LANGUAGES)
            for field, per_lang in record.text.items():
                for lang in ("zh-Hans", "ru"):
                    if lang in per_lang:
                        assert per_lang[lang].verified is False, f"{record.slug}.{field}[{lang}] claims a check"


def test_no_invented_web_addresses_or_photos(content):
    for kind in KINDS:
        for record in content.of(kind):
            assert record.web_url is None and record.media is None, record.slug
