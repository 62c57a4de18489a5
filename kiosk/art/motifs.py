"""Background motifs printed on the sky of a scene: dots, stripes, rings, grid, waves.

Each draws in one colour over a box (x0, y0, x1, y1) of the world, with a
step measured in world units so a card and a hero show the same rhythm.
"""

from __future__ import annotations

import math

from kiosk.art import draw as d

Box = tuple[float, float, float, float]


def dots(box: Box, step: float, colour: str) -> list[str]:
    """A half-drop grid of round dots."""
    x0, y0, x1, y1 = box
    out = []
    for j, y in enumerate(d.span(y0, y1, step)):
        # every other row shifts by half a step, like printed halftone
        for x in d.span(x0, x1, step, phase=(step / 2) * (j % 2)):
            out.append(d.circle(x, y, step * 0.12, colour))
    return out


def stripes(box: Box, step: float, colour: str) -> list[str]:
    """Diagonal stripes, half a step wide, leaning right."""
    x0, y0, x1, y1 = box
    h = y1 - y0
    out = []
    # start one box-height to the left, so the slanted stripes also fill the left edge
    # each stripe is a parallelogram from the bottom edge to the top edge
    for x in d.span(x0 - h, x1, step):
        out.append(d.poly([(x, y1), (x + step * 0.3, y1), (x + h + step * 0.3, y0),
                           (x + h, y0)], colour))
    return out


def rings(box: Box, step: float, colour: str, centre: tuple[float, float]) -> list[str]:
    """Concentric rings around *centre*, like ripples or a radar."""
    x0, y0, x1, y1 = box
    cx, cy = centre
    # no ring beyond the farthest corner of the box
    reach = math.hypot(max(cx - x0, x1 - cx), max(cy - y0, y1 - cy))
    out = []
    # a few ripples only, like a halo round the poster's sun
    r = step * 2.2
    for _ in range(3):
        if r > reach:
            break
        out.append(d.ring(cx, cy, r + step * 0.1, r - step * 0.1, colour))
        r += step * 0.7
    return out


def grid(box: Box, step: float, colour: str) -> list[str]:
    """A square grid of thin lines, like graph paper."""
    x0, y0, x1, y1 = box
    w = step * 0.05
    # vertical lines, then horizontal ones, as thin rectangles
    out = [d.rect(x - w / 2, y0, w, y1 - y0, colour) for x in d.span(x0, x1, step)]
    out += [d.rect(x0, y - w / 2, x1 - x0, w, colour) for y in d.span(y0, y1, step)]
    return out


def waves(box: Box, step: float, colour: str) -> list[str]:
    """Rows of gentle waves, drawn as thick strokes."""
    x0, y0, x1, y1 = box
    out = []
    for y in d.span(y0, y1, step * 0.8):
        pts = ["M" + f"{d.num(x0 - step)} {d.num(y)}"]
        x = x0 - step
        # one quadratic hump up and one down per step
        while x < x1 + step:
            pts.append(f"q{d.num(step / 4)} {d.num(-step * 0.16)} {d.num(step / 2)} 0"
                       f" t{d.num(step / 2)} 0")
            x += step
        out.append(d.curve(" ".join(pts), colour, step * 0.09))
    return out


MOTIFS = ("dots", "stripes", "rings", "grid", "waves")


def motif(name: str, box: Box, step: float, colour: str,
          centre: tuple[float, float]) -> list[str]:
    """The motif *name* over *box*; *centre* anchors the rings."""
    if name == "rings":
        return rings(box, step, colour, centre)
    return {"dots": dots, "stripes": stripes, "grid": grid, "waves": waves}[name](
        box, step, colour)
