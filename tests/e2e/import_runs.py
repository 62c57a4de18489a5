"""Run real ``kiosk`` import commands in subprocesses, optionally paused at a named step.

The pause is the importer's test-only hook (``kiosk.content.progress``,
``KIOSK_TEST_PAUSE_AT``): the process writes a marker file when it reaches
the step and blocks until the marker is removed or the process is killed,
so a test acts at an exact point whatever the machine's speed.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

from kiosk.content.progress import PAUSE_AT_ENV, PAUSE_MARKER_ENV

ROOT = Path(__file__).resolve().parents[2]
#: Generous: a loaded shared machine may take long to start Python and check a pack.
REACH_TIMEOUT_S = 120.0


def start_kiosk(data: Path, *args: str, pause_at: str | None = None, marker: Path | None = None) -> subprocess.Popen:
    """``kiosk --data-dir DATA ARGS... --progress`` in a subprocess (stderr piped, one progress line per step)."""
    env = {k: v for k, v in os.environ.items() if k not in ("KIOSK_DATABASE_URL", "KIOSK_DATA_DIR", PAUSE_AT_ENV)}
    if pause_at is not None:
        assert marker is not None
        env[PAUSE_AT_ENV] = pause_at
        env[PAUSE_MARKER_ENV] = str(marker)
    return subprocess.Popen(
        [sys.executable, "-m", "kiosk", "--data-dir", str(data), *args, "--progress"],
        cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )


def wait_paused(proc: subprocess.Popen, marker: Path, timeout_s: float = REACH_TIMEOUT_S) -> None:
    """Wait until *proc* is paused at its step (its marker exists); fail if it ends or never gets there."""
    deadline = time.monotonic() + timeout_s
    while not marker.exists():
        if proc.poll() is not None:
            out, err = proc.communicate()
            raise AssertionError(f"the import ended (exit {proc.returncode}) before its pause:\n{err[-2000:]}")
        if time.monotonic() > deadline:
            proc.kill()
            raise AssertionError(f"the import did not reach its pause within {timeout_s:.0f} s")
        time.sleep(0.02)  # polling for the marker, not a guess at how long the import takes
