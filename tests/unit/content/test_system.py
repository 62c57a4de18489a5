"""The industrial system view reads the content's own relations, and only those."""

from __future__ import annotations

from kiosk.content.change.store import replace_content
from kiosk.content.formats.contentset_io import read_content_dir
from kiosk.content.formats.schema import BaseIn, ClusterIn, ManufacturerIn
from kiosk.content.read.catalogue import Catalogue
from kiosk.paths import DEFAULT_CONTENT_DIR


def _texts(en: str, ru: str | None = None) -> dict:
    title = {"en": {"text": en, "verified": True}}
    if ru:
        title["ru"] = {"text": ru, "verified": False}
    return {"title": title}


def staff_additions():
    """The default content plus what staff might add: a steel manufacturer
    linked to a steel cluster, a base naming it, a manufacturer tied only to
    a cluster, and an unpublished base naming Haier."""
    content = read_content_dir(DEFAULT_CONTENT_DIR)
    clusters = [
        c.model_copy(update={"manufacturers": ["tower-works"]}) if c.slug == "power-steel-structure-cluster" else c
        for c in content.of("cluster")
    ]
    clusters.append(ClusterIn(slug="new-food-cluster", sort_order=5, level="provincial", cluster_kind="cluster",
                              sector="food", manufacturers=["pepper-mill"], text=_texts("Sample pepper cluster")))
    makers = [
        *content.of("manufacturer"),
        ManufacturerIn(slug="tower-works", sort_order=40, sector="steel", text=_texts("Tower Works", "Завод опор")),
        ManufacturerIn(slug="pepper-mill", sort_order=50, text=_texts("Pepper Mill")),
    ]
    bases = [
        *content.of("base"),
        BaseIn(slug="tower-yard", sort_order=50, manufacturer="tower-works", text=_texts("Tower yard")),
        BaseIn(slug="hidden-yard", sort_order=60, published=False, manufacturer="haier-group", text=_texts("Hidden")),
    ]
    records = {**content.records, "cluster": clusters, "manufacturer": makers, "base": bases}
    return content.model_copy(update={"records": records})


def _tree(view):
    return {
        b.sector: (
            [c.slug for c in b.industries],
            [c.slug for c in b.clusters],
            [(m.maker.slug, [c.slug for c in m.bases]) for m in b.makers],
            [c.slug for c in b.bases],
        )
        for b in view.branches
    }


def test_the_default_content_pairs_only_what_the_source_pairs(db):
    view = Catalogue(db.engine).system("en")
    tree = _tree(view)
    assert list(tree) == ["appliances", "steel", "food", "new_energy", ""]
    assert tree["food"][1] == [
        "pepper-products-leading-county", "grain-and-oil-processing-leading-county", "condiment-cluster", "spices-cluster",
    ]
    assert tree["new_energy"] == (["new-energy"], [], [], [])
    # Only Haier's base names its manufacturer; the other bases stand alone.
    assert tree[""][2] == [
        ("qingdao-cimc-reefer-container", []), ("alfa-laval-qingdao", []),
        ("haier-group", ["haier-smart-interconnected-factory"]),
    ]
    assert tree[""][3] == ["refrigeration-container-base", "marine-boiler-base", "digital-tire-equipment-base"]
    assert [f.slug for f in view.figures][:1] == ["industrial-enterprises"]
    assert view.figures[2].number == "160+" and view.figures[2].unit == "billion yuan"


def test_records_staff_add_take_their_place_by_their_links(db):
    with db.sessions.begin() as session:
        replace_content(session, staff_additions())
    tree = _tree(Catalogue(db.engine).system("ru"))
    # A sector of its own, a sector through its cluster, a base under its manufacturer.
    assert ("tower-works", ["tower-yard"]) in tree["steel"][2]
    assert ("pepper-mill", []) in tree["food"][2]
    assert tree["food"][1][0] == "new-food-cluster"
    # Nothing unpublished, and nothing tied twice.
    everything = str(tree)
    assert "hidden-yard" not in everything
    assert everything.count("tower-yard") == 1 and everything.count("pepper-mill") == 1


def test_texts_come_in_the_visitors_language_with_fallback(db):
    with db.sessions.begin() as session:
        replace_content(session, staff_additions())
    steel = next(b for b in Catalogue(db.engine).system("ru").branches if b.sector == "steel")
    tower = next(m for m in steel.makers if m.maker.slug == "tower-works")
    assert tower.maker.title.text == "Завод опор" and not tower.maker.title.fallback
    assert tower.bases[0].title.text == "Tower yard" and tower.bases[0].title.fallback


def test_thousands_of_records_show_the_first_few_of_each_column_and_count_the_rest(db):
    from kiosk.bench.synthetic import make_content
    from kiosk.content.read.system import BASES_PER_MAKER, SYSTEM_LIMIT

    with db.sessions.begin() as session:
        replace_content(session, make_content(3000, seed=5))
    catalogue = Catalogue(db.engine)
    view = catalogue.system("zh-Hans")
    shown_clusters = sum(len(b.clusters) + b.more_clusters for b in view.branches)
    assert shown_clusters == catalogue.count("cluster") > SYSTEM_LIMIT * len(view.branches)
    assert sum(len(b.makers) + b.more_makers for b in view.branches) == catalogue.count("manufacturer")
    for b in view.branches:
        assert len(b.clusters) <= SYSTEM_LIMIT and len(b.makers) <= SYSTEM_LIMIT and len(b.bases) <= SYSTEM_LIMIT
        assert all(len(m.bases) <= BASES_PER_MAKER for m in b.makers)
    # Every card shown has its words, in the visitor's language where there are any.
    assert all(card.title.text for card in view.cards())
