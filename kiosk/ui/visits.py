"""``VisitTracker``: what the visitor does on the kiosk, fed to the visitor statistics.

It watches the kiosk from the Python side, so the visitor pages need no
statistics code of their own:

- touches and key presses (an event filter on the window): the first touch
  after the attract loop starts a session, and a touch cancels the countdown;
- the page stack's current page: a page view (section, record), and a search
  result opened when a record is pushed over the search page;
- ``App``'s language, ``Idle``'s countdown and attract loop, ``Staff`` opening,
  the search model's query (``Content.searched``), a failure that sent the
  kiosk Home (``KioskUi.recover``).

Each of them costs the GUI thread a few Python statements and one queue
put (``kiosk.stats.recorder.Recorder``); the writing happens on the
recorder's own thread.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QEvent, QObject, Slot
from PySide6.QtQuick import QQuickItem, QQuickWindow

from kiosk.stats.session import VisitorSession

log = logging.getLogger(__name__)

_PRESSES = {QEvent.Type.TouchBegin, QEvent.Type.MouseButtonPress}


def page_of(item: QObject | None) -> tuple[str, str | None] | None:
    """The statistics' (section, record) of a visitor page item, from its ``pageName``.

    ``home``, ``search``, ``about``; a list is its kind (``cluster``); a
    record page is its kind and slug (``manufacturer``, ``haier``).
    """
    if item is None:
        return None
    name = item.property("pageName") or ""
    if name.startswith("list-"):
        return name[len("list-"):], None
    if name.startswith("detail-"):
        return item.property("kind") or "record", item.property("slug") or None
    return (name, None) if name else None


class VisitTracker(QObject):
    """Turns what the kiosk sees into ``VisitorSession`` calls (see the module docstring)."""

    def __init__(self, recorder, app_state, idle, staff, content, parent: QObject | None = None):
        super().__init__(parent)
        self.recorder = recorder
        self.visit = VisitorSession(recorder, language=app_state.language)
        self._app = app_state
        self._idle = idle
        self._staff = staff
        self._staff_open = False
        self._window: QQuickWindow | None = None
        self._stack: QQuickItem | None = None
        self._page_item: QObject | None = None
        self._page_name = ""
        # The session ends on the state change to the attract loop, which comes
        # before ``sessionEnded``: QML's handler of that resets the language and
        # the pages for the next visitor, which is not this visitor's doing.
        idle.stateChanged.connect(self._on_idle_state)
        app_state.languageChanged.connect(self._on_language)
        staff.changed.connect(self._on_staff)
        content.searched.connect(self.visit.searched)

    def watch(self, window: QQuickWindow, stack: QQuickItem) -> None:
        """Follow *window*'s input and *stack*'s pages (after the QML loaded and ``Idle`` watches the window).

        Installed after ``Idle``'s filter, this one sees each event first,
        including the touch that wakes the kiosk, which ``Idle`` then takes whole.
        """
        self._window, self._stack = window, stack
        window.installEventFilter(self)
        stack.currentItemChanged.connect(self._on_page)
        self._page_item = stack.property("currentItem")
        self._page_name = self._page_item.property("pageName") or "" if self._page_item is not None else ""

    # -- input --------------------------------------------------------------------------------
    def eventFilter(self, watched, event):  # noqa: N802 - Qt override
        kind = event.type()
        if self._staff_open:
            return False  # staff at work: not a visitor
        if kind in _PRESSES:
            self._touched()
        elif kind == QEvent.Type.KeyPress and self.visit.active:
            self.visit.touch()
        return False

    def _touched(self) -> None:
        starting = not self.visit.active
        self.visit.touch()
        if starting:
            # The page on screen when the visitor arrived (Home, after the attract loop).
            self._shown(self._stack.property("currentItem") if self._stack is not None else None)

    # -- what the kiosk shows ------------------------------------------------------------------
    @Slot()
    def _on_page(self) -> None:
        item = self._stack.property("currentItem")
        if item is None or item is self._page_item:
            return
        # The name, not the item: the page left may be destroyed by now.
        previous, self._page_name = self._page_name, item.property("pageName") or ""
        self._page_item = item
        # From Search the only way to a record's page is a result or a
        # suggestion: the search (if the visitor typed one) found something opened.
        if previous == "search" and self._page_name.startswith("detail-"):
            self.visit.result_opened()
        self._shown(item)

    def _shown(self, item: QObject | None) -> None:
        page = page_of(item)
        if page is None or not self.visit.active:
            return
        self.visit.page_shown(*page)
        if page[1] is not None and self._has_qr(item):
            self.visit.qr_shown()

    @staticmethod
    def _has_qr(item: QObject) -> bool:
        """The record page shows a QR code (the record has a web address; the
        code itself is drawn just after the page's first frame)."""
        return item.property("showsQr") is True

    @Slot()
    def _on_language(self) -> None:
        self.visit.language_switched(self._app.language)

    @Slot()
    def _on_idle_state(self) -> None:
        state = self._idle.state
        if state == self._idle.COUNTDOWN:
            self.visit.countdown_shown()
        elif state == self._idle.ATTRACT:
            self.visit.idle_reset()

    @Slot()
    def _on_staff(self) -> None:
        is_open = bool(self._staff.isOpen)
        if is_open and not self._staff_open:
            self.visit.staff_menu_opened()
        self._staff_open = is_open

    # -- failures and the end ------------------------------------------------------------------
    # Accessibility mode names (``Access`` properties) as the statistics report them.
    _MODE_NAMES = {
        "readAloud": "read_aloud",
        "largerText": "large_text",
        "highContrast": "high_contrast",
        "lowReach": "low_reach",
        "lessMotion": "less_motion",
    }

    @Slot(str)
    def accessibility_on(self, mode: str) -> None:
        """The visitor turned on an accessibility mode (an ``Access`` property name)."""
        self.visit.accessibility_on(self._MODE_NAMES.get(mode, mode))

    def error_home(self, reason: str) -> None:
        """A failure sent the kiosk Home (*reason*: a short code such as ``page_failed``)."""
        self.visit.error_home(reason)

    def set_record_search_terms(self, on: bool) -> None:
        """The setting changed while the kiosk runs."""
        self.recorder.record_search_terms = bool(on)

    def close(self) -> None:
        """The kiosk is closing: end a running session (the recorder's owner closes the recorder)."""
        if self._window is not None:
            self._window.removeEventFilter(self)
        self.visit.close()


def start_recorder(db):
    """The kiosk's statistics recorder over *db*'s data folder, with the settings' kiosk id and name.

    Never fails: a broken or unwritable statistics file is the recorder's
    to handle (it records nothing then), and anything else is logged and
    the kiosk runs without statistics (None).
    """
    from kiosk.content.change.settings import Settings
    from kiosk.stats.recorder import Recorder, kiosk_identity

    try:
        settings = Settings(db.engine)
        kiosk_id, kiosk_name = kiosk_identity(settings)
        return Recorder.start(db.data_dir, kiosk_id, kiosk_name,
                              record_search_terms=settings.get("stats.record_search_terms"),
                              retention_days=settings.get("stats.retention_days"))
    except Exception:  # statistics must never keep the kiosk from starting
        log.exception("statistics: not recording in this run")
        return None
