"""``kiosk bench --access MODES``: page switches and idle CPU with accessibility modes on.

The names are ``kiosk tour --access``'s (large, contrast, motion, reach);
the children turn them on through the ``Access`` singleton, as a visitor's
taps in the panel do.  The attract loop ends the visitor's session and with
it the modes, so the idle figures with modes on are Home's.
"""

from __future__ import annotations

from typing import Any

from kiosk.bench.report import Row
from kiosk.ui.tour import ACCESS_MODES


def parse_modes(text: str | None) -> tuple[str, ...]:
    """``"large,contrast"`` -> ``("large", "contrast")``; SystemExit naming an unknown mode."""
    modes = tuple(dict.fromkeys(m.strip() for m in (text or "").split(",") if m.strip()))
    unknown = [m for m in modes if m not in ACCESS_MODES]
    if unknown:
        raise SystemExit(f"kiosk bench: --access: unknown mode(s) {', '.join(unknown)}; choose from {', '.join(ACCESS_MODES)}")
    return modes


def turn_on(ui, modes: tuple[str, ...]) -> None:
    """Turn *modes* on in the kiosk's ``Access`` singleton (the panel's switches)."""
    for mode in modes:
        ui.access.setProperty(ACCESS_MODES[mode], True)


def modes_on(ui) -> list[str]:
    """The ``--access`` names of the modes that are on now."""
    return [name for name, prop in ACCESS_MODES.items() if ui.access.property(prop)]


def child_args(modes: tuple[str, ...]) -> list[str]:
    """The ``bench-child`` options that pass *modes* on (none when there are none)."""
    return ["--access", ",".join(modes)] if modes else []


def summary(modes: tuple[str, ...], raw: dict[str, Any]) -> dict[str, Any] | None:
    """What the report keeps: the modes asked for, and those on at the end of the page
    switches and of the idle period on Home (None: that child did not run or say)."""
    if not modes:
        return None
    pages = raw.get("pages") or {}
    home = ((raw.get("idle") or {}).get("phases") or {}).get("home") or {}
    return {"modes": list(modes), "on_after_pages": pages.get("access_at_end"), "on_after_idle_home": home.get("access")}


def rows(results: dict[str, Any]) -> list[Row]:
    """A row saying which modes were on (and any a child found off at its end)."""
    access = results.get("access")
    if not access:
        return []
    modes = access["modes"]
    lost = [f"{label} ended with only {', '.join(on) or 'none'}"
            for label, on in (("page switches", access.get("on_after_pages")), ("idle Home", access.get("on_after_idle_home")))
            if on is not None and set(on) != set(modes)]
    return [Row("accessibility modes on (page switches, idle CPU on Home)",
                ", ".join(modes) + (f" (NOT all on: {'; '.join(lost)})" if lost else ""), "", False if lost else None)]
