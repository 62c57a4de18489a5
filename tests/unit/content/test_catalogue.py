"""What the visitor pages read: counts, lists, details, at scale."""

from __future__ import annotations

from kiosk.bench.synthetic import make_content
from kiosk.content.read.catalogue import RELATED_LIMIT, Catalogue
from kiosk.content.change.store import replace_content


def test_counts_and_an_industry_page_stay_small_with_thousands_of_clusters(db):
    with db.sessions.begin() as session:
        replace_content(session, make_content(3000, seed=5))
    catalogue = Catalogue(db.sessions)
    clusters = catalogue.count("cluster")
    assert clusters == len(catalogue.list("cluster", "en")) and clusters > 200
    national = catalogue.count("cluster", level="national")
    assert 0 < national < clusters
    industry = catalogue.list("industry", "en")[0]
    detail = catalogue.detail("industry", industry.slug, "ru")
    assert 0 < len(detail.related) <= RELATED_LIMIT
    assert all(card.sector == industry.sector for card in detail.related)
