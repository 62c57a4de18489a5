"""Visitor statistics travel from the kiosks to the office database (SQLite and a real PostgreSQL)
or through the folder pack source, once each, and the office reads the whole hall."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from kiosk.cli import main
from kiosk.content.change.prepare import prepare
from kiosk.content.change.settings import Settings
from kiosk.content.database import open_database
from kiosk.fleet.statistics import send_statistics
from kiosk.stats.office import OfficeReports, import_folder, store_batch
from kiosk.stats.outbox import mark_sent, next_batch, pending_sessions
from kiosk.stats.queries import Filter, Reports
from kiosk.stats.recorder import kiosk_identity
from kiosk.stats.store import open_store, stats_path

from tests.unit.stats.stats_helpers import at, session

DAY = date(2026, 11, 30)
ALL = Filter(date(2026, 11, 1), date(2026, 12, 31))


def kiosk_at(folder: Path, name: str):
    """A kiosk: its content database (settings, id) and its statistics file."""
    folder.mkdir(parents=True, exist_ok=True)
    db = open_database(None, folder)
    prepare(db)
    settings = Settings(db.engine)
    settings.set("kiosk.name", name)
    return db, settings


def visit(db, settings, *sessions) -> None:
    """Record finished sessions in the kiosk's statistics file."""
    uid, name = kiosk_identity(settings)
    store = open_store(stats_path(db.data_dir))
    try:
        number = store.ensure_kiosk(uid, name)
        for events in sessions:
            store.write(number, events)
    finally:
        store.close()


def report_of(reports: Reports, f: Filter = ALL) -> dict:
    return {"summary": reports.summary(f), "per_day": [r for r in reports.sessions_per_day(f) if r[1]],
            "pages": reports.top_pages(f), "records": reports.top_records(f), "switches": reports.language_switches(f),
            "heatmap": reports.heatmap(f), "a11y": reports.accessibility_modes(f), "qr": reports.qr_codes(f),
            "endings": reports.endings(f), "lengths": reports.session_lengths(f).buckets}


def test_sessions_reach_the_office_once_and_its_reports_equal_the_kiosks(office, tmp_path):
    db, settings = kiosk_at(tmp_path / "k1", "Hall A 1")
    settings.set("fleet.office_url", office.url)
    visit(db, settings,
          session(at(DAY, 10), 95, lang="zh-Hans", pages=[("home", 5), ("manufacturers/haier", 40)], searches=[("海尔", 2, True)]),
          session(at(DAY, 11), 30, lang="en", switch="ru", pages=[("clusters", 12)], a11y="large_text", qr="manufacturers/haier"),
          session(at(DAY, 15), 12, lang="ru", searches=[("=cmd", 0, False)]))
    first = send_statistics(db.data_dir, settings)
    assert (first.sessions, first.problem) == (3, None)
    assert send_statistics(db.data_dir, settings).sessions == 0  # nothing new: nothing sent

    hall = OfficeReports(office.engine)
    assert hall.sessions_stored() == 3
    store = open_store(stats_path(db.data_dir))
    try:
        assert report_of(hall) == report_of(Reports(store))
    finally:
        store.close()
    assert hall.kiosks() == [(kiosk_identity(settings)[0], "Hall A 1")]
    assert hall.data_range() == (DAY, DAY)
    db.close()


def test_a_send_repeated_after_a_stop_before_the_mark_counts_nothing_twice(office, tmp_path):
    db, settings = kiosk_at(tmp_path / "k1", "Hall A 1")
    uid = kiosk_identity(settings)[0]
    visit(db, settings, session(at(DAY, 10), 60, pages=[("home", 5)]), session(at(DAY, 12), 20))
    store = open_store(stats_path(db.data_dir))
    try:
        batch = next_batch(store, uid, office.url)
        assert store_batch(office.engine, batch).sessions_added == 2
        # The kiosk stopped here: stored, not marked. It sends the same again after its restart.
        assert pending_sessions(store, uid, office.url) == 2
        again = next_batch(store, uid, office.url)
        report = store_batch(office.engine, again)
        assert (report.sessions_added, report.sessions_known) == (0, 2)
        mark_sent(store, office.url, again)
        assert pending_sessions(store, uid, office.url) == 0 and next_batch(store, uid, office.url) is None
    finally:
        store.close()
    assert OfficeReports(office.engine).total_sessions(ALL) == 2
    db.close()


def test_a_days_older_totals_arriving_late_do_not_replace_newer_ones(office, tmp_path):
    db, settings = kiosk_at(tmp_path / "k1", "Hall A 1")
    uid = kiosk_identity(settings)[0]
    visit(db, settings, session(at(DAY, 9), 40))
    store = open_store(stats_path(db.data_dir))
    try:
        early = next_batch(store, uid, office.url)
        mark_sent(store, office.url, early)
        visit(db, settings, session(at(DAY, 10), 40), session(at(DAY, 11), 40))
        late = next_batch(store, uid, office.url)
    finally:
        store.close()
    store_batch(office.engine, late)
    kept = store_batch(office.engine, early)  # a retried send of the first batch arrives last
    assert (kept.days_kept, kept.days_replaced) == (1, 0)
    assert OfficeReports(office.engine).total_sessions(ALL) == 3
    db.close()


def test_the_hall_is_the_sum_of_its_kiosks_and_each_kiosk_reads_alone(office, tmp_path, capsys):
    ids = {}
    for number, count in ((1, 2), (2, 3)):
        db, settings = kiosk_at(tmp_path / f"k{number}", f"Hall A {number}")
        settings.set("fleet.office_url", office.url)
        visit(db, settings, *[session(at(DAY, 9 + i), 30, lang="en") for i in range(count)])
        send_statistics(db.data_dir, settings, limit=2)  # in batches of two
        ids[number] = kiosk_identity(settings)[0]
        db.close()
    hall = OfficeReports(office.engine)
    assert hall.total_sessions(ALL) == 5
    assert hall.total_sessions(Filter(ALL.start, ALL.end, (ids[2],))) == 3
    assert [name for _, name in hall.kiosks()] == ["Hall A 1", "Hall A 2"]

    assert main(["--database", office.url, "stats", "--office"]) == 0
    out = capsys.readouterr().out
    assert "Hall A 1" in out and "Hall A 2" in out and "Today" in out
    export = tmp_path / "hall.csv"
    assert main(["--database", office.url, "stats", "export", str(export), "--office", "--from", "2026-11-01",
                 "--to", "2026-12-31", "--kiosk", "Hall A 2"]) == 0
    assert "Wrote" in capsys.readouterr().out
    assert "sessions,3" in export.read_text(encoding="utf-8-sig")


def test_without_an_office_database_batches_go_through_the_folder_source_once(office, tmp_path):
    source = tmp_path / "share"
    source.mkdir()
    db, settings = kiosk_at(tmp_path / "k1", "Hall B 1")
    settings.set("fleet.source", str(source))
    visit(db, settings, session(at(DAY, 10), 60, pages=[("home", 5)]))
    assert send_statistics(db.data_dir, settings).sessions == 1
    visit(db, settings, session(at(DAY, 11), 60), session(at(DAY, 12), 60))
    assert send_statistics(db.data_dir, settings).sessions == 2
    files = sorted((source / "statistics").glob("*/*.json"))
    assert len(files) == 2
    copy = json.loads(files[0].read_text(encoding="utf-8"))
    broken = source / "statistics" / "someone" / "broken.json"
    broken.parent.mkdir()
    broken.write_text('{"format": "jiaozhou-kiosk statistics batch", "kiosk_id": "k9"}', encoding="utf-8")

    done = import_folder(office.engine, source)
    assert (done.files, done.sessions_added) == (2, 3)
    assert len(done.problems) == 1 and "broken.json" in done.problems[0] and "file_id" in done.problems[0]
    assert not any(f.exists() for f in files) and broken.exists()
    files[0].write_text(json.dumps(copy), encoding="utf-8")  # the same batch again (a copy restored on the share)
    again = import_folder(office.engine, source)
    assert (again.files, again.sessions_added, again.sessions_known) == (1, 0, 1)
    assert OfficeReports(office.engine).total_sessions(ALL) == 3
    db.close()


def test_migration_0008_adds_the_statistics_tables_and_takes_them_away_again(office_url, data_dir):
    from alembic import command
    from sqlalchemy import inspect

    from kiosk.db.migrate import alembic_config, upgrade
    from kiosk.fleet.office import read_fleet, write_status

    db = open_database(office_url, data_dir)
    upgrade(db.engine, "0007")
    write_status(db.engine, {"kiosk_id": "k1", "name": "Hall A 1", "reported_at": "2026-11-30T09:00:00+00:00"})
    tables = {"visitor_sessions", "visitor_days", "visitor_totals"}
    assert not tables & set(inspect(db.engine).get_table_names())
    upgrade(db.engine, "0008")
    assert tables <= set(inspect(db.engine).get_table_names())
    command.downgrade(alembic_config(db.engine), "0007")
    assert not tables & set(inspect(db.engine).get_table_names())
    assert [r.kiosk_id for r in read_fleet(db.engine)] == ["k1"]  # the fleet's status is left as it was
    db.close()
