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
from kiosk.content.formats.pack_attract import PackAttract
from kiosk.content.formats.pack_layout import MANIFEST, PackError
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
    settings = Settings(db.engine)
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


def attract_media(db: Database) -> PackAttract:
    """The attract loop's media as this PC's settings name them, for a pack to carry."""
    settings = Settings(db.engine)
    return PackAttract(tuple(settings.get("attract.media")), bool(settings.get("attract.sound")))


def check_pack_attract(attract: PackAttract | None, where: str) -> None:
    """PackError (nothing changed) when a pack's attract media are not what the setting accepts."""
    if attract is None:
        return
    try:
        Settings.spec("attract.media").check(list(attract.media))
    except ValueError as exc:
        raise PackError(f"{where}: {MANIFEST}", f"its attract media {list(attract.media)!r} {exc}") from None


def apply_pack_attract(db: Database, attract: PackAttract | None) -> bool:
    """Make the kiosk's attract loop show what the imported pack carries
    (its files are installed with the pack's media); True when the settings
    changed.  A pack that says nothing about the attract loop changes nothing."""
    if attract is None:
        return False
    settings = Settings(db.engine)
    before = (settings.get("attract.media"), settings.get("attract.sound"))
    with settings.transaction() as tx:
        tx.put("attract.media", list(attract.media))
        tx.put("attract.sound", attract.sound)
    return before != (list(attract.media), attract.sound)


def export_pack(db: Database, path: Path, *, sign_key: Path | None = None, progress: ProgressFn | None = None) -> PackInfo:
    """Write the content of *db*, its media and the attract loop's media as a pack at *path*."""
    content = saved_content(db, progress)
    return write_pack(content, path, media_dir=paths.media_dir(db.data_dir), sign_key=sign_key, progress=progress,
                      attract=attract_media(db))


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
    import it, with the attract loop's media when it carries them; texts
    that start like a formula go to *warnings*."""
    db.check_writable()
    staging = db.data_dir / "staging"
    with open_pack(path, trust=trust_policy(db), staging_root=staging, limits=limits, progress=progress) as pack:
        check_pack_attract(pack.attract, path.name)
        if warnings is not None:
            warnings.extend(formula_warnings(pack.content, f"{path.name}: content/"))
        result = apply_content(db, pack.content, actor=actor, action="import-pack", media=pack.media, progress=progress)
    apply_pack_attract(db, pack.attract)
    return result


def trust_key(db: Database, public_key_file: Path) -> Signer:
    """Add the public key in *public_key_file* to the kiosk's trusted keys (once)."""
    key = read_public_key(public_key_file)
    settings = Settings(db.engine)
    keys = list(settings.get("packs.trusted_keys"))
    if key not in keys:
        settings.set("packs.trusted_keys", [*keys, key])
    return Signer(key, fingerprint(key))
