"""How many events a ``kill -9`` costs: a process records steadily, is killed, and the file is counted.

Used by the test of the loss bound and by ``kiosk bench --only stats``.
The child (``kiosk stats burst-child``) prints every event's number and
time as it queues it; after the kill its last printed number is what it
had recorded, and the file says how many were written, always the first
ones without a gap.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import text

from kiosk import paths
from kiosk.stats.store import open_store, stats_path

BURST_KIOSK = "00000000-0000-4000-8000-00000000b057"


@dataclass
class KillResult:
    """What a kill -9 during a burst of events cost."""

    recorded: int
    stored: int
    lost: int
    #: Seconds between the newest stored event and the newest recorded one.
    lost_seconds: float
    #: True when the stored events are exactly the first ``stored`` ones.
    contiguous: bool
    rate_per_s: float


def kill_during_burst(data_dir: Path, *, after_events: int = 600, rate: float = 200.0, interval: float = 1.0,
                      timeout_s: float = 120.0) -> KillResult:
    """Start a recording child on *data_dir*, kill -9 it after *after_events* events, count what survived."""
    base = [sys.executable] if paths.is_frozen() else [sys.executable, "-m", "kiosk"]
    cmd = [*base, "--data-dir", str(data_dir), "stats", "burst-child", "--rate", str(rate), "--interval", str(interval),
           "--seconds", str(timeout_s)]
    env = {k: v for k, v in os.environ.items() if k not in (paths.ENV_DATA_DIR, paths.ENV_DATABASE_URL)}
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=env)
    times: dict[int, float] = {}
    deadline = time.monotonic() + timeout_s
    try:
        assert proc.stdout is not None
        for line in proc.stdout:
            _parse(line, times)
            if len(times) >= after_events or time.monotonic() > deadline:
                break
        proc.send_signal(signal.SIGKILL)
        rest, _ = proc.communicate(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    for line in rest.splitlines():
        _parse(line, times)
    if not times:
        raise RuntimeError(f"the recording child printed nothing ({' '.join(cmd)})")
    store = open_store(stats_path(Path(data_dir)), create=False)
    try:
        with store.engine.connect() as conn:
            row = conn.execute(text("SELECT id, last_event FROM kiosks WHERE uid = :u"), {"u": BURST_KIOSK}).first()
        kiosk, stored = (row[0], row[1]) if row else (0, 0)
        held = store.stored_events(kiosk) if row else 0
    finally:
        store.close()
    # The child may die between queueing an event and printing it: then the file can hold one more.
    recorded = max(max(times), stored)
    first, last = min(times.values()), times.get(recorded, max(times.values()))
    lost_seconds = last - times[stored] if stored in times else last - first
    return KillResult(recorded, stored, recorded - stored, round(max(0.0, lost_seconds), 3), held == stored,
                      round(recorded / max(last - first, 1e-9), 1))


def _parse(line: str, times: dict[int, float]) -> None:
    parts = line.split()
    if len(parts) == 3 and parts[0] == "EV":
        times[int(parts[1])] = float(parts[2])
