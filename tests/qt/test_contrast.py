"""High contrast: with the visitor's High contrast on, every text the pages
show stands at 7:1 or more against what is painted under it, and every
control's boundary (its border, or its fill where it has none) at 4.5:1 or
more against what lies around it (WCAG 2.2 1.4.6 and 1.4.11, the issue's
figures).  The colours are read from the running screens, so a colour pair
counts exactly when a page uses it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor
from PySide6.QtTest import QTest

from kiosk.content.vocab import LANGUAGES
from kiosk.ui.item_tree import child_items
from tests.qt.test_layout import PAGES, qml_value

TEXT_RATIO = 7.0
BOUNDARY_RATIO = 4.5


def luminance(colour: QColor) -> float:
    def channel(c: float) -> float:
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) + 0.0722 * channel(colour.blueF())


def ratio(a: QColor, b: QColor) -> float:
    la, lb = sorted((luminance(a), luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def over(top: QColor, under: QColor, opacity: float = 1.0) -> QColor:
    """*top* painted with its alpha (times *opacity*) over the opaque *under*."""
    a = top.alphaF() * opacity
    return QColor.fromRgbF(*(t * a + u * (1 - a) for t, u in zip(
        (top.redF(), top.greenF(), top.blueF()), (under.redF(), under.greenF(), under.blueF()))), 1.0)


def paint_order(item):
    """*item* and everything under it in the order Qt Quick paints them (z, then declaration)."""
    if not item.isVisible() or item.opacity() <= 0.01:
        return
    # sorted() is stable: declaration order within a z.
    children = sorted(child_items(item), key=lambda c: c.z())
    for child in children:
        if child.z() < 0:
            yield from paint_order(child)
    yield item
    for child in children:
        if child.z() >= 0:
            yield from paint_order(child)


def effective_opacity(item) -> float:
    value = 1.0
    while item is not None:
        value *= item.opacity()
        item = item.parentItem()
    return value


def inside(item, ancestor) -> bool:
    while item is not None:
        if item is ancestor:
            return True
        item = item.parentItem()
    return False


def is_rectangle(item) -> bool:
    return item.inherits("QQuickRectangle")


def colour_under(order, window_colour: QColor, point: QPointF, stop, skip=None) -> QColor:
    """What is painted at *point* (scene) before *stop*, leaving out *skip*'s own subtree."""
    colour = QColor(window_colour)
    for item in order:
        if item is stop:
            break
        if skip is not None and inside(item, skip):
            continue
        if not is_rectangle(item):
            continue
        rect = item.mapRectToScene(QRectF(0, 0, item.width(), item.height()))
        if rect.contains(point):
            colour = over(item.property("color"), colour, effective_opacity(item))
    return colour


def low_contrast(drive, where: str) -> list[str]:
    """Texts under 7:1 and control boundaries under 4.5:1 on the screen as it is now."""
    window = drive.window
    order = list(paint_order(window.contentItem()))
    base = window.property("color")
    problems = []
    for item in order:
        if not item.inherits("QQuickText") or not item.property("text") or item.width() <= 0:
            continue
        if any(a.objectName() in ("keyboard", "attractOverlay") for a in _ancestors(item)):
            continue  # Qt's own keyboard; the attract loop's type lies on pictures behind a dark veil
        point = item.mapToScene(QPointF(item.width() / 2, item.height() / 2))
        under = colour_under(order, base, point, item)
        ink = over(item.property("color"), under, effective_opacity(item))
        if ratio(ink, under) < TEXT_RATIO:
            problems.append(f"{where}: text {item.property('text')[:30]!r} in {_named(item)}: "
                            f"{ink.name()} on {under.name()} is {ratio(ink, under):.2f}:1")
    for control in drive.ui.keypad.controls():
        background = control.property("background")
        if background is None or not control.isEnabled():
            continue
        border_width = qml_value(background, "border.width") if is_rectangle(background) else 0
        border_colour = QColor(qml_value(background, "border.color")) if border_width else None
        if border_colour is not None and border_colour.alpha() > 0:
            edge = border_colour
        elif is_rectangle(background) and background.property("color").alpha() > 0:
            edge = background.property("color")
        else:
            rules = [c for c in background.childItems() if is_rectangle(c)]
            if not rules:
                problems.append(f"{where}: {control.objectName()} shows no boundary at all")
                continue
            edge = rules[0].property("color")
        point = control.mapToScene(QPointF(control.width() / 2, control.height() / 2))
        around = colour_under(order, base, point, control, skip=control)
        if ratio(over(edge, around), around) < BOUNDARY_RATIO:
            problems.append(f"{where}: boundary of {control.objectName()}: {edge.name()} on {around.name()} "
                            f"is {ratio(over(edge, around), around):.2f}:1")
    return problems


def _ancestors(item):
    parent = item.parentItem()
    while parent is not None:
        yield parent
        parent = parent.parentItem()


def _named(item) -> str:
    return next((a.objectName() for a in [item, *_ancestors(item)] if a.objectName()), "?")


def test_the_measure_knows_the_wcag_figures():
    assert ratio(QColor("#000000"), QColor("#FFFFFF")) == pytest.approx(21.0)
    assert ratio(QColor("#767676"), QColor("#FFFFFF")) == pytest.approx(4.54, abs=0.01)
    assert over(QColor(0, 0, 0, 128), QColor("#FFFFFF")).lightness() == pytest.approx(127, abs=1)


@pytest.mark.parametrize("layout", ["landscape", "portrait"])
def test_high_contrast_text_and_controls_on_every_page(kiosk, layout):
    drive = kiosk(layout=layout, language="en")
    drive.ui.access.setProperty("highContrast", True)
    problems = []
    for language in LANGUAGES:
        drive.ui.app_state.set_language(language)
        for page, call in PAGES:
            drive.go("goHome")
            drive.go(*call)
            problems += low_contrast(drive, f"{page}/{layout}/{language}")
    drive.go("goHome")
    drive.go("openSection", "cluster")
    drive.tap("filter-sector-food")  # a chosen chip: the sector's ink as a fill
    drive.settle()
    problems += low_contrast(drive, f"list-cluster-food/{layout}")
    drive.go("openSearch")
    drive.item("searchField").setProperty("text", "steel")
    drive.settle()
    problems += low_contrast(drive, f"search-results/{layout}")
    drive.tap("accessButton")
    drive.settle()
    problems += low_contrast(drive, f"access-panel/{layout}")
    drive.tap("accessDone")
    QTest.keyClick(drive.window, Qt.Key.Key_F1)
    drive.settle()
    problems += low_contrast(drive, f"key-help/{layout}")
    QTest.keyClick(drive.window, Qt.Key.Key_Escape)
    drive.ui.idle.start_countdown()
    drive.settle()
    problems += low_contrast(drive, f"countdown/{layout}")
    assert not problems, "\n".join(problems)


def test_the_everyday_theme_would_fail_the_high_contrast_limits(kiosk):
    """The check is not blind: the everyday palette (AA) falls short of 7:1 somewhere."""
    drive = kiosk(language="en")
    assert low_contrast(drive, "home")
