"""The attract loop is a full-screen poster, and the bottom bar reads the same in every layout."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRectF
from PySide6.QtQml import QQmlEngine, QQmlExpression

from kiosk.ui.app import LAYOUTS
from kiosk.ui.item_tree import child_items


def scene_rect(item) -> QRectF:
    return item.mapRectToScene(QRectF(0, 0, item.width(), item.height()))


def evaluate(item, expression: str):
    value = QQmlExpression(QQmlEngine.contextForObject(item), item, expression).evaluate()
    return value[0] if isinstance(value, tuple) else value


def texts_inside(item) -> list[str]:
    """The text of every visible text item drawn inside *item*."""
    found, pending = [], child_items(item)
    while pending:
        child = pending.pop()
        if not child.isVisible():
            continue
        if child.metaObject().indexOfProperty("text") >= 0 and child.property("text") and child.width() > 0:
            found.append(child.property("text"))
        pending.extend(child_items(child))
    return found


def start_attract(kiosk, layout: str, language: str):
    drive = kiosk(layout=layout, language=language)
    drive.ui.idle.sleep()
    drive.ui.app_state.set_language(language)
    drive.settle()
    assert drive.wait_until(lambda: drive.ui.find("attractOverlay") is not None, 2000)
    return drive


@pytest.mark.parametrize("layout", ["portrait", "landscape", "small"])
def test_the_attract_loop_fills_the_screen(kiosk, layout):
    drive = start_attract(kiosk, layout, "ru")
    window = drive.ui.window
    height, width = window.height(), window.width()
    picture = scene_rect(drive.item("attractPicture"))
    # The picture covers the whole screen, not a band in the middle.
    assert picture.height() >= 0.95 * height and picture.width() >= 0.95 * width
    title = scene_rect(drive.item("attractZoneTitle"))
    figure = scene_rect(drive.item("attractFigure"))
    call = scene_rect(drive.item("attractCallToAction"))
    # Name at the top, figure then "touch to start" towards the bottom: the
    # words span the screen from top to bottom, with nothing overlapping.
    assert title.top() < 0.1 * height
    assert call.bottom() > 0.9 * height
    assert title.bottom() <= figure.top() and figure.bottom() <= call.top()
    assert abs(call.center().x() - width / 2) <= 2
    shown = texts_inside(drive.item("attractCallToAction"))
    assert len(shown) == 3 and "Touch the screen to start" in shown
    assert drive.item("attractFigureNumber").property("text") != ""


def test_the_key_figure_counts_up_to_its_value(kiosk):
    drive = start_attract(kiosk, "portrait", "en")
    overlay = drive.item("attractOverlay")
    figures = drive.ui.catalogue.figures("en")
    assert len(figures) > 1
    number = drive.item("attractFigureNumber")
    seen: list[str] = []
    number.textChanged.connect(lambda: seen.append(number.property("text")))
    evaluate(overlay, "showFigure(1)")
    assert drive.wait_until(lambda: overlay.property("progress") >= 1, 4000)
    # Several steps on the way, then exactly the figure the content gives.
    assert len(set(seen)) >= 4, seen
    assert seen[-1] == figures[1].number
    assert drive.item("attractFigureLabel").property("text") == figures[1].label.text


@pytest.mark.parametrize("layout", sorted(LAYOUTS))
@pytest.mark.parametrize("language", ["ru", "zh-Hans", "en"])
def test_bar_buttons_show_their_labels_in_every_layout(kiosk, layout, language):
    drive = kiosk(layout=layout, language=language)
    drive.tap("tile-cluster")
    drive.settle()
    buttons = [drive.item(name) for name in ("homeButton", "backButton", "searchButton", "aboutButton")]
    width = drive.ui.window.width()
    for button in buttons:
        label = button.property("text")
        assert label, f"{button.objectName()} has no label in {layout}/{language}"
        assert label in texts_inside(button), f"{button.objectName()} hides its label in {layout}/{language}"
        rect = scene_rect(button)
        assert rect.left() >= 0 and rect.right() <= width, f"{button.objectName()} runs off the {layout} screen"
    # Back (the last on the left) and Search (the first on the right) keep apart.
    assert scene_rect(buttons[1]).right() < scene_rect(buttons[2]).left()
