"""``kiosk stats``: the summary, exports for the committee, the USB file and the office merge.

::

    kiosk stats                                   # today, this week, the last 7 days
    kiosk stats --office                          # the same for the whole hall, from the office database
    kiosk stats export FILE.csv|FILE.xlsx [--from DATE] [--to DATE] [--kiosk ID_OR_NAME ...]
    kiosk stats pack FILE.kioskstats              # this kiosk's statistics, for a USB stick
    kiosk stats merge FILE.kioskstats ...         # into this PC's statistics (idempotent)

Every command works on ``<data folder>/statistics.sqlite3``; with ``--office``
the summary and the export read the hall's statistics the kiosks sent to
the office database (``kiosk.stats.office``) instead.
"""

from __future__ import annotations

import argparse
import contextlib
import sys
import time
from datetime import date, timedelta
from pathlib import Path

EXIT_OK = 0
EXIT_PROBLEMS = 1


def _store_path(args: argparse.Namespace) -> Path:
    from kiosk import paths
    from kiosk.stats.store import stats_path

    return stats_path(paths.data_dir(args.data_dir))


def _date(value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a date like 2026-11-30") from None


def _sessions(n: int) -> str:
    """"1 session", "3 sessions"."""
    return f"{n} session" if n == 1 else f"{n} sessions"


def _fmt_length(seconds: float | None) -> str:
    if seconds is None:
        return "-"
    minutes, secs = divmod(int(seconds), 60)
    return f"{minutes} min {secs:02d} s" if minutes else f"{secs} s"


def _fmt_share(items: list[tuple[str, int]]) -> str:
    total = sum(n for _, n in items)
    return ", ".join(f"{name} {100 * n / total:.0f} %" for name, n in items) if total else "-"


def _fmt_counts(items) -> str:
    return ", ".join(f"{term} ({n})" for term, n in items) if items else "-"


def _fmt_modes(items: list[tuple[str, int]]) -> str:
    """The modes visitors turned on, by their plain names ("larger text (3), high contrast (1)"); modes nobody used are left out."""
    from kiosk.stats.events import ACCESS_MODES

    used = sorted(((ACCESS_MODES.get(mode, mode), n) for mode, n in items if n), key=lambda r: -r[1])
    return _fmt_counts(used) if used else "none turned on"


def _open_existing(args: argparse.Namespace):
    from kiosk.stats.store import open_store

    path = _store_path(args)
    if not path.is_file():
        print(f"No visitor statistics yet: {path} does not exist (the kiosk records them while visitors use it).")
        return None
    return open_store(path, create=False)


def _print_summary(reports, heading: str) -> None:
    """Today's, this week's and the last 7 days' key numbers of *reports*, under *heading*."""
    from kiosk.stats.queries import Filter, week_of

    today = date.today()
    kiosks = ", ".join(f"{name} ({uid[:8]})" for uid, name in reports.kiosks()) or "none yet"
    print(f"{heading}; kiosks: {kiosks}")
    monday, _ = week_of(today)
    for label, f in (("Today", Filter(today, today)), (f"This week (from {monday})", Filter(monday, today)),
                     ("Last 7 days", Filter(today - timedelta(days=6), today))):
        s = reports.summary(f)
        print(f"\n{label}: {_sessions(s['sessions'])}, median length {_fmt_length(s['median_s'])}")
        print(f"  languages:            {_fmt_share(s['languages'])}")
        print(f"  top searches:         {_fmt_counts(s['top_searches'])}")
        print(f"  zero-result searches: {_fmt_counts(s['zero_results'])}")
        print(f"  accessibility modes:  {_fmt_modes(reports.accessibility_modes(f))}")


@contextlib.contextmanager
def _hall(args: argparse.Namespace):
    """The hall's reports from the office database (``--database``, ``$KIOSK_DATABASE_URL`` or the data
    folder's), after storing the batch files kiosks left in its folder pack source (setting ``fleet.source``)."""
    from sqlalchemy import make_url

    from kiosk.content.change.prepare import prepare
    from kiosk.content.change.settings import Settings
    from kiosk.content.database import open_database
    from kiosk.stats.office import OfficeReports, import_folder

    db = open_database(args.database, args.data_dir)
    try:
        prepare(db)
        source = Settings(db.engine).get("fleet.source")
        if source and "://" not in source and Path(source).is_dir():
            done = import_folder(db.engine, Path(source))
            if done.files:
                print(f"Stored {done.files} statistics file(s) from {source}: {_sessions(done.sessions_added)} added.")
            for problem in done.problems:
                print(f"kiosk stats: left out {problem}", file=sys.stderr)
        yield OfficeReports(db.engine), make_url(db.url).render_as_string(hide_password=True)
    finally:
        db.close()


def cmd_summary(args: argparse.Namespace) -> int:
    """Print today's, this week's and the last 7 days' key numbers (this PC's, or with --office the hall's)."""
    from kiosk.stats.queries import Reports
    from kiosk.stats.store import StatsError

    if _office(args):
        with _hall(args) as (reports, where):
            _print_summary(reports, f"Visitor statistics of the hall in the office database {where}")
        return EXIT_OK
    try:
        store = _open_existing(args)
        if store is None:
            return EXIT_OK
        try:
            _print_summary(Reports(store), f"Visitor statistics in {store.path}")
        finally:
            store.close()
    except StatsError as exc:
        print(f"kiosk stats: {exc}", file=sys.stderr)
        return EXIT_PROBLEMS
    return EXIT_OK


def _office(args: argparse.Namespace) -> bool:
    return bool(getattr(args, "office", False) or getattr(args, "export_office", False))


def _kiosk_filter(reports, wanted: list[str] | None) -> tuple[str, ...] | None:
    if not wanted:
        return None
    known = reports.kiosks()
    chosen = []
    for item in wanted:
        match = [uid for uid, name in known if item in (uid, name) or uid.startswith(item)]
        if not match:
            listed = ", ".join(f"{name} ({uid})" for uid, name in known) or "none"
            raise ValueError(f"--kiosk {item!r}: no such kiosk in the statistics (known: {listed})")
        chosen.extend(match)
    return tuple(dict.fromkeys(chosen))


def _write_export(reports, args: argparse.Namespace):
    from kiosk.stats.export import export
    from kiosk.stats.queries import Filter

    f = Filter(args.date_from, args.date_to, _kiosk_filter(reports, args.kiosk))
    return export(reports, f, Path(args.file))


def cmd_export(args: argparse.Namespace) -> int:
    """Write every report to a CSV or xlsx file (this PC's statistics, or with --office the hall's)."""
    from kiosk.stats.queries import Reports
    from kiosk.stats.store import StatsError

    if args.date_from and args.date_to and args.date_from > args.date_to:
        print(f"kiosk stats export: --from {args.date_from} is after --to {args.date_to}", file=sys.stderr)
        return EXIT_PROBLEMS
    try:
        if _office(args):
            with _hall(args) as (reports, _where):
                tables = _write_export(reports, args)
        else:
            store = _open_existing(args)
            if store is None:
                return EXIT_PROBLEMS
            try:
                tables = _write_export(Reports(store), args)
            finally:
                store.close()
    except (StatsError, ValueError, OSError) as exc:
        print(f"kiosk stats export: {exc}", file=sys.stderr)
        return EXIT_PROBLEMS
    sessions = next(value for key, value in tables[0].rows if key == "sessions")
    print(f"Wrote {args.file}: {len(tables)} tables, {sessions} sessions.")
    return EXIT_OK


def cmd_pack(args: argparse.Namespace) -> int:
    """Write this kiosk's statistics as one file for a USB stick."""
    from kiosk.stats.store import StatsError
    from kiosk.stats.transfer import pack

    try:
        store = _open_existing(args)
        if store is None:
            return EXIT_PROBLEMS
        try:
            report = pack(store, Path(args.file))
        finally:
            store.close()
    except (StatsError, OSError) as exc:
        print(f"kiosk stats pack: {exc}", file=sys.stderr)
        return EXIT_PROBLEMS
    kiosks = ", ".join(f"{name} ({uid})" for uid, name in report.kiosks)
    print(f"Wrote {report.path} ({report.size_bytes / 1e6:.1f} MB): {report.sessions} sessions of {kiosks}.")
    return EXIT_OK


def cmd_merge(args: argparse.Namespace) -> int:
    """Merge statistics files from kiosks into this PC's statistics (all or nothing)."""
    from kiosk.stats.store import StatsError, open_store
    from kiosk.stats.transfer import merge

    try:
        store = open_store(_store_path(args))
        try:
            reports = merge(store, [Path(f) for f in args.files])
        finally:
            store.close()
    except (StatsError, OSError) as exc:
        print(f"kiosk stats merge: {exc}", file=sys.stderr)
        return EXIT_PROBLEMS
    for r in reports:
        note = "its daily totals replaced the older ones" if r.rollups == "replaced" else \
            "an older file than one merged before: only days not yet known were added"
        print(f"{r.path}: kiosk {r.kiosk_name} ({r.kiosk_id}): {_sessions(r.sessions_added)} added, "
              f"{r.sessions_known} already there; {note}.")
    return EXIT_OK


def cmd_burst_child(args: argparse.Namespace) -> int:
    """Record events steadily and print each one's number and time (for the kill -9 test and benchmark)."""
    from kiosk import paths
    from kiosk.stats import events as ev
    from kiosk.stats.recorder import Recorder

    recorder = Recorder.start(paths.data_dir(args.data_dir), "00000000-0000-4000-8000-00000000b057", "burst",
                              interval=args.interval)
    n = 0
    pause = 1.0 / args.rate
    deadline = time.time() + args.seconds
    try:
        while time.time() < deadline:
            kind = ev.SESSION_START if n % 10 == 0 else ev.SESSION_END if n % 10 == 9 else ev.PAGE
            recorder.record(kind, page="home", language="en", dwell_ms=1000, reason=ev.END_IDLE)
            n += 1
            print(f"EV {n} {time.time():.4f}", flush=True)
            time.sleep(pause)
    finally:
        recorder.close()
    print(f"DONE {n}", flush=True)
    return EXIT_OK


def register(sub, add) -> None:
    """Add ``kiosk stats`` and its actions to the ``kiosk`` parser."""
    stats = add("stats", cmd_summary, "visitor statistics: the summary; export, pack for a USB stick, merge")
    office_help = ("the whole hall's statistics, from the office database the kiosks send them to "
                   "(--database, $KIOSK_DATABASE_URL or this PC's), not this PC's statistics file")
    stats.add_argument("--office", action="store_true", help=office_help)
    actions = stats.add_subparsers(dest="stats_command", metavar="ACTION")
    export = add("export", cmd_export, "write every report to FILE.csv or FILE.xlsx", actions)
    export.add_argument("file", metavar="FILE")
    export.add_argument("--from", dest="date_from", type=_date, metavar="DATE", help="first day (YYYY-MM-DD)")
    export.add_argument("--to", dest="date_to", type=_date, metavar="DATE", help="last day (YYYY-MM-DD)")
    export.add_argument("--kiosk", action="append", metavar="ID_OR_NAME", help="only this kiosk (repeat for several)")
    export.add_argument("--office", dest="export_office", action="store_true", help=office_help)
    pack = add("pack", cmd_pack, "write this PC's statistics as one file for a USB stick", actions)
    pack.add_argument("file", metavar="FILE")
    merge = add("merge", cmd_merge, "merge statistics files from kiosks into this PC's statistics (twice counts nothing twice)", actions)
    merge.add_argument("files", metavar="FILE", nargs="+")
    # Not listed: the kill -9 test and the benchmark start it.
    child = actions.add_parser("burst-child")
    child.set_defaults(func=cmd_burst_child)
    child.add_argument("--interval", type=float, default=1.0)
    child.add_argument("--rate", type=float, default=200.0)
    child.add_argument("--seconds", type=float, default=60.0)
