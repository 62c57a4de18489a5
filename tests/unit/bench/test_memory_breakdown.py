"""The memory measure says where the resident memory is, not only how much."""

from __future__ import annotations

import sys

import pytest

from kiosk.bench.harness import memory, memory_breakdown
from kiosk.bench.report import aggregate_memory, build_rows
from kiosk.runtime.heap import heap_figures

linux = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc and glibc")


@linux
def test_the_kinds_of_memory_add_up_to_the_resident_size():
    found = memory_breakdown()
    total = sum(found["rss_mb"].values())
    rss = memory()["rss_mb"]
    assert abs(total - rss) < max(2.0, rss * 0.05), (found, rss)
    assert found["rss_mb"]["heap"] > 1 and found["rss_mb"]["python_code"] > 1
    assert found["threads"] >= 1


@linux
def test_malloc_figures_follow_a_big_block_and_its_release():
    before = heap_figures()
    block = bytearray(32 * 1024 * 1024)
    during = heap_figures()
    del block
    after = heap_figures()
    assert during["in_use"] - before["in_use"] >= 30
    assert during["in_use"] - after["in_use"] >= 30


def test_the_table_shows_rss_after_start_and_the_json_keeps_the_breakdown():
    data = {"hwm_mb": 230.0, "steady_samples_mb": [220.0, 221.0], "after_start": {"rss_mb": 198.0},
            "breakdown": {"after_start": {"rss_mb": {"heap": 100.0}}}}
    mem = aggregate_memory(data)
    assert mem["breakdown"]["after_start"]["rss_mb"]["heap"] == 100.0
    table = {row.measure: row.value for row in build_rows({"memory": mem})}
    assert table["RSS after start (Home, start-up settled)"] == "198 MB"
