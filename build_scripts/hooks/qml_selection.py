"""Which of Qt's QML modules the kiosk bundle carries (used by hook-PySide6.QtQml.py and the tests).

PyInstaller's own PySide6.QtQml hook copies every QML module in the wheels
(Qt3D, Quick3D, Charts, Location, WebEngine when installed...).  The kiosk
carries instead:

* what ``qmlimportscanner`` finds when it scans ``kiosk/ui/qml`` at build
  time, transitively (it follows the modules' own imports, e.g. the
  virtual keyboard's ``Qt.labs.folderlistmodel`` and ``QtMultimedia``), so
  a new ``import`` in the app's QML is picked up by the next build without
  editing this file;
* a fixed baseline that must be there even when the scan fails: QtQml,
  QtQuick, Controls.Basic, Layouts, Window, and the whole
  ``QtQuick/VirtualKeyboard`` tree: the keyboard loads every layout plugin
  (Hangul, OpenWNN, Pinyin, TCIme, Thai) and its styles at run time and
  breaks when any of them is missing.  QtMultimedia is in it too: the
  keyboard's Components plugin links libQt6Multimedia (key-click sounds),
  so leaving the QML module out would save almost nothing.

The kiosk's own keyboard style (``kiosk/ui/qml/QtQuick/VirtualKeyboard/
Styles/kiosk/style.qml``, found through the app's import path) is not a Qt
module: it has no qmldir, ships with the ``kiosk/ui/qml`` tree the spec
collects, and ``scan`` ignores it (only folders with a qmldir in Qt's qml/
folder count).

No PyInstaller import here, so the tests can check the same selection
against the virtual keyboard without building anything.
"""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

#: Module folders (relative to Qt's qml/ folder) always collected.
BASELINE = (
    "QtQml", "QtQml/Models", "QtQml/WorkerScript",
    "QtQuick", "QtQuick/Window", "QtQuick/Layouts", "QtQuick/Shapes",
    "QtQuick/Templates", "QtQuick/Controls/impl", "QtQuick/Controls/Basic", "QtQuick/Controls/Basic/impl",
    "Qt/labs/folderlistmodel", "QtMultimedia",
)
#: Folders collected with every module below them.
WHOLE_TREES = ("QtQuick/VirtualKeyboard",)


class SelectionError(Exception):
    """The selection names a module that is not in Qt's qml folder."""


def scanner_path(candidate_dirs: list[Path]) -> Path | None:
    """Qt's qmlimportscanner: in Qt/libexec on Linux, beside PySide6's other tools on Windows."""
    name = "qmlimportscanner.exe" if os.name == "nt" else "qmlimportscanner"
    for folder in candidate_dirs:
        if folder and (Path(folder) / name).is_file():
            return Path(folder) / name
    return None


def scan(app_qml: Path, qml_src: Path, scanner: Path | None) -> tuple[set[str], str | None]:
    """(module folders the app's QML imports, transitively; a warning or None)."""
    if not app_qml.is_dir():
        return set(), f"{app_qml} does not exist; collecting only the baseline QML modules"
    if scanner is None:
        return set(), "qmlimportscanner not found; collecting only the baseline QML modules"
    cmd = [str(scanner), "-rootPath", str(app_qml), "-importPath", str(qml_src)]
    try:
        found = json.loads(subprocess.run(cmd, check=True, capture_output=True, text=True).stdout)
    except (OSError, subprocess.CalledProcessError, json.JSONDecodeError) as exc:
        return set(), f"{scanner} failed ({exc}); collecting only the baseline QML modules"
    modules = set()
    for entry in found:
        rel = entry.get("relativePath")
        # The app's own modules (Kiosk, Kiosk.Bridge) have no relativePath:
        # they ship as data files beside the code, not from Qt's folder.
        if entry.get("type") == "module" and rel and (qml_src / rel / "qmldir").is_file():
            modules.add(rel)
    return modules, None


def module_folders(qml_src: Path, scanned: set[str]) -> list[str]:
    """Every module folder to collect: baseline + scanned + whole trees, sorted."""
    wanted = set(BASELINE) | set(scanned)
    for tree in WHOLE_TREES:
        for qmldir in (qml_src / tree).rglob("qmldir"):
            wanted.add(qmldir.parent.relative_to(qml_src).as_posix())
    missing = sorted(m for m in wanted if not (qml_src / m / "qmldir").is_file())
    if missing:
        raise SelectionError(f"these QML modules are not in {qml_src}: {', '.join(missing)}")
    return sorted(wanted)
