"""Which of the attract loop's staff images can be shown.

Staff name image files of the media folder in the setting
``attract.media``; the loop cross-fades through those that are there and
readable, and keeps its designed pictures when none is.  A file that is
missing, outside the media folder, or not an image Qt can read is left out
(and logged), never shown as a blank screen.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtGui import QImageReader

log = logging.getLogger(__name__)


def usable_images(media_dir: Path, names: list[str]) -> list[str]:
    """The *names* (relative to *media_dir*) that are readable images, in order."""
    folder = media_dir.resolve()
    usable = []
    for name in names:
        path = (folder / name).resolve()
        if folder not in path.parents or not path.is_file():
            log.warning("attract.media: %s is not a file in the media folder %s; left out", name, folder)
            continue
        reader = QImageReader(str(path))
        size = reader.size()
        if not reader.canRead() or size.width() <= 0 or size.height() <= 0:
            log.warning("attract.media: %s is not an image the kiosk can read (%s); left out", name, reader.errorString())
            continue
        usable.append(name)
    return usable
