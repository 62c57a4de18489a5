"""Bring a database to the current schema with Alembic.

A new database is created and stamped at head by running every revision; an
older one is upgraded, after a backup copy is taken by the caller's hook.
"""

from __future__ import annotations

from collections.abc import Callable

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine

from kiosk.paths import MIGRATIONS_DIR


def alembic_config(engine: Engine) -> Config:
    """An Alembic config pointing at the packaged migrations and *engine*."""
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    cfg.attributes["engine"] = engine
    return cfg


def head_revision() -> str:
    """The newest revision the program knows."""
    script = ScriptDirectory(str(MIGRATIONS_DIR))
    head = script.get_current_head()
    assert head is not None
    return head


def current_revision(engine: Engine) -> str | None:
    """The revision the database is at; None for a new, empty database."""
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def needs_upgrade(engine: Engine) -> bool:
    """True when the database is older than the program."""
    return current_revision(engine) != head_revision()


def upgrade(
    engine: Engine,
    revision: str = "head",
    before_upgrade: Callable[[str | None, str], None] | None = None,
) -> str | None:
    """Upgrade *engine*'s database to *revision*; returns the revision it was at.

    *before_upgrade(old, new)* runs only when an existing database (one that
    has a revision) is about to change: that is where the caller backs it up.
    """
    old = current_revision(engine)
    target = head_revision() if revision == "head" else revision
    if old == target:
        return old
    if old is not None and before_upgrade is not None:
        before_upgrade(old, target)
    command.upgrade(alembic_config(engine), revision)
    return old
