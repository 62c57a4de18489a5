"""A visitor taps through every page, in every language, with touch events."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint
from sqlalchemy import delete, update

from kiosk.content.vocab import LANGUAGES
from kiosk.db.models import Record, RecordText

SECTIONS = ("cluster", "manufacturer", "base", "platform", "initiative", "industry")


def text_of(drive, object_name: str) -> str:
    return drive.item(object_name).property("text")


@pytest.mark.parametrize("lang", LANGUAGES)
def test_touch_through_every_section_and_record(kiosk, lang):
    drive = kiosk(language=lang)
    catalogue = drive.ui.catalogue
    assert drive.ui.current_page == "home"
    assert text_of(drive, "homeTitle") == catalogue.home(lang).zone.title.text
    for kind in SECTIONS:
        drive.tap(f"tile-{kind}")
        drive.settle()
        assert drive.ui.current_page == f"list-{kind}"
        cards = catalogue.list(kind, lang)
        assert cards, kind
        for card in cards:
            drive.tap(f"card-{card.slug}")
            drive.settle()
            assert drive.ui.current_page == f"detail-{kind}-{card.slug}"
            assert text_of(drive, "detailTitle") == card.title.text
            drive.tap("backButton")
            drive.settle()
            assert drive.ui.current_page == f"list-{kind}"
        drive.tap("homeButton")
        drive.settle()
        assert drive.ui.current_page == "home"
    drive.tap("aboutButton")
    drive.settle()
    assert drive.ui.current_page == "about"
    assert drive.ui.find("source-press-release-2025-08-25") is not None
    # About is for visitors: the versions and the press release's telephone are the staff menu's.
    shown = " ".join(i.property("text") for i in drive.ui.items() if i.inherits("QQuickText"))
    assert "63074558" not in shown and "2025-08-25.1" not in shown and "Program version" not in shown
    assert drive.ui.catalogue.home(lang).statement.card.title.text in shown
    drive.tap("searchButton")
    drive.settle()
    assert drive.ui.current_page == "search"


def test_home_shows_the_key_figures_large_in_each_language(kiosk):
    drive = kiosk(language="zh-Hans")
    numbers = [i.property("text") for i in drive.ui.items("figureNumber")]
    assert numbers == ["1.5万+", "1000+", "1600+", "7", "2"]
    drive.tap("lang-ru")
    drive.settle()
    numbers = [i.property("text") for i in drive.ui.items("figureNumber")]
    assert numbers == ["15\u00a0000+", "1000+", "160+", "7", "2"]
    drive.tap("lang-en")
    drive.settle()
    assert [i.property("text") for i in drive.ui.items("figureNumber")][0] == "15,000+"


def test_switching_language_rerenders_the_page_in_place(kiosk):
    drive = kiosk(language="en")
    drive.tap("tile-manufacturer")
    drive.settle()
    drive.tap("card-haier-group")
    drive.settle()
    assert text_of(drive, "detailTitle") == "Haier Group"
    drive.tap("lang-zh-Hans")
    drive.settle()
    assert drive.ui.current_page == "detail-manufacturer-haier-group"
    assert text_of(drive, "detailTitle") == "海尔集团"
    assert text_of(drive, "searchButton") == "搜索" or drive.item("searchButton").property("text") == "搜索"
    drive.tap("backButton")
    drive.settle()
    assert drive.ui.current_page == "list-manufacturer"
    assert text_of(drive, "pageTitle") == "龙头企业"
    # The list waited under the detail page and caught up when it showed again.
    assert drive.item("card-haier-group").property("title") == "海尔集团"
    drive.tap("homeButton")
    drive.settle()
    assert text_of(drive, "homeTitle") == drive.ui.catalogue.home("zh-Hans").zone.title.text


def test_a_list_keeps_its_scroll_position_across_a_language_switch(kiosk):
    drive = kiosk(layout="portrait", language="en")
    drive.tap("tile-cluster")
    drive.settle()
    grid = drive.item("recordGrid")
    grid.setProperty("contentY", 600)
    drive.settle()
    drive.tap("lang-ru")
    drive.settle()
    assert drive.item("recordGrid").property("contentY") == pytest.approx(600, abs=1)


def test_a_touch_flick_scrolls_a_list(kiosk):
    drive = kiosk(layout="portrait", language="ru")
    drive.tap("tile-cluster")
    drive.settle()
    grid = drive.item("recordGrid")
    assert grid.property("contentY") == 0
    centre = drive.centre(grid)
    drive.drag(QPoint(centre.x(), centre.y() + 300), QPoint(centre.x(), centre.y() - 300), steps=10, step_ms=5)
    # The finger moved 600 px: the list follows it, then coasts (however long that takes here).
    assert drive.wait_until(lambda: grid.property("contentY") > 200, 10_000), grid.property("contentY")


def test_swiping_right_goes_back(kiosk):
    drive = kiosk(language="en")
    drive.tap("tile-platform")
    drive.settle()
    assert drive.ui.current_page == "list-platform"
    stack = drive.ui.stack
    left = drive.centre(stack)
    drive.drag(QPoint(40, left.y()), QPoint(40 + int(stack.width() * 0.5), left.y()), steps=12, step_ms=8)
    drive.settle()
    assert drive.ui.current_page == "home"


def test_clusters_filter_by_level_and_sector(kiosk):
    drive = kiosk(language="en")
    drive.tap("tile-cluster")
    drive.settle()
    grid = drive.item("recordGrid")
    assert grid.property("count") == 9
    drive.tap("filter-level-national")
    drive.settle()
    assert grid.property("count") == 2
    drive.tap("filter-sector-steel")
    drive.settle()
    assert grid.property("count") == 1
    assert drive.ui.find("card-power-steel-structures-national-cluster") is not None
    drive.tap("filter-level-all")
    drive.settle()
    assert grid.property("count") == 2  # both steel-structure clusters
    drive.tap("filter-sector-all")
    drive.settle()
    assert grid.property("count") == 9


def test_a_base_links_to_its_manufacturer_only_where_the_content_does(kiosk):
    drive = kiosk(language="en")
    drive.go("openRecord", "base", "haier-smart-interconnected-factory")
    drive.tap("related-haier-group")
    drive.settle()
    assert drive.ui.current_page == "detail-manufacturer-haier-group"
    assert drive.ui.find("related-haier-smart-interconnected-factory") is not None
    drive.go("openRecord", "base", "marine-boiler-base")
    assert [i for i in drive.ui.items() if i.objectName().startswith("related-")] == []


def test_a_record_page_answers_with_its_text_and_its_cards_follow(kiosk):
    """A tap on a card shows the record's picture and text in the page's
    first frame; the related cards and the sector strip are built just
    after it, and are there, in place, a moment later."""
    drive = kiosk(language="en")
    catalogue = drive.ui.catalogue
    record = catalogue.detail("manufacturer", "haier-group", "en")
    drive.tap("tile-manufacturer")
    drive.settle()
    first_frame: dict[str, object] = {}

    def look() -> None:
        if not first_frame and drive.ui.current_page == "detail-manufacturer-haier-group":
            first_frame["title"] = drive.ui.find("detailTitle").property("text")
            first_frame["hero"] = drive.ui.find("heroPicture") is not None
            first_frame["cards"] = [i.objectName() for i in drive.ui.items() if i.objectName().startswith(("related-", "more-"))]

    conn = drive.window.frameSwapped.connect(look)
    try:
        drive.tap("card-haier-group")
        drive.settle()
    finally:
        drive.window.frameSwapped.disconnect(conn)
    assert first_frame == {"title": record.card.title.text, "hero": True, "cards": []}
    # Then the cards come, beside and below the text.
    related = drive.item("related-haier-smart-interconnected-factory")
    body = drive.item("detailSummary")
    assert related.mapToScene(related.boundingRect().topLeft()).x() > body.mapToScene(body.boundingRect().topRight()).x()
    shown_related = {(c.kind, c.slug) for c in record.related}
    strip = [c for c in catalogue.more_like("manufacturer", "haier-group", "en") if (c.kind, c.slug) not in shown_related]
    assert strip, "the default content has a strip for this record"
    first_more = drive.item(f"more-{strip[0].slug}")
    assert first_more.mapToScene(first_more.boundingRect().topLeft()).y() > body.mapToScene(body.boundingRect().bottomLeft()).y()
    # A language switch updates them in place.
    drive.tap("lang-ru")
    drive.settle()
    ru_title = catalogue.detail("base", "haier-smart-interconnected-factory", "ru").card.title.text
    assert drive.item("related-haier-smart-interconnected-factory").property("title") == ru_title


def test_qr_code_shows_only_for_a_record_with_a_web_address(kiosk, db):
    with db.sessions.begin() as session:
        session.execute(update(Record).where(Record.slug == "alfa-laval-qingdao").values(web_url="https://example.org/alfa"))
    drive = kiosk(language="en")
    drive.go("openRecord", "manufacturer", "alfa-laval-qingdao")
    qr = drive.item("qrCode")
    assert qr.property("source").toString().startswith("image://qr/")
    # The code is drawn: a good share of the square is dark modules.
    image = drive.grab()
    top_left = drive.centre(qr) - QPoint(int(qr.width() / 2) - 2, int(qr.height() / 2) - 2)
    side = int(qr.width()) - 4
    dark = sum(
        1
        for x in range(top_left.x(), top_left.x() + side, 4)
        for y in range(top_left.y(), top_left.y() + side, 4)
        if image.pixelColor(x, y).lightness() < 80
    )
    assert dark / ((side // 4) ** 2) > 0.2
    drive.go("openRecord", "manufacturer", "haier-group")
    assert drive.ui.find("qrCode") is None


def test_a_missing_translation_falls_back_to_english_and_is_marked(kiosk, db):
    with db.sessions.begin() as session:
        rid = session.scalar(Record.__table__.select().with_only_columns(Record.id).where(Record.slug == "spices-cluster"))
        session.execute(delete(RecordText).where(RecordText.record_id == rid, RecordText.field == "title", RecordText.lang == "ru"))
    drive = kiosk(language="ru")
    drive.go("openRecord", "cluster", "spices-cluster")
    assert text_of(drive, "detailTitle") == "Spices Specialty Food Industry Cluster"
    tags = [i.property("text") for i in drive.ui.items() if i.property("text") == "EN"]
    assert tags, "the fallback is not marked"


def test_a_record_without_a_photo_gets_its_own_illustration(kiosk):
    drive = kiosk(language="en")
    drive.go("openRecord", "cluster", "spices-cluster")
    assert drive.pictures()
    hero = [i for i in drive.ui.items("picture") if i.parentItem().objectName() == "heroPicture"]
    assert len(hero) == 1
    assert hero[0].property("pictureId") == "cluster/spices-cluster/food"
    assert hero[0].property("ready")


def test_an_exception_while_showing_a_page_is_logged_and_goes_back_home(kiosk, monkeypatch, caplog):
    drive = kiosk(language="en", recover_on_error=True)
    drive.tap("tile-initiative")
    drive.settle()
    real = drive.ui.catalogue.detail

    def broken(kind, slug, lang):
        if kind == "initiative":
            raise RuntimeError("database went away")
        return real(kind, slug, lang)

    monkeypatch.setattr(drive.ui.catalogue, "detail", broken)
    drive.tap("card-one-town-one-industry")
    assert drive.wait_until(lambda: drive.ui.current_page == "home", 3000)
    drive.settle()
    assert drive.ui.stack.property("depth") == 1
    assert "database went away" in caplog.text
    assert drive.ui.find("homeTitle").property("text") == "Jiaozhou, Qingdao"
    # The list that was open when it failed opens again, whole.
    monkeypatch.setattr(drive.ui.catalogue, "detail", real)
    drive.tap("tile-initiative")
    drive.settle()
    assert drive.ui.current_page == "list-initiative"
    drive.tap("card-one-town-one-industry")
    drive.settle()
    assert drive.ui.current_page == "detail-initiative-one-town-one-industry"


def test_no_content_text_is_written_in_qml(db):
    from pathlib import Path

    from kiosk.content.change.store import read_content

    import re

    qml = "\n".join(p.read_text(encoding="utf-8") for p in Path("kiosk/ui/qml").rglob("*.qml"))
    # Interface vocabulary (sector and level names) is translated like any UI
    # string; some of it shares words with content. What must not be in QML
    # is content as a plain literal.
    qml = re.sub(r'qsTr\("[^"]*"', "qsTr(", qml)
    with db.sessions() as session:
        content = read_content(session)
    for records in content.records.values():
        for record in records:
            for per_lang in record.text.values():
                for tr in per_lang.values():
                    if len(tr.text) >= 4:
                        assert tr.text not in qml, f"{record.slug}: {tr.text!r} is written in QML"


def test_a_photo_staff_added_replaces_the_placeholder(kiosk, db):
    from PySide6.QtGui import QColor, QImage

    from kiosk.paths import media_dir

    photo = QImage(640, 480, QImage.Format.Format_RGB32)
    photo.fill(QColor("#C0392B"))
    assert photo.save(str(media_dir(db.data_dir) / "haier.jpg"))
    with db.sessions.begin() as session:
        session.execute(update(Record).where(Record.slug == "haier-group").values(media="haier.jpg"))
    drive = kiosk(language="en")
    drive.go("openRecord", "manufacturer", "haier-group")
    drive.frame()
    assert drive.pictures()
    shown = [i for i in drive.ui.items("picture") if i.property("pictureId") == "media/haier.jpg"]
    assert shown and all(i.property("ready") for i in shown)
    assert all(i.property("source").toString().startswith("file://") for i in shown)
    # A media path that leaves the media folder is never shown.
    assert drive.ui.app_state.mediaUrl("../kiosk.sqlite3") == ""


def test_switching_languages_again_and_again_reuses_the_translations(kiosk):
    """A kiosk switches language thousands of times a week; each switch once left
    a translation file loaded for good."""
    from PySide6.QtCore import QTranslator

    drive = kiosk(language="en")
    for code in ("ru", "zh-Hans", "en"):
        drive.tap(f"lang-{code}")
        drive.settle()
    loaded = len(drive.ui.app_state.findChildren(QTranslator))
    for _ in range(10):
        for code in ("ru", "zh-Hans", "en"):
            drive.tap(f"lang-{code}")
            drive.settle()
    assert drive.item("searchButton").property("text") == "Search"
    assert len(drive.ui.app_state.findChildren(QTranslator)) == loaded


def test_a_tap_opens_its_page_when_the_finger_lifts_not_when_it_lands(kiosk):
    """What the benchmark's page switch starts its clock at (kiosk.bench.harness.Kiosk.timed_tap)."""
    drive = kiosk(language="en")
    tile = drive.centre(drive.reveal(drive.item("tile-cluster")))
    drive.press_at(tile)
    drive.wait(150)  # a finger resting on the glass
    assert drive.ui.current_page == "home"
    drive.release_at(tile)
    drive.settle()
    assert drive.ui.current_page == "list-cluster"
