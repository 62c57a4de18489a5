"""The record's picture in the form: a preview staff click to set the focal
point, the file's name, and Choose / Remove.

The visitor screens crop a photo to fill each box (a wide hero, a square
card); the focal point is the spot the crop keeps in view, so a face or a
machine at the edge of a photo is not cut off.  Staff click the preview
where the subject is; a ring marks the point (none: the centre).
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QMouseEvent, QPainter, QPaintEvent, QPen, QPixmap
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

PREVIEW_SIZE = QSize(240, 150)


class FocusPreview(QLabel):
    """The picture, fitted whole, with its focal point marked; a click moves the point."""

    # The focal point staff clicked: 0..1 across, 0..1 down the picture.
    focusChosen = Signal(float, float)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("thumbnail")
        self.setFixedSize(PREVIEW_SIZE)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.focus: tuple[float, float] | None = None
        self._picture = QPixmap()

    def set_picture(self, pixmap: QPixmap, focus: tuple[float, float] | None) -> None:
        """Show *pixmap* (a null one: none) with *focus* marked."""
        self._picture = pixmap
        self.focus = focus
        if pixmap.isNull():
            self.setPixmap(QPixmap())
        else:
            self.setPixmap(pixmap.scaled(self.size(), Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation))
        self.setCursor(Qt.CursorShape.CrossCursor if not pixmap.isNull() else Qt.CursorShape.ArrowCursor)
        self.update()

    def picture_rect(self) -> QRectF:
        """Where the fitted picture sits inside the preview."""
        shown = self.pixmap()
        if shown is None or shown.isNull():
            return QRectF()
        w, h = shown.width() / shown.devicePixelRatio(), shown.height() / shown.devicePixelRatio()
        return QRectF((self.width() - w) / 2, (self.height() - h) / 2, w, h)

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        area = self.picture_rect()
        pos = event.position()
        if event.button() == Qt.MouseButton.LeftButton and area.contains(pos):
            x = round((pos.x() - area.left()) / area.width(), 3)
            y = round((pos.y() - area.top()) / area.height(), 3)
            self.focusChosen.emit(min(max(x, 0.0), 1.0), min(max(y, 0.0), 1.0))
            event.accept()
            return
        super().mousePressEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        super().paintEvent(event)
        area = self.picture_rect()
        if area.isEmpty() or self.focus is None:
            return
        point = QPointF(area.left() + self.focus[0] * area.width(), area.top() + self.focus[1] * area.height())
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        for colour, width in (("#FFFFFF", 4.0), ("#B45309", 2.0)):
            painter.setPen(QPen(QColor(colour), width))
            painter.drawEllipse(point, 9, 9)
        painter.end()


class PictureField(QWidget):
    """The image row of the form (see the module docstring)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        # One column (picture, its name, the hint, the buttons on two rows): the
        # form stays narrow enough for a 1366-pixel screen in every language.
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(6)
        self.preview = FocusPreview()
        self.image_name = QLabel()
        self.image_name.setObjectName("imageName")
        self.image_name.setWordWrap(True)
        self.hint = QLabel()
        self.hint.setObjectName("fieldHint")
        self.hint.setWordWrap(True)
        self.choose = QPushButton()
        self.choose.setObjectName("chooseImage")
        self.remove = QPushButton()
        self.remove.setObjectName("removeImage")
        self.centre = QPushButton()
        self.centre.setObjectName("centreFocus")
        column.addWidget(self.preview)
        column.addWidget(self.image_name)
        column.addWidget(self.hint)
        for buttons in ((self.choose, self.remove), (self.centre,)):
            row = QHBoxLayout()
            for button in buttons:
                row.addWidget(button)
            row.addStretch(1)
            column.addLayout(row)

    def retranslate(self) -> None:
        """The buttons' and the hint's words in the current language."""
        self.choose.setText(self.tr("Choose image…"))
        self.remove.setText(self.tr("Remove"))
        self.centre.setText(self.tr("Centre the crop"))
        self.hint.setText(self.tr("Click the picture where its subject is: the kiosk's screens crop around that point."))
