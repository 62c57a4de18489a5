"""The reports as files for the committee: CSV and xlsx (Excel, LibreOffice Calc).

Both carry the same tables (``report_tables``).  Every text cell goes
through ``safe_cell`` first: a search term like ``=HYPERLINK(...)`` is
what a visitor typed, and must stay text in any spreadsheet program.
"""

from __future__ import annotations

import csv
import os
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from kiosk.stats import events as ev
from kiosk.stats.queries import Filter, Reports

#: Text starting with one of these is a formula (or becomes one) in Excel, Calc or Sheets.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def safe_cell(value: Any) -> Any:
    """*value* as it may go into a spreadsheet cell: text that a spreadsheet would evaluate gets a leading apostrophe.

    The apostrophe is what spreadsheet programs themselves use to mark
    "this is text"; numbers, dates and other text pass unchanged.
    """
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


@dataclass
class Table:
    """One report as a table: a title (the sheet's name), column headings and rows."""

    title: str
    columns: Sequence[str]
    rows: list[Sequence[Any]]


def report_tables(reports: Reports, f: Filter) -> list[Table]:
    """Every report under *f* as a table, in the order the files list them."""
    lengths = reports.session_lengths(f)
    shown, cancelled = reports.countdowns(f)
    first_last = reports.data_range()
    span = f"{f.start or (first_last[0] if first_last else '')} to {f.end or (first_last[1] if first_last else '')}"
    kiosks = dict(reports.kiosks())
    chosen = ", ".join(f"{kiosks.get(k, k)} ({k})" for k in f.kiosks) if f.kiosks else "all"
    return [
        Table("Summary", ("measure", "value"), [
            ("days", span), ("kiosks", chosen), ("sessions", lengths.sessions),
            ("median session length (s)", lengths.median_s if lengths.median_s is not None else ""),
            ("'still there?' countdowns shown", shown), ("countdowns cancelled by a touch", cancelled)]),
        Table("Sessions per day", ("day", "sessions", "minutes in sessions"),
              [(d, n, round(s / 60, 1)) for d, n, s in reports.sessions_per_day(f)]),
        Table("Weekday x hour", ("weekday", *(f"{h:02d}" for h in range(24))),
              [(WEEKDAYS[i], *row) for i, row in enumerate(reports.heatmap(f))]),
        Table("Session length", ("length", "sessions"), list(lengths.bins)),
        Table("Top pages", ("page", "views", "mean seconds"), list(reports.top_pages(f, 100))),
        Table("Top records", ("record", "views", "mean seconds"), list(reports.top_records(f, 100))),
        Table("Languages", ("language", "sessions"), list(reports.language_mix(f))),
        Table("Languages by section", ("section", "language", "page views"),
              [(s, lang, n) for s, langs in reports.language_by_section(f).items() for lang, n in sorted(langs.items())]),
        Table("Language switches", ("from", "to", "times"), list(reports.language_switches(f))),
        Table("Searches", ("term", "searches", "without result", "result opened"), list(reports.top_searches(f, 200))),
        Table("Zero-result searches", ("term", "searches"), list(reports.zero_result_searches(f, 200))),
        Table("Accessibility", ("mode", "times turned on"),
              [(ev.ACCESS_MODES.get(mode, mode), n) for mode, n in reports.accessibility_modes(f)]),
        Table("QR codes", ("page", "times shown"), list(reports.qr_codes(f, 100))),
        Table("Session endings", ("why", "sessions"), list(reports.endings(f))),
        Table("Errors", ("reason", "times"), list(reports.errors(f))),
        Table("Kiosks", ("kiosk id", "name"), list(reports.kiosks())),
    ]


def export(reports: Reports, f: Filter, path: Path) -> list[Table]:
    """Write the reports to *path* (``.csv`` or ``.xlsx``), whole or not at all; returns the tables written."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in (".csv", ".xlsx"):
        raise ValueError(f"{path}: choose a file name ending in .csv or .xlsx")
    tables = report_tables(reports, f)
    _atomic(path, lambda tmp: (_write_csv if suffix == ".csv" else _write_xlsx)(tables, tmp))
    return tables


def _atomic(path: Path, write) -> None:
    """Write through a temporary file beside *path*, so a failure never leaves half a file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    os.close(fd)
    try:
        write(Path(tmp))
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _cell(value: Any) -> Any:
    if isinstance(value, date):
        return value.isoformat()
    return safe_cell(value)


def _write_csv(tables: Sequence[Table], path: Path) -> None:
    # UTF-8 with a byte-order mark: Excel then reads Chinese and Russian right.
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        for index, table in enumerate(tables):
            if index:
                writer.writerow([])
            writer.writerow([safe_cell(table.title)])
            writer.writerow([safe_cell(c) for c in table.columns])
            writer.writerows([_cell(v) for v in row] for row in table.rows)


def _write_xlsx(tables: Sequence[Table], path: Path) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Font

    book = Workbook()
    book.remove(book.active)
    for table in tables:
        sheet = book.create_sheet(table.title[:31])
        sheet.append([safe_cell(c) for c in table.columns])
        for cell in sheet[1]:
            cell.font = Font(bold=True)
        for row in table.rows:
            sheet.append([_cell(v) for v in row])
        for cells in sheet.iter_rows(min_row=2):
            for cell in cells:
                if isinstance(cell.value, str):
                    cell.data_type = "s"  # never a formula, whatever the text
        sheet.freeze_panes = "A2"
    book.save(path)
