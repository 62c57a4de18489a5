"""Open the kiosk's database and make it ready: schema at head, content loaded.

This is what every face (kiosk, staff console, command line) calls first.
A new database is created at the newest schema and filled from the default
content; an existing one older than the program is backed up, then
upgraded; one that already holds content is left alone.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from kiosk import paths
from kiosk.content import backups
from kiosk.content.meta import has_content
from kiosk.db import SCHEMA_HEAD
from kiosk.db.engine import make_engine, make_session_factory
from kiosk.db.migrate import current_revision, upgrade

# Loading content (pydantic, the store) is imported only when a new database
# needs it: the kiosk's own start on a ready database stays light.


@dataclass
class Database:
    """An open database: its URL, data folder, engine and session factory."""

    url: str
    data_dir: Path
    engine: Engine
    sessions: sessionmaker[Session]

    @property
    def sqlite_file(self) -> Path | None:
        """The SQLite file, or None for other databases."""
        return paths.sqlite_path(self.url)

    @property
    def backups_dir(self) -> Path:
        """Where this database's backups go."""
        return paths.backups_dir(self.data_dir)

    def backup(self, reason: str) -> backups.Backup | None:
        """Take a checked backup now (None for a database with no file)."""
        if self.sqlite_file is None or not self.sqlite_file.exists():
            return None
        # Fold the WAL into the main file first so the copy is complete.
        with self.engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        return backups.create_backup(self.sqlite_file, self.backups_dir, reason)

    def close(self) -> None:
        """Release the connections."""
        self.engine.dispose()


@dataclass(frozen=True)
class PrepareReport:
    """What ``prepare`` did: schema revisions, backup, whether content was loaded."""

    from_revision: str | None
    to_revision: str
    backup: str | None
    loaded_default: bool


def open_database(url: str | None = None, data_dir: str | Path | None = None) -> Database:
    """Open (creating when missing) the database at *url* or the configured default."""
    folder = paths.data_dir(data_dir)
    resolved = paths.database_url(url, folder)
    engine = make_engine(resolved)
    return Database(resolved, folder, engine, make_session_factory(engine))


def prepare(db: Database, default_content: Path | None = None) -> PrepareReport:
    """Bring *db* to the newest schema (backing up an older one) and load the
    default content when it holds none."""
    taken: list[str] = []

    def _backup(old: str | None, new: str) -> None:
        made = db.backup(f"before-upgrade-{old}-to-{new}")
        if made is not None:
            taken.append(made.id)

    old = current_revision(db.engine)
    if old != SCHEMA_HEAD:
        upgrade(db.engine, before_upgrade=_backup)
    loaded = False
    with db.sessions.begin() as session:
        if not has_content(session):
            from kiosk.content.contentset_io import read_content_dir
            from kiosk.content.history import record_version
            from kiosk.content.store import replace_content

            content = read_content_dir(default_content or paths.DEFAULT_CONTENT_DIR)
            counts = replace_content(session, content)
            record_version(session, "system", "load-default", content.meta.content_version, counts)
            loaded = True
    return PrepareReport(old, SCHEMA_HEAD, taken[0] if taken else None, loaded)
