"""Transfers on their own (``transfers.Transfers`` and ``ImportReport``, no
window): exports write the saved content, the signing question decides
whether a pack is written, and a refused workbook is listed in the Import
report by sheet, row and column."""

from __future__ import annotations

from datetime import date

import pytest
from console_tools import ScriptedPrompts
from openpyxl import load_workbook
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from kiosk.admin.console import operations
from kiosk.admin.console.history import HistoryPane
from kiosk.admin.console.jobbar import JobBar
from kiosk.admin.console.transfers import ImportReport, Transfers, default_file_name
from kiosk.admin.console.widgets import Banner
from kiosk.admin.console.working import WorkingCopy
from kiosk.content.change.transfers import export_workbook
from kiosk.content.formats.packs import verify_pack


@pytest.fixture
def transfers(qtbot, db):
    host = QWidget()
    banner = Banner()
    tabs = QTabWidget()
    report = ImportReport(host)
    jobs = JobBar(banner, report.reveal, host)
    working = WorkingCopy(operations.load(db), host)
    prompts = ScriptedPrompts()
    pane = HistoryPane(db, "editor", working, prompts, banner, jobs)
    tabs.addTab(pane, "History")
    report.add_to(tabs)
    made = Transfers(db, "editor", working, prompts, banner, jobs, pane, report, host)
    layout = QVBoxLayout(host)
    layout.addWidget(banner)
    layout.addWidget(tabs)
    qtbot.addWidget(host)
    host.show()
    qtbot.waitExposed(host)
    yield made
    host.close()
    del host


def idle(qtbot, transfers) -> None:
    qtbot.waitUntil(lambda: transfers.jobs.job is None, timeout=60_000)


def test_a_pack_is_written_only_as_chosen(qtbot, transfers, tmp_path):
    target = tmp_path / "content.kioskpack"
    transfers.prompts.choices.append(None)  # Cancel
    transfers.export_pack(target)
    idle(qtbot, transfers)
    assert not target.exists() and transfers.prompts.asked[-1][0] == "Sign the pack?"

    transfers.prompts.choices.append("unsigned")
    transfers.export_pack(target)
    idle(qtbot, transfers)
    assert target.is_file() and transfers.banner.tone == "success"
    info, _content = verify_pack(target)
    assert info.signer is None


def test_a_workbook_round_trip_reports_no_change(qtbot, transfers, tmp_path):
    target = tmp_path / "content.xlsx"
    transfers.export_workbook(target)
    idle(qtbot, transfers)
    assert target.is_file() and "Wrote" in transfers.banner.text.text()
    transfers.import_workbook(target)
    idle(qtbot, transfers)
    assert transfers.banner.tone == "success" and "nothing changed" in transfers.banner.text.text()
    assert not transfers.working.is_dirty()


def test_a_refused_workbook_is_listed_in_the_import_report(qtbot, transfers, db, tmp_path):
    path = export_workbook(db, tmp_path / "content.xlsx")
    book = load_workbook(path)
    sheet = book["Clusters"]
    column = next(c.column for c in sheet[1] if c.value == "level")
    sheet.cell(row=2, column=column).value = "global"
    book.save(path)
    transfers.import_workbook(path)
    idle(qtbot, transfers)
    report = transfers.report
    assert transfers.banner.tone == "error"
    assert report.tabs.currentIndex() == report.index and report.tabs.tabText(report.index) == "Import report (1)"
    cells = report.model.rows[0][0]
    assert cells[0] == "sheet Clusters" and cells[1] == "2" and cells[2].endswith("(level)")
    report.show_problems([])
    assert report.tabs.tabText(report.index) == "Import report" and report.model.rows == []


def test_the_file_names_offered_carry_the_content_version_and_the_day(qtbot, transfers, tmp_path):
    version = transfers.working.base.meta.content_version
    today = date.today().isoformat()
    transfers.prompts.files.append(None)  # staff close the file chooser
    transfers.export_pack()
    transfers.prompts.files.append(None)
    transfers.export_workbook()
    assert transfers.prompts.suggested == [f"kiosk-content-v{version}-{today}.kioskpack", f"kiosk-content-v{version}-{today}.xlsx"]


def test_a_default_file_name_is_safe_and_names_the_day_once():
    day = date(2026, 3, 5)
    assert default_file_name("2026-03-05.2", day, ".kioskpack") == "kiosk-content-v2026-03-05.2.kioskpack"
    assert default_file_name("2025-08-25.1", day, ".xlsx") == "kiosk-content-v2025-08-25.1-2026-03-05.xlsx"
    assert default_file_name("spring / 春", day, ".xlsx") == "kiosk-content-vspring-2026-03-05.xlsx"
