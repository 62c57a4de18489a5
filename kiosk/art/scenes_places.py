"""Scenes for records without a sector: the zone, initiatives, the statement,
key figures and the source document."""

from __future__ import annotations

import math

from kiosk.art import draw as d
from kiosk.art.palette import Tones
from kiosk.art.stage import HORIZON, Ctx, band, cloud, factory, gantry_crane, scene, tree, windows


def tank(cx: float, base: float, r: float, h: float, body: str, band_: str) -> list[str]:
    """A storage tank: a short cylinder with a shallow domed roof and one band."""
    # shell, roof, and a band at just over half height
    return [d.rect(cx - r, base - h, 2 * r, h, body), d.ellipse(cx, base - h, r, r * 0.32, body),
            d.rect(cx - r, base - h * 0.55, 2 * r, 12, band_)]


def train(x: float, rail: float, wagons: int, t: Tones) -> list[str]:
    """A freight train on the rail at *rail*: a locomotive pulling container wagons."""
    out = []
    # flat wagons behind the locomotive, each carrying one container
    for k in range(wagons):
        wx = x + 250 + k * 230
        fill = (t.pop2, t.mid, t.white, t.ink)[k % 4]
        out += [d.rect(wx, rail - 40, 220, 18, t.navy_dark),
                d.rect(wx + 6, rail - 120, 208, 80, fill, rx=4),
                d.circle(wx + 40, rail - 16, 16, t.navy_dark),
                d.circle(wx + 180, rail - 16, 16, t.navy_dark)]
    # the locomotive: body, cab with its window, a stripe, two bogies
    out += [d.rect(x, rail - 140, 240, 118, t.navy, rx=16), d.rect(x + 150, rail - 170, 90, 60,
                                                                     t.navy, rx=10),
            d.rect(x + 166, rail - 154, 56, 34, t.light, rx=6),
            d.rect(x, rail - 90, 240, 14, t.pop2),
            d.circle(x + 50, rail - 16, 18, t.navy_dark), d.circle(x + 190, rail - 16, 18,
                                                                   t.navy_dark)]
    return out


def rail(c: Ctx, y: float) -> list[str]:
    """A railway track across the view, its rail top at *y*."""
    # sleepers every 44 units under one rail seen side on
    out = [d.rect(x, y + 2, 18, 14, c.t.navy_dark) for x in d.span(c.left, c.right, 44)]
    return out + [band(c, y - 4, y + 4, c.t.navy)]


@scene("zone", sector="", focus=(240, 90, 1360, 720))
def zone(c: Ctx) -> list[str]:
    """An industrial landscape: halls, chimneys, tanks, a crane and a freight train."""
    t = c.t
    out = [cloud(400 + 500 * c.rng.random(), 170, 0.8, t.white)]
    for x in d.span(c.left - 300, c.right, 700, phase=-60):
        # a far skyline of halls and tanks, in one flat tone
        out.append(factory(x, HORIZON, 300, 150, t.far, 3))
        out += tank(x + 420, HORIZON, 70, 120, t.far, t.far)
        out.append(d.rect(x + 540, HORIZON - 260, 60, 260, t.far))
    # the near plant: a tall chimney, halls, white tanks, a gantry crane
    out += [d.rect(410, HORIZON - 360, 44, 360, t.navy), d.rect(400, HORIZON - 380, 64, 30,
                                                                  t.navy_dark)]
    out.append(factory(260, HORIZON, 420, 200, t.mid, 4))
    out += [windows(300, HORIZON - 150, 5, 2, 50, 36, 26, t.light)]
    out += tank(820, HORIZON, 90, 170, t.white, t.soft) + tank(1000, HORIZON, 70, 130, t.white,
                                                              t.soft)
    out.append(gantry_crane(1240, HORIZON, 0.9, t.pop2, t.navy))
    out.append(factory(1090, HORIZON, 260, 140, t.ink, 2))
    # a few trees beyond the plant, seen in wide crops
    for x in (130, 1660, 1760):
        out.append(tree(x, HORIZON + 4, 1.2, t.ink, t.navy_dark))
    # the railway in front, a freight train on it
    out += rail(c, 700)
    out += train(380, 700, 4, t)
    return out


def house(x: float, base: float, w: float, h: float, t: Tones) -> list[str]:
    """A small house with a pitched roof, a door and a window."""
    # walls, a roof overhanging both sides, window, door
    return [d.rect(x, base - h, w, h, t.white),
            d.poly([(x - 14, base - h + 4), (x + w / 2, base - h - w * 0.45),
                    (x + w + 14, base - h + 4)], t.navy),
            d.rect(x + w * 0.16, base - h * 0.6, w * 0.26, h * 0.26, t.mid),
            d.rect(x + w * 0.56, base - h * 0.55, w * 0.26, h * 0.55, t.ink)]


def gear(cx: float, cy: float, r: float, fill: str, hole: str) -> list[str]:
    """A cog wheel with twelve teeth and a round hole."""
    # each tooth: up from the root circle at -10 degrees, across the top
    # from -7 to +7, down again at +10; twelve of them every 30 degrees
    outline = [p for k in range(12) for p in (
        d.polar(cx, cy, r * 0.82, k * 30 - 10), d.polar(cx, cy, r, k * 30 - 7),
        d.polar(cx, cy, r, k * 30 + 7), d.polar(cx, cy, r * 0.82, k * 30 + 10))]
    teeth = d.d_poly(outline)
    return [d.path(teeth, fill), d.circle(cx, cy, r * 0.86, fill), d.circle(cx, cy, r * 0.4, hole)]


@scene("initiative", sector="", focus=(260, 60, 1340, 700))
def initiative(c: Ctx) -> list[str]:
    """A town and a factory joined by a road, two arrows turning round a cog above."""
    t = c.t
    out = []
    for x in d.span(c.left, c.right, 160, phase=40):
        # fields in strips behind the road
        out.append(d.rect(x, HORIZON + 14, 110, 50, t.ground2, rx=6))
    # the road joining town and industry
    out.append(band(c, HORIZON + 80, HORIZON + 110, t.white))
    # the town: three houses and a tree
    out += house(300, HORIZON, 130, 120, t) + house(470, HORIZON, 100, 170, t)
    out += house(610, HORIZON, 110, 100, t)
    out.append(tree(760, HORIZON + 2, 0.9, t.ink, t.navy_dark))
    # the industry: a hall with windows and a chimney
    out += [d.rect(1200, HORIZON - 330, 50, 330, t.navy)]
    out.append(factory(940, HORIZON, 360, 190, t.mid, 3))
    out.append(windows(980, HORIZON - 130, 4, 2, 52, 34, 28, t.light))
    # "iterative": two arrows chasing each other round a cog
    out += [d.arrow_arc(800, 270, 180, 200, 330, 46, t.pop2),
            d.arrow_arc(800, 270, 180, 20, 150, 46, t.navy)]
    out += gear(800, 270, 96, t.mid, t.white)
    return out


def quote_mark(cx: float, cy: float, r: float, fill: str) -> list[str]:
    """An opening quotation mark drawn as a shape: a ball with a tail curling up."""
    n = d.num
    # the tail rises from the ball's left side and ends in a flat cut
    tail = (f"M{n(cx - r)} {n(cy)} C{n(cx - r)} {n(cy - r * 1.6)} {n(cx - r * 0.1)}"
            f" {n(cy - r * 2.3)} {n(cx + r * 0.9)} {n(cy - r * 2.5)} L{n(cx + r * 0.9)}"
            f" {n(cy - r * 1.9)} C{n(cx + r * 0.2)} {n(cy - r * 1.7)} {n(cx - r * 0.1)}"
            f" {n(cy - r * 1.2)} {n(cx)} {n(cy - r)} Z")
    return [d.path(tail, fill), d.circle(cx, cy, r, fill)]


def lectern(cx: float, base: float, t: Tones) -> list[str]:
    """A lectern with two microphones on goosenecks (nobody at it)."""
    return [
        # two goosenecks bending outwards, a microphone on each
        d.line([(cx - 30, base - 330), (cx - 50, base - 400), (cx - 90, base - 430)], t.navy, 8),
        d.line([(cx + 30, base - 330), (cx + 50, base - 400), (cx + 90, base - 430)], t.navy, 8),
        d.group([d.rect(-16, -34, 32, 50, t.ink, rx=16)], cx - 94, base - 436, rot=-60),
        d.group([d.rect(-16, -34, 32, 50, t.ink, rx=16)], cx + 94, base - 436, rot=60),
        # the sloping reading top, the body, a blank round plaque
        d.poly([(cx - 200, base - 340), (cx + 200, base - 340), (cx + 170, base - 300),
                (cx - 170, base - 300)], t.navy_dark),
        d.poly([(cx - 150, base - 300), (cx + 150, base - 300), (cx + 120, base),
                (cx - 120, base)], t.navy),
        d.rect(cx - 60, base - 230, 120, 90, t.mid, rx=45),
    ]


@scene("statement", sector="", focus=(280, 50, 1320, 660), mirror=False)
def statement(c: Ctx) -> list[str]:
    """A speech bubble with quotation marks beside an empty lectern."""
    t = c.t
    # a small bubble of "..." to the left, as if answering
    out = [d.rect(290, 110, 230, 140, t.mid, rx=56),
           d.poly([(420, 240), (470, 240), (480, 300)], t.mid)]
    out += [d.circle(350 + 55 * k, 180, 15, t.white) for k in range(3)]
    # the big bubble, its tail pointing down to the lectern
    out += [d.rect(680, 60, 640, 310, t.white, rx=60),
            d.poly([(740, 360), (850, 360), (650, 450)], t.white)]
    out += quote_mark(790, 200, 36, t.pop2) + quote_mark(890, 200, 36, t.pop2)
    # lines of speech: abstract bars of different lengths
    widths = (300, 260, 240 + 120 * c.rng.random())
    for k, w in enumerate(widths):
        out.append(d.rect(970, 120 + 58 * k, w, 28, (t.light, t.soft)[k % 2], rx=14))
    out.append(d.rect(760, 290, 280 + 200 * c.rng.random(), 28, t.light, rx=14))
    out.append(d.group(lectern(0, 0, t), 560, HORIZON + 10, 0.9))  # nobody at it
    return out


@scene("figures", sector="", focus=(320, 70, 1300, 670), mirror=False)
def figures(c: Ctx) -> list[str]:
    """Key figures: rising bars with an arrow, a ring chart and a scatter of dots."""
    t = c.t
    # five rising bars, each with a little of the seed's wobble; the last in orange
    heights = [150 + 60 * k + 40 * c.rng.random() for k in range(5)]
    out = []
    for k, h in enumerate(heights):
        fill = t.pop2 if k == 4 else (t.navy, t.mid)[k % 2]
        out.append(d.rect(380 + k * 120, HORIZON - h, 90, h, fill, rx=10))
    out.append(d.rect(350, HORIZON - 6, 640, 12, t.navy_dark, rx=6))
    # a trend line riding above the bar tops
    pts = [(425 + k * 120, HORIZON - h - 60) for k, h in enumerate(heights)]
    # the trend line stops short of its tip; the arrowhead follows its last leg
    (x0, y0), (x1, y1) = pts[-2], pts[-1]
    angle = math.degrees(math.atan2(y1 - y0, x1 - x0))
    stop = (x1 - 30 * math.cos(math.radians(angle)), y1 - 30 * math.sin(math.radians(angle)))
    out.append(d.line(pts[:-1] + [stop], t.navy, 14))
    out.append(d.group([d.poly([(-40, -30), (14, 0), (-40, 30)], t.navy)], x1, y1, rot=angle))
    # a ring chart in three shares, the first share's size from the dice
    cut = 200 + 100 * c.rng.random()
    out += [d.wedge(1150, 300, 150, -90, cut - 90, t.navy, r_in=84),
            d.wedge(1150, 300, 150, cut - 90, 230, t.mid, r_in=84),
            d.wedge(1150, 300, 150, 230, 270, t.pop2, r_in=84)]
    # a short row of data points under it
    for k in range(7):
        out.append(d.circle(1060 + 34 * k, 560 - 18 * (k % 3), 12, (t.soft, t.mid)[k % 2]))
    return out


def document(t: Tones) -> list[str]:
    """A printed page with a folded corner, a headline, a picture and lines of text."""
    # the sheet with its top-right corner folded over
    out = [d.poly([(0, 0), (340, 0), (420, 80), (420, 540), (0, 540)], t.white),
           d.poly([(340, 0), (340, 80), (420, 80)], t.light),
           # headline, then a picture: sun and hills, as on any page
           d.rect(40, 50, 260, 34, t.navy, rx=8),
           d.rect(40, 110, 340, 150, t.mid, rx=8),
           d.circle(110, 160, 26, t.light),
           d.poly([(60, 260), (170, 170), (250, 240), (300, 200), (380, 260)], t.ink)]
    for k in range(5):
        # lines of text, the last one short
        out.append(d.rect(40, 290 + 44 * k, 340 if k < 4 else 200, 20, t.light, rx=10))
    return out


@scene("source", sector="", focus=(300, 40, 1300, 680))
def source(c: Ctx) -> list[str]:
    """The source: a press release page over a second sheet, a newspaper and a pen."""
    t = c.t
    tilt = -3 - 4 * c.rng.random()
    # a second sheet peeks out behind the first, turned the other way
    out = [d.group([d.rect(0, 0, 420, 540, t.light)], 640, 70, rot=8)]
    out.append(d.group(document(t), 520, 90, rot=tilt))
    # a newspaper: masthead, a picture and a column of lines
    paper = [d.rect(0, 0, 300, 200, t.white), d.rect(20, 20, 260, 30, t.ink),
             d.rect(20, 70, 120, 110, t.soft)]
    paper += [d.rect(160, 70 + 26 * k, 120, 12, t.light) for k in range(5)]
    out.append(d.group(paper, 1000, 400, rot=6))
    # a pen across the corner: barrel, nib, clip
    out.append(d.group([d.rect(0, -16, 300, 32, t.navy, rx=16), d.poly([(300, -16), (350, 0),
                                                                         (300, 16)], t.pop2),
                        d.rect(40, -16, 20, 32, t.pop2)], 340, 600, rot=-20))
    return out
