"""The content history: one entry per import, save, restore."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from kiosk.db.models import ContentVersion


@dataclass(frozen=True)
class VersionEntry:
    """One change of the content: who (a staff role), when, what, and its backup."""

    id: int
    created_at: datetime
    actor: str
    action: str
    content_version: str
    summary: dict[str, int]
    backup: str | None


def record_version(
    session: Session,
    actor: str,
    action: str,
    content_version: str,
    summary: dict[str, int],
    backup: str | None = None,
) -> None:
    """Add an entry to the history, in the caller's transaction."""
    session.add(
        ContentVersion(
            actor=actor,
            action=action,
            content_version=content_version,
            summary=json.dumps(summary, sort_keys=True),
            backup=backup,
        )
    )


def list_versions(session: Session, limit: int = 100) -> list[VersionEntry]:
    """The newest history entries first."""
    rows = session.scalars(select(ContentVersion).order_by(ContentVersion.id.desc()).limit(limit))
    return [
        VersionEntry(r.id, r.created_at, r.actor, r.action, r.content_version, json.loads(r.summary), r.backup)
        for r in rows
    ]
