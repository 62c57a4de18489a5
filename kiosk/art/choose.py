"""Which scene illustrates a record: keywords in its slug, then its sector, then its kind.

Records staff add later have slugs nobody has seen; they still get a
fitting scene from their sector (one of the sector's scenes, picked by the
slug so that siblings differ) or, without a sector, from their kind.
"""

from __future__ import annotations

import hashlib

# Keyword rules, tried in order; a keyword matches whole words of the slug
# (so "oil" never matches "boiler"), a plural "s" allowed.
KEYWORDS: tuple[tuple[tuple[str, ...], str], ...] = (
    (("pepper", "chilli", "chili"), "pepper"),
    (("grain", "oil", "wheat", "rice", "flour"), "grain_oil"),
    (("condiment", "sauce", "soy", "vinegar"), "condiments"),
    (("spice",), "spices"),
    (("circuit", "pcb", "chip"), "circuit_board"),
    (("power", "pylon", "grid"), "power_tower"),
    (("steel", "structure", "girder"), "steel_frame"),
    (("reefer", "container", "cimc", "refrigeration", "cold-chain"), "reefer"),
    (("boiler", "alfa-laval", "marine"), "marine_boiler"),
    (("tire", "tyre"), "tyre"),
    (("haier", "interconnected", "factory", "robot"), "smart_factory"),
    (("appliance", "electronic"), "appliances"),
    (("trade", "economic", "logistics", "port"), "trade"),
    (("sci-tech", "innovation", "research", "technology"), "innovation"),
    (("capital", "finance", "financial", "investment"), "finance"),
    (("new-energy", "energy", "solar", "wind"), "new_energy"),
)

# A sector's scenes; an unknown slug gets one of them, picked by its hash.
SECTOR_SCENES: dict[str, tuple[str, ...]] = {
    "food": ("grain_oil", "condiments", "spices", "pepper"),
    "appliances": ("appliances", "smart_factory", "circuit_board"),
    "steel": ("steel_frame", "power_tower"),
    "new_energy": ("new_energy",),
}

# The last resort: the scene for a kind of record.
KIND_SCENES: dict[str, str] = {
    "cluster": "zone",
    "manufacturer": "zone",
    "base": "zone",
    "platform": "services",
    "initiative": "initiative",
    "industry": "zone",
    "statement": "statement",
    "figure": "figures",
    "source": "source",
    "zone": "zone",
}
DEFAULT_SCENE = "zone"


def keyword_scene(slug: str) -> str | None:
    """The scene a keyword of *slug* names, or None when no rule applies."""
    words = "-" + slug.lower().replace("_", "-").replace(" ", "-") + "-"
    for keywords, name in KEYWORDS:
        for word in keywords:
            if f"-{word}-" in words or f"-{word}s-" in words:
                return name
    return None


def scene_for(kind: str, slug: str, sector: str | None = None) -> str:
    """The scene for a record of *kind* with *slug* in *sector* (None or "" for none)."""
    found = keyword_scene(slug)
    if found:
        return found
    options = SECTOR_SCENES.get(sector or "")
    if options:
        pick = hashlib.sha256(slug.encode("utf-8")).digest()[0] % len(options)
        return options[pick]
    return KIND_SCENES.get(kind, DEFAULT_SCENE)
