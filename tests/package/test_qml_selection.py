"""The QML modules the bundle carries are enough for the virtual keyboard, pinyin included.

The build's QML hook (build_scripts/hooks/hook-PySide6.QtQml.py) copies only
the modules ``qml_selection`` picks.  Here the same selection is laid out
as a QML import folder (links into the installed PySide6), and the keyboard
types with real taps in English, Russian and Chinese pinyin using nothing
else.  Taking one layout plugin away must break it: that proves the probe
would notice a selection that is too small.  No build needed: seconds.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PROBE = Path(__file__).with_name("keyboard_probe.py")
sys.path.insert(0, str(ROOT / "build_scripts" / "hooks"))
import qml_selection  # noqa: E402

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="lays the modules out with symbolic links")


def qt_qml_dir() -> Path:
    import PySide6

    return Path(PySide6.__file__).parent / "Qt" / "qml"


@pytest.fixture(scope="module")
def selection() -> list[str]:
    src = qt_qml_dir()
    scanner = qml_selection.scanner_path([src.parent / "libexec", src.parent / "bin", src.parent.parent])
    scanned, warning = qml_selection.scan(ROOT / "kiosk" / "ui" / "qml", src, scanner)
    assert warning is None, warning
    return qml_selection.module_folders(src, scanned)


def lay_out(folders: list[str], target: Path) -> Path:
    """Link the chosen modules into *target* the way the bundle copies them:
    each module's own files and data folders, not its sub-modules."""
    src = qt_qml_dir()
    for folder in folders:
        dest = target / folder
        dest.mkdir(parents=True, exist_ok=True)
        for entry in (src / folder).iterdir():
            if entry.is_dir() and (entry / "qmldir").exists():
                continue
            (dest / entry.name).symlink_to(entry)
    return target


def type_on_keyboard(import_dir: Path) -> dict:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env.pop("QML2_IMPORT_PATH", None)
    env.pop("QML_IMPORT_PATH", None)
    result = subprocess.run([sys.executable, str(PROBE), str(import_dir)], env=env, capture_output=True,
                            text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_selection_follows_the_apps_imports(selection):
    for needed in ("QtQuick", "QtQuick/Controls/Basic", "QtQuick/Layouts", "QtQuick/Window",
                   "QtQuick/VirtualKeyboard", "QtQuick/VirtualKeyboard/Plugins/Pinyin",
                   "QtQuick/VirtualKeyboard/Plugins/Hangul", "QtQuick/VirtualKeyboard/Styles/Builtin",
                   "Qt/labs/folderlistmodel", "QtMultimedia"):
        assert needed in selection
    for unwanted in ("QtQuick3D", "Qt3D", "QtCharts", "QtQuick/Controls/Material", "QtQuick/Controls/Fusion",
                     "QtWebEngine", "QtLocation"):
        assert not any(m == unwanted or m.startswith(unwanted + "/") for m in selection)


def test_the_keyboard_types_in_three_languages_with_only_the_selection(selection, tmp_path):
    typed = type_on_keyboard(lay_out(selection, tmp_path / "qml"))
    assert typed["loaded"], typed["warnings"]
    assert typed["keyboard_shown"]
    assert typed["en_US"].lower() == "steel"
    assert typed["ru_RU"].lower() == "сталь"
    assert typed["zh_CN"] == "你好"  # pinyin n-i-h-a-o, first candidate
    assert typed["warnings"] == []


def test_the_probe_notices_a_missing_layout_plugin(selection, tmp_path):
    smaller = [m for m in selection if m != "QtQuick/VirtualKeyboard/Plugins/Pinyin"]
    typed = type_on_keyboard(lay_out(smaller, tmp_path / "qml"))
    assert not typed["loaded"]
    assert any("Pinyin" in w for w in typed["warnings"])
