"""What the statistics record: the kinds of event, their fields, and one event as queued.

Nothing here names or describes a person: an event says *what* was
looked at, in which language, for how long, and (unless the setting turns
it off) what was typed into search.  No touch coordinates, no images, no
network addresses.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

# Event kinds: the text is stored in the journal; the small number in the
# compact session rows (so never renumber one, only add).
SESSION_START = "session_start"
SESSION_END = "session_end"
PAGE = "page"
LANGUAGE = "language"
SEARCH = "search"
QR = "qr"
ACCESSIBILITY = "accessibility"
COUNTDOWN = "countdown"
ERROR = "error"

KIND_CODES: dict[str, int] = {
    SESSION_START: 1, SESSION_END: 2, PAGE: 3, LANGUAGE: 4, SEARCH: 5,
    QR: 6, ACCESSIBILITY: 7, COUNTDOWN: 8, ERROR: 9,
}
KINDS_BY_CODE: dict[int, str] = {code: kind for kind, code in KIND_CODES.items()}

#: Why a session ended: the idle reset to the attract loop, staff opened the
#: menu, an error sent the kiosk Home, the program closed, or the program
#: died and the next start closed the session at its last event.
END_IDLE = "idle"
END_STAFF = "staff"
END_ERROR = "error"
END_CLOSED = "closed"
END_INTERRUPTED = "interrupted"
END_REASONS = (END_IDLE, END_STAFF, END_ERROR, END_CLOSED, END_INTERRUPTED)

#: The accessibility modes a visitor can turn on, as recorded (``mode``), in
#: the order the kiosk's panel lists them, with their names in plain English
#: for ``kiosk stats`` and the exports (the console translates them itself).
ACCESS_MODES: dict[str, str] = {
    "read_aloud": "read aloud",
    "large_text": "larger text",
    "high_contrast": "high contrast",
    "low_reach": "low reach",
    "less_motion": "less motion",
}


@dataclass(frozen=True)
class Event:
    """One thing a visitor did, as the recorder queues it.

    ``ts`` is the wall-clock time in seconds (``time.time()``); ``data``
    holds the kind's fields:

    ========================  ====================================================
    session_start             ``language``
    session_end               ``reason`` (one of END_REASONS)
    page                      ``page`` ("section" or "section/record"), ``language``, ``dwell_ms``
    language                  ``language`` (the new one), ``previous``
    search                    ``query`` (None when terms are off), ``results``, ``opened``, ``language``
    qr                        ``page``
    accessibility             ``mode``
    countdown                 ``cancelled``
    error                     ``reason`` (a short code, never a message with data)
    ========================  ====================================================
    """

    kind: str
    ts: float
    data: dict[str, Any] = field(default_factory=dict)


def section_of(page: str) -> str:
    """The section a page key belongs to ("manufacturers/haier" -> "manufacturers")."""
    return page.split("/", 1)[0]
