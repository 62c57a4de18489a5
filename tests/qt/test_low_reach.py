"""Low reach (EN 301 549 §8.3, ADA 308): from where staff say the screen
hangs, every control a visitor can use lies between 380 mm and 1220 mm
above the floor when Low reach is on; the bottom bar with the
accessibility button lies there always."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRectF

from kiosk.content.change.settings import Settings
from tests.qt.test_keypad import PAGES, open_page

# A 55-inch portrait screen standing on a plinth: 300 mm to 1490 mm above the floor.
BOTTOM_MM, HEIGHT_MM = 300, 1190


def band(window_height: float) -> tuple[float, float]:
    """The window's rows between 1220 mm and 380 mm above the floor."""
    px_per_mm = window_height / HEIGHT_MM
    return (BOTTOM_MM + HEIGHT_MM - 1220) * px_per_mm, window_height - (380 - BOTTOM_MM) * px_per_mm


def shown_rect(item) -> QRectF:
    """The part of *item* on screen: cut by every view that clips it."""
    rect = item.mapRectToScene(QRectF(0, 0, item.width(), item.height()))
    parent = item.parentItem()
    while parent is not None:
        if parent.clip():
            rect = rect.intersected(parent.mapRectToScene(QRectF(0, 0, parent.width(), parent.height())))
        parent = parent.parentItem()
    return rect


def out_of_reach(drive, where: str, top: float, bottom: float) -> list[str]:
    problems = []
    for control in drive.ui.keypad.controls():
        rect = shown_rect(control)
        if rect.isEmpty():
            continue  # scrolled out of view: the visitor scrolls it into the band
        if rect.top() < top - 0.5 or rect.bottom() > bottom + 0.5:
            problems.append(f"{where}: {control.objectName()} at {rect.top():.0f}..{rect.bottom():.0f}, "
                            f"reach {top:.0f}..{bottom:.0f}")
    return problems


@pytest.fixture
def tall_screen(db):
    settings = Settings(db.engine)
    settings.set("screen.bottom_mm", BOTTOM_MM)
    settings.set("screen.height_mm", HEIGHT_MM)


def test_with_low_reach_every_control_lies_between_380_and_1220_mm(kiosk, tall_screen):
    drive = kiosk(layout="portrait", language="ru")
    top, bottom = band(drive.window.height())
    assert top > 300 and bottom < drive.window.height() - 100  # the screen reaches beyond the band at both ends
    drive.ui.access.setProperty("lowReach", True)
    problems = []
    for page, call in PAGES:
        open_page(drive, call)
        problems += out_of_reach(drive, page, top, bottom)
    drive.go("openSearch")
    keyboard = drive.ui.find("keyboard")
    if keyboard is not None and keyboard.isVisible():
        rect = shown_rect(keyboard)
        if rect.top() < top - 0.5 or rect.bottom() > bottom + 0.5:
            problems.append(f"the on-screen keyboard at {rect.top():.0f}..{rect.bottom():.0f}")
    drive.go("goHome")
    drive.tap("accessButton")
    drive.settle()
    problems += out_of_reach(drive, "accessibility panel", top, bottom)
    assert not problems, "\n".join(problems)


def test_without_low_reach_the_bottom_bar_and_the_button_are_in_reach(kiosk, tall_screen):
    drive = kiosk(layout="portrait", language="en")
    top, bottom = band(drive.window.height())
    for name in ("accessButton", "homeButton", "searchButton", "aboutButton"):
        rect = shown_rect(drive.item(name))
        assert top - 0.5 <= rect.top() and rect.bottom() <= bottom + 0.5, f"{name} at {rect.top():.0f}..{rect.bottom():.0f}"
    # The page uses the screen's full height above the bar for everyone else.
    assert shown_rect(drive.item("topBar")).top() == 0


def test_a_screen_wholly_within_reach_is_left_as_it_is(kiosk, db):
    Settings(db.engine).set("screen.bottom_mm", 900)  # a landscape screen 900..1186 mm above the floor
    drive = kiosk(layout="landscape", language="en")
    before = shown_rect(drive.item("topBar"))
    drive.ui.access.setProperty("lowReach", True)
    drive.settle()
    assert shown_rect(drive.item("topBar")) == before
