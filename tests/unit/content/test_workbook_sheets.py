"""A workbook's sheets are read row by row from the file: what the file
says about its size is not trusted, values right of the headers are still
named, merged cells are still found, and a damaged sheet is refused."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

import pytest
from openpyxl.utils import get_column_letter
from staff_tools import CLUSTER, content_of, edit_workbook, row_of, workbook_refused as refused

from kiosk.content.change.transfers import export_workbook, import_workbook


@pytest.fixture
def workbook(db, tmp_path) -> Path:
    """The default content exported as a workbook."""
    return export_workbook(db, tmp_path / "content.xlsx")


def rewrite_sheets(path: Path, change) -> None:
    """Rewrite the XML of every worksheet in the .xlsx at *path* with *change(xml)*."""
    with zipfile.ZipFile(path) as source:
        parts = [(info, source.read(info)) for info in source.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        for info, data in parts:
            out.writestr(info, change(data) if info.filename.startswith("xl/worksheets/sheet") else data)


def test_a_sheet_stating_a_wrong_size_is_read_to_its_last_row(db, workbook):
    # Some tools write <dimension ref="A1"/> whatever the sheet holds.
    def shrink(xml: bytes) -> bytes:
        shrunk, count = re.subn(rb'<dimension ref="[^"]*"\s*/>', b'<dimension ref="A1"/>', xml)
        assert count == 1
        return shrunk

    rewrite_sheets(workbook, shrink)
    before = content_of(db)
    result = import_workbook(db, workbook, actor="editor")
    assert not result.changed and str(result.changes) == "nothing changed"
    assert content_of(db) == before


def test_a_value_right_of_the_last_header_is_named(db, workbook):
    place = {}

    def change(wb):
        ws = wb["Clusters"]
        row = row_of(ws, CLUSTER)
        place["cell"] = (row, ws.max_column + 2)
        ws.cell(row=row, column=ws.max_column + 2, value="stray note")

    edit_workbook(workbook, change)
    row, column = place["cell"]
    message = str(refused(db, workbook))
    assert (f"sheet Clusters, row {row}, column {get_column_letter(column)}: this column has no header but holds a value"
            in message)


def test_merged_cells_after_the_first_rows_are_named_in_order(db, workbook):
    def change(wb):
        wb["Clusters"].merge_cells("C5:D5")
        wb["Clusters"].merge_cells("H3:I3")

    edit_workbook(workbook, change)
    message = str(refused(db, workbook))
    first = message.index(f"sheet Clusters, row 3, column H: merged cells H3:I3")
    assert first < message.index(f"sheet Clusters, row 5, column C: merged cells C5:D5")


def test_a_damaged_sheet_is_refused_and_changes_nothing(db, workbook):
    rewrite_sheets(workbook, lambda xml: xml[: len(xml) // 2])  # cut off in the middle of the rows
    message = str(refused(db, workbook))
    assert "is damaged or not an .xlsx workbook" in message and "save it as .xlsx" in message
