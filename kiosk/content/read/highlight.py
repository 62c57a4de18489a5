"""Where a search matched inside a text the visitor sees: spans to highlight.

Search compares normalised text (NFKC, case-folded, ё as е), but the visitor
reads the original; each original character is folded on its own so that a
position in the folded text maps back to the character it came from.
"""

from __future__ import annotations

import re
import unicodedata

from kiosk.db.search_text import CJK_RE, stem

_TOKEN_RE = re.compile(r"[^\W_]+")


def _folded(original: str) -> tuple[str, list[int]]:
    """The normalised text and, for each of its characters, the original's index."""
    out: list[str] = []
    index: list[int] = []
    for i, ch in enumerate(original):
        for c in unicodedata.normalize("NFKC", ch).casefold().replace("ё", "е"):
            out.append(c)
            index.append(i)
    return "".join(out), index


def _occurrences(haystack: str, needle: str) -> list[tuple[int, int]]:
    found, start = [], haystack.find(needle)
    while needle and start >= 0:
        found.append((start, start + len(needle)))
        start = haystack.find(needle, start + len(needle))
    return found


def spans(original: str, phrase: str, forms: dict[str, list[str]]) -> list[tuple[int, int]]:
    """(start, end) character ranges of *original* to highlight, in order, not overlapping.

    *phrase* is the whole normalised query (marked wherever it stands);
    ``forms["prefix"]`` are the query's words (the typed part of a word that
    starts with one is marked), ``forms["whole"]`` stems and corrected typos
    (a word with that stem, or that word, is marked whole), and
    ``forms["chinese"]`` the query's Chinese runs (marked where they stand;
    a run found nowhere whole has its characters marked, for a partial match).
    """
    folded, index = _folded(original)
    found: list[tuple[int, int]] = []
    if phrase.strip() and (len(phrase) > 1 or not forms.get("prefix")):
        found += _occurrences(folded, phrase)
    prefixes = [w for w in forms.get("prefix", ()) if w]
    wholes = set(forms.get("whole", ()))
    if prefixes or wholes:
        for token in _TOKEN_RE.finditer(folded):
            word, start = token.group(), token.start()
            if CJK_RE.search(word):
                continue
            lead = max((len(p) for p in prefixes if word.startswith(p)), default=0)
            if lead:
                found.append((start, start + lead))
            elif word in wholes or stem(word) in wholes:
                found.append((start, token.end()))
    for run in forms.get("chinese", ()):
        places = _occurrences(folded, run)
        if not places:
            places = [pos for ch in set(run) for pos in _occurrences(folded, ch)]
        found += places
    merged: list[tuple[int, int]] = []
    for start, end in sorted(found):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return [(index[s], index[e - 1] + 1) for s, e in merged if e > s]
