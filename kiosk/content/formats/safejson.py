"""One careful JSON reader for every file that comes from outside the kiosk.

Content folders, content packs (their manifest, signature and content
files) and the manifests the staff menu lists on a USB stick are written by
other programs, or by someone who wants to break the kiosk.  Python's own
``json.loads`` accepts things that end in a traceback or in nonsense further
on: nesting thousands of levels deep (a ``RecursionError``), numbers such as
``1e999999`` (infinity) or ``NaN``, integers with 100,000 digits, and an
object that names the same key twice (only the last one counts, silently).
``loads`` refuses each of them with a ``JSONRefused`` that says what and
where; callers turn it into a problem naming the file.
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class JSONLimits:
    """What a JSON document from outside may be."""

    #: Bytes of the whole document.
    max_bytes: int = 64 * 1024 * 1024
    #: Levels of nested lists and objects (content files need 5).
    max_depth: int = 64
    #: Digits of an integer (sort orders and years need far fewer).
    max_int_digits: int = 30


DEFAULT_LIMITS = JSONLimits()


class JSONRefused(ValueError):
    """A JSON document that is refused; the message says why, for a sentence after the file name."""


class _Duplicate(ValueError):
    """Raised inside the parser for a key seen twice; carries the key."""


# A JSON string literal (escapes included: brackets inside strings do not
# nest), an opening bracket, or a closing one.  Scanned token by token, so
# a 15 MB file costs no copy of itself.
_TOKEN = re.compile(r'"[^"\\]*(?:\\.[^"\\]*)*"|([\[{])|[\]}]')


def _too_deep(text: str, limit: int) -> int | None:
    """The nesting depth at which *text* passes *limit* (counted without
    recursion, stopping there), or None when it stays within it."""
    depth = 0
    for token in _TOKEN.finditer(text):
        if token.group(1):
            depth += 1
            if depth > limit:
                return depth
        elif token.group()[0] != '"':
            depth -= 1
    return None


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in pairs:
        if key in out:
            raise _Duplicate(key)
        out[key] = value
    return out


def _refuse_constant(name: str) -> Any:
    raise JSONRefused(f"holds the number {name}, which is not a real number")


def loads(data: bytes | str, limits: JSONLimits = DEFAULT_LIMITS) -> Any:
    """Parse *data* (UTF-8 bytes or text) or raise JSONRefused saying why."""
    if len(data) > limits.max_bytes:
        raise JSONRefused(f"is {len(data)} bytes; at most {limits.max_bytes} are accepted")
    if isinstance(data, bytes):
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise JSONRefused(f"is not UTF-8 text ({exc.reason} at byte {exc.start})") from None
    else:
        text = data
    if text.startswith("\ufeff"):
        text = text[1:]  # a byte-order mark from a Windows editor is harmless
    if _too_deep(text, limits.max_depth):
        raise JSONRefused(f"is nested more than {limits.max_depth} levels deep")

    def parse_int(digits: str) -> int:
        if len(digits.lstrip("-")) > limits.max_int_digits:
            raise JSONRefused(f"holds a whole number with {len(digits.lstrip('-'))} digits; at most {limits.max_int_digits} are accepted")
        return int(digits)

    def parse_float(literal: str) -> float:
        value = float(literal)
        if not math.isfinite(value):
            raise JSONRefused(f"holds the number {literal[:40]}, which is too large")
        return value

    try:
        return json.loads(
            text,
            object_pairs_hook=_no_duplicates,
            parse_constant=_refuse_constant,
            parse_int=parse_int,
            parse_float=parse_float,
        )
    except _Duplicate as exc:
        raise JSONRefused(f"names the key {str(exc)!r} twice in one object") from None
    except json.JSONDecodeError as exc:
        raise JSONRefused(f"is not valid JSON: {exc.msg} at line {exc.lineno}, column {exc.colno}") from None
    except RecursionError:  # the depth check above makes this unreachable; kept as a last guard
        raise JSONRefused("is nested too deeply") from None
