"""The attract loop shows the image series staff chose, and its designed
pictures when the files are missing or broken."""

from __future__ import annotations

from PySide6.QtGui import QColor, QImage

from kiosk.content.change.settings import Settings
from tests.qt.test_layout import qml_value


def _image(path, width, height, colour) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor(colour))
    assert image.save(str(path))


def _shown(drive) -> list[str]:
    pictures = drive.item("attractOverlay").property("pictures")
    return list(pictures.toVariant() if hasattr(pictures, "toVariant") else pictures)


def _sleep(drive) -> None:
    drive.ui.idle.sleep()
    drive.settle()
    assert drive.wait_until(lambda: drive.ui.find("attractOverlay") is not None, 2000)


def test_staff_images_cross_fade_and_broken_ones_are_left_out(kiosk, db, tmp_path):
    media = db.data_dir / "media"
    _image(media / "hall" / "wide.png", 3000, 600, "#2050a0")
    _image(media / "hall" / "tall.jpg", 400, 1600, "#a05020")
    (media / "hall" / "broken.png").write_bytes(b"\x89PNG\r\n\x1a\n this is not an image")
    Settings(db.engine).set("attract.media", ["hall/wide.png", "hall/broken.png", "hall/missing.png", "hall/tall.jpg"])

    drive = kiosk(language="en")
    _sleep(drive)
    assert _shown(drive) == ["media/hall/wide.png", "media/hall/tall.jpg"]
    # The first staff image is drawn and on screen (Image.Ready), not a blank screen.
    assert drive.pictures()
    picture = drive.item("attractPicture")
    assert picture.property("pictureId") == "media/hall/wide.png"
    # Drawn by the picture thread first, then decoded off the GUI thread: wait for both.
    assert drive.wait_until(lambda: qml_value(picture, "status === Image.Ready"), 15_000), \
        f"the staff image never showed (status {qml_value(picture, 'status')}, source {picture.property('source')!r})"


def test_with_no_readable_file_the_designed_loop_plays(kiosk, db):
    media = db.data_dir / "media"
    media.mkdir(parents=True, exist_ok=True)
    (media / "broken.jpg").write_bytes(b"not a jpeg at all")
    Settings(db.engine).set("attract.media", ["broken.jpg", "gone.png"])
    drive = kiosk(language="en")
    _sleep(drive)
    assert _shown(drive) == [f"section/{kind}" for kind in
                             ("cluster", "industry", "manufacturer", "base", "platform", "initiative")]


def test_a_changed_setting_applies_without_a_restart(kiosk, db):
    drive = kiosk(language="en")
    _image(db.data_dir / "media" / "poster.png", 800, 600, "#208040")
    Settings(db.engine).set("attract.media", ["poster.png"])
    drive.ui.staff.settingsChanged.emit()  # what the staff menu signals after a change
    _sleep(drive)
    assert _shown(drive) == ["media/poster.png"]


def test_the_setting_refuses_paths_outside_the_media_folder_and_non_images(db):
    import pytest

    settings = Settings(db.engine)
    for bad, words in ((["../secret.png"], "relative path"), (["notes.txt"], "not an image"), ("a.png", "list")):
        with pytest.raises(ValueError, match=words):
            settings.set("attract.media", bad)
    assert settings.get("attract.media") == []
