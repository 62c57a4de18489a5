"""Helpers for the package tests: where the build is, is it fresh, and a bare-PC environment.

Imported by conftest.py (the session's ``bundle`` fixture) and the tests.
"""

from __future__ import annotations

import importlib.util
import json
import os
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DIST = ROOT / "dist"
REPORT = DIST / "build-report.json"
BUILD_LOG = ROOT / "build" / "package-build.log"
#: Everything that goes into the bundle; a newer file means a rebuild.
SOURCES = ("kiosk", "resources", "data", "build_scripts/kiosk.spec", "build_scripts/hooks", "build_scripts/build.py",
           "pyproject.toml")
DEJAVU = Path("/usr/share/fonts/truetype/dejavu")


def build_script():
    """``build_scripts/build.py`` as a module (its size targets, one place for them)."""
    spec = importlib.util.spec_from_file_location("kiosk_build_script", ROOT / "build_scripts" / "build.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@dataclass(frozen=True)
class Bundle:
    """A built bundle: its folder, executable, archive and the build's measurements."""

    folder: Path
    exe: Path
    archive: Path
    report: dict


def newest_source() -> tuple[float, Path]:
    """(mtime, path) of the most recently changed file that goes into the bundle."""
    newest = (0.0, ROOT)
    for name in SOURCES:
        top = ROOT / name
        files = [top] if top.is_file() else top.rglob("*")
        for path in files:
            if path.is_file() and "__pycache__" not in path.parts:
                newest = max(newest, (path.stat().st_mtime, path))
    return newest


def why_rebuild() -> str | None:
    """None when dist/ holds a good build newer than every source, else why not."""
    if os.environ.get("KIOSK_REBUILD") == "1":
        return "KIOSK_REBUILD=1"
    if not REPORT.exists():
        return "no build yet"
    report = json.loads(REPORT.read_text(encoding="utf-8"))
    if not report.get("ok"):
        return "the last build failed"
    if os.environ.get("KIOSK_REUSE_BUILD") == "1":
        return None  # a developer's shortcut while others edit the tree; CI never sets it
    mtime, path = newest_source()
    # Compared with the build's start: a file saved while it ran is not in it.
    if mtime > report.get("started_at", REPORT.stat().st_mtime):
        return f"{path.relative_to(ROOT)} changed since the last build"
    return None


def fonts_conf(folder: Path) -> Path:
    """A fontconfig file that knows only the DejaVu fonts: a PC with no CJK font."""
    conf = folder / "fonts.conf"
    conf.write_text(
        '<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n<fontconfig>\n'
        f"  <dir>{DEJAVU}</dir>\n  <cachedir>{folder / 'fontconfig-cache'}</cachedir>\n</fontconfig>\n",
        encoding="utf-8")
    return conf


def minimal_env(tmp: Path, data_dir: Path, **extra: str) -> dict[str, str]:
    """What a fresh kiosk PC gives the program: no Python, no source tree, no CJK font."""
    home = tmp / "home"
    home.mkdir(exist_ok=True)
    env = {
        "PATH": "/usr/bin:/bin",
        "HOME": str(home),
        "KIOSK_DATA_DIR": str(data_dir),
        "QT_QPA_PLATFORM": "offscreen",
        "FONTCONFIG_FILE": str(fonts_conf(tmp)),
    }
    env.update(extra)
    return env


def tree_state(folder: Path) -> dict[str, tuple[int, int]]:
    """Every file under *folder* with its size and mtime: to prove nothing was written there."""
    return {str(p.relative_to(folder)): (p.lstat().st_size, p.lstat().st_mtime_ns)
            for p in folder.rglob("*") if not p.is_dir()}
