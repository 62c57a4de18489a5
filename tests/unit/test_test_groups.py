"""The whole-suite command runs every test file, each exactly once.

``build_scripts/dev.sh test`` without arguments runs the suite as groups of
paths, one pytest process each; a file left out of every group would never
run in CI, and a file in two groups would run twice.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def groups() -> list[list[str]]:
    script = (ROOT / "build_scripts" / "dev.sh").read_text()
    start = script.index("test_groups() {")
    function = script[start:script.index("\n}\n", start) + 3]
    out = subprocess.run(["bash", "-c", f"{function}\ntest_groups"], cwd=ROOT, capture_output=True, text=True, check=True)
    return [line.split() for line in out.stdout.splitlines() if line.strip()]


def files_of(path: str) -> set[Path]:
    target = ROOT / path
    return {target} if target.is_file() else set(target.rglob("test_*.py"))


def test_every_test_file_is_in_exactly_one_group():
    seen: dict[Path, int] = {}
    for group in groups():
        for path in group:
            for file in files_of(path):
                seen[file] = seen.get(file, 0) + 1
    every = set((ROOT / "tests").rglob("test_*.py"))
    missing = sorted(str(f.relative_to(ROOT)) for f in every - set(seen))
    twice = sorted(str(f.relative_to(ROOT)) for f, n in seen.items() if n > 1)
    assert not missing, f"never run: {missing}"
    assert not twice, f"run more than once: {twice}"


def test_the_kiosk_qt_tests_are_spread_over_several_processes():
    qt_groups = [g for g in groups() if any(p.startswith("tests/qt/test_") for p in g)]
    assert len(qt_groups) >= 3
    assert all(len(g) <= 12 for g in qt_groups)
