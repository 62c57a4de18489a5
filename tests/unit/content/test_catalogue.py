"""What the visitor pages read: counts, lists, details, at scale."""

from __future__ import annotations

from kiosk.bench.synthetic import make_content
from kiosk.content.read.catalogue import MORE_LIMIT, RELATED_LIMIT, Catalogue
from kiosk.content.change.store import replace_content


def test_counts_and_an_industry_page_stay_small_with_thousands_of_clusters(db):
    with db.sessions.begin() as session:
        replace_content(session, make_content(3000, seed=5))
    catalogue = Catalogue(db.engine)
    clusters = catalogue.count("cluster")
    assert clusters == len(catalogue.list("cluster", "en")) and clusters > 200
    national = catalogue.count("cluster", level="national")
    assert 0 < national < clusters
    industry = catalogue.list("industry", "en")[0]
    detail = catalogue.detail("industry", industry.slug, "ru")
    assert 0 < len(detail.related) <= RELATED_LIMIT
    assert all(card.sector == industry.sector for card in detail.related)


def _linked_content():
    """The default content with one cluster tying Haier and one unpublished manufacturer."""
    from kiosk.content.formats.contentset_io import read_content_dir
    from kiosk.paths import DEFAULT_CONTENT_DIR

    content = read_content_dir(DEFAULT_CONTENT_DIR)
    tied = "smart-home-appliances-national-cluster"
    clusters = [
        c.model_copy(update={"manufacturers": ["haier-group", "alfa-laval-qingdao"]}) if c.slug == tied else c
        for c in content.of("cluster")
    ]
    makers = [
        m.model_copy(update={"published": False}) if m.slug == "alfa-laval-qingdao" else m
        for m in content.of("manufacturer")
    ]
    records = {**content.records, "cluster": clusters, "manufacturer": makers}
    return content.model_copy(update={"records": records})


def test_each_page_links_the_records_the_content_ties_to_it_and_only_published_ones(db):
    with db.sessions.begin() as session:
        replace_content(session, _linked_content())
    catalogue = Catalogue(db.engine)

    def related(kind, slug):
        return [(card.kind, card.slug) for card in catalogue.detail(kind, slug, "en").related]

    assert related("base", "haier-smart-interconnected-factory") == [("manufacturer", "haier-group")]
    assert related("base", "marine-boiler-base") == []  # the source pairs no company with it
    assert related("manufacturer", "haier-group") == [
        ("base", "haier-smart-interconnected-factory"),
        ("cluster", "smart-home-appliances-national-cluster"),
    ]
    # The unpublished manufacturer is tied to the cluster but never shown.
    assert related("cluster", "smart-home-appliances-national-cluster") == [("manufacturer", "haier-group")]
    assert {kind for kind, _ in related("industry", "steel-structures")} == {"cluster"}
    assert catalogue.detail("manufacturer", "haier-group", "ru").source.quote.startswith("Leveraging advanced")


def test_more_in_this_sector_lists_other_records_of_the_sector_own_kind_first(db):
    catalogue = Catalogue(db.engine)
    more = catalogue.more_like("cluster", "spices-cluster", "en")
    assert more and all(card.sector == "food" for card in more)
    assert "spices-cluster" not in [card.slug for card in more]
    kinds = [card.kind for card in more]
    assert kinds[0] == "cluster" and "industry" in kinds
    assert kinds == sorted(kinds, key=["cluster", "manufacturer", "industry"].index)


def test_more_for_a_base_follows_its_manufacturer_and_without_a_sector_its_kind(db):
    catalogue = Catalogue(db.engine)
    maker = catalogue.detail("base", "haier-smart-interconnected-factory", "en").related[0]
    more = catalogue.more_like("base", "haier-smart-interconnected-factory", "en")
    assert more and all(card.sector == maker.sector for card in more)
    initiatives = catalogue.more_like("initiative", "one-town-one-industry", "en")
    assert [card.slug for card in initiatives] == ["three-industry-integration"]
    assert catalogue.more_like("cluster", "no-such-record", "en") == []


def test_more_in_this_sector_stays_small_with_thousands_of_clusters(db):
    with db.sessions.begin() as session:
        replace_content(session, make_content(3000, seed=5))
    catalogue = Catalogue(db.engine)
    cluster = catalogue.list("cluster", "en", limit=1)[0]
    more = catalogue.more_like("cluster", cluster.slug, "en")
    assert 0 < len(more) <= MORE_LIMIT
