"""Content in and out of the database as files: workbooks and content packs.

``kiosk.content.formats`` reads and writes the files and checks them
completely; this module joins them to the database: an export reads the
saved content, an import hands the checked content to
``importer.apply_content`` (backup, one transaction, history entry, media
after the commit).  The kiosk's trust settings decide which packs it takes.
"""

from __future__ import annotations

from pathlib import Path

from kiosk import paths
from kiosk.content.change.importer import ImportResult, apply_content, current_content
from kiosk.content.change.settings import Settings
from kiosk.content.change.store import read_content
from kiosk.content.database import Database
from kiosk.content.formats.packs import DEFAULT_LIMITS, PackInfo, PackLimits, TrustPolicy, open_pack, write_pack
from kiosk.content.formats.schema import ContentSet
from kiosk.content.formats.signing import Signer, fingerprint, read_public_key
from kiosk.content.formats.spreadsheet_text import formula_warnings
from kiosk.content.formats.staleness import flag_content
from kiosk.content.formats.workbook import read_workbook, write_workbook
from kiosk.content.problems import Problem
from kiosk.content.progress import ProgressFn, Reporter


def saved_content(db: Database, progress: ProgressFn | None = None) -> ContentSet:
    """The content *db* holds now, as a content set."""
    Reporter(progress).step(0, 0, "reading the content")
    with db.sessions() as session:
        return read_content(session)


def trust_policy(db: Database) -> TrustPolicy:
    """Which packs this kiosk accepts, as its settings say."""
    settings = Settings(db.sessions)
    return TrustPolicy(bool(settings.get("packs.allow_unsigned")), tuple(settings.get("packs.trusted_keys")))


def export_workbook(db: Database, path: Path, progress: ProgressFn | None = None) -> Path:
    """Write the content of *db* as the staff workbook at *path*."""
    return write_workbook(saved_content(db, progress), path, progress)


def import_workbook(
    db: Database, path: Path, *, actor: str, progress: ProgressFn | None = None, warnings: list[Problem] | None = None
) -> ImportResult:
    """Check the workbook at *path* completely, then import it; texts worth
    a look (they start like a formula) go to *warnings*.  A text changed in
    English (or a verified text changed in any language) leaves the other
    languages of its field needing review (``staleness``)."""
    db.check_writable()  # before the reading, not from deep inside the write
    content = flag_content(current_content(db), read_workbook(path, progress, warnings))
    return apply_content(db, content, actor=actor, action="import-workbook", progress=progress)


def export_pack(db: Database, path: Path, *, sign_key: Path | None = None, progress: ProgressFn | None = None) -> PackInfo:
    """Write the content of *db* and its media as a pack at *path*."""
    content = saved_content(db, progress)
    return write_pack(content, path, media_dir=paths.media_dir(db.data_dir), sign_key=sign_key, progress=progress)


def import_pack(
    db: Database,
    path: Path,
    *,
    actor: str,
    progress: ProgressFn | None = None,
    limits: PackLimits = DEFAULT_LIMITS,
    warnings: list[Problem] | None = None,
) -> ImportResult:
    """Check the pack at *path* against this kiosk's trust settings, then
    import it; texts that start like a formula go to *warnings*."""
    db.check_writable()
    staging = db.data_dir / "staging"
    with open_pack(path, trust=trust_policy(db), staging_root=staging, limits=limits, progress=progress) as pack:
        if warnings is not None:
            warnings.extend(formula_warnings(pack.content, f"{path.name}: content/"))
        return apply_content(db, pack.content, actor=actor, action="import-pack", media=pack.media, progress=progress)


def trust_key(db: Database, public_key_file: Path) -> Signer:
    """Add the public key in *public_key_file* to the kiosk's trusted keys (once)."""
    key = read_public_key(public_key_file)
    settings = Settings(db.sessions)
    keys = list(settings.get("packs.trusted_keys"))
    if key not in keys:
        settings.set("packs.trusted_keys", [*keys, key])
    return Signer(key, fingerprint(key))
