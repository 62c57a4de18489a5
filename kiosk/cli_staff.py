"""Staff commands: workbook and content-pack import/export, signing keys,
backups, history and settings.

Every command here is a thin shell over the Qt-free services in
``kiosk.content`` (``workbook``, ``packs``, ``signing``, ``importer``,
``backups``, ``history``, ``settings``), the same ones the staff console
uses.  A refused import prints every problem (sheet, row and column for a
workbook; member for a pack) to stderr and exits 1; nothing is changed then.
``--progress`` prints each step of long work to stderr, one line each.
"""

from __future__ import annotations

import argparse
import contextlib
import functools
import json
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kiosk.content.database import Database

EXIT_OK = 0
EXIT_PROBLEMS = 1


@contextlib.contextmanager
def opened(args: argparse.Namespace, *, writes: bool = False) -> Iterator[Database]:
    """The database the command works on, prepared (schema and content
    ready), closed when the block ends.  *writes*: the command changes it, so
    a read-only database is refused before anything starts."""
    from kiosk.content.change.prepare import prepare
    from kiosk.content.database import open_database

    db = open_database(args.database, args.data_dir)
    try:
        if writes:
            db.check_writable()
        prepare(db)
        yield db
    finally:
        db.close()


def _errors(func: Callable[[argparse.Namespace], int]) -> Callable[[argparse.Namespace], int]:
    """Print this module's own error types as ``kiosk: message`` with exit 1
    (ContentError, DatabaseError and BackupError are handled by ``kiosk.cli.main``)."""

    @functools.wraps(func)
    def run(args: argparse.Namespace) -> int:
        from kiosk.content.progress import Cancelled
        from kiosk.content.change.settings import SettingsError

        try:
            return func(args)
        except (SettingsError, Cancelled) as exc:
            print(f"kiosk: {exc}", file=sys.stderr)
            return EXIT_PROBLEMS

    return run


def _progress(args: argparse.Namespace):
    if not getattr(args, "progress", False):
        from kiosk.content.change.lock import WAITING

        said: list[str] = []

        def waiting(done: int, total: int, message: str) -> bool:
            # Without --progress, still say once why nothing seems to happen.
            if message == WAITING and not said:
                said.append(message)
                print(f"kiosk: {WAITING} (up to {total} s)", file=sys.stderr, flush=True)
            return True

        return waiting

    def report(done: int, total: int, message: str) -> bool:
        counts = f" {done}/{total}" if total else ""
        print(f"progress: {message}{counts}", file=sys.stderr, flush=True)
        return True

    return report


def _print_warnings(warnings) -> None:
    from kiosk.content.problems import report_lines

    if warnings:
        print(f"{len(warnings)} warning(s), imported all the same:")
        print("\n".join(report_lines(warnings)))


def _print_result(what: str, result) -> None:
    if not result.changed:
        print(f"{what}: content version {result.content_version}; nothing changed (history entry #{result.version_id}).")
        return
    print(f"{what}: imported content version {result.content_version} (history entry #{result.version_id}).")
    print(f"Changed: {result.changes}.")
    if result.backup:
        print(f"Backup taken first: {result.backup}")


@_errors
def cmd_export_workbook(args: argparse.Namespace) -> int:
    """Write the content as the staff workbook (.xlsx)."""
    from kiosk.content.change.transfers import export_workbook

    with opened(args) as db:
        path = export_workbook(db, Path(args.file), _progress(args))
    print(f"Wrote {path}. Edit it in Excel or LibreOffice Calc, then `kiosk import workbook {path.name}`.")
    return EXIT_OK


@_errors
def cmd_import_workbook(args: argparse.Namespace) -> int:
    """Validate the whole workbook, then import it (backup first, one transaction)."""
    from kiosk.content.change.transfers import import_workbook

    warnings: list = []
    with opened(args, writes=True) as db:
        result = import_workbook(db, Path(args.file), actor=args.actor, progress=_progress(args), warnings=warnings)
    _print_result(args.file, result)
    _print_warnings(warnings)
    return EXIT_OK


@_errors
def cmd_pack_export(args: argparse.Namespace) -> int:
    """Write the content and its media as a content pack, optionally signed."""
    from kiosk.content.change.transfers import export_pack

    with opened(args) as db:
        info = export_pack(db, Path(args.file), sign_key=Path(args.sign) if args.sign else None, progress=_progress(args))
    signed = f", signed with key {info.signer.fingerprint}" if info.signer else ", unsigned"
    print(f"Wrote {info.path}: content version {info.content_version}, {info.members} files, {info.total_size} bytes{signed}.")
    return EXIT_OK


@_errors
def cmd_publish(args: argparse.Namespace) -> int:
    """Publish the content to a pack source folder for the kiosks that poll it."""
    from kiosk.fleet.publish import publish

    with opened(args) as db:
        done = publish(db, Path(args.to), key=Path(args.key) if args.key else None,
                       valid_days=args.valid_days, progress=_progress(args))
    index = done.index
    signed = "signed" if index.signed else "UNSIGNED (kiosks that accept only signed packs refuse it)"
    print(f"Published release {index.release} to {done.index_file.parent}: {done.pack.name}, {index.size} bytes, "
          f"content version {index.content_version}, {signed}, valid until {index.expires_at:%Y-%m-%d %H:%M} UTC.")
    if done.removed:
        print(f"Removed older packs: {', '.join(done.removed)}.")
    return EXIT_OK


@_errors
def cmd_pack_import(args: argparse.Namespace) -> int:
    """Check a content pack completely, then import it (backup first, one transaction)."""
    from kiosk.content.change.transfers import import_pack

    warnings: list = []
    with opened(args, writes=True) as db:
        result = import_pack(db, Path(args.file), actor=args.actor, progress=_progress(args), warnings=warnings)
    _print_result(args.file, result)
    _print_warnings(warnings)
    return EXIT_OK


@_errors
def cmd_pack_keygen(args: argparse.Namespace) -> int:
    """Create a signing key pair for content packs."""
    from kiosk.content.formats.signing import generate_keys

    keys = generate_keys(Path(args.out))
    print(f"Private key: {keys.private_key} (keep it on the office PC only)")
    print(f"Public key:  {keys.public_key} (fingerprint {keys.fingerprint}); on each kiosk: kiosk pack trust {keys.public_key.name}")
    return EXIT_OK


@_errors
def cmd_pack_trust(args: argparse.Namespace) -> int:
    """Trust packs signed with the private key that belongs to this public key."""
    from kiosk.content.change.transfers import trust_key

    with opened(args, writes=True) as db:
        signer = trust_key(db, Path(args.pubkey))
    print(f"Packs signed with key {signer.fingerprint} are now trusted.")
    return EXIT_OK


@_errors
def cmd_backup_list(args: argparse.Namespace) -> int:
    """List the database backups, newest first."""
    from kiosk.content.backups import list_backups

    with opened(args) as db:
        if not db.is_sqlite:
            print(f"{db.url} is not a SQLite file: its backups of record are the history's snapshots "
                  "(`kiosk history` lists them, `kiosk history restore N` brings one back); "
                  "back up the whole server with its own tools (pg_dump).")
            return EXIT_OK
        found = list_backups(db.backups_dir)
    if not found:
        print("No backups yet.")
    for b in found:
        print(f"{b.id}  {b.created_at:%Y-%m-%d %H:%M:%S} UTC  {b.size // 1024:>7} KB  {b.reason}")
    return EXIT_OK


@_errors
def cmd_backup_create(args: argparse.Namespace) -> int:
    """Take a checked backup of the database now."""
    from kiosk.content.change.importer import take_backup

    with opened(args, writes=True) as db:
        made = take_backup(db, args.reason, _progress(args))
    if made is None:
        print(f"kiosk: {db.url} is not a SQLite file; back it up with its own tools", file=sys.stderr)
        return EXIT_PROBLEMS
    print(f"Backup taken: {made.id}")
    if not db.is_sqlite:
        print(f"({db.url} is not a SQLite file: the backup of record is a snapshot of the content in the history, "
              f"restored with `kiosk history restore {made.id.split('#')[-1]}`; pg_dump backs up the whole server.)")
    return EXIT_OK


@_errors
def cmd_backup_restore(args: argparse.Namespace) -> int:
    """Restore the whole database from a backup (the current one is backed up first)."""
    from kiosk.content.change.importer import restore_backup

    with opened(args, writes=True) as db:
        result = restore_backup(db, args.id, actor=args.actor, progress=_progress(args))
    print(f"Restored {args.id}: content version {result.content_version}. Changed: {result.changes}.")
    if result.backup:
        print(f"The database as it was before is in backup {result.backup}")
    return EXIT_OK


@_errors
def cmd_history(args: argparse.Namespace) -> int:
    """List the content history, newest first."""
    from kiosk.content.change.history import list_versions

    with opened(args) as db:
        with db.sessions() as session:
            entries = list_versions(session, args.limit)
    for e in entries:
        mark = "" if e.restorable else "  (no snapshot: cannot be restored)"
        print(f"#{e.id:<4} {e.created_at:%Y-%m-%d %H:%M:%S}  {e.actor:<10} {e.action:<22} {e.content_version:<16} {e.summary}{mark}")
        if e.backup:
            print(f"{'':6}backup before it: {e.backup}")
    return EXIT_OK


@_errors
def cmd_history_restore(args: argparse.Namespace) -> int:
    """Bring back the content as it stood after a history entry."""
    from kiosk.content.change.importer import restore_version

    with opened(args, writes=True) as db:
        result = restore_version(db, args.version_id, actor=args.actor, progress=_progress(args))
    _print_result(f"history entry #{args.version_id}", result)
    return EXIT_OK


@_errors
def cmd_settings_list(args: argparse.Namespace) -> int:
    """Show every setting with its value and what it is for."""
    from kiosk.content.change.settings import SPECS, Settings

    with opened(args) as db:
        values = Settings(db.engine).all()
    for key, value in values.items():
        print(f"{key:<22} {json.dumps(value, ensure_ascii=False):<28} {SPECS[key].description}")
    return EXIT_OK


@_errors
def cmd_settings_set(args: argparse.Namespace) -> int:
    """Change one setting (the value is JSON: 120, true, "ru", ["zh-Hans","en"])."""
    from kiosk.content.change.settings import Settings, SettingsError

    from kiosk.content.formats import safejson

    try:
        value = safejson.loads(args.value, safejson.JSONLimits(max_bytes=64 * 1024, max_depth=2))
    except safejson.JSONRefused:
        if args.value.strip() in ("", "[", "{"):
            raise SettingsError(f"setting {args.key}: {args.value!r} is not a value") from None
        value = args.value  # a bare word is a string: `kiosk settings set screen_layout portrait`
    with opened(args, writes=True) as db:
        stored = Settings(db.engine).set(args.key, value)
    print(f"{args.key} = {json.dumps(stored, ensure_ascii=False)}")
    return EXIT_OK


@_errors
def cmd_fleet_status(args: argparse.Namespace) -> int:
    """Every kiosk: online or offline since when, its content (behind or current), its last errors."""
    from kiosk.fleet.office import fleet_of, summary_lines

    if args.source is not None and not Path(args.source).is_dir():
        print(f"kiosk: {args.source}: is not a folder (give the pack source folder the kiosks read)", file=sys.stderr)
        return EXIT_PROBLEMS
    args.database = args.fleet_database or args.database
    with opened(args) as db:
        view = fleet_of(db, args.source)
    where = [db.url] + ([str(view.source)] if view.source else [])
    print(f"Fleet status from {' and '.join(where)} (online: reported within {2 * view.poll_seconds} s)")
    for line in summary_lines(view.rows, view.newest):
        print(line)
    return EXIT_OK


def _long(p: argparse.ArgumentParser, actor: bool = True) -> argparse.ArgumentParser:
    p.add_argument("--progress", action="store_true", help="print each step to stderr")
    if actor:
        p.add_argument("--as", dest="actor", default="staff", metavar="ROLE", help="staff role recorded in the history (default: staff)")
    return p


def register(sub, add) -> None:
    """Add the staff commands to the ``kiosk`` parser."""
    export = sub.add_parser("export", help="export the content (workbook)")
    export_sub = export.add_subparsers(dest="export_command", metavar="WHAT", required=True)
    p = add("workbook", cmd_export_workbook, "write the content as an .xlsx workbook for editing", export_sub)
    p.add_argument("file", metavar="FILE.xlsx")
    _long(p, actor=False)

    imp = sub.add_parser("import", help="import content (workbook)")
    imp_sub = imp.add_subparsers(dest="import_command", metavar="WHAT", required=True)
    p = add("workbook", cmd_import_workbook, "check an edited workbook completely, then import it (backup first)", imp_sub)
    p.add_argument("file", metavar="FILE.xlsx")
    _long(p)

    pack = sub.add_parser("pack", help="content packs (.kioskpack) for the USB stick")
    pack_sub = pack.add_subparsers(dest="pack_command", metavar="ACTION", required=True)
    p = add("export", cmd_pack_export, "write the content and its media as a content pack", pack_sub)
    p.add_argument("file", metavar="FILE.kioskpack")
    p.add_argument("--sign", metavar="KEYFILE", help="sign with this private key (from `kiosk pack keygen`)")
    _long(p, actor=False)
    p = add("import", cmd_pack_import, "check a content pack completely, then import it (backup first)", pack_sub)
    p.add_argument("file", metavar="FILE.kioskpack")
    _long(p)
    p = add("keygen", cmd_pack_keygen, "create a key pair for signing packs", pack_sub)
    p.add_argument("--out", required=True, metavar="DIR")
    p = add("trust", cmd_pack_trust, "accept packs signed with the key that belongs to this public key", pack_sub)
    p.add_argument("pubkey", metavar="PUBKEYFILE")

    p = add("publish", cmd_publish, "put the content on a pack source (a shared folder, or a web server's folder) "
            "for the kiosks that poll it")
    p.add_argument("--to", required=True, metavar="FOLDER", help="the pack source folder")
    p.add_argument("--key", metavar="KEYFILE", help="sign with this private key (from `kiosk pack keygen`)")
    p.add_argument("--valid-days", type=int, metavar="N", help="days the pack stays valid (default: setting fleet.pack_valid_days)")
    _long(p, actor=False)

    backup = sub.add_parser("backup", help="database backups")
    backup_sub = backup.add_subparsers(dest="backup_command", metavar="ACTION", required=True)
    add("list", cmd_backup_list, "list the backups, newest first", backup_sub)
    p = add("create", cmd_backup_create, "take a checked backup now", backup_sub)
    p.add_argument("--reason", default="manual", help="word or two saying why (default: manual)")
    _long(p, actor=False)
    p = add("restore", cmd_backup_restore, "restore the whole database from a backup (current one backed up first)", backup_sub)
    p.add_argument("id", metavar="ID")
    _long(p)

    history = add("history", cmd_history, "list the content history, newest first")
    history.add_argument("--limit", type=int, default=20)
    history_sub = history.add_subparsers(dest="history_command", metavar="ACTION")
    p = add("restore", cmd_history_restore, "bring back the content as it stood after a history entry", history_sub)
    p.add_argument("version_id", type=int, metavar="VERSION_ID")
    _long(p)

    fleet = sub.add_parser("fleet", help="the kiosks of the hall, as they report to the office")
    fleet_sub = fleet.add_subparsers(dest="fleet_command", metavar="ACTION", required=True)
    p = add("status", cmd_fleet_status, "every kiosk: online or offline since when, content version, last errors", fleet_sub)
    p.add_argument("--database", dest="fleet_database", metavar="URL",
                   help="the office database (default: --database before the command, $KIOSK_DATABASE_URL, or the data folder's)")
    p.add_argument("--source", metavar="FOLDER", help="a folder pack source, whose status/ files kiosks write when there is no office database")

    settings = add("settings", cmd_settings_list, "show the kiosk's settings")
    settings_sub = settings.add_subparsers(dest="settings_command", metavar="ACTION")
    add("list", cmd_settings_list, "show every setting", settings_sub)
    p = add("set", cmd_settings_set, "change a setting", settings_sub)
    p.add_argument("key")
    p.add_argument("value", help='JSON value: 120, true, "ru", ["zh-Hans","en"]')
