#!/usr/bin/env python3
"""Write the pinyin table search indexes Chinese titles with: ``kiosk/db/pinyin.tsv``.

One line per Chinese character (the CJK unified ideographs, extension A and
the compatibility block: the characters ``kiosk.db.search_text`` indexes),
the character, a tab, then its readings without tones, the commonest first,
space-separated, as pypinyin gives them one character at a time (without
its phrase dictionary)::

    重	zhong chong tong

The kiosk reads this file when content is written (an import, a console
save, the database upgrade) instead of loading pypinyin, which would add
its dictionaries to the packaged kiosk. pypinyin is needed only here: it is
in the ``dev`` extra of pyproject.toml, pinned to the version that made the
committed table.

Usage::

    python build_scripts/make_pinyin_table.py           # rewrite the table
    python build_scripts/make_pinyin_table.py --check   # exit 1 if the committed table differs

The output is deterministic: the same pypinyin gives the same bytes.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

# Characters one by one: pypinyin's phrase dictionary (50 MB in memory) is
# never consulted, so it need not be loaded. Set before pypinyin is imported.
os.environ["PYPINYIN_NO_PHRASES"] = "1"

REPO_ROOT = Path(__file__).resolve().parent.parent
TABLE = REPO_ROOT / "kiosk" / "db" / "pinyin.tsv"
#: The code point ranges of ``kiosk.db.search_text.CJK_RE``.
RANGES = ((0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0xF900, 0xFAFF))


def readings(char: str) -> list[str]:
    """The toneless readings of *char*, commonest first, each once; letters only
    (pypinyin marks a few rare readings with non-ASCII letters: left out)."""
    from pypinyin import Style, pinyin

    (found,) = pinyin(char, style=Style.NORMAL, heteronym=True)
    return [s for s in dict.fromkeys(found) if s.isascii() and s.isalpha()]


def table_text() -> str:
    """The whole table as written to ``kiosk/db/pinyin.tsv``."""
    try:
        import pypinyin
    except ImportError:
        sys.exit("error: pypinyin is required to make the table (pip install -e '.[dev]')")
    lines = [
        "# Toneless pinyin of each Chinese character, the commonest reading first.",
        f"# Made by build_scripts/make_pinyin_table.py from pypinyin {pypinyin.__version__}; do not edit.",
    ]
    for first, last in RANGES:
        for code in range(first, last + 1):
            found = readings(chr(code))
            if found:
                lines.append(chr(code) + "\t" + " ".join(found))
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only compare with the committed table")
    parser.add_argument("--out", type=Path, default=TABLE, help=f"where to write (default {TABLE})")
    args = parser.parse_args(argv)
    text = table_text()
    if args.check:
        current = args.out.read_text(encoding="utf-8") if args.out.exists() else ""
        if current != text:
            print(f"{args.out} is not what pypinyin gives; run python build_scripts/make_pinyin_table.py")
            return 1
        print(f"{args.out} is up to date")
        return 0
    args.out.write_bytes(text.encode("utf-8"))
    count = text.count("\n") - 2
    print(f"wrote {args.out}: {count} characters, {args.out.stat().st_size} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
