"""New energy: wind turbines on hills above rows of solar panels."""

from __future__ import annotations

from kiosk.art import draw as d
from kiosk.art.palette import Tones
from kiosk.art.stage import HORIZON, Ctx, cloud, scene


def turbine(x: float, base: float, h: float, angle: float, body: str, blade: str) -> list[str]:
    """A wind turbine on (x, base), hub *h* up, blades turned by *angle* degrees."""
    r = h * 0.62  # blade length
    # a slim tapering tower
    tower = d.poly([(x - h * 0.035, base), (x + h * 0.035, base),
                    (x + h * 0.014, base - h), (x - h * 0.014, base - h)], body)
    # one blade drawn pointing up, turned three times round the hub
    blades = [d.group([d.path(f"M0 {d.num(-r * 0.06)} C{d.num(r * 0.16)} {d.num(-r * 0.3)}"
                              f" {d.num(r * 0.08)} {d.num(-r * 0.8)} 0 {d.num(-r)}"
                              f" C{d.num(-r * 0.04)} {d.num(-r * 0.7)} {d.num(-r * 0.07)}"
                              f" {d.num(-r * 0.3)} 0 {d.num(-r * 0.06)} Z", blade)],
                      x, base - h, rot=angle + 120 * k) for k in range(3)]
    nacelle = d.rect(x - h * 0.05, base - h - h * 0.03, h * 0.13, h * 0.06, body, rx=h * 0.02)
    return [tower, nacelle, *blades, d.circle(x, base - h, h * 0.035, blade)]


def solar_panel(x: float, base: float, w: float, t: Tones) -> list[str]:
    """A tilted solar panel on a stand, *w* wide, its feet on *base*."""
    h = w * 0.5
    top, bottom = base - w * 0.62, base - w * 0.2
    # the glass, tilted back: its far edge is shorter, as in perspective
    panel = [(x, bottom), (x + w, bottom), (x + w * 0.86, top), (x + w * 0.14, top)]
    cells = []
    # a lighter grid of cells printed on the dark glass
    for k in range(1, 4):
        f = k / 4
        cells.append(d.line([(x + w * f, bottom), (x + w * 0.14 + w * 0.72 * f, top)], t.mid, 4))
    # the cross rows follow the panel's slanted sides
    for k in range(1, 3):
        f = k / 3
        y = bottom - (bottom - top) * f
        inset = w * 0.14 * f
        cells.append(d.line([(x + inset, y), (x + w - inset, y)], t.mid, 4))
    stand = d.poly([(x + w * 0.46, bottom), (x + w * 0.54, bottom),
                    (x + w * 0.52, base), (x + w * 0.48, base)], t.navy_dark)
    # stand, glass, cells, and the frame's near edge
    return [stand, d.poly(panel, t.navy), *cells,
            d.poly([(x, bottom), (x + w, bottom), (x + w, bottom + h * 0.06),
                    (x, bottom + h * 0.06)], t.ink)]


@scene("new_energy", sector="new_energy", focus=(260, 0, 1360, 700))
def new_energy(c: Ctx) -> list[str]:
    """Wind turbines on green hills above rows of solar panels."""
    t = c.t
    # a cloud off to one side of the turbines, which side by the dice
    out = [cloud(260 if c.rng.random() < 0.5 else 1400, 170, 0.8, t.white)]
    # rolling hills across the whole view, then small far turbines on them
    for x in d.span(c.left - 400, c.right + 400, 900, phase=-200):
        out.append(d.ellipse(x, HORIZON + 20, 620, 150, t.far))
    for x in d.span(c.left, c.right, 900, phase=1380):
        if 300 < x < 1300:
            continue  # leave the middle to the two near turbines
        out += turbine(x, HORIZON - 60, 210, c.rng.random() * 120, t.white, t.white)
    # two near turbines, their blades set by the dice
    spin = c.rng.random() * 120
    out += turbine(620, HORIZON - 30, 320, spin + 40, t.white, t.white)
    out += turbine(1000, HORIZON + 10, 410, spin, t.white, t.white)
    # a field in front with a row of panels across the whole view
    out.append(d.rect(c.left, HORIZON + 20, c.right - c.left, c.bottom - HORIZON, t.ground))
    for x in d.span(c.left, c.right, 230, phase=40):
        out += solar_panel(x, HORIZON + 70, 200, t)
    return out
