"""The hall's visitor statistics in the office database: stored from the kiosks, read for reports.

Kiosks send batches (``kiosk.stats.outbox``): straight into the office
database, or as files in a folder pack source
(``<source>/statistics/<kiosk id>/*.json``) that ``import_folder`` stores
and then removes.  ``store_batch`` is idempotent: a session is added once
(kiosk, file, number), and a day's totals are replaced only by totals at
least as new (``visitor_days.upto_event``), so a batch sent twice, late or
out of order changes nothing.

``OfficeReports`` is ``kiosk.stats.queries.Reports`` over the office's
tables (SQLite or PostgreSQL): every report ``kiosk stats`` and the
console's Visitors tab show, for the whole hall, per kiosk and in total.
"""

from __future__ import annotations

import json
import logging
import os
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, timezone
from pathlib import Path

from sqlalchemy import Engine, delete, func, insert, select
from sqlalchemy.orm import Session

from kiosk.content.formats import safejson
from kiosk.db.models import VisitorDay, VisitorSession, VisitorTotal
from kiosk.stats import compact as cp
from kiosk.stats.outbox import Batch, BatchError, batch_from_json, to_json
from kiosk.stats.queries import Filter, Reports

log = logging.getLogger(__name__)

FOLDER = "statistics"
#: A batch file holds at most a few thousand sessions: a few megabytes.
_BATCH_LIMITS = safejson.JSONLimits(max_bytes=64 * 1024 * 1024, max_depth=6)


@dataclass
class StoreReport:
    """What storing one batch did."""

    kiosk_id: str
    sessions_added: int
    sessions_known: int
    days_replaced: int
    days_kept: int


def _insert_ignoring_known(session: Session, rows: list[dict]) -> None:
    """Insert *rows* into visitor_sessions, leaving out any already there (a race with another sender)."""
    dialect = session.get_bind().dialect.name
    if dialect == "postgresql":
        from sqlalchemy.dialects.postgresql import insert as dialect_insert
    else:
        from sqlalchemy.dialects.sqlite import insert as dialect_insert
    session.execute(dialect_insert(VisitorSession).on_conflict_do_nothing(), rows)


def store_batch(engine: Engine, batch: Batch) -> StoreReport:
    """Store *batch* in the office database in one transaction (see the module docstring)."""
    report = StoreReport(batch.kiosk_id, 0, 0, 0, 0)
    now = datetime.now(timezone.utc)
    with Session(engine) as session, session.begin():
        seqs = [s.seq for s in batch.sessions]
        known: set[int] = set()
        if seqs:
            known = set(session.scalars(select(VisitorSession.seq).where(
                VisitorSession.kiosk_id == batch.kiosk_id, VisitorSession.file_id == batch.file_id,
                VisitorSession.seq.between(min(seqs), max(seqs)))))
        rows = [{"kiosk_id": batch.kiosk_id, "file_id": batch.file_id, "seq": s.seq,
                 "started_at": datetime.fromtimestamp(s.start, timezone.utc), "day": date.fromordinal(s.day),
                 "length_ms": s.length_ms, "language": s.language, "ended": s.ended, "n_events": s.n_events,
                 "names": s.names, "events": s.events} for s in batch.sessions if s.seq not in known]
        if rows:
            _insert_ignoring_known(session, rows)
        report.sessions_added, report.sessions_known = len(rows), len(seqs) - len(rows)
        for number, totals in sorted(batch.totals.items()):
            day = date.fromordinal(number)
            stored = session.get(VisitorDay, (batch.kiosk_id, batch.file_id, day), with_for_update=True)
            if stored is not None and stored.upto_event > batch.upto_event:
                report.days_kept += 1  # a newer batch brought this day's totals already
                continue
            session.execute(delete(VisitorTotal).where(
                VisitorTotal.kiosk_id == batch.kiosk_id, VisitorTotal.file_id == batch.file_id, VisitorTotal.day == day))
            if totals:
                session.execute(insert(VisitorTotal), [
                    {"kiosk_id": batch.kiosk_id, "file_id": batch.file_id, "day": day, "metric": m, "key": key,
                     "lang": lang, "n": n, "total": total} for m, key, lang, n, total in totals])
            if stored is None:
                session.add(VisitorDay(kiosk_id=batch.kiosk_id, file_id=batch.file_id, day=day,
                                       kiosk_name=batch.kiosk_name, upto_event=batch.upto_event, received_at=now))
            else:
                stored.kiosk_name, stored.upto_event, stored.received_at = batch.kiosk_name, batch.upto_event, now
            report.days_replaced += 1
    return report


# -- files in a folder pack source ---------------------------------------------------------------
def batch_path(folder: Path, batch: Batch) -> Path:
    """Where *batch* lies in the pack source *folder*: one file per batch, named by its sessions."""
    return Path(folder) / FOLDER / batch.kiosk_id / f"{batch.file_id}-{batch.first_seq:010d}-{batch.last_seq:010d}.json"


def write_batch_file(folder: Path, batch: Batch) -> Path:
    """Write *batch* into the pack source *folder* (to a temporary name, then renamed: never half a file)."""
    target = batch_path(folder, batch)
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(f".{target.name}.{os.getpid()}.partial")
    try:
        tmp.write_text(json.dumps(to_json(batch), ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
        os.replace(tmp, target)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return target


@dataclass
class FolderImport:
    """What ``import_folder`` did: files stored (and removed), sessions added, files that are not batches."""

    files: int = 0
    sessions_added: int = 0
    sessions_known: int = 0
    problems: list[str] = field(default_factory=list)


def import_folder(engine: Engine, folder: Path) -> FolderImport:
    """Store every batch file kiosks left in ``<folder>/statistics`` and remove each once stored.

    A file that is not a batch is named in ``problems`` and left where it
    is; one that cannot be removed (a read-only share) is stored again next
    time, which changes nothing."""
    result = FolderImport()
    root = Path(folder) / FOLDER
    if not root.is_dir():
        return result
    for path in sorted(root.glob("*/*.json")):
        try:
            batch = batch_from_json(safejson.loads(path.read_bytes(), _BATCH_LIMITS), str(path))
            report = store_batch(engine, batch)
        except (OSError, safejson.JSONRefused, BatchError) as exc:
            result.problems.append(f"{path}: {exc}" if str(path) not in str(exc) else str(exc))
            log.warning("statistics: %s left out (%s)", path, exc)
            continue
        result.files += 1
        result.sessions_added += report.sessions_added
        result.sessions_known += report.sessions_known
        try:
            path.unlink()
        except OSError as exc:
            log.info("statistics: %s stored but not removed (%s)", path, exc.strerror or exc)
    return result


# -- reading -------------------------------------------------------------------------------------
def holds_statistics(engine: Engine) -> bool:
    """Whether any kiosk sent statistics to this database (False for one at a schema without the tables)."""
    from sqlalchemy import inspect

    if not inspect(engine).has_table(VisitorDay.__table__.name):
        return False
    with engine.connect() as conn:
        return conn.execute(select(VisitorDay.kiosk_id).limit(1)).first() is not None


_COLUMNS = {"day": VisitorTotal.day, "key": VisitorTotal.key, "lang": VisitorTotal.lang, "metric": VisitorTotal.metric}


class OfficeReports(Reports):
    """The reports over the office database's ``visitor_totals`` (every kiosk that sent them)."""

    def __init__(self, engine: Engine):
        super().__init__(None)
        self.engine = engine
        # Names get small numbers while reading, as the statistics file's ``names`` table gives them.
        self._ids: dict[str, int] = {}
        self._by_id: dict[int, str] = {}

    def _id(self, name: str) -> int:
        if name not in self._ids:
            self._ids[name] = len(self._ids) + 1
            self._by_id[self._ids[name]] = name
        return self._ids[name]

    def _rows(self, metric: int, f: Filter, group: str = "key, lang") -> list[tuple]:
        names = [g.strip() for g in group.split(",")]
        columns = [_COLUMNS[g] for g in names]
        query = select(*columns, func.sum(VisitorTotal.n), func.sum(VisitorTotal.total)).where(VisitorTotal.metric == metric)
        if f.start is not None:
            query = query.where(VisitorTotal.day >= f.start)
        if f.end is not None:
            query = query.where(VisitorTotal.day <= f.end)
        if f.kiosks is not None:
            query = query.where(VisitorTotal.kiosk_id.in_(list(f.kiosks)))
        with self.engine.connect() as conn:
            found = conn.execute(query.group_by(*columns)).all()
        return [tuple(self._value(g, metric, v) for g, v in zip(names, row[:-2])) + (int(row[-2]), int(row[-1]))
                for row in found]

    def _value(self, column: str, metric: int, value):
        if column == "day":
            return value.toordinal()
        if column == "key":
            return int(value) if metric in cp.NUMERIC_KEYS else self._id(value)
        if column == "lang":
            return self._id(value) if value else 0
        return value

    def _names(self) -> dict[int, str]:
        # The live map, not a copy: a report asks for the names before its rows give them numbers.
        return self._by_id

    def kiosks(self) -> list[tuple[str, str]]:
        """(id, name) of every kiosk that sent statistics, by the name it sent last."""
        with self.engine.connect() as conn:
            rows = conn.execute(select(VisitorDay.kiosk_id, VisitorDay.kiosk_name).order_by(VisitorDay.received_at)).all()
        return sorted(dict(rows).items(), key=lambda k: (k[1].casefold(), k[0]))

    def data_range(self) -> tuple[date, date] | None:
        with self.engine.connect() as conn:
            low, high = conn.execute(select(func.min(VisitorTotal.day), func.max(VisitorTotal.day))
                                     .where(VisitorTotal.metric == cp.M_SESSIONS)).one()
        return None if low is None else (low, high)

    def sessions_stored(self, kiosks: Iterable[str] | None = None) -> int:
        """How many sessions the office holds (of *kiosks*, or all)."""
        query = select(func.count()).select_from(VisitorSession)
        if kiosks is not None:
            query = query.where(VisitorSession.kiosk_id.in_(list(kiosks)))
        with self.engine.connect() as conn:
            return conn.execute(query).scalar_one()
