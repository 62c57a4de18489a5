"""How smoothly the GUI thread runs meanwhile: the longest gap between two
frames of a window, and between two ticks of a short timer.

``kiosk bench`` uses it to see what some work (turning read aloud on)
costs the screen: with ``keep_drawing`` the window draws a new frame as
soon as the last one is on screen, as it does while something moves, so a
gap between frames is time the GUI thread could not draw.  The timer's gap
also shows stalls on a window that has nothing to draw.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QObject, QTimer, Slot
from PySide6.QtQuick import QQuickWindow


class GapWatch(QObject):
    """Watches one window's frames and a *tick_ms* timer between ``start`` and ``stop``."""

    def __init__(self, window: QQuickWindow, tick_ms: int = 5, keep_drawing: bool = True):
        super().__init__()
        self._window = window
        self._keep_drawing = keep_drawing
        self._timer = QTimer(self)
        self._timer.setInterval(tick_ms)
        self._timer.timeout.connect(self._on_tick)
        self.frames = 0
        self.longest_frame_gap_s = 0.0
        self.longest_tick_gap_s = 0.0
        self._last_frame: float | None = None
        self._last_tick = 0.0
        self._running = False

    def start(self) -> None:
        """Begin watching (figures start from zero)."""
        self.frames = 0
        self.longest_frame_gap_s = self.longest_tick_gap_s = 0.0
        self._last_frame = None
        self._last_tick = time.perf_counter()
        self._running = True
        self._window.frameSwapped.connect(self._on_frame)
        self._timer.start()
        if self._keep_drawing:
            self._window.update()

    def stop(self) -> None:
        """Stop watching; the figures stay."""
        if not self._running:
            return
        self._running = False
        self._timer.stop()
        self._window.frameSwapped.disconnect(self._on_frame)
        self._on_tick()  # a stall that is still going on counts too

    @Slot()
    def _on_tick(self) -> None:
        now = time.perf_counter()
        self.longest_tick_gap_s = max(self.longest_tick_gap_s, now - self._last_tick)
        self._last_tick = now

    @Slot()
    def _on_frame(self) -> None:
        now = time.perf_counter()
        self.frames += 1
        if self._last_frame is not None:
            self.longest_frame_gap_s = max(self.longest_frame_gap_s, now - self._last_frame)
        self._last_frame = now
        if self._running and self._keep_drawing:
            self._window.update()

    def figures(self) -> dict[str, float | int]:
        """The longest gaps (ms) and the frames counted."""
        return {"frames": self.frames, "longest_frame_gap_ms": self.longest_frame_gap_s * 1000,
                "longest_tick_gap_ms": self.longest_tick_gap_s * 1000}
