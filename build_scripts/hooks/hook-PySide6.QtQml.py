"""PyInstaller hook for PySide6.QtQml: collects only the QML modules the kiosk uses.

Found before PyInstaller's own hook through the spec's ``hookspath`` (user
hooks have the highest priority).  Which modules: see ``qml_selection.py``
beside this file.  The Qt libraries and plugins of QtQml itself come from
PyInstaller's ``add_qt6_dependencies``, as in the hook this replaces.
``KIOSK_QML_DIR`` points the scan at another QML folder.
"""

import os
import pathlib
import sys

from PyInstaller.utils.hooks import logger
from PyInstaller.utils.hooks.qt import add_qt6_dependencies, pyside6_library_info

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
import qml_selection  # noqa: E402  (lives beside this hook)

REPO_ROOT = pathlib.Path(__file__).resolve().parents[2]
APP_QML_DIR = pathlib.Path(os.environ.get("KIOSK_QML_DIR", REPO_ROOT / "kiosk" / "ui" / "qml"))


def collect_modules():
    """(binaries, datas) for the chosen modules, laid out as PyInstaller's own hook does."""
    loc = pyside6_library_info.location
    qml_src = pathlib.Path(loc["QmlImportsPath"]).resolve()
    qml_dest = pathlib.PurePath(pyside6_library_info.qt_rel_dir) / "qml"
    prefix = pathlib.Path(loc["PrefixPath"])
    scanner = qml_selection.scanner_path(
        [pathlib.Path(p) for p in (loc.get("LibraryExecutablesPath"), loc.get("BinariesPath")) if p]
        + [prefix, prefix.parent])
    scanned, warning = qml_selection.scan(APP_QML_DIR, qml_src, scanner)
    if warning:
        logger.warning("kiosk QML hook: %s", warning)
    try:
        folders = qml_selection.module_folders(qml_src, scanned)
    except qml_selection.SelectionError as exc:
        raise SystemExit(f"kiosk QML hook: {exc}") from None

    def dest(src: pathlib.Path) -> str:
        rel = src.relative_to(qml_src) if src.is_dir() else src.relative_to(qml_src).parent
        return str(qml_dest / rel)

    binaries, datas = [], []
    for folder in folders:
        # PyInstaller's own reading of a qmldir (plugin binary names, which
        # files are data); only the choice of modules is ours.
        plugin_binaries, plugin_datas = pyside6_library_info._process_qml_plugin(qml_src / folder / "qmldir")
        binaries += [(str(src), dest(src)) for src in plugin_binaries]
        datas += [(str(src), dest(src)) for src in plugin_datas]
    logger.info("kiosk QML hook: collecting %d QML modules: %s", len(folders), ", ".join(folders))
    return binaries, datas


hiddenimports, binaries, datas = add_qt6_dependencies(__file__)
qml_binaries, qml_datas = collect_modules()
binaries += qml_binaries
datas += qml_datas
