"""``FleetPoller``: the kiosk's updater on the kiosk's event loop.

A single-shot timer starts each poll (``fleet.poll_seconds`` with jitter,
sooner again after a failure: ``Updater.next_delay``) as a ``Job`` on a
worker thread, so the visitor screens never wait for the network, the share
or an import.  The updater applies a pack only while the attract loop shows
(the idle controller's state, mirrored into a thread-safe flag); a pack it
verified while a visitor was at the screen is applied as soon as the attract
loop starts.  After each poll the kiosk's status goes out
(``Updater.report``); ``applied`` tells the kiosk to show the new content.
"""

from __future__ import annotations

import logging
import random
import threading

from PySide6.QtCore import QObject, QTimer, Signal, Slot

from kiosk.content.database import Database
from kiosk.fleet.updater import PollResult, Updater
from kiosk.gui.jobs import Job

log = logging.getLogger(__name__)

# The first poll waits this long after start-up, so the first frame and the first visitor come first,
# plus up to FIRST_POLL_SPREAD_MS more: a hall whose power came back does not poll in step.
FIRST_POLL_MS = 20_000
FIRST_POLL_SPREAD_MS = 60_000


class FleetPoller(QObject):
    """Runs the kiosk's ``Updater`` from a timer on worker threads (see the module docstring)."""

    # New content was applied (on the GUI thread, while the attract loop shows).
    applied = Signal()
    # The last result's sentence, for whoever shows it.
    resultChanged = Signal(str)

    def __init__(self, db: Database, idle: QObject, parent: QObject | None = None):
        super().__init__(parent)
        self._idle = idle
        self._attract = threading.Event()
        self.updater = Updater(db, between_visitors=self._attract.is_set)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.poll_now)
        self._job: Job | None = None
        self._stopped = False
        self.last: PollResult | None = None
        idle.stateChanged.connect(self._on_idle_state)
        self._on_idle_state()

    def start(self, first_ms: int | None = None) -> None:
        """Poll for the first time after *first_ms* (default: 20 s plus up to a minute), then on the updater's schedule."""
        self._timer.start(first_ms if first_ms is not None else FIRST_POLL_MS + random.randrange(FIRST_POLL_SPREAD_MS))

    def stop(self) -> None:
        """No more polls; a running one is asked to stop and waited for (closing the kiosk)."""
        self._stopped = True
        self._timer.stop()
        if self._job is not None:
            self._job.cancel()
            self._job.wait()

    @property
    def busy(self) -> bool:
        return self._job is not None

    @Slot()
    def poll_now(self) -> None:
        """Start one poll on a worker thread (ignored while one runs)."""
        self._run("fleet poll", self._poll_work)

    def _poll_work(self, token) -> PollResult:
        result = self.updater.poll(token)
        try:
            self.updater.report()
        except Exception:  # the status report is a courtesy; the kiosk runs on without it
            log.exception("fleet: the status report failed")
        return result

    def _apply_work(self, token) -> PollResult | None:
        return self.updater.apply_pending(token)

    def _run(self, name: str, work) -> None:
        if self._job is not None or self._stopped:
            return
        self._timer.stop()
        job = Job(name, work, self)
        job.succeeded.connect(self._done)
        job.finished.connect(self._finished)
        self._job = job
        job.start()

    # -- GUI thread ------------------------------------------------------------------------
    @Slot()
    def _on_idle_state(self) -> None:
        attract = self._idle.property("state") == "attract"
        if attract:
            self._attract.set()
            if self.updater.has_pending:
                self._run("fleet apply", self._apply_work)
        else:
            self._attract.clear()

    @Slot(object)
    def _done(self, result: PollResult | None) -> None:
        if result is None:
            return
        self.last = result
        self.resultChanged.emit(result.text)
        if result.applied:
            self.applied.emit()

    @Slot()
    def _finished(self) -> None:
        job, self._job = self._job, None
        if job is not None:
            job.deleteLater()
        if self._stopped:
            return
        self._timer.start(int(self.updater.next_delay() * 1000))
        if self._attract.is_set() and self.updater.has_pending:
            # The attract loop began while the poll ran: apply now, not a poll interval later.
            self._run("fleet apply", self._apply_work)
