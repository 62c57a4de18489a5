"""The kiosk's status report: a heartbeat with what the office needs to know.

``kiosk_status(db, started_at)`` makes the status dict every kiosk reports
after each poll::

    kiosk_id, name, content_version, uptime_s, restarts, errors (list of
    texts), last_update_result, last_update_at (ISO UTC or None),
    free_disk_bytes, voices (language -> names), reported_at (ISO UTC)

``report_status(status, settings)`` sends it: with a folder pack source,
as ``<source>/status/<kiosk_id>.json`` (written to a temporary name and
renamed, so the office never reads half a file); with a web server source
the status goes to the office database only.
"""

from __future__ import annotations

import json
import logging
import os
import shutil
import time
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from kiosk.content.change.settings import Settings
from kiosk.content.database import Database
from kiosk.content.meta import get_meta
from kiosk.fleet.office import write_status
from kiosk.runtime.watchdog import read_restarts
from kiosk.stats.recorder import kiosk_identity

log = logging.getLogger(__name__)

STATUS_FOLDER = "status"


def kiosk_status(db: Database, started_at: float, *, voices: dict[str, list[str]] | None = None) -> dict[str, Any]:
    """This kiosk's status now; *started_at* is when it started (``time.time()``)."""
    settings = Settings(db.engine)
    kiosk_id, name = kiosk_identity(settings)
    state = settings.get("fleet.state")
    with db.engine.connect() as conn:
        meta = get_meta(conn)
    try:
        free = shutil.disk_usage(db.data_dir).free
    except OSError:
        free = -1
    return {
        "kiosk_id": kiosk_id,
        "name": name,
        "content_version": meta.get("content_version", ""),
        "uptime_s": round(max(0.0, time.time() - started_at), 1),
        "restarts": len(read_restarts(db.data_dir)),
        "errors": list(state.get("errors", [])),
        "last_update_result": state.get("result", ""),
        "last_update_at": state.get("last_update_at"),
        "free_disk_bytes": free,
        "voices": dict(voices or {}),
        "reported_at": datetime.now(timezone.utc).isoformat(),
    }


def status_path(folder: Path, kiosk_id: str) -> Path:
    """Where a kiosk's status file lies in a folder pack source."""
    return Path(folder) / STATUS_FOLDER / f"{kiosk_id}.json"


def write_status_file(folder: Path, status: dict[str, Any]) -> Path:
    """Write *status* into the pack source *folder* atomically; returns the file."""
    target = status_path(folder, status["kiosk_id"])
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(f".{target.name}.{os.getpid()}.partial")
    try:
        tmp.write_text(json.dumps(status, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        os.replace(tmp, target)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return target


def report_to_office(url: str, status: dict[str, Any]) -> bool:
    """Store *status* in the office database at *url*; False (logged, never
    raised) when it cannot: the office may be down, the kiosk runs on, and
    the next poll reports again."""
    try:
        write_status(url, status)
    except Exception as exc:  # noqa: BLE001 - any driver or network error
        reason = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        log.warning("fleet status: cannot report to the office database (%s: %s)", type(exc).__name__, reason[:200])
        return False
    return True


def report_status(status: dict[str, Any], settings: Settings) -> Path | None:
    """Send *status* where this kiosk reports: the office database when
    ``fleet.office_url`` is set, and the status file in a folder pack source
    (returned).  What cannot be written is logged, never raised: the kiosk runs on."""
    location = settings.get("fleet.source")
    written = None
    office = settings.get("fleet.office_url")
    if office:
        report_to_office(office, status)
    if location and "://" not in location:
        try:
            written = write_status_file(Path(location), status)
        except OSError as exc:
            log.warning("fleet status: cannot write to %s (%s)", location, exc.strerror or exc)
    return written
