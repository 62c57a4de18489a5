"""The statistics database: its own SQLite file, apart from the content.

``<data folder>/statistics.sqlite3`` (WAL, ``synchronous=FULL`` so a
committed batch survives a power cut).  A content import or restore never
opens it, and nothing here opens the content database.

Tables: ``meta`` (what the file is), ``kiosks`` (every kiosk whose data it
holds: id, name, how far its events go), ``names`` (pages, languages,
search terms ... stored once, referred to by number), ``journal`` (the
events of the session still open), ``sessions`` (one compact row per
finished session, see ``compact``) and ``rollups`` (daily totals per
metric, kept longer than the sessions).  The schema version is SQLite's
``user_version``; ``open_store`` upgrades older files step by step.
"""

from __future__ import annotations

import json
import logging
import sqlite3
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlalchemy import Connection, Engine, create_engine, event, text

from kiosk.db.engine import DatabaseError, check_sqlite_file
from kiosk.stats import compact as cp
from kiosk.stats import events as ev

log = logging.getLogger(__name__)

FILENAME = "statistics.sqlite3"
FORMAT = "jiaozhou-kiosk statistics"
SCHEMA_VERSION = 1
#: Daily roll-ups are kept this long (sessions only for the retention setting).
ROLLUP_KEEP_DAYS = 3650


class StatsError(Exception):
    """A statistics file cannot be used; the message names the file and what is wrong."""


_SCHEMA_V1 = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE kiosks (id INTEGER PRIMARY KEY, uid TEXT NOT NULL UNIQUE, name TEXT NOT NULL,
                     last_event INTEGER NOT NULL DEFAULT 0, last_session INTEGER NOT NULL DEFAULT 0);
CREATE TABLE names (id INTEGER PRIMARY KEY, text TEXT NOT NULL UNIQUE);
CREATE TABLE journal (seq INTEGER PRIMARY KEY, kiosk INTEGER NOT NULL, session INTEGER NOT NULL,
                      ts REAL NOT NULL, kind TEXT NOT NULL, data TEXT NOT NULL);
CREATE TABLE sessions (kiosk INTEGER NOT NULL, seq INTEGER NOT NULL, first_event INTEGER NOT NULL,
                       start INTEGER NOT NULL, length_ms INTEGER NOT NULL, day INTEGER NOT NULL,
                       language INTEGER NOT NULL, reason INTEGER NOT NULL, n_events INTEGER NOT NULL,
                       events BLOB NOT NULL, PRIMARY KEY (kiosk, seq)) WITHOUT ROWID;
CREATE TABLE rollups (kiosk INTEGER NOT NULL, metric INTEGER NOT NULL, day INTEGER NOT NULL,
                      key INTEGER NOT NULL, lang INTEGER NOT NULL, n INTEGER NOT NULL, total INTEGER NOT NULL,
                      PRIMARY KEY (kiosk, metric, day, key, lang)) WITHOUT ROWID;
"""

#: ``user_version`` -> the statements that bring a file from it to the next version.
UPGRADES: dict[int, str] = {0: _SCHEMA_V1}


def stats_path(data: Path) -> Path:
    """Where a kiosk keeps its statistics in its data folder."""
    return data / FILENAME


def _pragmas(dbapi_connection, _record) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    # FULL: each committed batch is on the disk, not only in the OS cache (one fsync a second).
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.execute("PRAGMA busy_timeout=5000")
    cursor.close()


def _engine(path: Path) -> Engine:
    engine = create_engine(f"sqlite:///{path}", connect_args={"check_same_thread": False})
    event.listen(engine, "connect", _pragmas)
    return engine


def _why(exc: BaseException) -> str:
    orig = getattr(exc, "orig", None)
    return str(orig if isinstance(orig, sqlite3.Error) else exc).splitlines()[0]


class StatsStore:
    """The statistics file, opened and at the current schema; writes batches of events for one kiosk."""

    def __init__(self, path: Path, engine: Engine):
        self.path = path
        self.engine = engine
        self._names: dict[str, int] = {}
        self._open: dict[int, int | None] = {}

    # -- names and kiosks ----------------------------------------------------------------
    def name_id(self, conn: Connection, name: str) -> int:
        """The id of *name* in ``names`` (added when new); 0 is never used, so 0 means "none"."""
        found = self._names.get(name)
        if found is not None:
            return found
        row = conn.execute(text("SELECT id FROM names WHERE text = :t"), {"t": name}).first()
        if row is None:
            row = conn.execute(text("INSERT INTO names (text) VALUES (:t) RETURNING id"), {"t": name}).first()
        self._names[name] = row[0]
        return row[0]

    def forget_names(self) -> None:
        """Drop the cached name ids (after a rolled-back transaction that may have added some)."""
        self._names.clear()

    def names(self, conn: Connection) -> dict[int, str]:
        """Every name by its id."""
        return {i: t for i, t in conn.execute(text("SELECT id, text FROM names"))}

    def ensure_kiosk(self, uid: str, name: str) -> int:
        """The local number of kiosk *uid* (added when new; its name kept up to date)."""
        with self.engine.begin() as conn:
            row = conn.execute(text("SELECT id, name FROM kiosks WHERE uid = :u"), {"u": uid}).first()
            if row is None:
                return conn.execute(text("INSERT INTO kiosks (uid, name) VALUES (:u, :n) RETURNING id"),
                                    {"u": uid, "n": name}).scalar_one()
            if name and row.name != name:
                conn.execute(text("UPDATE kiosks SET name = :n WHERE id = :i"), {"n": name, "i": row.id})
            return row.id

    def kiosks(self) -> list[tuple[int, str, str]]:
        """(number, id, name) of every kiosk in the file."""
        with self.engine.connect() as conn:
            return [tuple(r) for r in conn.execute(text("SELECT id, uid, name FROM kiosks ORDER BY name, uid"))]

    # -- writing -------------------------------------------------------------------------
    def write(self, kiosk: int, items: Sequence[ev.Event]) -> int:
        """Append *items* to kiosk *kiosk*'s events in one transaction; finished sessions are compacted.

        Returns how many events were stored (an event outside a session,
        e.g. an error during the attract loop with nobody there, is not).
        """
        try:
            with self.engine.begin() as conn:
                return self._write(conn, kiosk, items)
        except BaseException:
            self._names.clear()
            self._open.pop(kiosk, None)
            raise

    def _write(self, conn: Connection, kiosk: int, items: Sequence[ev.Event]) -> int:
        last_event, last_session = conn.execute(
            text("SELECT last_event, last_session FROM kiosks WHERE id = :k"), {"k": kiosk}).one()
        if kiosk not in self._open:
            self._open[kiosk] = conn.execute(text("SELECT max(session) FROM journal WHERE kiosk = :k"),
                                             {"k": kiosk}).scalar()
        stored = 0
        rollups = cp.new_rollups()
        for item in items:
            if item.kind == ev.SESSION_START:
                if self._open[kiosk] is not None:
                    self._finish(conn, kiosk, self._open[kiosk], rollups, None)
                last_session += 1
                self._open[kiosk] = last_session
            session = self._open[kiosk]
            if session is None:
                log.debug("statistics: %s outside a visitor session, not recorded", item.kind)
                continue
            last_event += 1
            stored += 1
            conn.execute(text("INSERT INTO journal (seq, kiosk, session, ts, kind, data) VALUES (:s, :k, :n, :t, :kind, :d)"),
                         {"s": last_event, "k": kiosk, "n": session, "t": item.ts, "kind": item.kind,
                          "d": json.dumps(item.data, ensure_ascii=False, separators=(",", ":"))})
            if item.kind == ev.SESSION_END:
                self._finish(conn, kiosk, session, rollups, item)
                self._open[kiosk] = None
        self._add_rollups(conn, kiosk, rollups)
        conn.execute(text("UPDATE kiosks SET last_event = :e, last_session = :s WHERE id = :k"),
                     {"e": last_event, "s": last_session, "k": kiosk})
        return stored

    def _finish(self, conn: Connection, kiosk: int, session: int, rollups: cp.Rollups, end: ev.Event | None) -> None:
        """Compact the journal's events of *session* into its row (closed as interrupted when *end* is None)."""
        rows = conn.execute(text("SELECT seq, ts, kind, data FROM journal WHERE kiosk = :k AND session = :n ORDER BY seq"),
                            {"k": kiosk, "n": session}).all()
        items = [ev.Event(r.kind, r.ts, json.loads(r.data)) for r in rows]
        if not items:
            return
        if items[0].kind != ev.SESSION_START:  # cannot happen unless the file was edited by hand
            items.insert(0, ev.Event(ev.SESSION_START, items[0].ts, {}))
        if end is None or items[-1].kind != ev.SESSION_END:
            last = items[-1]
            items.append(ev.Event(ev.SESSION_END, last.ts, {"reason": ev.END_INTERRUPTED}))
        self._insert_session(conn, kiosk, cp.compact(session, rows[0].seq, items, lambda n: self.name_id(conn, n), rollups))
        conn.execute(text("DELETE FROM journal WHERE kiosk = :k AND session = :n"), {"k": kiosk, "n": session})

    def _insert_session(self, conn: Connection, kiosk: int, row: cp.SessionRow) -> None:
        conn.execute(text("INSERT OR IGNORE INTO sessions (kiosk, seq, first_event, start, length_ms, day, language, reason, "
                          "n_events, events) VALUES (:k, :seq, :fe, :st, :len, :day, :lang, :r, :n, :ev)"),
                     {"k": kiosk, "seq": row.seq, "fe": row.first_event, "st": row.start, "len": row.length_ms,
                      "day": row.day, "lang": row.language, "r": row.reason, "n": row.n_events, "ev": row.events})

    @staticmethod
    def _add_rollups(conn: Connection, kiosk: int, rollups: cp.Rollups) -> None:
        if not rollups:
            return
        conn.execute(text("INSERT INTO rollups (kiosk, metric, day, key, lang, n, total) VALUES (:k, :m, :d, :key, :l, :n, :t) "
                          "ON CONFLICT DO UPDATE SET n = n + excluded.n, total = total + excluded.total"),
                     [{"k": kiosk, "m": m, "d": d, "key": key, "l": lang, "n": n, "t": t}
                      for (d, m, key, lang), (n, t) in rollups.items()])

    def write_sessions(self, kiosk: int, sessions: Iterable[Sequence[ev.Event]]) -> int:
        """Store whole sessions at once, straight into their compact rows (synthetic data, tests)."""
        count = 0
        with self.engine.begin() as conn:
            last_event, last_session = conn.execute(
                text("SELECT last_event, last_session FROM kiosks WHERE id = :k"), {"k": kiosk}).one()
            rollups = cp.new_rollups()
            for items in sessions:
                last_session += 1
                row = cp.compact(last_session, last_event + 1, items, lambda n: self.name_id(conn, n), rollups)
                self._insert_session(conn, kiosk, row)
                last_event += len(items)
                count += 1
            self._add_rollups(conn, kiosk, rollups)
            conn.execute(text("UPDATE kiosks SET last_event = :e, last_session = :s WHERE id = :k"),
                         {"e": last_event, "s": last_session, "k": kiosk})
        return count

    def recover(self, kiosk: int) -> int:
        """Close sessions a previous run left open (killed, power cut) at their last event; returns how many."""
        with self.engine.begin() as conn:
            open_sessions = [r[0] for r in conn.execute(
                text("SELECT DISTINCT session FROM journal WHERE kiosk = :k ORDER BY session"), {"k": kiosk})]
            rollups = cp.new_rollups()
            for session in open_sessions:
                self._finish(conn, kiosk, session, rollups, None)
            self._add_rollups(conn, kiosk, rollups)
        self._open[kiosk] = None
        return len(open_sessions)

    def prune(self, retention_days: int, today: date | None = None) -> tuple[int, int]:
        """Drop sessions older than *retention_days* and roll-ups older than ten years; returns (sessions, roll-ups) dropped."""
        today = today or date.today()
        with self.engine.begin() as conn:
            sessions = conn.execute(text("DELETE FROM sessions WHERE day < :d"),
                                    {"d": today.toordinal() - retention_days}).rowcount
            rollups = conn.execute(text("DELETE FROM rollups WHERE day < :d"),
                                   {"d": today.toordinal() - ROLLUP_KEEP_DAYS}).rowcount
        return sessions, rollups

    # -- reading ---------------------------------------------------------------------------
    def stored_events(self, kiosk: int) -> int:
        """How many events of *kiosk* the file holds (journal and sessions)."""
        with self.engine.connect() as conn:
            journal = conn.execute(text("SELECT count(*) FROM journal WHERE kiosk = :k"), {"k": kiosk}).scalar_one()
            sessions = conn.execute(text("SELECT coalesce(sum(n_events), 0) FROM sessions WHERE kiosk = :k"),
                                    {"k": kiosk}).scalar_one()
        return journal + sessions

    def size_bytes(self) -> int:
        """The file's size on disk after a checkpoint (the WAL folded in)."""
        with self.engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        return self.path.stat().st_size

    def close(self) -> None:
        """Fold the WAL into the file and let go of it."""
        try:
            with self.engine.connect() as conn:
                conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        except Exception as exc:  # closing must not fail over a checkpoint
            log.warning("statistics %s: checkpoint on close failed (%s)", self.path, _why(exc))
        self.engine.dispose()


def open_store(path: Path, *, create: bool = True) -> StatsStore:
    """Open (and create or upgrade) the statistics file at *path*; StatsError says what is wrong."""
    path = Path(path)
    if not create and not path.is_file():
        raise StatsError(f"{path}: no such statistics file")
    try:
        check_sqlite_file(path)
    except DatabaseError as exc:
        raise StatsError(str(exc)) from None
    path.parent.mkdir(parents=True, exist_ok=True)
    engine = _engine(path)
    try:
        with engine.begin() as conn:
            version = conn.exec_driver_sql("PRAGMA user_version").scalar_one()
            if version > SCHEMA_VERSION:
                raise StatsError(f"{path}: statistics schema {version} is newer than this program's ({SCHEMA_VERSION}); "
                                 "update the program")
            if version > 0:
                fmt = conn.execute(text("SELECT value FROM meta WHERE key = 'format'")).scalar()
                if fmt != FORMAT:
                    raise StatsError(f"{path}: is a SQLite file but not a kiosk statistics file")
            _upgrade(conn, version)
    except StatsError:
        engine.dispose()
        raise
    except Exception as exc:
        engine.dispose()
        raise StatsError(f"{path}: cannot be opened as a statistics file ({_why(exc)})") from exc
    return StatsStore(path, engine)


def _upgrade(conn: Connection, version: int) -> None:
    """Bring the schema from *version* to SCHEMA_VERSION, one step at a time, in the caller's transaction."""
    while version < SCHEMA_VERSION:
        for statement in UPGRADES[version].split(";"):
            if statement.strip():
                conn.exec_driver_sql(statement)
        if version == 0:
            conn.execute(text("INSERT INTO meta (key, value) VALUES ('format', :f)"), {"f": FORMAT})
        version += 1
        conn.exec_driver_sql(f"PRAGMA user_version = {version}")
