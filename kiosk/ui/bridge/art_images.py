"""Pictures for the visitor pages: illustrations and staff photos, drawn ahead of time.

A picture is named by an id: ``<kind>/<slug>/<sector>`` is a record's
illustration (drawn by ``kiosk.art``), ``media/<file>`` a photo staff added
(cropped to fill exactly like an illustration, around its focal point when
the id ends in ``@x,y``), ``section/<kind>`` a Home
tile's.  Each is drawn once per pixel size into a PNG under
``<data>/cache/art``, named by a hash of the SVG text (or of the photo's
path, size and time) with the size and ``RASTER_VERSION``: a change to the
art or the photo makes a new file, an unchanged one is found again after a
restart.

QML reads them through the ``Art`` singleton: ``Art.url(id, w, h,
Art.generation)`` answers from memory on the GUI thread with the PNG's file
URL, which Qt loads off the GUI thread (``Image.asynchronous``) and keeps in
its own pixmap cache.  A picture not drawn yet is drawn by one background
thread, the ones on screen first; after the first frame the same thread
draws every published record at the sizes the layout uses (``warm``), so
no page switch ever rasterises.  No Python runs on Qt's image loader thread.
"""

from __future__ import annotations

import atexit
import hashlib
import logging
import os
import threading
import weakref
from collections import deque
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QByteArray, QObject, QRect, QSize, Qt, QTimer, QUrl, Property, Signal, Slot
from PySide6.QtGui import QColor, QImage, QImageReader, QPainter
from PySide6.QtQml import QmlElement, QmlSingleton, QQmlEngine
from PySide6.QtSvg import QSvgRenderer

from kiosk.art import compose, illustrate
from kiosk.gui.image_plugins import load_image_plugins
from kiosk.ui.bridge import QML_IMPORT_MAJOR_VERSION, QML_IMPORT_NAME  # noqa: F401

log = logging.getLogger(__name__)

# Bump when the way pictures are rasterised changes (not the art: the art's
# own SVG text is part of each file's key).
RASTER_VERSION = "1"
# Pictures are never drawn larger than this on a side (a 4K screen at most).
MAX_SIDE = 4096
DEFAULT_SIZE = QSize(800, 450)
# The warm-up draws the first records of each list (what a visitor sees
# first); records further down are drawn when a list scrolls to them.
WARM_PER_KIND = 24
# The cache folder is trimmed to this size, oldest pictures first.
CACHE_BYTES = 300 * 1024 * 1024
# The scene on each Home section tile.
SECTION_SCENES = {"cluster": "zone", "manufacturer": "smart_factory", "base": "steel_frame",
                  "platform": "services", "initiative": "initiative", "industry": "appliances"}


def art_dir(data: Path) -> Path:
    """Where rasterised pictures are cached."""
    path = data / "cache" / "art"
    path.mkdir(parents=True, exist_ok=True)
    return path


def record_id(kind: str, slug: str, sector: str | None = "") -> str:
    """The provider id of a record's illustration (what QML puts after ``image://art/``)."""
    return f"{kind}/{slug}/{sector or ''}"


def fit_size(requested: QSize | None) -> QSize:
    """The pixel size to draw: the one QML asked for, else a default; bounded."""
    if requested is None or requested.width() <= 0 or requested.height() <= 0:
        return QSize(DEFAULT_SIZE)
    return QSize(min(requested.width(), MAX_SIDE), min(requested.height(), MAX_SIDE))


def render_svg(svg: str, size: QSize) -> QImage:
    """Rasterise *svg* at *size* (safe off the GUI thread: a QImage, no window)."""
    image = QImage(size, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    renderer = QSvgRenderer(QByteArray(svg.encode("utf-8")))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    return image


def crop_to_fill(path: Path, size: QSize, focus: tuple[float, float] = (0.5, 0.5)) -> QImage | None:
    """The photo at *path* scaled and cropped to fill *size* around *focus*
    (0..1 across and down; the centre by default), or None when unreadable.
    The focal point is kept as near the middle of the crop as the photo's
    edges allow.

    The reader decodes at the reduced size where the format allows (JPEG), so
    a 12,000 px photo never lands in memory at full size.
    """
    reader = QImageReader(str(path))
    reader.setAutoTransform(True)
    source = reader.size()
    if not source.isValid() or source.width() <= 0 or source.height() <= 0:
        log.warning("photo %s: cannot read its size (%s)", path, reader.errorString())
        return None
    factor = max(size.width() / source.width(), size.height() / source.height())
    scaled = QSize(max(size.width(), round(source.width() * factor)), max(size.height(), round(source.height() * factor)))
    reader.setScaledSize(scaled)
    image = reader.read()
    if image.isNull():
        log.warning("photo %s: cannot be read (%s)", path, reader.errorString())
        return None
    if image.size() != scaled:  # formats that ignore the scaled size
        image = image.scaled(scaled, Qt.AspectRatioMode.IgnoreAspectRatio, Qt.TransformationMode.SmoothTransformation)
    x = min(max(round(focus[0] * scaled.width() - size.width() / 2), 0), scaled.width() - size.width())
    y = min(max(round(focus[1] * scaled.height() - size.height() / 2), 0), scaled.height() - size.height())
    return image.copy(QRect(x, y, size.width(), size.height()))


@dataclass(frozen=True)
class Photo:
    """A staff photo to draw, and the point (0..1 across, down) to crop around."""

    path: Path
    focus: tuple[float, float]


def split_focus(name: str) -> tuple[str, tuple[float, float]]:
    """``file.jpg@0.4,0.3`` -> (``file.jpg``, (0.4, 0.3)); without a sound
    ``@x,y`` the focal point is the centre."""
    base, sep, tail = name.rpartition("@")
    if not sep:
        return name, (0.5, 0.5)
    try:
        x, y = (float(p) for p in tail.split(","))
    except ValueError:
        return name, (0.5, 0.5)
    if not (0 <= x <= 1 and 0 <= y <= 1):
        return base, (0.5, 0.5)
    return base, (x, y)


class ArtCache:
    """Picture files on disk: ``file(id, size)`` gives the PNG, drawing it when missing.

    Thread-safe: the drawing thread and the tests call it; a power cut never
    leaves half a file.
    """

    def __init__(self, folder: Path, media_dir: Path):
        self.folder = folder
        self.media_dir = media_dir
        # How many pictures were drawn (not found on disk): for tests.
        self.rendered = 0

    def photo_path(self, relative: str) -> Path | None:
        """The staff photo *relative* inside the media folder, or None (missing, or outside it)."""
        if not relative:
            return None
        folder = self.media_dir.resolve()
        path = (folder / relative).resolve()
        if folder not in path.parents or not path.is_file():
            return None
        return path

    def _source(self, picture: str) -> object:
        """What to draw for a picture id: a Photo, (kind, slug, sector) or (scene, seed); None for a missing photo."""
        head, _, rest = picture.partition("/")
        if head == "media":
            name, focus = split_focus(rest)
            path = self.photo_path(name)
            if path is None:
                log.warning("photo %r is missing from the media folder", name)
                return None
            return Photo(path, focus)
        if head == "section":
            return (SECTION_SCENES.get(rest, "zone"), f"section-{rest}")
        slug, _, sector = rest.partition("/")
        if not head or not slug:
            raise ValueError(f"picture id {picture!r}: expected <kind>/<slug>/<sector>, media/<file> or section/<kind>")
        return (head, slug, sector or None)

    def _plan(self, picture: str, size: QSize) -> tuple[Path, object, str | None]:
        """(file, source, svg text) for *picture* at *size*."""
        source = self._source(picture)
        svg = None
        if isinstance(source, tuple) and len(source) == 3:
            svg = illustrate(*source, size.width(), size.height())
            fingerprint = svg
        elif isinstance(source, tuple):
            svg = compose(*source, size.width(), size.height())
            fingerprint = svg
        elif isinstance(source, Photo):
            stat = source.path.stat()
            fingerprint = f"photo:{source.path}:{stat.st_size}:{stat.st_mtime_ns}:{source.focus[0]:.3f},{source.focus[1]:.3f}"
        else:
            fingerprint = "missing"
        key = hashlib.sha256(f"{RASTER_VERSION}|{size.width()}x{size.height()}|{fingerprint}".encode()).hexdigest()[:32]
        return self.folder / f"{key}.png", source, svg

    def has(self, picture: str, requested: QSize | None = None) -> bool:
        """True when the picture is already on disk."""
        return self._plan(picture, fit_size(requested))[0].exists()

    def file(self, picture: str, requested: QSize | None = None) -> Path:
        """The PNG of *picture* at *requested* size, drawn now if it is not on disk yet."""
        size = fit_size(requested)
        path, source, svg = self._plan(picture, size)
        if path.exists():
            try:
                os.utime(path)  # in use: the last to be trimmed
            except OSError:
                pass
        else:
            self._store(path, self._draw(source, svg, size))
        return path

    def trim(self, limit: int = CACHE_BYTES) -> int:
        """Delete the least recently used pictures beyond *limit* bytes; how many went."""
        files = []
        for path in self.folder.glob("*.png"):
            try:
                stat = path.stat()
            except OSError:
                continue
            files.append((stat.st_mtime, stat.st_size, path))
        total = sum(size for _, size, _ in files)
        removed = 0
        for _, size, path in sorted(files):
            if total <= limit:
                break
            path.unlink(missing_ok=True)
            total -= size
            removed += 1
        return removed

    def image(self, picture: str, requested: QSize | None = None) -> QImage:
        """The picture as an image (tests and tools; the kiosk hands QML the file)."""
        return QImage(str(self.file(picture, requested)))

    def _draw(self, source: object, svg: str | None, size: QSize) -> QImage:
        self.rendered += 1
        if svg is not None:
            return render_svg(svg, size)
        if isinstance(source, Photo):
            photo = crop_to_fill(source.path, size, source.focus)
            if photo is not None:
                return photo
        blank = QImage(size, QImage.Format.Format_RGB32)
        blank.fill(QColor("#E3EAF6"))
        return blank

    def _store(self, file: Path, image: QImage) -> None:
        if image.hasAlphaChannel():  # a photo with transparency sits on white, like the art
            flat = QImage(image.size(), QImage.Format.Format_RGB32)
            flat.fill(QColor("white"))
            painter = QPainter(flat)
            painter.drawImage(0, 0, image)
            painter.end()
            image = flat
        # Written beside, then renamed: a power cut never leaves half a PNG.
        # Qt's default PNG compression: about 70 KB for a 1000 x 460 picture.
        temp = file.with_suffix(f".{os.getpid()}.{threading.get_ident()}.tmp")
        try:
            if not image.save(str(temp), "PNG"):
                raise OSError(f"could not write {temp}")
            os.replace(temp, file)
        finally:
            temp.unlink(missing_ok=True)


class _Courier(QObject):
    """Carries "pictures were drawn" from the drawing threads to the GUI thread.

    One for the whole process, made on the GUI thread and never deleted: the
    drawing thread emits its signal and so never holds a bridge.  A thread
    that held one could drop its last reference, and Python would then delete
    the bridge and its timer on that thread, under the GUI thread's feet.
    """

    drawn = Signal()


_courier: _Courier | None = None
# Every picture thread that may still run: stopped at exit (a thread still
# drawing when Python exits would abort the process).
_threads: "weakref.WeakSet[PictureThread]" = weakref.WeakSet()


@atexit.register
def _stop_picture_threads() -> None:
    for pictures in list(_threads):
        pictures.stop(5.0)


def courier() -> _Courier:
    """The process's courier (made on first use, on the GUI thread)."""
    global _courier
    if _courier is None:
        _courier = _Courier()
    return _courier


class PictureThread:
    """The one thread that draws pictures, and what it has drawn (no Qt object of the GUI's).

    ``urls`` maps (id, width, height) to the file URL ("" when the picture
    could not be drawn); ``ask`` puts ids in line, the urgent ones first
    (nothing once stopped).
    """

    def __init__(self, cache: ArtCache, signal):
        self.cache = cache
        self._signal = signal  # the courier's bound signal: emitted once per picture drawn
        self.urls: dict[tuple[str, int, int], str] = {}
        self.files: dict[str, str] = {}  # URL -> file path
        self._queue: deque[tuple[str, int, int]] = deque()
        self._queued: set[tuple[str, int, int]] = set()
        self._wake = threading.Condition()
        self._stop = False
        self.warmed = threading.Event()
        self.warm_total = 0
        self.thread = threading.Thread(target=self._run, name="art-pictures", daemon=True)

    def start(self) -> None:
        load_image_plugins()  # before the thread reads its first photo (see the module)
        self.thread.start()

    def ask(self, keys: list[tuple[str, int, int]], urgent: bool) -> None:
        with self._wake:
            if self._stop:
                return
            fresh = [k for k in keys if k not in self._queued and k not in self.urls]
            self._queued.update(fresh)
            if urgent:
                self._queue.extendleft(reversed(fresh))
            else:
                self._queue.extend(fresh)
            self._wake.notify()

    def forget(self, keys) -> None:
        with self._wake:
            for key in keys:
                self.urls.pop(key, None)

    def forget_missing(self) -> None:
        """Drop the URLs of pictures the trim deleted (they are drawn again when asked for)."""
        with self._wake:
            for key, url in list(self.urls.items()):
                if url and not Path(QUrl(url).toLocalFile()).exists():
                    del self.urls[key]

    def stop(self, timeout: float = 30.0) -> bool:
        """Stop after the current picture and wait for it; False when it did not end in *timeout*."""
        with self._wake:
            self._stop = True
            self._queue.clear()
            self._wake.notify()
        if self.thread.is_alive() and self.thread is not threading.current_thread():
            self.thread.join(timeout)
        return not self.thread.is_alive()

    def _run(self) -> None:
        while True:
            with self._wake:
                while not self._queue and not self._stop:
                    self._wake.wait()
                if self._stop:
                    return
                key = self._queue.popleft()
            if key[0] == "":
                trimmed = self.cache.trim()
                if trimmed:
                    self.forget_missing()
                self.warmed.set()
                log.info("pictures ready: %d for this layout, %d drawn so far, %d old ones deleted",
                         self.warm_total, self.cache.rendered, trimmed)
                continue
            try:
                path = self.cache.file(key[0], QSize(key[1], key[2]))
                url = QUrl.fromLocalFile(str(path)).toString()
                self.files[url] = str(path)
            except Exception:
                log.exception("picture %r could not be drawn", key[0])
                url = ""
            with self._wake:
                self.urls[key] = url
                self._queued.discard(key)
                if self._stop:
                    return
            self._signal.emit()


class ArtBridge(QObject):
    """Picture URLs for QML, over one ``PictureThread``.

    ``url`` answers on the GUI thread from a dictionary; a picture it does
    not know yet goes to the front of the drawing queue and QML gets ""
    (the sector tint shows) until ``generation`` moves on.  ``warm`` queues
    the layout's pictures behind whatever the screen asks for.
    """

    generationChanged = Signal()

    def __init__(self, cache: ArtCache, parent: QObject | None = None):
        super().__init__(parent)
        self.cache = cache
        self._generation = 0
        self.pictures = PictureThread(cache, courier().drawn)
        # New pictures reach QML in batches, not one re-evaluation each.
        self._batch = QTimer(self)
        self._batch.setSingleShot(True)
        self._batch.setInterval(50)
        self._batch.timeout.connect(self._publish)
        courier().drawn.connect(self._batch.start, Qt.ConnectionType.QueuedConnection)
        self.pictures.start()

    @property
    def warmed(self) -> threading.Event:
        """Set once the warm-up list is drawn."""
        return self.pictures.warmed

    @property
    def thread(self) -> threading.Thread:
        return self.pictures.thread

    @Property(int, notify=generationChanged)
    def generation(self) -> int:
        """Moves on whenever newly drawn pictures are ready."""
        return self._generation

    @Slot(str, int, int, int, result=str)
    def url(self, picture: str, width: int, height: int, generation: int = 0) -> str:
        """The file URL of *picture* at width x height, or "" while it is being drawn."""
        if not picture:
            return ""
        key = (picture, width, height)
        found = self.pictures.urls.get(key)
        if found and not os.path.exists(self.pictures.files[found]):
            # Deleted behind the kiosk's back (a trim, a cleanup): draw it
            # again rather than hand Qt a file it cannot open.
            self.pictures.forget([key])
            found = None
        if found is None:
            self.pictures.ask([key], urgent=True)
            return ""
        return found

    def warm(self, jobs: list[tuple[str, QSize]]) -> None:
        """Draw these pictures (or find them on disk) in the background, after what the screen asks for."""
        keys = [(picture, size.width(), size.height()) for picture, size in jobs]
        self.pictures.warm_total = len(keys)
        self.pictures.ask(keys + [("", 0, 0)], urgent=False)  # the empty key marks the end

    @Slot()
    def forget_photos(self) -> None:
        """Photos may have changed (new content): look them up again."""
        self.pictures.forget([k for k in list(self.pictures.urls) if k[0].startswith("media/")])

    @Slot()
    def _publish(self) -> None:
        self._generation += 1
        self.generationChanged.emit()

    def stop(self, *_args) -> None:
        """Stop after the current picture and wait for it (a thread still
        drawing when Python exits would abort the process)."""
        if not self.pictures.stop():
            log.error("the picture thread did not stop within 30 s")

    def wait_until_warm(self, timeout: float = 60.0) -> bool:
        """Wait until the warm-up list is done (tests)."""
        return self.pictures.warmed.wait(timeout)


_bridges: dict[int, ArtBridge] = {}


@QmlElement
@QmlSingleton
class Art(ArtBridge):
    """QML name of the picture bridge (one per engine)."""

    @staticmethod
    def create(engine):
        try:
            return _bridges[id(engine)]
        except KeyError:
            raise RuntimeError("no Art singleton was provided for this QML engine") from None


def warm_up_jobs(catalogue, cache: ArtCache, sizes: list[QSize]) -> list[tuple[str, QSize]]:
    """(picture id, size) for every published record, photo and Home tile, small sizes first."""
    from kiosk.content.read.catalogue import SECTION_KINDS

    ids: list[str] = [f"section/{kind}" for kind in SECTION_KINDS]
    for kind in SECTION_KINDS:
        for card in catalogue.list(kind, "en", limit=WARM_PER_KIND):
            ids.append(f"media/{card.media}" if card.media and cache.photo_path(card.media)
                       else record_id(card.kind, card.slug, card.sector))
            if card.media and card.media_focus and cache.photo_path(card.media):
                # The hero crops around the focal point (the id the bridge gives QML).
                ids.append(f"media/{card.media}@{card.media_focus[0]:.3f},{card.media_focus[1]:.3f}")
    order = sorted(sizes, key=lambda s: s.width() * s.height())
    return [(i, s) for s in order for i in ids]


def theme_sizes(engine) -> list[QSize]:
    """The picture sizes the current layout uses, read from the Theme singleton."""
    theme = engine.singletonInstance("Kiosk", "Theme")
    sizes = theme.property("artSizes") if theme is not None else None
    if hasattr(sizes, "toVariant"):
        sizes = sizes.toVariant()
    return [QSize(int(w), int(h)) for w, h in (sizes or {}).values()]


def install(ui, media_dir: Path) -> ArtBridge:
    """Provide the ``Art`` singleton to *ui*'s engine; warm up after its first frame."""
    cache = ArtCache(art_dir(ui.db.data_dir), media_dir)
    bridge = Art(cache)
    QQmlEngine.setObjectOwnership(bridge, QQmlEngine.ObjectOwnership.CppOwnership)
    key = id(ui.engine)
    _bridges[key] = bridge
    ui.art = bridge
    ui.art_cache = cache

    def warm() -> None:
        try:
            bridge.warm(warm_up_jobs(ui.catalogue, cache, theme_sizes(ui.engine)))
        except Exception:
            log.exception("picture warm-up did not start")

    ui.firstFrame.connect(warm, Qt.ConnectionType.SingleShotConnection)
    ui.app_state.revisionChanged.connect(bridge.forget_photos)

    def closed() -> None:  # no argument: wrapping destroyed()'s object would wrap one being deleted
        _bridges.pop(key, None)
        bridge.stop()

    ui.engine.destroyed.connect(closed)
    _threads.add(bridge.pictures)
    return bridge
