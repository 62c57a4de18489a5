"""QR codes for records with a web address: ``image://qr/<address>``.

Drawn from segno's module matrix straight into a QImage, crisp at any
size, with the quiet zone the standard asks for.
"""

from __future__ import annotations

from urllib.parse import unquote

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtQuick import QQuickImageProvider


def qr_image(data: str, size: int) -> QImage:
    """A black-on-white QR code for *data*, *size* pixels square."""
    import segno  # at the first detail page with an address, not at start-up

    code = segno.make(data, error="m", micro=False)
    matrix = list(code.matrix_iter(scale=1, border=4))
    modules = len(matrix)
    image = QImage(size, size, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    cell = size / modules
    painter = QPainter(image)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor("black"))
    for y, row in enumerate(matrix):
        for x, dark in enumerate(row):
            if dark:
                painter.drawRect(int(x * cell), int(y * cell), int((x + 1) * cell) - int(x * cell), int((y + 1) * cell) - int(y * cell))
    painter.end()
    return image


class QrImageProvider(QQuickImageProvider):
    """Serves ``image://qr/<percent-encoded address>``."""

    def __init__(self):
        super().__init__(QQuickImageProvider.ImageType.Image)

    def requestImage(self, id_: str, size: QSize, requested: QSize) -> QImage:  # noqa: N802 - Qt override
        side = max(requested.width(), requested.height(), 0) or 400
        image = qr_image(unquote(id_), side)
        if size is not None:
            size.setWidth(side)
            size.setHeight(side)
        return image
