"""Images staff add in the console: checked, downscaled, thumbnailed, staged.

``stage_image(file, staging)`` reads a picture with Qt's image reader,
refuses what is not an image (with the reader's own reason), what is too
big to be a photo of a record (file size, pixel size), downscales it so its
longer edge is at most ``MAX_EDGE`` pixels, makes a thumbnail, and writes
both into the *staging* folder under a name taken from their content
(``<sha256>.jpg``, thumbnail ``thumbs/<sha256>.jpg``; PNG when the picture
has transparency).  Nothing goes into the media folder here: the console
hands the staged files to ``importer.apply_content`` on Save, which moves
them into place only after the content that names them has committed.

Qt's image classes are safe to use off the GUI thread, so the console runs
this on a worker thread: a 12000-pixel photo takes a moment to decode.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import time
import uuid
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QBuffer, QByteArray, QCoreApplication, QIODevice, QSize, Qt
from PySide6.QtGui import QImage, QImageReader

# Longest edge of a stored image, in pixels (the kiosk shows pictures at most
# about this wide on a 1920x1080 screen).  Not a kiosk setting yet: see
# ``kiosk.content.change.settings.SPECS``.
MAX_EDGE = 1920
# Longest edge of the thumbnail stored beside each image.
THUMB_EDGE = 480
# Larger files are refused before they are decoded.
MAX_FILE_BYTES = 20 * 1024 * 1024
# Pictures wider or taller than this are refused before they are decoded.
MAX_SOURCE_EDGE = 12000
# Folder, inside the media folder, of the thumbnails.
THUMBS = "thumbs"
JPEG_QUALITY = 88


class MediaError(ValueError):
    """A file that cannot become a record's image; the message names it and says why."""


@dataclass(frozen=True)
class StagedImage:
    """An image ready to be saved: its name in the media folder, the staged
    files (image and thumbnail), and its size in pixels."""

    name: str
    path: Path
    thumb_name: str
    thumb_path: Path
    width: int
    height: int
    source: Path

    def media(self) -> dict[str, Path]:
        """What ``apply_content(media=...)`` installs for this image."""
        return {self.name: self.path, self.thumb_name: self.thumb_path}


# The messages, marked for translation here and translated when raised.
NOT_ENCODED = QT_TRANSLATE_NOOP("Media", "The picture could not be encoded as %1.")
NO_FILE = QT_TRANSLATE_NOOP("Media", "%1: there is no such file.")
TOO_LARGE = QT_TRANSLATE_NOOP("Media", "%1 is %2 MB; pictures up to %3 MB are accepted. Save it smaller in an image editor first.")
NOT_IMAGE = QT_TRANSLATE_NOOP("Media", "%1 is not a picture that can be read (%2). Choose a JPEG, PNG, WebP, GIF or BMP file.")
TOO_MANY_PIXELS = QT_TRANSLATE_NOOP("Media", "%1 is %2 × %3 pixels; pictures up to %4 pixels on the longer side are accepted.")
UNREADABLE = QT_TRANSLATE_NOOP("Media", "%1 could not be read as a picture (%2).")


def _message(template: str, *args: object) -> str:
    text = QCoreApplication.translate("Media", template)
    for index, value in enumerate(args, start=1):
        text = text.replace(f"%{index}", str(value))
    return text


def _megabytes(size: int) -> str:
    text = f"{size / 1048576:.2f}".rstrip("0").rstrip(".")
    return text if text != "0" else "0.01"


def _encode(image: QImage, fmt: str) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, fmt, JPEG_QUALITY if fmt == "JPG" else -1):
        raise MediaError(_message(NOT_ENCODED, fmt))
    buffer.close()
    return bytes(data.data())


def _write(data: bytes, target: Path) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    if target.is_file() and target.stat().st_size == len(data):
        return  # same content, same name: already staged
    tmp = target.with_name(f".{target.name}.{uuid.uuid4().hex}.partial")
    try:
        tmp.write_bytes(data)
        os.replace(tmp, target)
    finally:
        tmp.unlink(missing_ok=True)


def _scaled(image: QImage, edge: int) -> QImage:
    if max(image.width(), image.height()) <= edge:
        return image
    return image.scaled(QSize(edge, edge), Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation)


def read_image(source: Path, *, max_bytes: int = MAX_FILE_BYTES, max_source_edge: int = MAX_SOURCE_EDGE) -> QImage:
    """The picture in *source*, upright (EXIF orientation applied); MediaError
    naming the file when it is missing, too big, or not an image."""
    source = Path(source)
    name = source.name
    if not source.is_file():
        raise MediaError(_message(NO_FILE, source))
    size = source.stat().st_size
    if size > max_bytes:
        raise MediaError(_message(TOO_LARGE, name, _megabytes(size), _megabytes(max_bytes)))
    # Qt refuses to decode more than 256 MB by default; a picture within
    # MAX_SOURCE_EDGE may need up to 4 bytes per pixel.
    needed = (max_source_edge * max_source_edge * 4) // 1048576 + 1
    if 0 < QImageReader.allocationLimit() < needed:
        QImageReader.setAllocationLimit(needed)
    reader = QImageReader(str(source))
    reader.setDecideFormatFromContent(True)
    reader.setAutoTransform(True)
    if not reader.canRead():
        raise MediaError(_message(NOT_IMAGE, name, reader.errorString()))
    dims = reader.size()
    if dims.isValid() and max(dims.width(), dims.height()) > max_source_edge:
        raise MediaError(_message(TOO_MANY_PIXELS, name, dims.width(), dims.height(), max_source_edge))
    image = reader.read()
    if image.isNull():
        raise MediaError(_message(UNREADABLE, name, reader.errorString()))
    return image


def stage_image(
    source: Path,
    staging: Path,
    *,
    max_edge: int = MAX_EDGE,
    thumb_edge: int = THUMB_EDGE,
    max_bytes: int = MAX_FILE_BYTES,
    max_source_edge: int = MAX_SOURCE_EDGE,
) -> StagedImage:
    """Check, downscale and thumbnail the picture in *source* into *staging*
    (see the module docstring); MediaError with a clear message otherwise."""
    image = read_image(source, max_bytes=max_bytes, max_source_edge=max_source_edge)
    alpha = image.hasAlphaChannel()
    fmt, ext = ("PNG", "png") if alpha else ("JPG", "jpg")
    if not alpha:
        # JPEG has no alpha; a 32-bit image from a PNG without transparency converts cleanly.
        image = image.convertToFormat(QImage.Format.Format_RGB32)
    full = _scaled(image, max_edge)
    data = _encode(full, fmt)
    name = f"{hashlib.sha256(data).hexdigest()[:24]}.{ext}"
    thumb = _encode(_scaled(full, thumb_edge), fmt)
    path = Path(staging) / name
    thumb_name = f"{THUMBS}/{name}"
    thumb_path = Path(staging) / THUMBS / name
    _write(data, path)
    _write(thumb, thumb_path)
    return StagedImage(name, path, thumb_name, thumb_path, full.width(), full.height(), Path(source))


def thumbnail_path(media_dir: Path, name: str) -> Path:
    """Where the thumbnail of media file *name* lives (it may not exist for
    images that came in a pack or a workbook)."""
    return Path(media_dir) / THUMBS / name


# Staging folders of consoles that did not close cleanly are removed after this.
STALE_STAGING_S = 24 * 3600


def clean_stale_staging(root: Path, max_age_s: float = STALE_STAGING_S) -> None:
    """Remove the staging folders under *root* that a console left behind over *max_age_s* ago."""
    if not root.is_dir():
        return
    now = time.time()
    for folder in root.glob("console-*"):
        try:
            if now - folder.stat().st_mtime > max_age_s:
                shutil.rmtree(folder, ignore_errors=True)
        except OSError:
            pass
