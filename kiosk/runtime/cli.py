"""Registers ``kiosk watchdog`` and ``kiosk diagnostics`` with the command line."""

from __future__ import annotations

import argparse
import os
import sys

from kiosk.runtime import EXIT_TO_DESKTOP

EXIT_OK = 0
EXIT_PROBLEMS = 1
EXIT_USAGE = 2


def _seconds(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number of seconds") from None
    if value < 0:
        raise argparse.ArgumentTypeError(f"{text!r}: seconds cannot be negative")
    return value


def _count(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"{text!r}: must be at least 1")
    return value


def cmd_watchdog(args: argparse.Namespace) -> int:
    """Run the kiosk (or the given command) and restart it when it exits or freezes."""
    from kiosk import paths
    from kiosk.runtime.logs import install_excepthook, setup_logging
    from kiosk.runtime.watchdog import Watchdog, WatchdogConfig, default_command, resolve_command

    command = list(args.child_command)
    if command[:1] == ["--"]:
        command = command[1:]
    if not command:
        command = default_command()
    try:
        command = resolve_command(command)
    except FileNotFoundError as exc:
        print(f"kiosk watchdog: cannot supervise: {exc}", file=sys.stderr)
        return EXIT_USAGE
    data = paths.data_dir(args.data_dir)
    if args.database:
        # The kiosk inherits the environment: `kiosk --database URL watchdog`
        # supervises a kiosk on that database (the data folder is passed the same way).
        os.environ[paths.ENV_DATABASE_URL] = args.database
    setup_logging(data, "watchdog")
    install_excepthook("kiosk.watchdog")
    config = WatchdogConfig(
        heartbeat_timeout=args.heartbeat_timeout,
        startup_grace=args.startup_grace if args.startup_grace is not None else max(120.0, args.heartbeat_timeout),
        max_restarts=args.max_restarts,
        window=args.window,
        restart_delay=args.restart_delay,
        max_backoff=args.max_backoff,
        stop_timeout=args.stop_timeout,
    )
    return Watchdog(command, data, config).run()


def cmd_diagnostics(args: argparse.Namespace) -> int:
    """Write logs, versions, settings (no PIN), the database check and recent restarts to a folder and a zip."""
    from kiosk.runtime.diagnostics import DiagnosticsError, collect

    try:
        report = collect(args.out, args.data_dir, args.database, getattr(args, "voice_probe", None))
    except DiagnosticsError as exc:
        print(f"kiosk diagnostics: {exc}", file=sys.stderr)
        return EXIT_PROBLEMS
    print((report.folder / "summary.txt").read_text(encoding="utf-8"), end="")
    print(f"\nWritten: {report.folder}\n         {report.archive}")
    return EXIT_OK


def register(sub, add, voice_probe=None) -> None:
    """Add ``kiosk watchdog`` and ``kiosk diagnostics`` to the ``kiosk`` parser;
    *voice_probe* (no arguments, returns the voice report as a dict) lets the
    diagnostics look up the read-aloud voices."""
    wd = add("watchdog", cmd_watchdog,
             "run the kiosk and restart it when it exits or stops sending heartbeats "
             f"(exit code {EXIT_TO_DESKTOP} = exit to desktop, not restarted)")
    wd.add_argument("--heartbeat-timeout", type=_seconds, default=30.0, metavar="S",
                    help="restart when the heartbeat is older than S seconds; 0 = only restart on exit (default 30)")
    wd.add_argument("--startup-grace", type=_seconds, default=None, metavar="S",
                    help="time a new kiosk may take to send its first heartbeat (default 120)")
    wd.add_argument("--max-restarts", type=_count, default=5, metavar="N",
                    help="after N restarts within --window, wait longer and longer between restarts (default 5)")
    wd.add_argument("--window", type=_seconds, default=300.0, metavar="S", help="see --max-restarts (default 300)")
    wd.add_argument("--restart-delay", type=_seconds, default=1.0, metavar="S", help="pause before a restart (default 1)")
    wd.add_argument("--max-backoff", type=_seconds, default=300.0, metavar="S", help="longest pause between restarts (default 300)")
    wd.add_argument("--stop-timeout", type=_seconds, default=5.0, metavar="S", help="SIGTERM, then SIGKILL after S seconds (default 5)")
    wd.add_argument("child_command", nargs=argparse.REMAINDER, metavar="-- COMMAND",
                    help="what to supervise (default: this program's `run`)")

    diag = add("diagnostics", cmd_diagnostics, "write logs, versions, settings, database check and restarts for support")
    diag.add_argument("--out", required=True, metavar="DIR", help="folder to write the report (and its .zip) into")
    diag.set_defaults(voice_probe=voice_probe)
