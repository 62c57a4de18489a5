"""What a ``kiosk bench`` child tells its parent: one ``BENCH {json}`` line
with its figures, ``PROGRESS {json}`` lines on the way, and the resident
memory figures every measure carries.

Kept apart from the harness so that the cold-start child, which must load
what ``kiosk run`` loads and nothing else, can report with it.
"""

from __future__ import annotations

import json
import os
import sys
from typing import Any

BENCH_PREFIX = "BENCH "
PROGRESS_PREFIX = "PROGRESS "


def memory() -> dict[str, float | None]:
    """Resident memory now and at its peak (MB), from /proc (None off Linux)."""
    out: dict[str, float | None] = {"rss_mb": None, "hwm_mb": None}
    try:
        with open("/proc/self/status", encoding="ascii") as f:
            for line in f:
                if line.startswith("VmRSS:"):
                    out["rss_mb"] = int(line.split()[1]) / 1024
                elif line.startswith("VmHWM:"):
                    out["hwm_mb"] = int(line.split()[1]) / 1024
    except OSError:
        pass
    return out


def emit(measure: str, **figures: Any) -> None:
    """Print the one result line the parent reads."""
    payload = {"measure": measure, "pid": os.getpid(), **figures}
    sys.stdout.write(BENCH_PREFIX + json.dumps(payload, ensure_ascii=False, separators=(",", ":")) + "\n")
    sys.stdout.flush()


def progress(**figures: Any) -> None:
    """A running record (``PROGRESS {json}``) for a long measure; the parent reads the last one after a crash."""
    sys.stdout.write(PROGRESS_PREFIX + json.dumps(figures, separators=(",", ":")) + "\n")
    sys.stdout.flush()
