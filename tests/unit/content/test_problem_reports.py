"""Problem reports stay readable: capped at the first 200 problems with a
count per sheet and column; a missing column, a hidden sheet, a file in
another spreadsheet format and a damaged pack each get a plain sentence."""

from __future__ import annotations

import json
import zipfile

import pytest
from staff_tools import CLUSTER, edit_workbook, header_column, manifest_for, rezip, row_of, set_cell

from kiosk.cli import main
from kiosk.content.change.transfers import export_pack, export_workbook, import_pack
from kiosk.content.formats.workbook import SheetProblem, read_workbook
from kiosk.content.problems import SHOWN, ContentError, Problem, report_lines


def test_a_report_of_100000_problems_lists_200_then_counts_per_column():
    problems = [
        SheetProblem(f"sheet Clusters, row {row}, column D (level)", "'city' is not allowed", sheet="Clusters", row=row, column="D", header="level")
        for row in range(2, 50_002)
    ] + [
        SheetProblem(f"sheet Bases, row {row}, column B (published)", "wrong type", sheet="Bases", row=row, column="B", header="published")
        for row in range(2, 50_002)
    ]
    lines = report_lines(problems)
    assert len(lines) < SHOWN + 10
    assert lines[0] == "  - sheet Clusters, row 2, column D (level): 'city' is not allowed"
    assert lines[SHOWN] == f"  ... and {100_000 - SHOWN} more (100000 in all); how many in each place:"
    assert "    sheet Clusters, column D (level): 50000" in lines and "    sheet Bases, column B (published): 50000" in lines
    message = str(ContentError(problems, "The workbook is not valid"))
    assert message.count("\n") < SHOWN + 10


def test_problems_without_a_sheet_are_counted_by_file_and_field():
    problems = [Problem("clusters.json", "bad", f"r{i}", "level") for i in range(300)]
    assert "    clusters.json, field level: 300" in report_lines(problems)
    assert len(report_lines(problems[:SHOWN])) == SHOWN  # up to the cap: every one, no summary


@pytest.fixture
def workbook(db, tmp_path):
    return export_workbook(db, tmp_path / "content.xlsx")


def test_a_workbook_with_many_bad_rows_prints_a_short_report(db, workbook, capsys):
    def change(wb):
        ws = wb["Clusters"]
        template = [c.value for c in ws[row_of(ws, CLUSTER)]]
        level = header_column(ws, "level") - 1
        for n in range(600):
            values = list(template)
            values[0] = f"bad-cluster-{n}"
            values[level] = "city"
            ws.append(values)

    edit_workbook(workbook, change)
    capsys.readouterr()
    assert main(["import", "workbook", str(workbook)]) == 1
    err = capsys.readouterr().err
    assert len(err.splitlines()) < SHOWN + 20
    assert "600 problem(s)" in err and "... and 400 more" in err
    assert "sheet Clusters, column D (level): 600" in err


def test_a_missing_column_is_named_once_not_field_required_in_every_row(db, workbook):
    edit_workbook(workbook, lambda wb: wb["Sources"].delete_cols(1))
    with pytest.raises(ContentError) as caught:
        read_workbook(workbook)
    message = str(caught.value)
    assert "sheet Sources: column `slug` is missing" in message
    assert "Field required" not in message


def test_a_missing_language_column_is_named_once(db, workbook):
    edit_workbook(workbook, lambda wb: wb["Clusters"].delete_cols(header_column(wb["Clusters"], "title [ru]")))
    with pytest.raises(ContentError) as caught:
        read_workbook(workbook)
    lines = [p for p in caught.value.problems if p.header == "title [ru]"]
    assert [str(p) for p in lines] == ["sheet Clusters: column `title [ru]` is missing"]


def test_a_problem_on_a_hidden_sheet_says_the_sheet_is_hidden(db, workbook):
    def change(wb):
        set_cell(wb, "Clusters", CLUSTER, "level", "city")
        wb["Clusters"].sheet_state = "hidden"
        wb.create_sheet("Notes").sheet_state = "veryHidden"

    edit_workbook(workbook, change)
    with pytest.raises(ContentError) as caught:
        read_workbook(workbook)
    message = str(caught.value)
    assert "sheet Clusters (hidden), row 2, column D (level): 'city' is not allowed" in message
    assert "sheet Notes (hidden): unexpected sheet 'Notes' (unhide it to see it, or delete it)" in message


def _ods(path):
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.spreadsheet")
        zf.writestr("content.xml", "<office:document-content/>")
    return path


@pytest.mark.parametrize("name, make, kind", [
    ("content.ods", _ods, "a LibreOffice .ods file"),
    ("content.csv", lambda p: p.write_text("slug,title\nhaier,Haier\n", encoding="utf-8"), "a CSV text file"),
    ("content.xls", lambda p: p.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 512), "an old Excel .xls file"),
    ("renamed.xlsx", lambda p: _ods(p), "a LibreOffice .ods file"),
])
def test_another_spreadsheet_format_is_told_to_be_saved_as_xlsx(db, tmp_path, capsys, name, make, kind):
    path = tmp_path / name
    make(path)
    for command in (["import", "workbook", str(path)], ["content", "validate", str(path)]):
        capsys.readouterr()
        assert main(command) == 1
        err = capsys.readouterr().err
        assert f"{path}: is {kind}: save it as .xlsx from Excel or LibreOffice Calc" in err
        assert "zip" not in err.lower() and "Traceback" not in err


def test_a_member_whose_size_does_not_match_the_manifest_says_the_pack_is_damaged(db, tmp_path):
    pack = export_pack(db, tmp_path / "content.kioskpack").path

    def change(members):
        manifest = json.loads(manifest_for(members))
        manifest["members"]["content/zone.json"]["size"] += 7
        manifest["total_size"] += 7
        members["manifest.json"] = json.dumps(manifest).encode()

    bad = rezip(pack, tmp_path / "bad.kioskpack", change)
    with pytest.raises(ContentError) as caught:
        import_pack(db, bad, actor="staff")
    assert "bad.kioskpack: content/zone.json: is " in str(caught.value)
    assert "the pack is damaged" in str(caught.value)


def test_a_face_with_little_room_can_ask_for_fewer_lines():
    error = ContentError([Problem("x.json", f"bad {i}", field="level") for i in range(1000)], "The content is not valid")
    lines = error.report(20).splitlines()
    assert lines[0] == "The content is not valid" and len(lines) == 1 + 20 + 2
    assert lines[-1] == "    x.json, field level: 1000"
