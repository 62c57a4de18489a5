"""The records of one list never look alike; the package stays small and readable."""

from __future__ import annotations

import ast
import itertools
from pathlib import Path

from kiosk.art import compose, scene_for, variation

from test_art_choose import default_records

ART = Path(__file__).resolve().parents[3] / "kiosk" / "art"


def lists() -> dict[str, list[tuple[str, str, str | None]]]:
    out: dict[str, list] = {}
    for record in default_records():
        out.setdefault(record[0], []).append(record)
    return out


def test_records_of_one_list_get_different_pictures():
    for kind, records in lists().items():
        pictures = [compose(scene_for(*r), r[1], 420, 240, r[2]) for r in records]
        assert len(set(pictures)) == len(pictures), kind


def test_records_of_one_list_sharing_a_scene_differ_visibly():
    for kind, records in lists().items():
        for a, b in itertools.combinations(records, 2):
            if scene_for(*a) != scene_for(*b):
                continue
            va, vb = variation(a[1]), variation(b[1])
            # a different motif, tint scheme or mirroring is visible at a glance
            looks = (va.motif, va.scheme, va.mirror) != (vb.motif, vb.scheme, vb.mirror)
            assert looks, (kind, a[1], b[1])


def test_modules_and_functions_stay_small():
    for path in ART.glob("*.py"):
        text = path.read_text(encoding="utf-8")
        assert len(text.splitlines()) <= 600, path.name
        for node in ast.walk(ast.parse(text)):
            if isinstance(node, ast.FunctionDef):
                length = node.end_lineno - node.lineno + 1
                assert length <= 80, f"{path.name}:{node.name} is {length} lines"
                assert ast.get_docstring(node), f"{path.name}:{node.name} has no docstring"


def test_no_qt_in_the_art_package():
    for path in ART.glob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            names = ([a.name for a in node.names] if isinstance(node, ast.Import)
                     else [node.module or ""] if isinstance(node, ast.ImportFrom) else [])
            assert not any(n.startswith(("PySide6", "shiboken6")) for n in names), path.name
