"""Writing the staff workbook (layout in ``workbook_layout``): one sheet
per kind with drop-down lists for fixed values, a Read me sheet, and every
text stored as text (formula-like text kept inert, see ``spreadsheet_text``)."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation

from kiosk.content.formats import files
from kiosk.content.formats.schema import FILE_NAMES, ContentSet, RecordIn
from kiosk.content.formats.spreadsheet_text import protect
from kiosk.content.formats.workbook_layout import (
    GENERAL_HELP,
    META_ROWS,
    META_SHEET,
    README_SHEET,
    SHEETS,
    Column,
    columns_for,
)
from kiosk.content.problems import ContentError, Problem
from kiosk.content.progress import ProgressFn, Reporter
from kiosk.content.vocab import KINDS, LANGUAGES

#: Rows below the data that still get the drop-down lists, for new records.
SPARE_ROWS = 500



_HEADER_FONT = Font(bold=True)
_HEADER_FILL = PatternFill("solid", fgColor="DDE7F0")
_WRAP = Alignment(wrap_text=True, vertical="top")


def _set(cell, value: Any, where: str) -> None:
    if isinstance(value, str):
        if ILLEGAL_CHARACTERS_RE.search(value):
            raise ContentError([Problem(where, "holds a control character that a spreadsheet cannot store")])
        # A text that starts with "=" stays a text, not a formula, here and
        # in any CSV a spreadsheet program saves from it (spreadsheet_text).
        cell.value = protect(value)
        cell.data_type = "s"
    else:
        cell.value = value


def _export_value(record: RecordIn, col: Column) -> Any:
    if col.type == "text":
        return record.t(col.field, col.lang or "")
    if col.type in ("verified", "stale"):
        tr = record.text.get(col.field, {}).get(col.lang)  # type: ignore[call-overload]
        return getattr(tr, col.type) if tr else None
    value = getattr(record, col.field, None)
    if col.type == "focus":
        return f"{value.x:g}, {value.y:g}" if value is not None else None
    if col.type == "refs":
        return ", ".join(value) if value else None
    if col.type == "number" and isinstance(value, float) and value.is_integer():
        return int(value)
    return value


def _list_validation(sheet, col_index: int, choices: tuple[str, ...], last_row: int, header: str) -> None:
    dv = DataValidation(
        type="list",
        formula1='"' + ",".join(choices) + '"',
        allow_blank=True,
        showErrorMessage=True,
        errorTitle=header,
        error=f"Choose one of: {', '.join(choices)}",
    )
    letter = get_column_letter(col_index)
    dv.add(f"{letter}2:{letter}{last_row}")
    sheet.add_data_validation(dv)


def _header_row(sheet, headers: list[str], widths: list[int]) -> None:
    for index, (header, width) in enumerate(zip(headers, widths), start=1):
        cell = sheet.cell(row=1, column=index, value=header)
        cell.font = _HEADER_FONT
        cell.fill = _HEADER_FILL
        sheet.column_dimensions[get_column_letter(index)].width = width
    sheet.freeze_panes = "B2"


def _write_readme(sheet) -> None:
    sheet.title = README_SHEET
    sheet.column_dimensions["A"].width = 16
    sheet.column_dimensions["B"].width = 26
    sheet.column_dimensions["C"].width = 70
    sheet.column_dimensions["D"].width = 60
    row = 1
    for index, (en, zh) in enumerate(GENERAL_HELP):
        # English in column A (it runs over the empty B), Chinese in C.
        sheet.cell(row=row, column=1, value=en).font = Font(bold=index == 0)
        sheet.cell(row=row, column=3, value=zh).font = Font(bold=index == 0)
        row += 1
    row += 1
    for col, title in enumerate(("sheet / 工作表", "column / 列", "meaning", "说明"), start=1):
        cell = sheet.cell(row=row, column=col, value=title)
        cell.font = _HEADER_FONT
        cell.fill = _HEADER_FILL
    row += 1
    for key, (en, zh) in META_ROWS.items():
        for col, value in enumerate((META_SHEET, key, en, zh), start=1):
            sheet.cell(row=row, column=col, value=value).alignment = _WRAP
        row += 1
    for kind in KINDS:
        for c in columns_for(kind):
            for col, value in enumerate((SHEETS[kind], c.header, c.en, c.zh), start=1):
                sheet.cell(row=row, column=col, value=value).alignment = _WRAP
            row += 1


def _write_meta(sheet, content: ContentSet) -> None:
    meta = content.meta
    values = {
        "format": meta.format,
        "content_version": meta.content_version,
        "created_at": meta.created_at.isoformat() if meta.created_at else None,
        "default_language": meta.default_language,
        "languages": ", ".join(meta.languages),
        "note": meta.note,
    }
    _header_row(sheet, ["setting", "value", "meaning", "说明"], [20, 60, 60, 50])
    for row, (key, (en, zh)) in enumerate(META_ROWS.items(), start=2):
        sheet.cell(row=row, column=1, value=key)
        _set(sheet.cell(row=row, column=2), values[key], f"{META_SHEET}: {key}")
        sheet.cell(row=row, column=2).alignment = _WRAP
        sheet.cell(row=row, column=3, value=en).alignment = _WRAP
        sheet.cell(row=row, column=4, value=zh).alignment = _WRAP
    dv = DataValidation(type="list", formula1='"' + ",".join(LANGUAGES) + '"', allow_blank=False, showErrorMessage=True)
    dv.add(f"B{2 + list(META_ROWS).index('default_language')}")
    sheet.add_data_validation(dv)


def write_workbook(content: ContentSet, path: Path, progress: ProgressFn | None = None) -> Path:
    """Write *content* as the staff workbook at *path* (atomically: a cancel
    or a crash leaves any earlier file at *path* untouched)."""
    reporter = Reporter(progress)
    path = Path(path)
    trouble = files.output_problem(path)
    if trouble:
        raise ContentError([Problem(str(path), trouble)], "The workbook cannot be written")
    wb = Workbook()
    _write_readme(wb.active)
    _write_meta(wb.create_sheet(META_SHEET), content)
    total = sum(len(content.of(kind)) for kind in KINDS)
    done = 0
    for kind in KINDS:
        reporter.step(done, total, f"writing sheet {SHEETS[kind]}")
        sheet = wb.create_sheet(SHEETS[kind])
        cols = columns_for(kind)
        widths = [40 if c.type in ("text", "str") else 12 if c.type in ("verified", "stale") else 18 for c in cols]
        widths[0] = 36
        _header_row(sheet, [c.header for c in cols], widths)
        records = sorted(content.of(kind), key=lambda r: (r.sort_order, r.slug))
        for row, record in enumerate(records, start=2):
            for index, col in enumerate(cols, start=1):
                value = _export_value(record, col)
                if value is None:
                    continue
                cell = sheet.cell(row=row, column=index)
                _set(cell, value, f"{FILE_NAMES[kind]}: record {record.slug}, field {col.header}")
                if col.type == "date":
                    cell.number_format = "yyyy-mm-dd"
                elif col.type in ("text", "str"):
                    cell.alignment = _WRAP
            done += 1
            if done % 200 == 0:
                reporter.step(done, total, f"writing sheet {SHEETS[kind]}")
        last = len(records) + 1 + SPARE_ROWS
        for index, col in enumerate(cols, start=1):
            if col.choices:
                _list_validation(sheet, index, col.choices, last, col.header)
            elif col.type in ("bool", "verified", "stale"):
                _list_validation(sheet, index, ("TRUE", "FALSE"), last, col.header)
    reporter.step(total, total, "saving the workbook")
    tmp = path.with_name(f".{path.name}.{os.getpid()}.partial")
    try:
        wb.save(tmp)
        reporter.step(total, total, "saving the workbook")
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return path
