"""The fleet's status as the office sees it: every kiosk's last heartbeat.

Each kiosk reports a status dict after every poll of its pack source::

    kiosk_id, name, content_version, uptime_s, restarts, errors (list of
    texts), last_update_result, last_update_at (ISO UTC or None),
    free_disk_bytes, voices (language -> names), reported_at (ISO UTC)

With an office database configured it goes into the ``kiosk_status`` table
(``write_status``: one row per kiosk, overwritten, so sending the same
report twice changes nothing); without one, the kiosk writes it as
``<pack source>/status/<kiosk_id>.json`` and ``read_status_folder`` reads
those files. ``read_fleet`` turns either into rows with online/offline: a
kiosk is online while its last report is younger than two poll intervals
(setting ``fleet.poll_seconds``).

No Qt here: the console's Fleet tab and ``kiosk fleet status`` both use it.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, select

from kiosk.content.change.settings import Settings, SettingsError
from kiosk.content.database import Database
from kiosk.content.formats import safejson
from kiosk.content.meta import get_meta
from kiosk.db.engine import make_engine
from kiosk.db.tables import kiosk_status

log = logging.getLogger(__name__)

DEFAULT_POLL_SECONDS = 300
#: A kiosk is online while its last report is younger than this many poll intervals.
ONLINE_POLLS = 2
#: The errors kept per kiosk (the newest).
KEEP_ERRORS = 10
STATUS_FOLDER = "status"
INDEX_NAME = "latest.json"
#: A status file is a few hundred bytes; anything far bigger is not one.
_STATUS_LIMITS = safejson.JSONLimits(max_bytes=256 * 1024, max_depth=4)


class StatusError(ValueError):
    """A status report that cannot be used; the message names the field and the kiosk."""


@dataclass(frozen=True)
class KioskRow:
    """One kiosk as the Fleet tab and ``kiosk fleet status`` show it."""

    kiosk_id: str
    name: str
    content_version: str | None
    uptime_s: int
    restarts: int
    errors: tuple[str, ...]
    last_update_result: str | None
    last_update_at: datetime | None
    free_disk_bytes: int | None
    voices: Mapping[str, tuple[str, ...]]
    reported_at: datetime
    online: bool
    #: True when its content version differs from the newest one published (None: unknown).
    behind: bool | None = None

    @property
    def label(self) -> str:
        """Its name, or its id when it has none."""
        return self.name or self.kiosk_id


def _utc(value: Any, field: str, where: str, *, required: bool) -> datetime | None:
    if value in (None, ""):
        if required:
            raise StatusError(f"{where}: {field} is missing")
        return None
    if isinstance(value, datetime):
        moment = value
    elif isinstance(value, str):
        try:
            moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
        except ValueError:
            raise StatusError(f"{where}: {field} {value!r} is not an ISO date and time") from None
    else:
        raise StatusError(f"{where}: {field} must be an ISO date and time, not {type(value).__name__}")
    return moment.replace(tzinfo=timezone.utc) if moment.tzinfo is None else moment.astimezone(timezone.utc)


def _int(value: Any, field: str, where: str, *, optional: bool = False) -> int | None:
    if value is None and optional:
        return None
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise StatusError(f"{where}: {field} must be a number, not {value!r}")
    return int(value)


def check_status(status: Mapping[str, Any], where: str = "status") -> dict[str, Any]:
    """*status* as the columns of ``kiosk_status``; StatusError naming the field when it is wrong."""
    if not isinstance(status, Mapping):
        raise StatusError(f"{where}: a status report is an object, not {type(status).__name__}")
    kiosk_id = status.get("kiosk_id")
    if not isinstance(kiosk_id, str) or not kiosk_id.strip() or len(kiosk_id) > 64:
        raise StatusError(f"{where}: kiosk_id must be a text of 1 to 64 characters, not {kiosk_id!r}")
    where = f"{where} (kiosk {kiosk_id})"
    errors = status.get("errors") or []
    if not isinstance(errors, list) or not all(isinstance(e, str) for e in errors):
        raise StatusError(f"{where}: errors must be a list of texts")
    voices = status.get("voices") or {}
    if not isinstance(voices, Mapping) or not all(
        isinstance(k, str) and isinstance(v, list) and all(isinstance(n, str) for n in v) for k, v in voices.items()
    ):
        raise StatusError(f"{where}: voices must map each language to a list of voice names")
    free = _int(status.get("free_disk_bytes"), "free_disk_bytes", where, optional=True)
    result = status.get("last_update_result")
    return {
        "kiosk_id": kiosk_id,
        "name": str(status.get("name") or "")[:120],
        "content_version": (str(status["content_version"])[:60] if status.get("content_version") else None),
        "uptime_s": max(0, _int(status.get("uptime_s", 0), "uptime_s", where) or 0),
        "restarts": max(0, _int(status.get("restarts", 0), "restarts", where) or 0),
        "errors": [e[:500] for e in errors[-KEEP_ERRORS:]],
        "last_update_result": str(result) if result else None,
        "last_update_at": _utc(status.get("last_update_at"), "last_update_at", where, required=False),
        "free_disk_bytes": free if free is None or free >= 0 else None,
        "voices": {k: list(v) for k, v in voices.items()},
        "reported_at": _utc(status.get("reported_at"), "reported_at", where, required=True),
    }


def _engine(target: str | Engine) -> tuple[Engine, bool]:
    if isinstance(target, Engine):
        return target, False
    return make_engine(target), True


def write_status(target: str | Engine, status: Mapping[str, Any]) -> None:
    """Store one kiosk's report in the office database (a URL or an engine).

    One row per kiosk: the report replaces the previous one, and a report
    older than the stored one (sent again after a queue) changes nothing."""
    # The ORM only here, where a kiosk reports to an office database: a kiosk
    # that reports to a folder, or to no one, never loads it.
    from sqlalchemy.orm import Session

    from kiosk.db.models import KioskStatus

    row = check_status(status)
    engine, owned = _engine(target)
    try:
        with Session(engine) as session, session.begin():
            stored = session.get(KioskStatus, row["kiosk_id"], with_for_update=True)
            if stored is None:
                session.add(KioskStatus(**row))
            elif _aware(stored.reported_at) <= row["reported_at"]:
                for key, value in row.items():
                    setattr(stored, key, value)
    except Exception:
        # Two first reports of one kiosk at once: the second insert loses the
        # race; the row is there now, so write over it once.
        with Session(engine) as session, session.begin():
            stored = session.get(KioskStatus, row["kiosk_id"], with_for_update=True)
            if stored is None:
                raise
            if _aware(stored.reported_at) <= row["reported_at"]:
                for key, value in row.items():
                    setattr(stored, key, value)
    finally:
        if owned:
            engine.dispose()


def _aware(value: datetime) -> datetime:
    # SQLite hands back naive datetimes (stored as UTC).
    return value.replace(tzinfo=timezone.utc) if value.tzinfo is None else value


def read_status_folder(folder: str | Path) -> list[dict[str, Any]]:
    """The checked reports in ``<folder>/status/*.json`` (*folder* is the pack
    source, or its ``status`` folder itself); a file that is not a report is
    logged and left out, so one broken kiosk never hides the others."""
    root = Path(folder)
    where = root / STATUS_FOLDER if (root / STATUS_FOLDER).is_dir() else root
    out = []
    for path in sorted(where.glob("*.json")):
        try:
            raw = path.read_bytes()
            if len(raw) > _STATUS_LIMITS.max_bytes:
                raise StatusError(f"{path}: is {len(raw)} bytes, too big for a status report")
            out.append(check_status(safejson.loads(raw, _STATUS_LIMITS), str(path)))
        except (OSError, safejson.JSONRefused, StatusError) as exc:
            log.warning("%s: not a status report, left out (%s)", path, exc)
    return out


def newest_version(source: str | Path | None) -> str | None:
    """The content version the pack source's index (``latest.json``) names, or None."""
    if source is None:
        return None
    path = Path(source) / INDEX_NAME
    try:
        doc = safejson.loads(path.read_bytes(), _STATUS_LIMITS)
        version = doc["index"]["content_version"]
    except (OSError, safejson.JSONRefused, KeyError, TypeError):
        return None
    return version if isinstance(version, str) else None


def read_fleet(
    target: str | Engine | None = None,
    *,
    folder: str | Path | None = None,
    poll_seconds: int = DEFAULT_POLL_SECONDS,
    newest: str | None = None,
    now: datetime | None = None,
) -> list[KioskRow]:
    """Every kiosk, from the office database (*target*) and/or the status
    files of a folder pack source (*folder*), the newer report winning;
    online when reported within ``ONLINE_POLLS`` x *poll_seconds*; *newest*
    is the content version they should run (None: not compared)."""
    reports: dict[str, dict[str, Any]] = {}
    for row in _database_rows(target) + (read_status_folder(folder) if folder is not None else []):
        known = reports.get(row["kiosk_id"])
        if known is None or known["reported_at"] < row["reported_at"]:
            reports[row["kiosk_id"]] = row
    moment = now or datetime.now(timezone.utc)
    limit = timedelta(seconds=ONLINE_POLLS * poll_seconds)
    return sorted((_row(r, moment, limit, newest) for r in reports.values()), key=lambda k: (k.label.casefold(), k.kiosk_id))


def _database_rows(target: str | Engine | None) -> list[dict[str, Any]]:
    if target is None:
        return []
    engine, owned = _engine(target)
    try:
        with engine.connect() as conn:
            rows = conn.execute(select(kiosk_status)).mappings().all()
            return [
                dict(r) | {"reported_at": _aware(r["reported_at"]),
                           "last_update_at": _aware(r["last_update_at"]) if r["last_update_at"] else None}
                for r in rows
            ]
    finally:
        if owned:
            engine.dispose()


def _row(r: Mapping[str, Any], now: datetime, limit: timedelta, newest: str | None) -> KioskRow:
    version = r.get("content_version")
    return KioskRow(
        kiosk_id=r["kiosk_id"], name=r.get("name") or "", content_version=version,
        uptime_s=int(r.get("uptime_s") or 0), restarts=int(r.get("restarts") or 0),
        errors=tuple(r.get("errors") or ()), last_update_result=r.get("last_update_result"),
        last_update_at=r.get("last_update_at"), free_disk_bytes=r.get("free_disk_bytes"),
        voices={k: tuple(v) for k, v in (r.get("voices") or {}).items()},
        reported_at=r["reported_at"], online=now - r["reported_at"] <= limit,
        behind=None if newest is None else version != newest,
    )


def summary_lines(rows: Iterable[KioskRow], newest: str | None) -> list[str]:
    """The table ``kiosk fleet status`` prints (plain text, one kiosk a line)."""
    rows = list(rows)
    if not rows:
        return ["No kiosk has reported yet."]
    lines = [f"{'KIOSK':<24} {'STATE':<34} {'CONTENT':<26} LAST ERROR"]
    for k in rows:
        state = "online" if k.online else f"offline since {k.reported_at:%Y-%m-%d %H:%M} UTC"
        content = k.content_version or "(none)"
        if k.behind:
            content += " (behind)"
        elif k.behind is False:
            content += " (current)"
        lines.append(f"{k.label[:24]:<24} {state:<34} {content:<26} {k.errors[-1] if k.errors else '-'}")
    online = sum(k.online for k in rows)
    tail = f"{len(rows)} kiosk(s): {online} online, {len(rows) - online} offline"
    if newest:
        tail += f"; newest content {newest}, {sum(bool(k.behind) for k in rows)} behind"
    return lines + [tail]


def _setting(db: Database, key: str, default: Any) -> Any:
    # The fleet settings (fleet.poll_seconds, fleet.source) belong to the
    # kiosk updater; a database that does not know them yet uses the defaults.
    try:
        return Settings(db.engine).get(key)
    except SettingsError:
        return default


def configured_source(db: Database) -> Path | None:
    """The folder pack source the settings name (``fleet.source``), or None
    (none set, or a web address: a web server holds no status files)."""
    value = _setting(db, "fleet.source", "")
    if not isinstance(value, str) or not value or "://" in value:
        return None
    return Path(value)


@dataclass(frozen=True)
class FleetView:
    """What the Fleet tab and ``kiosk fleet status`` show: every kiosk and the newest content."""

    rows: list[KioskRow]
    newest: str | None
    source: Path | None
    poll_seconds: int


def fleet_of(db: Database, source: str | Path | None = None, now: datetime | None = None) -> FleetView:
    """The fleet as *db* (the office database) and the folder pack source
    (*source*, else the ``fleet.source`` setting) report it; the newest
    content is what the source's index names, else the office's own."""
    folder = Path(source) if source is not None else configured_source(db)
    newest = newest_version(folder)
    if newest is None:
        with db.sessions() as session:
            newest = get_meta(session).get("content_version")
    poll = int(_setting(db, "fleet.poll_seconds", DEFAULT_POLL_SECONDS) or DEFAULT_POLL_SECONDS)
    rows = read_fleet(db.engine, folder=folder if folder is not None and folder.is_dir() else None,
                      poll_seconds=poll, newest=newest, now=now)
    return FleetView(rows, newest, folder, poll)
