"""``Job``: long work off the GUI thread, for both Qt faces.

The staff console (imports, exports, saves, previews) and the on-kiosk staff
menu (pack imports, backup restores, diagnostics) run their long work the
same way: ``work(progress)`` runs on a worker thread with a ``CancelToken``
as its progress callback, and everything comes back to the GUI thread by
queued signals.  The work itself never touches a widget or a QML object.

Cancelling a job cancels its token; the Qt-free service stops at its next
step and raises ``Cancelled`` with the previous content exactly as it was.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QThread, Signal, Slot

from kiosk.content.progress import CancelToken, Cancelled, ProgressFn
from kiosk.gui.image_plugins import load_image_plugins

log = logging.getLogger(__name__)


class _Worker(QThread):
    """The thread of one job (a separate object, so that the job lives on the GUI thread)."""

    def __init__(self, job: Job):
        super().__init__()
        self._job = job

    def run(self) -> None:  # worker thread: signals only, no widgets
        self._job._run()


class Job(QObject):
    """Runs ``work(progress)`` on a worker thread.

    ``progressed(done, total, message)`` arrives on the GUI thread for every
    report; then exactly one of ``succeeded(result)`` or ``failed(exception)``
    (``Cancelled`` when the user cancelled), then ``finished()``.

    Failures of the types in *expected* (besides ``Cancelled``) are answers
    for the staff, not faults: they are not written to the log as errors.
    """

    progressed = Signal(int, int, str)
    succeeded = Signal(object)
    failed = Signal(object)
    finished = Signal()

    def __init__(
        self,
        name: str,
        work: Callable[[ProgressFn], Any],
        parent: QObject | None = None,
        *,
        expected: tuple[type[BaseException], ...] = (),
    ):
        super().__init__(parent)
        self.name = name
        self._work = work
        self._expected = (Cancelled, *expected)
        self.token = CancelToken(self._report)
        self.worker_thread: int | None = None
        self._thread = _Worker(self)
        self._thread.finished.connect(self._done)
        self._outcome: tuple[bool, object] | None = None
        self.started_at = 0.0

    def start(self) -> None:
        """Start the work on its thread."""
        self.started_at = time.monotonic()
        load_image_plugins()  # a job may read pictures: see kiosk.gui.image_plugins
        self._thread.start()

    def cancel(self) -> None:
        """Ask the work to stop at its next step (ignored after its point of no return)."""
        self.token.cancel()

    @property
    def cancel_requested(self) -> bool:
        return self.token.cancelled

    def wait(self, ms: int = -1) -> bool:
        """Block until the thread ends (closing the window, tests)."""
        return self._thread.wait() if ms < 0 else self._thread.wait(ms)

    # -- worker thread ----------------------------------------------------------------
    def _report(self, done: int, total: int, message: str) -> None:
        self.progressed.emit(done, total, message)  # queued to the GUI thread

    def _run(self) -> None:
        self.worker_thread = threading.get_ident()
        try:
            self._outcome = (True, self._work(self.token))
        except BaseException as exc:  # every failure reaches the staff, none is lost
            if not isinstance(exc, self._expected):
                log.exception("job %s failed", self.name)
            self._outcome = (False, exc)

    # -- GUI thread ----------------------------------------------------------------------
    @Slot()
    def _done(self) -> None:
        ok, value = self._outcome if self._outcome is not None else (False, RuntimeError("the job ended without a result"))
        if ok:
            self.succeeded.emit(value)
        else:
            self.failed.emit(value)
        self.finished.emit()
