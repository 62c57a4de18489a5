"""The cold-start child measures the kiosk's start, not the benchmark's harness."""

import subprocess
import sys

# What the cold-start child imports: its module, then what ``kiosk run`` imports to start.
STARTS = "import kiosk.bench.cold_start, kiosk.content.database, kiosk.content.change.prepare, kiosk.ui.app"
HARNESS = ("kiosk.bench.harness", "kiosk.bench.report", "kiosk.bench.child", "kiosk.ui.driver", "PySide6.QtTest",
           "PySide6.QtWidgets")


def test_the_cold_start_child_loads_nothing_of_the_harness():
    code = f"import sys; {STARTS}; print([m for m in {HARNESS!r} if m in sys.modules])"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "[]"


def test_kiosk_bench_child_cold_start_goes_to_the_light_module():
    from kiosk.cli import build_parser

    args = build_parser().parse_args(["bench-child", "cold-start"])
    code = ("import sys, kiosk.bench.cli as c; import kiosk.bench.cold_start as cs; cs.run = lambda args: 0; "
            "import argparse; c.cmd_bench_child(argparse.Namespace(measure='cold-start')); "
            f"print([m for m in {HARNESS!r} if m in sys.modules])")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "[]"
    assert args.measure == "cold-start"
