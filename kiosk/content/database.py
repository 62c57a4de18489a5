"""Open the kiosk's database: its URL, data folder, engine and sessions.

Every face (kiosk, staff console, command line) opens it first, then calls
``kiosk.content.change.prepare.prepare`` to bring it to the newest schema
with content loaded.
"""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine

from kiosk import paths
from kiosk.content import backups
from kiosk.db.engine import DatabaseError, make_engine, make_session_factory, write_problem

if TYPE_CHECKING:
    from sqlalchemy.orm import Session, sessionmaker


#: The PostgreSQL advisory lock taken by every change of the content (any
#: fixed 64-bit number; this one spells "kiosk" in ASCII).
CONTENT_LOCK_KEY = int.from_bytes(b"kiosk", "big")


@dataclass
class Database:
    """An open database: its URL, data folder, engine and session factory.

    Readers that need no ORM objects (the visitor kiosk's catalogue, search
    and settings) take ``engine`` and read with Core connections; the ORM is
    loaded when ``sessions`` is first used (staff work, imports)."""

    url: str
    data_dir: Path
    engine: Engine

    @cached_property
    def sessions(self) -> sessionmaker[Session]:
        """The ORM session factory (made, and the ORM loaded, on first use)."""
        return make_session_factory(self.engine)

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

    @property
    def is_sqlite(self) -> bool:
        """True for a SQLite database (a kiosk's own); False for an office server."""
        return self.engine.dialect.name == "sqlite"

    @contextlib.contextmanager
    def write_lock(self) -> Iterator[None]:
        """Hold the database's own lock for changes of the content.

        On PostgreSQL several office PCs share the database, and the import
        lock file (one per data folder) cannot exclude one another: a session
        advisory lock does, and the server releases it if its holder dies.
        A SQLite file may be opened from two data folders (two import locks),
        so it gets a lock file of its own beside it.
        """
        path = self.sqlite_file
        if path is not None:
            with _file_lock(path.with_name(path.name + "-write.lock")):
                yield
            return
        if self.engine.dialect.name != "postgresql":
            yield
            return
        with self.engine.connect() as conn:
            conn.exec_driver_sql("SELECT pg_advisory_lock(%s)" % CONTENT_LOCK_KEY)
            try:
                yield
            finally:
                conn.exec_driver_sql("SELECT pg_advisory_unlock(%s)" % CONTENT_LOCK_KEY)
                conn.commit()

    def check_writable(self) -> None:
        """Raise DatabaseError now if the database cannot be written, so a
        change is refused before it starts rather than failing half-way."""
        path = self.sqlite_file
        trouble = write_problem(path) if path is not None else None
        if trouble:
            raise DatabaseError(f"{path}: {trouble}; nothing was changed")

    def close(self) -> None:
        """Release the connections."""
        self.engine.dispose()


@contextlib.contextmanager
def _file_lock(path: Path) -> Iterator[None]:
    """Wait for and hold an OS lock on *path* (released by the OS if the holder dies)."""
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        if sys.platform == "win32":
            import msvcrt

            while True:
                try:
                    msvcrt.locking(fd, msvcrt.LK_LOCK, 1)  # retries for 10 s, then raises
                    break
                except OSError:
                    continue
        else:
            import fcntl

            fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        os.close(fd)  # closing releases the lock


def open_database(url: str | None = None, data_dir: str | Path | None = None) -> Database:
    """Open (creating when missing) the database at *url* or the configured default."""
    try:
        folder = paths.data_dir(data_dir)
    except paths.DataFolderError as exc:
        raise DatabaseError(str(exc)) from None
    resolved = paths.database_url(url, folder)
    engine = make_engine(resolved)
    return Database(resolved, folder, engine)
