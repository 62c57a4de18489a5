"""Steel and energy scenes: a lattice power tower, a steel frame going up,
wind turbines and solar panels."""

from __future__ import annotations

from kiosk.art import draw as d
from kiosk.art.palette import Tones
from kiosk.art.stage import HORIZON, Ctx, cloud, scene

# A pylon's outline as (height above its base, half-width) from foot to peak.
PYLON_BODY = ((0, 130), (150, 84), (300, 44), (380, 34), (460, 26), (520, 0))
# Its cross arms: (height, reach beyond the body's middle).
PYLON_ARMS = ((300, 190), (380, 160), (460, 130))


def _half_width(y: float) -> float:
    """The pylon body's half-width *y* above its base (straight between knots)."""
    for (y0, w0), (y1, w1) in zip(PYLON_BODY, PYLON_BODY[1:]):
        if y0 <= y <= y1:
            return w0 + (w1 - w0) * (y - y0) / (y1 - y0)
    return 0.0


def pylon(x: float, base: float, s: float, frame: str, dark: str) -> list[str]:
    """A steel lattice power pylon standing on (x, base), 520*s tall."""
    items = []
    levels = [0, 75, 150, 225, 300, 340, 380, 420, 460, 520]
    # legs, then X-bracing between each pair of levels
    for side in (-1, 1):
        items.append(d.line([(side * w, -y) for y, w in PYLON_BODY], frame, 16))
    for y0, y1 in zip(levels, levels[1:]):
        w0, w1 = _half_width(y0), _half_width(y1)
        items.append(d.line([(-w0, -y0), (w1, -y1)], frame, 6))
        items.append(d.line([(w0, -y0), (-w1, -y1)], frame, 6))
        items.append(d.line([(-w0, -y0), (w0, -y0)], frame, 6))
    for y, reach in PYLON_ARMS:
        for side in (-1, 1):
            tip = side * reach
            # a triangular truss arm, with an insulator string at its tip
            items.append(d.poly([(side * _half_width(y), -y), (tip, -y),
                                 (side * _half_width(y + 40), -y - 40)], frame))
            items.append(d.rect(tip - 5, -y, 10, 44, dark, rx=4))
            items += [d.rect(tip - 11, -y + 12 + 10 * k, 22, 5, dark, rx=2) for k in range(3)]
    return [d.group(items, x, base, s)]


def wire_points(x: float, base: float, s: float) -> list[tuple[float, float]]:
    """Where the wires hang from a pylon at (x, base) of scale *s*, one per conductor."""
    return [(x + side * reach * s, base - (y - 44) * s)
            for y, reach in PYLON_ARMS for side in (-1, 1)]


def wires(a: list[tuple[float, float]], b: list[tuple[float, float]], colour: str,
          sag: float) -> list[str]:
    """Sagging wires from the attach points *a* to *b* (the same conductor in each)."""
    out = []
    for (x0, y0), (x1, y1) in zip(a, b):
        mx, my = (x0 + x1) / 2, (y0 + y1) / 2 + sag
        out.append(d.curve(f"M{d.num(x0)} {d.num(y0)} Q{d.num(mx)} {d.num(my)}"
                           f" {d.num(x1)} {d.num(y1)}", colour, 3))
    return out


def girder(x: float, base: float, length: float, h: float, t: Tones, body: str) -> list[str]:
    """An I-beam lying along the ground, its end face at *x* towards the viewer."""
    f = h * 0.22
    return [
        d.rect(x, base - h, length, f, body),
        d.rect(x, base - h + f, length, h - 2 * f, t.navy_dark),
        d.rect(x, base - f, length, f, body),
        # the I-shaped end face, lighter, as if lit from the front
        d.poly([(x - h * 0.5, base - h), (x + h * 0.5, base - h), (x + h * 0.5, base - h + f),
                (x + h * 0.13, base - h + f), (x + h * 0.13, base - f), (x + h * 0.5, base - f),
                (x + h * 0.5, base), (x - h * 0.5, base), (x - h * 0.5, base - f),
                (x - h * 0.13, base - f), (x - h * 0.13, base - h + f),
                (x - h * 0.5, base - h + f)], t.light),
    ]


def girder_stack(x: float, base: float, t: Tones, rows: int = 3) -> list[str]:
    """I-beams stacked on timber blocks, each row a little shorter and set back."""
    out = [d.rect(x + 20, base - 16, 40, 16, t.navy_dark), d.rect(x + 300, base - 16, 40, 16,
                                                                   t.navy_dark)]
    for row in range(rows):
        y = base - 16 - row * 62
        out += girder(x + row * 34, y, 420 - row * 60, 62, t, t.ink if row % 2 else t.mid)
    return out


@scene("power_tower", sector="steel", focus=(360, 70, 1300, 660))
def power_tower(c: Ctx) -> list[str]:
    """A steel lattice pylon carrying power lines, girders stacked at its foot."""
    t = c.t
    out = [cloud(330 + 900 * c.rng.random(), 160, 0.9, t.white)]
    near = (820, HORIZON, 1.0)
    chain = [(820 + k * 760, HORIZON - 10, 0.55) for k in range(-4, 5) if k]
    chain = sorted([p for p in chain if c.left - 900 < p[0] < c.right + 900] + [near])
    for x, b, s in chain:
        if s < 1:
            out += pylon(x, b, s, t.soft, t.soft)
    for a, b in zip(chain, chain[1:]):
        out += wires(wire_points(*a), wire_points(*b), t.navy, 40)
    out += pylon(*near, t.ink, t.navy)
    out += girder_stack(1010, HORIZON + 4, t)
    return out


def turbine(x: float, base: float, h: float, angle: float, body: str, blade: str) -> list[str]:
    """A wind turbine on (x, base), hub *h* up, blades turned by *angle* degrees."""
    r = h * 0.62
    tower = d.poly([(x - h * 0.035, base), (x + h * 0.035, base),
                    (x + h * 0.014, base - h), (x - h * 0.014, base - h)], body)
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
    panel = [(x, bottom), (x + w, bottom), (x + w * 0.86, top), (x + w * 0.14, top)]
    cells = []
    # a lighter grid of cells printed on the dark glass
    for k in range(1, 4):
        f = k / 4
        cells.append(d.line([(x + w * f, bottom), (x + w * 0.14 + w * 0.72 * f, top)], t.mid, 4))
    for k in range(1, 3):
        f = k / 3
        y = bottom - (bottom - top) * f
        inset = w * 0.14 * f
        cells.append(d.line([(x + inset, y), (x + w - inset, y)], t.mid, 4))
    stand = d.poly([(x + w * 0.46, bottom), (x + w * 0.54, bottom),
                    (x + w * 0.52, base), (x + w * 0.48, base)], t.navy_dark)
    return [stand, d.poly(panel, t.navy), *cells,
            d.poly([(x, bottom), (x + w, bottom), (x + w, bottom + h * 0.06),
                    (x, bottom + h * 0.06)], t.ink)]


@scene("new_energy", sector="new_energy", focus=(260, 60, 1360, 700))
def new_energy(c: Ctx) -> list[str]:
    """Wind turbines on green hills above rows of solar panels."""
    t = c.t
    out = [cloud(420 + 700 * c.rng.random(), 200, 0.8, t.white)]
    for x in d.span(c.left - 400, c.right + 400, 900, phase=-200):
        out.append(d.ellipse(x, HORIZON + 20, 620, 150, t.far))
    for x in d.span(c.left, c.right, 900, phase=1380):
        out += turbine(x, HORIZON - 60, 210, c.rng.random() * 120, t.white, t.light)
    spin = c.rng.random() * 120
    out += turbine(620, HORIZON - 30, 330, spin + 40, t.white, t.light)
    out += turbine(1000, HORIZON + 10, 470, spin, t.white, t.white)
    out.append(d.rect(c.left, HORIZON + 20, c.right - c.left, c.bottom - HORIZON, t.ground))
    for x in d.span(c.left, c.right, 230, phase=40):
        out += solar_panel(x, HORIZON + 70, 200, t)
    return out


def column(x: float, top: float, base: float, t: Tones) -> list[str]:
    """A steel column, its flanges dark and its web lighter, from *top* to *base*."""
    return [d.rect(x - 18, top, 36, base - top, t.navy),
            d.rect(x - 6, top + 8, 12, base - top - 16, t.mid)]


def beam(x0: float, x1: float, y: float, t: Tones) -> list[str]:
    """A steel floor beam from *x0* to *x1* with its top at *y*."""
    return [d.rect(x0, y, x1 - x0, 28, t.ink), d.rect(x0, y + 10, x1 - x0, 8, t.mid)]


def tower_crane(x: float, base: float, jib_y: float, hook_x: float, t: Tones) -> list[str]:
    """A tower crane: lattice mast, jib and counter-jib, trolley and hook line."""
    out = [d.rect(x - 30, jib_y, 10, base - jib_y, t.navy), d.rect(x + 20, jib_y, 10, base - jib_y,
                                                                     t.navy)]
    # the mast's zig-zag lacing
    pts = [(x - 25 + 50 * (k % 2), jib_y + 40 * k) for k in range(int((base - jib_y) / 40) + 1)]
    out.append(d.line(pts, t.navy, 6))
    out += [d.rect(hook_x - 140, jib_y - 24, x - hook_x + 440, 24, t.navy),
            d.poly([(x - 26, jib_y - 24), (x, jib_y - 120), (x + 26, jib_y - 24)], t.navy),
            d.line([(x, jib_y - 120), (hook_x - 120, jib_y - 24)], t.navy, 5),
            d.line([(x, jib_y - 120), (x + 280, jib_y - 24)], t.navy, 5),
            d.rect(x + 200, jib_y - 10, 90, 80, t.ink, rx=6),
            d.rect(x - 60, jib_y + 4, 56, 50, t.pop2, rx=6),
            d.rect(hook_x - 24, jib_y, 48, 22, t.navy_dark)]
    return out


@scene("steel_frame", sector="steel", focus=(330, 40, 1320, 680))
def steel_frame(c: Ctx) -> list[str]:
    """A steel frame going up, a tower crane lifting a girder, girders stacked by."""
    t = c.t
    out = []
    for x in d.span(c.left, c.right, 560, phase=1380):
        # skeletons of other frames further off, in one flat tone
        out += [d.rect(x + k * 90, 300, 14, 340, t.far) for k in range(3)]
        out += [d.rect(x, y, 194, 14, t.far) for y in (300, 400, 500)]
    xs = [460, 640, 820, 1000]
    floors = [640, 520, 400, 280]
    hook_x = 900
    out += tower_crane(1180, 640, 120, hook_x, t)
    # braces first, so the columns and beams lie over them
    for x0, x1, y0, y1 in ((460, 640, 640, 520), (820, 1000, 520, 400), (460, 640, 400, 280)):
        out.append(d.line([(x0, y1), (x1, y0)], t.soft, 12))
        out.append(d.line([(x0, y0), (x1, y1)], t.soft, 12))
    for x in xs:
        top = 280 if x < 900 else 400
        out += column(x, top - 20, 640, t)
    for y in floors[1:]:
        out += beam(442, 1018 if y > 280 else 838, y - 14, t)
    out.append(d.line([(hook_x, 142), (hook_x, 180)], t.navy, 5))
    out += girder(hook_x - 140, 236, 280, 56, t, t.ink)
    out += girder_stack(-40, 650, t, rows=2)
    return out
