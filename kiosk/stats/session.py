"""The session rules, as a small state machine the visitor UI calls (no Qt).

::

    visit = VisitorSession(recorder)          # recorder: anything with record(kind, at=..., **fields)
    visit.touch()                             # every touch; the first after the attract loop starts a session
    visit.page_shown("manufacturers", "haier")
    visit.language_switched("ru")
    visit.searched("海尔", 3); visit.result_opened()
    visit.qr_shown(); visit.accessibility_on("high_contrast")
    visit.countdown_shown()                   # a touch now cancels it
    visit.idle_reset()                        # back to the attract loop: the session ends
    visit.staff_menu_opened()                 # ends it too
    visit.error_home("page_failed")           # an error sent the kiosk Home: recorded, the session ends

Rules: a session starts with the first touch after the attract loop and
ends when the kiosk returns to it or staff open the menu.  Its end is the
visitor's last touch, not the reset: the idle wait that ended it is not
counted.  A page's dwell time runs from when it was shown to when the
next page was shown, or, for the last page, to the last touch.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from kiosk.stats import events as ev


class VisitorSession:
    """Turns what the UI sees (touches, pages, the idle reset) into statistics events."""

    def __init__(self, recorder, *, language: str = "zh-Hans", clock: Callable[[], float] = time.time):
        self._recorder = recorder
        self._clock = clock
        #: The language the kiosk shows now (the UI keeps it current through language_switched).
        self.language = language
        self.active = False
        self._last_touch = 0.0
        self._page: tuple[str, float, str] | None = None  # (page key, shown at, language)
        self._search: dict | None = None
        self._countdown = False

    # -- touches and the session's bounds ------------------------------------------------
    def touch(self) -> None:
        """A touch anywhere: starts a session after the attract loop; cancels a countdown."""
        now = self._clock()
        if not self.active:
            self.active = True
            self._recorder.record(ev.SESSION_START, at=now, language=self.language)
        elif self._countdown:
            self._countdown = False
            self._recorder.record(ev.COUNTDOWN, at=now, cancelled=True)
        self._last_touch = now

    def idle_reset(self) -> None:
        """The kiosk went back to the attract loop after the idle wait: the session ends at its last touch."""
        if self._countdown and self.active:
            self._countdown = False
            self._recorder.record(ev.COUNTDOWN, at=self._clock(), cancelled=False)
        self._end(ev.END_IDLE)

    def staff_menu_opened(self) -> None:
        """Staff opened their menu: the visitor's session ends at its last touch."""
        self._end(ev.END_STAFF)

    def error_home(self, reason: str) -> None:
        """An error sent the kiosk Home; *reason* is a short code (never a message with data in it)."""
        if self.active:
            self._recorder.record(ev.ERROR, at=self._clock(), reason=reason)
            self._end(ev.END_ERROR)

    def close(self) -> None:
        """The program is closing: end a running session."""
        self._end(ev.END_CLOSED)

    def _end(self, reason: str) -> None:
        if not self.active:
            return
        self._leave_page(self._last_touch)
        self._recorder.record(ev.SESSION_END, at=self._last_touch, reason=reason)
        self.active = False
        self._countdown = False

    # -- what the visitor does --------------------------------------------------------------
    def page_shown(self, section: str, record: str | None = None) -> None:
        """A page is on screen: *section* ("home", "manufacturers", "search", ...) and the record's slug, if any."""
        if not self.active:
            return
        now = self._clock()
        self._leave_page(now)
        self._page = (f"{section}/{record}" if record else section, now, self.language)

    def _leave_page(self, until: float) -> None:
        if self._page is None:
            return
        page, shown, language = self._page
        self._page = None
        self._flush_search(page)
        end = max(shown, min(until, self._last_touch))
        self._recorder.record(ev.PAGE, at=shown, page=page, language=language, dwell_ms=round((end - shown) * 1000))

    def language_switched(self, language: str) -> None:
        """The visitor chose another language (also call it outside a session to keep the start language)."""
        if language == self.language:
            return
        previous, self.language = self.language, language
        if not self.active:
            return
        now = self._clock()
        page = self._page[0] if self._page else None
        # The page's time so far belongs to the old language (recorded first); it goes on in the new one.
        self._leave_page(now)
        self._recorder.record(ev.LANGUAGE, at=now, language=language, previous=previous)
        if page is not None:
            self._page = (page, now, language)

    def searched(self, query: str, results: int) -> None:
        """The search field now holds *query*, which found *results*; recorded once the visitor moves on.

        Clearing the field is moving on too: the query before it is recorded
        then (a visitor who found nothing often clears and tries again).
        """
        if not self.active:
            return
        if not (query or "").strip():
            if self._search is not None:
                self._flush_search(self._page[0] if self._page else "search")
            return
        self._search = {"query": query, "results": int(results), "opened": False, "language": self.language}

    def result_opened(self) -> None:
        """The visitor opened one of the search results."""
        if self._search is not None:
            self._search["opened"] = True

    def _flush_search(self, page: str) -> None:
        if self._search is None or not page.startswith("search"):
            return
        search, self._search = self._search, None
        if (search["query"] or "").strip():
            self._recorder.record(ev.SEARCH, at=self._last_touch, **search)

    def qr_shown(self) -> None:
        """A record's QR code is on screen."""
        if self.active:
            self._recorder.record(ev.QR, at=self._clock(), page=self._page[0] if self._page else "")

    def accessibility_on(self, mode: str) -> None:
        """The visitor turned on an accessibility mode (e.g. "high_contrast", "large_text", "low_reach")."""
        if self.active:
            self._recorder.record(ev.ACCESSIBILITY, at=self._clock(), mode=mode)

    def countdown_shown(self) -> None:
        """The "Are you still there?" countdown appeared; a touch cancels it, the idle reset completes it."""
        if self.active:
            self._countdown = True
