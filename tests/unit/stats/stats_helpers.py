"""Helpers for the statistics tests: a hand-moved clock, a recorder that keeps a list, sessions with known times."""

from __future__ import annotations

from datetime import date, datetime

from kiosk.stats import events as ev
from kiosk.stats.store import open_store

KIOSK_A = "11111111-1111-4111-8111-111111111111"
KIOSK_B = "22222222-2222-4222-8222-222222222222"


class Clock:
    """A clock the test moves by hand."""

    def __init__(self, start: float):
        self.now = start

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


class ListRecorder:
    """Collects what VisitorSession records, in order."""

    def __init__(self):
        self.events: list[ev.Event] = []

    def record(self, kind, at=None, **data):
        self.events.append(ev.Event(kind, at, data))

    def kinds(self) -> list[str]:
        return [e.kind for e in self.events]

    def of(self, kind: str) -> list[ev.Event]:
        return [e for e in self.events if e.kind == kind]


def at(day: date, hour: int, minute: int = 0, second: float = 0) -> float:
    """A local wall-clock time as time.time() would give it."""
    return datetime(day.year, day.month, day.day, hour, minute).timestamp() + second


def session(t0: float, length: float, *, lang: str = "en", pages=(), searches=(), switch=None, a11y=None, qr=None,
            reason: str = ev.END_IDLE) -> list[ev.Event]:
    """A finished session from *t0* lasting *length* seconds with the given pages ((page, dwell_s), ...) and searches ((query, results, opened), ...)."""
    out = [ev.Event(ev.SESSION_START, t0, {"language": lang})]
    if switch:
        out.append(ev.Event(ev.LANGUAGE, t0 + 1, {"language": switch, "previous": lang}))
        lang = switch
    if a11y:
        out.append(ev.Event(ev.ACCESSIBILITY, t0 + 1, {"mode": a11y}))
    for page, dwell in pages:
        out.append(ev.Event(ev.PAGE, t0 + 2, {"page": page, "language": lang, "dwell_ms": round(dwell * 1000)}))
    for query, results, opened in searches:
        out.append(ev.Event(ev.SEARCH, t0 + 3, {"query": query, "results": results, "opened": opened, "language": lang}))
    if qr:
        out.append(ev.Event(ev.QR, t0 + 4, {"page": qr}))
    out.append(ev.Event(ev.SESSION_END, t0 + length, {"reason": reason}))
    return out


