#!/usr/bin/env python3
"""Build the kiosk's bundled CJK font: a subset of Noto Sans CJK SC.

Reads Debian's Noto Sans CJK collections (package ``fonts-noto-cjk``),
extracts the Simplified-Chinese member of each weight and subsets it to
what the kiosk needs (all of GB2312, Latin, Cyrillic, punctuation, a few
symbols, plus every character of any ``--include-text`` files).  The
results are written to ``resources/fonts/`` as CFF-flavoured OpenType.

The SIL Open Font License forbids a Modified Version from using the
Reserved Font Name ("Source", per the upstream noto-cjk LICENSE), and
"Noto" is a Google trademark, so the subset is renamed to the family
``Kiosk Sans SC`` (see resources/fonts/README.md).

Usage::

    python build_scripts/make_font_subset.py
    python build_scripts/make_font_subset.py --include-text data/content/*.json

Only the standard library and fontTools are used.  The output is
deterministic: the same source fonts and arguments give the same bytes.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
import unicodedata
from pathlib import Path

try:
    from fontTools import subset
    from fontTools.ttLib import TTCollection, TTFont
    from fontTools.ttLib.tables._n_a_m_e import table__n_a_m_e
except ImportError:  # pragma: no cover - environment problem
    sys.exit("error: fontTools is required (pip install fonttools)")

REPO_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_OUT_DIR = REPO_ROOT / "resources" / "fonts"
DEFAULT_SRC_DIR = Path("/usr/share/fonts/opentype/noto")

FAMILY = "Kiosk Sans SC"
PS_FAMILY = "KioskSansSC"
FILE_STEM = "NotoSansSC-Kiosk"  # file names only; the font's own names avoid "Noto"

# (style, source collection, required?)  Medium comes from the optional
# Debian package fonts-noto-cjk-extra and is built only if it is installed.
WEIGHTS = [
    ("Regular", "NotoSansCJK-Regular.ttc", True),
    ("Medium", "NotoSansCJK-Medium.ttc", False),
    ("Bold", "NotoSansCJK-Bold.ttc", True),
]
RIBBI = {"Regular", "Bold"}

# Unicode ranges always included (inclusive).
RANGES = [
    (0x0020, 0x007E),  # ASCII
    (0x00A0, 0x00FF),  # Latin-1 Supplement
    (0x0100, 0x017F),  # Latin Extended-A
    (0x0400, 0x04FF),  # Cyrillic
    (0x2000, 0x206F),  # General Punctuation
    (0x2070, 0x209F),  # Superscripts and Subscripts (m², CO₂)
    (0x20A0, 0x20CF),  # Currency Symbols
    (0x2100, 0x214F),  # Letterlike Symbols (№, ℃)
    (0x2150, 0x218F),  # Number Forms (Ⅰ Ⅱ Ⅲ)
    (0x2190, 0x21FF),  # Arrows
    (0x3000, 0x303F),  # CJK Symbols and Punctuation
    (0xFF00, 0xFFEF),  # Halfwidth and Fullwidth Forms
]

# Characters the kiosk uses explicitly; a warning is printed for any the
# source font does not have (the UI then falls back to a system font).
REQUIRED_CHARS = "·—–“”‘’…№₽¥•×÷±°→←↑↓\u00B7\u2027\u30FB"

# OpenType features kept.  Vertical features (vert, vrt2, vkrn, vpal, vhal),
# language-specific forms (locl: would pull in JP/KR/TC glyph variants) and
# width alternates (fwid, hwid, pwid) are dropped.  palt/halt are cheap
# GPOS-only adjustments that QML can opt into via font.features.
LAYOUT_FEATURES = ["ccmp", "calt", "liga", "kern", "mark", "mkmk", "palt", "halt", "pwid"]

DROP_TABLES = ["BASE", "VORG", "vhea", "vmtx", "DSIG", "JSTF", "MATH"]


def gb2312_chars() -> set[int]:
    """Every character of GB2312, found by decoding all 2-byte EUC-CN codes."""
    chars: set[int] = set()
    for lead in range(0xA1, 0xFF):
        for trail in range(0xA1, 0xFF):
            try:
                text = bytes((lead, trail)).decode("gb2312")
            except UnicodeDecodeError:
                continue
            chars.update(ord(c) for c in text)
    return chars


def _strings_in_json(value, out: list[str]) -> None:
    if isinstance(value, str):
        out.append(value)
    elif isinstance(value, dict):
        for k, v in value.items():
            out.append(str(k))
            _strings_in_json(v, out)
    elif isinstance(value, list):
        for v in value:
            _strings_in_json(v, out)


def text_file_chars(paths: list[Path]) -> set[int]:
    """All characters of the given UTF-8 files (JSON escapes are decoded)."""
    chars: set[int] = set()
    for path in paths:
        if not path.is_file():
            sys.exit(f"error: --include-text file not found: {path}")
        try:
            text = path.read_text(encoding="utf-8-sig")
        except UnicodeDecodeError as exc:
            sys.exit(f"error: {path} is not valid UTF-8: {exc}")
        parts = [text]
        if path.suffix.lower() == ".json":
            try:
                _strings_in_json(json.loads(text), parts)
            except json.JSONDecodeError as exc:
                sys.exit(f"error: {path} is not valid JSON: {exc}")
        for part in parts:
            chars.update(ord(c) for c in part)
    # Drop control characters (newlines, tabs, ...); they need no glyph.
    return {c for c in chars if unicodedata.category(chr(c)) != "Cc"}


def wanted_codepoints(include: list[Path]) -> tuple[set[int], set[int]]:
    base = gb2312_chars()
    for lo, hi in RANGES:
        base.update(range(lo, hi + 1))
    base.update(ord(c) for c in REQUIRED_CHARS)
    extra = text_file_chars(include) - base
    return base | extra, extra


def find_sc_member(ttc_path: Path, style: str) -> int:
    """Index of Noto Sans CJK SC <style> inside the collection."""
    ps_name = f"NotoSansCJKsc-{style}"
    collection = TTCollection(str(ttc_path), lazy=True)
    try:
        for index, font in enumerate(collection.fonts):
            if font["name"].getDebugName(6) == ps_name:
                return index
    finally:
        collection.close()
    sys.exit(f"error: {ttc_path} has no member named {ps_name}")


def rename(font: TTFont, style: str, source_version: str) -> None:
    """Give the subset its own family name (OFL: no Reserved Font Name)."""
    ps_name = f"{PS_FAMILY}-{style}"
    full_name = FAMILY if style == "Regular" else f"{FAMILY} {style}"
    if style in RIBBI:
        legacy_family, legacy_style = FAMILY, style
    else:
        legacy_family, legacy_style = f"{FAMILY} {style}", "Regular"

    old = font["name"]
    keep = {}
    for nid in (0, 7, 8, 9, 11, 12, 13, 14):
        value = old.getDebugName(nid)
        if value:
            keep[nid] = value

    version_num = f"{font['head'].fontRevision:.3f}"
    names = {
        0: keep.get(0, ""),
        1: legacy_family,
        2: legacy_style,
        3: f"{version_num};KIOSK;{ps_name}",
        4: full_name,
        5: f"Version {version_num}; subset of Noto Sans CJK SC {source_version}",
        6: ps_name,
        7: keep.get(7, ""),
        8: keep.get(8, ""),
        9: keep.get(9, ""),
        10: (
            "Modified Version of Noto Sans CJK SC: subset to GB2312, Latin, "
            "Cyrillic and punctuation for the Jiaozhou exhibition-hall kiosk; "
            "renamed as required by the SIL Open Font License 1.1."
        ),
        11: keep.get(11, ""),
        12: keep.get(12, ""),
        13: keep.get(13, ""),
        14: keep.get(14, ""),
        16: FAMILY,
        17: style,
    }
    table = table__n_a_m_e()
    table.names = []
    for nid, value in sorted(names.items()):
        if value:
            table.setName(value, nid, 3, 1, 0x409)
    font["name"] = table

    cff = font["CFF "].cff
    old_ps = cff.fontNames[0]
    cff.fontNames = [ps_name]
    top = cff.topDictIndex[0]
    top.FullName = full_name
    top.FamilyName = FAMILY
    top.Weight = style
    if hasattr(top, "FDArray"):
        for fd in top.FDArray:
            fd_name = getattr(fd, "FontName", None)
            if fd_name and fd_name.startswith(old_ps):
                fd.FontName = ps_name + fd_name[len(old_ps):]


def build(style: str, ttc_path: Path, codepoints: set[int], out_dir: Path) -> tuple[Path, int, list[int]]:
    index = find_sc_member(ttc_path, style)
    font = TTFont(str(ttc_path), fontNumber=index, recalcTimestamp=False)
    source_version = font["name"].getDebugName(5) or "unknown version"
    source_version = source_version.split(";")[0].replace("Version ", "").strip()

    cmap = font.getBestCmap()
    present = sorted(c for c in codepoints if c in cmap)

    options = subset.Options()
    options.layout_features = list(LAYOUT_FEATURES)
    options.layout_scripts = ["*"]
    options.drop_tables = sorted(set(options.drop_tables) | set(DROP_TABLES))
    options.hinting = False  # drop CFF hints: smaller, kiosk renders large text
    options.desubroutinize = False  # keep subroutines: much smaller CFF
    options.notdef_outline = True
    options.glyph_names = False
    options.name_IDs = ["*"]
    options.name_languages = [0x409]
    options.name_legacy = False
    options.recalc_timestamp = False
    options.prune_unicode_ranges = True

    subsetter = subset.Subsetter(options=options)
    subsetter.populate(unicodes=present)
    subsetter.subset(font)

    rename(font, style, source_version)

    out_dir.mkdir(parents=True, exist_ok=True)
    out_path = out_dir / f"{FILE_STEM}-{style}.otf"
    # head.modified is kept from the source font, so output is reproducible.
    font.save(str(out_path), reorderTables=True)
    font.close()
    missing = sorted(c for c in codepoints if c not in cmap)
    return out_path, len(present), missing


def describe(cps: list[int], limit: int = 40) -> str:
    shown = " ".join(f"U+{c:04X}({chr(c)})" for c in cps[:limit])
    more = f" … and {len(cps) - limit} more" if len(cps) > limit else ""
    return shown + more


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--include-text", nargs="+", type=Path, default=[], metavar="FILE",
        help="UTF-8 text/JSON files whose characters must all be included",
    )
    parser.add_argument(
        "--source-dir", type=Path, default=DEFAULT_SRC_DIR,
        help=f"directory holding NotoSansCJK-*.ttc (default {DEFAULT_SRC_DIR})",
    )
    parser.add_argument(
        "--out-dir", type=Path, default=DEFAULT_OUT_DIR,
        help=f"output directory (default {DEFAULT_OUT_DIR.relative_to(REPO_ROOT)})",
    )
    args = parser.parse_args(argv)

    jobs = []
    for style, filename, required in WEIGHTS:
        path = args.source_dir / filename
        if path.is_file():
            jobs.append((style, path))
        elif required:
            sys.exit(
                f"error: source font not found: {path}\n"
                "       install it with:  sudo apt-get install fonts-noto-cjk\n"
                "       (or pass --source-dir DIR containing NotoSansCJK-*.ttc)"
            )
        else:
            print(f"note: {path} not found; skipping optional weight {style} "
                  "(provided by the Debian package fonts-noto-cjk-extra)")

    codepoints, extra = wanted_codepoints(list(args.include_text))
    print(f"characters requested: {len(codepoints)} "
          f"(GB2312 + fixed ranges; {len(extra)} extra from --include-text)")

    total = 0
    all_missing: set[int] = set()
    for style, path in jobs:
        out_path, n_chars, missing = build(style, path, codepoints, args.out_dir)
        size = out_path.stat().st_size
        total += size
        digest = hashlib.sha256(out_path.read_bytes()).hexdigest()[:16]
        try:
            shown = out_path.relative_to(REPO_ROOT)
        except ValueError:
            shown = out_path
        print(f"wrote {shown}: {size:,} bytes ({size / 1048576:.2f} MiB), "
              f"{n_chars} characters, sha256 {digest}…")
        all_missing.update(missing)

    print(f"total: {total:,} bytes ({total / 1048576:.2f} MiB)")

    required = {ord(c) for c in REQUIRED_CHARS} | extra
    missing_required = sorted(all_missing & required)
    if missing_required:
        print("warning: not in Noto Sans CJK SC (Qt will fall back to another "
              "font for these): " + describe(missing_required))
    return 0


if __name__ == "__main__":
    sys.exit(main())
