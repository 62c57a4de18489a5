"""Table models over the working copy, the history and lists of problems."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPainter
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from kiosk.admin.console.draft import DraftRecord, DraftState
from kiosk.admin.console.working import WorkingCopy
from kiosk.content.vocab import LANGUAGES

UID_ROLE = Qt.ItemDataRole.UserRole + 1
SLUG_ROLE = Qt.ItemDataRole.UserRole + 2
ISSUES_ROLE = Qt.ItemDataRole.UserRole + 3
# The title's colour, always set: reading an unset role from Python gives a
# None that PySide6 6.12 does not own (see ``editor.set_state``).
COLOUR_ROLE = Qt.ItemDataRole.UserRole + 4
MUTED = QColor("#5B6577")
ERROR = QColor("#B42318")
WARN = QColor("#9A4A05")
TEXT = QColor("#172033")

_Index = QModelIndex | QPersistentModelIndex


class RecordTableModel(QAbstractTableModel):
    """The records of one kind in the visitors' order: order, title in the
    chosen language, slug, published, unverified translations, issues."""

    ORDER, TITLE, SLUG, PUBLISHED, UNVERIFIED, ISSUES = range(6)

    def __init__(self, working: WorkingCopy, parent=None):
        super().__init__(parent)
        self._working = working
        self.kind = "cluster"
        self.language = "zh-Hans"
        self.rows: list[DraftRecord] = []
        self._changed: set[int] = set()
        self.refresh()

    def set_kind(self, kind: str) -> None:
        self.kind = kind
        self.beginResetModel()
        self.rows = []
        self.endResetModel()
        self.refresh()

    def set_language(self, lang: str) -> None:
        self.language = lang
        self.refresh()

    def refresh(self) -> None:
        """Re-read the working copy (cheap: a few dozen rows).  The same records
        in the same order only repaint, so the selection stays where it is."""
        rows = self._working.state.ordered(self.kind)
        self._changed = self._working.changed_uids()
        if [r.uid for r in rows] == [r.uid for r in self.rows]:
            self.rows = rows
            if rows:
                self.dataChanged.emit(self.index(0, 0), self.index(len(rows) - 1, self.columnCount() - 1))
            return
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def row_of(self, uid: int) -> int:
        for row, record in enumerate(self.rows):
            if record.uid == uid:
                return row
        return -1

    # -- Qt model --------------------------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else 6

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if orientation != Qt.Orientation.Horizontal:
            return None
        names = (
            QCoreApplication.translate("RecordList", "No."),
            QCoreApplication.translate("RecordList", "Title and slug"),
            QCoreApplication.translate("RecordList", "Slug"),
            QCoreApplication.translate("RecordList", "Shown"),
            QCoreApplication.translate("RecordList", "Unverified"),
            QCoreApplication.translate("RecordList", "Problems"),
        )
        if role == Qt.ItemDataRole.DisplayRole:
            return names[section]
        if role == Qt.ItemDataRole.ToolTipRole:
            tips = (QCoreApplication.translate("RecordList", "Sort order: visitors see records in this order"),
                    QCoreApplication.translate("RecordList", "Title in the list language"),
                    QCoreApplication.translate("RecordList", "The record's name in addresses and files"),
                    QCoreApplication.translate("RecordList", "Published: visitors can see it"),
                    QCoreApplication.translate("RecordList", "Translations nobody has ticked as checked yet"),
                    QCoreApplication.translate("RecordList", "Problems that block saving"))
            return tips[section]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        record = self.rows[index.row()]
        col = index.column()
        issues = len(self._working.report.for_record(record.uid))
        if role == UID_ROLE:
            return record.uid
        if role == SLUG_ROLE:
            return record.slug
        if role == ISSUES_ROLE:
            return issues
        if role == COLOUR_ROLE:
            return MUTED if not record.published else TEXT
        if role == Qt.ItemDataRole.DisplayRole:
            if col == self.ORDER:
                return str(record.sort_order)
            if col == self.TITLE:
                title = record.title(self.language) or QCoreApplication.translate("RecordList", "(no title)")
                return ("● " if record.uid in self._changed else "") + title
            if col == self.SLUG:
                return record.slug
            if col == self.PUBLISHED:
                return "✓" if record.published else "—"
            if col == self.UNVERIFIED:
                return str(record.unverified) if record.unverified else ""
            if col == self.ISSUES:
                return str(issues) if issues else ""
        if role == Qt.ItemDataRole.ForegroundRole:
            if col == self.ISSUES and issues:
                return QBrush(ERROR)
            if col == self.UNVERIFIED and record.unverified:
                return QBrush(WARN)
            if not record.published:
                return QBrush(MUTED)
        if role == Qt.ItemDataRole.FontRole and col == self.TITLE and record.uid in self._changed:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (self.ORDER, self.PUBLISHED, self.UNVERIFIED, self.ISSUES):
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            tips = [f"{record.title(self.language)}\n{record.slug}"] if col == self.TITLE else []
            if record.uid in self._changed:
                tips.append(QCoreApplication.translate("RecordList", "Unsaved changes"))
            if not record.published:
                tips.append(QCoreApplication.translate("RecordList", "Not published: visitors do not see it"))
            if issues:
                tips.append(QCoreApplication.translate("RecordList", "%n problem(s) to fix before saving", "", issues))
            return "\n".join(tips) or None
        return None


class TitleDelegate(QStyledItemDelegate):
    """Paints a record's title with its slug under it, smaller and muted, so a
    narrow list still shows both in full width."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        title, slug = opt.text, index.data(SLUG_ROLE) or ""
        opt.text = ""
        style = opt.widget.style() if opt.widget else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        rect = opt.rect.adjusted(8, 4, -6, -4)
        painter.save()
        painter.setPen(index.data(COLOUR_ROLE))
        painter.setFont(opt.font)
        metrics = painter.fontMetrics()
        half = rect.height() // 2
        top = rect.adjusted(0, 0, 0, -half)
        painter.drawText(top, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom),
                         metrics.elidedText(title, Qt.TextElideMode.ElideRight, rect.width()))
        small = QFont(opt.font)
        small.setBold(False)
        small.setPixelSize(max(10, (opt.font.pixelSize() if opt.font.pixelSize() > 0 else 14) - 2))
        painter.setFont(small)
        bottom = rect.adjusted(0, half, 0, 0)
        issues = int(index.data(ISSUES_ROLE) or 0)
        if issues:
            # Problems that block saving: a red count at the end of the slug line.
            mark = QCoreApplication.translate("RecordList", "%n problem(s)", "", issues)
            width = painter.fontMetrics().horizontalAdvance(mark) + 8
            painter.setPen(ERROR)
            painter.drawText(bottom, int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop), mark)
            bottom = bottom.adjusted(0, 0, -width, 0)
        painter.setPen(MUTED)
        painter.drawText(bottom, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop),
                         painter.fontMetrics().elidedText(slug, Qt.TextElideMode.ElideMiddle, bottom.width()))
        painter.restore()


def matches(record: DraftRecord, words: str) -> bool:
    """True when *words* (case-folded) are part of the record's slug or of its title in any language."""
    haystack = " ".join([record.slug, *(record.text("title", lang) for lang in LANGUAGES)]).casefold()
    return words in haystack


def search_all(state: DraftState, words: str, kinds: Sequence[str]) -> list[DraftRecord]:
    """Every record of every kind (in the order of *kinds*, then the visitors'
    order) whose slug or title in any language holds *words*."""
    words = words.strip().casefold()
    if not words:
        return []
    return [record for kind in kinds for record in state.ordered(kind) if matches(record, words)]


class RecordFilter(QSortFilterProxyModel):
    """Filter by words (slug or title in any language) and by "unverified only"."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._words = ""
        self._unverified_only = False

    def set_words(self, words: str) -> None:
        self.beginFilterChange()
        self._words = words.strip().casefold()
        self.endFilterChange()

    def set_unverified_only(self, on: bool) -> None:
        self.beginFilterChange()
        self._unverified_only = on
        self.endFilterChange()

    def filterAcceptsRow(self, row: int, parent: _Index) -> bool:  # noqa: N802 - Qt override
        model = self.sourceModel()
        if not isinstance(model, RecordTableModel) or row >= len(model.rows):
            return True
        record = model.rows[row]
        if self._unverified_only and not record.unverified:
            return False
        return matches(record, self._words) if self._words else True


class RowsModel(QAbstractTableModel):
    """A read-only table of plain rows, with one payload per row (history, problems)."""

    def __init__(self, headers: Callable[[], Sequence[str]], parent=None):
        super().__init__(parent)
        self._headers = headers
        self.rows: list[tuple[Sequence[str], Any, QColor | None]] = []

    def set_rows(self, rows: list[tuple[Sequence[str], Any, QColor | None]]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def payload(self, row: int) -> Any:
        return self.rows[row][1] if 0 <= row < len(self.rows) else None

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._headers())

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers()[section]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        cells, _payload, colour = self.rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return cells[index.column()] if index.column() < len(cells) else ""
        if role == Qt.ItemDataRole.ForegroundRole and colour is not None:
            return QBrush(colour)
        return None

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, max(0, self.columnCount() - 1))
