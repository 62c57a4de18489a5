"""Engine and session factory for the kiosk's database.

SQLite runs in WAL mode with foreign keys on, so the visitor UI can read
while an import writes, and a crash mid-write leaves the last committed
content intact.  Session lifetime is owned by the caller
(``with factory.begin() as session:``), never by the functions that query.

The ORM is imported only when a session factory is made: the visitor kiosk
reads with Core connections (``engine.connect()``) and never loads it.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import URL, Engine, create_engine, event, make_url
from sqlalchemy.exc import ArgumentError, NoSuchModuleError

from kiosk.paths import sqlite_path

if TYPE_CHECKING:
    from sqlalchemy.orm import Session, sessionmaker


class DatabaseError(Exception):
    """The database cannot be opened or used; the message says which file and why."""


def _sqlite_pragmas(dbapi_connection, _record) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=5000")
    cursor.close()


#: Python module a database driver needs -> the package that provides it.
DRIVER_PACKAGES = {
    "psycopg2": "psycopg2-binary",
    "psycopg": "psycopg[binary]",
    "asyncpg": "asyncpg",
    "pg8000": "pg8000",
    "MySQLdb": "mysqlclient",
    "pymysql": "PyMySQL",
    "mysql": "mysql-connector-python",
    "mariadb": "mariadb",
    "oracledb": "oracledb",
    "cx_Oracle": "cx_Oracle",
    "pyodbc": "pyodbc",
    "pymssql": "pymssql",
}
_URL_EXAMPLE = "e.g. sqlite:////var/lib/kiosk/kiosk.sqlite3, or leave --database out to use the data folder"


def check_sqlite_file(path: Path) -> None:
    """Raise DatabaseError if *path* exists but cannot be read or is not a SQLite database."""
    if not path.exists():
        return
    if path.is_dir():
        raise DatabaseError(f"{path}: is a folder, not a database file")
    if path.stat().st_size == 0:
        return
    try:
        with path.open("rb") as handle:
            header = handle.read(16)
    except PermissionError:
        raise DatabaseError(f"{path}: the database file cannot be read (permission denied)") from None
    except OSError as exc:
        raise DatabaseError(f"{path}: the database file cannot be read ({exc.strerror})") from None
    if header != b"SQLite format 3\x00":
        raise DatabaseError(
            f"{path}: is not a SQLite database (the file starts with {header[:8]!r}); "
            "move it away or point --database at the right file"
        )


def parse_url(url: str) -> URL:
    """*url* parsed, or DatabaseError saying it is not a database URL."""
    try:
        return make_url(url)
    except ArgumentError:
        raise DatabaseError(f"the database {url!r} (--database or $KIOSK_DATABASE_URL) is not a database URL; {_URL_EXAMPLE}") from None


POSTGRES_CONNECT_TIMEOUT_S = 10


def _create(url: str) -> Engine:
    parsed = parse_url(url)
    options = {}
    if parsed.get_backend_name() == "postgresql" and "connect_timeout" not in parsed.query:
        # An office server that is down is reported in seconds, not after the system's TCP timeout.
        options["connect_args"] = {"connect_timeout": POSTGRES_CONNECT_TIMEOUT_S}
    if parsed.get_backend_name() == "postgresql":
        # A pooled connection dies with a server restart: test it before use, so a console that stayed
        # open across the office server's restart reads on instead of failing once per pooled connection.
        options["pool_pre_ping"] = True
    try:
        return create_engine(url, **options)
    except NoSuchModuleError:
        raise DatabaseError(f"the database {parsed.drivername!r} in {url!r} is not a kind of database this program knows; {_URL_EXAMPLE}") from None
    except ModuleNotFoundError as exc:
        module = (exc.name or "").split(".")[0]
        package = DRIVER_PACKAGES.get(module, module)
        raise DatabaseError(
            f"the driver for {parsed.drivername} databases is not installed: install the Python package {package} "
            f"(pip install {package}) or use a SQLite file"
        ) from None
    except ImportError as exc:
        # psycopg installed without its compiled build (the packaged kiosk)
        # loads the PC's libpq, which may be missing.
        if "pq wrapper" not in str(exc) and "libpq" not in str(exc):
            raise
        raise DatabaseError(
            f"the PostgreSQL client library (libpq) for {parsed.drivername} databases is not on this computer: "
            f"install it (Debian/Ubuntu: apt install libpq5; Windows: PostgreSQL's command-line tools, with their "
            f"bin folder on PATH), or pip install \"psycopg[binary]\" where the program runs from Python"
        ) from None
    except ArgumentError as exc:
        raise DatabaseError(f"the database URL {url!r} cannot be used ({exc}); {_URL_EXAMPLE}") from None


def make_engine(url: str, *, wal: bool = True) -> Engine:
    """Create an engine for *url*; SQLite files get WAL, foreign keys, a busy timeout."""
    parse_url(url)  # refuses what is not a URL before anything else looks at it
    path = sqlite_path(url)
    if path is not None:
        check_sqlite_file(path)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise DatabaseError(f"{path.parent}: the database's folder cannot be created ({exc.strerror})") from None
        if not path.exists() and not os.access(path.parent, os.W_OK | os.X_OK):
            raise DatabaseError(f"{path}: the database cannot be created: no permission to write in {path.parent}")
    engine = _create(url)
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _sqlite_pragmas)
        if wal and path is not None:
            try:
                with engine.connect() as conn:
                    conn.exec_driver_sql("PRAGMA journal_mode=WAL")
            except Exception as exc:  # sqlite3.DatabaseError wrapped by SQLAlchemy
                engine.dispose()
                # "attempt to write a readonly database" hides the real reason: say it.
                reason = write_problem(path) or _root(exc)
                raise DatabaseError(f"{path}: cannot be opened as a database ({reason})") from exc
    return engine


def write_problem(path: Path) -> str | None:
    """Why SQLite could not write the database file *path*, or None.

    SQLite writes the file and, beside it, its journal (``-wal``, ``-shm``),
    so both the file and its folder must be writable."""
    if path.exists() and not os.access(path, os.W_OK):
        return "the database file is read-only (no permission to write it, or a read-only disk)"
    if not os.access(path.parent, os.W_OK | os.X_OK):
        return f"the database's folder {path.parent} is read-only; SQLite writes its journal beside the file"
    for journal in (path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        if journal.exists() and not os.access(journal, os.W_OK):
            return f"the database's journal {journal.name} is read-only"
    return None


def _root(exc: BaseException) -> str:
    orig = getattr(exc, "orig", None)
    if isinstance(orig, sqlite3.Error):
        return str(orig)
    return str(exc).splitlines()[0]


def make_session_factory(engine: Engine) -> sessionmaker[Session]:
    """A session factory whose objects stay readable after commit."""
    from sqlalchemy.orm import sessionmaker

    return sessionmaker(engine, expire_on_commit=False)
