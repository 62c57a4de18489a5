"""Drive a running kiosk the way a visitor does: taps, flicks, typing, waiting.

Used by the screenshot tour, the self-test, the benchmark and the tests, so
all of them exercise the same paths a finger does: touch events delivered
to the window, not calls behind the UI's back.

Touch events are made with Qt Test (only it fills in a touch point the way
the platform does), and Qt Test loads Qt Widgets with it: some 4 MB that
``kiosk run`` never loads.  The benchmark's memory measure therefore drives
the kiosk with a mouse (``Driver(ui, pointer="mouse")``): presses and
releases sent to the window, which tap the kiosk's TapHandlers and
MouseAreas alike and leave Qt Test and Qt Widgets unloaded.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QEventLoop, QPoint, QPointF, Qt, QTimer
from PySide6.QtGui import QImage, QKeyEvent, QMouseEvent, QPointingDevice
from PySide6.QtQuick import QQuickItem

from kiosk.ui.app import KioskUi
from kiosk.ui.item_tree import child_items

_touch_device: QPointingDevice | None = None

# What a finger does (the names of Qt Test's touch sequence methods).
PRESS, MOVE, RELEASE = "press", "move", "release"


def touch_device() -> QPointingDevice:
    """One touch screen device for the whole process (Qt keeps it registered)."""
    global _touch_device
    if _touch_device is None:
        from PySide6.QtTest import QTest

        _touch_device = QTest.createTouchDevice()
    return _touch_device


# How a Driver touches the screen: a finger (touch events) or a mouse.
POINTERS = ("touch", "mouse")


class Driver:
    """Taps, flicks, types and waits on one KioskUi.

    *pointer* is ``"touch"`` (a finger, as on the kiosk) or ``"mouse"`` (the
    same taps and drags as mouse presses, moves and releases, and typing as
    key events, all without Qt Test; see the module's note)."""

    def __init__(self, ui: KioskUi, pointer: str = "touch"):
        if pointer not in POINTERS:
            raise ValueError(f"pointer must be one of {POINTERS}, not {pointer!r}")
        self.ui = ui
        self.window = ui.window
        self.pointer = pointer

    # -- waiting -------------------------------------------------------------------
    @staticmethod
    def wait(ms: int) -> None:
        """Run the event loop for *ms* milliseconds."""
        loop = QEventLoop()
        QTimer.singleShot(ms, loop.quit)
        loop.exec()

    @staticmethod
    def wait_until(check: Callable[[], bool], timeout_ms: int = 3000) -> bool:
        """Process events until *check()* is true; False if it never became true."""
        deadline = time.monotonic() + timeout_ms / 1000
        while time.monotonic() < deadline:
            if check():
                return True
            # A real event loop, not processEvents(): it also runs deferred
            # deletes (pages and models a closed page let go of).
            Driver.wait(5)
        return check()

    def settle(self, timeout_ms: int = 10_000) -> None:
        """Wait until page transitions are over and the page is laid out, built and drawn.

        Frames, not a fixed time: the first frame polishes and lays out what
        the page changed.  Qt builds list cards beyond the screen between
        frames, and offscreen nothing draws frames once a page is still:
        finish them here (a finished card can make the view ask for the next
        one), or a test finds them half-built."""
        stack = self.ui.stack
        self.wait_until(lambda: not stack.property("busy"), timeout_ms)
        self.frame()
        incubation = self.ui.engine.incubationController()
        deadline = time.monotonic() + timeout_ms / 1000
        while incubation is not None and incubation.incubatingObjectCount() and time.monotonic() < deadline:
            incubation.incubateFor(20)
            self.frame()
        self.frame()

    def loading_pictures(self) -> list[QQuickItem]:
        """Visible images still loading (pictures load off the GUI thread)."""
        return [i for i in self.ui.items("picture") if i.property("loading")]

    def pictures(self, timeout_ms: int = 10_000) -> bool:
        """Wait until every visible picture has loaded and is drawn (for screenshots); False on timeout."""
        ok = self.wait_until(lambda: not self.loading_pictures(), timeout_ms)
        self.frame()
        return ok

    def frame(self, timeout_ms: int = 2000) -> bool:
        """Wait for the next frame to be presented."""
        swapped = []
        conn = self.window.frameSwapped.connect(lambda: swapped.append(1))
        self.window.update()
        ok = self.wait_until(lambda: bool(swapped), timeout_ms)
        self.window.frameSwapped.disconnect(conn)
        return ok

    # -- finding ---------------------------------------------------------------------
    def item(self, object_name: str, timeout_ms: int = 5000) -> QQuickItem:
        """The visible item called *object_name*; AssertionError when none shows within *timeout_ms*.

        Waits: on a busy machine a page can still be building its parts
        (Loaders, list cards) for a moment after the transition ended."""
        found = self.ui.find(object_name)
        if found is None and timeout_ms > 0:
            self.wait_until(lambda: self.ui.find(object_name) is not None, timeout_ms)
            found = self.ui.find(object_name)
        if found is None:
            raise AssertionError(f"no visible item {object_name!r} on page {self.ui.current_page!r}"
                                 f"{self._why_hidden(object_name)}")
        return found

    def _why_hidden(self, object_name: str) -> str:
        """For the failure message: where a hidden item of that name is, and what hides it."""
        pending = [self.window.contentItem()]
        while pending:
            item = pending.pop()
            if item.objectName() == object_name:
                chain, at = [], item
                while at is not None:
                    chain.append(f"{at.objectName() or at.metaObject().className()}"
                                 f"{'' if at.isVisible() else ' (hidden)'} opacity={at.opacity():g}")
                    at = at.parentItem()
                return "; there is one, under: " + " < ".join(chain)
            pending.extend(child_items(item))
        shown = sorted({i.objectName() for i in self.ui.items() if i.objectName()})
        stack = self.ui.stack
        page = stack.property("currentItem")
        if isinstance(page, QQuickItem):
            parent = page.parentItem()
            where = (f"the page on top is {page.metaObject().className()} in "
                     f"{parent.objectName() or parent.metaObject().className() if parent else 'no parent'}, "
                     f"visible {page.isVisible()}, opacity {page.opacity():g}, {page.width():g}x{page.height():g} "
                     f"at {page.x():g},{page.y():g}, {len(child_items(page))} child items")
        else:
            where = f"no page on top ({page!r})"
        return (f"; none exists, hidden or not (stack depth {stack.property('depth')}, busy {stack.property('busy')}; "
                f"{where}; the window shows {len(shown)} named items: {', '.join(shown[:60])})")

    def reveal(self, item: QQuickItem) -> QQuickItem:
        """Scroll the list or page that holds *item* so that all of it is on screen."""
        flick = item.parentItem()
        # inherits(): a page whose QML root is a Flickable has a class name of its own.
        while flick is not None and not flick.inherits("QQuickFlickable"):
            flick = flick.parentItem()
        if flick is None:
            return item
        top = item.mapToItem(flick, QPointF(0, 0)).y()
        if top < 0 or top + item.height() > flick.height():
            y = flick.property("contentY") + top - max(0.0, (flick.height() - item.height()) / 2)
            limit = max(0.0, flick.property("contentHeight") - flick.height())
            flick.setProperty("contentY", min(max(0.0, y), limit))
            self.settle()
        return item

    def centre(self, item: QQuickItem) -> QPoint:
        """The item's centre in window coordinates."""
        point = item.mapToScene(QPointF(item.width() / 2, item.height() / 2))
        return QPoint(int(point.x()), int(point.y()))

    # -- touching --------------------------------------------------------------------
    def tap_at(self, point: QPoint) -> None:
        """A finger down and up at *point* (touch events, as on the kiosk)."""
        self.press_at(point)
        self.release_at(point)

    def press_at(self, point: QPoint) -> None:
        """A finger down at *point* (the first half of a tap)."""
        self._point(PRESS, point)

    def release_at(self, point: QPoint) -> None:
        """The finger pressed at *point* lifts (a tap takes effect now)."""
        self._point(RELEASE, point)

    def _point(self, action: str, point: QPoint) -> None:
        """One finger (or mouse button) *action* at *point*: press, move or release."""
        if self.pointer == "mouse":
            kind = {PRESS: QEvent.Type.MouseButtonPress, MOVE: QEvent.Type.MouseMove,
                    RELEASE: QEvent.Type.MouseButtonRelease}[action]
            held = Qt.MouseButton.NoButton if action == RELEASE else Qt.MouseButton.LeftButton
            button = Qt.MouseButton.NoButton if action == MOVE else Qt.MouseButton.LeftButton
            local = QPointF(point)
            event = QMouseEvent(kind, local, local, QPointF(self.window.mapToGlobal(point)), button, held,
                                Qt.KeyboardModifier.NoModifier)
            # A real clock, as the platform stamps its events: with none, two
            # taps on one spot would read as a double click.
            event.setTimestamp(int(time.monotonic() * 1000))
            QCoreApplication.sendEvent(self.window, event)
        else:
            from PySide6.QtTest import QTest

            # One expression, as Qt Test's examples write it: the sequence is
            # gone before the events are processed.
            getattr(QTest.touchEvent(self.window, touch_device()), action)(0, point, self.window).commit()
        QCoreApplication.processEvents()

    def tap(self, object_name: str) -> None:
        """Tap the visible item called *object_name* (scrolled into view first)
        where the screen shows it: after a frame, so that a layout still to
        be polished (results that just came, a panel that just hid) has put
        it in its place, as a finger only taps what has been drawn."""
        self.frame()
        self.tap_at(self.centre(self.reveal(self.item(object_name))))

    def drag(self, start: QPoint, end: QPoint, steps: int = 12, step_ms: int = 8) -> None:
        """A finger drag from *start* to *end* (a flick when fast, a swipe sideways)."""
        self._point(PRESS, start)
        for i in range(1, steps + 1):
            p = QPoint(start.x() + (end.x() - start.x()) * i // steps, start.y() + (end.y() - start.y()) * i // steps)
            self.wait(step_ms)
            self._point(MOVE, p)
        self._point(RELEASE, end)

    def type_text(self, text: str) -> None:
        """Type on a hardware keyboard into the focused field."""
        for ch in text:
            key = Qt.Key(ord(ch.upper())) if ch.isascii() else Qt.Key.Key_unknown
            if self.pointer == "mouse":
                for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                    QCoreApplication.sendEvent(self.window, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, ch))
            else:
                from PySide6.QtTest import QTest

                QTest.sendKeyEvent(QTest.KeyAction.Click, self.window, key, ch, Qt.KeyboardModifier.NoModifier)
            QCoreApplication.processEvents()

    # -- navigation shortcuts (for the tour and the self-test) ----------------------
    def go(self, method: str, *args: str) -> None:
        """Call a window navigation function and wait for the page to settle."""
        self.ui.call(method, *args)
        self.settle()

    def grab(self) -> QImage:
        """What the screen shows now."""
        return self.window.grabWindow()

    def set_animations(self, enabled: bool) -> None:
        """Turn page transitions off (tour, benchmark) or back on."""
        theme = self.ui.engine.singletonInstance("Kiosk", "Theme")
        if theme is not None:
            theme.setProperty("pageDuration", 200 if enabled else 0)
