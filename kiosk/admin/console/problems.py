"""``ProblemsList``: the Problems tab under the form.

Every problem that keeps Save refused, with the kind, record and field it
concerns, in words; double-click (or Enter) on one to go to its field.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QObject, Qt, Signal, Slot
from PySide6.QtWidgets import QTabWidget

from kiosk.admin.console import labels
from kiosk.admin.console.draft import Issue
from kiosk.admin.console.models import MUTED, RowsModel
from kiosk.admin.console.widgets import rows_view
from kiosk.admin.console.working import WorkingCopy


class ProblemsList(QObject):
    """The problems of the working copy (see the module docstring)."""

    # Staff chose a problem: show its record and field.
    issueChosen = Signal(object)

    def __init__(self, working: WorkingCopy, parent: QObject | None = None):
        super().__init__(parent)
        self.working = working
        self.tabs: QTabWidget | None = None
        self.index = -1
        self.model = RowsModel(lambda: (self.tr("Kind"), self.tr("Record"), self.tr("Field"), self.tr("Problem")), self)
        self.view = rows_view(self.model, "problemsTable", stretch=3)
        self.view.doubleClicked.connect(self._activated)
        self.view.activated.connect(self._activated)

    def add_to(self, tabs: QTabWidget) -> None:
        """Show the list as the next tab of *tabs*."""
        self.tabs = tabs
        self.index = tabs.addTab(self.view, "")

    def retranslate(self) -> None:
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, max(0, self.model.columnCount() - 1))
        self.refresh()

    def refresh(self) -> None:
        """List the working copy's problems now (or say there is none) and count them on the tab."""
        rows = []
        for item in self.working.report.issues:
            rows.append(((labels.kind_one(item.kind), item.slug or "", labels.field(item.field) if item.field else "",
                          labels.issue(item)), item, None))
        count = len(rows)
        if not rows:
            rows = [((self.tr("No problems: every edit can be saved."), "", "", ""), None, MUTED)]
        self.model.set_rows(rows)
        self.view.clearSpans()
        if not count:
            self.view.setSpan(0, 0, 1, 4)
        if self.tabs is not None:
            self.tabs.setTabText(self.index, self.tr("Problems (%1)").replace("%1", str(count)) if count else self.tr("Problems"))

    def bring_forward(self) -> None:
        """Put the Problems tab in front."""
        if self.tabs is not None:
            self.tabs.setCurrentIndex(self.index)

    @Slot(QModelIndex)
    def _activated(self, index: QModelIndex) -> None:
        item = self.model.payload(index.row())
        if isinstance(item, Issue):
            self.issueChosen.emit(item)
