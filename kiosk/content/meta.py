"""Light questions about the loaded content (no pydantic, no store, no ORM):
is there any, which version, its meta facts.  The visitor kiosk's start-up
path uses these, so it does not load the content-editing machinery.

Each takes a Core connection or an ORM session (both run Core statements).
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from kiosk.db.tables import meta, records


def has_content(conn: Any) -> bool:
    """True when the database holds any record."""
    return conn.scalar(select(records.c.id).limit(1)) is not None


def get_meta(conn: Any) -> dict[str, str]:
    """The key/value facts about the loaded content."""
    return {key: value for key, value in conn.execute(select(meta.c.key, meta.c.value))}


def content_version(conn: Any) -> str | None:
    """The version string of the loaded content, or None when empty."""
    return get_meta(conn).get("content_version")
