"""The office database on a real PostgreSQL: the same migrations, the same content, the same commands."""

from __future__ import annotations

import pytest
from sqlalchemy import inspect

from kiosk.cli import main
from kiosk.content.change.importer import take_backup
from kiosk.content.change.prepare import prepare
from kiosk.content.change.store import read_content
from kiosk.content.database import open_database
from kiosk.content.formats.contentset_io import content_to_json
from kiosk.content.read.search import search
from kiosk.db.migrate import current_revision, head_revision, upgrade
from kiosk.db.models import Base

pytestmark = pytest.mark.postgres


def test_the_migrations_build_the_models_on_postgresql_and_go_down_and_up_again(pg_url, data_dir):
    from alembic import command
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    from kiosk.db.migrate import alembic_config

    db = open_database(pg_url, data_dir)
    upgrade(db.engine)
    assert current_revision(db.engine) == head_revision()
    tables = set(inspect(db.engine).get_table_names())
    assert set(Base.metadata.tables) <= tables
    assert "search_fts" not in tables  # SQLite's search index lives only on kiosks
    with db.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    assert diff == []

    command.downgrade(alembic_config(db.engine), "base")
    assert set(inspect(db.engine).get_table_names()) <= {"alembic_version"}
    upgrade(db.engine)
    assert current_revision(db.engine) == head_revision()
    db.close()


def test_a_database_at_0004_is_upgraded_keeping_its_content(pg_url, data_dir):
    from alembic import command

    from kiosk.db.migrate import alembic_config

    db = open_database(pg_url, data_dir)
    prepare(db)
    command.downgrade(alembic_config(db.engine), "0004")
    db.close()
    db = open_database(pg_url, data_dir)
    report = prepare(db)
    assert report.from_revision == "0004" and not report.loaded_default
    with db.engine.connect() as conn:
        texts = conn.exec_driver_sql("SELECT count(*) FROM record_texts").scalar()
        versions = set(conn.exec_driver_sql("SELECT DISTINCT version FROM records").scalars())
    assert texts > 100 and versions == {1}
    db.close()


def test_the_default_content_reads_back_from_postgresql_exactly_as_from_sqlite(pg_url, data_dir, tmp_path):
    pg = open_database(pg_url, data_dir)
    lite = open_database(f"sqlite:///{tmp_path / 'kiosk.sqlite3'}", data_dir)
    for db in (pg, lite):
        prepare(db)
    with pg.sessions() as a, lite.sessions() as b:
        from_pg, from_sqlite = read_content(a), read_content(b)
    assert from_pg.counts() == from_sqlite.counts() and sum(from_pg.counts().values()) > 30
    # Byte for byte, timestamps aside (each database was loaded at its own moment).
    def without_times(content):
        return content_to_json(content.model_copy(update={"meta": content.meta.model_copy(update={"created_at": None})}))
    for kind in from_pg.records:
        for x, y in zip(from_pg.of(kind), from_sqlite.of(kind), strict=True):
            assert x.model_copy(update={"updated_at": None}) == y.model_copy(update={"updated_at": None})
    assert without_times(from_pg).keys() == without_times(from_sqlite).keys()
    with pg.sessions() as a, lite.sessions() as b:
        assert [r.slug for r in search(a, "海尔", "zh-Hans")][:1] == [r.slug for r in search(b, "海尔", "zh-Hans")][:1] == ["haier-group"]
    pg.close()
    lite.close()


def test_staff_commands_work_on_postgresql(pg_url, data_dir, tmp_path, capsys):
    assert main(["--database", pg_url, "db", "init"]) == 0
    assert "Created" in capsys.readouterr().out
    book = tmp_path / "content.xlsx"
    assert main(["--database", pg_url, "export", "workbook", str(book)]) == 0
    assert main(["--database", pg_url, "settings", "set", "idle_timeout_s", "120"]) == 0
    assert main(["--database", pg_url, "db", "check"]) == 0
    capsys.readouterr()
    assert main(["--database", pg_url, "backup", "create"]) == 0
    out = capsys.readouterr().out
    assert "Backup taken: history #" in out and "not a SQLite file" in out and "kiosk history restore" in out
    assert main(["--database", pg_url, "backup", "restore", "kiosk-20250825T101500000000Z-manual.sqlite3"]) == 1
    assert "history snapshots" in capsys.readouterr().err
    assert main(["--database", pg_url, "history"]) == 0
    assert "load-default" in capsys.readouterr().out


def test_the_backup_before_a_change_on_postgresql_is_a_history_snapshot(pg_url, data_dir):
    db = open_database(pg_url, data_dir)
    prepare(db)
    first = take_backup(db, "manual")
    again = take_backup(db, "manual")
    # The newest entry already holds the content as it is: no second copy.
    assert first is not None and again is not None and first.id == again.id == "history #1"
    assert not any(db.backups_dir.glob("*.sqlite3")) if db.backups_dir.exists() else True
    db.close()


def test_two_office_pcs_starting_on_a_new_database_at_once_both_find_it_made(pg_url, tmp_path):
    import threading

    reports, failures = [], []
    start = threading.Barrier(2)

    def start_pc(name):
        folder = tmp_path / name
        folder.mkdir()
        db = open_database(pg_url, folder)
        start.wait()
        try:
            reports.append(prepare(db))
        except Exception as exc:  # noqa: BLE001 - the test reports it
            failures.append(exc)
        finally:
            db.close()

    threads = [threading.Thread(target=start_pc, args=(name,)) for name in ("pc1", "pc2")]
    for t in threads:
        t.start()
    for t in threads:
        t.join(120)
    assert failures == []
    assert sorted(r.loaded_default for r in reports) == [False, True]
