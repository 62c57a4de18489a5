"""Text that a spreadsheet program would run as a formula, and how an export
keeps it text (OWASP "CSV injection").

A cell whose text starts with ``=``, ``+``, ``-``, ``@``, a tab or a carriage
return can be taken for a formula: typed into Calc, or after Calc or Excel
saves the sheet as CSV and another program opens that.  ``=HYPERLINK(...)``
in a title would then become a link on an office PC.  So an export writes
such a text with one apostrophe in front (``'=HYPERLINK(...)``): every
spreadsheet program shows it as text, and a CSV saved from it carries the
apostrophe too.  Reading a workbook removes exactly that apostrophe again,
so export and import give back the original text.  A text that itself
starts with an apostrophe followed by one of those characters (or by
another apostrophe) gets one more, so the rule can always be undone.
"""

from __future__ import annotations

from kiosk.content.formats.schema import FILE_NAMES, ContentSet
from kiosk.content.problems import Problem
from kiosk.content.vocab import KINDS

#: What a spreadsheet program may take as the start of a formula.
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_QUOTE = "'"


def formula_like(text: str) -> bool:
    """True when *text* would be taken as a formula in a spreadsheet cell."""
    return text.startswith(FORMULA_START)


def _escaped(text: str) -> bool:
    # An apostrophe followed by a formula start or by another apostrophe:
    # the only texts ``protect`` changes, and so the only ones ``unprotect`` reads back.
    return len(text) > 1 and text[0] == _QUOTE and (text[1] in FORMULA_START or text[1] == _QUOTE)


def protect(text: str) -> str:
    """*text* as an export writes it into a cell (see the module docstring)."""
    if formula_like(text) or _escaped(text):
        return _QUOTE + text
    return text


def unprotect(text: str) -> str:
    """The original text of a cell an export wrote with ``protect``."""
    return text[1:] if _escaped(text) else text


def formula_warning(text: str) -> str:
    """The warning for a text that starts like a formula (not an error: it is stored as text)."""
    first = {"\t": "a tab", "\r": "a carriage return"}.get(text[0], repr(text[0]))
    return (f"starts with {first}, so a spreadsheet program could run it as a formula; it is kept as text "
            "(exports put an apostrophe in front), but check that it is meant")


def formula_warnings(content: ContentSet, base: str = "") -> list[Problem]:
    """A warning for every text of *content* that starts like a formula,
    naming file, record and field (for content that came as a pack or folder)."""
    found: list[Problem] = []
    for kind in KINDS:
        where = base + FILE_NAMES[kind]
        for record in content.of(kind):
            for name, translations in record.text.items():
                for lang, translation in translations.items():
                    if formula_like(translation.text):
                        found.append(Problem(where, formula_warning(translation.text), record.slug, f"text.{name}.{lang}"))
            if record.source_quote and formula_like(record.source_quote):
                found.append(Problem(where, formula_warning(record.source_quote), record.slug, "source_quote"))
    return found
