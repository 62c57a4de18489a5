"""Alembic environment: runs migrations on the engine the program hands over."""

from __future__ import annotations

from alembic import context

from kiosk.db.models import Base

config = context.config
target_metadata = Base.metadata


def run_migrations_online() -> None:
    """Run on ``config.attributes['engine']`` (set by ``kiosk.db.migrate``)."""
    engine = config.attributes.get("engine")
    if engine is None:  # plain `alembic` command line: use the configured URL
        from kiosk.db.engine import make_engine

        engine = make_engine(config.get_main_option("sqlalchemy.url"))
    with engine.connect() as connection:
        context.configure(
            connection=connection,
            target_metadata=target_metadata,
            render_as_batch=True,
        )
        with context.begin_transaction():
            context.run_migrations()
        connection.commit()


run_migrations_online()
