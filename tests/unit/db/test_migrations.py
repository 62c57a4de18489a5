"""The schema is built and upgraded by Alembic, and an upgrade is backed up first."""

from __future__ import annotations

from sqlalchemy import inspect

from kiosk.content.backups import list_backups
from kiosk.content.database import open_database
from kiosk.content.change.prepare import prepare
from kiosk.db.migrate import current_revision, head_revision, upgrade
from kiosk.db.models import Base


def test_empty_database_upgrades_from_the_first_revision_to_head(data_dir):
    db = open_database(None, data_dir)
    upgrade(db.engine, "0001")
    assert current_revision(db.engine) == "0001"
    assert "settings" not in inspect(db.engine).get_table_names()
    upgrade(db.engine)
    assert current_revision(db.engine) == head_revision()
    tables = set(inspect(db.engine).get_table_names())
    assert set(Base.metadata.tables) <= tables
    assert "search_fts" in tables
    db.close()


def test_schema_matches_the_models(data_dir):
    """Autogenerate finds nothing to change: the migrations build what the models say."""
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    db = open_database(None, data_dir)
    upgrade(db.engine)
    with db.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    db.close()
    assert [d for d in diff if "search_fts" not in str(d)] == []


def test_an_older_database_is_backed_up_then_upgraded_keeping_its_content(data_dir):
    db = open_database(None, data_dir)
    upgrade(db.engine, "0001")
    db.close()

    db = open_database(None, data_dir)
    report = prepare(db)
    assert report.from_revision == "0001"
    assert report.backup is not None
    backups = list_backups(db.backups_dir)
    assert [b.id for b in backups] == [report.backup]
    assert report.loaded_default  # 0001 database held no content yet
    db.close()


def test_a_current_database_is_not_touched(db):
    report = prepare(db)
    assert report.from_revision == head_revision()
    assert report.backup is None and not report.loaded_default


def test_the_program_knows_its_newest_schema_without_asking_alembic():
    from kiosk.db import SCHEMA_HEAD

    assert SCHEMA_HEAD == head_revision()


def test_upgrading_to_the_title_index_indexes_the_content_already_there(data_dir):
    """A kiosk whose content was loaded before 0004 finds by title right after the upgrade."""
    from alembic import command

    from kiosk.content.read.search import search
    from kiosk.db.migrate import alembic_config

    db = open_database(None, data_dir)
    prepare(db)  # loads the default content at head
    command.downgrade(alembic_config(db.engine), "0003")
    with db.engine.connect() as conn:
        assert not inspect(conn).has_table("search_fts_head")
    db.close()

    db = open_database(None, data_dir)
    report = prepare(db)
    assert report.from_revision == "0003" and not report.loaded_default
    with db.sessions() as session:
        assert search(session, "海尔", "zh-Hans")[0].slug == "haier-group"
        assert search(session, "冷藏箱", "zh-Hans")[0].slug == "qingdao-cimc-reefer-container"
        heads = session.connection().exec_driver_sql("SELECT count(*) FROM search_fts_head_docsize").scalar()
        titles = session.connection().exec_driver_sql(
            "SELECT count(*) FROM search_entries WHERE field IN ('title', 'subtitle')"
        ).scalar()
    assert heads == titles > 0
    db.close()


def test_upgrading_to_the_word_index_indexes_the_content_already_there(data_dir):
    """A kiosk whose content was loaded before 0005 finds by word form, pinyin and typo right after the upgrade."""
    from alembic import command

    from kiosk.content.read.search import search
    from kiosk.db.migrate import alembic_config

    db = open_database(None, data_dir)
    prepare(db)
    command.downgrade(alembic_config(db.engine), "0004")
    with db.engine.connect() as conn:
        assert not inspect(conn).has_table("search_vocab")
        assert conn.exec_driver_sql("SELECT count(*) FROM records").scalar() > 0
    db.close()

    db = open_database(None, data_dir)
    report = prepare(db)
    assert report.from_revision == "0004" and not report.loaded_default
    with db.sessions() as session:
        assert search(session, "haierjituan", "en")[0].slug == "haier-group"  # pinyin
        assert search(session, "haeir", "en")[0].slug == "haier-group"  # a typo
        assert search(session, "специя", "ru")[0].slug == "spices-cluster"  # a word form
        conn = session.connection()
        indexed = conn.exec_driver_sql("SELECT count(*) FROM search_fts_terms").scalar()
        records = conn.exec_driver_sql("SELECT count(*) FROM records").scalar()
    assert indexed == records
    db.close()
