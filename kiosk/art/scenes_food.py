"""Food scenes: pepper products, grain and oil, condiments, spices."""

from __future__ import annotations

from kiosk.art import draw as d
from kiosk.art.palette import Tones
from kiosk.art.stage import HORIZON, Ctx, scene


def chili(x: float, y: float, length: float, rot: float, body: str, shine: str,
          stem: str) -> str:
    """A chilli pepper hanging from its stem at (x, y), turned by *rot* degrees."""
    w = length * 0.15
    n = d.num
    # the pod: fat at the shoulder, curving to a tip off to one side
    shape = (f"M{n(-w)} 0 C{n(-w * 1.2)} {n(length * 0.5)} {n(-w * 0.1)} {n(length * 0.86)}"
             f" {n(w * 1.7)} {n(length)} C{n(w * 0.7)} {n(length * 0.74)} {n(w * 1.15)}"
             f" {n(length * 0.42)} {n(w)} 0 Z")
    # a highlight streak down the shaded side gives it its gloss
    streak = (f"M{n(-w * 0.5)} {n(length * 0.14)} C{n(-w * 0.55)} {n(length * 0.42)}"
              f" {n(-w * 0.2)} {n(length * 0.62)} {n(w * 0.15)} {n(length * 0.74)}")
    # the green cap: a band with three lobes reaching down the pod
    cap = [(-w * 1.15, -w * 0.3), (w * 1.15, -w * 0.3), (w * 1.1, w * 0.25), (w * 0.6, w * 0.75),
           (w * 0.25, w * 0.3), (0, w * 0.8), (-w * 0.25, w * 0.3), (-w * 0.6, w * 0.75),
           (-w * 1.1, w * 0.25)]
    # pod, gloss, cap, then the stalk curling up from the cap
    return d.group([
        d.path(shape, body),
        d.curve(streak, shine, w * 0.26),
        d.poly(cap, stem),
        d.curve(f"M0 {n(-w * 0.2)} q{n(w * 0.1)} {n(-w)} {n(w * 0.9)} {n(-w * 1.4)}", stem,
                w * 0.38),
    ], x, y, rot=rot)


def ristra(x: float, top: float, bottom: float, t: Tones) -> list[str]:
    """A string of dried chillies hanging from above the view down to *bottom*."""
    # the cord runs from above the view to just below the last pod
    out = [d.rect(x - 4, top, 8, bottom - top + 30, t.ink)]
    y, k = bottom, 0
    # built from the bottom up so the upper peppers overlap the lower ones
    while y > max(top + 120, -160):
        # pods alternate left and right of the cord; every third one is orange
        side = 1 if k % 2 else -1
        body = t.red if k % 3 else t.pop
        out.append(chili(x + side * 8, y, 120, side * -28, body, t.pop2, t.ink))
        y -= 38
        k += 1
    return out


def basket(cx: float, rim: float, w: float, t: Tones) -> list[str]:
    """A shallow woven basket, its rim's middle at (cx, rim)."""
    n = d.num
    h = w * 0.36
    # the bowl: a flat rim line and two curves meeting at the bottom
    bowl = (f"M{n(cx - w / 2)} {n(rim)} L{n(cx + w / 2)} {n(rim)} C{n(cx + w * 0.46)}"
            f" {n(rim + h * 0.8)} {n(cx + w * 0.3)} {n(rim + h)} {n(cx)} {n(rim + h)}"
            f" C{n(cx - w * 0.3)} {n(rim + h)} {n(cx - w * 0.46)} {n(rim + h * 0.8)}"
            f" {n(cx - w / 2)} {n(rim)} Z")
    out = [d.path(bowl, t.mid)]
    # the weave: staggered short slats in a darker tone
    for row in range(3):
        y = rim + 26 + row * h * 0.26
        inset = w * (0.06 + 0.05 * row * row)
        for x in d.span(cx - w / 2 + inset, cx + w / 2 - inset - 40, 56, phase=cx + row * 28):
            out.append(d.rect(x, y, 34, 14, t.ink, rx=7))
    # the rim band goes on last, over the weave and the heap's edge
    out.append(d.rect(cx - w / 2 - 14, rim - 16, w + 28, 32, t.ink, rx=16))
    return out


def jar(x: float, base: float, w: float, h: float, fill: str, lid: str, t: Tones,
        level: float = 0.7) -> list[str]:
    """A glass jar with a lid, filled to *level* with *fill*."""
    inner = h * level
    # glass, contents, a strip of glass showing through as a highlight, lid
    return [
        d.rect(x, base - h, w, h, t.white, rx=w * 0.16),
        d.rect(x + 10, base - inner - 8, w - 20, inner, fill, rx=w * 0.1),
        d.rect(x + w * 0.2, base - inner + 10, w * 0.14, inner * 0.6, t.white, rx=w * 0.07),
        d.rect(x - 6, base - h - h * 0.14, w + 12, h * 0.16, lid, rx=8),
    ]


def chilli_heap(cx: float, rim: float, t: Tones) -> list[str]:
    """A dome of chillies rising above a basket's rim at (cx, rim)."""
    # a red dome under the pods fills the gaps between them
    out = [d.ellipse(cx, rim, 230, 110, t.red)]
    # rows of (height, how many pods, spacing), narrowing towards the top
    rows = ((rim - 20, 4, 104), (rim - 60, 3, 100), (rim - 96, 2, 90))
    for row, (y, count, gap) in enumerate(rows):
        for k in range(count):
            x = cx + (k - (count - 1) / 2) * gap
            # alternate the way they point, so the heap looks tumbled
            left = (k + row) % 2 == 0
            body = t.pop if (k + row) % 3 == 0 else t.red
            out.append(chili(x + (60 if left else -60), y + 10, 170, 98 if left else -98,
                             body, t.pop2, t.ink))
    return out


def sauce_jar(x: float, base: float, t: Tones) -> list[str]:
    """A jar of chilli sauce with a label showing a chilli."""
    out = jar(x, base, 150, 200, t.red, t.navy, t)
    # a paper label across the glass with a little chilli printed on it
    out.append(d.rect(x, base - 140, 150, 70, t.light))
    out.append(chili(x + 50, base - 105, 80, -80, t.red, t.pop2, t.ink))
    return out


@scene("pepper", sector="food", focus=(300, 40, 1320, 720))
def pepper(c: Ctx) -> list[str]:
    """A basket heaped with chillies, strings of dried ones, a jar of chilli sauce."""
    t = c.t
    # two strings hang from the rafters; the second one's length is the seed's
    out = ristra(420, c.top, 470, t)
    out += ristra(1250, c.top, 300 + 120 * c.rng.random(), t)
    # the heap first, so the basket's front hides its lower half
    out += chilli_heap(800, 500, t)
    out += basket(800, 500, 560, t)
    out += sauce_jar(1080, HORIZON + 20, t)
    # two loose pods lying on the table in front
    out.append(chili(540, HORIZON + 50, 200, -96, t.red, t.pop2, t.ink))
    out.append(chili(1300, HORIZON + 60, 170, 80, t.pop, t.pop2, t.ink))
    return out


def ear(x: float, y: float, rot: float, size: float, grain: str, grain2: str,
        stalk: str) -> str:
    """An ear of wheat whose stalk ends at (x, y), leaning by *rot* degrees."""
    items = [d.line([(0, 0), (0, -size * 1.9)], stalk, size * 0.06)]
    # pairs of grains climbing the ear, the top one alone
    for k in range(6):
        gy = -size * (1.0 + 0.15 * k)
        fill = grain if k % 2 else grain2
        items.append(d.group([d.ellipse(0, -size * 0.1, size * 0.07, size * 0.14, fill)],
                             -size * 0.06, gy, rot=-28))
        items.append(d.group([d.ellipse(0, -size * 0.1, size * 0.07, size * 0.14, fill)],
                             size * 0.06, gy, rot=28))
    # the topmost grain alone, on the tip of the stalk
    items.append(d.ellipse(0, -size * 2.0, size * 0.065, size * 0.15, grain2))
    return d.group(items, x, y, rot=rot)


def sheaf(x: float, base: float, t: Tones) -> list[str]:
    """A sheaf of wheat standing on *base*, tied in the middle."""
    out = []
    # nine stalks fanning from -44 to +44 degrees
    for k in range(9):
        a = -44 + 11 * k
        # stalks spread again below the band, like a real sheaf
        out.append(d.line([(x + (k - 4) * 9, base - 170), (x + (k - 4) * 14, base)], t.mid, 9))
        out.append(ear(x + (k - 4) * 6, base - 170, a, 130, t.mid, t.soft, t.mid))
    # the band that ties the sheaf
    out.append(d.rect(x - 50, base - 190, 100, 30, t.navy, rx=10))
    return out


def drop(cx: float, cy: float, r: float, fill: str) -> str:
    """A drop of oil, its round bottom centred on (cx, cy)."""
    n = d.num
    return d.path(f"M{n(cx)} {n(cy - r * 2.1)} C{n(cx + r * 0.5)} {n(cy - r * 1.2)}"
                  f" {n(cx + r)} {n(cy - r * 0.7)} {n(cx + r)} {n(cy)} A{n(r)} {n(r)} 0 0 1"
                  f" {n(cx - r)} {n(cy)} C{n(cx - r)} {n(cy - r * 0.7)} {n(cx - r * 0.5)}"
                  f" {n(cy - r * 1.2)} {n(cx)} {n(cy - r * 2.1)} Z", fill)


def bottle(cx: float, base: float, w: float, h: float, glass: str, liquid: str, cap: str,
           neck: float = 0.36, level: float = 0.62) -> list[str]:
    """A bottle with rounded shoulders, filled to *level* with *liquid*."""
    n = d.num
    body_top = base - h * (1 - neck)
    nw = w * 0.2  # half the neck's width
    # shoulders and neck in one outline; the body is a rounded box below it
    shoulders = (f"M{n(cx - w / 2)} {n(body_top + w * 0.3)}"
                 f" C{n(cx - w / 2)} {n(body_top - h * 0.05)} {n(cx - nw)}"
                 f" {n(body_top - h * 0.08)} {n(cx - nw)} {n(body_top - h * 0.2)}"
                 f" L{n(cx - nw)} {n(base - h)} L{n(cx + nw)} {n(base - h)} L{n(cx + nw)}"
                 f" {n(body_top - h * 0.2)} C{n(cx + nw)} {n(body_top - h * 0.08)} {n(cx + w / 2)}"
                 f" {n(body_top - h * 0.05)} {n(cx + w / 2)} {n(body_top + w * 0.3)} Z")
    fill_h = (h * (1 - neck)) * level
    # outline, body, liquid, a highlight strip of glass, cap
    return [
        d.path(shoulders, glass),
        d.rect(cx - w / 2, body_top, w, h * (1 - neck), glass, rx=w * 0.16),
        d.rect(cx - w / 2 + 12, base - fill_h - 12, w - 24, fill_h, liquid, rx=w * 0.1),
        d.rect(cx - w / 2 + 22, base - fill_h, w * 0.1, fill_h * 0.7, glass, rx=w * 0.05),
        d.rect(cx - nw - 8, base - h - 36, nw * 2 + 16, 44, cap, rx=8),
    ]


def sack(x: float, base: float, t: Tones) -> list[str]:
    """A tied sack of grain with a wheat ear printed on it."""
    # body, gathered neck, the open mouth above the tie, the tie, a printed ear
    return [
        d.rect(x - 115, base - 240, 230, 240, t.light, rx=70),
        d.poly([(x - 48, base - 290), (x + 48, base - 290), (x + 30, base - 230),
                (x - 30, base - 230)], t.light),
        d.poly([(x - 70, base - 320), (x + 70, base - 320), (x + 46, base - 284),
                (x - 46, base - 284)], t.soft),
        d.rect(x - 42, base - 274, 84, 24, t.navy, rx=8),
        ear(x, base - 40, 0, 80, t.mid, t.mid, t.mid),
    ]


def silos(x: float, base: float, fill: str) -> list[str]:
    """A row of grain silos and their elevator tower, all in one flat tone."""
    out = []
    # three domed bins, then the elevator tower and its chute to the first bin
    for k in range(3):
        sx = x + k * 130
        out += [d.rect(sx, base - 300, 112, 300, fill), d.circle(sx + 56, base - 300, 56, fill)]
    out += [d.rect(x + 400, base - 460, 70, 460, fill), d.rect(x + 380, base - 500, 110, 60, fill)]
    out.append(d.line([(x + 420, base - 440), (x + 56, base - 370)], fill, 16))
    return out


@scene("grain_oil", sector="food", focus=(300, 100, 1320, 680))
def grain_oil(c: Ctx) -> list[str]:
    """A sheaf of wheat, a bottle of cooking oil and a sack of grain before silos."""
    t = c.t
    # silos stand off to the sides, so wide crops show a grain yard
    out = silos(1180, HORIZON, t.far)
    out += silos(-560, HORIZON, t.far)
    # furrows of a field running off across the ground
    for row, y in enumerate(d.span(HORIZON + 40, c.bottom, 46)):
        out += [d.rect(x, y, 90, 12, t.ground2, rx=6)
                for x in d.span(c.left, c.right, 150, phase=75 * (row % 2))]
    out += sheaf(480, HORIZON + 20, t)
    # the oil bottle in the middle, its label showing a drop of oil
    out += bottle(800, HORIZON + 20, 230, 520, t.white, t.soft, t.navy, neck=0.3)
    out.append(d.rect(685, HORIZON - 210, 230, 110, t.light))
    out.append(drop(800, HORIZON - 140, 26, t.mid))
    out += sack(1100, HORIZON + 20, t)
    return out


def vat(cx: float, base: float, s: float, body: str, lid: str) -> str:
    """A glazed sauce vat with a conical lid, as in a fermenting yard."""
    # belly, mouth rim, a conical bamboo hat of a lid, its knob
    return d.group([
        d.path("M-60 0 C-150 -20 -170 -150 -110 -220 L-80 -250 L80 -250 L110 -220"
               " C170 -150 150 -20 60 0 Z", body),
        d.rect(-92, -262, 184, 22, body, rx=10),
        d.poly([(-140, -250), (140, -250), (0, -350)], lid),
        d.rect(-12, -368, 24, 24, lid, rx=6),
    ], cx, base, s)


@scene("condiments", sector="food", focus=(230, 80, 1330, 680))
def condiments(c: Ctx) -> list[str]:
    """Sauce vats in a yard behind bottles of soy sauce and vinegar and a jar of paste."""
    t = c.t
    # a yard of vats fades off to both sides
    out = [vat(x, HORIZON - 20, 0.8, t.far, t.far)
           for x in d.span(c.left - 200, c.right + 200, 280, phase=110)]
    out.append(vat(440, HORIZON + 10, 1.15, t.ink, t.soft))
    # soy sauce (dark, red cap) and vinegar (amber), each with a label
    out += bottle(720, HORIZON + 20, 130, 470, t.white, t.navy_dark, t.red, neck=0.42,
                  level=0.8)
    out.append(d.rect(667, HORIZON - 170, 106, 90, t.light, rx=8))
    out += bottle(890, HORIZON + 20, 160, 380, t.white, t.ink, t.navy, neck=0.32, level=0.7)
    out.append(d.rect(822, HORIZON - 110, 136, 70, t.soft, rx=8))
    out += jar(1010, HORIZON + 20, 170, 190, t.mid, t.navy, t)
    # a dipping dish of sauce on the table
    out.append(d.ellipse(1250, HORIZON + 40, 110, 30, t.white))
    out.append(d.ellipse(1250, HORIZON + 34, 80, 18, t.navy_dark))
    return out


def star_anise(cx: float, cy: float, r: float, rot: float, body: str, seed: str) -> str:
    """A star anise pod: eight pointed carpels round a small hub, a seed in each."""
    items = []
    # each carpel is a pointed boat shape with its seed showing, turned round the hub
    for k in range(8):
        a = rot + 45 * k
        petal = d.path(f"M0 {d.num(-r * 0.18)} C{d.num(r * 0.3)} {d.num(-r * 0.3)}"
                       f" {d.num(r * 0.22)} {d.num(-r * 0.8)} 0 {d.num(-r)} C{d.num(-r * 0.22)}"
                       f" {d.num(-r * 0.8)} {d.num(-r * 0.3)} {d.num(-r * 0.3)} 0"
                       f" {d.num(-r * 0.18)} Z", body)
        items.append(d.group([petal, d.ellipse(0, -r * 0.52, r * 0.08, r * 0.14, seed)],
                             rot=a))
    items.append(d.circle(0, 0, r * 0.16, body))
    return d.group(items, cx, cy)


def mortar(cx: float, base: float, t: Tones) -> list[str]:
    """A mortar heaped with ground spice, its pestle leaning in it."""
    n = d.num
    rim = base - 190
    # a deep bowl narrowing to a flat foot
    bowl = (f"M{n(cx - 170)} {n(rim)} L{n(cx + 170)} {n(rim)} C{n(cx + 165)} {n(rim + 110)}"
            f" {n(cx + 90)} {n(rim + 150)} {n(cx + 60)} {n(rim + 150)} L{n(cx - 60)}"
            f" {n(rim + 150)} C{n(cx - 90)} {n(rim + 150)} {n(cx - 165)} {n(rim + 110)}"
            f" {n(cx - 170)} {n(rim)} Z")
    # the spice heap and the pestle go behind the bowl's front wall
    return [
        d.ellipse(cx, rim, 150, 60, t.pop2),
        d.group([d.rect(-30, -250, 60, 250, t.light, rx=30),
                 d.rect(-40, -300, 80, 110, t.white, rx=40)], cx + 60, rim + 30, rot=28),
        d.path(bowl, t.navy),
        d.rect(cx - 176, rim - 14, 352, 28, t.navy_dark, rx=14),
        d.rect(cx - 90, base - 40, 180, 40, t.navy, rx=12),
        d.rect(cx - 130, rim + 50, 260, 14, t.navy_dark, rx=7),
    ]


def cinnamon(x: float, base: float, t: Tones) -> list[str]:
    """A bundle of cinnamon quills standing on *base*, fanned and tied with a band."""
    out = []
    for k in range(5):
        rot = -12 + 6 * k
        fill = t.ink if k % 2 else t.mid
        # each quill: a long rolled strip whose top shows the curl of the bark
        out.append(d.group([
            d.rect(-20, -250, 40, 250, fill, rx=10),
            d.circle(0, -250, 20, t.soft),
            d.path("M0 -262 a12 12 0 1 1 -11 7 L-5 -252 a6 6 0 1 0 5 -4 Z", fill),
        ], x + (k - 2) * 34, base, rot=rot))
    # the band tying the bundle
    out.append(d.rect(x - 90, base - 110, 180, 30, t.navy, rx=10))
    return out


def leaf(x: float, y: float, size: float, rot: float, fill: str, vein: str) -> str:
    """A bay leaf lying with its stalk at (x, y)."""
    n = d.num
    # the blade between two curves, then its midrib
    return d.group([
        d.path(f"M0 0 C{n(size * 0.35)} {n(-size * 0.2)} {n(size * 0.35)} {n(-size * 0.8)} 0"
               f" {n(-size)} C{n(-size * 0.35)} {n(-size * 0.8)} {n(-size * 0.35)}"
               f" {n(-size * 0.2)} 0 0 Z", fill),
        d.line([(0, 0), (0, -size * 0.85)], vein, size * 0.04),
    ], x, y, rot=rot)


@scene("spices", sector="food", focus=(280, 110, 1340, 730))
def spices(c: Ctx) -> list[str]:
    """A mortar of ground spice, spice jars, cinnamon sticks, star anise and bay leaves."""
    t = c.t
    # a big star anise floats in the sky like an emblem; the seed moves it
    out = [star_anise(800 + 420 * (c.rng.random() - 0.5), 210, 90, 10, t.soft, t.light)]
    # a row of jars, each a different spice
    for k, (fill, h) in enumerate(((t.red, 220), (t.mid, 180), (t.ink, 250), (t.pop2, 200))):
        out += jar(250 + k * 125, HORIZON + 20, 110, h, fill, t.navy, t)
    out += mortar(940, HORIZON + 20, t)
    out += cinnamon(1210, HORIZON + 30, t)
    # loose pods, bay leaves and peppercorns scattered in front
    out.append(star_anise(640, HORIZON + 70, 62, 5, t.ink, t.soft))
    out.append(star_anise(1260, HORIZON + 80, 50, 20, t.ink, t.soft))
    out.append(leaf(430, HORIZON + 90, 120, -70, t.ink, t.mid))
    out.append(leaf(470, HORIZON + 100, 110, -110, t.mid, t.ink))
    for x, y in ((760, 700), (790, 712), (1040, 690), (1080, 705), (560, 690)):
        out.append(d.circle(x, y, 10, t.navy_dark))
    return out
