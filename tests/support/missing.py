"""What a test does when a real part it needs (PostgreSQL, speech-dispatcher)
is not on the machine.

A developer running one test file without the Debian packages gets a skip
that says what to install. The README's test command (``build_scripts/dev.sh
test``, which CI runs) installs them first and sets ``KIOSK_TESTS_NEED_ALL``:
there a missing part fails the test, so a broken install step can never
pass CI as a row of skips.
"""

from __future__ import annotations

import os

import pytest


def missing_part(reason: str) -> None:
    """Skip (or, under the README's test command, fail) for a part that is not installed."""
    if os.environ.get("KIOSK_TESTS_NEED_ALL") == "1":
        pytest.fail(f"{reason} (the README's test command installs it; this run needs every real part)")
    pytest.skip(reason)
