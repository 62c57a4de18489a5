"""The attract loop's staff media in a content pack.

The office PC's settings ``attract.media`` (images, or one video) and
``attract.sound`` travel in the pack's manifest, signed with it, as
``"attract": {"media": ["hall/loop.mp4"], "sound": false}``, and the files
it names as ``media/<name>`` members: a kiosk that imports the pack shows
the same images or plays the same video.  A pack without the entry (made by
an older program) leaves the kiosk's own choice alone; an older kiosk
ignores the entry and installs the files like any other media.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from kiosk.content.formats.pack_layout import MANIFEST, MEDIA_PREFIX, PackError, name_problem

#: The manifest's key for the attract media.
ATTRACT = "attract"


@dataclass(frozen=True)
class PackAttract:
    """The attract media a pack carries: file names in the media folder, and whether the video plays its sound."""

    media: tuple[str, ...] = ()
    sound: bool = False

    def to_manifest(self) -> dict[str, Any]:
        """The manifest entry."""
        return {"media": list(self.media), "sound": self.sound}


def read_attract(manifest: dict[str, Any], where: str) -> PackAttract | None:
    """The manifest's attract entry (None: the pack has none); PackError when it is malformed."""
    raw = manifest.get(ATTRACT)
    if raw is None:
        return None
    media = raw.get("media") if isinstance(raw, dict) else None
    sound = raw.get("sound", False) if isinstance(raw, dict) else None
    if not isinstance(media, list) or not all(isinstance(n, str) for n in media) or not isinstance(sound, bool):
        raise PackError(f"{where}: {MANIFEST}",
                        'its "attract" entry must be {"media": [file names in the media folder], "sound": true or false}')
    for name in media:
        trouble = name_problem(MEDIA_PREFIX + name)
        if trouble:
            raise PackError(f"{where}: {MANIFEST}", f"the attract media file {name!r} {trouble}")
    return PackAttract(tuple(media), sound)


def missing_attract_files(attract: PackAttract | None, members: set[str] | dict[str, Any], where: str) -> None:
    """PackError when the attract entry names a file the pack does not carry."""
    for name in attract.media if attract is not None else ():
        if MEDIA_PREFIX + name not in members:
            raise PackError(f"{where}: {MANIFEST}", f"the attract loop's media file {name!r} is not in the pack")
