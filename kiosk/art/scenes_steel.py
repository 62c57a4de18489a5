"""Steel scenes: a lattice power tower over stacked girders, a steel frame going up."""

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
    # find the pair of knots around y and interpolate between them
    for (y0, w0), (y1, w1) in zip(PYLON_BODY, PYLON_BODY[1:]):
        if y0 <= y <= y1:
            return w0 + (w1 - w0) * (y - y0) / (y1 - y0)
    return 0.0


def pylon(x: float, base: float, s: float, frame: str, dark: str) -> list[str]:
    """A steel lattice power pylon standing on (x, base), 520*s tall."""
    items = []
    # heights of the horizontal struts; the lacing crosses between them
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
            # the insulator: a rod with three discs
            items.append(d.rect(tip - 5, -y, 10, 44, dark, rx=4))
            items += [d.rect(tip - 11, -y + 12 + 10 * k, 22, 5, dark, rx=2) for k in range(3)]
    return [d.group(items, x, base, s)]


def wire_points(x: float, base: float, s: float) -> list[tuple[float, float]]:
    """Where the wires hang from a pylon at (x, base) of scale *s*, one per conductor."""
    # the bottom of each insulator string, left and right of every arm
    return [(x + side * reach * s, base - (y - 44) * s)
            for y, reach in PYLON_ARMS for side in (-1, 1)]


def wires(a: list[tuple[float, float]], b: list[tuple[float, float]], colour: str,
          sag: float) -> list[str]:
    """Sagging wires from the attach points *a* to *b* (the same conductor in each)."""
    out = []
    for (x0, y0), (x1, y1) in zip(a, b):
        # a quadratic curve through a control point below the middle sags nicely
        mx, my = (x0 + x1) / 2, (y0 + y1) / 2 + sag
        out.append(d.curve(f"M{d.num(x0)} {d.num(y0)} Q{d.num(mx)} {d.num(my)}"
                           f" {d.num(x1)} {d.num(y1)}", colour, 3))
    return out


def girder(x: float, base: float, length: float, h: float, t: Tones, body: str) -> list[str]:
    """An I-beam lying along the ground, its end face at *x* towards the viewer."""
    f = h * 0.22  # flange thickness
    # top flange, the web in shadow between the flanges, bottom flange
    return [
        d.rect(x, base - h, length, f, body),
        d.rect(x, base - h + f, length, h - 2 * f, t.navy_dark),
        d.rect(x, base - f, length, f, body),
        # the I-shaped end face, lighter, as if lit from the front
        d.poly([(x - h * 0.5, base - h), (x + h * 0.5, base - h), (x + h * 0.5, base - h + f),
                (x + h * 0.13, base - h + f), (x + h * 0.13, base - f), (x + h * 0.5, base - f),
                (x + h * 0.5, base), (x - h * 0.5, base), (x - h * 0.5, base - f),
                (x - h * 0.13, base - f), (x - h * 0.13, base - h + f),
                (x - h * 0.5, base - h + f)], t.white),
    ]


def girder_stack(x: float, base: float, t: Tones, rows: int = 3) -> list[str]:
    """I-beams stacked on timber blocks, each row a little shorter and set back."""
    # two timber blocks keep the bottom row off the ground
    out = [d.rect(x + 20, base - 16, 40, 16, t.navy_dark), d.rect(x + 300, base - 16, 40, 16,
                                                                   t.navy_dark)]
    # rows alternate two tones so each beam reads on its own
    for row in range(rows):
        y = base - 16 - row * 62
        out += girder(x + row * 34, y, 420 - row * 60, 62, t, t.ink if row % 2 else t.mid)
    return out


@scene("power_tower", sector="steel", focus=(360, 70, 1300, 660))
def power_tower(c: Ctx) -> list[str]:
    """A steel lattice pylon carrying power lines, girders stacked at its foot."""
    t = c.t
    out = [cloud(330 + 900 * c.rng.random(), 210, 0.9, t.white)]
    # the line of pylons: one near and large, smaller ones every 760 units
    # to both sides (only those near the view are drawn)
    near = (820, HORIZON, 1.0)
    chain = [(820 + k * 760, HORIZON - 10, 0.55) for k in range(-4, 5) if k]
    chain = sorted([p for p in chain if c.left - 900 < p[0] < c.right + 900] + [near])
    for x, b, s in chain:
        if s < 1:
            out += pylon(x, b, s, t.soft, t.soft)
    for a, b in zip(chain, chain[1:]):
        out += wires(wire_points(*a), wire_points(*b), t.navy, 40)
        # orange marker balls on the top wires of the near spans
        if near in (a, b):
            top = 4 if b == near else 5  # the top conductor on that side
            (x0, y0), (x1, y1) = wire_points(*a)[top], wire_points(*b)[top]
            out += [d.circle(x0 + (x1 - x0) * f, y0 + (y1 - y0) * f + 80 * f * (1 - f),
                             18, t.pop2) for f in (0.35, 0.65)]
    # the near pylon over its wires, the girders in front of everything
    out += pylon(*near, t.ink, t.navy)
    out += girder_stack(1010, HORIZON + 4, t)
    return out


def column(x: float, top: float, base: float, t: Tones) -> list[str]:
    """A steel column, its flanges dark and its web lighter, from *top* to *base*."""
    # seen from the front: the flange, with the web showing as a lighter strip
    return [d.rect(x - 18, top, 36, base - top, t.navy),
            d.rect(x - 6, top + 8, 12, base - top - 16, t.mid)]


def beam(x0: float, x1: float, y: float, t: Tones) -> list[str]:
    """A steel floor beam from *x0* to *x1* with its top at *y*."""
    # seen from the side: the web as a lighter strip between the flanges
    return [d.rect(x0, y, x1 - x0, 28, t.ink), d.rect(x0, y + 10, x1 - x0, 8, t.mid)]


def tower_crane(x: float, base: float, jib_y: float, hook_x: float, t: Tones) -> list[str]:
    """A tower crane in signal orange: lattice mast, jib, counter-jib, cab and trolley."""
    paint = t.pop2
    # the mast's two chords
    out = [d.rect(x - 30, jib_y, 12, base - jib_y, paint), d.rect(x + 18, jib_y, 12, base - jib_y,
                                                                    paint)]
    # the mast's zig-zag lacing
    pts = [(x - 25 + 50 * (k % 2), jib_y + 40 * k) for k in range(int((base - jib_y) / 40) + 1)]
    out.append(d.line(pts, paint, 6))
    # jib and counter-jib in one bar, the apex and its two ties
    out += [d.rect(hook_x - 140, jib_y - 24, x - hook_x + 440, 24, paint),
            d.poly([(x - 26, jib_y - 24), (x, jib_y - 120), (x + 26, jib_y - 24)], paint),
            d.line([(x, jib_y - 120), (hook_x - 120, jib_y - 24)], paint, 5),
            d.line([(x, jib_y - 120), (x + 280, jib_y - 24)], paint, 5),
            # counterweight, the cab with its window, the foot, the trolley
            d.rect(x + 200, jib_y - 10, 90, 80, t.navy, rx=6),
            d.rect(x - 62, jib_y + 4, 60, 52, t.navy, rx=6),
            d.rect(x - 54, jib_y + 12, 40, 22, t.light, rx=4),
            d.rect(x - 40, base - 30, 80, 30, t.navy),
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
    # four columns and three floors; the right-hand top bay is still open
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
    # the next girder hangs from the hook, ready for the open bay
    out.append(d.line([(hook_x, 142), (hook_x, 180)], t.navy, 5))
    out += girder(hook_x - 140, 236, 280, 56, t, t.ink)
    out += girder_stack(-40, 650, t, rows=2)
    return out
