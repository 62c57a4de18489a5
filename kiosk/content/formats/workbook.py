"""The staff workbook: the whole content as one .xlsx file, and back.

Staff who do not edit JSON edit content in Excel or LibreOffice Calc::

    kiosk export workbook content.xlsx   ->  edit  ->   kiosk import workbook content.xlsx

Layout (every sheet has its headers in row 1, one record per row below):

* ``Read me``: what every column means, in English and Chinese;
* ``Content``: the content's details, one per row (format, content_version,
  created_at, default_language, languages, note);
* one sheet per kind of record (``Sources``, ``Zone``, ``Figures``, ...):
  ``slug``, ``published``, ``sort_order``, the kind's own facts (``level``,
  ``sector`` ...), then each text field per language with its *verified*
  tick right after it (``title [zh-Hans]``, ``title [zh-Hans] verified``,
  ``title [ru]`` ...), then ``source``, ``source_quote``, ``web_url``,
  ``media``.

Fixed values (published, verified, level, sector, unit ...) carry data
validation lists, so Excel and Calc offer a drop-down.  ``updated_at`` is
not in the workbook: the import service keeps it for rows that did not
change and stamps the rows that did.

Reading checks the whole workbook before anything is written and reports
every problem with sheet, row (the spreadsheet's own numbers: headers are
row 1), column letter and header, e.g. ``sheet Clusters, row 7, column D
(level): must be one of national, provincial``: wrong types, unknown or
duplicate slugs, missing required languages, texts too long, formulas
instead of values, merged cells, spreadsheet errors, unexpected or missing
columns and sheets.
"""

from __future__ import annotations

import re
import warnings
from dataclasses import dataclass
from datetime import date, datetime, timezone
from pathlib import Path
from typing import Any

from openpyxl import load_workbook
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.formula import ArrayFormula, DataTableFormula
from pydantic import ValidationError

from kiosk.content.formats import files
from kiosk.content.formats.schema import FILE_NAMES, FORMAT_VERSION, MODELS, SLUG_RE, ContentSet, MetaIn, RecordIn
from kiosk.content.formats.spreadsheet_text import formula_like, formula_warning, unprotect
from kiosk.content.formats.validation import check_record_languages, validate_content
from kiosk.content.formats.workbook_sheets import SheetDamaged, merged_ranges, other_format, sheet_rows
from kiosk.content.formats.workbook_layout import META_REQUIRED, META_ROWS, META_SHEET, README_SHEET, SHEETS, Column, columns_for
from kiosk.content.formats.workbook_write import write_workbook
from kiosk.content.problems import ContentError, Problem
from kiosk.content.progress import ProgressFn, Reporter
from kiosk.content.vocab import KINDS, LANGUAGES, MAX_LENGTHS

#: A workbook bigger than this is refused before it is opened (the default content is ~60 KB).
MAX_FILE_SIZE = 100 * 1024 * 1024


@dataclass(frozen=True)
class SheetProblem(Problem):
    """A problem in a workbook, with its sheet, row, column letter and header
    (row/column None when it concerns a whole sheet or column), so the staff
    console can point at the cell."""

    sheet: str = ""
    row: int | None = None
    column: str | None = None
    header: str | None = None
    #: The sheet is hidden in the workbook (staff need to unhide it to see the cell).
    hidden: bool = False

    def place(self) -> str:
        """Sheet and column, without the row: problems are counted by place."""
        label = _sheet_label(self.sheet, self.hidden)
        if self.column:
            return f"{label}, column {self.column} ({self.header})" if self.header else f"{label}, column {self.column}"
        return f"{label}, column {self.header}" if self.header else label


def _sheet_label(sheet: str, hidden: bool) -> str:
    return f"sheet {sheet} (hidden)" if hidden else f"sheet {sheet}"


def _problem(sheet: str, row: int | None, col: int | None, header: str | None, message: str, hidden: bool = False) -> SheetProblem:
    parts = [_sheet_label(sheet, hidden)]
    if row is not None:
        parts.append(f"row {row}")
    letter = get_column_letter(col) if col else None
    if letter:
        parts.append(f"column {letter} ({header})" if header else f"column {letter}")
    elif header:
        parts.append(f"column {header}")
    return SheetProblem(", ".join(parts), message, sheet=sheet, row=row, column=letter, header=header, hidden=hidden)



# --------------------------------------------------------------------------- reading


class _CellError(ValueError):
    """A cell value that does not fit its column."""


def _blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _as_bool(value: Any) -> bool:
    if isinstance(value, bool):
        return value
    if isinstance(value, (int, float)) and value in (0, 1):
        return bool(value)  # LibreOffice may store a boolean as 1/0
    if isinstance(value, str) and value.strip().lower() in ("true", "false", "yes", "no"):
        return value.strip().lower() in ("true", "yes")
    raise _CellError(f"wrong type: expected TRUE or FALSE, found {value!r}")


def _as_int(value: Any) -> int:
    if isinstance(value, bool):
        raise _CellError(f"wrong type: expected a whole number, found {value!r}")
    if isinstance(value, int):
        return value
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, str) and re.fullmatch(r"\s*-?\d+\s*", value):
        return int(value)
    raise _CellError(f"wrong type: expected a whole number, found {value!r}")


def _as_number(value: Any) -> float:
    if isinstance(value, bool):
        raise _CellError(f"wrong type: expected a number, found {value!r}")
    if isinstance(value, (int, float)):
        return float(value)
    if isinstance(value, str):
        try:
            return float(value.strip())
        except ValueError:
            pass
    raise _CellError(f"wrong type: expected a number, found {value!r}")


def _as_date(value: Any) -> date:
    if isinstance(value, datetime):
        if value.time() != datetime.min.time():
            raise _CellError(f"wrong type: expected a date without a time, found {value.isoformat(sep=' ')}")
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        try:
            return date.fromisoformat(value.strip())
        except ValueError:
            pass
    raise _CellError(f"wrong type: expected a date (YYYY-MM-DD), found {value!r}")


def _as_text(value: Any) -> str:
    if isinstance(value, bool):
        raise _CellError(f"wrong type: expected text, found {value!r}")
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else repr(value)
    if isinstance(value, str):
        return value
    if isinstance(value, (datetime, date)):
        raise _CellError(f"wrong type: expected text, found the date {value.isoformat()} (format the cell as text)")
    raise _CellError(f"wrong type: expected text, found {value!r}")


def _as_slug(value: Any) -> str:
    text = _as_text(value).strip()
    if not SLUG_RE.match(text) or len(text) > 80:
        raise _CellError(
            f"{text!r} is not a slug: use lower-case letters a-z, digits and single hyphens, at most 80 characters (e.g. haier-group)"
        )
    return text


#: LibreOffice Calc saves a TRUE/FALSE cell as the formula TRUE() / FALSE()
#: (with the value cached); that is a value, not a calculation.
_BOOL_FORMULA = re.compile(r"^=\s*(TRUE|FALSE)\s*\(\s*\)\s*$", re.IGNORECASE)


def _cell_value(cell) -> Any:
    """The value a cell holds; _CellError for a formula or a spreadsheet error."""
    value = cell.value
    if isinstance(value, str) and cell.data_type == "f":
        match = _BOOL_FORMULA.match(value)
        if match:
            return match.group(1).upper() == "TRUE"
    if cell.data_type == "f" or isinstance(value, (ArrayFormula, DataTableFormula)):
        shown = value.text if isinstance(value, ArrayFormula) else value
        raise _CellError(f"formula instead of a value ({shown}); type the value itself")
    if cell.data_type == "e":
        raise _CellError(f"holds the spreadsheet error {value}; type the value itself")
    if isinstance(value, str):
        return unprotect(value)  # the apostrophe an export put before a formula-like text
    return value


def _convert(col: Column, value: Any) -> Any:
    kind = col.type
    if kind == "slug":
        return _as_slug(value)
    if kind == "ref":
        return _as_slug(value)
    if kind == "refs":
        parts = [p.strip() for p in re.split(r"[,;\n]", _as_text(value)) if p.strip()]
        return [_as_slug(p) for p in parts]
    if kind in ("bool", "verified", "stale"):
        return _as_bool(value)
    if kind == "int":
        return _as_int(value)
    if kind == "number":
        return _as_number(value)
    if kind == "date":
        return _as_date(value)
    if kind == "code":
        text = _as_text(value).strip()
        if col.choices and text not in col.choices:
            raise _CellError(f"{text!r} is not allowed: must be one of {', '.join(col.choices)}")
        return text
    if kind == "focus":
        return _as_focus(value)
    if kind == "text":
        text = _as_text(value)
        limit = MAX_LENGTHS[col.field]
        if len(text) > limit:
            raise _CellError(f"text too long: {len(text)} characters, at most {limit} allowed for {col.field}")
        return text
    return _as_text(value)


def _as_focus(value: Any) -> dict[str, float]:
    parts = [p for p in re.split(r"[,;\s]+", _as_text(value).strip()) if p]
    try:
        x, y = (float(p) for p in parts)
    except ValueError:
        raise _CellError(f"{_as_text(value)!r} is not a focal point: write two numbers from 0 to 1, e.g. 0.5, 0.3") from None
    if not (0 <= x <= 1 and 0 <= y <= 1):
        raise _CellError(f"{_as_text(value)!r}: both numbers must be from 0 to 1 (across, down)")
    return {"x": x, "y": y}


def _pydantic_message(err: dict) -> str:
    return re.sub(r"^Value error, ", "", err["msg"])


class _SheetReader:
    """Reads the workbook's sheets into raw records, collecting every problem."""

    def __init__(self, reporter: Reporter):
        self.problems: list[Problem] = []
        #: Texts that start like a formula: imported, but worth a look.
        self.warnings: list[Problem] = []
        self.reporter = reporter
        #: (kind, slug) -> spreadsheet row, for cross-record problems.
        self.rows: dict[tuple[str, str], int] = {}
        #: kind -> header -> column index.
        self.col_index: dict[str, dict[str, int]] = {}
        #: Sheet -> headers missing from it (reported once, not again per row).
        self.missing: dict[str, set[str]] = {}
        #: Sheets the workbook hides.
        self.hidden: set[str] = set()
        self.meta_rows: dict[str, int] = {}
        #: Sheet -> columns its header row spans (a value further right has no header).
        self.width: dict[str, int] = {}

    def add(self, sheet: str, row: int | None, col: int | None, header: str | None, message: str) -> None:
        if row is not None and header in self.missing.get(sheet, ()):
            return  # a missing column is reported once, not as "required" in every row
        self.problems.append(_problem(sheet, row, col, header, message, sheet in self.hidden))

    def merged(self, ws) -> None:
        for rng in merged_ranges(ws):
            self.add(ws.title, rng.min_row, rng.min_col, None, f"merged cells {rng.coord}; unmerge them so that every value has its own cell")

    def headers(self, ws, expected: list[str], optional: frozenset[str] = frozenset()) -> tuple[dict[str, int], set[int]]:
        """Header -> column index; also the indexes of columns without a header
        (a missing *optional* column is no problem: older workbooks lack it)."""
        found: dict[str, int] = {}
        unnamed: set[int] = set()
        first = next(sheet_rows(ws, 1, 1), (1, {}))[1]
        self.width[ws.title] = len(first)
        for col, cell in first.items():
            if _blank(cell.value):
                unnamed.add(col)
                continue
            header = str(cell.value).strip()
            if header in found:
                self.add(ws.title, 1, col, header, f"the column {header!r} appears twice (also column {get_column_letter(found[header])})")
            elif header not in expected:
                self.add(ws.title, 1, col, header, f"unexpected column {header!r} (the sheet '{README_SHEET}' lists the columns)")
            else:
                found[header] = col
        for header in expected:
            if header not in found and header not in optional:
                self.missing.setdefault(ws.title, set()).add(header)
                hidden = ws.title in self.hidden
                self.problems.append(SheetProblem(_sheet_label(ws.title, hidden), f"column `{header}` is missing",
                                                  sheet=ws.title, header=header, hidden=hidden))
        return found, unnamed

    def data_rows(self, ws, unnamed: set[int]):
        """(row number, cells by column index) of every non-empty row below the headers."""
        width = self.width.get(ws.title, 0)
        for row, cells in sheet_rows(ws, 2):
            if all(_blank(c.value) for c in cells.values()):
                continue
            for col, c in cells.items():
                if (col in unnamed or col > width) and not _blank(c.value):
                    self.add(ws.title, row, col, None, "this column has no header but holds a value; remove the value or the column")
            yield row, cells

    def meta(self, ws) -> Any:
        self.merged(ws)
        found, unnamed = self.headers(ws, ["setting", "value", "meaning", "说明"])
        if "setting" not in found or "value" not in found:
            return None
        key_col, value_col = found["setting"], found["value"]
        raw: dict[str, Any] = {}
        bad: set[str] = set()
        for row, cells in self.data_rows(ws, unnamed):
            key_cell, cell = cells.get(key_col), cells.get(value_col)
            key = str(key_cell.value).strip() if key_cell is not None and not _blank(key_cell.value) else ""
            if key not in META_ROWS:
                self.add(ws.title, row, key_col, "setting", f"unexpected setting {key!r} (known: {', '.join(META_ROWS)})")
                continue
            if key in self.meta_rows:
                self.add(ws.title, row, key_col, "setting", f"the setting {key!r} appears twice (also row {self.meta_rows[key]})")
                continue
            self.meta_rows[key] = row
            if cell is None or _blank(cell.value):
                continue
            try:
                value = _cell_value(cell)
                if key == "format":
                    raw[key] = _as_int(value)
                elif key == "languages":
                    raw[key] = [p.strip() for p in _as_text(value).split(",") if p.strip()]
                elif key == "created_at":
                    if isinstance(value, datetime):
                        raw[key] = value if value.tzinfo else value.replace(tzinfo=timezone.utc)
                    else:
                        raw[key] = _as_text(value).strip()
                else:
                    raw[key] = _as_text(value).strip() if key != "note" else _as_text(value)
            except _CellError as exc:
                self.add(ws.title, row, value_col, "value", str(exc))
                bad.add(key)
        for key in META_REQUIRED:
            if key in bad:
                continue  # already reported
            if key not in raw and key in self.meta_rows:
                self.add(ws.title, self.meta_rows[key], value_col, "value", f"{key} is required")
            elif key not in self.meta_rows:
                self.add(ws.title, None, None, None, f"the setting {key!r} is missing (add a row with it in column A)")
        return raw

    def kind(self, kind: str, ws, stated_rows: int) -> list[RecordIn]:
        sheet = ws.title
        self.merged(ws)
        cols = columns_for(kind)
        by_header = {c.header: c for c in cols}
        found, unnamed = self.headers(ws, [c.header for c in cols], frozenset(c.header for c in cols if c.optional))
        self.col_index[kind] = found
        records: list[RecordIn] = []
        first_row: dict[str, int] = {}
        total = max(stated_rows - 1, 0)
        for row, cells in self.data_rows(ws, unnamed):
            if row % 100 == 0:
                self.reporter.step(row - 1, total, f"reading sheet {sheet}")
            before = len(self.problems)
            data: dict[str, Any] = {}
            texts: dict[str, dict[str, dict[str, Any]]] = {}
            verified: dict[tuple[str, str], tuple[bool, int]] = {}
            stale: dict[tuple[str, str], bool] = {}
            for header, index in found.items():
                col = by_header[header]
                cell = cells.get(index)
                if cell is None or _blank(cell.value):
                    if col.required:
                        self.add(sheet, row, index, header, f"{header} is required")
                    continue
                try:
                    value = _convert(col, _cell_value(cell))
                except _CellError as exc:
                    self.add(sheet, row, index, header, str(exc))
                    continue
                if col.type in ("text", "str") and formula_like(value):
                    self.warnings.append(_problem(sheet, row, index, header, formula_warning(value), sheet in self.hidden))
                if col.type == "text":
                    texts.setdefault(col.field, {})[col.lang or ""] = {"text": value}
                elif col.type == "verified":
                    verified[(col.field, col.lang or "")] = (value, index)
                elif col.type == "stale":
                    stale[(col.field, col.lang or "")] = value
                else:
                    data[col.field] = value
            for (name, lang), (flag, index) in verified.items():
                if lang in texts.get(name, {}):
                    texts[name][lang]["verified"] = flag
                elif flag:
                    self.add(sheet, row, index, f"{name} [{lang}] verified",
                             f"is TRUE but {name} [{lang}] is empty; a missing text cannot be verified")
            for (name, lang), flag in stale.items():
                # A missing text needs writing, not review: the flag goes with it.
                if flag and lang in texts.get(name, {}):
                    texts[name][lang]["stale"] = True
            data["text"] = texts
            slug = data.get("slug")
            if isinstance(slug, str):
                if slug in first_row:
                    self.add(sheet, row, found.get("slug"), "slug", f"duplicate slug {slug!r}: also used in row {first_row[slug]}")
                    continue
                first_row[slug] = row
                self.rows[(kind, slug)] = row
            if len(self.problems) > before:
                continue
            try:
                records.append(MODELS[kind].model_validate(data))
            except ValidationError as exc:
                for err in exc.errors():
                    self._pydantic(kind, sheet, row, err)
        return records

    def _pydantic(self, kind: str, sheet: str, row: int, err: dict) -> None:
        loc = err["loc"]
        header = None
        if loc and loc[0] == "text" and len(loc) >= 3:
            header = f"{loc[1]} [{loc[2]}]"
        elif loc:
            header = str(loc[0])
        if header in self.missing.get(sheet, ()):
            return  # "Field required" in every row of a missing column says nothing new
        index = self.col_index.get(kind, {}).get(header or "")
        self.add(sheet, row, index, header if index else None, _pydantic_message(err))

    def cross(self, problem: Problem) -> None:
        """Place a cross-record problem (from ``validation``) on its sheet, row and column."""
        kind = next((k for k, name in FILE_NAMES.items() if problem.where.endswith(name)), None)
        if kind is None:
            self.problems.append(problem)
            return
        sheet = SHEETS[kind]
        row = self.rows.get((kind, problem.record or ""))
        header = problem.field
        if header and header.startswith("text."):
            name = header.split(".", 1)[1]
            match = re.search(r"(?<![\w-])(zh-Hans|ru|en)(?![\w-])", problem.message)
            header = f"{name} [{match.group(1) if match else LANGUAGES[0]}]"
        index = self.col_index.get(kind, {}).get(header or "")
        if problem.field == "slug" and "used twice" in problem.message:
            return  # reported with both rows while reading
        self.add(sheet, row, index, header, problem.message)


#: The summary of a workbook that cannot even be opened.
REFUSED = "The workbook was refused; nothing was changed"
_SAVE_AS_XLSX = "save it as .xlsx from Excel or LibreOffice Calc (File > Save As, type Excel 2007-365 .xlsx), then import that file"


def _open(path: Path):
    trouble = files.input_problem(path)
    if trouble:
        raise ContentError([Problem(str(path), trouble)], REFUSED)
    if path.stat().st_size > MAX_FILE_SIZE:
        raise ContentError([Problem(str(path), f"is larger than {MAX_FILE_SIZE // (1024 * 1024)} MB; that is not a content workbook")], REFUSED)
    with path.open("rb") as handle:
        head = handle.read(128)
    other = other_format(path, head)
    if other:
        raise ContentError([Problem(str(path), f"is {other}: {_SAVE_AS_XLSX}")], REFUSED)
    handle = path.open("rb")
    try:
        with warnings.catch_warnings():
            # openpyxl warns about Excel extensions it does not read (e.g. conditional formats); they hold no content.
            warnings.simplefilter("ignore")
            # Read-only: the rows are read from the file as the sheets are
            # walked, never all cells at once (see workbook_sheets).
            return load_workbook(handle, read_only=True, data_only=False), handle
    except Exception as exc:  # noqa: BLE001 - a damaged file can fail anywhere inside openpyxl, zipfile, zlib or the XML parser
        handle.close()
        raise _damaged(path, exc) from exc


def _damaged(path: Path, exc: Exception) -> ContentError:
    return ContentError(
        [Problem(str(path), f"is damaged or not an .xlsx workbook ({exc}); open it in Excel or LibreOffice Calc and {_SAVE_AS_XLSX}")],
        REFUSED,
    )


def _read_sheets(wb, reader: _SheetReader, reporter: Reporter) -> tuple[Any, dict[str, list[RecordIn]]]:
    """The meta sheet's raw settings and the records of every kind sheet,
    their problems collected in *reader*; SheetDamaged when a sheet's XML
    cannot be read."""
    names = list(wb.sheetnames)
    reader.hidden = {ws.title for ws in wb.worksheets if ws.sheet_state != "visible"}
    wanted = [META_SHEET, *SHEETS.values()]
    for name in names:
        if name not in wanted and name != README_SHEET:
            unhide = " (unhide it to see it, or delete it)" if name in reader.hidden else ""
            reader.add(name, None, None, None, f"unexpected sheet {name!r}{unhide} (the workbook holds: {README_SHEET}, {', '.join(wanted)})")
    for name in wanted:
        if name not in names:
            reader.add(name, None, None, None, "the sheet is missing")
    # The rows a sheet says it has, for the progress only: read-only sheets
    # then forget it, so that a wrong figure cannot cut rows off.
    stated = {ws.title: ws.max_row or 0 for ws in wb.worksheets}
    for ws in wb.worksheets:
        ws.reset_dimensions()
    raw_meta = reader.meta(wb[META_SHEET]) if META_SHEET in names else None
    records: dict[str, list[RecordIn]] = {}
    for kind in KINDS:
        name = SHEETS[kind]
        reporter.step(0, 0, f"reading sheet {name}")
        records[kind] = reader.kind(kind, wb[name], stated[name]) if name in names else []
    return raw_meta, records


def read_workbook(path: Path, progress: ProgressFn | None = None, warnings: list[Problem] | None = None) -> ContentSet:
    """Read and fully validate the staff workbook at *path*.

    Returns a sound ContentSet (records without ``updated_at``) or raises
    ContentError whose ``problems`` are SheetProblems naming sheet, row and
    column.  Nothing is written anywhere.  Texts that start like a formula
    are read as text and added to *warnings*.
    """
    reporter = Reporter(progress)
    path = Path(path)
    reporter.step(0, 0, "opening the workbook")
    wb, handle = _open(path)
    reader = _SheetReader(reporter)
    try:
        raw_meta, records = _read_sheets(wb, reader, reporter)
    except SheetDamaged as exc:
        raise _damaged(path, exc) from None
    finally:
        wb.close()
        handle.close()

    meta: MetaIn | None = None
    if raw_meta is not None and not any(p.sheet == META_SHEET for p in reader.problems if isinstance(p, SheetProblem)):
        try:
            meta = MetaIn.model_validate(raw_meta)
        except ValidationError as exc:
            for err in exc.errors():
                key = str(err["loc"][0]) if err["loc"] else ""
                row = reader.meta_rows.get(key)
                reader.add(META_SHEET, row, 2 if row else None, "value" if row else key or None, _pydantic_message(err))
        if meta is not None and meta.format != FORMAT_VERSION:
            reader.add(META_SHEET, reader.meta_rows.get("format"), 2, "value",
                       f"content format {meta.format} is not supported (this kiosk reads format {FORMAT_VERSION})")
            meta = None

    reporter.step(0, 0, "checking references and languages")
    if reader.problems or meta is None:
        # Shapes are not all sound: references would give false alarms, but
        # missing translations of the rows that did read are worth saying now.
        languages = list(meta.languages) if meta else list(LANGUAGES)
        for kind in KINDS:
            for record in records[kind]:
                for problem in check_record_languages(record, languages, FILE_NAMES[kind]):
                    reader.cross(problem)
        raise ContentError(reader.problems, f"The workbook {path.name} is not valid ({len(reader.problems)} problem(s))")
    content = ContentSet(meta=meta, records=records)
    for problem in validate_content(content):
        reader.cross(problem)
    if reader.problems:
        raise ContentError(reader.problems, f"The workbook {path.name} is not valid ({len(reader.problems)} problem(s))")
    if warnings is not None:
        warnings.extend(reader.warnings)
    return content


__all__ = [
    "META_SHEET",
    "README_SHEET",
    "SHEETS",
    "SheetProblem",
    "columns_for",
    "read_workbook",
    "write_workbook",
]
