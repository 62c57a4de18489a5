"""Every scene composes to a well-formed SVG of the asked shape, in the palette's colours only."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

import pytest

from kiosk.art import HIGH_CONTRAST, SCENES, THEME, compose, variation

SEEDS = ("jiaozhou", "haier-group", "spices-cluster", "x")
SIZES = ((420, 240), (1920, 640), (1080, 720), (1080, 1920))
SVG = "{http://www.w3.org/2000/svg}"
COLOUR = re.compile(r'(?:fill|stroke)="([^"]+)"')


def parse(svg: str) -> ET.Element:
    root = ET.fromstring(svg)
    assert root.tag == f"{SVG}svg"
    return root


@pytest.mark.parametrize("name", sorted(SCENES))
def test_every_scene_is_well_formed_at_every_size(name):
    for seed in SEEDS:
        for width, height in SIZES:
            root = parse(compose(name, seed, width, height))
            assert (root.get("width"), root.get("height")) == (str(width), str(height))
            _, _, vw, vh = (float(v) for v in root.get("viewBox").split())
            assert vw / vh == pytest.approx(width / height, rel=0.005)
            assert not [el for el in root.iter() if el.tag in (f"{SVG}text", f"{SVG}image")]


@pytest.mark.parametrize("name", sorted(SCENES))
def test_every_colour_comes_from_the_palette(name):
    for palette in (THEME, HIGH_CONTRAST):
        allowed = palette.colours() | {"none"}
        for seed in SEEDS:
            for sector in (None, "food", "appliances", "steel", "new_energy"):
                used = set(COLOUR.findall(compose(name, seed, 420, 240, sector, palette)))
                assert used <= allowed, used - allowed


def test_high_contrast_palette_really_changes_the_picture():
    assert compose("pepper", "a", 420, 240) != compose("pepper", "a", 420, 240,
                                                       palette=HIGH_CONTRAST)


def test_same_seed_gives_the_same_bytes():
    for name in SCENES:
        assert compose(name, "condiment-cluster", 1920, 640) == compose(
            name, "condiment-cluster", 1920, 640)


def test_different_seeds_give_different_pictures():
    for name in SCENES:
        pictures = {compose(name, seed, 420, 240) for seed in SEEDS}
        assert len(pictures) == len(SEEDS), name


def test_sector_recolours_a_scene():
    assert compose("zone", "a", 420, 240, "food") != compose("zone", "a", 420, 240, "steel")
    # no sector: the scene keeps its own colours
    assert compose("pepper", "a", 420, 240) == compose("pepper", "a", 420, 240, "food")
    assert compose("pepper", "a", 420, 240, "") == compose("pepper", "a", 420, 240)


def test_scenes_with_a_direction_are_never_mirrored():
    mirrored = next(s for s in (f"seed-{k}" for k in range(100)) if variation(s).mirror)
    for name in ("figures", "finance", "statement"):
        assert "scale(-1 1)" not in compose(name, mirrored, 420, 240)
    assert "scale(-1 1)" in compose("pepper", mirrored, 420, 240)


def test_every_scene_says_what_it_shows():
    for scene in SCENES.values():
        assert scene.doc, scene.name
