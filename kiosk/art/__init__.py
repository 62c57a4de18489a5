"""Flat vector illustrations for the visitor pages, drawn as SVG text.

``compose(scene, seed, width, height, sector=None)`` gives a complete SVG;
``scene_for(kind, slug, sector)`` picks the scene for a record, and
``illustrate`` does both.  Standard library only: the UI renders the text
with Qt, the tests read it as XML.
"""

from __future__ import annotations

from kiosk.art.choose import scene_for
from kiosk.art.compose import compose, variation
from kiosk.art.palette import HIGH_CONTRAST, THEME, Palette
from kiosk.art.stage import SCENES

__all__ = ["HIGH_CONTRAST", "SCENES", "THEME", "Palette", "compose", "illustrate",
           "scene_for", "variation"]


def illustrate(kind: str, slug: str, sector: str | None, width: int, height: int,
               palette: Palette = THEME) -> str:
    """The SVG picture of one record: its scene, varied by its slug, in its sector's colours."""
    return compose(scene_for(kind, slug, sector), slug, width, height, sector, palette)
