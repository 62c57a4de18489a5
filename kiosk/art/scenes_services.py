"""Service scenes: a service platform hub, capital and finance, a sci-tech research lab."""

from __future__ import annotations

from kiosk.art import draw as d
from kiosk.art.palette import Tones
from kiosk.art.stage import Ctx, band, factory, scene


def coin_stack(x: float, base: float, n: int, t: Tones) -> list[str]:
    """A stack of *n* coins seen from the side, the top one showing its face."""
    out = []
    # coins alternate two golds so each edge reads
    for k in range(n):
        y = base - 26 * (k + 1)
        out += [d.rect(x - 80, y, 160, 26, t.pop if k % 2 else t.pop2, rx=8)]
    top = base - 26 * n
    # the top coin's face, with a raised centre
    return out + [d.ellipse(x, top, 80, 24, t.pop2), d.ellipse(x, top, 56, 14, t.pop)]


def d_square(cx: float, cy: float, h: float) -> str:
    """Path data of a square of half-side *h* centred on (cx, cy)."""
    return d.d_poly([(cx - h, cy - h), (cx + h, cy - h), (cx + h, cy + h), (cx - h, cy + h)])


def cash_coin(cx: float, cy: float, r: float, rim: str, face: str) -> list[str]:
    """A round coin with a square hole, seen face on (the hole shows what is behind)."""
    hole = r * 0.24
    # even-odd filling punches the square hole through rim and face alike
    return [d.path(d.d_circle(cx, cy, r) + " " + d_square(cx, cy, hole), rim, evenodd=True),
            d.path(d.d_circle(cx, cy, r * 0.82) + " " + d_square(cx, cy, hole + r * 0.1), face,
                   evenodd=True)]


@scene("finance", sector="", focus=(300, 60, 1320, 680), mirror=False)
def finance(c: Ctx) -> list[str]:
    """Capital and finance: a hub linking nodes, rising bars, stacks of coins."""
    t = c.t
    # a hub with five linked nodes, up to the right
    hub = (1060, 230)
    nodes = [d.polar(hub[0], hub[1], 190, a) for a in (200, 250, 300, 345, 30)]
    out = [d.line([hub, n], t.navy, 6) for n in nodes]
    out += [d.circle(x, y, 30, t.white) for x, y in nodes]
    out += [d.circle(x, y, 14, (t.mid, t.pop2)[k % 2]) for k, (x, y) in enumerate(nodes)]
    out += [d.circle(hub[0], hub[1], 74, t.navy), d.circle(hub[0], hub[1], 50, t.white)]
    out += [d.circle(hub[0], hub[1], 26, t.pop2)]
    # a bar chart climbing towards the hub, an arrow riding it
    for k, h in enumerate((120, 180, 250, 330)):
        out.append(d.rect(520 + k * 110, 640 - h, 80, h, (t.mid, t.navy)[k % 2], rx=8))
    out.append(d.line([(500, 470), (640, 400), (740, 430), (900, 260)], t.pop2, 18))
    out.append(d.poly([(930, 220), (870, 246), (920, 292)], t.pop2))
    # coins: stacks on the ground and one big coin in the air
    out += coin_stack(370, 640, 5, t) + coin_stack(1110, 640, 3, t)
    out += coin_stack(1290, 640, 6, t)
    out += cash_coin(420, 250, 110, t.pop, t.pop2)
    return out


def flask(cx: float, base: float, s: float, liquid: str, t: Tones) -> list[str]:
    """A conical lab flask, a third full of *liquid*."""
    # glass, the liquid in its lower part, a stopper, two bubbles
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
        # foot, then the C-shaped arm rising from it
        d.rect(x - 110, base - 36, 220, 36, t.navy, rx=12),
        d.path(f"M{d.num(x + 40)} {d.num(base - 36)} C{d.num(x + 130)} {d.num(base - 140)}"
               f" {d.num(x + 110)} {d.num(base - 280)} {d.num(x + 30)} {d.num(base - 320)}"
               f" L{d.num(x - 10)} {d.num(base - 280)} C{d.num(x + 50)} {d.num(base - 250)}"
               f" {d.num(x + 60)} {d.num(base - 150)} {d.num(x - 10)} {d.num(base - 36)} Z",
               t.navy),
        # the tube, tilted, with its eyepiece and objective
        d.group([d.rect(-28, -170, 56, 190, t.ink, rx=10), d.rect(-20, -210, 40, 50, t.navy,
                                                                   rx=6),
                 d.rect(-14, 20, 28, 40, t.mid, rx=4)], x - 20, base - 300, rot=-25),
        # the stage, the focus knob, a lamp under the stage
        d.rect(x - 110, base - 140, 160, 20, t.navy, rx=6),
        d.circle(x + 66, base - 190, 26, t.mid),
        d.circle(x - 40, base - 120, 12, t.pop2),
    ]


def screen(x: float, y: float, w: float, h: float, t: Tones, bars: list[float]) -> list[str]:
    """A wall screen showing a small bar chart and a line."""
    out = [d.rect(x, y, w, h, t.navy, rx=14), d.rect(x + 16, y + 16, w - 32, h - 32, t.mid,
                                                      rx=6)]
    # one bar per value, each value a fraction of the screen's height
    step = (w - 80) / len(bars)
    for k, f in enumerate(bars):
        out.append(d.rect(x + 40 + k * step, y + h - 34 - f * (h - 90), step * 0.6,
                          f * (h - 90), t.light))
    # the wall bracket below it
    return out + [d.rect(x + w / 2 - 8, y + h, 16, 40, t.navy)]


def molecule(cx: float, cy: float, r: float, t: Tones) -> list[str]:
    """A ball-and-stick molecule: a ring of six atoms and two side groups."""
    ring_pts = d.regular(cx, cy, r, 6, -90)
    # bonds first, atoms over them
    out = [d.line(ring_pts + [ring_pts[0]], t.navy, 10)]
    ends = [d.polar(cx, cy, r * 1.9, -90), d.polar(cx, cy, r * 1.9, 30)]
    out += [d.line([ring_pts[0], ends[0]], t.navy, 10), d.line([ring_pts[2], ends[1]], t.navy, 10)]
    out += [d.circle(x, y, r * 0.3, t.white) for x, y in ring_pts]
    return out + [d.circle(x, y, r * 0.36, t.pop2) for x, y in ends]


@scene("innovation", sector="", focus=(300, 60, 1320, 680))
def innovation(c: Ctx) -> list[str]:
    """A research lab: a bench with flasks, test tubes and a microscope, screens behind."""
    t = c.t
    # a screen with the seed's bar chart, a molecule model beside it
    out = screen(360, 120, 420, 270, t, [0.3 + 0.7 * c.rng.random() for _ in range(5)])
    out += molecule(1010, 200, 62, t)
    # the bench top and its front, across the whole view
    out += [band(c, 520, 546, t.navy), band(c, 546, 640, t.ink)]
    for x in d.span(c.left, c.right, 260, phase=60):
        # the bench's drawers, each with a handle
        out += [d.rect(x + 10, 562, 230, 62, t.mid, rx=6), d.rect(x + 95, 586, 60, 12, t.light,
                                                                   rx=6)]
    out += flask(560, 520, 1.0, t.pop2, t)
    out += flask(700, 520, 0.7, t.soft, t)
    # a rack of test tubes: the base, the tubes, then the rack's front rail over them
    out += [d.rect(840, 500, 180, 20, t.navy, rx=6)]
    for k, fill in enumerate((t.pop2, t.mid, t.soft, t.pop)):
        x = 850 + k * 46
        out += [d.rect(x, 380, 28, 140, t.white, rx=14), d.rect(x, 450, 28, 70, fill, rx=14)]
    out += [d.rect(830, 440, 200, 24, t.navy, rx=6)]
    out += microscope(1180, 520, t)
    return out


def badge(cx: float, cy: float, r: float, glyph: list[str], t: Tones) -> list[str]:
    """A round white badge on a navy ring, carrying a small pictogram drawn about (0, 0)."""
    # pictograms are drawn for a badge of radius 70 and scaled to fit
    return [d.circle(cx, cy, r + 10, t.navy), d.circle(cx, cy, r, t.white),
            d.group(glyph, cx, cy, r / 70)]


def glyphs(t: Tones) -> list[list[str]]:
    """Small pictograms for the services a platform links: make, ship, research, fund, trade."""
    # each pictogram is a list of shapes about (0, 0), within a radius of about 50
    return [
        [factory(-44, 30, 88, 34, t.mid, 2)],
        [d.rect(-46, -26, 92, 52, t.pop2, rx=4), *[d.rect(-30 + 20 * k, -18, 6, 36, t.pop)
                                                   for k in range(4)]],
        [d.poly([(-10, -40), (10, -40), (10, -12), (36, 30), (-36, 30), (-10, -12)], t.mid),
         d.poly([(-24, 10), (24, 10), (36, 30), (-36, 30)], t.pop2)],
        [d.circle(0, 0, 38, t.pop2), d.rect(-11, -11, 22, 22, t.white)],
        [d.circle(0, 0, 38, t.mid), d.hoop(0, 0, 16, 38, t.white, 5), d.rect(-38, -3, 76, 6,
                                                                              t.white)],
    ]


@scene("services", sector="", focus=(300, 0, 1300, 680))
def services(c: Ctx) -> list[str]:
    """A service platform: a raised hub linked to badges for making, shipping, research,
    funding and trade."""
    t = c.t
    hub = (800, 420)
    # five badges on an arc over the hub, dealt out in the seed's order
    spots = [d.polar(hub[0], 380, 300, a) for a in (185, 225, 270, 315, 355)]
    order = list(range(5))
    c.rng.shuffle(order)
    out = [d.line([(hub[0], 380), p], t.navy, 8) for p in spots]
    # the platform: a round stage seen slightly from above
    out += [d.ellipse(hub[0], 600, 300, 70, t.mid), d.rect(500, 560, 600, 40, t.mid),
            d.ellipse(hub[0], 560, 300, 70, t.white), d.ellipse(hub[0], 560, 200, 44, t.light)]
    # the hub: a dome on the platform with a beacon on top
    out += [d.wedge(hub[0], 560, 150, 180, 360, t.navy), d.wedge(hub[0], 560, 112, 180, 360,
                                                                  t.mid, r_in=84),
            d.rect(hub[0] - 8, 380, 16, 40, t.navy), d.circle(hub[0], 372, 22, t.pop2)]
    marks = glyphs(t)
    for k, (x, y) in enumerate(spots):
        out += badge(x, y, 66, marks[order[k]], t)
    return out
