"""Long lists (thousands of records) open at their top and do not pile up memory."""

from __future__ import annotations

import gc

import pytest

from kiosk.bench.synthetic import make_content
from kiosk.content.change.store import replace_content
from kiosk.content.read.catalogue import SECTION_KINDS
from kiosk.ui.bridge.models import FIRST_PAGE, PAGE_SIZE, RecordListModel


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
    grid = drive.item("recordGrid")
    assert drive.wait_until(lambda: abs(grid.property("contentY") - grid.property("originY")) <= 1, 10_000)
    top_card = drive.ui.find(f"card-{first.slug}")
    assert top_card is not None and top_card.mapToScene(top_card.boundingRect().topLeft()).y() < drive.window.height() / 2
    drive.tap(f"card-{first.slug}")
    drive.settle()
    assert drive.ui.current_page == f"detail-cluster-{first.slug}"
    drive.go("goBack")
    loaded = grid.property("count")
    grid.setProperty("contentY", grid.property("contentHeight"))
    assert drive.wait_until(lambda: grid.property("count") > loaded, 10_000)  # the next page came in


def rows_held() -> list[RecordListModel]:
    gc.collect()
    return [m for m in gc.get_objects() if isinstance(m, RecordListModel) and m._rows]


def test_list_pages_opened_again_and_again_do_not_pile_up_rows(kiosk, big_db):
    drive = kiosk(language="en")
    # After the first frame the kiosk makes one list per section to keep (the
    # search page's names to try come from one small call, not lists).
    assert drive.wait_until(lambda: drive.ui.window.property("warmedUp"), 20_000)
    held = len(SECTION_KINDS)
    assert drive.wait_until(lambda: len(rows_held()) == held, 10_000), f"{len(rows_held())} lists hold rows, not {held}"
    for _ in range(5):
        drive.go("openSection", "cluster")
        drive.go("openSection", "cluster")  # already open: this one gets a page of its own
        assert drive.ui.current_page == "list-cluster"
        drive.go("goHome")
    # The extra pages let go of their rows when they closed (deleted on a later turn of the event loop).
    assert drive.wait_until(lambda: len(rows_held()) == held, 10_000), f"{len(rows_held())} lists hold rows, not {held}"


def test_a_list_opened_again_starts_at_its_top_unfiltered_without_the_rows_scrolled_through(kiosk, big_db):
    drive = kiosk(layout="portrait", language="en")
    drive.tap("tile-cluster")
    drive.settle()
    grid = drive.item("recordGrid")
    for _ in range(4):  # scroll far enough to load more pages
        before = grid.property("count")
        grid.setProperty("contentY", grid.property("contentHeight"))
        assert drive.wait_until(lambda before=before: grid.property("count") > before, 10_000), "no page came in"
        drive.frame()  # laid out: the next scroll goes to the new end
    loaded = grid.property("count")
    assert loaded > FIRST_PAGE + 2 * PAGE_SIZE, loaded
    drive.tap("homeButton")
    drive.settle()
    drive.tap("tile-cluster")
    drive.settle()
    grid = drive.item("recordGrid")
    first = drive.ui.catalogue.list("cluster", "en", limit=1)[0]
    assert grid.property("contentY") == pytest.approx(grid.property("originY"), abs=1)
    assert drive.ui.find(f"card-{first.slug}") is not None
    assert grid.property("count") <= FIRST_PAGE + PAGE_SIZE, grid.property("count")  # the rows scrolled through were let go
    drive.tap("filter-level-national")
    drive.settle()
    assert not drive.item("filter-level-all").property("selected")
    drive.tap("homeButton")
    drive.settle()
    drive.tap("tile-cluster")
    drive.settle()
    assert drive.item("filter-level-all").property("selected")
    assert drive.item("recordGrid").property("count") >= FIRST_PAGE
