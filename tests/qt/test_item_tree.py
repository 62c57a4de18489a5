"""Walks of the item tree see every item even when PySide hands back a stale
wrapper of another type for one of them (kiosk/ui/item_tree.py).

PySide keeps one wrapper per address; one that outlived its object comes
back for whatever Qt puts at that address next.  ``stale_wrapper`` makes
that happen on purpose: it wraps a live item's address as a plain QObject,
which is what such a left-over wrapper looks like."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QObject
from PySide6.QtQuick import QQuickItem

from kiosk.ui.item_tree import child_items, find_child


def stale_wrapper(address: int) -> QObject:
    """A QObject wrapper registered for the item at *address*, standing in for
    it from now on (the item must have no Python wrapper left)."""
    return shiboken6.wrapInstance(address, QObject)


def address_of(item: QQuickItem) -> int:
    return shiboken6.getCppPointer(item)[0]


def test_a_stale_wrapper_does_not_hide_an_item_from_the_walk(kiosk):
    drive = kiosk(language="en")
    tile = drive.item("tile-cluster")
    row = tile.parentItem()
    grid_parent = row.parentItem()
    row_name, row_address = row.metaObject().className(), address_of(row)
    del tile, row
    stale = stale_wrapper(row_address)
    assert any(type(child) is QObject for child in grid_parent.childItems()), \
        "the stale wrapper did not take the row's place (the test would prove nothing)"

    # The walks see the row as the item it is, and the tiles in it.
    assert drive.ui.find("tile-cluster") is not None
    assert not shiboken6.isValid(stale)
    assert any(child.metaObject().className() == row_name for child in child_items(grid_parent))
    # The keypad reaches the tile, and a tap through the driver opens it.
    assert "tile-cluster" in [item.objectName() for item in drive.ui.keypad.controls()]
    drive.tap("tile-cluster")
    drive.settle()
    assert drive.ui.current_page == "list-cluster"


def test_child_items_are_items_whatever_was_registered_before(kiosk):
    drive = kiosk(language="en")
    hero = drive.item("homeHero")
    parent = hero.parentItem()
    count = len(parent.childItems())
    first = address_of(parent.childItems()[0])
    del hero
    stale = stale_wrapper(first)
    assert type(parent.childItems()[0]) is QObject, "the stale wrapper did not take the item's place"
    children = child_items(parent)
    assert len(children) == count
    assert all(isinstance(child, QQuickItem) for child in children)
    assert not shiboken6.isValid(stale)


def test_find_child_sees_an_item_behind_a_stale_wrapper(kiosk):
    """findChild(QQuickItem, …) checks the wrapper's type: a stale one made an
    item look absent (a kiosk started in a process that had run another one
    once found no page stack, and failed)."""
    drive = kiosk(language="en")
    hero = drive.item("homeHero")
    address = address_of(hero)
    del hero
    stale = stale_wrapper(address)
    assert drive.ui.window.findChild(QQuickItem, "homeHero") is None, "the stale wrapper did not hide the item"
    found = find_child(drive.ui.window, "homeHero")
    assert found is not None and address_of(found) == address
    assert not shiboken6.isValid(stale)
    assert find_child(drive.ui.window, "noSuchItem") is None
