"""A staff photo is cropped around its focal point, and the hero picture
gives read-aloud the photo's description in the visitor's language."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QAccessible, QColor, QImage, QPainter
from sqlalchemy import update

from kiosk.db.models import Record, RecordText
from kiosk.paths import media_dir
from kiosk.ui.bridge.art_images import ArtCache, split_focus

RED, BLUE = QColor("#C0392B"), QColor("#0B3D91")


def two_halves(path) -> None:
    """A wide photo: red on the left half, blue on the right."""
    photo = QImage(1200, 300, QImage.Format.Format_RGB32)
    photo.fill(BLUE)
    painter = QPainter(photo)
    painter.fillRect(0, 0, 600, 300, RED)
    painter.end()
    assert photo.save(str(path), "PNG")


def close(a: QColor, b: QColor) -> bool:
    return abs(a.red() - b.red()) < 30 and abs(a.blue() - b.blue()) < 30


def test_the_crop_keeps_the_focal_point_in_view(qapp, tmp_path):
    (tmp_path / "media").mkdir()
    (tmp_path / "art").mkdir()
    two_halves(tmp_path / "media" / "wide.png")
    cache = ArtCache(tmp_path / "art", tmp_path / "media")
    size = QSize(200, 200)
    left = cache.image("media/wide.png@0.1,0.5", size)
    right = cache.image("media/wide.png@0.9,0.5", size)
    assert close(left.pixelColor(100, 100), RED) and close(left.pixelColor(199, 100), RED)
    assert close(right.pixelColor(100, 100), BLUE) and close(right.pixelColor(0, 100), BLUE)
    assert split_focus("photo@2x.png") == ("photo@2x.png", (0.5, 0.5))  # an @ in a file name is no point


def test_the_hero_crops_around_the_point_and_names_the_photo_for_read_aloud(kiosk, db):
    two_halves(media_dir(db.data_dir) / "wide.png")
    with db.sessions.begin() as session:
        session.execute(update(Record).where(Record.slug == "haier-group")
                        .values(media="wide.png", media_focus_x=0.9, media_focus_y=0.5))
        rid = session.query(Record.id).filter(Record.slug == "haier-group").scalar()
        session.add_all([RecordText(record_id=rid, field="alt", lang="en", text="Refrigerators on a line", verified=True),
                         RecordText(record_id=rid, field="alt", lang="ru", text="Холодильники на линии", verified=False)])
    drive = kiosk(layout="landscape", language="ru")
    drive.go("openRecord", "manufacturer", "haier-group")
    assert drive.pictures()
    hero = next(i for i in drive.ui.items("picture") if i.parentItem().objectName() == "heroPicture")
    assert hero.property("pictureId") == "media/wide.png@0.900,0.500"
    frame = hero.parentItem()
    assert frame.property("alt") == "Холодильники на линии"
    QAccessible.setActive(True)
    spoken = QAccessible.queryAccessibleInterface(frame)
    assert spoken is not None and spoken.text(QAccessible.Text.Name) == "Холодильники на линии"
    assert spoken.role() == QAccessible.Role.Graphic
