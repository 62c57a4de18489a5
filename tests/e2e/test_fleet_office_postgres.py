"""Twenty kiosks reporting to a real PostgreSQL office: every status row is there, and
visitor statistics recorded while the office was down arrive once it is back, each session once.

The kiosks are the kiosk's own updater, status and statistics code, headless
(``FleetDrill``), reading a folder pack source and reporting to an office
database on a PostgreSQL server of this test's own, which it stops and
starts again in the middle.
"""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from fleet_tools import make_keys, retitle, title, wait_for

from kiosk.content.change.prepare import prepare
from kiosk.content.database import open_database
from kiosk.fleet.drill import FleetDrill
from kiosk.fleet.office import read_fleet
from kiosk.fleet.publish import publish
from kiosk.stats import events as ev
from kiosk.stats.office import OfficeReports
from kiosk.stats.outbox import pending_sessions
from kiosk.stats.queries import Filter
from kiosk.stats.recorder import kiosk_identity
from kiosk.stats.store import open_store, stats_path
from tests.support.postgres import start_server

pytestmark = [pytest.mark.postgres, pytest.mark.slow]
KIOSKS, POLL_S = 20, 1
DEADLINE_S = POLL_S + 30
VISITED = (1, 2, 3)
EVERYTHING = Filter()


def _visit(kiosk, count: int) -> None:
    """*count* finished visitor sessions at *kiosk*, written to its statistics file as its recorder would."""
    settings = kiosk.updater.settings
    store = open_store(stats_path(kiosk.db.data_dir))
    try:
        number = store.ensure_kiosk(*kiosk_identity(settings))
        for _ in range(count):
            t = time.time()
            store.write(number, [ev.Event(ev.SESSION_START, t, {"language": "en"}),
                                 ev.Event(ev.PAGE, t, {"page": "home", "language": "en", "dwell_ms": 800}),
                                 ev.Event(ev.SESSION_END, t + 1, {"reason": ev.END_IDLE})])
    finally:
        store.close()


def _pending(kiosk) -> int:
    store = open_store(stats_path(kiosk.db.data_dir), create=False)
    try:
        return pending_sessions(store, kiosk.updater.settings.get("kiosk.id"), kiosk.updater.settings.get("fleet.office_url"))
    finally:
        store.close()


def _polled_twice_more(drill: FleetDrill) -> bool:
    """Wait until each visited kiosk started a poll (and its send) after now and finished it."""
    kiosks = [drill.kiosks[n - 1] for n in VISITED]
    mark = {k.number: len(k.results) for k in kiosks}
    return wait_for(lambda: all(len(k.results) > mark[k.number] + 1 for k in kiosks), DEADLINE_S)


def _sessions_per_kiosk(hall: OfficeReports, ids: dict[int, str]) -> dict[int, tuple[int, int]]:
    """Kiosk number -> (session rows in PostgreSQL, sessions in its daily totals)."""
    return {n: (hall.sessions_stored([ids[n]]), hall.total_sessions(Filter(kiosks=(ids[n],)))) for n in VISITED}


def test_twenty_kiosks_report_status_and_statistics_to_postgresql_through_an_outage(tmp_path: Path):
    server = start_server()
    office = drill = None
    try:
        url = server.create_database("office")
        office = open_database(url, tmp_path / "office")
        prepare(office)
        source = tmp_path / "share"
        source.mkdir()
        key, public = make_keys(tmp_path / "keys")
        drill = FleetDrill(tmp_path / "hall", KIOSKS, str(source), poll_seconds=POLL_S, trusted_key=public)
        for kiosk in drill.kiosks:
            kiosk.updater.settings.set("fleet.office_url", url)
        ids = {k.number: kiosk_identity(k.updater.settings)[0] for k in drill.kiosks}
        drill.start()

        # Every kiosk's status row is in PostgreSQL, with the content it runs after a publish.
        retitle(office, "Haier Group (from the office)")
        published = publish(office, source, key=key)
        assert drill.wait(lambda k: 1 in k.applied_at, DEADLINE_S) is not None, drill.releases()
        version = published.index.content_version

        def rows_current() -> bool:
            rows = read_fleet(office.engine)
            return len(rows) == KIOSKS and all(r.content_version == version for r in rows)

        assert wait_for(rows_current, DEADLINE_S), [(r.name, r.content_version) for r in read_fleet(office.engine)]
        rows = read_fleet(office.engine, poll_seconds=POLL_S)
        assert {r.kiosk_id for r in rows} == set(ids.values())
        assert {r.name for r in rows} == {f"hall kiosk {n:02d}" for n in range(1, KIOSKS + 1)}
        assert all(r.online for r in rows)
        assert all(title(k.db) == "Haier Group (from the office)" for k in drill.kiosks)

        # Statistics reach the office after the next poll.
        hall = OfficeReports(office.engine)
        for n in VISITED:
            _visit(drill.kiosks[n - 1], 2)
        assert wait_for(lambda: hall.sessions_stored() == 2 * len(VISITED), DEADLINE_S), hall.sessions_stored()

        # The office goes away; visitors keep coming; the kiosks keep their sessions and run on.
        server.halt()
        for n in VISITED:
            _visit(drill.kiosks[n - 1], 3)
        assert _polled_twice_more(drill), "the kiosks stopped polling while the office was down"
        assert [_pending(drill.kiosks[n - 1]) for n in VISITED] == [3] * len(VISITED)
        assert drill.releases() == [1] * KIOSKS

        # Back again: every queued session arrives, and each exactly once.
        server.resume()
        assert wait_for(lambda: hall.sessions_stored() == 5 * len(VISITED), DEADLINE_S), hall.sessions_stored()
        assert _polled_twice_more(drill)  # and further sends bring nothing twice
        assert _sessions_per_kiosk(hall, ids) == {n: (5, 5) for n in VISITED}
        assert hall.total_sessions(EVERYTHING) == 5 * len(VISITED)
        assert [_pending(drill.kiosks[n - 1]) for n in VISITED] == [0] * len(VISITED)
        assert {name for _, name in hall.kiosks()} == {f"hall kiosk {n:02d}" for n in VISITED}
    finally:
        if drill is not None:
            drill.close()
        if office is not None:
            office.close()
        server.stop()
