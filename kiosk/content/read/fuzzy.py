"""How alike two words are: the measures search corrects typos and suggests words with.

- ``osa_distance``: the edits (insert, delete, substitute, swap two
  neighbours) between two words, the optimal-string-alignment form of the
  Damerau distance, computed only up to a limit: a typo of more edits than
  search forgives is not worth counting. ``within`` finds the indexed words
  that near a query word, after cheap tests (a piece of the word, its
  letters) have ruled out most of them.
- ``lcs_length``: the longest run of characters two words share in order
  (not necessarily together), bit-parallel; ``PackedWords`` gives it for a
  word against many words of one length at once.
- ``ratio``: 0-100, how much of two words their shared characters make up;
  ``most_alike`` ranks words by it, for "Did you mean".

Pure Python: a C library for this would add megabytes to the packaged
kiosk, and a query word is only ever compared with the indexed words of
about its length.
"""

from __future__ import annotations

import re
from typing import Iterable


def osa_distance(a: str, b: str, limit: int) -> int:
    """Edits between *a* and *b* (insert, delete, substitute, swap two
    neighbours; no character edited twice), or ``limit + 1`` when more
    than *limit*. Meant for small limits (a typo or two): the work grows
    fourfold with each edit allowed, not with the length of the words."""
    if a == b:
        return 0
    for distance in range(1, limit + 1):
        if _within(a, b, distance):
            return distance
    return limit + 1


def _within(a: str, b: str, edits: int) -> bool:
    """Whether *a* becomes *b* in at most *edits* edits.

    The start both share costs nothing; at the first difference, one of the
    four edits must be made there, and the rest is the same question with
    one edit fewer: at most 4 ** edits comparisons of whole strings (in C),
    each answered without a table."""
    if abs(len(a) - len(b)) > edits:
        return False
    same = _common_start(a, b)
    a, b = a[same:], b[same:]
    if not a or not b:
        return True  # what is left is added or removed: within the edits, by the length test
    if edits == 0:
        return False
    swap = len(a) > 1 and len(b) > 1 and a[0] == b[1] and a[1] == b[0]
    if edits == 1:
        return a[1:] == b[1:] or a[1:] == b or a == b[1:] or (swap and a[2:] == b[2:])
    fewer = edits - 1
    return (
        _within(a[1:], b[1:], fewer)  # substitute
        or _within(a[1:], b, fewer)  # delete
        or _within(a, b[1:], fewer)  # insert
        or (swap and _within(a[2:], b[2:], fewer))  # swap
    )


def _common_start(a: str, b: str) -> int:
    """How many characters *a* and *b* share from the start, by halving
    (slices compared in C rather than a character at a time)."""
    size = min(len(a), len(b))
    if not size or a[0] != b[0]:
        return 0
    low, high = 1, size  # a[:low] == b[:low]; a[:high + 1] != b[:high + 1]
    while low < high:
        middle = (low + high + 1) // 2
        if a[low:middle] == b[low:middle]:
            low = middle
        else:
            high = middle - 1
    return low


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


class PackedWords:
    """Words of one length side by side in one integer, so that the
    characters one word shares in order with each of them (``lcs_length``)
    come from one pass of integer operations over all of them, in C: the
    bit-parallel method with a zero guard bit after each word, which stops
    an addition's carry from running into the next word."""

    def __init__(self, words: list[str]):
        self.words = words
        self.size = len(words[0]) if words else 0
        self._width = self.size + 1
        # Character p of the joined words is bit p: the text is reversed,
        # since int() reads its most significant digit first.
        self._reversed = "".join(word + "\0" for word in words)[::-1]
        self._others = {ord(char): "0" for char in set(self._reversed)}
        self._letters = int(("0" + "1" * self.size) * len(words), 2) if words else 0
        self._masks: dict[str, int] = {}

    def _mask(self, char: str) -> int:
        """The bits of every place *char* stands at, made at its first use."""
        mask = self._masks.get(char)
        if mask is None:
            mask = 0
            if ord(char) in self._others:
                mask = int(self._reversed.translate({**self._others, ord(char): "1"}), 2)
            self._masks[char] = mask
        return mask

    def lcs_lengths(self, word: str) -> list[int]:
        """``lcs_length(word, w)`` for each of the words, in their order."""
        letters = self._letters
        v = letters
        for char in word:
            mask = self._mask(char)
            if mask:
                u = v & mask
                v = ((v + u) | (v - u)) & letters
        bits = format(v, "b").zfill(len(self._reversed))[::-1]
        width, size = self._width, self.size
        # Each zero bit of a word's bits is one shared character.
        return [size - bits.count("1", i * width, i * width + size) for i in range(len(self.words))]


def most_alike(word: str, groups: Iterable[PackedWords], cutoff: float, limit: int) -> list[str]:
    """Of the words in *groups*, the *limit* with the highest ``ratio`` to
    *word*, at least *cutoff*; best first, then in the order given."""
    found: list[tuple[float, int, str]] = []
    index = 0
    for group in groups:
        total = len(word) + group.size
        if total and 200.0 * min(len(word), group.size) >= cutoff * total:
            for offset, shared in enumerate(group.lcs_lengths(word)):
                score = 200.0 * shared / total
                if score >= cutoff:
                    found.append((-score, index + offset, group.words[offset]))
        index += len(group.words)
    return [choice for _score, _index, choice in sorted(found)[:limit]]
