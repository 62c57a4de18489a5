"""Reading a staff workbook's sheets row by row, without holding them.

openpyxl's read-only mode streams a sheet's rows from the file instead of
building every cell of the workbook first (for 10,000 records that was
about 150 MB more at the peak of an import). What it leaves out is read
here: the merged cells (listed in the sheet's XML after its rows) and the
row and column of each cell (a gap in a row comes back as a cell that
knows neither).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from openpyxl.worksheet.cell_range import CellRange

#: A merged range in the sheet's XML: <mergeCell ref="H3:I3"/>, with or without a namespace prefix.
_MERGE_RE = re.compile(rb'<(?:[\w.-]+:)?mergeCell\s[^>]*?\bref="([^"]+)"')
_CHUNK = 1 << 20


class SheetDamaged(Exception):
    """A sheet's XML could not be read (the file is damaged)."""


def merged_ranges(ws) -> list[CellRange]:
    """The merged ranges of a read-only sheet, top to bottom, left to right."""
    refs: set[str] = set()
    tail = b""
    try:
        with ws._get_source() as source:  # the sheet's XML inside the .xlsx
            while chunk := source.read(_CHUNK):
                data = tail + chunk
                if b"mergeCell" in data:
                    refs.update(ref.decode("ascii", "replace") for ref in _MERGE_RE.findall(data))
                # A tag may straddle two chunks: look at the end again with the next.
                tail = data[-256:]
    except Exception as exc:  # noqa: BLE001 - zipfile and zlib fail in many ways on a damaged file
        raise SheetDamaged(str(exc)) from exc
    ranges = []
    for ref in refs:
        try:
            ranges.append(CellRange(ref))
        except (ValueError, TypeError):
            continue  # not a range any spreadsheet would write; nothing to point at
    return sorted(ranges, key=lambda r: (r.min_row, r.min_col))


def sheet_rows(ws, min_row: int = 1, max_row: int | None = None) -> Iterator[tuple[int, dict[int, Any]]]:
    """(row number, {column number: cell}) of each row from *min_row*, as the
    file holds them (the dimensions a file states may be wrong: not used)."""
    rows = ws.iter_rows(min_row=min_row, max_row=max_row)
    number = min_row
    while True:
        try:
            cells = next(rows)
        except StopIteration:
            return
        except Exception as exc:  # noqa: BLE001 - the XML parser, zipfile or zlib on a damaged sheet
            raise SheetDamaged(str(exc)) from exc
        yield number, {column: cell for column, cell in enumerate(cells, start=1)}
        number += 1


def other_format(path: Path, head: bytes) -> str | None:
    """What kind of not-xlsx file this is, by its first bytes and its name, or None."""
    suffix = path.suffix.lower()
    if head.startswith(b"\xd0\xcf\x11\xe0") or suffix == ".xls":
        return "an old Excel .xls file"
    if b"application/vnd.oasis.opendocument" in head or suffix in (".ods", ".fods"):
        return "a LibreOffice .ods file"
    if suffix in (".csv", ".tsv", ".txt"):
        return "a CSV text file"
    if not head.startswith(b"PK"):
        return "not an Excel workbook (.xlsx) (it is not a zip archive, as every .xlsx file is)"
    return None
