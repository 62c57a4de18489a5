"""Migration 0006: texts that need review and the picture's focal point come
and go with the schema, and the content stays."""

from __future__ import annotations

from alembic import command
from sqlalchemy import inspect

from kiosk.content.change.prepare import prepare
from kiosk.content.database import open_database
from kiosk.db.migrate import alembic_config, current_revision


def columns(db, table: str) -> set[str]:
    with db.engine.connect() as conn:
        return {c["name"] for c in inspect(conn).get_columns(table)}


def count_texts(db) -> int:
    with db.engine.connect() as conn:
        return conn.exec_driver_sql("SELECT count(*) FROM record_texts").scalar()


def test_down_to_0004_and_up_again_keeps_every_text(data_dir):
    db = open_database(None, data_dir)
    prepare(db)
    texts = count_texts(db)
    assert {"media_focus_x", "media_focus_y"} <= columns(db, "records")
    assert "stale" in columns(db, "record_texts")

    command.downgrade(alembic_config(db.engine), "0004")
    assert current_revision(db.engine) == "0004"
    assert "stale" not in columns(db, "record_texts")
    assert not {"media_focus_x", "media_focus_y"} & columns(db, "records")
    assert count_texts(db) == texts  # dropping a column dropped no row
    db.close()

    db = open_database(None, data_dir)
    report = prepare(db)
    assert report.from_revision == "0004" and report.backup is not None
    assert "stale" in columns(db, "record_texts") and count_texts(db) == texts
    with db.engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT count(*) FROM record_texts WHERE stale").scalar() == 0
    db.close()
