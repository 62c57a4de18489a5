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

import os
import re
import warnings
import zipfile
from dataclasses import dataclass
from datetime import date, datetime, timezone
from pathlib import Path
from typing import Any

from openpyxl import Workbook, load_workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.utils.exceptions import InvalidFileException
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.formula import ArrayFormula, DataTableFormula
from pydantic import ValidationError

from kiosk.content.problems import ContentError, Problem
from kiosk.content.progress import ProgressFn, Reporter
from kiosk.content.formats.schema import FILE_NAMES, FORMAT_VERSION, MODELS, SLUG_RE, ContentSet, MetaIn, RecordIn
from kiosk.content.formats.validation import check_record_languages, validate_content
from kiosk.content.vocab import (
    CLUSTER_KINDS,
    KINDS,
    LANGUAGES,
    LEVELS,
    MAX_LENGTHS,
    OWN_LANGUAGE_FIELDS,
    QUALIFIERS,
    SECTORS,
    TEXT_FIELDS,
    UNITS,
)

README_SHEET = "Read me"
META_SHEET = "Content"
#: Sheet title for each kind, in workbook order.
SHEETS: dict[str, str] = {
    "source": "Sources",
    "zone": "Zone",
    "figure": "Figures",
    "industry": "Industries",
    "manufacturer": "Manufacturers",
    "cluster": "Clusters",
    "base": "Bases",
    "platform": "Platforms",
    "initiative": "Initiatives",
    "statement": "Statements",
}
#: A workbook bigger than this is refused before it is opened (the default content is ~60 KB).
MAX_FILE_SIZE = 100 * 1024 * 1024
#: Rows below the data that still get the drop-down lists, for new records.
_SPARE_ROWS = 500


@dataclass(frozen=True)
class SheetProblem(Problem):
    """A problem in a workbook, with its sheet, row, column letter and header
    (row/column None when it concerns a whole sheet or column), so the staff
    console can point at the cell."""

    sheet: str = ""
    row: int | None = None
    column: str | None = None
    header: str | None = None


def _problem(sheet: str, row: int | None, col: int | None, header: str | None, message: str) -> SheetProblem:
    parts = [f"sheet {sheet}"]
    if row is not None:
        parts.append(f"row {row}")
    letter = get_column_letter(col) if col else None
    if letter:
        parts.append(f"column {letter} ({header})" if header else f"column {letter}")
    elif header:
        parts.append(f"column {header}")
    return SheetProblem(", ".join(parts), message, sheet=sheet, row=row, column=letter, header=header)


@dataclass(frozen=True)
class Column:
    """One column of a kind's sheet: its header, what it holds, and its help text."""

    header: str
    #: How the cell is read: slug, int, bool, number, date, code, ref, refs, text, verified, str.
    type: str
    #: The record field it fills (for texts: the text field name).
    field: str
    en: str
    zh: str
    lang: str | None = None
    choices: tuple[str, ...] | None = None
    required: bool = False


_SECTOR_HELP = ("food, appliances, steel or new_energy.", "food（食品）、appliances（家电）、steel（钢铁）或 new_energy（新能源）。")
_TEXT_HELP = {
    "title": ("Title", "标题"),
    "subtitle": ("Subtitle (for a statement: the speaker's role; for a source: the publisher)", "副标题（引述：发言人职务；来源：发布机构）"),
    "summary": ("Summary", "摘要"),
    "body": ("Full text (for a statement: the quote)", "正文（引述：引语原文）"),
    "keywords": ("Other names visitors search by, separated by commas (abbreviations, full names, everyday and former names; never shown)",
                 "访客可能搜索的其他名称，用逗号分隔（简称、全称、俗称、曾用名；不显示）"),
}


def columns_for(kind: str) -> list[Column]:
    """The columns of *kind*'s sheet, in order."""
    cols = [
        Column("slug", "slug", "slug",
               "Unique id of the record in this sheet: lower-case letters a-z, digits and single hyphens (e.g. haier-group). "
               "Other records refer to it, so change it only together with those references.",
               "记录在本表中的唯一标识：小写字母 a-z、数字和单个连字符（如 haier-group）。其他记录会引用它，修改时须同时修改引用处。",
               required=True),
        Column("published", "bool", "published", "TRUE shows the record on the kiosk, FALSE hides it (empty: TRUE).",
               "TRUE 表示在触摸屏上显示，FALSE 表示隐藏（留空即 TRUE）。"),
        Column("sort_order", "int", "sort_order", "Whole number; records are listed from the smallest (empty: 0).",
               "整数；按从小到大的顺序排列（留空即 0）。"),
    ]
    if kind == "source":
        cols.append(Column("published_on", "date", "published_on", "Date the source was published (YYYY-MM-DD).", "来源文件的发布日期（YYYY-MM-DD）。"))
    if kind == "figure":
        cols += [
            Column("value", "number", "value", "The figure as a number, as the source gives it (e.g. 15000).", "数值，按来源原文填写（如 15000）。", required=True),
            Column("unit", "code", "unit", "count (a number of things) or yuan (an amount of money).", "count（数量）或 yuan（金额，元）。", choices=UNITS, required=True),
            Column("qualifier", "code", "qualifier", "over, more_than or exact, as the source words it.", "over（逾）、more_than（超过）或 exact（精确），与来源措辞一致。", choices=QUALIFIERS, required=True),
            Column("year", "int", "year", "Year the figure refers to (may be empty).", "数据所属年份（可留空）。"),
        ]
    if kind == "industry":
        cols += [
            Column("sector", "code", "sector", *_SECTOR_HELP, choices=SECTORS, required=True),
            Column("focus", "bool", "focus", "TRUE for the industry the zone is pushing this year (empty: FALSE).", "TRUE 表示本年度重点推进的产业（留空即 FALSE）。"),
        ]
    if kind == "manufacturer":
        cols.append(Column("sector", "code", "sector", _SECTOR_HELP[0] + " May be empty.", _SECTOR_HELP[1] + "可留空。", choices=SECTORS))
    if kind == "cluster":
        cols += [
            Column("level", "code", "level", "national or provincial.", "national（国家级）或 provincial（省级）。", choices=LEVELS, required=True),
            Column("cluster_kind", "code", "cluster_kind", "cluster (an industrial cluster) or leading_county.", "cluster（产业集群）或 leading_county（领军县）。", choices=CLUSTER_KINDS, required=True),
            Column("sector", "code", "sector", *_SECTOR_HELP, choices=SECTORS, required=True),
            Column("manufacturers", "refs", "manufacturers",
                   "Slugs of the manufacturers in this cluster (sheet Manufacturers), separated by commas; only where the source names them.",
                   "属于该集群的制造企业的标识（见 Manufacturers 表），用逗号分隔；仅限来源中提及的。"),
        ]
    if kind == "base":
        cols.append(Column("manufacturer", "ref", "manufacturer",
                           "Slug of the manufacturer this base belongs to (sheet Manufacturers); only where the source ties them.",
                           "该基地所属制造企业的标识（见 Manufacturers 表）；仅限来源明确关联的。"))
    for name in TEXT_FIELDS:
        en, zh = _TEXT_HELP[name]
        limit = MAX_LENGTHS[name]
        for lang in LANGUAGES:
            need_en = "required in every language" if name == "title" else "may be empty, but a text in any language needs the English one"
            need_zh = "每种语言都必须填写" if name == "title" else "可留空，但任何语言有内容时英文必须有"
            if name in OWN_LANGUAGE_FIELDS:
                need_en, need_zh = "may be empty in any language", "任何语言均可留空"
            cols.append(Column(f"{name} [{lang}]", "text", name,
                               f"{en} in {lang}, at most {limit} characters; {need_en}.",
                               f"{zh}（{lang}），最多 {limit} 个字符；{need_zh}。", lang=lang))
            cols.append(Column(f"{name} [{lang}] verified", "verified", name,
                               "TRUE once a person has checked the text to the left; FALSE or empty for an unchecked translation.",
                               "人工核对过左侧文字后填 TRUE；未经核对的译文填 FALSE 或留空。", lang=lang))
    cols += [
        Column("source", "ref", "source",
               "Slug of the source the facts come from (sheet Sources); required on every sheet but Sources.",
               "信息来源的标识（见 Sources 表）；除 Sources 表外必填。"),
        Column("source_quote", "str", "source_quote", "The source's own words this record rests on.", "本记录所依据的来源原文。"),
        Column("web_url", "str", "web_url", "Web address for a QR code (http:// or https://); empty when unknown.", "二维码对应的网址（http:// 或 https://）；不知道时留空。"),
        Column("media", "str", "media", "Image path inside the kiosk's media folder (e.g. clusters/steel.jpg); empty for none.", "图片在触摸屏媒体文件夹中的路径（如 clusters/steel.jpg）；没有时留空。"),
    ]
    return cols


#: The Content sheet: key, what it means (English, Chinese).
META_ROWS: dict[str, tuple[str, str]] = {
    "format": ("Format of the content; leave it at 1.", "内容格式版本；保持 1。"),
    "content_version": ("Name of this version of the content; change it when you change the content (e.g. 2025-09-01.1).", "本版内容的版本号；修改内容时请一并修改（如 2025-09-01.1）。"),
    "created_at": ("When this content set was first created; leave it as it is.", "本内容集的创建时间；请勿修改。"),
    "default_language": ("Language the kiosk starts in: zh-Hans, ru or en.", "触摸屏的默认语言：zh-Hans、ru 或 en。"),
    "languages": ("Languages of the content, separated by commas (titles are required in each).", "内容的语言，用逗号分隔（每种语言都必须有标题）。"),
    "note": ("A note about this content for staff (not shown to visitors).", "给工作人员的说明（不向访客显示）。"),
}
META_REQUIRED = ("format", "content_version", "default_language", "languages")

_GENERAL_HELP = [
    ("How to edit this workbook", "如何编辑本工作簿"),
    ("Each sheet after 'Content' holds one kind of record, one record per row; row 1 holds the column names.",
     "“Content”之后的每个工作表对应一类记录，每行一条记录；第 1 行为列名。"),
    ("Change values only: do not merge cells, do not type formulas, do not add, rename or remove columns or sheets.",
     "只修改单元格中的值：请勿合并单元格、输入公式，或增加、改名、删除列和工作表。"),
    ("To add a record, fill a new row; to remove one, delete its row. Empty rows are ignored.",
     "新增记录请填写新的一行；删除记录请删除该行。空行会被忽略。"),
    ("Every visible text has one column per language, followed by its 'verified' column.",
     "每段可见文字每种语言各占一列，其后是对应的“verified”（已核对）列。"),
    ("Save as .xlsx (Excel or LibreOffice Calc), then run: kiosk import workbook FILE.xlsx",
     "保存为 .xlsx 格式（Excel 或 LibreOffice Calc），然后运行：kiosk import workbook 文件.xlsx"),
    ("Nothing is changed unless the whole workbook is valid; every problem is listed with its sheet, row and column.",
     "只有整个工作簿都有效时才会导入；每个问题都会注明工作表、行和列。"),
    ("Never invent content: every fact needs a source, and the source's own words go in source_quote.",
     "请勿编造内容：每条信息都需注明来源，来源原文填入 source_quote。"),
]


# --------------------------------------------------------------------------- writing


_HEADER_FONT = Font(bold=True)
_HEADER_FILL = PatternFill("solid", fgColor="DDE7F0")
_WRAP = Alignment(wrap_text=True, vertical="top")


def _set(cell, value: Any, where: str) -> None:
    if isinstance(value, str):
        if ILLEGAL_CHARACTERS_RE.search(value):
            raise ContentError([Problem(where, "holds a control character that a spreadsheet cannot store")])
        cell.value = value
        # A text that starts with "=" stays a text, not a formula.
        cell.data_type = "s"
    else:
        cell.value = value


def _export_value(record: RecordIn, col: Column) -> Any:
    if col.type == "text":
        return record.t(col.field, col.lang or "")
    if col.type == "verified":
        tr = record.text.get(col.field, {}).get(col.lang)  # type: ignore[call-overload]
        return tr.verified if tr else None
    value = getattr(record, col.field, None)
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
    for index, (en, zh) in enumerate(_GENERAL_HELP):
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
    wb = Workbook()
    _write_readme(wb.active)
    _write_meta(wb.create_sheet(META_SHEET), content)
    total = sum(len(content.of(kind)) for kind in KINDS)
    done = 0
    for kind in KINDS:
        reporter.step(done, total, f"writing sheet {SHEETS[kind]}")
        sheet = wb.create_sheet(SHEETS[kind])
        cols = columns_for(kind)
        widths = [40 if c.type in ("text", "str") else 12 if c.type == "verified" else 18 for c in cols]
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
        last = len(records) + 1 + _SPARE_ROWS
        for index, col in enumerate(cols, start=1):
            if col.choices:
                _list_validation(sheet, index, col.choices, last, col.header)
            elif col.type in ("bool", "verified"):
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
    if kind in ("bool", "verified"):
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
    if kind == "text":
        text = _as_text(value)
        limit = MAX_LENGTHS[col.field]
        if len(text) > limit:
            raise _CellError(f"text too long: {len(text)} characters, at most {limit} allowed for {col.field}")
        return text
    return _as_text(value)


def _pydantic_message(err: dict) -> str:
    return re.sub(r"^Value error, ", "", err["msg"])


class _SheetReader:
    """Reads the workbook's sheets into raw records, collecting every problem."""

    def __init__(self, reporter: Reporter):
        self.problems: list[Problem] = []
        self.reporter = reporter
        #: (kind, slug) -> spreadsheet row, for cross-record problems.
        self.rows: dict[tuple[str, str], int] = {}
        #: kind -> header -> column index.
        self.col_index: dict[str, dict[str, int]] = {}
        self.meta_rows: dict[str, int] = {}

    def add(self, sheet: str, row: int | None, col: int | None, header: str | None, message: str) -> None:
        self.problems.append(_problem(sheet, row, col, header, message))

    def merged(self, ws) -> None:
        for rng in sorted(ws.merged_cells.ranges, key=lambda r: (r.min_row, r.min_col)):
            self.add(ws.title, rng.min_row, rng.min_col, None, f"merged cells {rng.coord}; unmerge them so that every value has its own cell")

    def headers(self, ws, expected: list[str]) -> tuple[dict[str, int], set[int]]:
        """Header -> column index; also the indexes of columns without a header."""
        found: dict[str, int] = {}
        unnamed: set[int] = set()
        for col in range(1, ws.max_column + 1):
            cell = ws.cell(row=1, column=col)
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
            if header not in found:
                self.add(ws.title, None, None, header, f"the column {header!r} is missing")
        return found, unnamed

    def data_rows(self, ws, unnamed: set[int]):
        """(row number, cells by column index) of every non-empty row below the headers."""
        for cells in ws.iter_rows(min_row=2, max_row=ws.max_row):
            if all(_blank(c.value) for c in cells):
                continue
            row = cells[0].row
            for c in cells:
                if c.column in unnamed and not _blank(c.value):
                    self.add(ws.title, row, c.column, None, "this column has no header but holds a value; remove the value or the column")
            yield row, {c.column: c for c in cells}

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

    def kind(self, kind: str, ws) -> list[RecordIn]:
        sheet = ws.title
        self.merged(ws)
        cols = columns_for(kind)
        by_header = {c.header: c for c in cols}
        found, unnamed = self.headers(ws, [c.header for c in cols])
        self.col_index[kind] = found
        records: list[RecordIn] = []
        first_row: dict[str, int] = {}
        total = max(ws.max_row - 1, 0)
        for row, cells in self.data_rows(ws, unnamed):
            if row % 100 == 0:
                self.reporter.step(row - 1, total, f"reading sheet {sheet}")
            before = len(self.problems)
            data: dict[str, Any] = {}
            texts: dict[str, dict[str, dict[str, Any]]] = {}
            verified: dict[tuple[str, str], tuple[bool, int]] = {}
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
                if col.type == "text":
                    texts.setdefault(col.field, {})[col.lang or ""] = {"text": value}
                elif col.type == "verified":
                    verified[(col.field, col.lang or "")] = (value, index)
                else:
                    data[col.field] = value
            for (name, lang), (flag, index) in verified.items():
                if lang in texts.get(name, {}):
                    texts[name][lang]["verified"] = flag
                elif flag:
                    self.add(sheet, row, index, f"{name} [{lang}] verified",
                             f"is TRUE but {name} [{lang}] is empty; a missing text cannot be verified")
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


def _open(path: Path):
    if not path.is_file():
        raise ContentError([Problem(str(path), "no such file")])
    if path.stat().st_size > MAX_FILE_SIZE:
        raise ContentError([Problem(str(path), f"is larger than {MAX_FILE_SIZE // (1024 * 1024)} MB; that is not a content workbook")])
    try:
        with warnings.catch_warnings():
            # openpyxl warns about Excel extensions it does not read (e.g. conditional formats); they hold no content.
            warnings.simplefilter("ignore")
            with path.open("rb") as handle:
                return load_workbook(handle, data_only=False)
    except (zipfile.BadZipFile, InvalidFileException, KeyError, OSError, ValueError) as exc:
        raise ContentError([Problem(str(path), f"is not an Excel workbook (.xlsx) that can be read ({exc})")]) from exc


def read_workbook(path: Path, progress: ProgressFn | None = None) -> ContentSet:
    """Read and fully validate the staff workbook at *path*.

    Returns a sound ContentSet (records without ``updated_at``) or raises
    ContentError whose ``problems`` are SheetProblems naming sheet, row and
    column.  Nothing is written anywhere.
    """
    reporter = Reporter(progress)
    path = Path(path)
    reporter.step(0, 0, "opening the workbook")
    wb = _open(path)
    reader = _SheetReader(reporter)
    names = list(wb.sheetnames)
    wanted = [META_SHEET, *SHEETS.values()]
    for name in names:
        if name not in wanted and name != README_SHEET:
            reader.add(name, None, None, None, f"unexpected sheet {name!r} (the workbook holds: {README_SHEET}, {', '.join(wanted)})")
    for name in wanted:
        if name not in names:
            reader.add(name, None, None, None, "the sheet is missing")
    raw_meta = reader.meta(wb[META_SHEET]) if META_SHEET in names else None
    records: dict[str, list[RecordIn]] = {}
    for kind in KINDS:
        name = SHEETS[kind]
        reporter.step(0, 0, f"reading sheet {name}")
        records[kind] = reader.kind(kind, wb[name]) if name in names else []

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
    return content


__all__ = [
    "SheetProblem",
    "columns_for",
    "read_workbook",
    "write_workbook",
]
