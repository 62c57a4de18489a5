"""Release stamps: the publish number and expiry date a published pack's manifest carries.

``kiosk publish`` numbers every pack it puts on a pack source (1, 2, 3 ...)
and gives it an expiry date; both sit in ``manifest.json``, so the
manifest's Ed25519 signature covers them.  A kiosk that updates itself from
the pack source refuses a pack whose number is not above the one it runs
(a rollback) or whose date has passed (a frozen or replayed source).  Packs
written for a USB stick carry no stamp and are imported as before.
"""

from __future__ import annotations

from datetime import datetime, timezone
from typing import Any

RELEASE = "release"
EXPIRES_AT = "expires_at"


def stamp(release: int | None, expires_at: datetime | None) -> dict[str, Any]:
    """The manifest entries for a published pack (nothing for an unpublished one)."""
    if release is None:
        return {}
    if isinstance(release, bool) or not isinstance(release, int) or release < 1:
        raise ValueError(f"a release number is a whole number of at least 1, not {release!r}")
    if expires_at is None or expires_at.tzinfo is None:
        raise ValueError("a published pack needs an expiry date with a time zone")
    return {RELEASE: release, EXPIRES_AT: expires_at.astimezone(timezone.utc).isoformat()}


def read_stamp(manifest: dict[str, Any]) -> tuple[int | None, datetime | None]:
    """(release, expires_at) from a manifest, (None, None) when it has none;
    ValueError saying what is wrong with a stamp that is there."""
    release, expires = manifest.get(RELEASE), manifest.get(EXPIRES_AT)
    if release is None and expires is None:
        return None, None
    if isinstance(release, bool) or not isinstance(release, int) or release < 1:
        raise ValueError(f"release must be a whole number of at least 1, not {release!r}")
    if not isinstance(expires, str):
        raise ValueError(f"a pack with a release number needs {EXPIRES_AT}")
    try:
        when = datetime.fromisoformat(expires)
    except ValueError as exc:
        raise ValueError(f"{EXPIRES_AT} is not a date and time ({exc})") from None
    if when.tzinfo is None:
        raise ValueError(f"{EXPIRES_AT} has no time zone")
    return release, when
