"""A guard against a PySide6 6.12.0 bug that aborts Python 3.11 after a few
thousand Qt calls.

In PySide6/shiboken6 6.12.0 every wrapped C++ method that returns ``void``
(``label.setText``, ``timer.start``, ``widget.update`` ...) and every read of
an invalid ``QVariant`` gives Python one reference to ``None`` fewer than it
took.  Python 3.12 and later never free ``None`` (it is immortal), so there
the bug is harmless; on 3.11 ``None``'s count starts at a few thousand and
the interpreter aborts ("deallocating None") once enough calls have run: a
console in use reaches that within minutes.  6.11.3 does not have the bug.

``guard_none_refcount`` checks whether the running PySide6 has the bug and,
only then, gives ``None`` a reference count so large that no session can
use it up: what Python 3.12 does for every build.
"""

from __future__ import annotations

import ctypes
import logging
import sys

log = logging.getLogger(__name__)
#: Headroom given to None's reference count (a Py_ssize_t): never used up.
HEADROOM = 1 << 60
_applied = False


def has_none_leak() -> bool:
    """True when calling a void Qt method loses references to None."""
    from PySide6.QtCore import QObject

    probe = QObject()
    before = sys.getrefcount(None)
    for _ in range(32):
        probe.setObjectName("probe")
    return sys.getrefcount(None) < before - 16


def guard_none_refcount() -> bool:
    """Apply the guard once when the bug is present; True when it is in place."""
    global _applied
    if _applied:
        return True
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython" or not has_none_leak():
        return False
    # ob_refcnt is the first field of every CPython object. The same release
    # also drops a reference to True on every Signal.emit(), so the three
    # singletons that Python 3.12 makes immortal get the headroom together.
    for singleton in (None, True, False):
        ctypes.c_ssize_t.from_address(id(singleton)).value += HEADROOM
    _applied = True
    log.warning("PySide6 loses references to None/True on Qt calls (a 6.12.0 bug); they are kept alive")
    return True
