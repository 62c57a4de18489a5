"""Shared fixtures.

Qt runs offscreen in every test (set here, before anything imports Qt, so a
developer's own display is never used and CI needs none).  Every test gets
its own data folder and database, so tests never touch a real kiosk's data.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

# A real PostgreSQL server for the tests marked ``postgres`` (one per session).
from tests.support.postgres import pg_url, postgres_server  # noqa: F401

# Offscreen, software-rendered, with Qt's in-scene virtual keyboard: set
# before any test imports Qt, because Qt reads them when the application
# object is created.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_QUICK_BACKEND", "software")
os.environ.setdefault("QT_IM_MODULE", "qtvirtualkeyboard")

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CONTENT = ROOT / "data" / "content"


@pytest.fixture
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A fresh, empty data folder that the kiosk uses instead of the user's."""
    folder = tmp_path / "data"
    folder.mkdir()
    monkeypatch.setenv("KIOSK_DATA_DIR", str(folder))
    monkeypatch.delenv("KIOSK_DATABASE_URL", raising=False)
    return folder


@pytest.fixture
def db(data_dir: Path):
    """An open database, migrated and filled with the default content."""
    from kiosk.content.database import open_database
    from kiosk.content.change.prepare import prepare

    database = open_database(None, data_dir)
    prepare(database)
    yield database
    database.close()


@pytest.fixture
def content_copy(tmp_path: Path) -> Path:
    """A writable copy of the default content folder, for tests that break it."""
    target = tmp_path / "content"
    shutil.copytree(DEFAULT_CONTENT, target)
    return target
