"""How figures, dates and running text are written in each language.

Chinese counts large numbers in 万 (10⁴) and 亿 (10⁸), Russian and English in
thousands and billions, and each writes "over" its own way; so the database
keeps the plain value (160 000 000 000 yuan) and this module writes it
("160+ billion yuan", "1600+ 亿元", "160+ млрд юаней").
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class FigureText:
    """A key figure ready to show: the big number and the unit word after it."""

    number: str
    unit: str


def _trim(value: float) -> str:
    text = f"{value:.1f}".rstrip("0").rstrip(".")
    return text


def _group(value: float, lang: str) -> str:
    if value != int(value):
        return _trim(value)
    whole = int(value)
    if lang == "ru":
        return f"{whole:,}".replace(",", "\u00a0") if whole >= 10000 else str(whole)
    if lang == "en":
        return f"{whole:,}"
    return str(whole)


def format_figure(value: float, unit: str, qualifier: str, lang: str) -> FigureText:
    """The number and unit of a key figure in *lang*."""
    plus = "+" if qualifier in ("over", "more_than") else ""
    if unit == "yuan":
        if lang == "zh-Hans":
            if value >= 1e8:
                return FigureText(_group(value / 1e8, lang) + plus, "亿元")
            if value >= 1e4:
                return FigureText(_group(value / 1e4, lang) + plus, "万元")
            return FigureText(_group(value, lang) + plus, "元")
        words = {"en": ("billion yuan", "million yuan", "yuan"), "ru": ("млрд юаней", "млн юаней", "юаней")}
        big, mid, small = words.get(lang, words["en"])
        if value >= 1e9:
            return FigureText(_group(value / 1e9, lang) + plus, big)
        if value >= 1e6:
            return FigureText(_group(value / 1e6, lang) + plus, mid)
        return FigureText(_group(value, lang) + plus, small)
    if lang == "zh-Hans" and value >= 1e4:
        return FigureText(_trim(value / 1e4) + "万" + plus, "")
    return FigureText(_group(value, lang) + plus, "")


# -- running text ------------------------------------------------------------------
# Each language writes quotation marks, ellipses and large numbers its own
# way; content typed on an office PC (or pasted from the English source)
# brings straight quotes, three dots and the other languages' habits.
# ``typeset`` puts each text into its language's way just before it is shown.

#: Opening and closing quotation marks, outer then inner, per language.
QUOTES = {"ru": (("«", "»"), ("„", "“")), "zh-Hans": (("“", "”"), ("‘", "’")), "en": (("“", "”"), ("‘", "’"))}
#: The ellipsis as each language writes it (Chinese: two centred, full width).
ELLIPSIS = {"zh-Hans": "……", "ru": "…", "en": "…"}
#: The comma between the parts of a line (Chinese: full width, no space).
COMMA = {"zh-Hans": "，", "ru": ", ", "en": ", "}
_NBSP = "\u00a0"
_DOUBLE_QUOTES = "\"“”„«»"
_ELLIPSES = re.compile(r"\.{3,}|…+|⋯+|。{3,}")
_FIVE_DIGITS = re.compile(r"\d[\d,\u00a0 ]{4,}")
_BIG_NUMBER = re.compile(r"(?<![\w.,\u00a0-])(\d{1,3}(?:[,\u00a0 ]\d{3})+|\d{5,})(?![\w-]|[.,]\d)")


def _requote(text: str, lang: str) -> str:
    """Double quotation marks of any style as *lang* writes them, nesting counted."""
    (outer_open, outer_close), (inner_open, inner_close) = QUOTES.get(lang, QUOTES["en"])
    out, depth = [], 0
    for i, ch in enumerate(text):
        if ch not in _DOUBLE_QUOTES:
            out.append(ch)
            continue
        before = text[i - 1] if i else " "
        opening = ch in "«„" or (ch in "\"“" and (before.isspace() or before in "([{—–-/" or i == 0))
        if ch == "”" or ch == "»":
            opening = False
        if opening:
            out.append(outer_open if depth == 0 else inner_open)
            depth += 1
        else:
            depth = max(0, depth - 1)
            out.append(outer_close if depth == 0 else inner_close)
    return "".join(out)


def _group_numbers(text: str, lang: str) -> str:
    """Integers of five digits or more grouped by thousands (Russian with a
    non-breaking space, English with a comma); Chinese writes them plain."""
    if lang == "zh-Hans":
        return text

    def group(match: re.Match[str]) -> str:
        digits = re.sub(r"\D", "", match.group(1))
        grouped = f"{int(digits):,}"
        return grouped.replace(",", _NBSP) if lang == "ru" else grouped

    return _BIG_NUMBER.sub(group, text)


def typeset(text: str, lang: str) -> str:
    """*text* with the quotation marks, ellipsis and number grouping of *lang*."""
    if not text:
        return text
    # Most texts need nothing: each step runs only where its characters occur.
    out = _ELLIPSES.sub(ELLIPSIS.get(lang, "…"), text) if ("..." in text or "…" in text or "⋯" in text or "。。。" in text) else text
    if lang == "en" and "'" in out:
        out = re.sub(r"(?<=\w)'(?=\w)", "’", out)
    if any(mark in out for mark in _DOUBLE_QUOTES):
        out = _requote(out, lang)
    return _group_numbers(out, lang) if lang != "zh-Hans" and _FIVE_DIGITS.search(out) else out


def quoted(text: str, lang: str, text_lang: str | None = None) -> str:
    """*text* (written in *text_lang*, by default *lang*) typeset, between the
    quotation marks of *lang*; empty stays empty."""
    bare = text.strip()
    if len(bare) >= 2 and bare[0] in _DOUBLE_QUOTES and bare[-1] in _DOUBLE_QUOTES:
        bare = bare[1:-1].strip()  # its own marks, one pair: the ones inside stay
    inner = typeset(bare, text_lang or lang)
    if not inner:
        return ""
    # The marks inside become the inner pair.
    (outer_open, outer_close), (inner_open, inner_close) = QUOTES.get(lang, QUOTES["en"])
    inner = _requote(inner, lang).replace(outer_open, inner_open).replace(outer_close, inner_close)
    return f"{outer_open}{inner}{outer_close}"


def shorten(text: str, limit: int, lang: str) -> str:
    """*text* cut to at most *limit* characters, ending with *lang*'s ellipsis
    when cut (at a word boundary in Latin and Cyrillic writing)."""
    flat = " ".join(text.split())
    if len(flat) <= limit:
        return flat
    mark = ELLIPSIS.get(lang, "…")
    cut = flat[: max(0, limit - len(mark))]
    if lang != "zh-Hans" and " " in cut and not flat[len(cut)].isspace():
        cut = cut.rsplit(" ", 1)[0]
    return cut.rstrip(" ,;:-—–·•.…。，、") + mark


def join_parts(parts: Iterable[str | None], separator: str = " · ") -> str:
    """The non-empty *parts* joined by *separator*: never a separator with nothing on one side."""
    return separator.join(p.strip() for p in parts if p and p.strip())


_MONTHS_RU = ("января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
              "сентября", "октября", "ноября", "декабря")
# Not calendar.month_name: it follows the process locale, which Qt sets.
_MONTHS_EN = ("January", "February", "March", "April", "May", "June", "July", "August",
              "September", "October", "November", "December")


def format_date(day: date | None, lang: str) -> str:
    """*day* as a visitor reads it: 2025年8月25日, 25 августа 2025 г., 25 August 2025; empty when None."""
    if day is None:
        return ""
    if lang == "zh-Hans":
        return f"{day.year}年{day.month}月{day.day}日"
    if lang == "ru":
        return f"{day.day}{_NBSP}{_MONTHS_RU[day.month - 1]} {day.year}{_NBSP}г."
    return f"{day.day} {_MONTHS_EN[day.month - 1]} {day.year}"
