"""One finished session -> one compact row plus its additions to the daily roll-ups.

A year of a busy kiosk is about 3.6 million events: one database row per
event would pass 100 MB.  So the events of a session are kept in the
journal only while the session is open; when it ends they become one row
(start, length, language, why it ended, and the events as a small
compressed list) and are added to the daily roll-ups that every report
reads.  Event ids stay unique: a session's events are numbered
``first_event``, ``first_event + 1``, ... in the kiosk's own sequence.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime

from kiosk.stats import events as ev

# Roll-up metrics (stored as numbers: never renumber one, only add).  The key
# is a name id unless the comment says otherwise; ``lang`` is a name id or 0.
M_SESSIONS = 1      # key 0; n sessions, total seconds
M_HOUR = 2          # key = hour of day the session started (0-23)
M_LENGTH = 3        # key = length bucket in seconds (see length_bucket)
M_LANGUAGE = 4      # key = language used in the session; n sessions
M_SWITCH = 5        # key = language switched to, lang = switched from
M_PAGE = 6          # key = page, lang = language; n views, total dwell ms
M_SEARCH = 7        # key = normalised term ("" when terms are off); n searches, total results
M_SEARCH_ZERO = 8   # key = term; n searches with no result
M_SEARCH_OPENED = 9  # key = term; n searches whose result was opened
M_QR = 10           # key = page
M_ACCESSIBILITY = 11  # key = mode; n times turned on
M_COUNTDOWN = 12    # key 0 = shown, 1 = cancelled by a touch
M_ERROR = 13        # key = reason
M_END = 14          # key = why the session ended

#: Metrics whose key is a plain number, not a name id (merges copy them as they are).
NUMERIC_KEYS = frozenset({M_SESSIONS, M_HOUR, M_LENGTH, M_COUNTDOWN})

MAX_TERM = 100


def day_of(ts: float) -> int:
    """The kiosk's local calendar day of *ts* as a day number (``date.toordinal``)."""
    return date.fromtimestamp(ts).toordinal()


def length_bucket(seconds: float) -> int:
    """The length bucket (its lower bound in seconds): 5 s steps to 2 min, 30 s to 10 min, then minutes to an hour."""
    s = max(0, int(seconds))
    if s < 120:
        return s - s % 5
    if s < 600:
        return s - s % 30
    return min(s - s % 60, 3600)


def normalise_term(query: str | None) -> str:
    """The search term as counted: trimmed, spaces collapsed, case folded, at most 100 characters."""
    if not query:
        return ""
    return " ".join(query.split()).casefold()[:MAX_TERM]


@dataclass
class SessionRow:
    """One finished session as stored (see the module docstring)."""

    seq: int
    first_event: int
    start: int
    length_ms: int
    day: int
    language: int
    reason: int
    n_events: int
    events: bytes


Rollups = dict[tuple[int, int, int, int], list[int]]  # (day, metric, key, lang) -> [n, total]


def new_rollups() -> Rollups:
    """An empty roll-up accumulator."""
    return defaultdict(lambda: [0, 0])


def compact(session_seq: int, first_event: int, items: Sequence[ev.Event], name_id: Callable[[str], int],
            rollups: Rollups) -> SessionRow:
    """Turn a session's events (session_start first, session_end last) into its row; add to *rollups*."""
    start, end = items[0], items[-1]
    length_s = max(0.0, end.ts - start.ts)
    day = day_of(start.ts)
    first_lang = name_id(start.data.get("language") or "")
    reason = name_id(end.data.get("reason") or ev.END_INTERRUPTED)

    def add(metric: int, key: int, lang: int = 0, total: int = 0) -> None:
        cell = rollups[(day, metric, key, lang)]
        cell[0] += 1
        cell[1] += total

    add(M_SESSIONS, 0, 0, round(length_s))
    add(M_HOUR, datetime.fromtimestamp(start.ts).hour)
    add(M_LENGTH, length_bucket(length_s))
    add(M_END, reason)
    languages = {first_lang} if first_lang else set()
    packed: list[list[int]] = []
    for item in items[1:-1]:
        row = _pack(item, name_id)
        packed.append([max(0, round((item.ts - start.ts) * 10)), *row])
        _rollup(row, add, languages)
    for lang in languages:
        add(M_LANGUAGE, lang)
    blob = encode(packed)
    return SessionRow(session_seq, first_event, int(start.ts), round(length_s * 1000), day, first_lang, reason,
                      len(items), blob)


def _pack(item: ev.Event, name_id: Callable[[str], int]) -> list[int]:
    """One event as [kind code, fields...] with names replaced by their ids (FIELDS says which)."""
    d = item.data
    code = ev.KIND_CODES[item.kind]
    if item.kind == ev.PAGE:
        return [code, name_id(d["page"]), round(int(d.get("dwell_ms") or 0) / 100), name_id(d.get("language") or "")]
    if item.kind == ev.LANGUAGE:
        return [code, name_id(d["language"]), name_id(d.get("previous") or "")]
    if item.kind == ev.SEARCH:
        return [code, name_id(normalise_term(d.get("query"))), max(0, int(d.get("results") or 0)),
                int(bool(d.get("opened"))), name_id(d.get("language") or "")]
    if item.kind == ev.QR:
        return [code, name_id(d.get("page") or "")]
    if item.kind == ev.ACCESSIBILITY:
        return [code, name_id(d.get("mode") or "")]
    if item.kind == ev.COUNTDOWN:
        return [code, int(bool(d.get("cancelled")))]
    if item.kind == ev.ERROR:
        return [code, name_id(d.get("reason") or "")]
    raise ValueError(f"event kind {item.kind!r} cannot be inside a session")


def _rollup(row: list[int], add, languages: set[int]) -> None:
    kind = ev.KINDS_BY_CODE[row[0]]
    if kind == ev.PAGE:
        add(M_PAGE, row[1], row[3], row[2] * 100)
    elif kind == ev.LANGUAGE:
        add(M_SWITCH, row[1], row[2])
        languages.add(row[1])
    elif kind == ev.SEARCH:
        add(M_SEARCH, row[1], row[4], row[2])
        if row[2] == 0:
            add(M_SEARCH_ZERO, row[1], row[4])
        if row[3]:
            add(M_SEARCH_OPENED, row[1], row[4])
    elif kind == ev.QR:
        add(M_QR, row[1])
    elif kind == ev.ACCESSIBILITY:
        add(M_ACCESSIBILITY, row[1])
    elif kind == ev.COUNTDOWN:
        add(M_COUNTDOWN, 0)
        if row[1]:
            add(M_COUNTDOWN, 1)
    elif kind == ev.ERROR:
        add(M_ERROR, row[1])


# -- the packed events: varints, the language of pages and searches left out -------------------
# A page or search is in the language of the session at that moment (its start language, then each
# switch), so it is not stored with every event; ``unpack`` puts it back.

#: Per kind code: (fields stored, positions among [code, fields...] that are name ids).
FIELDS: dict[int, tuple[int, tuple[int, ...]]] = {
    ev.KIND_CODES[ev.PAGE]: (2, (1,)), ev.KIND_CODES[ev.LANGUAGE]: (2, (1, 2)), ev.KIND_CODES[ev.SEARCH]: (3, (1,)),
    ev.KIND_CODES[ev.QR]: (1, (1,)), ev.KIND_CODES[ev.ACCESSIBILITY]: (1, (1,)), ev.KIND_CODES[ev.COUNTDOWN]: (1, ()),
    ev.KIND_CODES[ev.ERROR]: (1, (1,)),
}
_PAGE, _SEARCH, _LANGUAGE = ev.KIND_CODES[ev.PAGE], ev.KIND_CODES[ev.SEARCH], ev.KIND_CODES[ev.LANGUAGE]


def _varint(value: int, out: bytearray) -> None:
    value = max(0, int(value))
    while value >= 0x80:
        out.append((value & 0x7F) | 0x80)
        value >>= 7
    out.append(value)


def encode(rows: Sequence[Sequence[int]]) -> bytes:
    """[[tenths of a second since the start, code, fields...], ...] as bytes (see FIELDS)."""
    out = bytearray()
    previous = 0
    for row in rows:
        t, code = row[0], row[1]
        _varint(code, out)
        _varint(max(0, t - previous), out)
        previous = max(previous, t)
        for value in row[2:2 + FIELDS[code][0]]:
            _varint(value, out)
    return bytes(out)


def unpack(blob: bytes, start_language: int = 0) -> list[list[int]]:
    """A session's events: [tenths of a second since the start, kind code, fields..., language for pages and searches]."""
    rows: list[list[int]] = []
    pos, t, lang = 0, 0, start_language

    def read() -> int:
        nonlocal pos
        value = shift = 0
        while True:
            byte = blob[pos]
            pos += 1
            value |= (byte & 0x7F) << shift
            if byte < 0x80:
                return value
            shift += 7

    while pos < len(blob):
        code = read()
        t += read()
        fields = [read() for _ in range(FIELDS[code][0])]
        if code == _LANGUAGE:
            lang = fields[0]
        if code in (_PAGE, _SEARCH):
            fields.append(lang)
        rows.append([t, code, *fields])
    return rows


def translate(blob: bytes, mapping: Callable[[int], int]) -> bytes:
    """The same packed events with every name id passed through *mapping* (for merges between databases)."""
    rows = unpack(blob)
    for row in rows:
        for pos in FIELDS[row[1]][1]:
            row[pos + 1] = mapping(row[pos + 1])
    return encode(rows)
