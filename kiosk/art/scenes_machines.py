"""Heavy machinery scenes: a tyre press and a marine boiler."""

from __future__ import annotations

from kiosk.art import draw as d
from kiosk.art.palette import Tones
from kiosk.art.stage import Ctx, band, scene


def tyre(cx: float, cy: float, r: float, t: Tones) -> list[str]:
    """A tyre standing upright, seen from the side: tread, sidewall, rim, hub."""
    out = [d.circle(cx, cy, r, t.navy_dark)]
    # tread blocks round the edge, one every 15 degrees
    for k in range(24):
        out.append(d.group([d.rect(-r * 0.05, -r, r * 0.1, r * 0.12, t.navy)], cx, cy,
                           rot=15 * k))
    # sidewall with a moulded ring, then the rim, the hub and its five bolts
    out += [d.circle(cx, cy, r * 0.84, t.navy_dark), d.ring(cx, cy, r * 0.8, r * 0.74, t.navy),
            d.circle(cx, cy, r * 0.56, t.light), d.circle(cx, cy, r * 0.46, t.mid),
            d.circle(cx, cy, r * 0.16, t.white)]
    out += [d.circle(x, y, r * 0.045, t.white) for x, y in d.regular(cx, cy, r * 0.3, 5)]
    return out


def lying_tyre(cx: float, base: float, w: float, h: float, t: Tones, top: bool) -> list[str]:
    """A tyre lying flat, seen from the side; *top* shows the hole of the topmost."""
    # seen edge on, a lying tyre is a rounded band of tread
    out = [d.rect(cx - w / 2, base - h, w, h, t.navy_dark, rx=h * 0.45)]
    for k in range(7):
        # grooves of the tread
        out.append(d.rect(cx - w * 0.36 + k * w * 0.12, base - h * 0.78, w * 0.05, h * 0.56,
                          t.navy, rx=3))
    if top:
        # the top of the pile shows its sidewall and the hole in it
        out += [d.ellipse(cx, base - h, w / 2, h * 0.42, t.navy),
                d.ellipse(cx, base - h, w * 0.26, h * 0.2, t.navy_dark)]
    return out


def press(cx: float, base: float, t: Tones) -> list[str]:
    """A tyre curing press: two columns, a crosshead with its cylinder, an open mould."""
    return [
        # bed, two columns, crosshead, the hydraulic cylinder and its ram
        d.rect(cx - 260, base - 90, 520, 90, t.navy, rx=8),
        d.rect(cx - 230, base - 520, 60, 440, t.ink),
        d.rect(cx + 170, base - 520, 60, 440, t.ink),
        d.rect(cx - 270, base - 580, 540, 90, t.navy, rx=10),
        d.rect(cx - 70, base - 660, 140, 90, t.mid, rx=8),
        d.rect(cx - 30, base - 490, 60, 120, t.light),
        # the upper mould lifted, the lower one holding a green tyre
        d.rect(cx - 170, base - 380, 340, 50, t.mid, rx=10),
        d.rect(cx - 170, base - 150, 340, 60, t.mid, rx=10),
        *lying_tyre(cx, base - 150, 260, 84, t, True),
        # a signal lamp, and the control box with its screen
        d.circle(cx - 200, base - 440, 14, t.pop2),
        d.rect(cx + 240, base - 380, 80, 130, t.navy, rx=8),
        d.rect(cx + 256, base - 360, 48, 36, t.mid, rx=4),
    ]


@scene("tyre", sector="", focus=(300, 60, 1320, 660))
def tyre_press(c: Ctx) -> list[str]:
    """A tyre press with a tyre in its mould, a finished tyre and a stack of them."""
    t = c.t
    out = []
    # small piles of two tyres in wide crops, clear of the main group
    for x in d.span(c.left, c.right, 700, phase=160):
        if not 300 < x < 1400:
            out += lying_tyre(x, 640, 220, 70, t, False) + lying_tyre(x, 570, 220, 70, t, True)
    out += press(640, 640, t)
    # a pile of four behind one standing tyre
    for k in range(4):
        out += lying_tyre(1200, 640 - k * 72, 230, 72, t, k == 3)
    out += tyre(1000, 500, 140, t)
    return out


def gauge(cx: float, cy: float, r: float, angle: float, t: Tones) -> list[str]:
    """A round pressure gauge, its needle at *angle* degrees."""
    # bezel, face, a shaded band for the red zone, needle, pivot
    return [d.circle(cx, cy, r, t.navy), d.circle(cx, cy, r * 0.8, t.white),
            d.wedge(cx, cy, r * 0.7, 150, 210, t.light, r_in=r * 0.55),
            d.group([d.poly([(-r * 0.06, 0), (0, -r * 0.66), (r * 0.06, 0)], t.pop)], cx, cy,
                    rot=angle),
            d.circle(cx, cy, r * 0.1, t.navy)]


def valve_wheel(cx: float, cy: float, r: float, fill: str) -> list[str]:
    """A valve hand-wheel: rim, spokes and boss."""
    out = [d.ring(cx, cy, r, r * 0.78, fill)]
    # four spokes set at 45 degrees, like a cross turned on its side
    out += [d.line([(cx, cy), p], fill, r * 0.16) for p in d.regular(cx, cy, r * 0.85, 4, 45)]
    return out + [d.circle(cx, cy, r * 0.26, fill)]


def steam(x: float, y: float, s: float, fill: str) -> list[str]:
    """A rising plume of steam: three puffs, smaller as they climb."""
    return [d.circle(x, y, 40 * s, fill), d.circle(x + 30 * s, y - 60 * s, 52 * s, fill),
            d.circle(x - 10 * s, y - 140 * s, 64 * s, fill)]


def ship_silhouette(x: float, base: float, w: float, fill: str) -> list[str]:
    """A ship seen side on in one flat tone: hull, bridge, funnel."""
    # hull, superstructure, funnel, and a low deck cargo line
    return [
        d.poly([(x, base - 90), (x + w, base - 90), (x + w - 60, base), (x + 40, base)], fill),
        d.rect(x + 60, base - 230, 170, 140, fill),
        d.rect(x + 90, base - 280, 60, 60, fill),
        d.rect(x + 260, base - 150, w - 380, 60, fill),
    ]


def boiler(x: float, base: float, t: Tones, needle: float) -> list[str]:
    """A vertical boiler shell with bands, a fire door, a gauge and a flue stack."""
    w, top = 340, base - 320
    return [
        # the flue stack rises from the crown, behind the shell
        d.rect(x + 90, top - 230, 70, 240, t.navy),
        d.rect(x + 80, top - 250, 90, 30, t.navy_dark, rx=6),
        d.rect(x, top, w, 320, t.mid, rx=24),
        d.ellipse(x + w / 2, top, w / 2, 56, t.mid),
        # the shaded flank and the bands that hold the shell
        d.rect(x + w * 0.7, top + 20, w * 0.3, 300, t.ink),
        d.path(f"M{d.num(x + w * 0.7)} {d.num(top + 40)} L{d.num(x + w * 0.7)}"
               f" {d.num(top - 40)} A{d.num(w / 2)} 56 0 0 1 {d.num(x + w)} {d.num(top)}"
               f" L{d.num(x + w)} {d.num(top + 40)} Z", t.ink),
        *[d.rect(x, top + 70 + 90 * k, w, 16, t.navy) for k in range(3)],
        # the burner's fire door with the flame glowing through its window
        d.rect(x + 40, base - 90, 150, 90, t.navy, rx=10),
        d.rect(x + 66, base - 70, 98, 44, t.pop2, rx=22),
        *gauge(x + 110, top + 120, 46, needle, t),
    ]


def sea(c: Ctx, y0: float, y1: float) -> list[str]:
    """A strip of sea from *y0* to *y1* across the view, with wave crests."""
    out = [band(c, y0, y1, c.t.soft)]
    # short crests in staggered rows
    for row, y in enumerate(d.span(y0 + 24, y1 - 10, 34)):
        for x in d.span(c.left, c.right, 160, phase=row * 80):
            out.append(d.rect(x, y, 60, 8, c.t.light, rx=4))
    return out


@scene("marine_boiler", sector="steel", focus=(330, 60, 1300, 660))
def marine_boiler(c: Ctx) -> list[str]:
    """A marine boiler with its steam drum, pipes, gauges and valve, a ship offshore."""
    t = c.t
    out = sea(c, 520, 640)
    # ships pass offshore, pale with distance
    for x in d.span(c.left - 1200, c.right, 1700, phase=-900):
        out += ship_silhouette(x, 580, 1100, t.light)
    out += steam(620, 80, 0.9, t.white)
    # the pipe run from the boiler's crown to the steam drum and down again
    out.append(d.line([(700, 330), (700, 250), (1020, 250), (1020, 330)], t.navy, 34, "butt"))
    out.append(d.line([(1140, 400), (1240, 400), (1240, 640)], t.navy, 28, "butt"))
    out += boiler(450, 640, t, 30 + 60 * c.rng.random())
    # the steam drum on its two legs, with a gauge and a valve on the pipe
    out += [d.rect(960, 470, 30, 170, t.navy), d.rect(1070, 470, 30, 170, t.navy),
            d.rect(900, 330, 260, 140, t.white, rx=70), d.rect(900, 440, 260, 16, t.light)]
    out += valve_wheel(860, 250, 44, t.pop)
    out += gauge(1030, 395, 40, 20 + 90 * c.rng.random(), t)
    return out
