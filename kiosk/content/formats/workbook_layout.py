"""The staff workbook's layout: its sheets, the columns of each kind's
sheet with their help texts (English and Chinese), and the Content sheet's
rows.  ``workbook_write`` writes it, ``workbook`` reads it back."""

from __future__ import annotations

from dataclasses import dataclass

from kiosk.content.vocab import (
    CLUSTER_KINDS, LANGUAGES, LEVELS, MAX_LENGTHS, OWN_LANGUAGE_FIELDS, QUALIFIERS, SECTORS, TEXT_FIELDS, UNITS,
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


@dataclass(frozen=True)
class Column:
    """One column of a kind's sheet: its header, what it holds, and its help text."""

    header: str
    #: How the cell is read: slug, int, bool, number, date, code, ref, refs, text, verified, stale, str.
    type: str
    #: The record field it fills (for texts: the text field name).
    field: str
    en: str
    zh: str
    lang: str | None = None
    choices: tuple[str, ...] | None = None
    required: bool = False
    #: A column that older workbooks do not have: a missing one is no problem.
    optional: bool = False


_SECTOR_HELP = ("food, appliances, steel or new_energy.", "food（食品）、appliances（家电）、steel（钢铁）或 new_energy（新能源）。")
_TEXT_HELP = {
    "title": ("Title", "标题"),
    "subtitle": ("Subtitle (for a statement: the speaker's role; for a source: the publisher)", "副标题（引述：发言人职务；来源：发布机构）"),
    "summary": ("Summary", "摘要"),
    "body": ("Full text (for a statement: the quote)", "正文（引述：引语原文）"),
    "alt": ("The picture described in words, read aloud to visitors who cannot see it", "图片的文字描述，为看不见图片的访客朗读"),
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
            cols.append(Column(f"{name} [{lang}] needs review", "stale", name,
                               "TRUE when another language of this text changed after it was written: check it, "
                               "then set verified to TRUE (which clears this). Older workbooks may leave the column out.",
                               "该字段的其他语言在此译文写成后有改动时为 TRUE：请核对，然后把 verified 填为 TRUE（即清除此项）。"
                               "旧工作簿可以没有此列。", lang=lang, optional=True))
    cols += [
        Column("source", "ref", "source",
               "Slug of the source the facts come from (sheet Sources); required on every sheet but Sources.",
               "信息来源的标识（见 Sources 表）；除 Sources 表外必填。"),
        Column("source_quote", "str", "source_quote", "The source's own words this record rests on.", "本记录所依据的来源原文。"),
        Column("web_url", "str", "web_url", "Web address for a QR code (http:// or https://); empty when unknown.", "二维码对应的网址（http:// 或 https://）；不知道时留空。"),
        Column("media", "str", "media", "Image path inside the kiosk's media folder (e.g. clusters/steel.jpg); empty for none.", "图片在触摸屏媒体文件夹中的路径（如 clusters/steel.jpg）；没有时留空。"),
        Column("media_focus", "focus", "media_focus",
               "Where the picture's subject is, as two numbers from 0 to 1: across from the left, down from the top "
               "(e.g. 0.5, 0.3); the kiosk crops around it. Empty: the centre.",
               "图片主体所在位置，两个 0 到 1 之间的数：从左往右、从上往下（如 0.5, 0.3）；触摸屏围绕它裁剪。留空即居中。",
               optional=True),
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

GENERAL_HELP = [
    ("How to edit this workbook", "如何编辑本工作簿"),
    ("Each sheet after 'Content' holds one kind of record, one record per row; row 1 holds the column names.",
     "“Content”之后的每个工作表对应一类记录，每行一条记录；第 1 行为列名。"),
    ("Change values only: do not merge cells, do not type formulas, do not add, rename or remove columns or sheets.",
     "只修改单元格中的值：请勿合并单元格、输入公式，或增加、改名、删除列和工作表。"),
    ("To add a record, fill a new row; to remove one, delete its row. Empty rows are ignored.",
     "新增记录请填写新的一行；删除记录请删除该行。空行会被忽略。"),
    ("Every visible text has one column per language, followed by its 'verified' and 'needs review' columns.",
     "每段可见文字每种语言各占一列，其后是对应的“verified”（已核对）列和“needs review”（待复核）列。"),
    ("When you change a text in English (or a verified text in any language), the other languages of that text are "
     "marked 'needs review' on import.",
     "修改英文文字（或任何语言中已核对的文字）后，导入时该文字的其他语言会被标为“needs review”（待复核）。"),
    ("Save as .xlsx (Excel or LibreOffice Calc), then run: kiosk import workbook FILE.xlsx",
     "保存为 .xlsx 格式（Excel 或 LibreOffice Calc），然后运行：kiosk import workbook 文件.xlsx"),
    ("Nothing is changed unless the whole workbook is valid; every problem is listed with its sheet, row and column.",
     "只有整个工作簿都有效时才会导入；每个问题都会注明工作表、行和列。"),
    ("Never invent content: every fact needs a source, and the source's own words go in source_quote.",
     "请勿编造内容：每条信息都需注明来源，来源原文填入 source_quote。"),
]
