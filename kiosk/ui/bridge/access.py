"""``Access``: the accessibility choices of the visitor at the screen.

Read aloud, larger text, high contrast, low reach, less motion and the
speech volume. They last for one visitor's session: ``reset`` (called when
the kiosk returns to the attract loop) puts every choice back to the
defaults staff set. QML binds to these properties; the speech engine and the
idle controller listen to their signals.
"""

from __future__ import annotations

from PySide6.QtCore import Property, QObject, Signal, Slot

# The choices a visitor can make, in the order the panel lists them.
MODES = ("readAloud", "largerText", "highContrast", "lowReach", "lessMotion")
# What the panel can offer (the modes and the volume), by the names the
# setting ``access.offered`` uses.
OFFERED_NAMES = {
    "read_aloud": "readAloud",
    "larger_text": "largerText",
    "high_contrast": "highContrast",
    "low_reach": "lowReach",
    "less_motion": "lessMotion",
    "volume": "volume",
}


class AccessState(QObject):
    """The visitor's accessibility choices for the current session."""

    changed = Signal()
    # Emitted with the mode's name when a visitor turns a mode on (statistics).
    modeTurnedOn = Signal(str)

    def __init__(self, default_volume: float = 0.8, parent: QObject | None = None):
        super().__init__(parent)
        self._default_volume = _clamp(default_volume)
        self._modes = dict.fromkeys(MODES, False)
        self._volume = self._default_volume
        self._offered = [*MODES, "volume"]
        # Where the screen hangs (settings screen.bottom_mm, screen.height_mm;
        # 0: the height comes from the screen's dots per inch).
        self._screen_bottom_mm = 800.0
        self._screen_height_mm = 0.0

    def _get(self, name: str) -> bool:
        return self._modes[name]

    def _set(self, name: str, value: bool) -> None:
        value = bool(value)
        if self._modes[name] == value:
            return
        self._modes[name] = value
        self.changed.emit()
        if value:
            self.modeTurnedOn.emit(name)

    readAloud = Property(bool, lambda s: s._get("readAloud"), lambda s, v: s._set("readAloud", v), notify=changed)
    largerText = Property(bool, lambda s: s._get("largerText"), lambda s, v: s._set("largerText", v), notify=changed)
    highContrast = Property(
        bool, lambda s: s._get("highContrast"), lambda s, v: s._set("highContrast", v), notify=changed
    )
    lowReach = Property(bool, lambda s: s._get("lowReach"), lambda s, v: s._set("lowReach", v), notify=changed)
    lessMotion = Property(bool, lambda s: s._get("lessMotion"), lambda s, v: s._set("lessMotion", v), notify=changed)

    def _get_volume(self) -> float:
        return self._volume

    def _set_volume(self, value: float) -> None:
        value = _clamp(value)
        if abs(value - self._volume) < 1e-6:
            return
        self._volume = value
        self.changed.emit()

    volume = Property(float, _get_volume, _set_volume, notify=changed)

    @Property(bool, notify=changed)
    def anyOn(self) -> bool:  # noqa: N802 - QML name
        """Whether the visitor chose any mode (the button shows it)."""
        return any(self._modes.values())

    @Slot()
    def reset(self) -> None:
        """Back to the defaults: the next visitor starts afresh."""
        if not any(self._modes.values()) and self._volume == self._default_volume:
            return
        self._modes = dict.fromkeys(MODES, False)
        self._volume = self._default_volume
        self.changed.emit()

    def set_default_volume(self, value: float) -> None:
        """The volume each session starts with (a staff setting)."""
        self._default_volume = _clamp(value)

    screenChanged = Signal()

    @Property(float, notify=screenChanged)
    def screenBottomMm(self) -> float:  # noqa: N802 - QML name
        """Height of the screen's bottom edge above the floor, in mm."""
        return self._screen_bottom_mm

    @Property(float, notify=screenChanged)
    def screenHeightMm(self) -> float:  # noqa: N802 - QML name
        """The screen's visible height in mm; 0 when it comes from the screen's dots per inch."""
        return self._screen_height_mm

    def set_screen(self, bottom_mm: float, height_mm: float | None) -> None:
        """Where the screen hangs: the low-reach layout keeps controls 380–1220 mm above the floor."""
        self._screen_bottom_mm = float(bottom_mm)
        self._screen_height_mm = float(height_mm or 0.0)
        self.screenChanged.emit()

    offeredChanged = Signal()

    @Property("QVariantList", notify=offeredChanged)
    def offered(self) -> list[str]:
        """What the panel offers: property names (``readAloud`` ...) and ``volume``."""
        return list(self._offered)

    def set_offered(self, names: list[str]) -> None:
        """Offer only *names* (the setting's names: ``read_aloud``, ``volume`` ...);
        a mode no longer offered is turned off."""
        offered = [OFFERED_NAMES[n] for n in names if n in OFFERED_NAMES]
        if offered == self._offered:
            return
        self._offered = offered
        for mode in MODES:
            if mode not in offered:
                self._set(mode, False)
        self.offeredChanged.emit()


def _clamp(value: float) -> float:
    return min(1.0, max(0.0, float(value)))
