"""A small SVG drawing toolkit: shapes and groups as strings of markup.

Each helper returns one element as text.  Numbers are written with at
most one decimal, so the same drawing always gives the same bytes.  Fills
are solid; strokes are for cables, wires and traces only.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence

Point = tuple[float, float]


def num(value: float) -> str:
    """*value* with at most one decimal and no trailing zeros."""
    text = f"{value:.1f}".rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


def _fine(value: float) -> str:
    """*value* with up to three decimals, for scale factors."""
    text = f"{value:.3f}".rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


def rect(x: float, y: float, w: float, h: float, fill: str, rx: float = 0) -> str:
    """A filled rectangle, its corners rounded by *rx*."""
    corner = f' rx="{num(rx)}"' if rx else ""  # omitted when square, to keep files small
    return (f'<rect x="{num(x)}" y="{num(y)}" width="{num(w)}" height="{num(h)}"'
            f'{corner} fill="{fill}"/>')


def circle(cx: float, cy: float, r: float, fill: str) -> str:
    """A filled circle."""
    return f'<circle cx="{num(cx)}" cy="{num(cy)}" r="{num(r)}" fill="{fill}"/>'


def ellipse(cx: float, cy: float, rx: float, ry: float, fill: str) -> str:
    """A filled ellipse."""
    return (f'<ellipse cx="{num(cx)}" cy="{num(cy)}" rx="{num(rx)}" ry="{num(ry)}"'
            f' fill="{fill}"/>')


def poly(points: Iterable[Point], fill: str) -> str:
    """A filled polygon through *points*."""
    text = " ".join(f"{num(x)},{num(y)}" for x, y in points)
    return f'<polygon points="{text}" fill="{fill}"/>'


def path(d: str, fill: str, evenodd: bool = False) -> str:
    """A filled path; *evenodd* punches holes where sub-paths overlap."""
    rule = ' fill-rule="evenodd"' if evenodd else ""
    return f'<path d="{d}"{rule} fill="{fill}"/>'


def line(points: Sequence[Point], colour: str, width: float, cap: str = "round") -> str:
    """A stroked open line through *points* (cables, wires, traces)."""
    text = " ".join(f"{num(x)},{num(y)}" for x, y in points)
    return (f'<polyline points="{text}" fill="none" stroke="{colour}"'
            f' stroke-width="{num(width)}" stroke-linecap="{cap}" stroke-linejoin="round"/>')


def curve(d: str, colour: str, width: float) -> str:
    """A stroked open path (arcs of routes, power lines)."""
    return (f'<path d="{d}" fill="none" stroke="{colour}" stroke-width="{num(width)}"'
            ' stroke-linecap="round" stroke-linejoin="round"/>')


def hoop(cx: float, cy: float, rx: float, ry: float, colour: str, width: float) -> str:
    """A stroked ellipse (a globe's meridian, an orbit)."""
    return (f'<ellipse cx="{num(cx)}" cy="{num(cy)}" rx="{num(rx)}" ry="{num(ry)}"'
            f' fill="none" stroke="{colour}" stroke-width="{num(width)}"/>')


def dashed(d_: str, colour: str, width: float, dash: float, gap: float) -> str:
    """A stroked open path drawn as dashes (a route on a map)."""
    return (f'<path d="{d_}" fill="none" stroke="{colour}" stroke-width="{num(width)}"'
            f' stroke-linecap="round" stroke-dasharray="{num(dash)} {num(gap)}"/>')


def group(items: Iterable[str], x: float = 0, y: float = 0, s: float = 1,
          rot: float = 0, flip: bool = False) -> str:
    """*items* moved to (x, y), turned by *rot* degrees, scaled, maybe mirrored."""
    # SVG applies the listed transforms right to left: scale, then rotate, then move
    parts = []
    if x or y:
        parts.append(f"translate({num(x)} {num(y)})")
    if rot:
        parts.append(f"rotate({num(rot)})")
    if s != 1 or flip:
        parts.append(f"scale({_fine(-s if flip else s)} {_fine(s)})")
    body = "".join(items)
    return f'<g transform="{" ".join(parts)}">{body}</g>' if parts else f"<g>{body}</g>"


# ---- path builders ----------------------------------------------------


def d_poly(points: Iterable[Point]) -> str:
    """Path data of a closed polygon (to combine several in one path)."""
    pts = list(points)
    # move to the first corner, line to each of the others, close
    head = f"M{num(pts[0][0])} {num(pts[0][1])}"
    return head + "".join(f" L{num(x)} {num(y)}" for x, y in pts[1:]) + " Z"


def d_circle(cx: float, cy: float, r: float) -> str:
    """Path data of a full circle, made of two arcs."""
    # one SVG arc cannot close on itself, so two half circles, left to right and back
    return (f"M{num(cx - r)} {num(cy)} A{num(r)} {num(r)} 0 1 0 {num(cx + r)} {num(cy)}"
            f" A{num(r)} {num(r)} 0 1 0 {num(cx - r)} {num(cy)} Z")


def ring(cx: float, cy: float, r_out: float, r_in: float, fill: str) -> str:
    """A filled ring (a tyre, a porthole's rim)."""
    # the inner circle punches a hole through the outer one (even-odd rule)
    return path(d_circle(cx, cy, r_out) + " " + d_circle(cx, cy, r_in), fill, evenodd=True)


def polar(cx: float, cy: float, r: float, deg: float) -> Point:
    """The point at angle *deg* (0 = right, clockwise on screen) on a circle."""
    a = math.radians(deg)
    # y grows downwards on screen, so positive angles turn clockwise
    return cx + r * math.cos(a), cy + r * math.sin(a)


def wedge(cx: float, cy: float, r: float, start: float, end: float, fill: str,
          r_in: float = 0) -> str:
    """A pie slice (or a slice of a ring when *r_in* > 0) from *start* to *end* degrees."""
    # SVG needs to know whether the arc is the long way round
    large = 1 if (end - start) % 360 > 180 else 0
    x0, y0 = polar(cx, cy, r, start)
    x1, y1 = polar(cx, cy, r, end)
    d = f"M{num(x0)} {num(y0)} A{num(r)} {num(r)} 0 {large} 1 {num(x1)} {num(y1)}"
    if r_in:
        # back along the inner radius, the other way round (sweep flag 0)
        x2, y2 = polar(cx, cy, r_in, end)
        x3, y3 = polar(cx, cy, r_in, start)
        d += f" L{num(x2)} {num(y2)} A{num(r_in)} {num(r_in)} 0 {large} 0 {num(x3)} {num(y3)} Z"
    else:
        # a plain slice closes through the centre
        d += f" L{num(cx)} {num(cy)} Z"
    return path(d, fill)


def regular(cx: float, cy: float, r: float, n: int, rot: float = -90) -> list[Point]:
    """Corners of a regular *n*-gon of radius *r*, the first at *rot* degrees."""
    return [polar(cx, cy, r, rot + 360 * k / n) for k in range(n)]


def star(cx: float, cy: float, r_out: float, r_in: float, n: int, rot: float = -90) -> list[Point]:
    """Corners of an *n*-pointed star, alternating *r_out* and *r_in*."""
    # 2n corners, every other one pulled in to the inner radius
    return [polar(cx, cy, r_out if k % 2 == 0 else r_in, rot + 180 * k / n)
            for k in range(2 * n)]


def arrow_arc(cx: float, cy: float, r: float, start: float, end: float, width: float,
              fill: str) -> str:
    """A thick arc from *start* to *end* degrees, with an arrowhead at *end*."""
    head = width * 1.1
    # the body stops where the head begins (its length turned into degrees)
    body_end = end - math.degrees(head / r)
    parts = [wedge(cx, cy, r + width / 2, start, body_end, fill, r_in=r - width / 2)]
    # the head: a triangle wider than the body, its tip on the centre line
    tip = polar(cx, cy, r, end)
    wing_out = polar(cx, cy, r + width * 1.05, body_end)
    wing_in = polar(cx, cy, r - width * 1.05, body_end)
    parts.append(poly([wing_out, tip, wing_in], fill))
    return "".join(parts)


def span(x0: float, x1: float, step: float, phase: float = 0) -> list[float]:
    """Positions every *step* that cover [x0, x1], aligned to *phase*."""
    # the last position at or before x0 on the grid phase + k*step, then enough to pass x1
    first = math.floor((x0 - phase) / step) * step + phase
    count = int(math.ceil((x1 - first) / step)) + 1
    return [first + k * step for k in range(count)]
