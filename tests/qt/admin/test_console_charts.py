"""The Visitors tab's charts, painted with plain Qt: the value under the pointer, whole names
where a label had to be shortened, round axis steps, and a word where there is nothing to draw."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QApplication, QToolTip

from kiosk.admin.console.plots import BarChart, HeatChart, PieChart, nice_ticks


def shown(qtbot, chart, width=480, height=260):
    chart.resize(width, height)
    qtbot.addWidget(chart)
    chart.show()
    qtbot.waitExposed(chart)
    chart.grab()  # painted once: the marks the pointer can find are known
    return chart


def tips(chart, step=3) -> set[str]:
    """Every tooltip the pointer finds moving over the chart."""
    found = set()
    for x in range(0, chart.width(), step):
        for y in range(0, chart.height(), step):
            text = chart.tooltip_at(QPointF(x, y))
            if text:
                found.add(text)
    return found


def point_of(chart, text: str) -> QPoint:
    for x in range(0, chart.width(), 2):
        for y in range(0, chart.height(), 2):
            if chart.tooltip_at(QPointF(x, y)) == text:
                return QPoint(x, y)
    raise AssertionError(f"no mark says {text!r}")


def test_a_bar_tells_its_exact_value_under_the_pointer(qtbot):
    chart = shown(qtbot, BarChart(["home", "cluster"], [("Views", [2, 1])], horizontal=True))
    assert {"home: 2", "cluster: 1"} <= tips(chart)
    spot = point_of(chart, "cluster: 1")
    QApplication.sendEvent(chart, QHelpEvent(QEvent.Type.ToolTip, spot, chart.mapToGlobal(spot)))
    qtbot.waitUntil(QToolTip.isVisible)
    assert QToolTip.text() == "cluster: 1"
    QToolTip.hideText()


def test_a_name_too_long_for_its_label_is_whole_in_the_tooltip(qtbot):
    long = "manufacturer/qingdao-cimc-reefer-container-and-cold-chain-equipment"
    chart = shown(qtbot, BarChart([long, "home"], [("Views", [5, 3])], horizontal=True), width=360)
    assert f"{long}: 5" in tips(chart)


def test_stacked_bars_name_each_part_and_the_whole(qtbot):
    chart = shown(qtbot, BarChart(["home", "cluster"], [("English", [3, 0]), ("中文", [1, 2])],
                                  horizontal=True, stacked=True), height=200)
    found = tips(chart)
    assert "home\n▶ English: 3\n中文: 1" in found and "home\nEnglish: 3\n▶ 中文: 1" in found
    assert chart.numbers() == {"English": [3, 0], "中文": [1, 2]}


def test_the_ring_and_the_heat_map_tell_their_numbers(qtbot):
    ring = shown(qtbot, PieChart([("English", 2), ("中文", 1), ("Русский", 1)]))
    assert {"English: 2 (50 %)", "中文: 1 (25 %)", "Русский: 1 (25 %)"} <= tips(ring)
    grid = [[0] * 24 for _ in range(7)]
    grid[0][10], grid[6][23] = 4, 1
    heat = shown(qtbot, HeatChart(grid, ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]), width=640)
    found = tips(heat, step=2)
    assert "Mon 10:00–11:00: 4" in found and "Sun 23:00–24:00: 1" in found and "Tue 10:00–11:00: 0" in found
    assert heat.numbers() == {"cells": [(10, 0, 4), (23, 6, 1)]}
    # Shades by fifths of the busiest hour: none, then 1 of 4 in the second fifth ... 4 of 4 the darkest.
    assert [heat.level(n) for n in range(5)] == [0, 2, 3, 4, 5]


@pytest.mark.parametrize("top, ticks", [
    (0, [0, 1]), (1, [0, 1]), (4, [0, 1, 2, 3, 4]), (7, [0, 2, 4, 6, 8]), (17, [0, 5, 10, 15, 20]),
    (824, [0, 200, 400, 600, 800, 1000]), (1465, [0, 500, 1000, 1500]),
])
def test_the_value_axis_steps_in_round_whole_numbers_past_the_largest_value(top, ticks):
    assert nice_ticks(top) == ticks


def test_a_chart_with_nothing_to_draw_says_so(qtbot):
    chart = BarChart([], [("Views", [])])
    chart.empty_text = "Nothing to show for these days"
    shown(qtbot, chart)
    assert chart.is_empty() and tips(chart) == set()
