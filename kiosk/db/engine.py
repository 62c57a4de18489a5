"""Engine and session factory for the kiosk's database.

SQLite runs in WAL mode with foreign keys on, so the visitor UI can read
while an import writes, and a crash mid-write leaves the last committed
content intact.  Session lifetime is owned by the caller
(``with factory.begin() as session:``), never by the functions that query.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker

from kiosk.paths import sqlite_path


class DatabaseError(Exception):
    """The database cannot be opened or used; the message says which file and why."""


def _sqlite_pragmas(dbapi_connection, _record) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=5000")
    cursor.close()


def check_sqlite_file(path: Path) -> None:
    """Raise DatabaseError if *path* exists but is not a SQLite database."""
    if not path.exists():
        return
    if path.is_dir():
        raise DatabaseError(f"{path}: is a folder, not a database file")
    if path.stat().st_size == 0:
        return
    with path.open("rb") as handle:
        header = handle.read(16)
    if header != b"SQLite format 3\x00":
        raise DatabaseError(
            f"{path}: is not a SQLite database (the file starts with {header[:8]!r}); "
            "move it away or point --database at the right file"
        )


def make_engine(url: str, *, wal: bool = True) -> Engine:
    """Create an engine for *url*; SQLite files get WAL, foreign keys, a busy timeout."""
    path = sqlite_path(url)
    if path is not None:
        check_sqlite_file(path)
        path.parent.mkdir(parents=True, exist_ok=True)
    engine = create_engine(url)
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _sqlite_pragmas)
        if wal and path is not None:
            try:
                with engine.connect() as conn:
                    conn.exec_driver_sql("PRAGMA journal_mode=WAL")
            except Exception as exc:  # sqlite3.DatabaseError wrapped by SQLAlchemy
                engine.dispose()
                raise DatabaseError(f"{path}: cannot be opened as a database ({_root(exc)})") from exc
    return engine


def _root(exc: BaseException) -> str:
    orig = getattr(exc, "orig", None)
    if isinstance(orig, sqlite3.Error):
        return str(orig)
    return str(exc).splitlines()[0]


def make_session_factory(engine: Engine) -> sessionmaker[Session]:
    """A session factory whose objects stay readable after commit."""
    return sessionmaker(engine, expire_on_commit=False)
