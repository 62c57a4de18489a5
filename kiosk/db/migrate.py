"""Bring a database to the current schema with Alembic.

A new database is created and stamped at head by running every revision; an
older one is upgraded, after a backup copy is taken by the caller's hook.
"""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import Engine, inspect, text

from kiosk.paths import MIGRATIONS_DIR

# Alembic is imported inside the functions that need it: a start on a
# database that is already current only reads ``alembic_version``.


def alembic_config(engine: Engine):
    """An Alembic config pointing at the packaged migrations and *engine*."""
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    cfg.attributes["engine"] = engine
    return cfg


def head_revision() -> str:
    """The newest revision the program knows (read from the migration scripts)."""
    from alembic.script import ScriptDirectory

    script = ScriptDirectory(str(MIGRATIONS_DIR))
    head = script.get_current_head()
    assert head is not None
    return head


def current_revision(engine: Engine) -> str | None:
    """The revision the database is at; None for a new, empty database."""
    with engine.connect() as conn:
        if not inspect(conn).has_table("alembic_version"):
            return None
        rows = conn.execute(text("SELECT version_num FROM alembic_version")).scalars().all()
    return rows[0] if len(rows) == 1 else None


def needs_upgrade(engine: Engine) -> bool:
    """True when the database is older than the program."""
    from kiosk.db import SCHEMA_HEAD

    return current_revision(engine) != SCHEMA_HEAD


def upgrade(
    engine: Engine,
    revision: str = "head",
    before_upgrade: Callable[[str | None, str], None] | None = None,
) -> str | None:
    """Upgrade *engine*'s database to *revision*; returns the revision it was at.

    *before_upgrade(old, new)* runs only when an existing database (one that
    has a revision) is about to change: that is where the caller backs it up.
    """
    from kiosk.db import SCHEMA_HEAD

    old = current_revision(engine)
    if old == (SCHEMA_HEAD if revision == "head" else revision):
        return old
    from alembic import command

    target = head_revision() if revision == "head" else revision
    if old == target:
        return old
    if old is not None and before_upgrade is not None:
        before_upgrade(old, target)
    command.upgrade(alembic_config(engine), revision)
    return old
