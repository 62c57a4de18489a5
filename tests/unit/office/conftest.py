"""The office database on both engines: a SQLite file and a real PostgreSQL."""

from __future__ import annotations

import pytest

from kiosk.content.change.prepare import prepare
from kiosk.content.database import open_database


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def office_url(request, tmp_path) -> str:
    """A fresh database URL: a SQLite file, or a new database on the session's PostgreSQL."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'office.sqlite3'}"
    return request.getfixturevalue("postgres_server").create_database()


@pytest.fixture
def office(office_url, data_dir):
    """The office database, migrated and holding the default content."""
    db = open_database(office_url, data_dir)
    prepare(db)
    yield db
    db.close()


def second_session(db, data_dir):
    """Another program on the same database (its own engine and connections), as a
    second console on another PC would be; its data folder is its own too."""
    other = data_dir.parent / "other-pc"
    other.mkdir(exist_ok=True)
    return open_database(db.url, other)
