"""Long work from the console (workbooks, packs) runs off the GUI thread with
progress and Cancel, and a refused file lists every problem where it is."""

from __future__ import annotations

import threading

from console_tools import click, content, history, record, select, tool, wait_idle
from openpyxl import load_workbook

from kiosk.content.formats.workbook import SHEETS
from kiosk.content.change.transfers import export_workbook
from kiosk.gui.jobs import Job

CLUSTER = "smart-home-appliances-national-cluster"


def _edit_cell(path, sheet: str, slug: str, header: str, value) -> tuple[int, str]:
    wb = load_workbook(path)
    ws = wb[sheet]
    cols = {cell.value: cell.column for cell in ws[1]}
    row = next(r for r in range(2, ws.max_row + 1) if ws.cell(row=r, column=cols["slug"]).value == slug)
    cell = ws.cell(row=row, column=cols[header])
    cell.value = value
    wb.save(path)
    return row, cell.column_letter


def test_a_workbook_import_runs_off_the_gui_thread_and_cancel_changes_nothing(qtbot, console, db, tmp_path, monkeypatch):
    path = export_workbook(db, tmp_path / "content.xlsx")
    _edit_cell(path, SHEETS["cluster"], CLUSTER, "title [en]", "Renamed in the workbook")
    before = content(db), len(history(db))

    # Hold the worker at its first sheet until the test has pressed Cancel, so
    # the import is "long" for as long as the test needs, whatever the machine.
    reached, release, seen = threading.Event(), threading.Event(), {}
    original = Job._report

    def held(self, done, total, message):
        original(self, done, total, message)
        if message.startswith("reading sheet") and not reached.is_set():
            seen["thread"] = threading.get_ident()
            reached.set()
            release.wait(30)

    monkeypatch.setattr(Job, "_report", held)
    console.prompts.files.append(path)
    click(qtbot, tool(console, console.import_workbook_action))
    qtbot.waitUntil(reached.is_set, timeout=30_000)

    assert seen["thread"] != threading.get_ident(), "the import must not run on the GUI thread"
    # The GUI thread is free: the queued progress report arrives and is shown.
    qtbot.waitUntil(lambda: "reading sheet" in console.jobs.text.text(), timeout=10_000)
    assert console.jobs.progress.isVisible() and console.jobs.cancel_button.isVisible()
    assert not console.body.isEnabled()  # the form waits for the import
    click(qtbot, console.jobs.cancel_button)
    release.set()
    wait_idle(qtbot, console)

    assert console.banner.tone == "info" and "cancelled. Nothing was changed." in console.banner.text.text()
    assert (content(db), len(history(db))) == before
    assert not console.jobs.progress.isVisible() and console.body.isEnabled()


def test_a_workbook_import_shows_the_new_content_and_its_history_entry(qtbot, console, db, tmp_path):
    path = export_workbook(db, tmp_path / "content.xlsx")
    _edit_cell(path, SHEETS["cluster"], CLUSTER, "title [en]", "Renamed in the workbook")
    console.prompts.files.append(path)
    click(qtbot, tool(console, console.import_workbook_action))
    wait_idle(qtbot, console)

    assert record(db, "cluster", CLUSTER).t("title", "en") == "Renamed in the workbook"
    assert history(db)[0].action == "import-workbook" and history(db)[0].actor == "editor"
    assert console.banner.tone == "success" and "content.xlsx imported" in console.banner.text.text()
    select(qtbot, console, "cluster", CLUSTER)
    assert console.editor.cells[("title", "en")].edit.toPlainText() == "Renamed in the workbook"


def test_a_bad_workbook_lists_every_problem_by_sheet_row_and_column(qtbot, console, db, tmp_path):
    path = export_workbook(db, tmp_path / "content.xlsx")
    row, letter = _edit_cell(path, SHEETS["cluster"], CLUSTER, "level", "global")
    row2, letter2 = _edit_cell(path, SHEETS["cluster"], "condiment-cluster", "title [ru]", None)
    before = content(db), len(history(db))
    console.prompts.files.append(path)
    click(qtbot, tool(console, console.import_workbook_action))
    wait_idle(qtbot, console)

    assert console.banner.tone == "error" and "2 problems, listed in the Import report" in console.banner.text.text()
    assert console.tabs.currentIndex() == 2 and console.tabs.tabText(2) == "Import report (2)"
    rows = sorted(cells for cells, _p, _c in console.import_report.model.rows)
    assert rows[0][:3] == ("sheet Clusters", str(row), f"{letter} (level)") and "national, provincial" in rows[0][5]
    assert rows[1][:3] == ("sheet Clusters", str(row2), f"{letter2} (title [ru])") and "ru" in rows[1][5]
    assert (content(db), len(history(db))) == before


def test_unsaved_edits_are_kept_when_the_import_is_not_confirmed(qtbot, console, db, tmp_path):
    path = export_workbook(db, tmp_path / "content.xlsx")
    select(qtbot, console, "cluster", CLUSTER)
    click(qtbot, console.records.buttons["publish"])
    console.prompts.answers.append(False)  # "your unsaved edits will be lost. Go on?" - no
    console.prompts.files.append(path)
    click(qtbot, tool(console, console.import_workbook_action))
    assert console.job is None and console.working.is_dirty()
    assert console.prompts.files == [path]  # it never asked for the file


def test_a_pack_exported_from_the_console_imports_back(qtbot, console, db, tmp_path):
    target = tmp_path / "content.kioskpack"
    console.prompts.files.append(target)
    console.prompts.choices.append("unsigned")
    click(qtbot, tool(console, console.export_pack_action))
    wait_idle(qtbot, console)
    assert target.is_file()
    assert console.banner.tone == "success" and "unsigned" in console.banner.text.text()

    console.prompts.files.append(target)
    click(qtbot, tool(console, console.import_pack_action))
    wait_idle(qtbot, console)
    assert console.banner.tone == "success" and "nothing changed" in console.banner.text.text()
    assert history(db)[0].action == "import-pack"
