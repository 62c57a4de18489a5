"""What every scene shares: the stage it draws on, the registry, common props.

A scene draws in a 1600 x 900 world whose ground line is its ``horizon``.
It names a ``focus`` box that must stay in view; the composer crops around
it and may show much more (a 3:1 hero shows wide sides, a portrait poster
tall sky), so the sky, the ground and repeated things (rails, belts, sea)
are drawn across the whole ``view`` the composer hands over.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass

from kiosk.art import draw as d
from kiosk.art.palette import Tones

# The world every scene draws in, and where its ground usually starts.
WORLD_W = 1600.0
WORLD_H = 900.0
HORIZON = 640.0

View = tuple[float, float, float, float]  # x0, y0, x1, y1 in world units


@dataclass(frozen=True)
class Ctx:
    """What a scene draws with: its colours, its dice, the visible box."""

    t: Tones
    rng: random.Random
    view: View

    @property
    def left(self) -> float:
        """The visible box's left edge (with a little bleed)."""
        return self.view[0] - 20

    @property
    def right(self) -> float:
        """The visible box's right edge (with a little bleed)."""
        return self.view[2] + 20

    @property
    def bottom(self) -> float:
        """The visible box's bottom edge (with a little bleed)."""
        return self.view[3] + 20

    @property
    def top(self) -> float:
        """The visible box's top edge (with a little bleed)."""
        return self.view[1] - 20


@dataclass(frozen=True)
class Scene:
    """One illustration: its natural sector, what must stay in view, how to draw it."""

    name: str
    sector: str
    focus: View
    horizon: float
    ground: bool
    mirror: bool  # False for scenes with a direction: rising charts, quotes
    draw: Callable[[Ctx], list[str]]

    @property
    def doc(self) -> str:
        """What the scene shows (its drawing function's docstring)."""
        return (self.draw.__doc__ or "").strip()


# Every scene by name, filled as the scene modules are imported.
SCENES: dict[str, Scene] = {}


def scene(name: str, sector: str = "", focus: View = (300, 220, 1300, 700),
          horizon: float = HORIZON, ground: bool = True, mirror: bool = True):
    """Register the decorated drawing function as the scene *name*."""
    # a decorator factory: @scene("name", ...) above a drawing function
    def register(fn: Callable[[Ctx], list[str]]) -> Callable[[Ctx], list[str]]:
        """Keep *fn* in the registry and hand it back unchanged."""
        SCENES[name] = Scene(name, sector, focus, horizon, ground, mirror, fn)
        return fn
    return register


# ---- props shared by several scenes ----------------------------------


def band(c: Ctx, y0: float, y1: float, fill: str) -> str:
    """A horizontal band across the whole view (a floor, a road, the sea)."""
    return d.rect(c.left, y0, c.right - c.left, y1 - y0, fill)


def cloud(x: float, y: float, s: float, fill: str) -> str:
    """A flat poster cloud, its base on y, about 200*s wide."""
    # a flat-bottomed pill with three round puffs on top
    return d.group([
        d.rect(-100, -36, 200, 36, fill, rx=18),
        d.circle(-40, -40, 40, fill),
        d.circle(20, -56, 52, fill),
        d.circle(70, -30, 30, fill),
    ], x, y, s)


def tree(x: float, y: float, s: float, crown: str, trunk: str) -> str:
    """A round tree standing on (x, y), about 120*s tall."""
    # trunk, then three overlapping circles for the crown
    return d.group([
        d.rect(-6, -50, 12, 50, trunk),
        d.circle(0, -78, 40, crown),
        d.circle(-22, -58, 26, crown),
        d.circle(22, -60, 28, crown),
    ], x, y, s)


def factory(x: float, y: float, w: float, h: float, fill: str, teeth: int = 3) -> str:
    """A saw-tooth roofed hall with a chimney, standing on (x, y), *w* wide."""
    tooth = w / teeth
    pts = [(x, y), (x, y - h)]
    # each roof tooth rises steeply on its left and falls back vertically
    for k in range(teeth):
        pts += [(x + k * tooth, y - h - tooth * 0.45), (x + (k + 1) * tooth, y - h)]
    pts.append((x + w, y))
    chimney = d.rect(x + w * 0.72, y - h - tooth * 1.3, w * 0.07, tooth * 1.3, fill)
    return d.poly(pts, fill) + chimney


def windows(x: float, y: float, cols: int, rows: int, w: float, h: float,
            gap: float, fill: str) -> str:
    """A grid of *cols* x *rows* window panes, top-left at (x, y)."""
    return "".join(d.rect(x + i * (w + gap), y + j * (h + gap), w, h, fill)
                   for i in range(cols) for j in range(rows))


def container(x: float, y: float, w: float, h: float, body: str, rib: str,
              ribs: int = 8) -> str:
    """A shipping container seen from the side: a box with vertical ribs."""
    out = [d.rect(x, y, w, h, body, rx=3)]
    # corrugation ribs, evenly spaced, short of the top and bottom rails
    step = w / (ribs + 1)
    out += [d.rect(x + step * (k + 1) - 3, y + h * 0.1, 6, h * 0.8, rib) for k in range(ribs)]
    return "".join(out)


def gantry_crane(x: float, y: float, s: float, frame: str, dark: str) -> str:
    """A quay crane (legs, boom, trolley) standing on (x, y), about 460*s tall."""
    return d.group([
        # two legs with a cross beam and a diagonal brace
        d.rect(-90, -360, 22, 360, frame),
        d.rect(70, -360, 22, 360, frame),
        d.poly([(-90, -250), (92, -250), (92, -230), (-90, -230)], frame),
        d.poly([(-68, -240), (70, -120), (70, -100), (-68, -220)], frame),
        # the boom out over the water, its apex and two stays, the trolley
        d.rect(-240, -380, 520, 26, frame),
        d.poly([(-20, -380), (10, -460), (40, -380)], frame),
        d.line([(10, -460), (-230, -380)], frame, 6),
        d.line([(10, -460), (270, -380)], frame, 6),
        d.rect(-236, -356, 56, 30, dark),
    ], x, y, s)
