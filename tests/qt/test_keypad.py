"""The kiosk with keys alone (a tactile kiosk keypad): Tab/Shift+Tab and
Up/Down reach every control on every page in every language and layout,
Enter activates it, Back/Escape goes back or closes, Help explains the keys,
and the focused control wears a ring a visitor can see."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QRectF, Qt
from PySide6.QtQuick import QQuickItem
from PySide6.QtTest import QTest

from kiosk.content.vocab import LANGUAGES
from kiosk.ui.app import LAYOUTS

PAGES = [
    ("home", ("goHome",)),
    ("list-cluster", ("openSection", "cluster")),
    ("detail-cluster", ("openRecord", "cluster", "smart-home-appliances-national-cluster")),
    ("search", ("openSearch",)),
    ("about", ("openAbout",)),
]


def press(drive, key, modifiers=Qt.KeyboardModifier.NoModifier) -> None:
    QTest.keyClick(drive.window, key, modifiers)
    QCoreApplication.processEvents()


def focused(drive):
    return drive.window.activeFocusItem()


def name_of(item) -> str:
    return item.objectName() or f"<{item.metaObject().className()} without a name>"


def walk(drive, key=Qt.Key.Key_Tab, modifiers=Qt.KeyboardModifier.NoModifier) -> list[str]:
    """Press *key* until the focus comes round again; the names met, in order."""
    met: list[str] = []
    limit = len(drive.ui.keypad.controls()) * 2 + 10
    for _ in range(limit):
        press(drive, key, modifiers)
        item = focused(drive)
        assert item is not None, "the keys lost the focus"
        if met and name_of(item) == met[0]:
            return met
        met.append(name_of(item))
    raise AssertionError(f"the focus never came round: {met}")


def from_start(names: list[str]) -> list[str]:
    """A round of the focus, told from the accessibility button on."""
    assert "accessButton" in names, f"the accessibility button is not in the round: {names}"
    i = names.index("accessButton")
    return names[i:] + names[:i]


def open_page(drive, call) -> None:
    drive.go("goHome")
    if call[0] == "openRecord":
        drive.go("openSection", call[1])
    drive.go(*call)


@pytest.mark.parametrize("layout", list(LAYOUTS))
def test_tab_and_the_arrows_reach_every_control_on_every_page_in_every_language(kiosk, layout):
    drive = kiosk(layout=layout, language="en")
    for language in LANGUAGES:
        drive.ui.app_state.set_language(language)
        for page, call in PAGES:
            open_page(drive, call)
            expected = {name_of(item) for item in drive.ui.keypad.controls()}
            forward = from_start(walk(drive))
            where = f"{page}/{layout}/{language}"
            assert not [n for n in forward if n.startswith("<")], f"{where}: unnamed controls {forward}"
            assert expected <= set(forward), f"{where}: never reached {sorted(expected - set(forward))}"
            # The page's controls come between the language switch and the bottom bar.
            assert forward.index("homeButton") > max(forward.index(f"lang-{code}") for code in LANGUAGES), where
            # Down goes the same way, Up and Shift+Tab the other way round.
            assert from_start(walk(drive, Qt.Key.Key_Down)) == forward, where
            backward = from_start(walk(drive, Qt.Key.Key_Up))
            assert backward == [forward[0], *reversed(forward[1:])], where
            assert from_start(walk(drive, Qt.Key.Key_Tab, Qt.KeyboardModifier.ShiftModifier)) == backward, where


def expected_after(name: str, page_before: str, depth_before: int):
    """What Enter on the control called *name* must do: a check on the kiosk."""
    def page_is(want):
        return lambda drive: drive.ui.current_page == want

    if name.startswith("tile-"):
        return page_is(f"list-{name[5:]}")
    if name.startswith("suggest-section-"):
        return page_is(f"list-{name[16:]}")
    for prefix in ("card-", "related-", "more-", "suggest-", "result-"):
        if name.startswith(prefix):
            slug = name[len(prefix):]
            return lambda drive: drive.ui.current_page.startswith("detail-") and drive.ui.current_page.endswith("-" + slug)
    if name.startswith("lang-"):
        return lambda drive: drive.ui.app_state.language == name[5:]
    if name.startswith("filter-"):
        return lambda drive: drive.item(name).property("selected") is True
    return {
        "homeButton": page_is("home"),
        "searchButton": page_is("search"),
        "aboutButton": page_is("about"),
        "backButton": lambda drive: drive.ui.stack.property("depth") == depth_before - 1,
        "accessButton": lambda drive: drive.ui.find("accessPanel") is not None,
        "sourceNote": lambda drive: drive.item("sourceNote").property("expanded") is True,
        "searchField": lambda drive: drive.ui.current_page == page_before,  # Enter stays in the field
    }[name]


@pytest.mark.parametrize("layout", list(LAYOUTS))
def test_enter_activates_every_control_and_escape_goes_back(kiosk, layout):
    drive = kiosk(layout=layout, language="en")
    for page, call in PAGES:
        open_page(drive, call)
        names = [name_of(item) for item in drive.ui.keypad.controls()]
        for name in names:
            open_page(drive, call)
            if drive.ui.find(name) is None:
                continue  # shown only once something else is done (Clear, with text typed)
            for _ in range(len(names) + 2):
                if name_of(focused(drive) or drive.window.contentItem()) == name:
                    break
                press(drive, Qt.Key.Key_Tab)
            assert name_of(focused(drive)) == name, f"{page}: Tab never reached {name}"
            drive.settle()  # the cards a scroll brought into view are made before a filter changes the list
            before = drive.ui.current_page
            check = expected_after(name, before, drive.ui.stack.property("depth"))
            press(drive, Qt.Key.Key_Return)
            drive.settle()
            assert check(drive), f"{page}/{layout}: Enter on {name} did not do its job (now {drive.ui.current_page})"
            if drive.ui.find("accessPanel") is not None:
                press(drive, Qt.Key.Key_Escape)  # Escape closes the panel, and the page stays
                drive.settle()
                assert drive.ui.find("accessPanel") is None and drive.ui.current_page == before
            drive.ui.app_state.set_language("en")
    # Escape (a keypad's Back) goes back a page.
    open_page(drive, ("openRecord", "cluster", "smart-home-appliances-national-cluster"))
    press(drive, Qt.Key.Key_Escape)
    drive.settle()
    assert drive.ui.current_page == "list-cluster"


def test_the_focus_ring_shows_on_the_focused_control_from_the_first_key(kiosk):
    drive = kiosk(language="en")
    ring = drive.ui.window.findChild(QQuickItem, "focusRing")
    assert ring is not None and not ring.isVisible()  # touch visitors never see it
    press(drive, Qt.Key.Key_Tab)
    press(drive, Qt.Key.Key_Tab)
    drive.frame()
    item = focused(drive)
    assert ring.isVisible()
    theme = drive.ui.engine.singletonInstance("Kiosk", "Theme")
    assert theme.property("focusWidth") >= 3
    # It lies around the control, not inside it.
    box = item.mapRectToScene(QRectF(0, 0, item.width(), item.height()))
    around = ring.mapRectToScene(QRectF(0, 0, ring.width(), ring.height()))
    assert around.contains(box) and around.width() >= box.width() + 2 * theme.property("focusWidth")
    # It follows the focus down a list that scrolls.
    drive.go("openSection", "cluster")
    for _ in range(14):
        press(drive, Qt.Key.Key_Down)
    item = focused(drive)
    drive.frame()
    box = item.mapRectToScene(QRectF(0, 0, item.width(), item.height()))
    assert ring.mapRectToScene(QRectF(0, 0, ring.width(), ring.height())).contains(box), name_of(item)


def test_help_explains_the_keys_and_back_closes_it(kiosk):
    drive = kiosk(language="ru")
    press(drive, Qt.Key.Key_F1)
    drive.settle()
    help_box = drive.item("keyHelp")
    assert "Enter" in help_box.property("spoken")
    assert drive.item("keyHelpTitle").property("text") != "Using the keys"  # in the visitor's language
    # The keys stay inside the help while it is open.
    assert {name_of(i) for i in drive.ui.keypad.controls()} == {"keyHelpClose"}
    press(drive, Qt.Key.Key_Help)
    drive.settle()
    assert drive.ui.find("keyHelp") is None
    press(drive, Qt.Key.Key_F1)
    drive.settle()
    press(drive, Qt.Key.Key_Escape)
    drive.settle()
    assert drive.ui.find("keyHelp") is None and drive.ui.current_page == "home"


def test_a_key_wakes_the_attract_loop_and_only_wakes_it(kiosk):
    drive = kiosk(language="en")
    drive.go("openSection", "cluster")
    drive.ui.idle.sleep()
    drive.settle()
    press(drive, Qt.Key.Key_Return)
    drive.settle()
    assert drive.ui.idle.property("state") == "active"
    assert drive.ui.current_page == "home"
    assert drive.ui.idle.property("keypadUsed") is True
    press(drive, Qt.Key.Key_Tab)
    assert name_of(focused(drive)) == "accessButton"
    press(drive, Qt.Key.Key_Return)
    drive.settle()
    # In the panel, the keys stay inside it; Enter switches a mode.
    assert name_of(focused(drive)) == "toggle-readAloud"
    press(drive, Qt.Key.Key_Down)
    press(drive, Qt.Key.Key_Return)
    assert drive.ui.access.property("largerText") is True
    inside = {name_of(i) for i in drive.ui.keypad.controls()}
    assert "homeButton" not in inside and "accessDone" in inside
