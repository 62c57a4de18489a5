"""With larger text the on-screen keyboard's labels are as large as the
kiosk's other text and its keys grow taller where the screen has room; the
keyboard stays full width and leaves the search field and results in view."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPointF, QRectF

from tests.qt.test_search_keyboard import descendants, keyboard_keys, open_search, results


def letter_key(drive, letter: str = "q"):
    return next(k for k in keyboard_keys(drive) if k.property("displayText") == letter)


def label_size(key) -> int:
    label = next(p for p in descendants(key) if p.objectName() == "keyLabel")
    return label.property("font").pixelSize()


@pytest.mark.parametrize(("layout", "keys_grow"), [("landscape", True), ("portrait", True), ("small", False)])
def test_larger_text_makes_the_keys_larger_and_keeps_the_results_in_view(kiosk, layout, keys_grow):
    drive = kiosk(layout=layout, language="en")
    keys = open_search(drive)
    assert drive.wait_until(lambda: keys.locale() == "en_US", 2000)
    assert drive.wait_until(lambda: len(keyboard_keys(drive)) >= 25, 3000)
    plain_height, plain_label = letter_key(drive).height(), label_size(letter_key(drive))

    drive.ui.access.setProperty("largerText", True)
    drive.settle()
    assert drive.wait_until(lambda: label_size(letter_key(drive)) >= plain_label * 1.4, 3000), \
        (label_size(letter_key(drive)), plain_label)
    key = letter_key(drive)
    if keys_grow:
        assert key.height() >= plain_height * 1.2
    else:  # the small screen has no room to spare: the keys keep their touch size
        assert key.height() >= plain_height
    keyboard = drive.item("keyboard")
    assert keyboard.width() == drive.window.width()

    keys.type("steel")
    assert drive.wait_until(lambda: len(results(drive)) >= 1, 10_000)
    drive.settle()
    field = drive.item("searchField")
    keyboard_top = keyboard.mapToScene(QPointF(0, 0)).y()
    assert field.mapToScene(QPointF(0, field.height())).y() <= keyboard_top
    first = drive.item(f"result-{results(drive)[0]}")
    shown = first.mapRectToScene(QRectF(0, 0, first.width(), first.height()))
    assert shown.top() < keyboard_top, "no result shows above the keyboard"
