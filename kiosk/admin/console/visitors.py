"""``VisitorsPane``: the Visitors tab, what visitors did at the kiosks, as charts and tables.

It reads the statistics file in the console's data folder
(``statistics.sqlite3``): on the office PC the kiosks' files merged into it
("Import statistics from kiosks…", idempotent), on a kiosk PC that kiosk's
own recording as well.  When kiosks send their statistics to the console's
database (the office database, ``kiosk.stats.office``), a "Statistics"
choice shows the whole hall from there instead (the default then), after
storing the batch files kiosks left in a folder pack source.  A date range (the last 7 days at first) and a kiosk
filter apply to every report; the summary line over the charts answers
"how many, how long, which language, what found nothing" at a glance.

Each report is a ``charts.ChartCard`` (the chart, its numbers as a table,
"Save as PNG…" for a report); "Export CSV / xlsx" writes every table
(``kiosk.stats.export``, with text that looks like a formula kept inert).
Exports and imports run as the console's jobs, off the GUI thread.
"""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QDate, Qt, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from kiosk.admin.console.charts import ChartCard
from kiosk.admin.console.jobbar import JobBar
from kiosk.admin.console.visitor_reports import ReportTexts
from kiosk.stats.office import OfficeReports, import_folder, holds_statistics
from kiosk.stats.queries import Filter, Reports
from kiosk.stats.store import StatsError, open_store, stats_path

CARDS = ("sessions", "heatmap", "lengths", "languages", "pages", "records", "sections", "searches", "zero", "accessibility")
STATS_FILES = "*.kioskstats *.sqlite3"


def _export(path: Path | None, f: Filter, target: Path, office=None):
    """Job: every report under *f* to *target* (.csv or .xlsx), from the file at *path* or the *office*
    database's engine; the tables written."""
    from kiosk.stats.export import export

    if office is not None:
        return export(OfficeReports(office), f, target)
    store = open_store(path, create=False)
    try:
        return export(Reports(store), f, target)
    finally:
        store.close()


def _merge(path: Path, files: list[Path]):
    """Job: merge *files* into the statistics file at *path* (made when missing); one report per kiosk per file."""
    from kiosk.stats.transfer import merge

    store = open_store(path)
    try:
        return merge(store, files)
    finally:
        store.close()


class VisitorsPane(QWidget):
    """The Visitors tab of the console (see the module docstring)."""

    def __init__(self, data_dir: Path, prompts, jobs: JobBar, content=None, parent: QWidget | None = None,
                 office=None):
        """*content* gives the console's content state and language now (``(DraftState, "en")``), so a top
        record is listed by its title; without it, by its page key.  *office* is the console's database
        (``kiosk.content.database.Database``): the hall's statistics when kiosks send them there."""
        super().__init__(parent)
        self.content = content
        self.office = office
        self.setObjectName("visitorsPane")
        self.path = stats_path(Path(data_dir))
        self.prompts = prompts
        self.jobs = jobs
        self.tabs: QTabWidget | None = None
        self.index = -1
        self.loaded = False
        self._kiosks: list[tuple[str, str]] = []
        self._build()
        self.last_days(7)
        jobs.busyChanged.connect(lambda busy: self.actions.setEnabled(not busy))

    # -- building -------------------------------------------------------------------------------
    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 12, 14, 10)
        bar = QHBoxLayout()
        self.from_label, self.to_label, self.kiosk_label = QLabel(), QLabel(), QLabel()
        self.start, self.end = QDateEdit(), QDateEdit()
        for name, edit in (("visitorsFrom", self.start), ("visitorsTo", self.end)):
            edit.setObjectName(name)
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.dateChanged.connect(self._on_dates)
        self.last7, self.last_week, self.last30 = QPushButton(), QPushButton(), QPushButton()
        self.last7.clicked.connect(lambda: self.last_days(7))
        self.last_week.clicked.connect(self.previous_week)
        self.last30.clicked.connect(lambda: self.last_days(30))
        self.kiosk = QComboBox()
        self.kiosk.setObjectName("visitorsKiosk")
        self.kiosk.activated.connect(lambda _i: self.refresh())
        self.source_label, self.source = QLabel(), QComboBox()
        self.source.setObjectName("visitorsSource")
        self.source.addItem("", "office")
        self.source.addItem("", "file")
        self.source.activated.connect(lambda _i: self.refresh())
        self.source_label.hide()
        self.source.hide()
        for widget in (self.source_label, self.source, self.from_label, self.start, self.to_label, self.end, self.last7, self.last_week, self.last30,
                       self.kiosk_label, self.kiosk):
            bar.addWidget(widget)
        bar.addStretch(1)
        self.actions = QWidget()
        buttons = QHBoxLayout(self.actions)
        buttons.setContentsMargins(0, 0, 0, 0)
        self.export_csv, self.export_xlsx, self.import_button = QPushButton(), QPushButton(), QPushButton()
        for name, button in (("visitorsExportCsv", self.export_csv), ("visitorsExportXlsx", self.export_xlsx),
                             ("visitorsImport", self.import_button)):
            button.setObjectName(name)
            buttons.addWidget(button)
        self.export_csv.clicked.connect(lambda: self.export(".csv"))
        self.export_xlsx.clicked.connect(lambda: self.export(".xlsx"))
        self.import_button.clicked.connect(self.import_files)
        layout.addLayout(bar)
        self.summary = QLabel()
        self.summary.setObjectName("visitorsSummary")
        self.summary.setWordWrap(True)
        self.summary.setStyleSheet("font-size: 16px; font-weight: 600; padding: 6px 0;")
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message = QLabel()
        self.message.setObjectName("visitorsMessage")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.hide()
        # The summary beside the file actions, on a line of their own: with the filters they would not
        # fit the console's smallest width (1366 pixels) in Russian.
        line = QHBoxLayout()
        line.addWidget(self.summary, 1)
        line.addWidget(self.actions, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(line)
        layout.addWidget(self.message)
        grid_host = QWidget()
        grid = QGridLayout(grid_host)
        grid.setSpacing(12)
        self.cards = {name: ChartCard(name) for name in CARDS}
        for index, name in enumerate(CARDS):
            grid.addWidget(self.cards[name], index // 2, index % 2)
            self.cards[name].save_button.clicked.connect(lambda _c=False, n=name: self.save_chart(n))
        scroll = QScrollArea()
        scroll.setObjectName("visitorsScroll")
        scroll.setWidgetResizable(True)
        scroll.setWidget(grid_host)
        layout.addWidget(scroll, 1)

    def add_to(self, tabs: QTabWidget) -> None:
        """Show the pane as the next tab of *tabs*; it reads the statistics when first shown."""
        self.tabs = tabs
        self.index = tabs.addTab(self, "")
        tabs.currentChanged.connect(lambda i: i == self.index and not self.loaded and self.refresh())

    def retranslate(self) -> None:
        if self.tabs is not None:
            self.tabs.setTabText(self.index, self.tr("Visitors"))
        self.from_label.setText(self.tr("From"))
        self.to_label.setText(self.tr("to"))
        self.kiosk_label.setText(self.tr("Kiosk"))
        self.source_label.setText(self.tr("Statistics"))
        self.source.setItemText(0, self.tr("Whole hall"))
        self.source.setItemText(1, self.tr("This PC"))
        self.source.setToolTip(self.tr("Whole hall: what the kiosks sent to the office database. "
                                       "This PC: the statistics file in this PC's data folder."))
        self.last7.setText(self.tr("Last 7 days"))
        self.last_week.setText(self.tr("Last week"))
        self.last30.setText(self.tr("Last 30 days"))
        self.export_csv.setText(self.tr("Export CSV…"))
        self.export_xlsx.setText(self.tr("Export xlsx…"))
        self.import_button.setText(self.tr("Import statistics from kiosks…"))
        for card in self.cards.values():
            card.save_button.setText(self.tr("Save as PNG…"))
        if self.loaded:
            self.refresh()

    # -- the filter ------------------------------------------------------------------------------
    def set_range(self, start: date, end: date) -> None:
        """Show the days from *start* to *end* (inclusive)."""
        for edit, day in ((self.start, start), (self.end, end)):
            edit.blockSignals(True)
            edit.setDate(QDate(day.year, day.month, day.day))
            edit.blockSignals(False)
        if self.loaded:
            self.refresh()

    def last_days(self, days: int) -> None:
        today = date.today()
        self.set_range(today - timedelta(days=days - 1), today)

    @Slot()
    def previous_week(self) -> None:
        """Monday to Sunday of the week before this one."""
        monday = date.today() - timedelta(days=date.today().weekday() + 7)
        self.set_range(monday, monday + timedelta(days=6))

    @Slot()
    def _on_dates(self) -> None:
        if self.start.date() > self.end.date():
            self.set_range(self.end.date().toPython(), self.start.date().toPython())
        elif self.loaded:
            self.refresh()

    def filter(self) -> Filter:
        """The date range and kiosk chosen now."""
        uid = self.kiosk.currentData()
        return Filter(self.start.date().toPython(), self.end.date().toPython(), (uid,) if uid else None)

    def _fill_kiosks(self, kiosks: list[tuple[str, str]]) -> None:
        chosen = self.kiosk.currentData()
        self._kiosks = kiosks
        self.kiosk.clear()
        self.kiosk.addItem(self.tr("All kiosks"), None)
        for uid, name in sorted(kiosks, key=lambda k: k[1].lower()):
            self.kiosk.addItem(f"{name} ({uid[:8]})", uid)
        self.kiosk.setCurrentIndex(max(0, self.kiosk.findData(chosen)) if chosen else 0)

    # -- reading -----------------------------------------------------------------------------------
    def hall(self):
        """The office database's engine when the hall's statistics are chosen (and there), else None."""
        if self.office is None:
            return None
        try:
            has = holds_statistics(self.office.engine)
        except Exception:  # an office database that cannot be reached: this PC's file still reads
            has = False
        self.source_label.setVisible(has)
        self.source.setVisible(has)
        return self.office.engine if has and self.source.currentData() == "office" else None

    def _store_folder_batches(self, engine) -> None:
        """Store the statistics batch files kiosks left in the folder pack source (setting ``fleet.source``)."""
        from kiosk.content.change.settings import Settings

        try:
            folder = Settings(self.office.engine).get("fleet.source")
        except Exception:  # an office database without the fleet settings: nothing to collect
            return
        if folder and "://" not in folder and Path(folder).is_dir():
            done = import_folder(engine, Path(folder))
            if done.problems:
                self._say("error", self.tr("Left out, not kiosk statistics: %1").replace("%1", "; ".join(done.problems)))

    def refresh(self) -> None:
        """Read every report for the filter and show it."""
        self.loaded = True
        if self.office is not None:
            self._store_folder_batches(self.office.engine)
        engine = self.hall()
        if engine is not None:
            reports = OfficeReports(engine)
            self._fill_kiosks(reports.kiosks())
            self._show(reports, self.filter())
            return
        if not self.path.is_file():
            self._fill_kiosks([])
            self.summary.setText(self.tr("No visitor statistics yet. The kiosk records them while visitors use it; "
                                         "on the office PC, import the files kiosks wrote to a USB stick."))
            self._show(None, self.filter())
            return
        try:
            store = open_store(self.path, create=False)
        except StatsError as exc:
            self.summary.setText(self.tr("The visitor statistics cannot be read: %1").replace("%1", str(exc)))
            return
        try:
            reports = Reports(store)
            self._fill_kiosks(reports.kiosks())
            self._show(reports, self.filter())
        finally:
            store.close()

    def _show(self, reports: Reports | None, f: Filter) -> None:
        texts = ReportTexts(self, self._record_title)
        if reports is not None:
            self.summary.setText(texts.summary(reports, f))
        for name in CARDS:
            title, note, chart, headers, rows = getattr(texts, name)(reports, f)
            self.cards[name].show_report(title, note, chart, headers, rows, texts.nothing())

    def _record_title(self, kind: str, slug: str) -> str:
        if self.content is None:
            return ""
        state, language = self.content()
        record = state.by_slug(kind, slug)
        return record.title(language) if record is not None else ""

    # -- files -------------------------------------------------------------------------------------
    def _say(self, tone: str, text: str) -> None:
        colour = {"error": "#B42318", "success": "#1E7A3C"}.get(tone, "#172033")
        self.message.setStyleSheet(f"color: {colour}; padding: 4px 0;")
        self.message.setText(text)
        self.message.show()

    def export(self, suffix: str) -> None:
        """Ask where, then write every report of the chosen days and kiosk as CSV or xlsx."""
        office = self.hall()
        if office is None and not self.path.is_file():
            self._say("error", self.tr("There are no visitor statistics to export yet."))
            return
        kind = "CSV" if suffix == ".csv" else "Excel"
        f = self.filter()
        target = self.prompts.save_file(self.tr("Export visitor statistics"), f"{kind} (*{suffix})",
                                        f"visitors-{f.start}-{f.end}{suffix}")
        if target is None:
            return
        target = target if target.suffix.lower() == suffix else target.with_name(target.name + suffix)

        def done(tables) -> None:
            sessions = next(value for key, value in tables[0].rows if key == "sessions")
            self._say("success", self.tr("Wrote %1: %2 tables, %n session(s).", "", int(sessions)).replace("%1", str(target))
                      .replace("%2", str(len(tables))))

        self._run(self.tr("Exporting visitor statistics"), lambda _p: _export(self.path, f, target, office), done,
                  self.tr("Nothing was exported: %1"))

    @Slot()
    def import_files(self) -> None:
        """Ask for kiosks' statistics files and merge them all (or none); say what each brought."""
        files = self.prompts.open_files(self.tr("Import statistics from kiosks"),
                                        self.tr("Kiosk statistics (%1)").replace("%1", STATS_FILES))
        if not files:
            return
        self._run(self.tr("Importing visitor statistics"), lambda _p: _merge(self.path, list(files)), self._merged,
                  self.tr("Nothing was imported: %1"))

    def _merged(self, reports) -> None:
        lines = []
        for r in reports:
            line = self.tr("%1: kiosk %2: %n session(s) added, %3 already there.", "", r.sessions_added) \
                .replace("%1", r.path.name).replace("%2", f"{r.kiosk_name} ({r.kiosk_id[:8]})") \
                .replace("%3", str(r.sessions_known))
            if r.rollups != "replaced":
                line += " " + self.tr("(An older file than one imported before: only days not yet known were added.)")
            lines.append(line)
        added = sum(r.sessions_added for r in reports)
        head = self.tr("Imported %1 file(s): %n session(s) added.", "", added) \
            .replace("%1", str(len({r.path for r in reports})))
        if not added:
            head += " " + self.tr("Nothing new: these files were imported before.")
        self._say("success", "\n".join([head, *lines]))
        self.refresh()

    def _run(self, name: str, work, done, failed: str) -> None:
        def on_failure(exc: BaseException) -> bool:
            self._say("error", failed.replace("%1", str(exc) or type(exc).__name__))
            return True

        if self.jobs.run(name, work, done, on_failure) is None:
            self._say("error", self.tr("Please wait: another task is still running."))

    def save_chart(self, name: str) -> None:
        """Save one chart as a PNG picture, for a report."""
        card = self.cards[name]
        target = self.prompts.save_file(self.tr("Save the chart"), self.tr("PNG image (*.png)"), f"{name}.png")
        if target is None:
            return
        target = target if target.suffix.lower() == ".png" else target.with_name(target.name + ".png")
        if card.view.grab().save(str(target), "PNG"):
            self._say("success", self.tr("Saved the chart to %1").replace("%1", str(target)))
        else:
            self._say("error", self.tr("The chart could not be saved to %1").replace("%1", str(target)))
