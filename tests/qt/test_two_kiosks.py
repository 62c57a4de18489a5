"""Two kiosks in one process (the staff console's preview beside a test's
kiosk, the tour) each read their own database: lists and search included."""

from __future__ import annotations

import pytest
from sqlalchemy import update

from kiosk.content.change.prepare import prepare
from kiosk.content.database import open_database
from kiosk.db.models import Record
from kiosk.ui.app import LAYOUTS, KioskUi
from kiosk.ui.driver import Driver


@pytest.fixture
def other_db(tmp_path):
    """A second database with the default content, Haier left unpublished."""
    database = open_database(None, tmp_path / "other")
    prepare(database)
    with database.sessions.begin() as session:
        session.execute(update(Record).where(Record.slug == "haier-group").values(published=False))
    yield database
    database.close()


def search_results(drive: Driver, text: str) -> list[str]:
    drive.go("openSearch")
    drive.settle()
    drive.item("searchField").setProperty("text", text)
    drive.settle()
    return result_slugs(drive)


def list_count(drive: Driver, kind: str) -> int:
    drive.go("openSection", kind)
    drive.settle()
    assert drive.ui.current_page == f"list-{kind}"
    return drive.item("recordGrid").property("count")


def result_slugs(drive: Driver) -> list[str]:
    return [i.objectName()[len("result-"):] for i in drive.ui.items() if i.objectName().startswith("result-")]


def test_each_kiosk_lists_and_searches_its_own_database(kiosk, other_db, qt_messages):
    first = kiosk(language="en")
    manufacturers = first.ui.catalogue.count("manufacturer")
    assert list_count(first, "manufacturer") == manufacturers
    assert "haier-group" in search_results(first, "Haier")

    second_ui = KioskUi(other_db, language="en", size=LAYOUTS["landscape"], recover_on_error=False)
    second_ui.show(fullscreen=False)
    second = Driver(second_ui)
    second.set_animations(False)
    try:
        # A language switch makes the first kiosk's open search and list read
        # again: from its own database, although another kiosk came after it.
        first.ui.app_state.set_language("zh-Hans")
        first.settle()
        assert "haier-group" in result_slugs(first)
        first.go("goBack")
        assert first.ui.current_page == "list-manufacturer"
        assert first.item("recordGrid").property("count") == manufacturers

        assert list_count(second, "manufacturer") == manufacturers - 1
        assert "haier-group" not in search_results(second, "Haier")
        assert search_results(second, "Qingdao")  # the second kiosk's search works, it just has no Haier
        assert second_ui.warnings == []
    finally:
        second_ui.close()


def test_a_closed_kiosk_is_freed(qapp, db, shared_art_cache):
    """The staff console's preview and the tour make kiosk after kiosk in one
    process: a closed one must not stay in memory with its objects."""
    import gc
    import weakref

    from PySide6.QtCore import QCoreApplication, QEvent

    cache = db.data_dir / "cache" / "art"
    cache.parent.mkdir(parents=True, exist_ok=True)
    cache.symlink_to(shared_art_cache, target_is_directory=True)
    ui = KioskUi(db, language="en", size=LAYOUTS["landscape"], recover_on_error=False)
    ui.show(fullscreen=False)
    drive = Driver(ui)
    drive.settle()
    drive.tap("tile-cluster")
    drive.settle()
    drive.go("openSearch")
    drive.settle()
    closed = weakref.ref(ui)
    keypad = weakref.ref(ui.keypad)
    ui.close()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    del ui, drive
    gc.collect()
    assert closed() is None, "the closed kiosk is still referenced"
    assert keypad() is None, "the closed kiosk's keypad is still referenced"
