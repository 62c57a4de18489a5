"""How alike two words are: the measures search corrects typos and suggests words with.

- ``osa_distance``: the edits (insert, delete, substitute, swap two
  neighbours) between two words, the optimal-string-alignment form of the
  Damerau distance, computed only up to a limit: a typo of more edits than
  search forgives is not worth counting.
- ``lcs_length``: the longest run of characters two words share in order
  (not necessarily together), bit-parallel.
- ``ratio``: 0-100, how much of two words their shared characters make up,
  for "Did you mean".

Pure Python: every call is on a word of a query against a few hundred
indexed words of about the same length, which takes well under a
millisecond with the filters here; a C library for it would add megabytes
to the packaged kiosk.
"""

from __future__ import annotations

import re
from typing import Iterable


def osa_distance(a: str, b: str, limit: int) -> int:
    """Edits between *a* and *b* (insert, delete, substitute, swap two
    neighbours; no character edited twice), or ``limit + 1`` when more
    than *limit*."""
    over = limit + 1
    if a == b:
        return 0
    if abs(len(a) - len(b)) > limit:
        return over
    a, b = _strip_common_ends(a, b)
    la, lb = len(a), len(b)
    if not la or not lb:
        return max(la, lb) if max(la, lb) <= limit else over
    # Only the diagonal band |i - j| <= limit can hold a value within the
    # limit; any cell above it is kept as `over` (a path through it never
    # comes back under the limit, as costs only grow along a path).
    before: list[int] | None = None
    prev = [j if j <= limit else over for j in range(lb + 1)]
    for i in range(1, la + 1):
        ca = a[i - 1]
        cur = [over] * (lb + 1)
        cur[0] = i if i <= limit else over
        row_min = cur[0]
        for j in range(max(1, i - limit), min(lb, i + limit) + 1):
            cb = b[j - 1]
            v = min(prev[j - 1] + (ca != cb), prev[j] + 1, cur[j - 1] + 1)
            if ca != cb and before is not None and j > 1 and ca == b[j - 2] and a[i - 2] == cb and before[j - 2] + 1 < v:
                v = before[j - 2] + 1
            cur[j] = v if v < over else over
            if v < row_min:
                row_min = v
        if row_min > limit:
            return over
        before, prev = prev, cur
    return prev[lb] if prev[lb] <= limit else over


def _strip_common_ends(a: str, b: str) -> tuple[str, str]:
    """*a* and *b* without the start and end they share (they cost no edit)."""
    shortest = min(len(a), len(b))
    start = 0
    while start < shortest and a[start] == b[start]:
        start += 1
    end = 0
    while end < shortest - start and a[-1 - end] == b[-1 - end]:
        end += 1
    return a[start : len(a) - end], b[start : len(b) - end]


def lcs_length(a: str, b: str) -> int:
    """How many characters *a* and *b* share in order (the longest common
    subsequence), by the bit-parallel method (Allison and Dix, Hyyrö): one
    integer operation per character of *b* instead of a table."""
    return CommonSubsequence(a).length(b) if a and b else 0


class CommonSubsequence:
    """One word's character masks, made once to compare it with many words
    (``lcs_length`` of the word and each)."""

    def __init__(self, word: str):
        self.masks: dict[str, int] = {}
        for i, char in enumerate(word):
            self.masks[char] = self.masks.get(char, 0) | (1 << i)
        self.size = len(word)
        self.full = (1 << len(word)) - 1

    def length(self, other: str) -> int:
        """The longest common subsequence of the word and *other*."""
        masks = self.masks
        v = self.full
        for char in other:
            mask = masks.get(char)
            if mask:
                u = v & mask
                v = (v + u) | (v - u)
        # Each zero bit among the word's bits is one shared character.
        return self.size - (v & self.full).bit_count()


def ratio(a: str, b: str) -> float:
    """0-100: twice the characters *a* and *b* share in order, over both
    lengths together (100 for the same word, or for two empty ones)."""
    total = len(a) + len(b)
    return 100.0 if total == 0 else 200.0 * lcs_length(a, b) / total


def within(word: str, choices: Iterable[str], limit: int, keep: int) -> list[str]:
    """Of *choices*, the *keep* nearest to *word* within *limit* edits,
    nearest first, equally near ones alphabetically."""
    if limit <= 0:
        return []
    letters = set(word)
    # An edit touches one piece of the word, a swap of two neighbours at
    # most two: cut into 2 * limit + 1 pieces, one of them is in any word
    # within the limit unchanged. One regular expression (in C) tests that.
    pieces = _pieces(word, 2 * limit + 1)
    some_piece = re.compile("|".join(re.escape(p) for p in pieces)).search
    found: list[tuple[int, int, str]] = []
    for index, choice in enumerate(choices):
        if not some_piece(choice):
            continue
        # An edit brings at most one new letter in and takes at most one out.
        own = set(choice)
        if len(own - letters) > limit or len(letters - own) > limit:
            continue
        distance = osa_distance(word, choice, limit)
        if distance <= limit:
            found.append((distance, index, choice))
    # The first found of equally near ones are kept, then shown alphabetically.
    kept = sorted(found)[:keep]
    return [choice for _distance, _index, choice in sorted(kept, key=lambda f: (f[0], f[2]))]


def _pieces(word: str, count: int) -> list[str]:
    """*word* cut into *count* pieces of about the same length (fewer for a short word)."""
    count = min(count, len(word))
    bounds = [len(word) * i // count for i in range(count + 1)]
    return [word[bounds[i] : bounds[i + 1]] for i in range(count)]


def most_alike(word: str, choices: Iterable[str], cutoff: float, limit: int) -> list[str]:
    """Of *choices*, the *limit* with the highest ``ratio`` to *word*, at
    least *cutoff*; best first, then in the order given."""
    size = len(word)
    letters = set(word)
    lcs = CommonSubsequence(word)
    found: list[tuple[float, int, str]] = []
    for index, choice in enumerate(choices):
        total = size + len(choice)
        need = cutoff * total
        # Cheap bounds first: shared characters are at most the shorter
        # word, less the letters either word has and the other has not.
        own = set(choice)
        bound = min(size - len(letters - own), len(choice) - len(own - letters))
        if 200.0 * bound < need:
            continue
        shared = lcs.length(choice) if size else 0
        score = 100.0 if total == 0 else 200.0 * shared / total
        if score >= cutoff:
            found.append((-score, index, choice))
    return [choice for _score, _index, choice in sorted(found)[:limit]]
