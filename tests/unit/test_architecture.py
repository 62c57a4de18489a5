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
            # kiosk/pyside_feature.py loads shiboken6 at the moment something imports PySide6, no sooner.
            if rel == ("pyside_feature.py",) and names == ["shiboken6"]:
                continue
            if any(n.split(".")[0] in ("PySide6", "shiboken6") for n in names):
                offenders.append(str(path.relative_to(ROOT)))
    assert offenders == []


def test_nothing_imports_qt_charts_or_qt_graphs():
    """The packaged build leaves both out (tests/package/test_bundle.py): the console paints its charts itself."""
    offenders = []
    for path in (ROOT / "kiosk").rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            names = []
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module] + [f"{node.module}.{a.name}" for a in node.names]
            if any(n.startswith(("PySide6.QtCharts", "PySide6.QtGraphs")) for n in names):
                offenders.append(f"{path.relative_to(ROOT)}:{node.lineno}")
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


def _is_private(name: str) -> bool:
    return name.startswith("_") and not (name.startswith("__") and name.endswith("__"))


def _is_kiosk_module(dotted: str) -> bool:
    """True when *dotted* (``kiosk.ui.bridge.singletons``) is a module or package of the program."""
    path = ROOT.joinpath(*dotted.split("."))
    return path.with_suffix(".py").is_file() or (path / "__init__.py").is_file()


def _top(dotted: str) -> str:
    """The top-level package of a program module: ``kiosk.ui.app`` → ``ui``."""
    parts = dotted.split(".")
    return parts[1] if len(parts) > 1 else ""


def private_uses(source: str, package: str) -> list[str]:
    """Private names of other top-level packages that *source* (a module of
    *package*, e.g. ``ui``) imports or reads as a module attribute."""
    found: list[str] = []
    modules: dict[str, str] = {}  # local name -> the program module it is bound to

    def check(dotted: str) -> None:
        parts = dotted.split(".")
        if parts[0] == "kiosk" and _top(dotted) != package and any(_is_private(p) for p in parts[1:]):
            found.append(dotted)

    tree = ast.parse(source)
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                check(alias.name)
                if alias.name.startswith("kiosk."):
                    modules[alias.asname or alias.name] = alias.name
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            for alias in node.names:
                dotted = f"{node.module}.{alias.name}"
                check(dotted)
                if _is_kiosk_module(dotted):
                    modules[alias.asname or alias.name] = dotted
    for node in ast.walk(tree):
        if isinstance(node, ast.Attribute) and _is_private(node.attr):
            chain = [node.attr]
            value = node.value
            while isinstance(value, ast.Attribute):
                chain.append(value.attr)
                value = value.value
            if isinstance(value, ast.Name):
                base = modules.get(value.id, value.id if value.id == "kiosk" else None)
                if base is not None:
                    check(".".join([base, *reversed(chain)]))
    return found


def test_the_private_name_check_finds_what_it_looks_for():
    assert private_uses("from kiosk.ui.app import _route_qt_messages", "bench") == ["kiosk.ui.app._route_qt_messages"]
    assert private_uses("from kiosk.ui.bridge import singletons\nsingletons._lookup(e, 'App')", "admin") == [
        "kiosk.ui.bridge.singletons._lookup"
    ]
    assert private_uses("import kiosk.ui.app\nkiosk.ui.app._check_display()", "admin") == ["kiosk.ui.app._check_display"]
    # Inside one package, and dunder names, are nobody's secret.
    assert private_uses("from kiosk.ui.app import _route_qt_messages", "ui") == []
    assert private_uses("from kiosk import __version__", "bench") == []


def test_no_package_uses_another_packages_private_names():
    offenders = []
    for path in sorted((ROOT / "kiosk").rglob("*.py")):
        rel = path.relative_to(ROOT / "kiosk")
        package = rel.parts[0].removesuffix(".py") if len(rel.parts) > 1 or rel.name != "__init__.py" else ""
        for dotted in private_uses(path.read_text(encoding="utf-8"), package):
            offenders.append(f"{rel}: {dotted}")
    assert offenders == []


#: Generated or declarative code that may run long: migrations, and the console's stylesheet.
SIZE_EXEMPT = {("kiosk/admin/console/style.py", "stylesheet")}


def test_no_module_over_600_lines_and_no_function_over_80():
    too_long = []
    for path in sorted((ROOT / "kiosk").rglob("*.py")):
        rel = path.relative_to(ROOT).as_posix()
        if "migrations" in path.parts:
            continue
        source = path.read_text(encoding="utf-8")
        if source.count("\n") > 600:
            too_long.append(f"{rel}: {source.count(chr(10))} lines")
        for node in ast.walk(ast.parse(source)):
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)) and (rel, node.name) not in SIZE_EXEMPT:
                length = node.end_lineno - node.lineno + 1
                if length > 80:
                    too_long.append(f"{rel}:{node.lineno} {node.name}: {length} lines")
    assert too_long == []
