"""Progress reports and cancellation for long work (imports, exports, backups).

The convention every long content service follows, so that the staff console
and the on-kiosk menu can run it on a worker thread with a progress bar and a
Cancel button:

* A long function takes ``progress: ProgressFn | None``.
* It calls ``progress(done, total, message)`` at every step: *message* names
  the phase in plain English ("checking the pack", "writing content"),
  *done*/*total* count the steps of that phase (``total == 0`` means the
  length is unknown: show a busy indicator).
* If the callback returns ``False`` the work stops at that step, undoes what
  it started and raises :class:`Cancelled`; the previous content is exactly
  as it was.  Returning ``None`` or ``True`` means "go on".
* Once the work passes its point of no return (the database transaction has
  committed) it keeps calling the callback so the bar moves, but no longer
  stops; a cancel that arrives then is too late and is ignored.

:class:`CancelToken` is a ready-made callback for UIs: the worker thread
passes the token as *progress*, the GUI thread calls ``token.cancel()``.  The
callback runs on the worker's thread, so a Qt UI forwards it to the GUI
thread with a queued signal.

For tests only, a step can be made to pause (:func:`pause_if_asked`), so a
test can kill or race an import at a named point instead of guessing how
long the work takes.
"""

from __future__ import annotations

import os
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path

#: Test-only fault injection.  When ``KIOSK_TEST_PAUSE_AT`` equals a step's
#: message (e.g. "writing content"), the first report of that step writes
#: the process id into the file named by ``KIOSK_TEST_PAUSE_MARKER`` (default:
#: ``kiosk-test-pause-<pid>`` in the temporary folder) and blocks until that
#: file is removed or the process is killed.  Nothing sets these variables
#: but the tests (tests/e2e), which use them to ``kill -9`` an import, or to
#: start a second one, at an exact point.
PAUSE_AT_ENV = "KIOSK_TEST_PAUSE_AT"
PAUSE_MARKER_ENV = "KIOSK_TEST_PAUSE_MARKER"
_paused_once = threading.Event()


def pause_if_asked(message: str) -> None:
    """Block here when the test-only ``KIOSK_TEST_PAUSE_AT`` names *message* (once per process)."""
    if os.environ.get(PAUSE_AT_ENV) != message or _paused_once.is_set():
        return
    _paused_once.set()
    marker = Path(os.environ.get(PAUSE_MARKER_ENV) or Path(tempfile.gettempdir()) / f"kiosk-test-pause-{os.getpid()}")
    tmp = marker.with_name(marker.name + ".tmp")
    tmp.write_text(str(os.getpid()), encoding="ascii")
    os.replace(tmp, marker)  # the test sees the marker whole or not at all
    while marker.exists():
        time.sleep(0.02)

#: ``progress(done, total, message) -> False to cancel``.
ProgressFn = Callable[[int, int, str], "bool | None"]


class Cancelled(Exception):
    """Long work stopped because the user cancelled it; nothing was changed."""

    def __init__(self, message: str = "cancelled; nothing was changed"):
        super().__init__(message)


class CancelToken:
    """A progress callback that a UI can cancel from another thread.

    ``on_progress`` (optional) receives every report, e.g. to move a bar;
    when it returns ``False`` the token cancels itself too.
    """

    def __init__(self, on_progress: ProgressFn | None = None):
        self._event = threading.Event()
        self._on_progress = on_progress

    def cancel(self) -> None:
        """Ask the work to stop at its next step (safe from any thread)."""
        self._event.set()

    @property
    def cancelled(self) -> bool:
        """True once ``cancel`` was called."""
        return self._event.is_set()

    def __call__(self, done: int, total: int, message: str) -> bool:
        if self._on_progress is not None and self._on_progress(done, total, message) is False:
            self._event.set()
        return not self._event.is_set()


class Reporter:
    """What a long service uses inside: forwards reports and raises Cancelled.

    ``step`` is a cancellation point; ``note`` is for reports after the point
    of no return, where a cancel can no longer be honoured.
    """

    def __init__(self, progress: ProgressFn | None):
        self._progress = progress

    @property
    def progress(self) -> ProgressFn | None:
        """The callback this reporter forwards to (for services called inside)."""
        return self._progress

    def step(self, done: int, total: int, message: str) -> None:
        """Report, and raise Cancelled when the callback says stop."""
        if self._progress is not None and self._progress(done, total, message) is False:
            raise Cancelled()
        pause_if_asked(message)

    def note(self, done: int, total: int, message: str) -> None:
        """Report without the possibility to stop."""
        if self._progress is not None:
            self._progress(done, total, message)
        pause_if_asked(message)
