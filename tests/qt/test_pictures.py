"""Pictures: drawn once and cached, a staff photo replaces the illustration
with the same framing, and no two cards on one list look alike."""

from __future__ import annotations

import itertools

import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QColor, QImage
from sqlalchemy import update

from kiosk.db.models import Record
from kiosk.paths import media_dir
from kiosk.ui.bridge import art_images
from kiosk.ui.bridge.art_images import ArtCache, art_dir

SECTIONS = ("cluster", "manufacturer", "base", "platform", "initiative", "industry")
RED = QColor("#C0392B")


def test_a_picture_is_drawn_once_then_read_from_memory_or_disk(qapp, tmp_path):
    folder = tmp_path / "art"
    folder.mkdir()
    cache = ArtCache(folder, tmp_path)
    size = QSize(400, 240)
    first = cache.image("cluster/spices-cluster/food", size)
    assert first.size() == size and cache.rendered == 1
    assert len(list(folder.glob("*.png"))) == 1
    assert cache.image("cluster/spices-cluster/food", size) == first
    assert cache.rendered == 1
    # A new kiosk start (empty memory) reads the file instead of drawing.
    again = ArtCache(folder, tmp_path)
    assert again.has("cluster/spices-cluster/food", size)
    assert again.image("cluster/spices-cluster/food", size) == first
    assert again.rendered == 0
    # Another size is another picture, drawn at that size.
    wide = again.image("cluster/spices-cluster/food", QSize(1000, 460))
    assert wide.size() == QSize(1000, 460) and again.rendered == 1
    assert len(list(folder.glob("*.png"))) == 2


def test_changed_art_draws_a_new_picture_instead_of_the_cached_one(qapp, tmp_path, monkeypatch):
    cache = ArtCache(tmp_path, tmp_path)
    size = QSize(200, 120)
    before = cache.image("cluster/spices-cluster/food", size)
    real = art_images.illustrate

    def repainted(*args):
        return real(*args).replace('viewBox="', 'data-v="2" viewBox="')

    monkeypatch.setattr(art_images, "illustrate", repainted)
    fresh = ArtCache(tmp_path, tmp_path)
    assert not fresh.has("cluster/spices-cluster/food", size)
    fresh.image("cluster/spices-cluster/food", size)
    assert fresh.rendered == 1
    assert before.size() == size


def test_a_bad_picture_id_is_named_in_the_error(qapp, tmp_path):
    cache = ArtCache(tmp_path, tmp_path)
    with pytest.raises(ValueError, match="picture id 'nonsense'"):
        cache.image("nonsense", QSize(10, 10))


def save_photo(path, width, height, fmt=None) -> None:
    photo = QImage(width, height, QImage.Format.Format_RGB32)
    photo.fill(RED)
    assert photo.save(str(path), fmt, 90)


SHAPES = {
    "wide.png": (6000, 300),
    "tall.png": (300, 6000),
    "tiny.png": (8, 6),
    "huge.jpg": (12000, 6750),
}


@pytest.mark.parametrize("name", list(SHAPES))
def test_a_photo_of_any_shape_is_cropped_to_fill_the_picture(qapp, tmp_path, name):
    media = tmp_path / "media"
    media.mkdir()
    save_photo(media / name, *SHAPES[name])
    (tmp_path / "art").mkdir()
    cache = ArtCache(tmp_path / "art", media)
    for size in (QSize(400, 240), QSize(1000, 460), QSize(240, 400)):
        image = cache.image(f"media/{name}", size)
        assert image.size() == size, name
        # Filled to every edge: no letterbox bars.
        for x, y in ((0, 0), (size.width() - 1, size.height() - 1), (size.width() // 2, size.height() // 2)):
            pixel = image.pixelColor(x, y)
            assert abs(pixel.red() - RED.red()) < 24 and abs(pixel.green() - RED.green()) < 24, (name, x, y)


def test_a_photo_outside_the_media_folder_is_never_read(qapp, tmp_path):
    (tmp_path / "media").mkdir()
    (tmp_path / "art").mkdir()
    save_photo(tmp_path / "secret.png", 20, 20)
    cache = ArtCache(tmp_path / "art", tmp_path / "media")
    assert cache.photo_path("../secret.png") is None
    image = cache.image("media/../secret.png", QSize(40, 40))
    assert image.pixelColor(20, 20) != RED


@pytest.mark.parametrize("layout", ["landscape", "portrait"])
def test_staff_photos_of_extreme_shapes_replace_the_illustration_in_cards_and_hero(kiosk, db, layout):
    slugs = ["qingdao-cimc-reefer-container", "alfa-laval-qingdao", "haier-group"]
    names = ["wide.png", "tall.png", "huge.jpg"]
    for slug, name in zip(slugs, names):
        save_photo(media_dir(db.data_dir) / name, *SHAPES[name])
        with db.sessions.begin() as session:
            session.execute(update(Record).where(Record.slug == slug).values(media=name))
    drive = kiosk(layout=layout, language="ru")
    drive.go("openSection", "manufacturer")
    assert drive.pictures()
    for slug, name in zip(slugs, names):
        card = drive.item(f"card-{slug}")
        image = [i for i in drive.ui.items("picture") if is_inside(i, card)][0]
        assert image.property("pictureId") == f"media/{name}"
        assert image.property("ready")
        assert_fills(drive, image)
    drive.go("openRecord", "manufacturer", "alfa-laval-qingdao")
    assert drive.pictures()
    hero = [i for i in drive.ui.items("picture") if i.parentItem().objectName() == "heroPicture"][0]
    assert hero.property("pictureId") == "media/tall.png"
    assert_fills(drive, hero)


def is_inside(item, ancestor) -> bool:
    while item is not None:
        if item is ancestor:
            return True
        item = item.parentItem()
    return False


def assert_fills(drive, image) -> None:
    """The picture's box shows the red photo edge to edge."""
    from PySide6.QtCore import QPointF

    shot = drive.grab()
    for fx, fy in ((0.05, 0.05), (0.95, 0.95), (0.5, 0.5)):
        point = image.mapToScene(QPointF(image.width() * fx, image.height() * fy))
        pixel = shot.pixelColor(int(point.x()), int(point.y()))
        assert abs(pixel.red() - RED.red()) < 30 and pixel.blue() < 90, (image.property("source"), fx, fy, pixel.name())


def small_copy(image: QImage) -> QImage:
    from PySide6.QtCore import Qt

    return image.scaled(32, 18, Qt.AspectRatioMode.IgnoreAspectRatio, Qt.TransformationMode.SmoothTransformation)


def difference(a: QImage, b: QImage) -> float:
    """Mean difference of two small copies, 0 (same) to 255."""
    total = 0
    for y in range(a.height()):
        for x in range(a.width()):
            pa, pb = a.pixelColor(x, y), b.pixelColor(x, y)
            total += abs(pa.red() - pb.red()) + abs(pa.green() - pb.green()) + abs(pa.blue() - pb.blue())
    return total / (a.width() * a.height() * 3)


def test_no_two_cards_on_a_list_look_the_same(kiosk):
    drive = kiosk(layout="landscape", language="en")
    cache = drive.ui.art_cache
    for kind in SECTIONS:
        drive.go("goHome")
        drive.go("openSection", kind)
        images = [i for i in drive.ui.items("picture") if i.parentItem().objectName() == "cardPicture"]
        sources = [i.property("pictureId") for i in images]
        assert len(sources) == len(drive.ui.catalogue.list(kind, "en")) or len(sources) >= 4, kind
        assert len(set(sources)) == len(sources), f"{kind}: the same picture twice"
        size = images[0].property("sourceSize")
        drawn = {s: small_copy(cache.image(s, size)) for s in sources}
        for (a, pa), (b, pb) in itertools.combinations(drawn.items(), 2):
            assert difference(pa, pb) > 12, f"{kind}: {a} and {b} look alike"


def test_the_warm_up_draws_every_picture_ahead_of_time(kiosk, db):
    art_dir(db.data_dir)  # a cache of its own, empty (see tests/qt/conftest.py)
    drive = kiosk(layout="portrait", language="zh-Hans")
    assert drive.ui.art.wait_until_warm(120), "the pictures were not drawn after the first frame"
    files = len(list(art_dir(db.data_dir).glob("*.png")))
    records = sum(len(drive.ui.catalogue.list(kind, "en")) for kind in SECTIONS) + len(SECTIONS)
    assert files >= records * 3
    # Now no page switch draws: every picture the pages show is ready.
    cache = drive.ui.art_cache
    drawn = cache.rendered
    for kind in SECTIONS:
        drive.go("goHome")
        drive.go("openSection", kind)
        card = drive.ui.catalogue.list(kind, "en")[0]
        drive.go("openRecord", kind, card.slug)
        assert drive.pictures()
    assert cache.rendered == drawn


def test_the_picture_cache_is_trimmed_oldest_first(qapp, tmp_path):
    import os

    cache = ArtCache(tmp_path, tmp_path)
    old = cache.file("cluster/spices-cluster/food", QSize(300, 200))
    new = cache.file("cluster/condiment-cluster/food", QSize(300, 200))
    os.utime(old, (1_000_000, 1_000_000))
    assert cache.trim(limit=new.stat().st_size) == 1
    assert new.exists() and not old.exists()
    # Using a picture again keeps it young.
    again = cache.file("cluster/spices-cluster/food", QSize(300, 200))
    os.utime(new, (1_000_000, 1_000_000))
    cache.file("cluster/spices-cluster/food", QSize(300, 200))
    assert cache.trim(limit=again.stat().st_size) == 1
    assert again.exists() and not new.exists()


def test_a_picture_deleted_behind_the_kiosks_back_is_drawn_again(kiosk, db):
    art_dir(db.data_dir)  # a cache of its own: the test deletes its pictures
    drive = kiosk(language="en")
    drive.go("openRecord", "cluster", "spices-cluster")
    assert drive.pictures()
    drive.go("goHome")
    for png in art_dir(db.data_dir).glob("*.png"):
        png.unlink()
    drive.go("openRecord", "cluster", "spices-cluster")
    assert drive.pictures()
    hero = [i for i in drive.ui.items("picture") if i.parentItem().objectName() == "heroPicture"]
    assert hero and hero[0].property("ready")
    # (the kiosk fixture fails the test on any "cannot open" warning)


def test_a_dropped_picture_bridge_is_freed_on_the_gui_thread_while_its_thread_draws(qapp, tmp_path):
    """The drawing thread holds no Qt object of the GUI's: were it the last to
    hold the bridge, Python would delete the bridge and its timer on that
    thread while the GUI thread uses them (the process then aborts later,
    somewhere unrelated)."""
    import gc
    import threading
    import weakref

    bridge = art_images.ArtBridge(ArtCache(tmp_path, tmp_path))
    pictures = bridge.pictures
    bridge.warm([(f"cluster/record-{n}/food", QSize(900, 500)) for n in range(40)])
    freed_on: list[str] = []
    watch = weakref.ref(bridge, lambda _ref: freed_on.append(threading.current_thread().name))
    del bridge
    gc.collect()
    assert watch() is None, "the picture thread kept the bridge alive"
    assert freed_on == ["MainThread"]
    assert pictures.thread.is_alive(), "the thread should still be drawing (the test proves nothing otherwise)"
    assert pictures.stop()
    assert not pictures.thread.is_alive()


def test_closing_the_kiosk_stops_its_picture_thread(kiosk):
    drive = kiosk(language="en")
    thread = drive.ui.art.thread
    assert thread.is_alive()
    drive.ui.close()
    assert not thread.is_alive()
