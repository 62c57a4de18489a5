"""Charts for the Visitors tab, drawn by Qt Charts (PySide6-Addons), each over its table.

``ChartCard`` is one report: a title, a line under it (the median, a
total ...), the chart and the same numbers as a table.  The ``*_chart``
functions build a ``QChart`` from the plain lists ``kiosk.stats.queries``
returns; ``ChartCard.chart_numbers`` reads the numbers back out of the
chart's series, so tests check what is drawn, not pixels.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCharts import (
    QAbstractBarSeries,
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QCategoryAxis,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QHorizontalStackedBarSeries,
    QPieSeries,
    QScatterSeries,
    QValueAxis,
)
from PySide6.QtCore import QMargins, QPointF, Qt
from PySide6.QtGui import QColor, QFont, QPainter
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QTableView, QVBoxLayout, QWidget

from kiosk.admin.console.models import RowsModel
from kiosk.admin.console.widgets import rows_view

# One colour per series, in order (the console's blue first).
PALETTE = ("#1F5FAD", "#E08A1E", "#2E8B57", "#9B3D8F", "#C0392B", "#5B6577", "#17A2B8")
# The heat map's shades, from few sessions to many.
HEAT = ("#DCE8F6", "#9FC2E8", "#5C95D3", "#2A64AE", "#113F7A")


class ChartCard(QFrame):
    """One report of the Visitors tab: title, note, chart, and the chart's numbers as a table."""

    def __init__(self, name: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("pane")
        self.name = name
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.setSpacing(6)
        self.title = QLabel()
        self.title.setObjectName("chartTitle")
        self.title.setStyleSheet("font-weight: 600; font-size: 15px;")
        # Saves the chart as a picture for a report (the pane connects it).
        self.save_button = QPushButton()
        self.save_button.setObjectName(f"save-{name}")
        heading = QHBoxLayout()
        heading.addWidget(self.title, 1)
        heading.addWidget(self.save_button)
        self.note = QLabel()
        self.note.setObjectName("chartNote")
        self.note.setWordWrap(True)
        self.view = QChartView()
        self.view.setObjectName(f"chart-{name}")
        self.view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.view.setMinimumHeight(280)
        self._headers: list[str] = []
        self.model = RowsModel(lambda: self._headers, self)
        self.table: QTableView = rows_view(self.model, f"table-{name}", stretch=0)
        self.table.setMaximumHeight(170)
        layout.addLayout(heading)
        for widget in (self.note, self.view, self.table):
            layout.addWidget(widget)

    def show_report(self, title: str, note: str, chart: QChart, headers: Sequence[str], rows: Sequence[Sequence]) -> None:
        """Show *chart* and the table of *rows* under *headers*."""
        self.title.setText(title)
        self.note.setText(note)
        self.note.setVisible(bool(note))
        old = self.view.chart()
        # Horizontal bars get the height their labels need (a label that does not fit is cut to "...").
        bars = max((len(a.categories()) for a in chart.axes(Qt.Orientation.Vertical) if isinstance(a, QBarCategoryAxis)),
                   default=0)
        self.view.setMinimumHeight(max(280, 24 * bars + 110))
        self.view.setChart(chart)
        if old is not None and old is not chart:
            old.deleteLater()
        self._headers = list(headers)
        self.model.set_rows([([_cell(v) for v in row], None, None) for row in rows])
        self.model.retranslate()

    # -- what tests (and a curious reader) can check ------------------------------------------
    def chart_numbers(self) -> dict[str, list]:
        """The numbers the chart draws, by series or bar set: bars' values, pie slices ``(label, value)``, scatter points ``(x, y)``."""
        out: dict[str, list] = {}
        for series in self.view.chart().series():
            if isinstance(series, QAbstractBarSeries):
                # Horizontal bars are drawn bottom up: read them back in the report's order.
                step = -1 if isinstance(series, (QHorizontalBarSeries, QHorizontalStackedBarSeries)) else 1
                for bar_set in series.barSets():
                    out[bar_set.label()] = [bar_set.at(i) for i in range(bar_set.count())][::step]
            elif isinstance(series, QPieSeries):
                out[series.name() or "pie"] = [(s.label(), s.value()) for s in series.slices()]
            elif isinstance(series, QScatterSeries):
                out[series.name()] = [(p.x(), p.y()) for p in series.points()]
        return out

    def categories(self) -> list[str]:
        """The category axis' labels, in the order the report lists them."""
        for axis in self.view.chart().axes():
            if isinstance(axis, QBarCategoryAxis):
                labels = list(axis.categories())
                horizontal = axis.orientation() == Qt.Orientation.Vertical
                return labels[::-1] if horizontal else labels
        return []

    def table_rows(self) -> list[list[str]]:
        """The table's cells as shown."""
        return [list(cells) for cells, _payload, _colour in self.model.rows]


def _label(text: str, most: int = 28) -> str:
    """A category's label on an axis: at most *most* characters, and never read as rich text ("<30 s")."""
    text = text if len(text) <= most else text[: most - 1] + "…"
    return text.replace("<", "\u2039") if text.startswith("<") else text


def _cell(value) -> str:
    if isinstance(value, float):
        return f"{value:g}"
    return str(value)


def _chart() -> QChart:
    chart = QChart()
    chart.setMargins(QMargins(4, 4, 4, 4))
    chart.setBackgroundRoundness(0)
    chart.legend().setVisible(False)
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    return chart


def _small(axis) -> None:
    font = QFont(axis.labelsFont())
    font.setPixelSize(12)
    axis.setLabelsFont(font)


def _value_axis(top: float) -> QValueAxis:
    axis = QValueAxis()
    axis.setLabelFormat("%d")
    axis.setRange(0, max(1.0, top * 1.1))
    axis.applyNiceNumbers()
    return axis


def bar_chart(categories: Sequence[str], sets: Sequence[tuple[str, Sequence[float]]], *,
              horizontal: bool = False, stacked: bool = False) -> QChart:
    """Bars per category, one bar set per ``(label, values)``; *horizontal* lists the first category on top."""
    chart = _chart()
    series = (QHorizontalStackedBarSeries() if stacked else QHorizontalBarSeries()) if horizontal else QBarSeries()
    order = list(range(len(categories)))[::-1] if horizontal else list(range(len(categories)))
    top = 0.0
    for index, (label, values) in enumerate(sets):
        bar_set = QBarSet(label)
        bar_set.setColor(QColor(PALETTE[index % len(PALETTE)]))
        bar_set.append([float(values[i]) for i in order])
        series.append(bar_set)
        top = max(top, max(values, default=0))
    if stacked:
        top = max((sum(values[i] for _l, values in sets) for i in range(len(categories))), default=0)
    chart.addSeries(series)
    names = QBarCategoryAxis()
    names.append([_label(categories[i]) for i in order])
    # Qt cuts every label to "..." when it once lacked room, and does not bring them back: short labels instead.
    names.setTruncateLabels(False)
    numbers = _value_axis(top)
    _small(names)
    _small(numbers)
    chart.addAxis(names, Qt.AlignmentFlag.AlignLeft if horizontal else Qt.AlignmentFlag.AlignBottom)
    chart.addAxis(numbers, Qt.AlignmentFlag.AlignBottom if horizontal else Qt.AlignmentFlag.AlignLeft)
    series.attachAxis(names)
    series.attachAxis(numbers)
    if len(sets) > 1:
        chart.legend().setVisible(True)
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
    return chart


def pie_chart(items: Sequence[tuple[str, int]]) -> QChart:
    """A pie of *items* (label, count); each slice labelled with its share."""
    chart = _chart()
    series = QPieSeries()
    total = sum(n for _label, n in items) or 1
    for index, (label, n) in enumerate(items):
        piece = series.append(label, n)
        piece.setColor(QColor(PALETTE[index % len(PALETTE)]))
        piece.setLabel(f"{label} {100 * n / total:.0f} %")
        piece.setLabelVisible(True)
    chart.addSeries(series)
    return chart


def heat_chart(grid: Sequence[Sequence[int]], weekdays: Sequence[str]) -> QChart:
    """Weekday (rows, Monday on top) × hour (columns) as squares shaded by their count; empty cells are left out."""
    chart = _chart()
    top = max((n for row in grid for n in row), default=0)
    levels = [QScatterSeries() for _ in HEAT]
    for level, series in enumerate(levels):
        series.setName(f"level {level + 1}")
        series.setMarkerShape(QScatterSeries.MarkerShape.MarkerShapeRectangle)
        series.setMarkerSize(15)
        series.setColor(QColor(HEAT[level]))
        series.setBorderColor(QColor(HEAT[level]))
    for day, row in enumerate(grid):
        for hour, n in enumerate(row):
            if n:
                level = min(len(HEAT) - 1, (n * len(HEAT) - 1) // top)
                levels[level].append(QPointF(hour, day))
    hours = QValueAxis()
    hours.setRange(-0.5, 23.5)
    hours.setTickCount(7)
    hours.setLabelFormat("%d")
    hours.setTickType(QValueAxis.TickType.TicksDynamic)
    hours.setTickAnchor(0)
    hours.setTickInterval(3)
    days = QCategoryAxis()
    days.setRange(-0.5, len(weekdays) - 0.5)
    days.setReverse(True)
    days.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionCenter)
    for index, name in enumerate(weekdays):
        days.append(name, index + 0.5)
    chart.addAxis(hours, Qt.AlignmentFlag.AlignBottom)
    chart.addAxis(days, Qt.AlignmentFlag.AlignLeft)
    for series in levels:
        chart.addSeries(series)
        series.attachAxis(hours)
        series.attachAxis(days)

    def fill_cells(area) -> None:
        # A marker's size is in pixels: each square fills most of its hour-by-day cell.
        side = max(4.0, min(area.width() / 24, area.height() / max(1, len(weekdays))) * 0.9)
        for series in levels:
            series.setMarkerSize(side)

    chart.plotAreaChanged.connect(fill_cells)
    return chart

