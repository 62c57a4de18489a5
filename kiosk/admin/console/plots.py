"""The Visitors tab's charts, painted with plain Qt (``QPainter`` on ``QWidget``).

Qt Charts is not used: the kiosk's packaged build leaves it out to stay
within its size limits, and the console must show the same charts there.

- ``BarChart``: bars per category, vertical or horizontal, one or more
  series side by side or stacked; a value axis with round ticks, each bar's
  value at its end, a legend when there is more than one series.
- ``PieChart``: a ring of shares with a legend (label, share, count).
- ``HeatChart``: weekday × hour squares shaded by their count.

Each chart keeps the numbers it draws (``numbers()``, ``categories()``),
so tests check what is drawn, not pixels, and answers a tooltip with the
exact value under the pointer (``tooltip_at``).
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from PySide6.QtCore import QEvent, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QToolTip, QWidget

from kiosk.admin.console import style

# One colour per series, in order: the console's own colours first.
SERIES = (style.PRIMARY, style.ACCENT, style.SUCCESS, "#7A3E9D", style.ERROR, "#0F7C86", style.MUTED)
# The heat map's shades, from few sessions to many (the console's blue).
HEAT = ("#D3DFF2", "#A3BEE6", "#6F98D4", "#3A6BB8", style.PRIMARY)
EMPTY_CELL = "#E8ECF2"
GRID = "#E6EAF1"


def number(value: float) -> str:
    """A value as a label: whole numbers without a decimal point."""
    return str(int(value)) if float(value).is_integer() else f"{value:g}"


def nice_ticks(top: float, most: int = 6) -> list[float]:
    """Round tick values from 0 to at least *top*: steps of 1, 2 or 5 × 10ⁿ, at most *most* ticks, whole numbers."""
    if top <= 0:
        return [0.0, 1.0]
    rough = top / max(1, most - 1)
    power = 10 ** math.floor(math.log10(rough))
    step = next(m * power for m in (1, 2, 5, 10) if m * power >= rough)
    step = max(1.0, float(step))
    count = math.ceil(top / step - 1e-9)
    return [i * step for i in range(count + 1)]


class Chart(QWidget):
    """What every chart shares: the font sizes, the empty message, hover tooltips from the painted regions."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setMouseTracking(True)
        # Said in the chart's place when there is nothing to draw (the card sets it, translated).
        self.empty_text = ""
        # (region, tooltip text) of every mark, filled as the chart paints.
        self._hits: list[tuple[QPainterPath, str]] = []

    # -- what tests and the card read ---------------------------------------------------------------
    def numbers(self) -> dict[str, list]:
        raise NotImplementedError

    def categories(self) -> list[str]:
        return []

    def is_empty(self) -> bool:
        return False

    def tooltip_at(self, pos: QPointF) -> str | None:
        """The exact value under *pos* (widget coordinates), as the tooltip says it."""
        for region, text in reversed(self._hits):
            if region.contains(pos):
                return text
        return None

    # -- painting -------------------------------------------------------------------------------------
    def font_px(self, pixels: int, bold: bool = False) -> QFont:
        font = QFont(self.font())
        font.setPixelSize(pixels)
        font.setBold(bold)
        return font

    def hit(self, shape: QRectF | QPainterPath, text: str) -> None:
        if isinstance(shape, QRectF):
            path = QPainterPath()
            path.addRect(shape)
            shape = path
        self._hits.append((shape, text))

    def paintEvent(self, _event) -> None:  # noqa: N802 - Qt name
        painter = QPainter(self)
        # An opaque background: "Save as PNG…" grabs the chart alone, for a report.
        painter.fillRect(self.rect(), QColor(style.SURFACE))
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        self._hits = []
        area = QRectF(self.rect()).adjusted(2, 2, -2, -2)
        if self.is_empty():
            painter.setFont(self.font_px(13))
            painter.setPen(QColor(style.MUTED))
            painter.drawText(area, Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, self.empty_text)
        else:
            self.draw(painter, area)
        painter.end()

    def draw(self, painter: QPainter, area: QRectF) -> None:
        raise NotImplementedError

    def event(self, event) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            text = self.tooltip_at(QPointF(event.pos()))
            if text:
                QToolTip.showText(event.globalPos(), text, self)
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().event(event)

    def draw_legend(self, painter: QPainter, area: QRectF, items: Sequence[tuple[str, str]]) -> None:
        """Swatch and name of each ``(colour, name)``, in rows across *area* from its top left."""
        painter.setFont(self.font_px(12))
        metrics = QFontMetricsF(painter.font())
        x, y = area.left(), area.top()
        for colour, name in items:
            width = 18 + metrics.horizontalAdvance(name) + 16
            if x > area.left() and x + width > area.right():
                x, y = area.left(), y + metrics.height() + 4
            painter.fillRect(QRectF(x, y + (metrics.height() - 10) / 2, 10, 10), QColor(colour))
            painter.setPen(QColor(style.TEXT))
            painter.drawText(QPointF(x + 16, y + metrics.ascent()), name)
            x += width

    def legend_height(self, items: Sequence[tuple[str, str]], width: float) -> float:
        """How tall ``draw_legend`` makes *items* across *width*."""
        metrics = QFontMetricsF(self.font_px(12))
        rows, x = 1, 0.0
        for _colour, name in items:
            item = 18 + metrics.horizontalAdvance(name) + 16
            if x > 0 and x + item > width:
                rows, x = rows + 1, 0.0
            x += item
        return rows * (metrics.height() + 4)


class BarChart(Chart):
    """Bars per category, one series per ``(label, values)`` (see the module docstring)."""

    ROW = 26  # a horizontal bar's row, in pixels

    def __init__(self, categories: Sequence[str], sets: Sequence[tuple[str, Sequence[float]]], *,
                 horizontal: bool = False, stacked: bool = False, parent: QWidget | None = None):
        super().__init__(parent)
        self._categories = [str(c) for c in categories]
        self.sets = [(label, [float(v) for v in values]) for label, values in sets]
        self.horizontal = horizontal
        self.stacked = stacked
        legend = 24 if len(self.sets) > 1 else 0
        self.setMinimumHeight(max(240, self.ROW * len(self._categories) + 44 + legend) if horizontal else 260)

    def numbers(self) -> dict[str, list]:
        return {label: list(values) for label, values in self.sets}

    def categories(self) -> list[str]:
        return list(self._categories)

    def is_empty(self) -> bool:
        return not self._categories

    def _top(self) -> float:
        if self.stacked:
            return max((sum(values[i] for _l, values in self.sets) for i in range(len(self._categories))), default=0)
        return max((v for _l, values in self.sets for v in values), default=0)

    def _colours(self) -> list[tuple[str, str]]:
        return [(SERIES[i % len(SERIES)], label) for i, (label, _v) in enumerate(self.sets)]

    def _tip(self, index: int, series: int | None = None) -> str:
        """The tooltip of a category (every series' value) or of one of its bars."""
        name = self._categories[index]
        if series is not None and len(self.sets) == 1:
            return f"{name}: {number(self.sets[0][1][index])}"
        lines = [name] + [f"{label}: {number(values[index])}" for label, values in self.sets]
        if series is not None:
            lines[1 + series] = f"▶ {lines[1 + series]}"
        return "\n".join(lines)

    def draw(self, painter: QPainter, area: QRectF) -> None:
        if len(self.sets) > 1:
            # Over the bars: a horizontal chart keeps its rows at the top of a taller card, the key stays by them.
            height = self.legend_height(self._colours(), area.width())
            self.draw_legend(painter, QRectF(area.left(), area.top(), area.width(), height), self._colours())
            area = area.adjusted(0, height + 8, 0, 0)
        ticks = nice_ticks(self._top())
        if self.horizontal:
            self._draw_horizontal(painter, area, ticks)
        else:
            self._draw_vertical(painter, area, ticks)

    def _bars(self, index: int, start: float, extent: float) -> list[tuple[int, float, float, float]]:
        """``(series, position, thickness, value)`` of category *index*'s bars within its band."""
        values = [(s, values[index]) for s, (_l, values) in enumerate(self.sets)]
        thickness = min(extent * 0.7, 28.0)
        offset = start + (extent - thickness) / 2
        if self.stacked or len(values) == 1:
            return [(s, offset, thickness, v) for s, v in values]
        each = thickness / len(values)
        return [(s, offset + k * each, each, v) for k, (s, v) in enumerate(values)]

    def _draw_horizontal(self, painter: QPainter, area: QRectF, ticks: list[float]) -> None:
        small, label_font = self.font_px(12), self.font_px(13)
        labels = QFontMetricsF(label_font)
        widest = max(labels.horizontalAdvance(c) for c in self._categories)
        label_w = min(widest + 10, area.width() * 0.4)
        value_w = QFontMetricsF(small).horizontalAdvance(number(max(ticks[-1], self._top()))) + 10
        axis_h = QFontMetricsF(small).height() + 6
        # Rows of a steady height, the axis right under them (not at the bottom of a tall card).
        band = min((area.height() - axis_h) / len(self._categories), self.ROW * 1.3)
        plot = QRectF(area.left() + label_w, area.top(), area.width() - label_w - value_w, band * len(self._categories))
        scale = plot.width() / ticks[-1]
        painter.setFont(small)
        for tick in ticks:
            x = plot.left() + tick * scale
            painter.setPen(QPen(QColor(GRID), 1))
            painter.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()))
            painter.setPen(QColor(style.MUTED))
            painter.drawText(QRectF(x - 30, plot.bottom() + 3, 60, axis_h), Qt.AlignmentFlag.AlignHCenter, number(tick))
        for index, name in enumerate(self._categories):
            top = plot.top() + index * band
            painter.setFont(label_font)
            painter.setPen(QColor(style.TEXT))
            # Cut in the middle: long record titles often share their start ("National specialised ...").
            text = labels.elidedText(name, Qt.TextElideMode.ElideMiddle, label_w - 10)
            label_box = QRectF(area.left(), top, label_w - 8, band)
            painter.drawText(label_box, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, text)
            self.hit(label_box, self._tip(index))
            end = plot.left()
            for series, y, thick, value in self._bars(index, top, band):
                x0 = end if self.stacked else plot.left()
                box = QRectF(x0, y, value * scale, thick)
                painter.fillRect(box, QColor(SERIES[series % len(SERIES)]))
                self.hit(box, self._tip(index, series))
                end = box.right() if self.stacked else max(end, box.right())
                if not self.stacked and len(self.sets) > 1:
                    self._value_at(painter, QPointF(box.right() + 4, box.center().y()), value, small, Qt.AlignmentFlag.AlignLeft)
            if self.stacked or len(self.sets) == 1:
                total = sum(values[index] for _l, values in self.sets)
                self._value_at(painter, QPointF(end + 4, top + band / 2), total, small, Qt.AlignmentFlag.AlignLeft)
        painter.setPen(QPen(QColor(style.DIVIDER), 1))
        painter.drawLine(plot.topLeft(), plot.bottomLeft())

    def _value_at(self, painter: QPainter, anchor: QPointF, value: float, font: QFont, align) -> None:
        """A bar's value beside its end: left-aligned after a horizontal bar, centred over a vertical one."""
        painter.setFont(font)
        painter.setPen(QColor(style.TEXT))
        metrics = QFontMetricsF(font)
        text = number(value)
        if align == Qt.AlignmentFlag.AlignLeft:
            painter.drawText(QPointF(anchor.x(), anchor.y() + metrics.ascent() / 2 - 1), text)
        else:
            painter.drawText(QPointF(anchor.x() - metrics.horizontalAdvance(text) / 2, anchor.y() - 3), text)

    def _label_step(self, metrics: QFontMetricsF, slot: float) -> int:
        """Show every n-th category label so that none overlap (each may wrap to two lines at its spaces)."""
        widest = max(max((metrics.horizontalAdvance(word) for word in c.split()), default=0)
                     for c in self._categories)
        return max(1, math.ceil((widest + 14) / max(1.0, slot)))

    def _draw_vertical(self, painter: QPainter, area: QRectF, ticks: list[float]) -> None:
        small, label_font = self.font_px(12), self.font_px(12)
        metrics = QFontMetricsF(small)
        axis_w = metrics.horizontalAdvance(number(ticks[-1])) + 10
        label_h = 2 * metrics.height() + 6
        plot = QRectF(area.left() + axis_w, area.top() + metrics.height() + 4, area.width() - axis_w - 4,
                      area.height() - label_h - metrics.height() - 4)
        scale = plot.height() / ticks[-1]
        painter.setFont(small)
        for tick in ticks:
            y = plot.bottom() - tick * scale
            painter.setPen(QPen(QColor(GRID), 1))
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            painter.setPen(QColor(style.MUTED))
            painter.drawText(QRectF(area.left(), y - metrics.height() / 2, axis_w - 6, metrics.height()),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, number(tick))
        slot = plot.width() / len(self._categories)
        step = self._label_step(QFontMetricsF(label_font), slot)
        show_values = all(metrics.horizontalAdvance(number(v)) + 2 <= slot for _l, vs in self.sets for v in vs)
        for index, name in enumerate(self._categories):
            left = plot.left() + index * slot
            bottom = plot.bottom()
            for series, x, thick, value in self._bars(index, left, slot):
                box = QRectF(x, bottom - value * scale, thick, value * scale)
                painter.fillRect(box, QColor(SERIES[series % len(SERIES)]))
                self.hit(QRectF(x, plot.top(), thick, plot.height()), self._tip(index, series))
                if self.stacked:
                    bottom = box.top()
                elif show_values and len(self.sets) > 1:
                    self._value_at(painter, QPointF(box.center().x(), box.top()), value, small, Qt.AlignmentFlag.AlignHCenter)
            if show_values and (self.stacked or len(self.sets) == 1):
                total = sum(values[index] for _l, values in self.sets)
                self._value_at(painter, QPointF(left + slot / 2, bottom - (0 if self.stacked else total * scale)),
                               total, small, Qt.AlignmentFlag.AlignHCenter)
            if index % step == 0:
                painter.setFont(label_font)
                painter.setPen(QColor(style.TEXT))
                width = slot * step
                painter.drawText(QRectF(left + slot / 2 - width / 2, plot.bottom() + 4, width, label_h),
                                 Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap, name)
        painter.setPen(QPen(QColor(style.DIVIDER), 1))
        painter.drawLine(plot.bottomLeft(), plot.bottomRight())


class PieChart(Chart):
    """A ring of shares, each ``(label, count)``, with a legend naming label, share and count."""

    def __init__(self, items: Sequence[tuple[str, int]], parent: QWidget | None = None):
        super().__init__(parent)
        self.items = [(str(label), n) for label, n in items]
        self.total = sum(n for _l, n in self.items)
        self.setMinimumHeight(max(240, 28 * len(self.items) + 20))

    def share(self, n: int) -> str:
        return f"{100 * n / (self.total or 1):.0f} %"

    def numbers(self) -> dict[str, list]:
        return {"pie": [(f"{label} {self.share(n)}", float(n)) for label, n in self.items]}

    def categories(self) -> list[str]:
        return [label for label, _n in self.items]

    def is_empty(self) -> bool:
        return not self.total

    def draw(self, painter: QPainter, area: QRectF) -> None:
        side = min(area.height() - 8, area.width() * 0.45)
        ring = QRectF(area.left() + 8, area.center().y() - side / 2, side, side)
        angle = 90.0  # the first share starts at twelve o'clock and runs clockwise
        for index, (label, n) in enumerate(self.items):
            span = -360.0 * n / self.total
            path = QPainterPath(ring.center())
            path.arcTo(ring, angle, span)
            path.closeSubpath()
            painter.fillPath(path, QColor(SERIES[index % len(SERIES)]))
            painter.setPen(QPen(QColor(style.SURFACE), 2))
            painter.drawPath(path)
            self.hit(path, f"{label}: {n} ({self.share(n)})")
            angle += span
        hole = ring.adjusted(side * 0.22, side * 0.22, -side * 0.22, -side * 0.22)
        painter.setBrush(QColor(style.SURFACE))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.drawEllipse(hole)
        self._draw_key(painter, QRectF(ring.right() + 24, area.top(), area.right() - ring.right() - 24, area.height()))

    def _draw_key(self, painter: QPainter, area: QRectF) -> None:
        """Each share's swatch, name, percentage and count, one a line, centred beside the ring."""
        font = self.font_px(14)
        metrics = QFontMetricsF(font)
        line = metrics.height() + 10
        y = area.center().y() - line * len(self.items) / 2
        painter.setFont(font)
        for index, (label, n) in enumerate(self.items):
            painter.fillRect(QRectF(area.left(), y + (line - 12) / 2, 12, 12), QColor(SERIES[index % len(SERIES)]))
            text = metrics.elidedText(f"{label}  {self.share(n)}  ({n})", Qt.TextElideMode.ElideRight, area.width() - 20)
            painter.setPen(QColor(style.TEXT))
            box = QRectF(area.left() + 20, y, area.width() - 20, line)
            painter.drawText(box, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, text)
            self.hit(box, f"{label}: {n} ({self.share(n)})")
            y += line


class HeatChart(Chart):
    """Weekdays (rows, Monday on top) × hours (columns), each square shaded by its count; the scale under it."""

    def __init__(self, grid: Sequence[Sequence[int]], weekdays: Sequence[str], parent: QWidget | None = None):
        super().__init__(parent)
        self.grid = [list(row) for row in grid]
        self.weekdays = list(weekdays)
        self.top = max((n for row in self.grid for n in row), default=0)
        self.setMinimumHeight(250)

    def numbers(self) -> dict[str, list]:
        """``(hour, weekday, sessions)`` of every square with sessions."""
        return {"cells": [(hour, day, n) for day, row in enumerate(self.grid) for hour, n in enumerate(row) if n]}

    def categories(self) -> list[str]:
        return list(self.weekdays)

    def level(self, n: int) -> int:
        """Which shade a count gets: 0 for none, 1 (few) to 5 (the most)."""
        return 0 if not n else 1 + min(len(HEAT) - 1, (n * len(HEAT) - 1) // self.top)

    def draw(self, painter: QPainter, area: QRectF) -> None:
        small = self.font_px(12)
        metrics = QFontMetricsF(small)
        label_w = max(metrics.horizontalAdvance(day) for day in self.weekdays) + 10
        scale_h = metrics.height() + 12
        cells = QRectF(area.left() + label_w, area.top(), area.width() - label_w,
                       area.height() - 2 * metrics.height() - scale_h)
        side = min(cells.width() / 24, cells.height() / len(self.weekdays))
        painter.setFont(small)
        for day, row in enumerate(self.grid):
            y = cells.top() + day * side
            painter.setPen(QColor(style.TEXT))
            painter.drawText(QRectF(area.left(), y, label_w - 8, side),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, self.weekdays[day])
            for hour, n in enumerate(row):
                box = QRectF(cells.left() + hour * side + 1, y + 1, side - 2, side - 2)
                level = self.level(n)
                painter.fillRect(box, QColor(HEAT[level - 1] if level else EMPTY_CELL))
                self.hit(box, f"{self.weekdays[day]} {hour:02d}:00–{hour + 1:02d}:00: {n}")
        bottom = cells.top() + len(self.weekdays) * side
        painter.setPen(QColor(style.MUTED))
        for hour in range(0, 24, 3):
            x = cells.left() + hour * side
            painter.drawText(QRectF(x - 10, bottom + 2, side + 20, metrics.height()), Qt.AlignmentFlag.AlignHCenter,
                             f"{hour:02d}")
        self._draw_scale(painter, QPointF(cells.left(), bottom + metrics.height() + 10), metrics)

    def _draw_scale(self, painter: QPainter, at: QPointF, metrics: QFontMetricsF) -> None:
        """The shades from one session to the most in one hour, with the two numbers at their ends."""
        if not self.top:
            return
        painter.setPen(QColor(style.MUTED))
        painter.drawText(QPointF(at.x(), at.y() + metrics.ascent()), "1")
        x = at.x() + metrics.horizontalAdvance("1") + 6
        for shade in HEAT:
            painter.fillRect(QRectF(x, at.y() + 1, 22, metrics.height() - 2), QColor(shade))
            x += 24
        painter.drawText(QPointF(x + 4, at.y() + metrics.ascent()), str(self.top))
