"""Port scenes: a reefer container at the quay, a trade route round the globe."""

from __future__ import annotations

from kiosk.art import draw as d
from kiosk.art.palette import Tones
from kiosk.art.stage import Ctx, band, container, gantry_crane, scene


def snowflake(cx: float, cy: float, r: float, fill: str) -> list[str]:
    """A six-armed snowflake, the sign of a refrigerated load."""
    out = []
    # three strokes through the centre make six arms
    for k in range(3):
        a = 90 + 60 * k
        p, q = d.polar(cx, cy, r, a), d.polar(cx, cy, -r, a)
        out.append(d.line([p, q], fill, r * 0.16))
        for sign in (1, -1):
            # little branches near both tips
            for tip in (p, q):
                bx, by = tip[0] - (tip[0] - cx) * 0.35, tip[1] - (tip[1] - cy) * 0.35
                out.append(d.line([(bx, by), d.polar(bx, by, r * 0.35,
                                                     a + sign * 45 + (0 if tip is p else 180))],
                                  fill, r * 0.12))
    return out


def reefer(x: float, base: float, w: float, h: float, t: Tones,
           unit_left: bool = True) -> list[str]:
    """A refrigerated container: white box, ribs, the cooling unit at one end."""
    out = [container(x, base - h, w, h, t.white, t.light, ribs=int(w / 40))]
    # the refrigeration unit: a dark panel with its fan
    ux = x + 8 if unit_left else x + w - 8 - h * 0.72
    out += [d.rect(ux, base - h + 8, h * 0.72, h - 16, t.navy, rx=6),
            d.circle(ux + h * 0.36, base - h * 0.62, h * 0.22, t.navy_dark),
            d.circle(ux + h * 0.36, base - h * 0.62, h * 0.08, t.mid)]
    for k in range(3):
        # the grille below the fan
        out.append(d.rect(ux + h * 0.1, base - h * 0.3 + k * h * 0.07, h * 0.52, h * 0.035,
                          t.mid))
    # the snowflake says "cold" without a word
    out += snowflake(x + w * 0.62, base - h / 2, h * 0.26, t.mid)
    return out


def hull(x: float, base: float, w: float, t: Tones) -> list[str]:
    """A container ship's hull with its bridge astern (right), waterline on *base*."""
    b = x + w - 200  # where the bridge stands
    # hull, deck edge, the bridge block with its roof, windows and funnel
    return [
        d.poly([(x, base - 120), (x + w, base - 120), (x + w - 30, base), (x + 90, base)], t.navy),
        d.rect(x, base - 130, w, 16, t.navy_dark),
        d.rect(b, base - 330, 150, 210, t.white),
        d.rect(b - 10, base - 350, 170, 30, t.navy_dark),
        *[d.rect(b + 18 + 44 * k, base - 310, 26, 20, t.navy) for k in range(3)],
        d.rect(b + 20, base - 420, 36, 70, t.navy),
    ]


def deck_stack(x: float, base: float, cols: int, rows: int, t: Tones) -> list[str]:
    """Containers stacked on deck in the sector's tones, a reefer here and there."""
    out = []
    tones_ = (t.mid, t.ink, t.soft, t.pop)
    # a fixed pattern decides which slot holds a reefer and which colour the rest
    for j in range(rows):
        for i in range(cols):
            cx = x + i * 150
            y = base - (j + 1) * 70
            if (i * 3 + j) % 5 == 1:
                out += reefer(cx, y + 70, 144, 64, t)
            else:
                out.append(container(cx, y + 6, 144, 64, tones_[(i + 2 * j) % 4],
                                     t.navy_dark if (i + 2 * j) % 4 == 1 else t.ink, 5))
    return out


@scene("reefer", sector="", focus=(300, 20, 1320, 700), horizon=660)
def reefer_port(c: Ctx) -> list[str]:
    """A reefer container on the quay, a container ship loading, a quay crane."""
    t = c.t
    # the harbour water behind the quay, with two rows of crests
    out = [band(c, 540, 660, t.mid)]
    for row, y in enumerate((575, 615)):
        out += [d.rect(x, y, 70, 8, t.soft, rx=4)
                for x in d.span(c.left, c.right, 180, phase=row * 90)]
    # ships berthed one after another along the quay
    for x in d.span(c.left - 1400, c.right, 1800, phase=300):
        out += deck_stack(x + 40, 500, 6, 2, t) + hull(x, 620, 1150, t)
    out += gantry_crane(720, 660, 1.35, t.pop2, t.navy)
    # the crane's trolley lowers a reefer on two cables
    out += [d.line([(x, 222), (x, 256)], t.navy, 5) for x in (405, 470)]
    out += reefer(312, 350, 250, 96, t)
    # the hero: a reefer container waiting on the quay in front
    out += reefer(900, 700, 420, 150, t, unit_left=False)
    return out


def globe(cx: float, cy: float, r: float, t: Tones) -> list[str]:
    """A globe with graticule lines and a few rounded, imaginary land masses."""
    out = [d.circle(cx, cy, r, t.mid)]
    # land as soft blobs: no real coastline, so no map to get wrong
    for (dx, dy, rx, ry) in ((-0.35, -0.3, 0.32, 0.22), (0.25, -0.05, 0.38, 0.3),
                             (-0.2, 0.45, 0.28, 0.18), (0.55, 0.5, 0.16, 0.12)):
        out.append(d.ellipse(cx + dx * r, cy + dy * r, rx * r, ry * r, t.soft))
    # the graticule: meridians as ellipses, parallels as straight bands
    for k in (0.35, 0.75):
        out.append(d.hoop(cx, cy, r * k, r, t.light, 6))
    out.append(d.rect(cx - 3, cy - r, 6, 2 * r, t.light))
    # each parallel is as wide as the globe at its height
    for f in (-0.5, 0, 0.5):
        half = r * (1 - f * f) ** 0.5
        out.append(d.rect(cx - half, cy + f * r - 3, 2 * half, 6, t.light))
    return out


def pin(x: float, y: float, s: float, fill: str, dot: str) -> list[str]:
    """A map pin whose point is at (x, y)."""
    n = d.num
    # a teardrop: two curves from the point up to a round head, and a dot in it
    return [d.path(f"M{n(x)} {n(y)} C{n(x - 10 * s)} {n(y - 30 * s)} {n(x - 30 * s)}"
                   f" {n(y - 40 * s)} {n(x - 30 * s)} {n(y - 62 * s)} A{n(30 * s)} {n(30 * s)}"
                   f" 0 1 1 {n(x + 30 * s)} {n(y - 62 * s)} C{n(x + 30 * s)} {n(y - 40 * s)}"
                   f" {n(x + 10 * s)} {n(y - 30 * s)} {n(x)} {n(y)} Z", fill),
            d.circle(x, y - 62 * s, 12 * s, dot)]


def plane(x: float, y: float, s: float, rot: float, fill: str) -> str:
    """A cargo plane seen from above, nose to the right."""
    # fuselage, two swept wings, two tailplanes
    return d.group([
        d.rect(-90, -14, 180, 28, fill, rx=14),
        d.poly([(-10, -12), (30, -12), (-20, -100), (-50, -100)], fill),
        d.poly([(-10, 12), (30, 12), (-20, 100), (-50, 100)], fill),
        d.poly([(-80, -8), (-60, -8), (-86, -44), (-100, -44)], fill),
        d.poly([(-80, 8), (-60, 8), (-86, 44), (-100, 44)], fill),
    ], x, y, s, rot=rot)


def freighter(x: float, base: float, t: Tones) -> list[str]:
    """A small container ship for the trade scene, its waterline on *base*."""
    out = []
    # two tiers of containers, the upper one set back by half a box
    for k in range(4):
        out.append(container(x + 150 + k * 100, base - 150, 96, 56,
                             (t.pop, t.white, t.ink, t.soft)[k], t.navy_dark, 3))
        out.append(container(x + 200 + k * 100, base - 206, 96, 56,
                             (t.white, t.soft, t.pop2, t.white)[k], t.navy_dark, 3))
    # the hull and a small bridge with its window band
    out += [d.poly([(x, base - 94), (x + 640, base - 94), (x + 580, base), (x + 30, base)],
                   t.navy),
            d.rect(x + 30, base - 230, 100, 136, t.white), d.rect(x + 46, base - 210, 68, 18,
                                                                   t.navy)]
    return out


@scene("trade", sector="", focus=(200, 50, 1420, 700), horizon=660)
def trade(c: Ctx) -> list[str]:
    """A globe crossed by trade routes, a plane on one, a ship and containers below."""
    t = c.t
    out = globe(800, 300, 220, t)
    # a long route over the globe and a short one across its face
    out.append(d.dashed("M250 540 C330 20 1270 20 1350 540", t.navy, 10, 30, 22))
    out.append(d.dashed("M600 390 C680 250 920 250 1000 390", t.pop2, 10, 24, 18))
    out.append(plane(800, 150, 0.8, 0, t.navy))
    # ports at both ends of each route
    out += pin(250, 540, 1.1, t.pop, t.white) + pin(1350, 540, 1.1, t.pop, t.white)
    out += pin(600, 390, 0.7, t.white, t.pop) + pin(1000, 390, 0.7, t.white, t.pop)
    # the sea, ships along it, and a stack of containers on the quay
    out += [band(c, 580, 660, t.soft)]
    for x in d.span(c.left, c.right, 1600, phase=-700):
        out += freighter(x, 640, t)
    out += freighter(480, 640, t)
    for k, fill in enumerate((t.pop, t.mid, t.navy)):
        out.append(container(1180 + 30 * (k == 1), 660 - 70 * (k + 1), 220, 64, fill,
                             t.navy_dark, 6))
    return out
