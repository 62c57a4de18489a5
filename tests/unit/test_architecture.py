"""The layer rules hold: no Qt below the faces, docstrings where promised."""

from __future__ import annotations

import ast
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_import_linter_contracts_hold():
    exe = shutil.which("lint-imports") or str(Path(sys.executable).parent / "lint-imports")
    result = subprocess.run([exe, "--no-cache"], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    declared = (ROOT / "pyproject.toml").read_text(encoding="utf-8").count("[[tool.importlinter.contracts]]")
    assert declared >= 4
    assert f"Contracts: {declared} kept, 0 broken" in result.stdout


def test_only_the_qt_faces_import_pyside6():
    offenders = []
    for path in (ROOT / "kiosk").rglob("*.py"):
        rel = path.relative_to(ROOT / "kiosk").parts
        if rel[0] in ("ui", "admin", "gui", "i18n"):
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            names = []
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            if any(n.split(".")[0] in ("PySide6", "shiboken6") for n in names):
                offenders.append(str(path.relative_to(ROOT)))
    assert offenders == []


def test_services_models_and_commands_say_what_they_are_for():
    missing = []
    for folder in ("content", "db"):
        for path in (ROOT / "kiosk" / folder).rglob("*.py"):
            if "versions" in path.parts:
                continue
            tree = ast.parse(path.read_text(encoding="utf-8"))
            if not ast.get_docstring(tree):
                missing.append(f"{path.name}: module")
            for node in tree.body:
                if isinstance(node, ast.ClassDef) and not ast.get_docstring(node):
                    missing.append(f"{path.name}: class {node.name}")
    cli = ast.parse((ROOT / "kiosk" / "cli.py").read_text(encoding="utf-8"))
    for node in cli.body:
        if isinstance(node, ast.FunctionDef) and node.name.startswith("cmd_") and not ast.get_docstring(node):
            missing.append(f"cli.py: {node.name}")
    assert missing == []
