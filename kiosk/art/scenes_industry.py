"""Factory scenes: home appliances on a line, a circuit board, a smart factory."""

from __future__ import annotations

from kiosk.art import draw as d
from kiosk.art.palette import Tones
from kiosk.art.stage import Ctx, band, scene

BELT_Y = 560.0


def fridge(x: float, base: float, w: float, h: float, t: Tones) -> list[str]:
    """A two-door refrigerator standing on *base*, its left edge at *x*."""
    top = base - h
    split = top + h * 0.36  # freezer door above, fridge door below
    return [
        d.rect(x, top, w, h, t.white, rx=18),
        # the right-hand side in shade gives the box its depth
        d.rect(x + w - 30, top + 10, 20, h - 20, t.light, rx=8),
        # the gap between the doors, and a handle on each door
        d.rect(x, split - 5, w, 10, t.soft),
        d.rect(x + 26, split - 80, 14, 58, t.navy, rx=7),
        d.rect(x + 26, split + 24, 14, 96, t.navy, rx=7),
        # a small control panel on the lower door
        d.rect(x + w * 0.45, split + 40, w * 0.3, 44, t.ink, rx=6),
        d.rect(x + w * 0.45 + 10, split + 56, w * 0.3 - 20, 8, t.soft, rx=4),
        # two feet
        d.rect(x + 20, base - 6, 26, 12, t.navy_dark, rx=3),
        d.rect(x + w - 46, base - 6, 26, 12, t.navy_dark, rx=3),
    ]


def washer(x: float, base: float, w: float, h: float, t: Tones) -> list[str]:
    """A front-loading washing machine standing on *base*, left edge at *x*."""
    top = base - h
    # the door sits in the middle of what the control strip leaves
    cx, cy, r = x + w / 2, top + 62 + (h - 62) / 2, min(w, h - 62) * 0.36
    return [
        d.rect(x, top, w, h, t.white, rx=16),
        # the control strip: a display, a dial and a button
        d.rect(x, top, w, 54, t.light, rx=16),
        d.rect(x, top + 38, w, 16, t.light),
        d.rect(x + 22, top + 16, 64, 22, t.ink, rx=5),
        d.circle(x + w - 40, top + 27, 15, t.navy),
        d.circle(x + w - 82, top + 27, 9, t.mid),
        # the round door: rim, glass, the water and a few bubbles
        d.circle(cx, cy, r + 14, t.soft),
        d.circle(cx, cy, r, t.navy),
        d.circle(cx, cy, r - 14, t.mid),
        d.path(f"M{d.num(cx - r + 14)} {d.num(cy + 4)} q{d.num(r / 2)} -22 {d.num(r - 14)} 0"
               f" t{d.num(r - 14)} 0 A{d.num(r - 14)} {d.num(r - 14)} 0 0 1"
               f" {d.num(cx - r + 14)} {d.num(cy + 4)} Z", t.ink),
        d.circle(cx - r * 0.3, cy - r * 0.3, r * 0.12, t.light),
        d.circle(cx + r * 0.15, cy - r * 0.45, r * 0.07, t.light),
    ]


def microwave(x: float, base: float, t: Tones) -> list[str]:
    """A microwave oven on *base*, 190 wide."""
    # body, dark glass door with a reflection, a keypad, two knobs
    return [
        d.rect(x, base - 120, 190, 120, t.white, rx=12),
        d.rect(x + 14, base - 104, 118, 88, t.navy, rx=8),
        d.rect(x + 26, base - 92, 50, 18, t.mid, rx=4),
        d.rect(x + 146, base - 104, 30, 20, t.ink, rx=4),
        d.circle(x + 161, base - 56, 10, t.soft),
        d.circle(x + 161, base - 28, 10, t.soft),
    ]


def conveyor(c: Ctx, y: float, floor: float) -> list[str]:
    """A belt conveyor across the whole view, its belt on *y*, legs to *floor*."""
    t = c.t
    # the belt on top, the frame below it
    out = [band(c, y, y + 16, t.navy), band(c, y + 16, y + 52, t.ink)]
    # rollers showing through the frame
    for x in d.span(c.left, c.right, 46):
        out.append(d.circle(x, y + 34, 9, t.mid))
    # legs down to the floor every 200 units
    for x in d.span(c.left, c.right, 200, phase=100):
        out.append(d.rect(x - 8, y + 52, 16, floor - y - 52, t.navy_dark))
    return out


def pendant(x: float, y: float, t: Tones) -> list[str]:
    """A factory lamp hanging from above the view down to *y*."""
    # cord, shade, and the lit bulb under the shade
    return [
        d.rect(x - 3, y - 600, 6, 600, t.navy),
        d.poly([(x - 18, y), (x + 18, y), (x + 46, y + 42), (x - 46, y + 42)], t.navy),
        d.path(f"M{d.num(x - 24)} {d.num(y + 42)} a24 24 0 0 0 48 0 Z", t.pop2),
    ]


@scene("appliances", sector="appliances", focus=(420, 50, 1260, 660))
def appliances(c: Ctx) -> list[str]:
    """A refrigerator and a washing machine riding an assembly line."""
    t = c.t
    # three lamps over the line
    out = [part for x in (380, 860, 1340) for part in pendant(x, 70, t)]
    out += conveyor(c, BELT_Y, 640)
    # more goods coming along the line, seen only in wide crops
    for x in d.span(c.left, c.right, 1600, phase=190):
        out += microwave(x, BELT_Y, t)
    for x in d.span(c.left, c.right, 1600, phase=1180):
        out += washer(x, BELT_Y, 200, 230, t)
    # the two stars of the line
    out += fridge(490, BELT_Y, 250, 420, t)
    out += washer(820, BELT_Y, 260, 290, t)
    return out


def chip(cx: float, cy: float, w: float, h: float, pins: int, t: Tones,
         sides: str = "nesw") -> list[str]:
    """An integrated circuit seen from above, pins on the given *sides*."""
    out = []
    pin = min(w, h) / (pins * 2 + 1)  # a pin's width: pins and gaps alike
    for k in range(pins):
        # pins spread evenly along each chosen side
        ox = -w / 2 + (w / pins) * (k + 0.5)
        oy = -h / 2 + (h / pins) * (k + 0.5)
        if "n" in sides:
            out.append(d.rect(cx + ox - pin / 2, cy - h / 2 - 22, pin, 24, t.white, rx=2))
        if "s" in sides:
            out.append(d.rect(cx + ox - pin / 2, cy + h / 2 - 2, pin, 24, t.white, rx=2))
        if "w" in sides:
            out.append(d.rect(cx - w / 2 - 22, cy + oy - pin / 2, 24, pin, t.white, rx=2))
        if "e" in sides:
            out.append(d.rect(cx + w / 2 - 2, cy + oy - pin / 2, 24, pin, t.white, rx=2))
    # the package over the pins' inner ends, with its pin-1 dot
    out.append(d.rect(cx - w / 2, cy - h / 2, w, h, t.navy_dark, rx=10))
    out.append(d.circle(cx - w / 2 + 22, cy - h / 2 + 22, 8, t.navy))
    return out


def trace(x: float, y: float, dx: float, dy: float, run: float, t: Tones) -> list[str]:
    """A copper trace leaving (x, y) along (dx, dy), bending 45 degrees, ending in a pad."""
    # straight out from the pin
    x1, y1 = x + dx * run, y + dy * run
    # then 45 degrees to one side (the direction turned a quarter, mixed in)
    bx, by = (dx - dy) * 0.7, (dy + dx) * 0.7
    x2, y2 = x1 + bx * run * 0.6, y1 + by * run * 0.6
    # then straight on again to the pad
    x3, y3 = x2 + dx * run * 0.5, y2 + dy * run * 0.5
    return [d.line([(x, y), (x1, y1), (x2, y2), (x3, y3)], t.mid, 10),
            d.circle(x3, y3, 18, t.soft), d.circle(x3, y3, 7, t.ink)]


def capacitor(cx: float, cy: float, r: float, t: Tones) -> list[str]:
    """An electrolytic capacitor seen from above: a can with a scored top."""
    # the can, its top, and the cross scored into the top
    return [d.circle(cx, cy, r, t.white), d.circle(cx, cy, r * 0.78, t.light),
            d.rect(cx - r * 0.1, cy - r * 0.6, r * 0.2, r * 1.2, t.white),
            d.rect(cx - r * 0.6, cy - r * 0.1, r * 1.2, r * 0.2, t.white)]


@scene("circuit_board", sector="appliances", focus=(260, 110, 1340, 790), ground=False)
def circuit_board(c: Ctx) -> list[str]:
    """A printed circuit board from above: a big chip, traces, pads and parts."""
    t = c.t
    # drawn about the board's centre, then placed and tilted by the dice
    board = [d.rect(-680, -400, 1360, 800, t.navy, rx=40),
             d.rect(-650, -370, 1300, 740, t.ink, rx=28)]
    # plated mounting holes in the corners
    for x, y in ((-600, -320), (600, -320), (-600, 320), (600, 320)):
        board += [d.circle(x, y, 26, t.light), d.circle(x, y, 14, t.navy)]
    # traces fan out from the big chip's four sides, their lengths by the dice
    for k in range(6):
        off = -150 + 60 * k
        run = 90 + 70 * c.rng.random()
        board += trace(off, -170, 0, -1, run, t) + trace(off, 170, 0, 1, run * 0.9, t)
        board += trace(-170, off, -1, 0, run * 1.2, t) + trace(170, off, 1, 0, run, t)
    # the main processor with its heat spreader, then smaller parts around it
    board += chip(0, 0, 300, 300, 6, t)
    board.append(d.rect(-90, -90, 180, 180, t.mid, rx=14))
    board.append(d.rect(-50, -50, 100, 100, t.soft, rx=8))
    board += chip(-470, -150, 150, 90, 4, t, "ns")
    board += chip(470, 170, 150, 90, 4, t, "ns")
    board += chip(430, -200, 80, 120, 3, t, "ew")
    board += capacitor(-450, 170, 54, t) + capacitor(-330, 250, 40, t)
    board += capacitor(330, -290, 34, t)
    # a row of resistors with colour bands
    for k in range(4):
        x = -530 + k * 60
        board += [d.rect(x, 300, 34, 70, t.light, rx=8), d.rect(x, 318, 34, 10, t.pop2),
                  d.rect(x, 340, 34, 8, t.navy)]
    return [d.group(board, 800, 450, rot=-6 + 12 * c.rng.random())]


def robot_arm(x: float, base: float, s: float, reach: float, t: Tones,
              flip: bool = False) -> str:
    """An industrial robot arm on (x, base), leaning by *reach* degrees towards its work."""
    # nested groups make a kinematic chain: shoulder, elbow, then wrist with
    # its two-fingered gripper, each turned relative to the segment before
    lower = d.group([d.rect(-26, -250, 52, 270, t.mid, rx=26),
                     d.circle(0, -250, 40, t.navy),
                     d.group([d.rect(-20, -230, 40, 240, t.mid, rx=20),
                              d.circle(0, -230, 28, t.navy),
                              d.group([d.rect(-14, -70, 28, 70, t.ink, rx=6),
                                       d.rect(-40, -86, 80, 22, t.navy, rx=6),
                                       d.rect(-40, -136, 16, 56, t.navy, rx=4),
                                       d.rect(24, -136, 16, 56, t.navy, rx=4)],
                                      0, -230, rot=150 - reach)],
                             0, -250, rot=100 + reach * 0.5)],
                    0, -90, rot=-reach)
    # base and turret, the arm, then the shoulder joint on top of both
    return d.group([
        d.poly([(-90, 0), (90, 0), (60, -50), (-60, -50)], t.navy),
        d.rect(-50, -100, 100, 56, t.ink, rx=10),
        lower,
        d.circle(0, -90, 44, t.navy),
        d.circle(0, -90, 18, t.pop2),
    ], x, base, s, flip=flip)


def network(nodes: list[tuple[float, float]], hub: tuple[float, float], t: Tones) -> list[str]:
    """Machines' links to a hub in the air: lines, nodes, and the hub itself."""
    # links first, so nodes and hub sit on top of them
    out = [d.line([hub, n], t.navy, 5) for n in nodes]
    out += [d.circle(x, y, 16, t.white) for x, y in nodes]
    out += [d.circle(x, y, 8, t.pop2) for x, y in nodes]
    out += [d.circle(hub[0], hub[1], 54, t.navy), d.circle(hub[0], hub[1], 36, t.white),
            d.circle(hub[0], hub[1], 16, t.navy)]
    for r in (78, 104):
        # signal arcs above the hub
        out.append(d.wedge(hub[0], hub[1], r + 6, 220, 320, t.navy, r_in=r - 6))
    return out


def cabinet(x: float, base: float, t: Tones) -> list[str]:
    """A control cabinet whose screen shows a small bar chart."""
    # the cabinet and its screen, bars on the screen, lamps and a slot below
    out = [d.rect(x, base - 300, 170, 300, t.navy, rx=10),
           d.rect(x + 20, base - 280, 130, 100, t.mid, rx=6)]
    for k, h in enumerate((30, 55, 42, 70)):
        out.append(d.rect(x + 34 + k * 28, base - 190 - h, 18, h, t.light))
    out += [d.circle(x + 50, base - 130, 14, t.pop2), d.circle(x + 90, base - 130, 14, t.soft),
            d.rect(x + 20, base - 90, 130, 12, t.ink, rx=6)]
    return out


@scene("smart_factory", sector="appliances", focus=(320, 60, 1300, 660))
def smart_factory(c: Ctx) -> list[str]:
    """Robot arms at a line, machines and a control cabinet linked to one hub."""
    t = c.t
    hub = (800, 150)
    # the hub's links run to the robots' shoulders, the work piece and the cabinets
    out = network([(560, 480), (1040, 480), (800, 420), (1325, 336), (-315, 336)], hub, t)
    out += cabinet(1240, 640, t)
    out += cabinet(-400, 640, t)
    out += conveyor(c, 560, 640)
    # two arms face each other over the work piece on the belt
    out.append(robot_arm(560, 560, 0.9, 28, t))
    out.append(robot_arm(1040, 560, 0.9, 28, t, flip=True))
    out += [d.rect(730, 420, 140, 140, t.white, rx=12), d.rect(750, 440, 100, 30, t.light, rx=6),
            d.circle(800, 515, 26, t.soft)]
    # more cases on the belt, clear of the robots
    for x in d.span(c.left, c.right, 400, phase=200):
        if abs(x - 800) > 250:
            out += [d.rect(x - 60, 470, 120, 90, t.white, rx=10), d.rect(x - 60, 470, 120, 22,
                                                                         t.light, rx=10)]
    return out
