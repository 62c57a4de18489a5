"""The staff menu's settings page: read aloud, the accessibility panel, the
screen's height for low reach and the attract loop's pictures, each saved
through the same check as the command line and applied without a restart;
the page scrolls by touch to its last control on the smallest screen."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtTest import QTest

from kiosk.content.change.settings import Settings
from tests.qt.test_staff_menu import enter, message, open_menu, unlock


def settings_page(drive):
    """Unlock the menu and open its settings page."""
    unlock(drive)
    drive.tap("staff-settings")
    drive.settle()
    return drive.item("staffSettings")


def shown(drive, name: str) -> str:
    return drive.item(name).property("text")


def close_menu(drive) -> None:
    drive.tap("staffClose")
    drive.settle()
    assert not drive.ui.staff.property("isOpen")


def _image(path, colour: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    image = QImage(640, 360, QImage.Format.Format_RGB32)
    image.fill(QColor(colour))
    assert image.save(str(path))


def test_rate_and_starting_volume_reach_the_next_visitor(kiosk, db):
    drive = kiosk(language="en")
    settings_page(drive)
    assert shown(drive, "volumeValue") == "Volume 80 %" and shown(drive, "rateValue") == "Normal"
    drive.tap("volume-less")
    drive.tap("volume-less")
    assert Settings(db.engine).get("speech.volume") == 0.6
    assert shown(drive, "volumeValue") == "Volume 60 %"
    drive.tap("rate-more")
    assert Settings(db.engine).get("speech.rate") == 0.1
    assert shown(drive, "rateValue") == "+0.1"
    assert drive.ui.speech.rate == 0.1
    close_menu(drive)
    # The next visitor starts at the new volume, and so does the speech engine.
    drive.ui.idle.sleep()
    drive.ui.idle.wake()
    drive.settle()
    assert drive.ui.access.property("volume") == 0.6
    assert drive.ui.speech.volume == 0.6
    drive.tap("lang-en")  # the next visitor starts in the start language, Chinese
    drive.tap("accessButton")
    drive.settle()
    assert shown(drive, "volumeLevel") == "60 %"


def test_a_refused_value_says_why_and_keeps_the_old_one(kiosk, db):
    Settings(db.engine).set("speech.volume", 1.0)
    Settings(db.engine).set("screen.height_mm", 100)
    drive = kiosk(language="en")
    settings_page(drive)
    drive.tap("volume-more")
    assert "speech.volume" in message(drive) and "must be from 0 to 1" in message(drive)
    assert drive.ui.staff.property("isError")
    assert Settings(db.engine).get("speech.volume") == 1.0
    assert shown(drive, "volumeValue") == "Volume 100 %"
    drive.tap("height-less")
    assert "screen.height_mm" in message(drive) and "must be from 100 to 3000" in message(drive)
    assert Settings(db.engine).get("screen.height_mm") == 100
    assert shown(drive, "heightValue") == "100 mm"


def test_the_panel_offers_only_what_staff_chose(kiosk, db):
    drive = kiosk(language="en")
    settings_page(drive)
    assert drive.item("offer-high_contrast").property("selected")
    drive.tap("offer-high_contrast")
    drive.tap("offer-volume")
    assert Settings(db.engine).get("access.offered") == ["read_aloud", "larger_text", "low_reach", "less_motion"]
    assert not drive.item("offer-high_contrast").property("selected")
    drive.tap("offer-volume")  # offered again: the setting keeps the panel's order
    assert Settings(db.engine).get("access.offered") == ["read_aloud", "larger_text", "low_reach", "less_motion", "volume"]
    # The names are the menu's language.
    drive.tap("staffBack")
    drive.tap("staff-lang-ru")
    drive.tap("staff-settings")
    drive.settle()
    assert shown(drive, "offer-read_aloud") == "Чтение вслух"
    close_menu(drive)
    drive.tap("accessButton")
    drive.settle()
    assert drive.ui.find("toggle-readAloud") is not None and drive.ui.find("volumeUp") is not None
    assert drive.ui.find("toggle-highContrast") is None


def test_keypad_visitors_get_the_idle_multiplier_staff_set(kiosk, db):
    drive = kiosk(language="en")
    settings_page(drive)
    assert shown(drive, "multiplierValue") == "× 2"
    drive.tap("multiplier-more")
    assert Settings(db.engine).get("access.idle_multiplier") == 2.5
    assert shown(drive, "multiplierValue") == "× 2.5"
    close_menu(drive)
    idle = drive.ui.idle
    assert idle.effective_timeout_ms() == 90_000
    QTest.keyClick(drive.window, Qt.Key.Key_Tab)
    assert idle.property("keypadUsed") and idle.effective_timeout_ms() == 225_000


def test_the_screens_height_above_the_floor_moves_low_reach(kiosk, db):
    drive = kiosk(language="en")
    settings_page(drive)
    assert shown(drive, "bottomValue") == "800 mm" and drive.item("height-auto").property("selected")
    drive.tap("bottom-less")
    assert Settings(db.engine).get("screen.bottom_mm") == 790
    assert drive.ui.access.property("screenBottomMm") == 790
    measured = int(shown(drive, "heightValue").split()[0])
    drive.tap("height-more")
    assert Settings(db.engine).get("screen.height_mm") == measured + 10
    assert drive.ui.access.property("screenHeightMm") == measured + 10
    assert not drive.item("height-auto").property("selected")
    drive.tap("height-auto")
    assert Settings(db.engine).get("screen.height_mm") is None
    assert drive.ui.access.property("screenHeightMm") == 0


def _attract(drive) -> list[str]:
    drive.ui.idle.sleep()
    drive.settle()
    assert drive.wait_until(lambda: drive.ui.find("attractOverlay") is not None, 2000)
    pictures = drive.item("attractOverlay").property("pictures")
    return list(pictures.toVariant() if hasattr(pictures, "toVariant") else pictures)


def test_the_attract_loop_shows_the_pictures_picked_in_order(kiosk, db):
    media = db.data_dir / "media"
    _image(media / "hall" / "blue.png", "#2050a0")
    _image(media / "hall" / "red.jpg", "#a03020")
    (media / "notes.txt").write_text("not a picture")
    drive = kiosk(language="en")
    settings_page(drive)
    assert drive.item("media-designed").property("selected")
    assert drive.ui.find("media-notes.txt") is None
    # Each choice reorders the list: look at it again before the next tap, as staff do.
    drive.tap("media-hall/red.jpg")
    drive.settle()
    drive.tap("media-hall/blue.png")
    drive.settle()
    assert Settings(db.engine).get("attract.media") == ["hall/red.jpg", "hall/blue.png"]
    drive.tap("media-earlier-hall/blue.png")
    drive.settle()
    assert Settings(db.engine).get("attract.media") == ["hall/blue.png", "hall/red.jpg"]
    # A file copied in while the page is open shows after "Look again".
    _image(media / "poster.png", "#208040")
    assert drive.ui.find("media-poster.png") is None
    drive.tap("media-refresh")
    drive.settle()
    drive.tap("media-poster.png")
    drive.settle()
    drive.tap("media-hall/red.jpg")  # tapped again: left out
    drive.settle()
    assert Settings(db.engine).get("attract.media") == ["hall/blue.png", "poster.png"]
    close_menu(drive)
    assert _attract(drive) == ["media/hall/blue.png", "media/poster.png"]
    assert drive.pictures()
    assert drive.item("attractPicture").property("pictureId") == "media/hall/blue.png"
    # None chosen: the designed loop again.
    drive.ui.idle.wake()
    drive.settle()
    open_menu(drive)
    enter(drive, "482913")
    drive.tap("staff-settings")
    drive.settle()
    drive.tap("media-designed")
    assert Settings(db.engine).get("attract.media") == []
    close_menu(drive)
    assert _attract(drive)[0] == "section/cluster"


def _scene_rect(item) -> QRectF:
    return item.mapRectToScene(QRectF(0, 0, item.width(), item.height()))


def test_the_page_scrolls_by_touch_to_its_last_control_on_the_small_screen_with_larger_text(kiosk, db):
    _image(db.data_dir / "media" / "last.png", "#208040")
    drive = kiosk(layout="small", language="ru")
    drive.ui.access.setProperty("largerText", True)  # a visitor left larger text on
    page = settings_page(drive)
    assert page.property("contentHeight") > page.height() * 2
    assert drive.item("staffSettingsScrollBar").isVisible()
    last = drive.ui.find("media-last.png")
    view = _scene_rect(page)
    assert not view.contains(_scene_rect(last))  # below the fold at first
    middle = drive.centre(page)
    for _ in range(40):  # a finger pushing the page up, as far as it goes
        if view.contains(_scene_rect(last)):
            break
        drive.drag(QPoint(middle.x(), middle.y() + 150), QPoint(middle.x(), middle.y() - 150), steps=8, step_ms=20)
        drive.wait_until(lambda: not page.property("moving"), 3000)
    assert view.contains(_scene_rect(last)), "the last picture never came into view"
    # The last control, now in view, works by touch.
    drive.tap_at(drive.centre(last))
    assert drive.wait_until(lambda: Settings(db.engine).get("attract.media") == ["last.png"], 2000), message(drive)
    point = last.mapToScene(QPointF(0, 0))
    assert view.contains(point)


def test_the_picker_lists_pictures_and_videos_without_a_broken_thumbnail(kiosk, db):
    from kiosk.ui import staff_menu

    media = db.data_dir / "media"
    _image(media / "a.png", "#2050a0")
    (media / "clip.mp4").write_bytes(b"\x00\x00\x00\x18ftypmp42 not a real film")
    (media / ".thumbnails").mkdir()
    _image(media / ".thumbnails" / "a.png", "#000000")  # a desktop's cache, not a picture staff added
    assert staff_menu.media_choices(media) == [{"name": "a.png", "kind": "image"}, {"name": "clip.mp4", "kind": "video"}]
    drive = kiosk(language="en")
    settings_page(drive)
    assert drive.ui.find("media-clip.mp4") is not None and drive.ui.find("media-a.png") is not None
    assert drive.ui.find("media-.thumbnails/a.png") is None
