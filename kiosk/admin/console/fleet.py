"""``FleetPane``: the console's Fleet tab, every kiosk of the hall at a glance.

Each kiosk reports a heartbeat (``kiosk.fleet.office``): to the office
database when the console works on one, or as a status file in the folder
pack source. The tab lists every kiosk: online, or offline since when; the
content it runs, and whether that is behind the newest; its last error.
Without an office database or a folder pack source there is nothing to
read, and the tab says how to set one up instead.
"""

from __future__ import annotations

from datetime import timezone

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from kiosk.content.database import Database
from kiosk.fleet.office import FleetView, KioskRow, configured_source, fleet_of

OFFLINE = QColor("#a4262c")
BEHIND = QColor("#8a5a00")


def _local(moment) -> str:
    return moment.replace(tzinfo=moment.tzinfo or timezone.utc).astimezone().strftime("%Y-%m-%d %H:%M")


class FleetPane(QWidget):
    """The Fleet tab of the console (see the module docstring)."""

    def __init__(self, db: Database, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("fleetPane")
        self.db = db
        self.tabs: QTabWidget | None = None
        self.index = -1
        self.view: FleetView | None = None
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.summary = QLabel()
        self.summary.setObjectName("fleetSummary")
        self.summary.setWordWrap(True)
        self.refresh_button = QPushButton()
        self.refresh_button.setObjectName("fleetRefresh")
        self.refresh_button.clicked.connect(self.refresh)
        top.addWidget(self.summary, 1)
        top.addWidget(self.refresh_button)
        layout.addLayout(top)
        self.table = QTableWidget(0, 5)
        self.table.setObjectName("fleetTable")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        layout.addWidget(self.table, 1)
        self.hint = QLabel()
        self.hint.setObjectName("fleetHint")
        self.hint.setWordWrap(True)
        self.hint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # Only one of table and hint shows; the hint then sits under the summary.
        layout.addWidget(self.hint, 1, Qt.AlignmentFlag.AlignTop)

    def add_to(self, tabs: QTabWidget) -> None:
        """Show the pane as the next tab of *tabs*; it reads the fleet each time it is shown."""
        self.tabs = tabs
        self.index = tabs.addTab(self, "")
        tabs.currentChanged.connect(lambda i: i == self.index and self.refresh())

    @property
    def configured(self) -> bool:
        """True when there is something to read: an office database, or a folder pack source."""
        return not self.db.is_sqlite or configured_source(self.db) is not None

    def retranslate(self) -> None:
        if self.tabs is not None:
            self.tabs.setTabText(self.index, self.tr("Fleet"))
        self.refresh_button.setText(self.tr("Refresh"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Kiosk"), self.tr("State"), self.tr("Content"), self.tr("Last update"), self.tr("Last error")])
        self.hint.setText(self.tr(
            "Kiosks report here when they share the office database (start the console with "
            "--database postgresql+psycopg://… or set KIOSK_DATABASE_URL), or when the setting fleet.source "
            "names the folder pack source they read (kiosk settings set fleet.source FOLDER); "
            "the README's “Many kiosks” section says how to set up either."))
        if self.view is not None or not self.configured:
            self.refresh()

    @Slot()
    def refresh(self) -> None:
        """Read the fleet again (a small read: fine on the GUI thread)."""
        if not self.configured:
            self.view = None
            self.table.setRowCount(0)
            self.table.hide()
            self.refresh_button.hide()
            self.hint.show()
            self.summary.setText(self.tr("No office database and no folder pack source is set up, so no kiosk can report here."))
            return
        self.table.show()
        self.refresh_button.show()
        self.hint.hide()
        self.view = fleet_of(self.db)
        self.table.setRowCount(len(self.view.rows))
        for row, kiosk in enumerate(self.view.rows):
            for column, (text, colour) in enumerate(self._cells(kiosk)):
                item = QTableWidgetItem(text)
                if colour is not None:
                    item.setForeground(QBrush(colour))
                self.table.setItem(row, column, item)
        for column in range(self.table.columnCount() - 1):  # the last one stretches
            self.table.resizeColumnToContents(column)
        online = sum(k.online for k in self.view.rows)
        text = self.tr("%1 kiosks: %2 online, %3 offline.").replace("%1", str(len(self.view.rows))) \
            .replace("%2", str(online)).replace("%3", str(len(self.view.rows) - online))
        if self.view.newest:
            text += " " + self.tr("Newest content: %1.").replace("%1", self.view.newest)
        self.summary.setText(text if self.view.rows else self.tr("No kiosk has reported yet."))

    def _cells(self, kiosk: KioskRow) -> list[tuple[str, QColor | None]]:
        state = (self.tr("online"), None) if kiosk.online else \
            (self.tr("offline since %1").replace("%1", _local(kiosk.reported_at)), OFFLINE)
        version = kiosk.content_version or "–"
        if kiosk.behind:
            content = (self.tr("%1 (behind)").replace("%1", version), BEHIND)
        elif kiosk.behind is False:
            content = (self.tr("%1 (current)").replace("%1", version), None)
        else:
            content = (version, None)
        update = kiosk.last_update_result or "–"
        if kiosk.last_update_at is not None:
            update = f"{_local(kiosk.last_update_at)} {update}"
        error = kiosk.errors[-1] if kiosk.errors else "–"
        return [(kiosk.label, None), state, content, (update, None), (error, OFFLINE if kiosk.errors else None)]
