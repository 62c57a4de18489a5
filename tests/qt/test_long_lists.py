"""Long lists (thousands of records) open at their top and do not pile up memory."""

from __future__ import annotations

import gc

import pytest

from kiosk.bench.synthetic import make_content
from kiosk.content.store import replace_content
from kiosk.ui.bridge.models import RecordListModel


@pytest.fixture
def big_db(db):
    with db.sessions.begin() as session:
        replace_content(session, make_content(1500, seed=3))
    return db


def test_a_long_list_opens_at_its_first_record_and_pages_in_as_it_scrolls(kiosk, big_db):
    drive = kiosk(layout="portrait", language="en")
    first = drive.ui.catalogue.list("cluster", "en", limit=1)[0]
    total = drive.ui.catalogue.count("cluster")
    assert total > 200
    drive.tap("tile-cluster")
    drive.settle()
    drive.wait(100)
    grid = drive.item("recordGrid")
    assert grid.property("contentY") == pytest.approx(grid.property("originY"), abs=1)
    top_card = drive.ui.find(f"card-{first.slug}")
    assert top_card is not None and top_card.mapToScene(top_card.boundingRect().topLeft()).y() < drive.window.height() / 2
    drive.tap(f"card-{first.slug}")
    drive.settle()
    assert drive.ui.current_page == f"detail-cluster-{first.slug}"
    drive.go("goBack")
    loaded = grid.property("count")
    grid.setProperty("contentY", grid.property("contentHeight"))
    drive.settle()
    drive.wait(100)
    assert grid.property("count") > loaded  # the next page came in


def test_closed_list_pages_let_go_of_their_rows(kiosk, big_db):
    drive = kiosk(language="en")
    for _ in range(5):
        drive.go("openSection", "cluster")
        drive.go("goHome")
    drive.wait(50)
    gc.collect()
    holding = [m for m in gc.get_objects() if isinstance(m, RecordListModel) and m._rows]
    assert len(holding) == 0
