"""The mouse wheel scrolls the record form; it never changes a field the
pointer merely passes over (a combo box used to step to its next entry, one
undo step per notch).  A field takes the wheel once staff clicked into it."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QAbstractScrollArea, QCheckBox, QComboBox, QLineEdit, QWidget
from console_tools import select

#: A record of every kind whose form has fields of its own (combo boxes, a
#: list of check boxes, dates, numbers, a focus tick).
KINDS = ("cluster", "figure", "base", "industry", "manufacturer", "source")


def wheel(widget: QWidget, notches: int = -1) -> None:
    """Turn the wheel over *widget* (down for negative *notches*), as the mouse delivers it."""
    target = widget.viewport() if isinstance(widget, QAbstractScrollArea) else widget
    where = QPointF(target.rect().center())
    event = QWheelEvent(where, QPointF(target.mapToGlobal(where.toPoint())), QPoint(0, 0), QPoint(0, 120 * notches),
                        Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase, False)
    QCoreApplication.sendEvent(target, event)


def value(widget: QWidget):
    if isinstance(widget, QComboBox):
        return widget.currentIndex(), widget.currentText()
    if isinstance(widget, QCheckBox):
        return widget.isChecked()
    if isinstance(widget, QLineEdit):
        return widget.text()
    if hasattr(widget, "toPlainText"):
        return widget.toPlainText()
    if hasattr(widget, "count"):  # the list of manufacturers, with their ticks
        return [(widget.item(i).text(), widget.item(i).checkState()) for i in range(widget.count())]
    return None


def form_fields(console) -> dict[str, QWidget]:
    """Every input of the record form that is shown now, by name."""
    editor = console.editor
    shown = {key: made.widget for key, made in editor.fields.items() if made.widget.isVisibleTo(editor) and key != "media"}
    for (name, lang), cell in editor.cells.items():
        shown[f"text.{name}.{lang}"] = cell.edit
        shown[f"verified.{name}.{lang}"] = cell.verified
    return shown


def test_the_wheel_over_any_field_scrolls_the_form_and_changes_nothing(qtbot, console):
    bar = console.scroll.verticalScrollBar()
    types = set()
    for kind in KINDS:
        record = console.working.state.ordered(kind)[0]
        select(qtbot, console, kind, record.slug)
        steps = console.working.undo_stack.count()
        assert bar.maximum() > 0, "the form must be longer than its pane for this test"
        for name, widget in form_fields(console).items():
            types.add(type(widget).__name__)
            console.records.table.setFocus()  # the pointer passes over the field; staff never clicked into it
            bar.setValue(0)
            before = value(widget)
            wheel(widget)
            assert value(widget) == before, f"{kind} › {name}: the wheel changed the field"
            assert bar.value() > 0, f"{kind} › {name}: the wheel did not scroll the form"
        assert console.working.undo_stack.count() == steps and not console.working.is_dirty()
    # Every kind of input the form has was tried.
    assert {"QComboBox", "QLineEdit", "QCheckBox", "QListWidget", "PlainText"} <= types


def test_a_field_clicked_into_takes_the_wheel(qtbot, console):
    select(qtbot, console, "cluster", "smart-home-appliances-national-cluster")
    sector: QComboBox = console.editor.fields["sector"].widget
    assert sector.focusPolicy() == Qt.FocusPolicy.StrongFocus  # a wheel never gives it the focus
    before = sector.currentIndex()
    sector.setFocus(Qt.FocusReason.MouseFocusReason)
    qtbot.waitUntil(sector.hasFocus)
    wheel(sector, 1 if before > 0 else -1)
    assert sector.currentIndex() != before
    assert console.working.is_dirty()


def test_the_wheel_over_the_language_choices_switches_nothing(qtbot, console):
    for combo in (console.language_combo, console.records.language_combo):
        console.records.table.setFocus()
        before = combo.currentIndex()
        wheel(combo, 1 if before > 0 else -1)  # towards an entry that is there
        assert combo.currentIndex() == before, combo.objectName()
    assert console.language == "en"
    assert console.editor.list_language == "en"
