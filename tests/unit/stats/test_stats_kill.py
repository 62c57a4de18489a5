"""A kill -9 in the middle of recording loses at most the last 2 seconds, and never leaves a gap.

A real child process (``kiosk stats burst-child``) records 200 events a
second and is killed with SIGKILL; what the file holds is counted.
"""

from __future__ import annotations

import sys

import pytest

from kiosk.stats.killtest import kill_during_burst
from kiosk.stats.recorder import LOSS_BOUND_S
from kiosk.stats.store import open_store, stats_path


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is a POSIX signal")
def test_kill_9_during_a_burst_loses_at_most_the_last_two_seconds(tmp_path):
    result = kill_during_burst(tmp_path, after_events=500, rate=200.0)
    assert result.recorded >= 500
    assert result.stored > 0, "nothing was written in the seconds before the kill"
    assert result.contiguous, "the file holds events with a gap"
    assert result.lost_seconds <= LOSS_BOUND_S, result
    # The next start closes the session the kill left open; nothing is lost by that.
    store = open_store(stats_path(tmp_path), create=False)
    try:
        before = store.stored_events(1)
        store.recover(1)
        assert store.stored_events(1) >= before
    finally:
        store.close()
