"""Fixtures for the statistics tests: a statistics file in a temporary folder, a clock, a list recorder."""

from __future__ import annotations

from datetime import date

import pytest
from stats_helpers import Clock, ListRecorder, at

from kiosk.stats.store import open_store


@pytest.fixture
def store(tmp_path):
    s = open_store(tmp_path / "statistics.sqlite3")
    yield s
    s.close()


@pytest.fixture
def clock():
    return Clock(at(date(2026, 11, 30), 10))


@pytest.fixture
def recorder_list():
    return ListRecorder()
