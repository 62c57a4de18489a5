"""CSV and xlsx exports read back with the numbers of the reports; a formula-like search term stays text."""

from __future__ import annotations

import csv
from datetime import date

import pytest
from openpyxl import load_workbook
from stats_helpers import KIOSK_A, at, session

from kiosk.stats.export import export, safe_cell
from kiosk.stats.queries import Filter, Reports

DAY = date(2026, 11, 24)
EVIL = '=HYPERLINK("http://evil.example","click")'


@pytest.fixture
def reports(store):
    k = store.ensure_kiosk(KIOSK_A, "=Hall east")
    store.write_sessions(k, [
        session(at(DAY, 10), 60, pages=[("home", 5)], searches=[(EVIL, 0, False), ("-1+1", 0, False)]),
        session(at(DAY, 11), 30, lang="ru", pages=[("clusters/steel", 20)], searches=[("haier", 4, True)],
                a11y="low_reach"),
    ])
    return Reports(store)


@pytest.mark.parametrize("value, expected", [
    ("=1+1", "'=1+1"), ("+7 800", "'+7 800"), ("-5", "'-5"), ("@SUM(A1)", "'@SUM(A1)"), ("\tx", "'\tx"), ("\rx", "'\rx"),
    ("haier", "haier"), ("海尔", "海尔"), (5, 5), (None, None),
])
def test_safe_cell_marks_only_text_a_spreadsheet_would_evaluate(value, expected):
    assert safe_cell(value) == expected


def csv_tables(path) -> dict[str, list[list[str]]]:
    tables: dict[str, list[list[str]]] = {}
    current = None
    with path.open(encoding="utf-8-sig", newline="") as handle:
        for row in csv.reader(handle):
            if not row:
                current = None
            elif current is None:
                current = tables.setdefault(row[0], [])
            else:
                current.append(row)
    return tables


def test_csv_reads_back_with_the_numbers_and_safe_terms(reports, tmp_path):
    path = tmp_path / "visitors.csv"
    export(reports, Filter(DAY, DAY), path)
    tables = csv_tables(path)
    assert dict(tables["Summary"][1:])["sessions"] == "2"
    assert tables["Sessions per day"][1:] == [["2026-11-24", "2", "1.5"]]
    zero = tables["Zero-result searches"]
    assert zero[0] == ["term", "searches"]
    assert sorted(zero[1:]) == sorted([["'" + EVIL.casefold(), "1"], ["'-1+1", "1"]])
    assert ["'=Hall east"] == [row[1] for row in tables["Kiosks"][1:]]
    assert tables["Languages by section"][1:] == [["clusters", "ru", "1"], ["home", "en", "1"]]
    # Every mode the kiosk offers, by its plain name, in the order of the kiosk's panel.
    assert tables["Accessibility"][1:] == [["read aloud", "0"], ["larger text", "0"], ["high contrast", "0"],
                                           ["low reach", "1"], ["less motion", "0"]]


def test_xlsx_reads_back_with_the_numbers_and_no_formula_anywhere(reports, tmp_path):
    path = tmp_path / "visitors.xlsx"
    export(reports, Filter(), path)
    book = load_workbook(path)
    assert "Sessions per day" in book.sheetnames and "Weekday x hour" in book.sheetnames
    rows = list(book["Searches"].iter_rows(min_row=2, values_only=True))
    assert ("haier", 1, 0, 1) in rows
    assert ("'" + EVIL.casefold(), 1, 1, 0) in rows
    for sheet in book:
        for row in sheet.iter_rows():
            for cell in row:
                assert cell.data_type != "f", f"{sheet.title}!{cell.coordinate} holds a formula: {cell.value!r}"
    heat = list(book["Weekday x hour"].iter_rows(min_row=2, values_only=True))
    assert heat[DAY.weekday()][0] == "Tuesday" and heat[DAY.weekday()][1 + 10] == 1 and heat[DAY.weekday()][1 + 11] == 1


def test_an_export_to_an_unknown_format_writes_nothing(reports, tmp_path):
    with pytest.raises(ValueError, match=r"visitors.pdf: choose a file name ending in .csv or .xlsx"):
        export(reports, Filter(), tmp_path / "visitors.pdf")
    assert list(tmp_path.glob("*visitors*")) == []
