"""The heartbeat: a tiny file the GUI thread rewrites every few seconds.

The watchdog cannot see whether a live process is responsive; a frozen Qt
event loop still has a pid.  So a QTimer on the GUI thread calls
``Heartbeat.beat()`` (every ``HEARTBEAT_INTERVAL`` seconds) and the watchdog
restarts the kiosk when the file stops changing.  Because the timer runs on
the GUI thread, a blocked event loop stops the beats, which is the point.

The file holds one line, ``<unix time> <pid>``, written to a temporary name
and renamed over the old one, so a reader never sees half a line.
"""

from __future__ import annotations

import logging
import os
import time
from dataclasses import dataclass
from pathlib import Path

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Beat:
    """One heartbeat as read from the file: when (unix time) and by which process."""

    time: float
    pid: int


class Heartbeat:
    """Writes the heartbeat file at *path*; call ``beat()`` from the GUI thread.

    ``beat()`` costs one small write and a rename (tens of microseconds) and
    never raises: a full disk must not take the kiosk down, so a failure is
    logged once and retried on the next beat.
    """

    def __init__(self, path: str | os.PathLike[str]):
        self.path = Path(path)
        self._tmp = self.path.with_name(f".{self.path.name}.{os.getpid()}.tmp")
        self._failing = False
        self.path.parent.mkdir(parents=True, exist_ok=True)

    def beat(self) -> bool:
        """Write "now" to the file atomically; True when it was written."""
        line = f"{time.time():.3f} {os.getpid()}\n"
        try:
            self._tmp.write_text(line, encoding="ascii")
            os.replace(self._tmp, self.path)
        except OSError as exc:
            # Windows refuses the rename while a reader has the file open;
            # the next beat two seconds later succeeds.
            if not self._failing:
                log.warning("heartbeat: cannot write %s: %s", self.path, exc)
            self._failing = True
            return False
        if self._failing:
            log.info("heartbeat: writing %s again", self.path)
        self._failing = False
        return True

    def clear(self) -> None:
        """Remove the file (a clean shutdown: no stale beat is left behind)."""
        for path in (self.path, self._tmp):
            try:
                path.unlink()
            except OSError:
                pass


def read(path: str | os.PathLike[str]) -> Beat | None:
    """The last beat in *path*, or None when there is none or it is unreadable."""
    try:
        text = Path(path).read_text(encoding="ascii").split()
        return Beat(float(text[0]), int(text[1]))
    except (OSError, ValueError, IndexError, UnicodeDecodeError):
        return None


def age(path: str | os.PathLike[str], now: float | None = None) -> float | None:
    """Seconds since the last beat in *path* (never negative), or None without one."""
    beat = read(path)
    if beat is None:
        return None
    return max(0.0, (time.time() if now is None else now) - beat.time)
