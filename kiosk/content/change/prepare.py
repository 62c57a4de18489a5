"""Make an open database ready: schema at head, content loaded.

A new database is created at the newest schema and filled from the default
content; an existing one older than the program is backed up, then
upgraded; one that already holds content is left alone.
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass
from pathlib import Path

from kiosk import paths
from kiosk.content.database import Database
from kiosk.content.meta import has_content
from kiosk.db import SCHEMA_HEAD
from kiosk.db.migrate import current_revision, upgrade

# Loading content (pydantic, the store, the ORM) is imported only when a new
# database needs it: the kiosk's own start on a ready database stays light.


@dataclass(frozen=True)
class PrepareReport:
    """What ``prepare`` did: schema revisions, backup, whether content was loaded."""

    from_revision: str | None
    to_revision: str
    backup: str | None
    loaded_default: bool



def prepare(db: Database, default_content: Path | None = None) -> PrepareReport:
    """Bring *db* to the newest schema (backing up an older one) and load the
    default content when it holds none."""
    taken: list[str] = []

    def _backup(old: str | None, new: str) -> None:
        made = db.backup(f"before-upgrade-{old}-to-{new}")
        if made is not None:
            taken.append(made.id)

    # Office PCs sharing one server may all start on a new database at once:
    # one creates it, the others wait and find it made. (A SQLite file is
    # one kiosk's, and SQLite serialises its writers itself.)
    with contextlib.nullcontext() if db.is_sqlite else db.write_lock():
        old = current_revision(db.engine)
        if old != SCHEMA_HEAD:
            upgrade(db.engine, before_upgrade=_backup)
        loaded = False
        with db.engine.connect() as conn:
            empty = not has_content(conn)
        if empty:
            from kiosk.content.formats.contentset_io import read_content_dir
            from kiosk.content.change.history import record_version
            from kiosk.content.change.store import replace_content

            with db.sessions.begin() as session:
                if not has_content(session):  # another office PC may have filled it meanwhile
                    content = read_content_dir(default_content or paths.DEFAULT_CONTENT_DIR)
                    counts = replace_content(session, content)
                    record_version(session, "system", "load-default", content.meta.content_version, counts)
                    loaded = True
    return PrepareReport(old, SCHEMA_HEAD, taken[0] if taken else None, loaded)
