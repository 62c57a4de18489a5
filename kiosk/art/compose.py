"""Compose a scene into a complete SVG for one record: crop, mirror, colours, motif.

The record's slug is the seed: it picks, deterministically, the crop and
offset around the scene's focus, whether the scene is mirrored, which
tint of the sector dominates and which motif is printed on the sky, so the
records of one list never look alike.  Same seed, same bytes.
"""

from __future__ import annotations

import hashlib
import random
from dataclasses import dataclass, replace

from kiosk.art import draw as d
from kiosk.art.motifs import MOTIFS, motif
from kiosk.art.palette import SCHEMES, THEME, Palette, tones
from kiosk.art.stage import SCENES, WORLD_W, Ctx, Scene, View

# Importing the scene modules fills the registry.
from kiosk.art import (  # noqa: F401,E402,I001
    scenes_energy, scenes_food, scenes_industry, scenes_machines, scenes_places, scenes_services,
    scenes_steel, scenes_trade)


@dataclass(frozen=True)
class Variation:
    """What a seed chooses for one record's picture."""

    mirror: bool
    scheme: int  # index into palette.SCHEMES
    motif: str  # one of motifs.MOTIFS
    zoom: float  # 1.0 fits the focus snugly; larger shows more around it
    shift: float  # -1..1: where the focus sits across the spare width
    horizon: float  # where the ground line sits, as a fraction of the height
    disc: float  # 0..1: where the poster disc sits behind the subject
    dice: int  # seeds the scene's own small choices


def variation(seed: str) -> Variation:
    """The variation that *seed* (a record's slug) picks."""
    h = hashlib.sha256(seed.encode("utf-8")).digest()
    return Variation(
        mirror=bool(h[0] & 1),
        scheme=h[1] % len(SCHEMES),
        motif=MOTIFS[h[2] % len(MOTIFS)],
        zoom=1.0 + 0.3 * h[3] / 255,
        shift=2 * h[4] / 255 - 1,
        horizon=0.72 + 0.1 * h[5] / 255,
        disc=h[6] / 255,
        dice=int.from_bytes(h[8:16], "big"),
    )


def frame(sc: Scene, v: Variation, aspect: float) -> View:
    """The visible box, in world units, for *aspect* (width / height)."""
    fx0, fy0, fx1, fy1 = sc.focus
    fw, fh = fx1 - fx0, fy1 - fy0
    # a tall poster may crop the focus's sides a little to keep the subject large
    fit_w = fw * (0.8 if aspect < 1 else 1.0)
    vh = max(fh, fit_w / aspect) * 1.08 * v.zoom
    vw = vh * aspect
    # the focus slides along the spare width; a mirrored scene slides back
    shift = -v.shift if v.mirror else v.shift
    cx = (fx0 + fx1) / 2 + shift * max(0.0, vw - fw * 1.08) * 0.4
    # the ground line sits at its chosen height unless the focus would leave view
    pad = fh * 0.04
    y0 = sc.horizon - v.horizon * vh
    y0 = min(max(y0, fy1 + pad - vh), fy0 - pad)
    return cx - vw / 2, y0, cx + vw / 2, y0 + vh


def compose(scene: str, seed: str, width: int, height: int, sector: str | None = None,
            palette: Palette = THEME) -> str:
    """A complete SVG of *scene* at width x height, varied by *seed*.

    *sector* colours the scene (None or "": the scene's own sector).
    """
    if scene not in SCENES:
        raise KeyError(f"no scene {scene!r}; the scenes are {', '.join(sorted(SCENES))}")
    sc = SCENES[scene]
    v = variation(seed)
    if not sc.mirror:
        v = replace(v, mirror=False)
    vx0, vy0, vx1, vy1 = frame(sc, v, width / height)
    vh = round(vy1 - vy0, 1)
    vw = round(vh * width / height, 1)
    # the world is mirrored about its middle: x -> WORLD_W - x
    out_x0 = round(WORLD_W - vx0 - vw if v.mirror else vx0, 1)
    view = (vx0, vy0, vx0 + vw, vy0 + vh)
    t = tones(palette, sector or sc.sector, v.scheme)
    c = Ctx(t, random.Random(v.dice), view)
    body = backdrop(sc, v, c) + sc.draw(c)
    content = "".join(body)
    if v.mirror:
        content = f'<g transform="translate({d.num(WORLD_W)} 0) scale(-1 1)">{content}</g>'
    return (
        '<svg xmlns="http://www.w3.org/2000/svg" version="1.1"'
        f' width="{width}" height="{height}"'
        f' viewBox="{d.num(out_x0)} {d.num(vy0)} {d.num(vw)} {d.num(vh)}"'
        ' preserveAspectRatio="xMidYMid slice">'
        f"{content}</svg>\n"
    )


def backdrop(sc: Scene, v: Variation, c: Ctx) -> list[str]:
    """The sky, its motif, the poster disc and (for most scenes) the ground."""
    t = c.t
    x0, y0, x1, y1 = c.left, c.top, c.right, c.bottom
    sky_bottom = sc.horizon if sc.ground else y1
    fx0, fy0, fx1, fy1 = sc.focus
    # the disc rides above the subject, left or right of its middle
    disc_r = (fy1 - fy0) * (0.42 + 0.12 * v.disc)
    disc = ((fx0 + fx1) / 2 + (v.disc - 0.5) * (fx1 - fx0) * 0.7, fy0 + disc_r * 0.75)
    step = (c.view[3] - c.view[1]) / 9
    out = [d.rect(x0, y0, x1 - x0, y1 - y0, t.sky)]
    # rings ripple out from the disc; the other motifs keep the sky's rhythm
    ring_step = disc_r / 1.7 if v.motif == "rings" else step
    out += motif(v.motif, (x0, y0, x1, sky_bottom), ring_step, t.pattern, disc)
    out.append(d.circle(disc[0], disc[1], disc_r, t.disc))
    if sc.ground:
        out.append(d.rect(x0, sc.horizon, x1 - x0, y1 - sc.horizon, t.ground))
        out.append(d.rect(x0, sc.horizon, x1 - x0, 10, t.ground2))
    return out
