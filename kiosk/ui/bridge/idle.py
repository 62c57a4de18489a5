"""``Idle``: notices when nobody is using the kiosk.

It watches the window's input events.  While the kiosk is active it only
observes them; the touch that cancels a countdown or leaves the attract loop
is taken whole (press to release), so it presses nothing underneath.
After ``timeoutMs`` without a touch it enters *countdown* ("Are you still
there?"), and ``countdownMs`` later *attract*, where QML resets the language,
the search and the scroll positions.  Any touch during the countdown goes
back to *active*.  ``hold`` (for a playing video) stops the clock.

The countdown gives 20 s by default (WCAG 2.2.1 asks for at least 20 s to
answer), and one touch or key answers it.  A visitor who reads with speech
(``slow``, from Access.readAloud) or moves with keys gets ``multiplier``
times the timeout: such a session simply takes longer.  A key on the attract
loop wakes the kiosk like a touch, so a keypad alone can start a session.
"""

from __future__ import annotations

import logging
import time

from PySide6.QtCore import Property, QEvent, QObject, QTimer, Signal, Slot

log = logging.getLogger(__name__)

_INPUT_EVENTS = {
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseButtonRelease,
    QEvent.Type.TouchBegin,
    QEvent.Type.TouchUpdate,
    QEvent.Type.TouchEnd,
    QEvent.Type.KeyPress,
    QEvent.Type.Wheel,
    QEvent.Type.InputMethod,
}


_PRESS_EVENTS = {QEvent.Type.MouseButtonPress, QEvent.Type.TouchBegin}
_RELEASE_EVENTS = {QEvent.Type.MouseButtonRelease, QEvent.Type.TouchEnd, QEvent.Type.TouchCancel}
_POINTER_EVENTS = _PRESS_EVENTS | _RELEASE_EVENTS | {
    QEvent.Type.MouseMove,
    QEvent.Type.TouchUpdate,
    QEvent.Type.MouseButtonDblClick,
}


class IdleController(QObject):
    """The active → countdown → attract state machine of the visitor session."""

    stateChanged = Signal()
    remainingChanged = Signal()
    timeoutChanged = Signal()
    # Emitted on entering attract: QML resets the visitor session.
    sessionEnded = Signal()
    # A touch or click at (x, y) in the window woke the kiosk from the attract
    # loop (the press itself is swallowed; QML sees where it fell).
    wokenAt = Signal(float, float)
    keypadUsedChanged = Signal()

    ACTIVE, COUNTDOWN, ATTRACT = "active", "countdown", "attract"

    def __init__(self, timeout_ms: int = 90_000, countdown_ms: int = 20_000, parent: QObject | None = None):
        super().__init__(parent)
        self._timeout_ms = timeout_ms
        self._countdown_ms = countdown_ms
        self._multiplier = 2.0
        self._slow = False
        self._keypad_used = False
        self._state = self.ATTRACT
        self._held = False
        self._swallowing = False
        self._deadline = 0.0
        self._idle = QTimer(self)
        self._idle.setSingleShot(True)
        self._idle.timeout.connect(self.start_countdown)
        self._tick = QTimer(self)
        self._tick.setInterval(250)
        self._tick.timeout.connect(self._on_tick)

    # -- input ---------------------------------------------------------------------
    def eventFilter(self, watched, event):  # noqa: N802 - Qt override
        kind = event.type()
        if self._swallowing:
            # The rest of a touch that woke the kiosk: it must not press
            # whatever lies under the countdown or the attract loop.
            if kind in _RELEASE_EVENTS:
                self._swallowing = False
            return kind in _POINTER_EVENTS
        if kind in _PRESS_EVENTS and self._state != self.ACTIVE:
            if self._state == self.COUNTDOWN:
                self.activity()
            else:
                self.wake()
                self._woken_at(event)
            self._swallowing = True
            return True
        if kind == QEvent.Type.KeyPress:
            self._note_keypad()
            if self._state == self.ATTRACT:
                self.wake()  # the key only wakes: it must not also act on the page under the loop
                return True
        if kind in _INPUT_EVENTS:
            self.activity()
        return False

    def _woken_at(self, event) -> None:
        points = event.points() if hasattr(event, "points") else []
        pos = points[0].scenePosition() if points else event.scenePosition()
        self.wokenAt.emit(pos.x(), pos.y())

    def _note_keypad(self) -> None:
        if not self._keypad_used:
            self._keypad_used = True
            self.keypadUsedChanged.emit()
            if self._state == self.ACTIVE:
                self._restart()

    @Slot()
    def activity(self) -> None:
        """A visitor did something: restart the clock (leaves countdown, not attract)."""
        if self._state == self.ATTRACT:
            return
        if self._state == self.COUNTDOWN:
            self._tick.stop()
            self._set_state(self.ACTIVE)
        self._restart()

    @Slot()
    def wake(self) -> None:
        """Leave the attract loop (a touch on it)."""
        if self._state != self.ACTIVE:
            self._tick.stop()
            self._set_state(self.ACTIVE)
        self._restart()

    @Slot()
    def sleep(self) -> None:
        """Go to the attract loop now."""
        self._idle.stop()
        self._tick.stop()
        self._enter_attract()

    def stop(self) -> None:
        """Stop both clocks for good (the kiosk is closing): a countdown or a
        session end must not fire after its window and engine are gone."""
        self._idle.stop()
        self._tick.stop()

    def _restart(self) -> None:
        if self._held:
            self._idle.stop()
        else:
            self._idle.start(self.effective_timeout_ms())

    def effective_timeout_ms(self) -> int:
        """The timeout now: longer for a visitor using speech or keys."""
        if self._slow or self._keypad_used:
            return int(self._timeout_ms * self._multiplier)
        return self._timeout_ms

    def set_slow(self, slow: bool) -> None:
        """The visitor reads with speech (Access.readAloud): the timeout is multiplied."""
        if bool(slow) != self._slow:
            self._slow = bool(slow)
            if self._state == self.ACTIVE:
                self._restart()

    def set_multiplier(self, value: float) -> None:
        """How many times longer a speech or keypad session may stay idle (setting ``access.idle_multiplier``)."""
        self._multiplier = max(1.0, float(value))
        if self._state == self.ACTIVE:
            self._restart()

    @Property(bool, notify=keypadUsedChanged)
    def keypadUsed(self) -> bool:  # noqa: N802 - QML name
        """A key was pressed in this session (the focus ring shows from then on)."""
        return self._keypad_used

    # -- states ----------------------------------------------------------------------
    @Slot()
    def start_countdown(self) -> None:
        if self._held or self._state != self.ACTIVE:
            return
        self._deadline = time.monotonic() + self._countdown_ms / 1000
        self._set_state(self.COUNTDOWN)
        self.remainingChanged.emit()
        self._tick.start()

    @Slot()
    def _on_tick(self) -> None:
        self.remainingChanged.emit()
        if time.monotonic() >= self._deadline:
            self._tick.stop()
            self._enter_attract()

    def _enter_attract(self) -> None:
        if self._state == self.ATTRACT:
            return
        self._set_state(self.ATTRACT)
        log.info("idle: session ended, attract loop")
        if self._keypad_used:
            self._keypad_used = False
            self.keypadUsedChanged.emit()
        self.sessionEnded.emit()

    def _set_state(self, value: str) -> None:
        if value != self._state:
            self._state = value
            self.stateChanged.emit()

    @Property(str, notify=stateChanged)
    def state(self) -> str:
        """``active``, ``countdown`` or ``attract``."""
        return self._state

    @Property(int, notify=remainingChanged)
    def remainingSeconds(self) -> int:  # noqa: N802
        """Whole seconds left in the countdown."""
        if self._state != self.COUNTDOWN:
            return 0
        return max(0, int(self._deadline - time.monotonic() + 0.999))

    def _get_hold(self) -> bool:
        return self._held

    def _set_hold(self, value: bool) -> None:
        self._held = bool(value)
        if self._held:
            self._idle.stop()
            if self._state == self.COUNTDOWN:
                self._tick.stop()
                self._set_state(self.ACTIVE)
        elif self._state == self.ACTIVE:
            self._restart()

    holdChanged = Signal()
    hold = Property(bool, _get_hold, _set_hold, notify=holdChanged)

    def _get_timeout(self) -> int:
        return self._timeout_ms

    def _set_timeout(self, value: int) -> None:
        self._timeout_ms = max(1000, int(value))
        self.timeoutChanged.emit()
        if self._state == self.ACTIVE:
            self._restart()

    timeoutMs = Property(int, _get_timeout, _set_timeout, notify=timeoutChanged)

    @Property(int, notify=timeoutChanged)
    def countdownMs(self) -> int:  # noqa: N802
        return self._countdown_ms
