"""Walking Qt Quick's item tree from Python, safe from stale wrappers.

PySide keeps one Python wrapper per C++ address and hands it back whenever
that address comes up again.  A wrapper that outlived its object (one PySide
was not told about, e.g. made for an object in the middle of its
destruction) stays registered; when Qt later puts a new item at the same
address, ``childItems()`` returns the old wrapper, of the old type: a plain
``QObject`` where a ``QQuickItem`` is.  A walk that skipped it missed the
item and everything under it (a keypad that could not reach a control, a
page whose title could not be found); a walk that used it failed on the
first item method.  ``child_items`` drops such wrappers and asks again, so
PySide makes the item's own wrapper.
"""

from __future__ import annotations

import logging

import shiboken6
from PySide6.QtCore import QObject
from PySide6.QtQuick import QQuickItem

log = logging.getLogger(__name__)


def child_items(item: QQuickItem) -> list[QQuickItem]:
    """*item*'s child items, each as a ``QQuickItem``: a stale wrapper of
    another type at a child's address is invalidated and the child wrapped
    anew."""
    children = item.childItems()
    stale = [child for child in children if not isinstance(child, QQuickItem)]
    if not stale:
        return children
    for wrapper in stale:
        log.info("a stale %s wrapper stood for a child item of %s; wrapped anew",
                 type(wrapper).__name__, item.metaObject().className())
        shiboken6.invalidate(wrapper)
    # Anything still not an item (it cannot be: childItems() holds items) is left out.
    return [child for child in item.childItems() if isinstance(child, QQuickItem)]


def find_child(parent: QObject, name: str) -> QQuickItem | None:
    """The item called *name* under *parent* (``findChild``), as a
    ``QQuickItem`` even when a stale wrapper of another type stood at its
    address: PySide's ``findChild(QQuickItem, …)`` checks the wrapper's
    type, so such a wrapper made the item look absent."""
    found = parent.findChild(QObject, name)
    if found is not None and not isinstance(found, QQuickItem):
        log.info("a stale %s wrapper stood for the item %r; wrapped anew", type(found).__name__, name)
        shiboken6.invalidate(found)
        found = parent.findChild(QObject, name)
    return found if isinstance(found, QQuickItem) else None
