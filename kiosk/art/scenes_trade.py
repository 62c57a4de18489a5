"""Port and service scenes: a reefer container at the quay, a trade route,
a sci-tech lab, and capital and finance."""

from __future__ import annotations

from kiosk.art import draw as d
from kiosk.art.palette import Tones
from kiosk.art.stage import Ctx, band, container, gantry_crane, scene


def snowflake(cx: float, cy: float, r: float, fill: str) -> list[str]:
    """A six-armed snowflake, the sign of a refrigerated load."""
    out = []
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


def reefer(x: float, base: float, w: float, h: float, t: Tones, unit_left: bool = True) -> list[str]:
    """A refrigerated container: white box, ribs, the cooling unit at one end."""
    out = [container(x, base - h, w, h, t.white, t.light, ribs=int(w / 40))]
    ux = x + 8 if unit_left else x + w - 8 - h * 0.72
    out += [d.rect(ux, base - h + 8, h * 0.72, h - 16, t.navy, rx=6),
            d.circle(ux + h * 0.36, base - h * 0.62, h * 0.22, t.navy_dark),
            d.circle(ux + h * 0.36, base - h * 0.62, h * 0.08, t.mid)]
    for k in range(3):
        # the grille below the fan
        out.append(d.rect(ux + h * 0.1, base - h * 0.3 + k * h * 0.07, h * 0.52, h * 0.035,
                          t.mid))
    out += snowflake(x + w * 0.62, base - h / 2, h * 0.26, t.mid)
    return out


def hull(x: float, base: float, w: float, t: Tones) -> list[str]:
    """A container ship's hull with its bridge astern (right), waterline on *base*."""
    b = x + w - 200
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
    out = [band(c, 540, 660, t.mid)]
    for row, y in enumerate((575, 615)):
        out += [d.rect(x, y, 70, 8, t.soft, rx=4)
                for x in d.span(c.left, c.right, 180, phase=row * 90)]
    for x in d.span(c.left - 1400, c.right, 1800, phase=300):
        out += deck_stack(x + 40, 500, 6, 2, t) + hull(x, 620, 1150, t)
    out += gantry_crane(720, 660, 1.35, t.pop2, t.navy)
    # the crane's trolley lowers a reefer on two cables
    out += [d.line([(x, 222), (x, 256)], t.navy, 5) for x in (405, 470)]
    out += reefer(312, 350, 250, 96, t)
    out += reefer(900, 700, 420, 150, t, unit_left=False)
    return out


def globe(cx: float, cy: float, r: float, t: Tones) -> list[str]:
    """A globe with graticule lines and a few rounded, imaginary land masses."""
    out = [d.circle(cx, cy, r, t.mid)]
    for (dx, dy, rx, ry) in ((-0.35, -0.3, 0.32, 0.22), (0.25, -0.05, 0.38, 0.3),
                             (-0.2, 0.45, 0.28, 0.18), (0.55, 0.5, 0.16, 0.12)):
        out.append(d.ellipse(cx + dx * r, cy + dy * r, rx * r, ry * r, t.soft))
    # the graticule: meridians as ellipses, parallels as straight bands
    for k in (0.35, 0.75):
        out.append(d.hoop(cx, cy, r * k, r, t.light, 6))
    out.append(d.rect(cx - 3, cy - r, 6, 2 * r, t.light))
    for f in (-0.5, 0, 0.5):
        half = r * (1 - f * f) ** 0.5
        out.append(d.rect(cx - half, cy + f * r - 3, 2 * half, 6, t.light))
    return out


def pin(x: float, y: float, s: float, fill: str, dot: str) -> list[str]:
    """A map pin whose point is at (x, y)."""
    n = d.num
    return [d.path(f"M{n(x)} {n(y)} C{n(x - 10 * s)} {n(y - 30 * s)} {n(x - 30 * s)}"
                   f" {n(y - 40 * s)} {n(x - 30 * s)} {n(y - 62 * s)} A{n(30 * s)} {n(30 * s)}"
                   f" 0 1 1 {n(x + 30 * s)} {n(y - 62 * s)} C{n(x + 30 * s)} {n(y - 40 * s)}"
                   f" {n(x + 10 * s)} {n(y - 30 * s)} {n(x)} {n(y)} Z", fill),
            d.circle(x, y - 62 * s, 12 * s, dot)]


def plane(x: float, y: float, s: float, rot: float, fill: str) -> str:
    """A cargo plane seen from above, nose to the right."""
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
    for k in range(4):
        out.append(container(x + 150 + k * 100, base - 150, 96, 56,
                             (t.pop, t.white, t.ink, t.soft)[k], t.navy_dark, 3))
        out.append(container(x + 200 + k * 100, base - 206, 96, 56,
                             (t.white, t.soft, t.pop2, t.white)[k], t.navy_dark, 3))
    out += [d.poly([(x, base - 94), (x + 640, base - 94), (x + 580, base), (x + 30, base)],
                   t.navy),
            d.rect(x + 30, base - 230, 100, 136, t.white), d.rect(x + 46, base - 210, 68, 18,
                                                                   t.navy)]
    return out


@scene("trade", sector="", focus=(240, 50, 1360, 700), horizon=660)
def trade(c: Ctx) -> list[str]:
    """A globe crossed by trade routes, a plane on one, a ship and containers below."""
    t = c.t
    out = globe(800, 300, 220, t)
    out.append(d.dashed("M250 540 C330 20 1270 20 1350 540", t.navy, 10, 30, 22))
    out.append(d.dashed("M600 390 C680 250 920 250 1000 390", t.pop2, 10, 24, 18))
    out.append(plane(800, 150, 0.8, 0, t.navy))
    out += pin(250, 540, 1.1, t.pop, t.white) + pin(1350, 540, 1.1, t.pop, t.white)
    out += pin(600, 390, 0.7, t.white, t.pop) + pin(1000, 390, 0.7, t.white, t.pop)
    out += [band(c, 580, 660, t.soft)]
    for x in d.span(c.left, c.right, 1600, phase=-700):
        out += freighter(x, 640, t)
    out += freighter(480, 640, t)
    for k, fill in enumerate((t.pop, t.mid, t.navy)):
        out.append(container(1180 + 30 * (k == 1), 660 - 70 * (k + 1), 220, 64, fill,
                             t.navy_dark, 6))
    return out


def coin_stack(x: float, base: float, n: int, t: Tones) -> list[str]:
    """A stack of *n* coins seen from the side, the top one showing its face."""
    out = []
    for k in range(n):
        y = base - 26 * (k + 1)
        out += [d.rect(x - 80, y, 160, 26, t.pop if k % 2 else t.pop2, rx=8)]
    top = base - 26 * n
    return out + [d.ellipse(x, top, 80, 24, t.pop2), d.ellipse(x, top, 56, 14, t.pop)]


def d_square(cx: float, cy: float, h: float) -> str:
    """Path data of a square of half-side *h* centred on (cx, cy)."""
    return d.d_poly([(cx - h, cy - h), (cx + h, cy - h), (cx + h, cy + h), (cx - h, cy + h)])


def cash_coin(cx: float, cy: float, r: float, rim: str, face: str) -> list[str]:
    """A round coin with a square hole, seen face on (the hole shows what is behind)."""
    hole = r * 0.24
    return [d.path(d.d_circle(cx, cy, r) + " " + d_square(cx, cy, hole), rim, evenodd=True),
            d.path(d.d_circle(cx, cy, r * 0.82) + " " + d_square(cx, cy, hole + r * 0.1), face,
                   evenodd=True)]


@scene("finance", sector="", focus=(300, 60, 1320, 680), mirror=False)
def finance(c: Ctx) -> list[str]:
    """Capital and finance: a hub linking nodes, rising bars, stacks of coins."""
    t = c.t
    hub = (1060, 230)
    nodes = [d.polar(hub[0], hub[1], 190, a) for a in (200, 250, 300, 345, 30)]
    out = [d.line([hub, n], t.navy, 6) for n in nodes]
    out += [d.circle(x, y, 30, t.white) for x, y in nodes]
    out += [d.circle(x, y, 14, (t.mid, t.pop2)[k % 2]) for k, (x, y) in enumerate(nodes)]
    out += [d.circle(hub[0], hub[1], 74, t.navy), d.circle(hub[0], hub[1], 50, t.white)]
    out += [d.circle(hub[0], hub[1], 26, t.pop2)]
    # a bar chart climbing towards the hub, an arrow riding it
    for k, h in enumerate((120, 180, 250, 330)):
        out.append(d.rect(520 + k * 110, 640 - h, 80, h, (t.mid, t.navy, t.mid, t.navy)[k], rx=8))
    out.append(d.line([(500, 470), (640, 400), (740, 430), (900, 260)], t.pop2, 18))
    out.append(d.poly([(930, 220), (870, 246), (920, 292)], t.pop2))
    out += coin_stack(370, 640, 5, t) + coin_stack(1140, 640, 3, t)
    out += coin_stack(1290, 640, 6, t)
    out += cash_coin(420, 250, 110, t.pop, t.pop2)
    return out


def flask(cx: float, base: float, s: float, liquid: str, t: Tones) -> list[str]:
    """A conical lab flask, a third full of *liquid*."""
    return [d.group([
        d.poly([(-26, -220), (26, -220), (26, -140), (110, -10), (100, 0), (-100, 0),
                (-110, -10), (-26, -140)], t.white),
        d.poly([(-74, -70), (74, -70), (104, -14), (96, -4), (-96, -4), (-104, -14)], liquid),
        d.rect(-36, -236, 72, 22, t.light, rx=8),
        d.circle(-20, -40, 10, t.white), d.circle(26, -30, 7, t.white),
    ], cx, base, s)]


def microscope(x: float, base: float, t: Tones) -> list[str]:
    """A microscope in profile: foot, curved arm, tube, stage, focus knob."""
    return [
        d.rect(x - 110, base - 36, 220, 36, t.navy, rx=12),
        d.path(f"M{d.num(x + 40)} {d.num(base - 36)} C{d.num(x + 130)} {d.num(base - 140)}"
               f" {d.num(x + 110)} {d.num(base - 280)} {d.num(x + 30)} {d.num(base - 320)}"
               f" L{d.num(x - 10)} {d.num(base - 280)} C{d.num(x + 50)} {d.num(base - 250)}"
               f" {d.num(x + 60)} {d.num(base - 150)} {d.num(x - 10)} {d.num(base - 36)} Z",
               t.navy),
        d.group([d.rect(-28, -170, 56, 190, t.ink, rx=10), d.rect(-20, -210, 40, 50, t.navy,
                                                                   rx=6),
                 d.rect(-14, 20, 28, 40, t.mid, rx=4)], x - 20, base - 300, rot=-25),
        d.rect(x - 110, base - 140, 160, 20, t.navy, rx=6),
        d.circle(x + 66, base - 190, 26, t.mid),
        d.circle(x - 40, base - 120, 12, t.pop2),
    ]


def screen(x: float, y: float, w: float, h: float, t: Tones, bars: list[float]) -> list[str]:
    """A wall screen showing a small bar chart and a line."""
    out = [d.rect(x, y, w, h, t.navy, rx=14), d.rect(x + 16, y + 16, w - 32, h - 32, t.mid,
                                                      rx=6)]
    step = (w - 80) / len(bars)
    for k, f in enumerate(bars):
        out.append(d.rect(x + 40 + k * step, y + h - 34 - f * (h - 90), step * 0.6,
                          f * (h - 90), t.light))
    return out + [d.rect(x + w / 2 - 8, y + h, 16, 40, t.navy)]


def molecule(cx: float, cy: float, r: float, t: Tones) -> list[str]:
    """A ball-and-stick molecule: a ring of six atoms and two side groups."""
    ring_pts = d.regular(cx, cy, r, 6, -90)
    out = [d.line(ring_pts + [ring_pts[0]], t.navy, 10)]
    ends = [d.polar(cx, cy, r * 1.9, -90), d.polar(cx, cy, r * 1.9, 30)]
    out += [d.line([ring_pts[0], ends[0]], t.navy, 10), d.line([ring_pts[2], ends[1]], t.navy, 10)]
    out += [d.circle(x, y, r * 0.3, t.white) for x, y in ring_pts]
    return out + [d.circle(x, y, r * 0.36, t.pop2) for x, y in ends]


@scene("innovation", sector="", focus=(300, 60, 1320, 680))
def innovation(c: Ctx) -> list[str]:
    """A research lab: a bench with flasks, test tubes and a microscope, screens behind."""
    t = c.t
    out = screen(360, 120, 420, 270, t, [0.3 + 0.7 * c.rng.random() for _ in range(5)])
    out += molecule(1010, 200, 62, t)
    out += [band(c, 520, 546, t.navy), band(c, 546, 640, t.ink)]
    for x in d.span(c.left, c.right, 260, phase=60):
        # the bench's drawers, each with a handle
        out += [d.rect(x + 10, 562, 230, 62, t.mid, rx=6), d.rect(x + 95, 586, 60, 12, t.light,
                                                                   rx=6)]
    out += flask(560, 520, 1.0, t.pop2, t)
    out += flask(700, 520, 0.7, t.soft, t)
    out += [d.rect(830, 440, 200, 24, t.navy, rx=6), d.rect(840, 500, 180, 20, t.navy, rx=6)]
    for k, fill in enumerate((t.pop2, t.mid, t.soft, t.pop)):
        x = 850 + k * 46
        out += [d.rect(x, 380, 28, 140, t.white, rx=14), d.rect(x, 450, 28, 70, fill, rx=14)]
    out += [d.rect(830, 440, 200, 24, t.navy, rx=6)]
    out += microscope(1180, 520, t)
    return out
