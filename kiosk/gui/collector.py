"""Python's cycle collection, run on the GUI thread only.

Python collects reference cycles on whichever thread happens to allocate
when a generation's threshold is crossed.  In the kiosk and the console
that is often a worker thread: a staff job, the picture thread, the speech
thread.  The cycles it finds may hold wrapped Qt objects that belong to the
GUI thread (a closed dialog's widgets, a page's helpers, a record's editors),
and those are then deleted from the worker while the GUI thread may be
using them: Qt crashes, later and somewhere unrelated (a segfault in the
event loop, an abort).

``keep_collection_on_main_thread`` turns Python's automatic collection off
and has a timer on the GUI thread collect instead, by Python's own rule: a
generation is collected when its count passes its threshold.  Worker
threads still free what they drop by reference counting, at once; only
cycles wait, for at most ``INTERVAL_MS``.
"""

from __future__ import annotations

import gc
import logging
import threading
import time

from PySide6.QtCore import QCoreApplication, QObject, QTimer

log = logging.getLogger(__name__)

#: How often the GUI thread looks whether a collection is due.
INTERVAL_MS = 500
#: The shortest time between two full collections (see collect_due).
FULL_EVERY_S = 60.0
#: Python's own thresholds, read before anything changes them.
_THRESHOLDS = gc.get_threshold()
_collector: "MainThreadCollector | None" = None
_last_full = time.monotonic()


def collect_due() -> int:
    """On the main thread, with automatic collection off: collect the oldest
    generation whose count has passed its threshold (as Python would have
    by now); how many objects were freed.  Does nothing on other threads
    or while Python collects by itself.

    A full collection (the oldest generation) runs at most once every
    ``FULL_EVERY_S``: Python itself holds it back until the objects waiting
    for it are a quarter of those already there, so that a big heap is not
    walked again and again; that count is not readable from Python, a
    clock is the stand-in."""
    global _last_full
    if gc.isenabled() or threading.current_thread() is not threading.main_thread():
        return 0
    counts = gc.get_count()
    due = [g for g in range(3) if counts[g] > _THRESHOLDS[g]]
    if not due or _THRESHOLDS[0] == 0:
        return 0
    generation = max(due)
    now = time.monotonic()
    if generation == 2:
        if now - _last_full < FULL_EVERY_S:
            generation = 1
        else:
            _last_full = now
    return gc.collect(generation)


class MainThreadCollector(QObject):
    """The timer that runs ``collect_due`` on the GUI thread."""

    def __init__(self, parent: QObject):
        super().__init__(parent)
        self.timer = QTimer(self)
        self.timer.setInterval(INTERVAL_MS)
        self.timer.timeout.connect(collect_due)
        self.timer.start()


def keep_collection_on_main_thread(app: QCoreApplication | None = None) -> bool:
    """Collect cycles on the main thread only: automatic collection off, and a
    timer on *app* (the running application by default) that collects when
    due.  Call on the main thread; True once in place."""
    global _collector
    if threading.current_thread() is not threading.main_thread():
        raise RuntimeError("keep_collection_on_main_thread must be called on the main thread")
    app = app or QCoreApplication.instance()
    if app is None:
        return False
    if _collector is None or _collector.parent() is not app:
        _collector = MainThreadCollector(app)
        log.debug("cycle collection moved to the GUI thread (every %d ms when due)", INTERVAL_MS)
    gc.disable()
    return True
