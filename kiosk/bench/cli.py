"""Registers ``kiosk bench`` (and its internal ``bench-child``) with the command line."""

from __future__ import annotations

import argparse


def cmd_bench(args: argparse.Namespace) -> int:
    """Measure start-up, memory, page switches, search, idle CPU, a soak and imports on SYNTHETIC content."""
    from kiosk.bench.runner import run_bench

    return run_bench(args)


def cmd_bench_child(args: argparse.Namespace) -> int:
    """One measure in a child process (internal: ``kiosk bench`` starts these)."""
    if args.measure == "cold-start":  # loads what ``kiosk run`` loads, not the harness
        from kiosk.bench.cold_start import run
    else:
        from kiosk.bench.child import run

    return run(args)


def register(sub, add) -> None:
    """Add ``kiosk bench`` to the ``kiosk`` parser (``bench-child`` is internal and not listed)."""
    bench = add("bench", cmd_bench, "measure speed and memory on a throwaway database of SYNTHETIC records")
    bench.add_argument("--quick", action="store_true", help="fewer repetitions (about a minute; for development)")
    bench.add_argument("--records", type=int, default=10_000, metavar="N", help="synthetic records in the database (default 10000)")
    bench.add_argument("--json", metavar="FILE", help="also write every figure, the commit, date and machine to FILE")
    bench.add_argument("--seed", type=int, default=1, help="seed of the synthetic content (default 1)")
    bench.add_argument("--soak-taps", type=int, metavar="N", help="taps in the soak (default 10000; --quick 300)")
    bench.add_argument("--only", metavar="LIST", help="comma-separated measures: cold,pages,search,memory,idle,soak,imports,stats,fleet,speech")
    bench.add_argument("--access", metavar="MODES", help="accessibility modes on during the page switches and idle CPU: "
                       "comma-separated large, contrast, motion, reach (as kiosk tour --access)")
    bench.add_argument("--markdown", action="store_true", help="also print the table as Markdown (for the README)")
    bench.add_argument("--no-cache", action="store_true", help="build the database even when an identical one is cached")
    bench.add_argument("--keep", action="store_true", help="keep the temporary folder (database, children's logs)")

    # Not listed in `kiosk --help`: the parent starts it with the benchmark database.
    child = sub.add_parser("bench-child")
    child.set_defaults(func=cmd_bench_child)
    child.add_argument("measure")
    child.add_argument("--rounds", type=int, default=21)
    child.add_argument("--search-reps", type=int, default=7)
    child.add_argument("--reps", type=int, default=50)
    child.add_argument("--seconds", type=float, default=10.0)
    child.add_argument("--attract-seconds", type=float, default=10.0)
    child.add_argument("--taps", type=int, default=10_000)
    child.add_argument("--details", type=int, default=3)
    child.add_argument("--scroll-screens", type=int, default=4)
    child.add_argument("--records", type=int, default=10_000)
    child.add_argument("--seed", type=int, default=1)
    child.add_argument("--out")
    child.add_argument("--file")
    child.add_argument("--access")
    child.add_argument("--language", default="zh-Hans")
