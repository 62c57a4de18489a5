"""Light questions about the loaded content (no pydantic, no store):
is there any, which version, its meta facts.  The visitor kiosk's start-up
path uses these, so it does not load the content-editing machinery.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from kiosk.db.models import Meta, Record


def has_content(session: Session) -> bool:
    """True when the database holds any record."""
    return session.scalar(select(Record.id).limit(1)) is not None


def get_meta(session: Session) -> dict[str, str]:
    """The key/value facts about the loaded content."""
    return {row.key: row.value for row in session.scalars(select(Meta))}


def content_version(session: Session) -> str | None:
    """The version string of the loaded content, or None when empty."""
    return get_meta(session).get("content_version")
