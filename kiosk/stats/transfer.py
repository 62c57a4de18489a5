"""A kiosk's statistics on a USB stick, and the office's merge of any number of them.

``pack`` writes a consistent copy of the statistics file (SQLite's own
backup, one file, no WAL) that the office PC merges with ``merge``:

- every file is checked first (a SQLite file, a statistics file, a schema
  this program reads, intact); a bad file is named with what is wrong and
  nothing is merged;
- all files go in one transaction: all of them or none;
- importing the same file twice counts nothing twice: a session is the
  kiosk's id plus its number (added once), and a kiosk's daily roll-ups
  come from its newest file (the one whose events go furthest), replacing
  what an older file brought;
- each kiosk keeps its id and name, for the kiosk filter.

A session still open when the file was written is left out; it comes
with the next file, finished.
"""

from __future__ import annotations

import os
import sqlite3
import tempfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Connection, text

from kiosk.stats import compact as cp
from kiosk.stats.store import FORMAT, SCHEMA_VERSION, StatsError, StatsStore

SUFFIX = ".kioskstats"
_TABLES = {"meta", "kiosks", "names", "journal", "sessions", "rollups"}


@dataclass
class PackReport:
    """What a USB statistics file holds."""

    path: Path
    kiosks: list[tuple[str, str]]
    sessions: int
    size_bytes: int


@dataclass
class MergeReport:
    """What merging one file did, per kiosk in it."""

    path: Path
    kiosk_id: str
    kiosk_name: str
    sessions_added: int
    sessions_known: int
    rollups: str  # "replaced" (the newest file for this kiosk) or "kept" (an older file)


def pack(store: StatsStore, dest: Path) -> PackReport:
    """Write *store* as one self-contained file at *dest* (whole or not at all)."""
    dest = Path(dest)
    dest.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{dest.name}.", dir=dest.parent)
    os.close(fd)
    try:
        source = sqlite3.connect(store.path)
        target = sqlite3.connect(tmp)
        try:
            source.backup(target)
            target.execute("PRAGMA journal_mode=DELETE")
            sessions = target.execute("SELECT count(*) FROM sessions").fetchone()[0]
            kiosks = [tuple(r) for r in target.execute("SELECT uid, name FROM kiosks ORDER BY name")]
        finally:
            target.close()
            source.close()
        os.replace(tmp, dest)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return PackReport(dest, kiosks, sessions, dest.stat().st_size)


def check_file(path: Path) -> None:
    """Raise StatsError naming *path* and what is wrong, unless it is a statistics file this program can merge."""
    path = Path(path)
    if not path.is_file():
        raise StatsError(f"{path}: no such file")
    with path.open("rb") as handle:
        if handle.read(16) != b"SQLite format 3\x00":
            raise StatsError(f"{path}: is not a kiosk statistics file (not a SQLite database)")
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    except sqlite3.Error as exc:
        raise StatsError(f"{path}: cannot be opened ({exc})") from None
    try:
        ok = conn.execute("PRAGMA quick_check").fetchone()[0]
        if ok != "ok":
            raise StatsError(f"{path}: is damaged (SQLite quick check: {ok})")
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        if not _TABLES <= tables or conn.execute("SELECT value FROM meta WHERE key = 'format'").fetchone() != (FORMAT,):
            raise StatsError(f"{path}: is a SQLite database but not a kiosk statistics file")
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        if version != SCHEMA_VERSION:
            newer = version > SCHEMA_VERSION
            raise StatsError(f"{path}: statistics schema {version} is {'newer' if newer else 'older'} than this program's "
                             f"({SCHEMA_VERSION}); {'update this program' if newer else 'pack it again with the kiosk updated'}")
        for uid, name in conn.execute("SELECT uid, name FROM kiosks"):
            if not isinstance(uid, str) or not uid.strip():
                raise StatsError(f"{path}: a kiosk without an id (name {name!r})")
    except sqlite3.Error as exc:
        raise StatsError(f"{path}: cannot be read ({exc})") from None
    finally:
        conn.close()


def merge(store: StatsStore, files: Sequence[Path]) -> list[MergeReport]:
    """Merge every file into *store* in one transaction (see the module docstring); StatsError names a bad file."""
    files = [Path(f) for f in files]
    problems = []
    for path in files:
        if path.resolve() == store.path.resolve():
            problems.append(f"{path}: is the statistics file being merged into")
            continue
        try:
            check_file(path)
        except StatsError as exc:
            problems.append(str(exc))
    if problems:
        raise StatsError("nothing was merged:\n  " + "\n  ".join(problems))
    reports: list[MergeReport] = []
    try:
        with store.engine.begin() as conn:
            for path in files:
                source = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
                try:
                    reports.extend(_merge_one(store, conn, source, path))
                except sqlite3.Error as exc:
                    raise StatsError(f"{path}: cannot be read ({exc}); nothing was merged") from None
                finally:
                    source.close()
    except BaseException:
        store.forget_names()
        raise
    return reports


def _merge_one(store: StatsStore, conn: Connection, source: sqlite3.Connection, path: Path) -> Iterable[MergeReport]:
    names = dict(source.execute("SELECT id, text FROM names"))
    mapped: dict[int, int] = {0: 0}

    def to_office(name: int) -> int:
        if name not in mapped:
            mapped[name] = store.name_id(conn, names.get(name, "?"))
        return mapped[name]

    for src_kiosk, uid, name, last_event, last_session in source.execute(
            "SELECT id, uid, name, last_event, last_session FROM kiosks"):
        row = conn.execute(text("SELECT id, last_event FROM kiosks WHERE uid = :u"), {"u": uid}).first()
        if row is None:
            kiosk = conn.execute(text("INSERT INTO kiosks (uid, name) VALUES (:u, :n) RETURNING id"),
                                 {"u": uid, "n": name}).scalar_one()
            office_last = -1
        else:
            kiosk, office_last = row
        newest = last_event >= office_last
        _merge_rollups(conn, source, src_kiosk, kiosk, newest, to_office)
        added = known = 0
        cursor = source.execute("SELECT seq, first_event, start, length_ms, day, language, reason, n_events, events "
                                "FROM sessions WHERE kiosk = ?", (src_kiosk,))
        while batch := cursor.fetchmany(2000):
            params = [{"k": kiosk, "seq": r[0], "fe": r[1], "st": r[2], "len": r[3], "day": r[4], "lang": to_office(r[5]),
                       "r": to_office(r[6]), "n": r[7], "ev": cp.translate(r[8], to_office)} for r in batch]
            result = conn.execute(text("INSERT OR IGNORE INTO sessions (kiosk, seq, first_event, start, length_ms, day, language, "
                                       "reason, n_events, events) VALUES (:k, :seq, :fe, :st, :len, :day, :lang, :r, :n, :ev)"),
                                  params)
            added += result.rowcount
            known += len(batch) - result.rowcount
        if newest:
            conn.execute(text("UPDATE kiosks SET name = :n, last_event = :e, last_session = max(last_session, :s) WHERE id = :k"),
                         {"n": name, "e": last_event, "s": last_session, "k": kiosk})
        yield MergeReport(path, uid, name, added, known, "replaced" if newest else "kept")


def _merge_rollups(conn: Connection, source: sqlite3.Connection, src_kiosk: int, kiosk: int, newest: bool, to_office) -> None:
    """The newest file's roll-ups replace the kiosk's; an older file only fills days the office has none of."""
    if newest:
        conn.execute(text("DELETE FROM rollups WHERE kiosk = :k"), {"k": kiosk})
        have: set[int] = set()
    else:
        have = {r[0] for r in conn.execute(text("SELECT DISTINCT day FROM rollups WHERE kiosk = :k"), {"k": kiosk})}
    cursor = source.execute("SELECT metric, day, key, lang, n, total FROM rollups WHERE kiosk = ?", (src_kiosk,))
    while batch := cursor.fetchmany(5000):
        params = [{"k": kiosk, "m": m, "d": d, "key": key if m in cp.NUMERIC_KEYS else to_office(key),
                   "l": to_office(lang), "n": n, "t": total}
                  for m, d, key, lang, n, total in batch if d not in have]
        if params:
            conn.execute(text("INSERT INTO rollups (kiosk, metric, day, key, lang, n, total) "
                              "VALUES (:k, :m, :d, :key, :l, :n, :t)"), params)
