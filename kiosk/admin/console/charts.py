"""The Visitors tab's report cards: a title, a note, the chart and its numbers as a table.

``ChartCard`` is one report.  The charts themselves are ``plots``
widgets painted with plain Qt (no Qt Charts: the packaged build leaves it
out); the ``*_chart`` functions build them from the plain lists
``kiosk.stats.queries`` returns, and ``ChartCard.chart_numbers`` reads the
numbers back from the chart, so tests check what is drawn, not pixels.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QFrame, QHBoxLayout, QHeaderView, QLabel, QPushButton, QTableView, QVBoxLayout, QWidget

from kiosk.admin.console.models import RowsModel
from kiosk.admin.console.plots import BarChart, Chart, HeatChart, PieChart
from kiosk.admin.console.widgets import rows_view


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
        self.note.setStyleSheet("color: #5B6577;")
        # The chart, replaced by each report (``show_report``).
        self.view: Chart = BarChart([], [])
        self.view.setObjectName(f"chart-{name}")
        self._headers: list[str] = []
        self.model = RowsModel(lambda: self._headers, self)
        self.table: QTableView = rows_view(self.model, f"table-{name}", stretch=0)
        self.table.setMaximumHeight(170)
        layout.addLayout(heading)
        layout.addWidget(self.note)
        # The chart takes the room a taller neighbour in the grid leaves (not the title or the note).
        layout.addWidget(self.view, 1)
        layout.addWidget(self.table)
        self._layout = layout

    def show_report(self, title: str, note: str, chart: Chart, headers: Sequence[str], rows: Sequence[Sequence],
                    empty: str = "") -> None:
        """Show *chart* (saying *empty* when it has nothing to draw) and the table of *rows* under *headers*."""
        self.title.setText(title)
        self.note.setText(note)
        self.note.setVisible(bool(note))
        chart.setObjectName(f"chart-{self.name}")
        # A screen reader names the picture; the table under it reads out the figures.
        chart.setAccessibleName(title)
        chart.empty_text = empty
        old = self.view
        self._layout.replaceWidget(old, chart)
        old.hide()
        old.deleteLater()
        self.view = chart
        self._headers = list(headers)
        self.model.set_rows([([_cell(v) for v in row], None, None) for row in rows])
        self.model.retranslate()
        header = self.table.horizontalHeader()
        # The names take the spare width and give way (elided) to the numbers: a long record title would
        # otherwise push them out of sight.  Not the heat map's 25 columns: they scroll, whole.  Set once the
        # columns exist (the view starts with none).
        if 0 < header.count() <= 4:
            header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)

    # -- what tests (and a curious reader) can check ------------------------------------------
    def chart_numbers(self) -> dict[str, list]:
        """The numbers the chart draws: bars' values by series, ring shares ``(label, value)``, heat squares ``(hour, day, n)``."""
        return self.view.numbers()

    def categories(self) -> list[str]:
        """The chart's category labels, in the order the report lists them."""
        return self.view.categories()

    def table_rows(self) -> list[list[str]]:
        """The table's cells as shown."""
        return [list(cells) for cells, _payload, _colour in self.model.rows]


def _cell(value) -> str:
    if isinstance(value, float):
        return f"{value:g}"
    return str(value)


def bar_chart(categories: Sequence[str], sets: Sequence[tuple[str, Sequence[float]]], *,
              horizontal: bool = False, stacked: bool = False) -> BarChart:
    """Bars per category, one series per ``(label, values)``; *horizontal* lists the first category on top."""
    return BarChart(categories, sets, horizontal=horizontal, stacked=stacked)


def pie_chart(items: Sequence[tuple[str, int]]) -> PieChart:
    """A ring of *items* (label, count), each share named with its percentage."""
    return PieChart(items)


def heat_chart(grid: Sequence[Sequence[int]], weekdays: Sequence[str]) -> HeatChart:
    """Weekday (rows, Monday on top) × hour (columns), each square shaded by its count."""
    return HeatChart(grid, weekdays)
