"""Each language writes quotation marks, ellipses, numbers and dates its own way."""

from __future__ import annotations

from datetime import date

import pytest

from kiosk.content.read.formatting import FigureText, format_date, format_figure, join_parts, quoted, shorten, typeset

NBSP = "\u00a0"


@pytest.mark.parametrize(
    ("lang", "text", "written"),
    [
        # Russian: «ёлочки» outside, „лапки“ inside; one ellipsis character; 15 000 with a non-breaking space.
        ("ru", 'Инициатива "Один посёлок" и "план "Три отрасли""...', "Инициатива «Один посёлок» и «план „Три отрасли“»…"),
        ("ru", "более 15000 предприятий и 1000 крупных", f"более 15{NBSP}000 предприятий и 1000 крупных"),
        ("ru", "over 15,000 in 2024", f"over 15{NBSP}000 in 2024"),
        ("ru", "Китайское многоточие……", "Китайское многоточие…"),
        # English: curly quotes and apostrophes, thousands with a comma.
        ("en", "Haier's \"smart factory\"...", "Haier’s “smart factory”…"),
        ("en", "home to over 15000 industrial enterprises", "home to over 15,000 industrial enterprises"),
        ("en", "Asia⋯ and more", "Asia… and more"),
        # Chinese: “” quotes, the two-em ellipsis, numbers as written.
        ("zh-Hans", '"一镇一业"迭代创新...', "“一镇一业”迭代创新……"),
        ("zh-Hans", "超过15000家工业企业…", "超过15000家工业企业……"),
    ],
)
def test_running_text_follows_its_language(lang, text, written):
    assert typeset(text, lang) == written


@pytest.mark.parametrize("lang", ["ru", "en", "zh-Hans"])
def test_dates_codes_and_decimals_are_left_alone(lang):
    for text in ("2025-08-25", "2024", "1.5 billion", "SCO-2025", "v0.4.1", "12345abc"):
        assert typeset(text, lang) == text
    assert typeset("", lang) == ""


def test_typesetting_twice_changes_nothing_more():
    for lang in ("ru", "en", "zh-Hans"):
        once = typeset('He said "go" 15000 times...', lang)
        assert typeset(once, lang) == once


def test_a_quotation_takes_the_visitors_marks_and_keeps_its_own_language():
    source = '"Leveraging leaders like "Haier", Jiaozhou has 15,000 firms"'
    assert quoted(source, "ru", text_lang="en") == "«Leveraging leaders like „Haier“, Jiaozhou has 15,000 firms»"
    assert quoted(source, "zh-Hans", text_lang="en") == "“Leveraging leaders like ‘Haier’, Jiaozhou has 15,000 firms”"
    assert quoted(source, "en") == "“Leveraging leaders like ‘Haier’, Jiaozhou has 15,000 firms”"
    assert quoted("  ", "ru") == ""


def test_a_shortened_text_ends_with_its_languages_ellipsis_at_a_word():
    text = "Named as one of the advanced manufacturing leaders on which Jiaozhou has developed its bases."
    short = shorten(text, 40, "en")
    assert short == "Named as one of the advanced…" and len(short) <= 40
    assert shorten("Один из лидеров передового производства, на базе которых", 30, "ru") == "Один из лидеров передового…"
    zh = shorten("胶州先进制造业龙头企业之一，胶州依托这些企业打造了世界级生产基地。", 12, "zh-Hans")
    assert zh == "胶州先进制造业龙头企……" and len(zh) == 12
    assert shorten("Short enough", 40, "en") == "Short enough"


def test_no_separator_is_left_hanging():
    assert join_parts(["", "2025-08-25"], " • ") == "2025-08-25"
    assert join_parts(["Committee", None, " "], ", ") == "Committee"
    assert join_parts(["Committee", "25 August 2025"], ", ") == "Committee, 25 August 2025"
    assert join_parts([]) == ""


def test_dates_as_each_language_writes_them():
    day = date(2025, 8, 25)
    assert format_date(day, "zh-Hans") == "2025年8月25日"
    assert format_date(day, "ru") == f"25{NBSP}августа 2025{NBSP}г."
    assert format_date(day, "en") == "25 August 2025"
    assert format_date(None, "en") == ""


def test_key_figures_count_the_way_each_language_counts():
    assert format_figure(160e9, "yuan", "over", "zh-Hans") == FigureText("1600+", "亿元")
    assert format_figure(160e9, "yuan", "over", "ru") == FigureText("160+", "млрд юаней")
    assert format_figure(15000, "count", "over", "ru").number == f"15{NBSP}000+"
    assert format_figure(15000, "count", "over", "zh-Hans").number == "1.5万+"
    assert format_figure(15000, "count", "over", "en").number == "15,000+"
