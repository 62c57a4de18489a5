"""The C heap of the long-running kiosk process (glibc's malloc on Linux).

``tune_heap`` sets how malloc hands memory back, once at start, before Qt
starts its threads; ``release_free_heap`` hands freed pages back now
(between visitors); ``heap_figures`` says how much malloc holds, for the
benchmark.  Elsewhere (macOS, Windows, musl) each does nothing and says so.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import sys

# mallopt parameters (glibc's malloc.h).
M_MMAP_THRESHOLD = -3
#: Blocks of this size or more get pages of their own, given back the moment
#: they are freed. A decoded picture is 0.4-1.8 MB; without a fixed threshold
#: glibc raises its own after the first such block is freed (up to 32 MB), and
#: the pictures then land in the heap of whichever thread decoded them (Qt's
#: image reader, the picture warm-up), where the holes they leave stay
#: resident: the memory measure's tour of every page ended 16 MB higher
#: (steady RSS 246 -> 230 MB with this; peak 246 -> 242 MB).
MMAP_THRESHOLD = 256 * 1024


class _MallInfo2(ctypes.Structure):
    """glibc's ``struct mallinfo2`` (2.33 and later)."""

    _fields_ = [(name, ctypes.c_size_t) for name in (
        "arena", "ordblks", "smblks", "hblks", "hblkhd", "usmblks", "fsmblks", "uordblks", "fordblks", "keepcost")]


_libc: ctypes.CDLL | None = None


def _glibc() -> ctypes.CDLL | None:
    """The C library when it is glibc (it has ``mallopt`` and ``malloc_trim``), else None."""
    global _libc
    if _libc is None and sys.platform.startswith("linux"):
        try:
            libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
            libc.mallopt, libc.malloc_trim  # noqa: B018 - musl has neither
        except (OSError, AttributeError):
            return None
        _libc = libc
    return _libc


def tune_heap() -> bool:
    """Big blocks (decoded pictures, rasterised art) in pages of their own,
    so that freeing them gives the memory back (see ``MMAP_THRESHOLD``).
    True when set (glibc), False elsewhere."""
    libc = _glibc()
    if libc is None:
        return False
    return bool(libc.mallopt(M_MMAP_THRESHOLD, MMAP_THRESHOLD))


def release_free_heap() -> bool:
    """Return the C heap's free pages to the system (glibc's ``malloc_trim``,
    every thread's heap); False where there is no glibc."""
    libc = _glibc()
    if libc is None:
        return False
    return bool(libc.malloc_trim(0))


def heap_figures() -> dict[str, float] | None:
    """What malloc holds (MB): ``in_use`` (live blocks), ``free`` (freed but
    kept in its heaps) and ``mapped`` (big blocks in pages of their own);
    None without glibc 2.33 or later."""
    libc = _glibc()
    if libc is None or not hasattr(libc, "mallinfo2"):
        return None
    libc.mallinfo2.restype = _MallInfo2
    info = libc.mallinfo2()
    mb = 1024 * 1024
    return {"in_use": (info.uordblks + info.hblkhd) / mb, "free": info.fordblks / mb, "mapped": info.hblkhd / mb}
