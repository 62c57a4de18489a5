"""``WheelGuard``: the mouse wheel scrolls the form, it does not change fields.

Qt's combo boxes and spin boxes take the wheel whenever the pointer is over
them, so scrolling a long form quietly changed a value (and added an undo
step) for every notch that passed over one.  A guarded field takes the
wheel only once it has the focus, given by a click or Tab (``StrongFocus``:
the wheel itself never gives it); otherwise the wheel goes to the scroll
area around the field, as if the field were not there.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QAbstractScrollArea, QAbstractSlider, QAbstractSpinBox, QApplication, QComboBox, QScrollBar, QWidget


class WheelGuard(QObject):
    """One event filter for every guarded field of a window (see the module docstring)."""

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        # The widget that receives the wheel (a field, or a scrolling field's viewport) -> its field.
        self._fields: dict[QWidget, QWidget] = {}

    def watch(self, *fields: QWidget) -> None:
        """Guard *fields*: they take the wheel only when they have the focus."""
        for field in fields:
            field.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            receivers = [field]
            if isinstance(field, QAbstractScrollArea):  # lists and text boxes get the wheel on their viewport
                receivers.append(field.viewport())
            for receiver in receivers:
                self._fields[receiver] = field
                receiver.installEventFilter(self)

    def watch_choices(self, root: QWidget) -> None:
        """Guard every combo box, spin box and slider under *root*: the wheel changes their value."""
        found: list[QWidget] = [*root.findChildren(QComboBox), *root.findChildren(QAbstractSpinBox)]
        found += [s for s in root.findChildren(QAbstractSlider) if not isinstance(s, QScrollBar)]
        self.watch(*(w for w in found if w not in self._fields))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() != QEvent.Type.Wheel:
            return False
        field = self._fields.get(watched)  # type: ignore[call-overload]
        if field is None or field.hasFocus():
            return False
        area = _scroll_area_around(field)
        if area is None:
            event.ignore()  # nothing to scroll: the field just lets it pass
            return True
        _forward(watched, area, event)  # type: ignore[arg-type]
        event.accept()
        return True


def _scroll_area_around(field: QWidget) -> QAbstractScrollArea | None:
    parent = field.parentWidget()
    while parent is not None and not isinstance(parent, QAbstractScrollArea):
        parent = parent.parentWidget()
    return parent


def _forward(source: QWidget, area: QAbstractScrollArea, event: QWheelEvent) -> None:
    """Hand the wheel to the scroll area's viewport, at the same place on the screen."""
    viewport = area.viewport()
    position = QPointF(source.mapTo(viewport, event.position().toPoint()))
    moved = QWheelEvent(position, event.globalPosition(), event.pixelDelta(), event.angleDelta(), event.buttons(),
                        event.modifiers(), event.phase(), event.inverted(), event.source(), event.pointingDevice())
    QApplication.sendEvent(viewport, moved)
