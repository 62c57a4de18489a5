"""SYNTHETIC visitor sessions for the benchmark and the tests (the same sessions for the same seed).

A busy kiosk: ``per_day`` sessions a day (1,000 by default) between 9:00
and 18:00, lengths around a minute and a half (a long tail to twenty
minutes), about six pages each over ~150 records in nine sections, a
quarter of the sessions searching (one search in eight finds nothing), a
tenth switching language, QR codes, accessibility modes, the idle
countdown at the end of most sessions.  About ten events a session.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from datetime import date, datetime, timedelta

from kiosk.stats import events as ev

SECTIONS = ("clusters", "manufacturers", "bases", "platforms", "initiatives", "industries")
LANGS = (("zh-Hans", 0.6), ("en", 0.25), ("ru", 0.15))
MODES = tuple(ev.ACCESS_MODES)


def _pick_lang(rng: random.Random) -> str:
    return rng.choices([lang for lang, _ in LANGS], [w for _, w in LANGS])[0]


class BusyKiosk:
    """Makes the sessions of a busy kiosk, day by day."""

    def __init__(self, seed: int = 1, per_day: int = 1000, *, sections: tuple[str, ...] = SECTIONS,
                 records: list[str] | None = None, terms: list[str] | None = None):
        """*sections*, *records* ("section/slug") and search *terms* (most searched first) default to made-up ones."""
        self.rng = random.Random(seed)
        self.per_day = per_day
        self.sections = sections
        self.records = records or [f"{sections[i % len(sections)]}/record-{i:03d}" for i in range(150)]
        self.terms = terms or [f"term {i}" for i in range(400)] + ["海尔", "Haier", "сталь", "=cmd|' /C calc'!A0"]

    def days(self, first: date, count: int) -> Iterator[list[ev.Event]]:
        """Every session of *count* days from *first*."""
        for offset in range(count):
            yield from self.day(first + timedelta(days=offset))

    def day(self, day: date) -> Iterator[list[ev.Event]]:
        """The sessions of one day, in order."""
        opening = datetime(day.year, day.month, day.day, 9).timestamp()
        starts = sorted(self.rng.uniform(0, 9 * 3600) for _ in range(self.per_day))
        for start in starts:
            yield self.session(opening + start)

    def session(self, t0: float) -> list[ev.Event]:
        """One session starting at *t0*."""
        rng = self.rng
        lang = _pick_lang(rng)
        out = [ev.Event(ev.SESSION_START, t0, {"language": lang})]
        t = t0
        pages = 1 + min(int(rng.expovariate(1 / 5)), 40)
        for index in range(pages):
            dwell = min(rng.lognormvariate(2.6, 0.8), 600)
            if index == 0 and rng.random() < 0.1:
                previous, lang = lang, rng.choice([x for x, _ in LANGS if x != lang])
                out.append(ev.Event(ev.LANGUAGE, t, {"language": lang, "previous": previous}))
            if rng.random() < 0.05:
                query = self.terms[min(int(rng.paretovariate(1.2)) - 1, len(self.terms) - 1)] if rng.random() < 0.95 \
                    else self.terms[-1]
                results = 0 if rng.random() < 0.125 else rng.randint(1, 30)
                out.append(ev.Event(ev.SEARCH, t, {"query": query, "results": results, "opened": results > 0 and rng.random() < 0.6,
                                                   "language": lang}))
            page = rng.choice(self.sections) if rng.random() < 0.4 else \
                self.records[min(int(rng.paretovariate(0.8)), len(self.records)) - 1]
            out.append(ev.Event(ev.PAGE, t, {"page": page, "language": lang, "dwell_ms": round(dwell * 1000)}))
            if "/" in page and rng.random() < 0.03:
                out.append(ev.Event(ev.QR, t + 1, {"page": page}))
            t += dwell
        if rng.random() < 0.03:
            out.insert(1, ev.Event(ev.ACCESSIBILITY, t0 + 1, {"mode": rng.choice(MODES)}))
        reason = ev.END_IDLE if rng.random() < 0.93 else rng.choice([ev.END_STAFF, ev.END_ERROR])
        if reason == ev.END_ERROR:
            out.append(ev.Event(ev.ERROR, t, {"reason": "page_failed"}))
        if reason == ev.END_IDLE:
            if rng.random() < 0.1:
                out.append(ev.Event(ev.COUNTDOWN, t, {"cancelled": True}))
            out.append(ev.Event(ev.COUNTDOWN, t + 90, {"cancelled": False}))
        out.append(ev.Event(ev.SESSION_END, t, {"reason": reason}))
        return out
