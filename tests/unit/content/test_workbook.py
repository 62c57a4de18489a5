"""The staff workbook: export, edit in a spreadsheet (openpyxl or LibreOffice
Calc), import; every bad cell is named by sheet, row and column, and a
refused workbook changes nothing."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest
from openpyxl import load_workbook
from staff_tools import CLUSTER, content_of, edit_workbook, header_column, history_of, row_of, set_cell, snapshot, workbook_refused as refused

from kiosk.content.backups import list_backups
from kiosk.content.change.history import KindChanges
from kiosk.content.progress import Cancelled
from kiosk.content.formats.workbook import SHEETS, SheetProblem, columns_for, read_workbook
from kiosk.content.change.transfers import export_workbook, import_workbook
from kiosk.content.vocab import KINDS
from tests.support.missing import missing_part

BASE = "haier-smart-interconnected-factory"
INITIATIVE = "three-industry-integration"


@pytest.fixture
def workbook(db, tmp_path) -> Path:
    """The default content exported as a workbook."""
    return export_workbook(db, tmp_path / "content.xlsx")


def locate(ws, slug: str, header: str) -> str:
    """'sheet X, row N, column L (header)' for a record's cell."""
    from openpyxl.utils import get_column_letter

    return f"sheet {ws.title}, row {row_of(ws, slug)}, column {get_column_letter(header_column(ws, header))} ({header})"


# --------------------------------------------------------------------------- round trip and layout


def test_export_then_import_of_unchanged_content_changes_nothing(db, workbook):
    before = content_of(db)
    result = import_workbook(db, workbook, actor="editor")
    assert not result.changed and str(result.changes) == "nothing changed"
    assert content_of(db) == before  # every field, every updated_at
    assert list_backups(db.backups_dir) == []
    assert history_of(db)[0].action == "import-workbook"


def test_the_first_sheet_explains_every_column_in_english_and_chinese(workbook):
    wb = load_workbook(workbook)
    assert wb.sheetnames == ["Read me", "Content", *SHEETS.values()]
    readme = wb["Read me"]
    explained = {
        (row[0].value, row[1].value): (row[2].value, row[3].value)
        for row in readme.iter_rows(min_row=1)
        if row[1].value
    }
    for kind in KINDS:
        sheet = wb[SHEETS[kind]]
        headers = [c.value for c in sheet[1]]
        assert headers == [c.header for c in columns_for(kind)]
        for header in headers:
            en, zh = explained[(SHEETS[kind], header)]
            assert en and re.search(r"[\u4e00-\u9fff]", zh), (kind, header)
    assert "title [ru] verified" in [c.value for c in wb["Clusters"][1]]


def test_fixed_values_offer_drop_down_lists(workbook):
    ws = load_workbook(workbook)["Clusters"]
    lists = {}
    for dv in ws.data_validations.dataValidation:
        for rng in dv.sqref.ranges:
            lists[rng.min_col] = dv.formula1
    assert lists[header_column(ws, "level")] == '"national,provincial"'
    assert lists[header_column(ws, "sector")] == '"food,appliances,steel,new_energy"'
    assert lists[header_column(ws, "published")] == '"TRUE,FALSE"'
    assert lists[header_column(ws, "title [en] verified")] == '"TRUE,FALSE"'


def test_an_edited_workbook_imports_exactly_what_changed(db, workbook):
    before = content_of(db)

    def change(wb):
        set_cell(wb, "Clusters", CLUSTER, "title [ru]", "Кластер умной бытовой техники")
        set_cell(wb, "Clusters", CLUSTER, "title [ru] verified", True)
        ws = wb["Clusters"]
        source_row = row_of(ws, CLUSTER)
        new_row = ws.max_row + 1
        for col in range(1, ws.max_column + 1):
            ws.cell(row=new_row, column=col, value=ws.cell(row=source_row, column=col).value)
        ws.cell(row=new_row, column=header_column(ws, "slug"), value="smart-home-appliances-copy")
        platforms = wb["Platforms"]
        platforms.delete_rows(row_of(platforms, "economic-and-trade-service-platform"))

    edit_workbook(workbook, change)
    result = import_workbook(db, workbook, actor="editor")
    assert result.changes.kinds == {
        "cluster": KindChanges(added=1, changed=1),
        "platform": KindChanges(removed=1),
    }
    after = {r.slug: r for r in content_of(db).of("cluster")}
    edited = after[CLUSTER].text["title"]["ru"]
    assert edited.text == "Кластер умной бытовой техники" and edited.verified
    assert "smart-home-appliances-copy" in after
    assert "economic-and-trade-service-platform" not in {r.slug for r in content_of(db).of("platform")}
    old_times = {r.slug: r.updated_at for r in before.of("cluster")}
    assert after[CLUSTER].updated_at != old_times[CLUSTER]
    assert all(r.updated_at == old_times[s] for s, r in after.items() if s in old_times and s != CLUSTER)
    assert result.backup in [b.id for b in list_backups(db.backups_dir)]


# --------------------------------------------------------------------------- every problem, with its place


def test_a_wrong_type_is_named_with_sheet_row_and_column(db, workbook):
    edit_workbook(workbook, lambda wb: set_cell(wb, "Clusters", CLUSTER, "sort_order", "ten"))
    ws = load_workbook(workbook)["Clusters"]
    message = str(refused(db, workbook))
    assert f"{locate(ws, CLUSTER, 'sort_order')}: wrong type: expected a whole number, found 'ten'" in message


def test_a_value_outside_the_list_is_named(db, workbook):
    edit_workbook(workbook, lambda wb: set_cell(wb, "Clusters", CLUSTER, "level", "city"))
    ws = load_workbook(workbook)["Clusters"]
    assert f"{locate(ws, CLUSTER, 'level')}: 'city' is not allowed: must be one of national, provincial" in str(refused(db, workbook))


def test_an_unknown_slug_is_named(db, workbook):
    edit_workbook(workbook, lambda wb: set_cell(wb, "Bases", BASE, "manufacturer", "haier-grup"))
    ws = load_workbook(workbook)["Bases"]
    assert f"{locate(ws, BASE, 'manufacturer')}: names an unknown manufacturer 'haier-grup'" in str(refused(db, workbook))


def test_a_duplicate_slug_names_both_rows(db, workbook):
    ws = load_workbook(workbook)["Clusters"]
    first, second = row_of(ws, CLUSTER), row_of(ws, "power-steel-structures-national-cluster")
    edit_workbook(workbook, lambda wb: set_cell(wb, "Clusters", "power-steel-structures-national-cluster", "slug", CLUSTER))
    message = str(refused(db, workbook))
    assert f"sheet Clusters, row {second}, column A (slug): duplicate slug '{CLUSTER}': also used in row {first}" in message


def test_a_missing_required_language_is_named(db, workbook):
    edit_workbook(workbook, lambda wb: set_cell(wb, "Initiatives", INITIATIVE, "title [ru]", None))
    ws = load_workbook(workbook)["Initiatives"]
    assert f"{locate(ws, INITIATIVE, 'title [ru]')}: missing the required ru translation" in str(refused(db, workbook))


def test_a_text_too_long_is_named(db, workbook):
    edit_workbook(workbook, lambda wb: set_cell(wb, "Clusters", CLUSTER, "title [en]", "x" * 201))
    ws = load_workbook(workbook)["Clusters"]
    assert f"{locate(ws, CLUSTER, 'title [en]')}: text too long: 201 characters, at most 200" in str(refused(db, workbook))


def test_a_formula_instead_of_a_value_is_named(db, workbook):
    edit_workbook(workbook, lambda wb: set_cell(wb, "Clusters", CLUSTER, "sort_order", "=5*2"))
    ws = load_workbook(workbook)["Clusters"]
    assert f"{locate(ws, CLUSTER, 'sort_order')}: formula instead of a value (=5*2)" in str(refused(db, workbook))


def test_merged_cells_are_named(db, workbook):
    edit_workbook(workbook, lambda wb: wb["Clusters"].merge_cells("H3:I3"))
    assert "sheet Clusters, row 3, column H: merged cells H3:I3; unmerge them" in str(refused(db, workbook))


def test_an_unexpected_and_a_missing_column_are_named(db, workbook):
    def change(wb):
        ws = wb["Clusters"]
        ws.delete_cols(header_column(ws, "level"))
        ws.cell(row=1, column=ws.max_column + 1, value="colour")

    edit_workbook(workbook, change)
    ws = load_workbook(workbook)["Clusters"]
    from openpyxl.utils import get_column_letter

    message = str(refused(db, workbook))
    assert f"sheet Clusters, row 1, column {get_column_letter(ws.max_column)} (colour): unexpected column 'colour'" in message
    assert "sheet Clusters: column `level` is missing" in message


def test_a_missing_and_an_unexpected_sheet_are_named(db, workbook):
    def change(wb):
        del wb["Statements"]
        wb.create_sheet("Sheet1")

    edit_workbook(workbook, change)
    message = str(refused(db, workbook))
    assert "sheet Statements: the sheet is missing" in message
    assert "sheet Sheet1: unexpected sheet 'Sheet1'" in message


def test_verified_without_a_text_is_named(db, workbook):
    edit_workbook(workbook, lambda wb: set_cell(wb, "Clusters", CLUSTER, "body [ru] verified", True))
    ws = load_workbook(workbook)["Clusters"]
    assert f"{locate(ws, CLUSTER, 'body [ru] verified')}: is TRUE but body [ru] is empty" in str(refused(db, workbook))


def test_an_unsupported_content_format_is_named(db, workbook):
    edit_workbook(workbook, lambda wb: wb["Content"].cell(row=2, column=2, value=2))
    assert "sheet Content, row 2, column B (value): content format 2 is not supported" in str(refused(db, workbook))


def test_every_problem_is_reported_at_once_with_structured_places(db, workbook):
    def change(wb):
        set_cell(wb, "Clusters", CLUSTER, "level", "city")
        set_cell(wb, "Figures", "industrial-enterprises", "value", "lots")
        set_cell(wb, "Initiatives", INITIATIVE, "title [zh-Hans]", None)

    edit_workbook(workbook, change)
    problems = refused(db, workbook).problems
    places = {(p.sheet, p.header) for p in problems if isinstance(p, SheetProblem)}
    assert {("Clusters", "level"), ("Figures", "value"), ("Initiatives", "title [zh-Hans]")} <= places
    assert all(isinstance(p, SheetProblem) and p.row and p.column for p in problems)


def test_a_file_that_is_not_a_workbook_is_refused(db, tmp_path):
    bogus = tmp_path / "content.xlsx"
    bogus.write_text("slug,title\nhaier,Haier\n", encoding="utf-8")
    assert "is not an Excel workbook (.xlsx)" in str(refused(db, bogus))


# --------------------------------------------------------------------------- cancel


def test_a_cancelled_export_leaves_the_earlier_file(db, workbook):
    before = workbook.read_bytes()
    with pytest.raises(Cancelled):
        export_workbook(db, workbook, progress=lambda d, t, m: m != "saving the workbook")
    assert workbook.read_bytes() == before
    assert [p.name for p in workbook.parent.iterdir() if p.suffix != "" or p.name.startswith(".")] == [workbook.name]


def test_a_cancelled_import_changes_nothing(db, workbook):
    edit_workbook(workbook, lambda wb: set_cell(wb, "Clusters", CLUSTER, "title [en]", "Changed"))
    before = snapshot(db)
    with pytest.raises(Cancelled):
        import_workbook(db, workbook, actor="editor", progress=lambda d, t, m: m != "reading sheet Clusters")
    assert snapshot(db) == before


# --------------------------------------------------------------------------- LibreOffice Calc


@pytest.fixture(scope="session")
def calc(tmp_path_factory):
    """Open and save a workbook with LibreOffice Calc, as staff do."""
    exe = shutil.which("soffice") or shutil.which("libreoffice")
    if exe is None:
        missing_part("LibreOffice is not installed (bash build_scripts/dev.sh test installs libreoffice-calc-nogui when run as root)")
    profile = tmp_path_factory.mktemp("libreoffice-profile")

    def save_with_calc(source: Path) -> Path:
        out = source.parent / "saved-by-calc"
        out.mkdir(exist_ok=True)
        subprocess.run(
            [exe, f"-env:UserInstallation={profile.as_uri()}", "--headless",
             "--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", str(out), str(source)],
            check=True, capture_output=True, timeout=300,
        )
        saved = out / source.name
        assert saved.exists(), f"LibreOffice wrote nothing for {source}"
        return saved

    return save_with_calc


def test_an_unchanged_workbook_saved_by_libreoffice_imports_cleanly(db, workbook, calc):
    before = content_of(db)
    saved = calc(workbook)
    assert saved.read_bytes() != workbook.read_bytes()  # really rewritten by Calc
    result = import_workbook(db, saved, actor="editor")
    assert not result.changed
    assert content_of(db) == before


def test_a_workbook_edited_then_saved_by_libreoffice_imports_the_edits(db, workbook, calc):
    def change(wb):
        set_cell(wb, "Clusters", CLUSTER, "title [zh-Hans]", "智能家电产业集群")
        set_cell(wb, "Clusters", CLUSTER, "title [zh-Hans] verified", True)
        set_cell(wb, "Clusters", CLUSTER, "published", False)
        set_cell(wb, "Figures", "industrial-enterprises", "value", 16000)
        set_cell(wb, "Figures", "industrial-enterprises", "year", 2025)

    edit_workbook(workbook, change)
    result = import_workbook(db, calc(workbook), actor="editor")
    assert result.changes.kinds == {"figure": KindChanges(changed=1), "cluster": KindChanges(changed=1)}
    cluster = {r.slug: r for r in content_of(db).of("cluster")}[CLUSTER]
    assert cluster.text["title"]["zh-Hans"].text == "智能家电产业集群" and cluster.text["title"]["zh-Hans"].verified
    assert cluster.published is False
    figure = {r.slug: r for r in content_of(db).of("figure")}["industrial-enterprises"]
    assert (figure.value, figure.year) == (16000.0, 2025)


def test_a_formula_typed_in_libreoffice_is_still_refused(db, workbook, calc):
    edit_workbook(workbook, lambda wb: set_cell(wb, "Clusters", CLUSTER, "sort_order", "=SUM(1;2)"))
    saved = calc(workbook)
    ws = load_workbook(saved)["Clusters"]
    assert f"{locate(ws, CLUSTER, 'sort_order')}: formula instead of a value" in str(refused(db, saved))


def test_read_workbook_touches_no_database(workbook):
    content = read_workbook(workbook)
    assert content.counts()["cluster"] == 9
