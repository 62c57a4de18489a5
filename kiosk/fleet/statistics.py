"""Visitor statistics travel the way the kiosk's status does: to the office database, or into the pack source folder.

After each poll the kiosk sends what the office lacks of its statistics
(``kiosk.stats.outbox``): with ``fleet.office_url`` set, straight into the
office database (``kiosk.stats.office.store_batch``); otherwise, with a
folder pack source, as batch files in ``<source>/statistics/<kiosk id>/``
that the office stores when it reads the statistics.  The kiosk's own
statistics file is the queue: while the office cannot be reached nothing
moves and nothing is lost, and the next send after it returns takes
everything since; the office counts a session once however often it comes.

A web-server pack source without an office database has nowhere to send
to (a web server is read-only for kiosks): the statistics stay on the
kiosk for the USB stick, as before.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

from kiosk.content.change.settings import Settings
from kiosk.db.engine import make_engine
from kiosk.stats.outbox import BATCH_SESSIONS, mark_sent, next_batch
from kiosk.stats.recorder import kiosk_identity
from kiosk.stats.store import StatsError, open_store, stats_path

log = logging.getLogger(__name__)


@dataclass
class SendReport:
    """What one send did: where to, batches and sessions sent, and the problem that stopped it (None: all sent)."""

    destination: str
    batches: int = 0
    sessions: int = 0
    problem: str | None = None


def destination(settings: Settings) -> str | None:
    """Where this kiosk's statistics go: the office database URL, a folder pack source, or None (nowhere)."""
    office = settings.get("fleet.office_url")
    if office:
        return office
    location = settings.get("fleet.source")
    if location and "://" not in location:
        return location
    return None


def _mark_name(target: str, office: bool) -> str:
    """The destination as the kiosk's sent mark names it: a database without its password, so a new
    password does not send everything again (which would change nothing, but costs a full send)."""
    if not office:
        return target
    from sqlalchemy import make_url

    return make_url(target).render_as_string(hide_password=True)


def _reason(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else ""
    return f"{type(exc).__name__}: {text[:200]}" if text else type(exc).__name__


def send_statistics(data_dir: Path, settings: Settings, *, limit: int = BATCH_SESSIONS) -> SendReport | None:
    """Send everything the destination lacks, batch by batch; None when there is no destination or no statistics.

    Never raises: a problem (office down, share gone) is logged and
    returned, and the next call starts where this one stopped."""
    target = destination(settings)
    path = stats_path(Path(data_dir))
    if target is None or not path.is_file():
        return None
    kiosk_id, _name = kiosk_identity(settings)
    office = target == settings.get("fleet.office_url")
    mark = _mark_name(target, office)
    report = SendReport(mark)
    try:
        store = open_store(path, create=False)
    except StatsError as exc:
        report.problem = str(exc)
        log.warning("statistics: cannot send: %s", exc)
        return report
    # The office's tables and their ORM: only once there is something to send.
    from kiosk.stats.office import store_batch, write_batch_file

    engine = None
    try:
        while (batch := next_batch(store, kiosk_id, mark, limit)) is not None:
            if office:
                engine = engine or make_engine(target)
                store_batch(engine, batch)
            else:
                write_batch_file(Path(target), batch)
            # Stored first, marked after: a stop in between sends the batch again, which changes nothing.
            mark_sent(store, mark, batch)
            report.batches += 1
            report.sessions += len(batch.sessions)
    except Exception as exc:  # noqa: BLE001 - any driver, network or file error: the kiosk runs on
        report.problem = _reason(exc)
        where = "the office database" if office else f"the folder {target}"
        log.warning("statistics: cannot send to %s (%s); %d session(s) sent, the rest wait",
                    where, report.problem, report.sessions)
    finally:
        if engine is not None:
            engine.dispose()
        store.engine.dispose()
    if report.sessions:
        log.info("statistics: sent %d session(s) in %d batch(es)", report.sessions, report.batches)
    return report
