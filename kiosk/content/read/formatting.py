"""How key figures are written in each language.

Chinese counts large numbers in 万 (10⁴) and 亿 (10⁸), Russian and English in
thousands and billions, and each writes "over" its own way; so the database
keeps the plain value (160 000 000 000 yuan) and this module writes it
("160+ billion yuan", "1600+ 亿元", "160+ млрд юаней").
"""

from __future__ import annotations

from dataclasses import dataclass


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
