"""The accessibility button and panel: on every page and over the attract
loop in the same place, within reach, finger-sized, and its switches change
the visitor's choices until the session ends."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRectF

from kiosk.ui.app import LAYOUTS
from tests.qt.test_layout import PAGES

TOGGLES = ("readAloud", "largerText", "highContrast", "lowReach", "lessMotion")


def _rect(item) -> QRectF:
    return item.mapRectToScene(QRectF(0, 0, item.width(), item.height()))


def _ancestors(item):
    parent = item.parentItem()
    while parent is not None:
        yield parent
        parent = parent.parentItem()


def _min_target(drive) -> float:
    return drive.ui.engine.singletonInstance("Kiosk", "Theme").property("minTarget")


@pytest.mark.parametrize("layout", list(LAYOUTS))
def test_the_button_is_on_every_page_in_the_same_place_within_the_bottom_bar(kiosk, layout):
    drive = kiosk(layout=layout, language="ru")
    places = set()
    for _page, call in PAGES:
        drive.go("goHome")
        drive.go(*call)
        button = drive.item("accessButton")
        rect = _rect(button)
        places.add((round(rect.x()), round(rect.y()), round(rect.width()), round(rect.height())))
        bar = _rect(drive.item("bottomBar"))
        assert bar.contains(rect), f"{call}: the button {rect} leaves the bottom bar {bar}"
        assert min(rect.width(), rect.height()) >= _min_target(drive) - 0.5
        # Nothing else of the bar lies under it.
        for name in ("homeButton", "backButton", "searchButton", "aboutButton"):
            other = drive.ui.find(name)
            if other is not None:
                assert not rect.intersects(_rect(other)), f"{name} lies under the accessibility button"
    assert len(places) == 1, places


def test_the_panel_switches_each_choice_and_the_volume(kiosk):
    drive = kiosk(language="en")
    access = drive.ui.access
    drive.tap("accessButton")
    drive.settle()
    assert drive.item("accessPanel").isVisible()
    # Read aloud last: once it is on, a first tap explains and a second acts
    # (explore-by-touch, tested with the speech engine in test_read_aloud).
    for mode in sorted(TOGGLES, key=lambda m: m == "readAloud"):
        toggle = drive.item(f"toggle-{mode}")
        assert min(toggle.width(), toggle.height()) >= _min_target(drive) - 0.5
        drive.tap(f"toggle-{mode}")
        drive.settle()
        assert access.property(mode) is True, mode
        assert toggle.property("on") is True
    access.setProperty("readAloud", False)
    drive.settle()
    volume = access.property("volume")
    drive.tap("volumeUp")
    assert access.property("volume") == pytest.approx(min(1.0, volume + 0.1))
    drive.tap("volumeDown")
    drive.tap("volumeDown")
    assert access.property("volume") == pytest.approx(volume - 0.1)
    assert drive.item("volumeLevel").property("text") == f"{round((volume - 0.1) * 100)} %"
    drive.tap("accessDone")
    drive.settle()
    assert drive.ui.find("accessPanel") is None
    # The choices stay for the session...
    assert access.property("largerText") and access.property("anyOn")
    # ...and the next visitor starts afresh.
    drive.ui.idle.sleep()
    drive.settle()
    assert not access.property("anyOn")
    assert access.property("volume") == pytest.approx(volume)


def test_a_tap_beside_the_panel_closes_it(kiosk):
    drive = kiosk(language="zh-Hans")
    drive.tap("accessButton")
    drive.settle()
    card = _rect(drive.item("accessCard"))
    drive.tap_at(card.topLeft().toPoint() - type(card.topLeft().toPoint())(0, 40))
    drive.settle()
    assert drive.ui.find("accessPanel") is None
    assert drive.ui.current_page == "home"  # nothing under the scrim was pressed


@pytest.mark.parametrize("layout", ["landscape", "portrait"])
def test_on_the_attract_loop_the_button_is_shown_and_a_tap_opens_the_panel(kiosk, layout):
    drive = kiosk(layout=layout, language="en")
    place = _rect(drive.item("accessButton"))
    drive.ui.idle.sleep()
    drive.ui.app_state.set_language("en")  # the loop starts in the default language
    drive.settle()
    assert drive.item("attractOverlay").isVisible()
    button = drive.item("accessButton")
    assert _rect(button) == place
    # Drawn above the loop, and clear of its call to action.
    assert button.z() > drive.item("attractOverlay").z()
    assert not _rect(drive.item("attractCallToAction")).intersects(place)
    drive.tap("accessButton")
    drive.settle()
    assert drive.ui.idle.property("state") == "active"
    assert drive.item("accessPanel").isVisible()
    assert drive.ui.current_page == "home"


def test_a_tap_elsewhere_on_the_attract_loop_opens_no_panel(kiosk):
    drive = kiosk(language="en")
    drive.ui.idle.sleep()
    drive.settle()
    drive.tap("attractZoneTitle")
    drive.settle()
    assert drive.ui.idle.property("state") == "active"
    assert drive.ui.find("accessPanel") is None


CAP_HEIGHT = 0.733  # the bundled font's capital H, as a share of its size (QFontMetricsF.capHeight)


@pytest.mark.parametrize("layout", ["small", "portrait"])
def test_larger_text_makes_every_text_half_as_large_again_with_a_capital_h_of_7_3_mm(kiosk, layout):
    from PySide6.QtGui import QFont, QFontMetricsF

    probe = QFont("Kiosk Sans SC")
    probe.setPixelSize(100)
    assert QFontMetricsF(probe).capHeight() / 100 == pytest.approx(CAP_HEIGHT, abs=0.005)
    drive = kiosk(layout=layout, language="en")
    mm = drive.ui.app_state.property("pixelsPerMm")
    sizes = {}
    for larger in (False, True):
        drive.ui.access.setProperty("largerText", larger)
        for page, call in PAGES:
            drive.go("goHome")
            drive.go(*call)
            for item in drive.ui.items():
                if (item.inherits("QQuickText") and item.property("text") and item.objectName() != "figureNumber"
                        and not any(a.objectName() == "keyboard" for a in _ancestors(item))):  # Qt's keyboard keeps its keys
                    key = (page, item.objectName() or item.property("text")[:30])
                    sizes.setdefault(key, {})[larger] = item.property("font").pixelSize()
    small = [f"{key}: {s[True] * CAP_HEIGHT / mm:.1f} mm" for key, s in sizes.items()
             if True in s and s[True] * CAP_HEIGHT / mm < 7.3 - 0.05]
    assert not small, small
    unscaled = [f"{key}: {s[False]} -> {s[True]} px" for key, s in sizes.items()
                # a figure's unit shrinks with its number to fit the card (not below 7.3 mm)
                if len(s) == 2 and s[True] < 1.5 * s[False] - 1 and key[1] != "figureUnit"]
    assert not unscaled, unscaled
