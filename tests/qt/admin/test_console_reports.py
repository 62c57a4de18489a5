"""A refused workbook with hundreds of bad rows gives the console a report a
person can read: the first problems one by one, then how many in each place."""

from __future__ import annotations

from console_tools import click, content, history, tool, wait_idle
from openpyxl import load_workbook

from kiosk.content.change.transfers import export_workbook
from kiosk.content.problems import SHOWN

CLUSTER = "smart-home-appliances-national-cluster"


def test_a_long_import_report_lists_the_first_problems_then_counts_per_column(qtbot, console, db, tmp_path):
    path = export_workbook(db, tmp_path / "content.xlsx")
    wb = load_workbook(path)
    ws = wb["Clusters"]
    cols = {cell.value: cell.column for cell in ws[1]}
    template = [c.value for c in next(r for r in ws.iter_rows(min_row=2) if r[0].value == CLUSTER)]
    for n in range(300):
        values = list(template)
        values[0] = f"bad-cluster-{n}"
        values[cols["level"] - 1] = "city"
        ws.append(values)
    wb.save(path)
    before = content(db), len(history(db))
    console.prompts.files.append(path)
    click(qtbot, tool(console, console.import_workbook_action))
    wait_idle(qtbot, console)

    assert console.tabs.tabText(2) == "Import report (300)"
    rows = [cells for cells, _p, _c in console.import_report.model.rows]
    assert len(rows) < SHOWN + 10
    assert rows[SHOWN][0] == "… and 100 more"
    assert ("sheet Clusters, column D (level)", "", "", "", "", "300") in rows
    assert (content(db), len(history(db))) == before
