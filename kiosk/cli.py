"""The one entry point: ``kiosk [run|admin|db|content|search|tour|bench|self-test ...]``.

Without a sub-command it starts the visitor kiosk.  Every sub-command works on
the same database, chosen by ``--database URL`` / ``$KIOSK_DATABASE_URL``, in
the data folder chosen by ``--data-dir`` / ``$KIOSK_DATA_DIR``.  Errors are
printed as one clear message naming the file, record and field, with a
non-zero exit code; nothing is changed when a command fails.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from kiosk import APP_NAME, __version__

EXIT_OK = 0
EXIT_PROBLEMS = 1
EXIT_USAGE = 2


@contextlib.contextmanager
def _database(args: argparse.Namespace, *, writes: bool = False):
    """The database the command names, closed when the block ends (not
    prepared: ``db init`` and ``db upgrade`` do that their own way)."""
    from kiosk.content.database import open_database

    db = open_database(args.database, args.data_dir)
    try:
        if writes:
            db.check_writable()
        yield db
    finally:
        db.close()


def cmd_db_init(args: argparse.Namespace) -> int:
    """Create the database at the newest schema and load the default content."""
    from kiosk.content.change.prepare import prepare
    from kiosk.content.change.store import content_version

    with _database(args, writes=True) as db:
        report = prepare(db, Path(args.content) if args.content else None)
        with db.sessions() as session:
            version = content_version(session)
    if report.loaded_default:
        print(f"Created {db.url} at schema {report.to_revision} with content version {version}.")
    else:
        print(f"{db.url} is ready (schema {report.to_revision}, content version {version}); nothing changed.")
    if report.backup:
        print(f"Backup taken before the upgrade: {report.backup}")
    return EXIT_OK


def cmd_db_upgrade(args: argparse.Namespace) -> int:
    """Upgrade the schema to the newest revision (after a backup)."""
    from kiosk.db.migrate import current_revision, head_revision, upgrade

    with _database(args, writes=True) as db:
        taken: list[str] = []
        before = current_revision(db.engine)
        upgrade(db.engine, before_upgrade=lambda old, new: taken.extend(
            [b.id] if (b := db.backup(f"before-upgrade-{old}-to-{new}")) else []))
    if before == head_revision():
        print(f"{db.url} is already at schema {before}; nothing changed.")
    else:
        print(f"Upgraded {db.url} from schema {before or '(empty)'} to {head_revision()}.")
        for name in taken:
            print(f"Backup taken first: {name}")
        if not db.is_sqlite:
            print("No file backup was taken: this is not a SQLite file; the content history keeps its snapshots, "
                  "and the server's own tools (pg_dump) back up the whole database.")
    return EXIT_OK


def cmd_db_check(args: argparse.Namespace) -> int:
    """Run SQLite's integrity check and the content validation; list what is wrong."""
    from kiosk.content.change.checks import check_database

    with _database(args) as db:
        problems = check_database(db)
    if problems:
        print(f"{db.url}: {len(problems)} problem(s):", file=sys.stderr)
        for problem in problems:
            print(f"  - {problem}", file=sys.stderr)
        return EXIT_PROBLEMS
    print(f"{db.url}: database and content are sound.")
    return EXIT_OK


def cmd_content_validate(args: argparse.Namespace) -> int:
    """Validate a content folder, content pack (.kioskpack) or workbook (.xlsx) without touching any database."""
    from kiosk.content.formats.contentset_io import read_content_dir

    from kiosk.content.problems import report_lines

    path = Path(args.path)
    warnings: list = []
    if path.suffix.lower() == ".kioskpack":
        from kiosk.content.formats.packs import verify_pack

        info, content = verify_pack(path)
        print(f"{args.path}: {'signed with key ' + info.signer.fingerprint if info.signer else 'unsigned'} pack, every checksum matches.")
    elif path.suffix.lower() in (".xlsx", ".xlsm", ".xls", ".ods", ".fods", ".csv"):
        # The workbook reader explains what to do with the others.
        from kiosk.content.formats.workbook import read_workbook

        content = read_workbook(path, warnings=warnings)
    else:
        content = read_content_dir(path)
    counts = ", ".join(f"{n} {kind}" for kind, n in content.counts().items() if n)
    print(f"{args.path}: valid content version {content.meta.content_version} ({counts}).")
    if warnings:
        print(f"{len(warnings)} warning(s):\n" + "\n".join(report_lines(warnings)))
    return EXIT_OK


def cmd_search(args: argparse.Namespace) -> int:
    """Search the content like the kiosk's search page does."""
    from kiosk.content.change.prepare import prepare
    from kiosk.content.read.search import SearchService

    if args.eval:
        return _search_eval(Path(args.eval))
    if not args.text:
        print("kiosk search: give the words to search for, or --eval FILE", file=sys.stderr)
        return EXIT_USAGE
    with _database(args) as db:
        prepare(db)
        results = SearchService(db.engine).search(args.text, args.lang, limit=args.limit)
    if not results:
        print("No results.")
        return EXIT_OK
    for r in results:
        line = f"{r.kind:<12} {r.slug:<45} {r.title}"
        if r.snippet:
            line += f"\n{'':<59}… {r.snippet}"
        print(line)
    return EXIT_OK


def _search_eval(path: Path) -> int:
    """Score a relevance set against the default content in a throwaway database."""
    import tempfile

    from kiosk.content.change.prepare import prepare
    from kiosk.content.database import open_database
    from kiosk.content.read.search import SearchService
    from kiosk.content.read.search_eval import evaluate, load_cases, report

    try:
        cases = load_cases(path)
    except (OSError, ValueError) as exc:
        print(f"kiosk search --eval: {exc}", file=sys.stderr)
        return EXIT_USAGE
    with tempfile.TemporaryDirectory(prefix="kiosk-search-eval-") as tmp:
        db = open_database(None, Path(tmp))
        try:
            prepare(db)
            text, met = report(evaluate(SearchService(db.engine), cases))
        finally:
            db.close()
    print(text)
    return EXIT_OK if met else 1


def cmd_run(args: argparse.Namespace) -> int:
    """Start the visitor kiosk."""
    from kiosk.ui.app import run_kiosk

    return run_kiosk(args)


def cmd_tour(args: argparse.Namespace) -> int:
    """Write a screenshot of every page in every language and layout."""
    from kiosk.ui.tour import run_tour

    return run_tour(args)


def cmd_self_test(args: argparse.Namespace) -> int:
    """Load every page in every language offscreen, check the database, exit 0 when all is well."""
    from kiosk.ui.selftest import run_self_test

    return run_self_test(args)


def cmd_voices(args: argparse.Namespace) -> int:
    """The text-to-speech engine and the voice read aloud uses for each language."""
    import json

    from kiosk.gui.speech import probe_in_application
    from kiosk.runtime.diagnostics import voices_summary

    report = probe_in_application(args.engine).as_json()
    if args.json:
        print(json.dumps(report, ensure_ascii=False, indent=2))
    else:
        print("\n".join(voices_summary(report)))
    problems = report["problem"] or any(not entry["voices"] for entry in report["languages"].values())
    return EXIT_PROBLEMS if problems else EXIT_OK


#: How long the diagnostics wait for ``kiosk voices`` (a first start of speech-dispatcher takes seconds).
VOICES_TIMEOUT_S = 60


def voices_in_a_process() -> dict:
    """``kiosk voices --json`` run as a separate process, for the diagnostics:
    a text-to-speech engine that hangs or crashes cannot take the report with it."""
    import json
    import subprocess

    from kiosk import paths

    command = [sys.executable] if paths.is_frozen() else [sys.executable, "-m", "kiosk"]
    done = subprocess.run([*command, "voices", "--json"], capture_output=True, text=True, encoding="utf-8",
                          timeout=VOICES_TIMEOUT_S, check=False)
    if not done.stdout.strip():
        raise RuntimeError(f"kiosk voices gave no answer (exit {done.returncode}): {done.stderr.strip()[-500:]}")
    return json.loads(done.stdout)


def build_parser() -> argparse.ArgumentParser:
    """The argument parser for every sub-command."""
    parser = argparse.ArgumentParser(prog="kiosk", description=f"{APP_NAME} {__version__}")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("--database", metavar="URL", help="database URL (default: $KIOSK_DATABASE_URL or a SQLite file in the data folder)")
    parser.add_argument("--data-dir", metavar="DIR", help="writable data folder (default: $KIOSK_DATA_DIR or the platform's user data folder)")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    def add(name: str, func: Callable[[argparse.Namespace], int], help_text: str, parent=sub):
        p = parent.add_parser(name, help=help_text, description=help_text)
        p.set_defaults(func=func)
        return p

    run = add("run", cmd_run, "start the visitor kiosk (the default)")
    _add_run_options(run)

    db = sub.add_parser("db", help="create, upgrade and check the database")
    db_sub = db.add_subparsers(dest="db_command", metavar="ACTION", required=True)
    init = add("init", cmd_db_init, "create the database and load the default content (twice changes nothing)", db_sub)
    init.add_argument("--content", metavar="DIR", help="content folder to load instead of the bundled default")
    add("upgrade", cmd_db_upgrade, "upgrade the schema to the newest revision, after a backup", db_sub)
    add("check", cmd_db_check, "integrity check plus content validation", db_sub)

    content = sub.add_parser("content", help="work with content folders")
    content_sub = content.add_subparsers(dest="content_command", metavar="ACTION", required=True)
    validate = add("validate", cmd_content_validate, "validate a content folder, .kioskpack or .xlsx (same rules as every import)", content_sub)
    validate.add_argument("path", metavar="PATH")

    s = add("search", cmd_search, "search the content as a visitor would")
    s.add_argument("text", nargs="?")
    s.add_argument("--eval", metavar="FILE", help="score a relevance set (tests/data/search-relevance.json) on a throwaway "
                   "database holding the default content: success@3 and MRR per language; exit 1 when a target is missed")
    s.add_argument("--lang", default="zh-Hans", choices=["zh-Hans", "ru", "en"])
    s.add_argument("--limit", type=int, default=20)

    tour = add("tour", cmd_tour, "write a PNG of every page, in every language and layout")
    tour.add_argument("--out", required=True, metavar="DIR")
    tour.add_argument("--layouts", default="landscape,portrait,small", help="comma-separated: landscape, portrait, small")
    tour.add_argument("--langs", default="zh-Hans,ru,en")
    tour.add_argument("--max-per-kind", type=int, default=50, metavar="N", help="detail pages per kind (default 50)")
    tour.add_argument("--sheet", action="store_true", help="also write one contact sheet per layout and language")
    tour.add_argument("--access", default="", metavar="MODES",
                      help="accessibility modes on for every page, comma-separated: large, contrast, motion, reach")

    voices = add("voices", cmd_voices, "the text-to-speech engine and the read-aloud voice for each language")
    voices.add_argument("--json", action="store_true", help="the full report as JSON")
    voices.add_argument("--engine", default=None, help="a Qt text-to-speech engine (default: speechd on Linux, the platform's own elsewhere)")

    st = add("self-test", cmd_self_test, "load every page offscreen in every language and check the database")
    st.add_argument("--quiet", action="store_true")

    # Command groups that live in their own modules register themselves here.
    from kiosk import cli_staff
    from kiosk.admin import cli as admin_cli
    from kiosk.bench import cli as bench_cli
    from kiosk.runtime import cli as runtime_cli
    from kiosk.stats import cli as stats_cli

    cli_staff.register(sub, add)
    admin_cli.register(sub, add)
    bench_cli.register(sub, add)
    runtime_cli.register(sub, add, voice_probe=voices_in_a_process)
    stats_cli.register(sub, add)
    return parser


def _add_run_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--locked", action="store_true",
                   help="full screen, every way out swallowed (Escape, Alt+F4, closing): how the installed kiosk runs; "
                   "the setting kiosk.locked makes it the default")
    p.add_argument("--windowed", metavar="WxH", nargs="?", const="1920x1080",
                   help="a normal window of this size (default: 1920x1080, or what fits the screen); Escape closes it")
    p.add_argument("--lang", choices=["zh-Hans", "ru", "en"], help="start language (default: the content's default)")
    p.add_argument("--idle-timeout", type=float, metavar="SECONDS", help="seconds without a touch before the 'still there?' countdown")


def main(argv: Sequence[str] | None = None) -> int:
    """Parse *argv* and run the command; returns the process exit code."""
    parser = build_parser()
    argv = list(sys.argv[1:] if argv is None else argv)
    args = parser.parse_args(argv)
    if args.command is None:
        args = parser.parse_args([*argv, "run"])
    try:
        code = args.func(args)
        # Written now, inside the guard: a reader that went away (``| head``)
        # shows up here rather than as a traceback at exit.
        sys.stdout.flush()
        return code
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return _reader_went_away()
    except Exception as exc:  # every failure ends in a sentence, never a traceback
        print(f"kiosk: {failure_sentence(exc)}", file=sys.stderr)
        if os.environ.get(ENV_TRACEBACK):
            raise
        return EXIT_PROBLEMS


#: Set to 1 to see the traceback of an unexpected failure (for developers).
ENV_TRACEBACK = "KIOSK_TRACEBACK"


def failure_sentence(exc: Exception) -> str:
    """What went wrong, as one sentence for staff (the known errors carry
    their own; files and databases get a plain reason)."""
    from sqlalchemy.exc import DBAPIError

    from kiosk.content.backups import BackupError
    from kiosk.content.problems import ContentError
    from kiosk.db.engine import DatabaseError
    from kiosk.paths import DataFolderError

    if isinstance(exc, (ContentError, DatabaseError, BackupError, DataFolderError)):
        return str(exc)
    if isinstance(exc, IsADirectoryError):
        return f"{exc.filename}: is a folder, not a file"
    if isinstance(exc, NotADirectoryError):
        return f"{exc.filename}: a part of this path is a file, not a folder"
    if isinstance(exc, PermissionError):
        return f"{exc.filename}: permission denied (this user may not read or write it)"
    if isinstance(exc, OSError):
        where = f"{exc.filename}: " if exc.filename else ""
        return f"{where}{exc.strerror or exc}"
    if isinstance(exc, DBAPIError):
        reason = str(getattr(exc, "orig", None) or exc).splitlines()[0]
        return f"the database refused the work ({reason}); nothing was changed"
    return (f"unexpected failure ({type(exc).__name__}: {str(exc).splitlines()[0] if str(exc) else 'no details'}); "
            f"`kiosk diagnostics --out DIR` collects what support needs ({ENV_TRACEBACK}=1 shows the traceback)")


def _reader_went_away() -> int:
    # Point stdout at nothing, so the interpreter's final flush does not fail again.
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass
    return EXIT_PROBLEMS
