"""Images in the console: checked, downscaled, thumbnailed, stored on Save;
what is not an image, or too big, is refused with a message naming the file."""

from __future__ import annotations

from console_tools import click, record, save, select, wait_idle
from PySide6.QtGui import QColor, QImage

from kiosk import paths
from kiosk.admin.console import media

CLUSTER = "smart-home-appliances-national-cluster"


def _png(path, width: int, height: int):
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor("#0B3D91"))
    assert image.save(str(path), "PNG")
    return path


def choose_file(qtbot, console, path) -> None:
    console.prompts.files.append(path)
    click(qtbot, console.editor.choose_image)
    wait_idle(qtbot, console)


def test_a_photo_is_downscaled_thumbnailed_and_stored_on_save(qtbot, console, db, tmp_path):
    photo = _png(tmp_path / "haier-factory.png", 4000, 2500)
    select(qtbot, console, "cluster", CLUSTER)
    choose_file(qtbot, console, photo)

    name = console.editor.record.data["media"]
    assert console.banner.tone == "info" and "1920 × 1200" in console.banner.text.text()
    assert not console.editor.thumb.pixmap().isNull()  # staff see the picture before saving
    media_dir = paths.media_dir(db.data_dir)
    assert not (media_dir / name).exists()  # nothing in place until Save

    save(qtbot, console)

    assert record(db, "cluster", CLUSTER).media == name
    stored, thumb = QImage(str(media_dir / name)), QImage(str(media_dir / "thumbs" / name))
    assert (stored.width(), stored.height()) == (1920, 1200)
    assert (thumb.width(), thumb.height()) == (480, 300)
    assert console.banner.tone == "success"


def test_a_text_file_named_png_is_refused_with_a_message(qtbot, console, db, tmp_path):
    fake = tmp_path / "photo.png"
    fake.write_text("this is a letter, not a picture", encoding="utf-8")
    select(qtbot, console, "cluster", CLUSTER)
    choose_file(qtbot, console, fake)

    assert console.banner.tone == "error"
    assert "photo.png is not a picture that can be read" in console.banner.text.text()
    assert console.editor.record.data.get("media") is None
    assert not console.working.is_dirty()


def test_a_picture_with_too_many_pixels_is_refused(qtbot, console, tmp_path):
    wide = _png(tmp_path / "panorama.png", media.MAX_SOURCE_EDGE + 1, 8)
    select(qtbot, console, "cluster", CLUSTER)
    choose_file(qtbot, console, wide)
    assert console.banner.tone == "error"
    assert f"panorama.png is {media.MAX_SOURCE_EDGE + 1} × 8 pixels" in console.banner.text.text()
    assert console.editor.record.data.get("media") is None


def test_a_file_over_the_size_limit_is_refused_before_it_is_read(qtbot, console, tmp_path):
    big = _png(tmp_path / "scan.png", 64, 64)
    with big.open("ab") as handle:  # a real PNG with a huge tail, as a camera's raw export might be
        handle.truncate(media.MAX_FILE_BYTES + 1)
    select(qtbot, console, "cluster", CLUSTER)
    choose_file(qtbot, console, big)
    assert console.banner.tone == "error"
    assert "scan.png is 20 MB; pictures up to 20 MB are accepted" in console.banner.text.text()
    assert console.editor.record.data.get("media") is None


def test_a_removed_image_is_gone_from_the_record_after_save(qtbot, console, db, tmp_path):
    select(qtbot, console, "cluster", CLUSTER)
    choose_file(qtbot, console, _png(tmp_path / "a.png", 800, 600))
    save(qtbot, console)
    assert record(db, "cluster", CLUSTER).media is not None
    click(qtbot, console.editor.remove_image)
    assert console.editor.thumb.text() == "No image"
    save(qtbot, console)
    assert record(db, "cluster", CLUSTER).media is None
