"""Records get a fitting scene: slug keywords first, then sector, then kind."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kiosk.art import SCENES, scene_for
from kiosk.art.choose import KIND_SCENES, SECTOR_SCENES, keyword_scene

CONTENT = Path(__file__).resolve().parents[3] / "data" / "content"
FILES = {"clusters": "cluster", "bases": "base", "industries": "industry",
         "initiatives": "initiative", "manufacturers": "manufacturer", "platforms": "platform",
         "figures": "figure", "statements": "statement", "zone": "zone", "sources": "source"}

# The scene each default record should get.
EXPECTED = {
    "smart-home-appliances-national-cluster": "appliances",
    "power-steel-structures-national-cluster": "power_tower",
    "pepper-products-leading-county": "pepper",
    "grain-and-oil-processing-leading-county": "grain_oil",
    "condiment-cluster": "condiments",
    "spices-cluster": "spices",
    "home-appliances-and-electronics-cluster": "appliances",
    "power-steel-structure-cluster": "power_tower",
    "smart-home-appliance-circuit-board-cluster": "circuit_board",
    "refrigeration-container-base": "reefer",
    "marine-boiler-base": "marine_boiler",
    "digital-tire-equipment-base": "tyre",
    "haier-smart-interconnected-factory": "smart_factory",
    "smart-home-appliances": "appliances",
    "steel-structures": "steel_frame",
    "new-energy": "new_energy",
    "one-town-one-industry": "initiative",
    "three-industry-integration": "initiative",
    "qingdao-cimc-reefer-container": "reefer",
    "alfa-laval-qingdao": "marine_boiler",
    "haier-group": "smart_factory",
    "economic-and-trade-service-platform": "trade",
    "shandong-hong-kong-sci-tech-innovation-center": "innovation",
    "international-capital-hub": "finance",
    "industrial-enterprises": "figures",
    "zhou-lin": "statement",
    "jiaozhou": "zone",
    "press-release-2025-08-25": "source",
}


def default_records() -> list[tuple[str, str, str | None]]:
    """(kind, slug, sector) of every record in the default content."""
    out = []
    for stem, kind in FILES.items():
        for record in json.loads((CONTENT / f"{stem}.json").read_text(encoding="utf-8")):
            out.append((kind, record["slug"], record.get("sector") or None))
    return out


def test_default_records_get_their_scenes():
    got = {slug: scene_for(kind, slug, sector) for kind, slug, sector in default_records()}
    for slug, scene in EXPECTED.items():
        assert got[slug] == scene, slug
    assert set(got.values()) <= set(SCENES)


def test_a_keyword_wins_over_the_kind_fallback():
    for kind, slug, sector in default_records():
        if keyword_scene(slug):
            assert scene_for(kind, slug, sector) == keyword_scene(slug)
            if kind in ("cluster", "base", "manufacturer", "platform", "industry"):
                assert scene_for(kind, slug, sector) != KIND_SCENES[kind], slug


def test_keywords_match_whole_words_only():
    assert keyword_scene("marine-boiler-base") == "marine_boiler"  # not "oil"
    assert keyword_scene("soy-sauce-works") == "condiments"
    assert keyword_scene("cold-chain-park") == "reefer"
    assert keyword_scene("Tyres_Plant") == "tyre"
    assert keyword_scene("sportswear") is None


@pytest.mark.parametrize("sector", sorted(SECTOR_SCENES))
def test_unknown_slug_falls_back_to_its_sector(sector):
    got = {scene_for("cluster", f"new-cluster-{k}", sector) for k in range(40)}
    assert got == set(SECTOR_SCENES[sector])


@pytest.mark.parametrize("kind", sorted(KIND_SCENES))
def test_unknown_slug_without_sector_falls_back_to_its_kind(kind):
    assert scene_for(kind, "something-new", None) == KIND_SCENES[kind]
    assert scene_for(kind, "something-new", "") == KIND_SCENES[kind]


def test_unknown_kind_still_gets_a_scene():
    assert scene_for("gallery", "something-new", None) in SCENES
    assert scene_for("gallery", "something-new", "unknown-sector") in SCENES
