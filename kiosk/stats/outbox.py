"""What a kiosk has not yet sent to the office: its outbox over the statistics file.

The kiosk's own statistics file is the queue.  Its finished sessions are
numbered in order (``sessions.seq``; a session gets its row when it ends,
and sessions end one after the other), so "sent up to session N" is all a
kiosk needs to remember per destination (a row in the file's ``meta``
table).  ``next_batch`` gathers the sessions after that mark, at most
``BATCH_SESSIONS`` of them, with the whole daily totals of every day they
touch; ``mark_sent`` moves the mark once the office has stored them.

Nothing is lost while the office cannot be reached (the mark stays, the
next send takes everything since), and nothing counts twice: the office
keys a session by kiosk, file and number, and replaces a day's totals
with newer ones (``upto_event`` says how new), so a batch sent again, or
sent again after a restart between the send and ``mark_sent``, changes
nothing.  The first batch to a destination carries every day's totals,
also of days whose sessions the retention already dropped.

``Batch`` is plain data: the office stores it straight from the kiosk
(``kiosk.stats.office.store_batch``) or from a file the kiosk left in a
folder pack source (``to_json`` / ``batch_from_json``).
"""

from __future__ import annotations

import base64
import hashlib
import json
import uuid
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import Connection, text

from kiosk.stats import compact as cp
from kiosk.stats.store import StatsStore

#: Sessions per batch: a few hundred kilobytes, one office transaction.
BATCH_SESSIONS = 2000
FILE_ID_KEY = "outbox.file_id"
BATCH_FORMAT = "jiaozhou-kiosk statistics batch"


class BatchError(ValueError):
    """A statistics batch that cannot be used; the message names where and what is wrong."""


@dataclass
class SessionOut:
    """One finished session as it travels: names as text, its packed events referring to ``names`` (1 = the first)."""

    seq: int
    start: int
    length_ms: int
    day: int
    language: str
    ended: str
    n_events: int
    names: list[str]
    events: bytes


@dataclass
class Batch:
    """Sessions after the destination's mark, and the whole totals of each day they touch."""

    kiosk_id: str
    kiosk_name: str
    file_id: str
    #: The kiosk's event counter when the totals were read.
    upto_event: int
    #: The mark after this batch: the newest session in it (or the old mark when it holds none).
    last_seq: int
    sessions: list[SessionOut] = field(default_factory=list)
    #: Day number (``date.toordinal``) -> [(metric, key, lang, n, total), ...]; numeric keys as text.
    totals: dict[int, list[tuple[int, str, str, int, int]]] = field(default_factory=dict)

    @property
    def first_seq(self) -> int:
        return self.sessions[0].seq if self.sessions else self.last_seq


def mark_key(destination: str) -> str:
    """The ``meta`` key of the mark for *destination* (a database URL or a folder): a new one starts from the start."""
    return "outbox.sent." + hashlib.sha256(destination.encode("utf-8")).hexdigest()[:16]


def _meta(conn: Connection, key: str) -> str | None:
    return conn.execute(text("SELECT value FROM meta WHERE key = :k"), {"k": key}).scalar()


def _put_meta(conn: Connection, key: str, value: str) -> None:
    conn.execute(text("INSERT INTO meta (key, value) VALUES (:k, :v) ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
                 {"k": key, "v": value})


def file_id(store: StatsStore) -> str:
    """This statistics file's id (made the first time): sessions of a new file are numbered from 1 again."""
    with store.engine.begin() as conn:
        found = _meta(conn, FILE_ID_KEY)
        if found is None:
            found = str(uuid.uuid4())
            _put_meta(conn, FILE_ID_KEY, found)
        return found


def sent_mark(store: StatsStore, destination: str) -> int | None:
    """The newest session already sent to *destination*, or None when nothing was sent there yet."""
    with store.engine.connect() as conn:
        value = _meta(conn, mark_key(destination))
    return None if value is None else int(value)


def mark_sent(store: StatsStore, destination: str, batch: Batch) -> None:
    """*destination* holds *batch* now: the next one starts after it."""
    with store.engine.begin() as conn:
        _put_meta(conn, mark_key(destination), str(batch.last_seq))


def pending_sessions(store: StatsStore, kiosk_id: str, destination: str) -> int:
    """How many finished sessions of *kiosk_id* wait to be sent to *destination*."""
    mark = sent_mark(store, destination) or 0
    with store.engine.connect() as conn:
        return conn.execute(text("SELECT count(*) FROM sessions s JOIN kiosks k ON k.id = s.kiosk "
                                 "WHERE k.uid = :u AND s.seq > :m"), {"u": kiosk_id, "m": mark}).scalar_one()


def next_batch(store: StatsStore, kiosk_id: str, destination: str, limit: int = BATCH_SESSIONS) -> Batch | None:
    """What *destination* lacks of kiosk *kiosk_id*'s statistics (see the module docstring); None when nothing."""
    fid = file_id(store)
    mark = sent_mark(store, destination)
    with store.engine.connect() as conn:
        # The event counter first: the totals read after it are at least as new as it says.
        row = conn.execute(text("SELECT id, name, last_event FROM kiosks WHERE uid = :u"), {"u": kiosk_id}).first()
        if row is None:
            return None
        kiosk, name, upto = row
        rows = conn.execute(text("SELECT seq, start, length_ms, day, language, reason, n_events, events FROM sessions "
                                 "WHERE kiosk = :k AND seq > :m ORDER BY seq LIMIT :n"),
                            {"k": kiosk, "m": mark or 0, "n": limit}).all()
        if mark is None:
            days = [r[0] for r in conn.execute(text("SELECT DISTINCT day FROM rollups WHERE kiosk = :k"), {"k": kiosk})]
        else:
            days = sorted({r.day for r in rows})
        if not rows and not days:
            return None
        names = store.names(conn)
        batch = Batch(kiosk_id, name, fid, upto, rows[-1].seq if rows else (mark or 0),
                      [_session_out(r, names) for r in rows])
        for day, metric, key, lang, n, total in conn.execute(
                text("SELECT day, metric, key, lang, n, total FROM rollups WHERE kiosk = :k AND day IN "
                     "(SELECT value FROM json_each(:d)) ORDER BY day, metric, key, lang"), {"k": kiosk, "d": json.dumps(days)}):
            key_text = str(key) if metric in cp.NUMERIC_KEYS else names.get(key, "")
            batch.totals.setdefault(day, []).append((metric, key_text, names.get(lang, "") if lang else "", n, total))
    return batch


def _session_out(row, names: dict[int, str]) -> SessionOut:
    """A session row with its name ids turned into its own short list of names."""
    local: dict[int, int] = {0: 0}
    listed: list[str] = []

    def local_id(name: int) -> int:
        if name not in local:
            listed.append(names.get(name, ""))
            local[name] = len(listed)
        return local[name]

    events = cp.translate(row.events, local_id)
    return SessionOut(row.seq, row.start, row.length_ms, row.day, names.get(row.language, ""),
                      names.get(row.reason, ""), row.n_events, listed, events)


# -- as a file in a folder pack source -------------------------------------------------------------
def to_json(batch: Batch) -> dict[str, Any]:
    """*batch* as a JSON document (days as ISO dates, events in base64)."""
    return {
        "format": BATCH_FORMAT, "kiosk_id": batch.kiosk_id, "kiosk_name": batch.kiosk_name, "file_id": batch.file_id,
        "upto_event": batch.upto_event, "last_seq": batch.last_seq,
        "sessions": [{"seq": s.seq, "start": s.start, "length_ms": s.length_ms, "day": date.fromordinal(s.day).isoformat(),
                      "language": s.language, "ended": s.ended, "n_events": s.n_events, "names": s.names,
                      "events": base64.b64encode(s.events).decode("ascii")} for s in batch.sessions],
        "totals": {date.fromordinal(day).isoformat(): [list(r) for r in rows] for day, rows in batch.totals.items()},
    }


def _need(doc: dict, key: str, kind: type | tuple[type, ...], where: str) -> Any:
    value = doc.get(key)
    if not isinstance(value, kind) or isinstance(value, bool):
        raise BatchError(f"{where}: {key} is missing or not a {getattr(kind, '__name__', 'value of the right type')}")
    return value


def _day(value: Any, where: str) -> int:
    try:
        return date.fromisoformat(value).toordinal()
    except (TypeError, ValueError):
        raise BatchError(f"{where}: {value!r} is not a day like 2026-11-30") from None


def batch_from_json(doc: Any, where: str) -> Batch:
    """The batch in *doc* (read from *where*); BatchError naming the field when it is not one."""
    if not isinstance(doc, dict) or doc.get("format") != BATCH_FORMAT:
        raise BatchError(f"{where}: is not a kiosk statistics batch")
    kiosk_id = _need(doc, "kiosk_id", str, where)
    if not kiosk_id.strip() or len(kiosk_id) > 64:
        raise BatchError(f"{where}: kiosk_id must be a text of 1 to 64 characters")
    where = f"{where} (kiosk {kiosk_id})"
    batch = Batch(kiosk_id, str(doc.get("kiosk_name") or "")[:120], _need(doc, "file_id", str, where)[:40],
                  _need(doc, "upto_event", int, where), _need(doc, "last_seq", int, where))
    for number, s in enumerate(_need(doc, "sessions", list, where), 1):
        at = f"{where}: session {number}"
        if not isinstance(s, dict):
            raise BatchError(f"{at}: is not an object")
        names = _need(s, "names", list, at)
        if not all(isinstance(n, str) for n in names):
            raise BatchError(f"{at}: names must be texts")
        try:
            events = base64.b64decode(_need(s, "events", str, at), validate=True)
        except ValueError:
            raise BatchError(f"{at}: events are not base64") from None
        batch.sessions.append(SessionOut(
            _need(s, "seq", int, at), _need(s, "start", int, at), _need(s, "length_ms", int, at), _day(s.get("day"), at),
            str(s.get("language") or "")[:40], str(s.get("ended") or "")[:40], _need(s, "n_events", int, at), names, events))
    for day, rows in _need(doc, "totals", dict, where).items():
        at = f"{where}: totals of {day}"
        if not isinstance(rows, list) or not all(
                isinstance(r, list) and len(r) == 5 and isinstance(r[0], int) and isinstance(r[1], str)
                and isinstance(r[2], str) and isinstance(r[3], int) and isinstance(r[4], int) for r in rows):
            raise BatchError(f"{at}: each total is [metric, key, language, n, total]")
        batch.totals[_day(day, at)] = [tuple(r) for r in rows]
    return batch
