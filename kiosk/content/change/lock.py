"""One import at a time per data folder, across processes.

Every change of the content (a workbook or pack import from the command
line, the staff console or the staff menu, a history restore, a backup
restore) holds :func:`import_lock` from its comparison with the current
content to its last write, so the next one compares, backs up and records
against the content the first one left: each history summary and each
"before-..." backup is then true.

Why a lock file and not SQLite's ``BEGIN IMMEDIATE``: an import is more than
one transaction (a backup copy of the database file, the content swap, the
media files after the commit, and for a backup restore the database file
itself replaced), and holding SQLite's write lock through all of it would
also stall every other writer (settings, the PIN pad's attempt counter)
with "database is locked" instead of telling the one that has to wait.
An OS file lock (``flock`` on Linux, ``msvcrt.locking`` on Windows) covers
all of it, lets the waiting import say so and be cancelled, and is released
by the operating system when its holder dies (``kill -9``, a power cut), so
a stale lock file never blocks the kiosk.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path

from kiosk.content.problems import ContentError, Problem
from kiosk.content.progress import Reporter

LOCK_NAME = "import.lock"
#: How long an import waits for another one before it is refused.
DEFAULT_WAIT_S = 300.0
WAITING = "another import is running; waiting"
_POLL_S = 0.1


class ImportBusy(ContentError):
    """Another import held the lock for longer than this one would wait; nothing was changed."""


def _try_lock(fd: int) -> bool:
    if sys.platform == "win32":
        import msvcrt

        os.lseek(fd, 0, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True
    import fcntl

    try:
        # flock (not fcntl/lockf): it belongs to this open file, so two
        # threads of one process (the console's worker) exclude each other too.
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    return True


def _unlock(fd: int) -> None:
    if sys.platform == "win32":
        import msvcrt

        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
    else:
        import fcntl

        fcntl.flock(fd, fcntl.LOCK_UN)


def _holder(path: Path) -> str:
    try:
        text = path.read_text(encoding="utf-8").strip()
    except (OSError, UnicodeDecodeError):
        return ""
    return f" ({text})" if text else ""


def _open_lock_file(path: Path) -> int:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        return os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    except OSError as exc:
        raise ContentError(
            [Problem(str(path), f"the import lock cannot be created ({exc.strerror or exc})")],
            "Refused; nothing was changed",
        ) from exc


@contextmanager
def import_lock(
    data_dir: Path, what: str, reporter: Reporter | None = None, wait_s: float = DEFAULT_WAIT_S
) -> Iterator[None]:
    """Hold the data folder's import lock for the ``with`` block.

    While another process (or thread) holds it, reports :data:`WAITING`
    through *reporter* about once a second (a cancel stops the wait) and
    raises :class:`ImportBusy` after *wait_s* seconds.  *what* (the action,
    e.g. "import-pack") is written into the lock file so a refused import
    can say what it waited for.
    """
    path = data_dir / LOCK_NAME
    fd = _open_lock_file(path)
    try:
        started = time.monotonic()
        reported = -1
        while not _try_lock(fd):
            waited = time.monotonic() - started
            if waited >= wait_s:
                raise ImportBusy(
                    [Problem("import", f"another import{_holder(path)} was still running after {wait_s:.0f} s; "
                                       "try again once it has finished")],
                    "Refused; nothing was changed",
                )
            if reporter is not None and int(waited) != reported:
                reported = int(waited)
                reporter.step(reported, int(wait_s), WAITING)
            time.sleep(_POLL_S)
        if sys.platform != "win32":  # Windows' lock would keep the others from reading it
            try:
                info = f"{what}, process {os.getpid()}, since {datetime.now():%H:%M:%S}".encode()
                os.ftruncate(fd, 0)
                os.pwrite(fd, info, 0)
            except OSError:
                pass  # only a courtesy for the message of an import that waits
        try:
            yield
        finally:
            _unlock(fd)
    finally:
        os.close(fd)
