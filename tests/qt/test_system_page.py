"""The industrial system page: reached from Home, every card opens its
record, it follows the content, and it moves only when motion is wanted."""

from __future__ import annotations

import pytest

from kiosk.content.change.store import replace_content
from kiosk.content.vocab import LANGUAGES
from kiosk.ui.app import LAYOUTS
from tests.unit.content.test_system import staff_additions


def _nodes(drive) -> list[str]:
    return sorted({i.objectName() for i in drive.ui.items() if i.objectName().startswith("node-")})


def _open_from_home(drive) -> None:
    drive.tap("systemLink")
    drive.settle()
    assert drive.ui.current_page == "system"


@pytest.mark.parametrize("layout", list(LAYOUTS))
def test_home_leads_to_the_system_and_every_card_opens_its_record(kiosk, layout):
    drive = kiosk(layout=layout, language="ru")
    _open_from_home(drive)
    view = drive.ui.catalogue.system("ru")
    expected = sorted(
        f"node-{card.kind}-{card.slug}"
        for branch in view.branches
        for card in [*branch.industries, *branch.clusters, *branch.bases,
                     *(m.maker for m in branch.makers), *(b for m in branch.makers for b in m.bases)]
    )
    assert _nodes(drive) == expected and len(expected) == 4 + 9 + 3 + 4
    for name in expected:
        kind, slug = name.removeprefix("node-").split("-", 1)
        drive.tap(name)
        drive.settle()
        assert drive.ui.current_page == f"detail-{kind}-{slug}"
        drive.tap("backButton")
        drive.settle()
        assert drive.ui.current_page == "system"


def test_the_system_speaks_every_language_in_place(kiosk):
    drive = kiosk(language="en")
    drive.go("openSystem")
    for lang in LANGUAGES:
        drive.tap(f"lang-{lang}")
        drive.settle()
        haier = drive.item("node-manufacturer-haier-group")
        assert haier.property("text") == drive.ui.catalogue.detail("manufacturer", "haier-group", lang).card.title.text


def test_a_record_staff_add_appears_where_its_links_put_it(kiosk, db):
    drive = kiosk(language="en")
    drive.go("openSystem")
    assert "node-manufacturer-tower-works" not in _nodes(drive)
    with db.sessions.begin() as session:
        replace_content(session, staff_additions())
    drive.ui.staff.contentChanged.emit()  # what a pack import or restore on the kiosk signals
    drive.settle()
    _open_from_home(drive)
    steel = drive.item("branch-steel")
    maker = drive.item("node-manufacturer-tower-works")
    base = drive.item("node-base-tower-yard")
    assert maker.property("text") == "Tower Works"
    for item in (maker, base):
        assert any(a is steel for a in _parents(item)), f"{item.objectName()} is not in the steel branch"
    assert "node-base-hidden-yard" not in _nodes(drive)


def _parents(item):
    while item is not None:
        item = item.parentItem()
        yield item


def _entrance(drive) -> list[float]:
    """Open the system page from Home and note how far its bands have come in, frame by frame."""
    seen: list[float] = []
    drive.tap("systemLink")
    assert drive.wait_until(lambda: drive.ui.current_page == "system")
    page = drive.ui.stack.property("currentItem")
    seen.append(page.property("reveal"))
    page.revealChanged.connect(lambda: seen.append(page.property("reveal")))
    assert drive.wait_until(lambda: page.property("reveal") == 1.0)
    drive.settle()
    return seen


def test_the_bands_rise_in_on_entry_unless_the_visitor_wants_less_motion(kiosk):
    drive = kiosk(language="en", animations=True)
    seen = _entrance(drive)
    assert seen[0] < 0.9 and len(seen) > 3 and seen == sorted(seen), seen
    bands = [i for i in drive.ui.items() if i.objectName().startswith("band-")]
    assert len(bands) == 5 and all(b.opacity() == 1.0 for b in bands)

    drive.tap("homeButton")
    drive.settle()
    drive.ui.access.setProperty("lessMotion", True)
    assert _entrance(drive) == [1.0]


def test_with_thousands_of_clusters_a_column_ends_in_a_way_to_the_rest(kiosk, db):
    from kiosk.bench.synthetic import make_content

    with db.sessions.begin() as session:
        replace_content(session, make_content(2000, seed=3))
    drive = kiosk(language="zh-Hans")
    drive.go("openSystem")
    more = [i for i in drive.ui.items() if i.objectName().startswith("more-cluster-")]
    assert more, "no way to the clusters the page leaves out"
    assert "%n" not in more[0].property("text") and any(ch.isdigit() for ch in more[0].property("text"))
    drive.tap(more[0].objectName())
    drive.settle()
    assert drive.ui.current_page == "list-cluster"
