"""``Keypad``: the kiosk with keys alone, as a tactile kiosk keypad sends them.

Tab or Down moves to the next control, Shift+Tab or Up to the one before,
Enter (or Select) activates it, Escape (or Back) goes back or closes what is
open, and F1 (or Help) opens the short explanation of the keys.  The order
is the scene's: the accessibility button first, then the language switch,
the page from top to bottom, and the bottom bar.  While the accessibility
panel, the key help or the countdown is open, the keys stay inside it.
A control moved to is scrolled into view.  The focus ring (Main.qml) shows
from the first key on.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QMetaObject, QObject, QPointF, Qt
from PySide6.QtQuick import QQuickItem, QQuickWindow

from kiosk.ui.item_tree import child_items, find_child

NEXT_KEYS = {Qt.Key.Key_Tab, Qt.Key.Key_Down}
PREVIOUS_KEYS = {Qt.Key.Key_Backtab, Qt.Key.Key_Up}
ACTIVATE_KEYS = {Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Select}
BACK_KEYS = {Qt.Key.Key_Escape, Qt.Key.Key_Back}
HELP_KEYS = {Qt.Key.Key_F1, Qt.Key.Key_Help}
# What the keys stay inside while it is shown, first found first.
MODAL_SCOPES = ("keyHelp", "accessPanel", "idleOverlay")


def _visible_items(root: QQuickItem) -> list[QQuickItem]:
    """Visible items under *root* in the scene's order (pre-order)."""
    found: list[QQuickItem] = []
    pending = [root]
    while pending:
        item = pending.pop()
        if not item.isVisible():
            continue
        found.append(item)
        children = child_items(item)
        parent = item.parentItem()
        if parent is not None and parent.inherits("QQuickItemView"):
            # A list's cards are its content's children in the order they were
            # made (or recycled): the keys follow the order on screen instead.
            children = sorted(children, key=lambda child: (round(child.y()), round(child.x())))
        pending.extend(reversed(children))
    return found


def is_control(item: QQuickItem) -> bool:
    """A control a visitor can move to with the keys."""
    return item.isVisible() and item.isEnabled() and bool(item.activeFocusOnTab())


class Keypad(QObject):
    """Moves the focus and activates controls from key presses on the kiosk window."""

    def __init__(self, window: QQuickWindow, stack_item, parent: QObject | None = None):
        super().__init__(parent)
        self._window = window
        self._stack = stack_item  # callable: the page stack (a StackView)

    # -- the order ---------------------------------------------------------------------
    def scope(self) -> QQuickItem:
        """What the keys move within now: an open panel, help or countdown, or the whole window."""
        items = _visible_items(self._window.contentItem())
        for name in MODAL_SCOPES:
            for item in items:
                if item.objectName() == name:
                    return item
        return self._window.contentItem()

    def controls(self) -> list[QQuickItem]:
        """Every control the keys reach now, in order."""
        return [item for item in _visible_items(self.scope()) if item.isEnabled() and item.activeFocusOnTab()]

    # -- keys --------------------------------------------------------------------------
    def eventFilter(self, watched, event):  # noqa: N802 - Qt override
        if event.type() != QEvent.Type.KeyPress:
            return False
        key = event.key()
        shift = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
        if key in NEXT_KEYS and not (shift and key == Qt.Key.Key_Tab):
            self.move(+1)
            return True
        if key in PREVIOUS_KEYS or (key == Qt.Key.Key_Tab and shift):
            self.move(-1)
            return True
        if key in ACTIVATE_KEYS:
            return self.activate()
        if key in BACK_KEYS:
            QMetaObject.invokeMethod(self._window, "keypadBack")
            return True
        if key in HELP_KEYS:
            QMetaObject.invokeMethod(self._window, "toggleKeyHelp")
            return True
        return False

    def move(self, step: int) -> QQuickItem | None:
        """Focus the next (*step* 1) or previous (-1) control, scrolled into view."""
        chain = self.controls()
        if not chain:
            return None
        current = self._window.activeFocusItem()
        if current in chain:
            target = chain[(chain.index(current) + step) % len(chain)]
        elif current is None or not current.activeFocusOnTab():
            # Nothing chosen yet (a new session): from the beginning.
            target = chain[0 if step > 0 else -1]
        else:
            # After a page change: start with the new page's first control.
            page = self._stack().property("currentItem")
            on_page = [item for item in chain if page is not None and _inside(item, page)]
            target = (on_page or chain)[0 if step > 0 else -1]
        view = _item_view(target)
        if view is not None and (current is None or _item_view(current) is not view):
            target = self._enter_view(view, step) or target
        target.forceActiveFocus(Qt.FocusReason.TabFocusReason)
        reveal(target)
        ring = find_child(self._window, "focusRing")
        if ring is not None:
            QMetaObject.invokeMethod(ring, "follow")  # at once, not at its next check
        return target

    def _enter_view(self, view: QQuickItem, step: int) -> QQuickItem | None:
        """Into a list from outside: its first card going forward, its last going back.
        A long list has made only the cards near its view, so it scrolls there first."""
        QMetaObject.invokeMethod(view, "positionViewAtBeginning" if step > 0 else "positionViewAtEnd")
        QMetaObject.invokeMethod(view, "forceLayout")
        inside = [item for item in self.controls() if _item_view(item) is view]
        return (inside[0] if step > 0 else inside[-1]) if inside else None

    def activate(self) -> bool:
        """Press the focused control (a button); False lets a text field have the key."""
        current = self._window.activeFocusItem()
        if current is None or not is_control(current) or current.metaObject().indexOfMethod("click()") < 0:
            return False
        QMetaObject.invokeMethod(current, "click")
        return True


def _item_view(item: QQuickItem) -> QQuickItem | None:
    """The list or grid view *item* is a card of, if any."""
    parent = item.parentItem()
    while parent is not None:
        if parent.inherits("QQuickItemView"):
            return parent
        parent = parent.parentItem()
    return None


def _inside(item: QQuickItem, ancestor: QQuickItem) -> bool:
    parent = item
    while parent is not None:
        if parent is ancestor:
            return True
        parent = parent.parentItem()
    return False


def reveal(item: QQuickItem, margin: float = 16.0) -> None:
    """Scroll every list or page that holds *item* just enough to show all of it."""
    flick = item.parentItem()
    while flick is not None:
        if flick.inherits("QQuickFlickable"):
            top = item.mapToItem(flick, QPointF(0, 0)).y()
            bottom = top + item.height()
            shift = 0.0
            if top < 0:
                shift = top - margin
            elif bottom > flick.height():
                shift = min(top - margin, bottom - flick.height() + margin)
            if shift:
                origin = flick.property("originY") or 0.0
                highest = origin + max(0.0, flick.property("contentHeight") - flick.height())
                flick.setProperty("contentY", min(max(origin, flick.property("contentY") + shift), highest))
            _reveal_across(flick, item, margin)
        flick = flick.parentItem()


def _reveal_across(flick: QQuickItem, item: QQuickItem, margin: float) -> None:
    """The same sideways, for a strip that scrolls sideways (the filters with larger text)."""
    if flick.property("contentWidth") <= flick.width():
        return
    left = item.mapToItem(flick, QPointF(0, 0)).x()
    right = left + item.width()
    shift = left - margin if left < 0 else (right - flick.width() + margin if right > flick.width() else 0.0)
    if shift:
        highest = max(0.0, flick.property("contentWidth") - flick.width())
        flick.setProperty("contentX", min(max(0.0, flick.property("contentX") + shift), highest))
