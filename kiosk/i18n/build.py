"""Build the ``.qm`` files from the committed ``.ts`` files, and refresh the
``.ts`` files from the sources (``--update``).

``python -m kiosk.i18n.build``            compile every .ts whose .qm is older
``python -m kiosk.i18n.build --update``   re-extract qsTr()/tr() strings first
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

from kiosk.paths import I18N_DIR, PACKAGE_DIR

LANG_FILES = ("kiosk_zh_CN.ts", "kiosk_ru.ts", "kiosk_en.ts")


def _tool(name: str) -> str:
    import PySide6

    exe = Path(PySide6.__file__).parent / name
    if sys.platform == "win32":
        exe = exe.with_suffix(".exe")
    if not exe.exists():
        raise SystemExit(f"{exe}: Qt's {name} tool is missing from the PySide6 wheel")
    return str(exe)


def sources() -> list[Path]:
    """Every file that holds interface strings."""
    qml = sorted((PACKAGE_DIR / "ui" / "qml").rglob("*.qml"))
    py = sorted(p for p in (PACKAGE_DIR / "ui").rglob("*.py")) + sorted((PACKAGE_DIR / "admin").rglob("*.py"))
    return qml + py


def update() -> None:
    """Re-extract strings from the sources into every .ts (keeps translations)."""
    files = [str(p) for p in sources()]
    for name in LANG_FILES:
        subprocess.run([_tool("lupdate"), "-silent", "-no-obsolete", *files, "-ts", str(I18N_DIR / name)], check=True)


def build(quiet: bool = False) -> list[Path]:
    """Compile each .ts into .qm when the .qm is missing or older."""
    built = []
    for ts in sorted(I18N_DIR.glob("*.ts")):
        qm = ts.with_suffix(".qm")
        if qm.exists() and qm.stat().st_mtime >= ts.stat().st_mtime:
            continue
        subprocess.run([_tool("lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)
        built.append(qm)
    if not quiet:
        for qm in built:
            print(f"built {qm}")
    return built


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--update", action="store_true", help="re-extract strings into the .ts files first")
    parser.add_argument("--quiet", action="store_true")
    args = parser.parse_args()
    if args.update:
        update()
    build(args.quiet)
    return 0


if __name__ == "__main__":
    sys.exit(main())
