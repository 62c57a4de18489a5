"""What the attract loop shows instead of its designed pictures, checked first.

Staff name media files in the setting ``attract.media``: a series of images
the loop cross-fades through, or one video it plays in a loop.  Images that
are missing, outside the media folder, or not readable by Qt are left out;
a video is loaded once by Qt Multimedia on the GUI thread, and its first
picture decoded (nothing shown, no sound), before the loop is given it; one
that is missing, unreadable, has no length or no picture that decodes is
refused.  Every file left out is logged by name,
and with nothing left the designed loop plays: never a blank screen.  A video
that fails later, while it plays, is reported back by the loop
(``video_failed``) and the designed loop takes over.

Qt Multimedia is imported only when a video is set, so a kiosk without one
starts and idles exactly as before.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, QUrl, Signal, Slot
from PySide6.QtGui import QImageReader

from kiosk.content.change.settings import is_video_name

log = logging.getLogger(__name__)

# How long a video may take to load before the kiosk gives up on it.
VIDEO_LOAD_TIMEOUT_MS = 20_000
NO_BACKEND = "this installation has no media back end (Qt Multimedia's FFmpeg plugin did not load)"


def media_backend_problem() -> str:
    """Why this installation cannot play an attract video, or '' when it can
    (Qt Multimedia's media back end loads: its plugin and FFmpeg's libraries)."""
    from PySide6.QtMultimedia import QMediaPlayer

    player = QMediaPlayer()
    try:
        return "" if player.isAvailable() else NO_BACKEND
    finally:
        player.deleteLater()


def _inside(folder: Path, name: str) -> Path | None:
    """The file *name* names inside *folder*, or None when it is not a file there."""
    path = (folder / name).resolve()
    if folder not in path.parents or not path.is_file():
        return None
    return path


def usable_images(media_dir: Path, names: list[str]) -> list[str]:
    """The *names* (relative to *media_dir*) that are readable images, in order."""
    folder = media_dir.resolve()
    usable = []
    for name in names:
        path = _inside(folder, name)
        if path is None:
            log.warning("attract.media: %s is not a file in the media folder %s; left out", name, folder)
            continue
        reader = QImageReader(str(path))
        size = reader.size()
        if not reader.canRead() or size.width() <= 0 or size.height() <= 0:
            log.warning("attract.media: %s is not an image the kiosk can read (%s); left out", name, reader.errorString())
            continue
        usable.append(name)
    return usable


class VideoProbe(QObject):
    """Loads one video file with Qt Multimedia and decodes its first picture,
    without showing it or playing its sound, to learn whether the attract
    loop can play it; ``done`` carries the problem ('' when it is playable)
    once, then the probe can be deleted."""

    done = Signal(str)

    def __init__(self, path: Path, timeout_ms: int = VIDEO_LOAD_TIMEOUT_MS, parent: QObject | None = None):
        super().__init__(parent)
        from PySide6.QtMultimedia import QMediaPlayer, QVideoSink

        self._path = path
        self._finished = False
        self._player = QMediaPlayer(self)
        # A picture must come out: a file can load, have a length and a video
        # stream, and still hold a codec this FFmpeg cannot decode (AV1 here).
        self._sink = QVideoSink(self)
        self._player.setVideoSink(self._sink)
        self._sink.videoFrameChanged.connect(self._on_frame)
        self._player.mediaStatusChanged.connect(self._on_status)
        self._player.errorOccurred.connect(lambda _error, message: self._finish(message or "Qt Multimedia cannot read it"))
        self._timer = QTimer(self, singleShot=True, interval=timeout_ms)
        self._timer.timeout.connect(lambda: self._finish(f"it did not load and show a picture within {timeout_ms // 1000} s"))

    def start(self) -> None:
        """Begin loading (the answer comes by ``done``, on the GUI thread)."""
        if not self._player.isAvailable():
            # No media back end (its plugin or FFmpeg's libraries missing or broken): nothing would ever load.
            QTimer.singleShot(0, self, lambda: self._finish(NO_BACKEND))
            return
        self._timer.start()
        self._player.setSource(QUrl.fromLocalFile(str(self._path)))

    @Slot("QMediaPlayer::MediaStatus")
    def _on_status(self, status) -> None:
        from PySide6.QtMultimedia import QMediaPlayer

        if status == QMediaPlayer.MediaStatus.LoadedMedia:
            if not self._player.hasVideo():
                self._finish("it holds no picture (no video stream)")
            elif self._player.duration() <= 0:
                self._finish("it has no length (an empty or damaged video)")
            else:
                self._player.play()  # no audio output: silent; the first picture answers
        elif status == QMediaPlayer.MediaStatus.EndOfMedia:
            self._finish(f"no picture could be decoded ({self._codec()})")
        elif status == QMediaPlayer.MediaStatus.InvalidMedia:
            self._finish(self._player.errorString() or "Qt Multimedia cannot read it")

    @Slot("QVideoFrame")
    def _on_frame(self, frame) -> None:
        if frame.isValid():
            self._finish("")

    def _codec(self) -> str:
        from PySide6.QtMultimedia import QMediaFormat, QMediaMetaData

        codec = self._player.metaData().value(QMediaMetaData.Key.VideoCodec)
        name = QMediaFormat.videoCodecName(codec) if isinstance(codec, QMediaFormat.VideoCodec) else ""
        return f"its video codec {name} cannot be decoded here" if name else "its video codec cannot be decoded here"

    def _finish(self, problem: str) -> None:
        if self._finished:
            return
        self._finished = True
        self._timer.stop()
        # Let go of the file and the decoder's threads now, not when Python collects the probe.
        self._player.stop()
        self._player.setSource(QUrl())
        self.done.emit(problem)

    def cancel(self) -> None:
        """Stop loading; ``done`` is not emitted any more."""
        self._finished = True
        self._timer.stop()
        self._player.stop()
        self._player.setSource(QUrl())


class AttractMedia(QObject):
    """The attract loop's staff media as the loop may use it: the readable
    images (picture ids ``media/<file>``) or the URL of a video that loaded,
    and whether the video plays its sound.  ``changed`` when any of it does."""

    changed = Signal()

    def __init__(self, media_dir: Callable[[], Path], parent: QObject | None = None):
        super().__init__(parent)
        self._media_dir = media_dir
        self._images: list[str] = []
        self._video_name = ""
        self._video_url = ""
        self._sound = False
        self._probe: VideoProbe | None = None

    @property
    def pictures(self) -> list[str]:
        """Picture ids of the readable staff images, in order; empty: none."""
        return [f"media/{name}" for name in self._images]

    @property
    def video_url(self) -> str:
        """The checked staff video's file URL, '' while there is none (or it is being checked)."""
        return self._video_url

    @property
    def sound(self) -> bool:
        """True when the staff video plays its sound (setting ``attract.sound``)."""
        return self._sound

    def set_names(self, names: list[str], sound: bool = False) -> None:
        """Use these media files (the setting's value): images are checked at
        once, a video is loaded first and given to the loop when it loaded."""
        names = list(names)
        video = names[0] if len(names) == 1 and is_video_name(names[0]) else ""
        if sound != self._sound:
            self._sound = sound
            self.changed.emit()
        if video and video == self._video_name:
            return  # the same video, checked or being checked: keep it playing
        self._stop_probe()
        self._video_name, images = video, ([] if video else usable_images(self._media_dir(), names))
        if images != self._images or self._video_url:
            self._images, self._video_url = images, ""
            self.changed.emit()
        if video:
            self._check_video(video)

    def _check_video(self, name: str) -> None:
        folder = self._media_dir().resolve()
        path = _inside(folder, name)
        if path is None:
            log.warning("attract.media: the video %s is not a file in the media folder %s; the designed loop plays", name, folder)
            return
        probe = self._probe = VideoProbe(path, parent=self)
        probe.done.connect(lambda problem: self._video_checked(probe, name, path, problem))
        log.info("attract.media: checking the video %s", name)
        probe.start()

    def _video_checked(self, probe: VideoProbe, name: str, path: Path, problem: str) -> None:
        if probe is not self._probe:
            return  # an answer about a video the setting no longer names
        self._probe = None
        probe.deleteLater()
        if problem:
            log.warning("attract.media: the video %s cannot be played (Qt Multimedia: %s); the designed loop plays", name, problem)
            return
        log.info("attract.media: the video %s plays in the attract loop", name)
        self._video_url = QUrl.fromLocalFile(str(path)).toString()
        self.changed.emit()

    def video_failed(self, message: str) -> None:
        """The loop could not play the video after all: log it and fall back to the designed loop."""
        if not self._video_url:
            return
        log.warning("attract.media: the video %s failed while playing (Qt Multimedia: %s); the designed loop plays",
                    self._video_name, message or "no reason given")
        # Checked again at the next settings change (staff may have replaced the file).
        self._video_name = self._video_url = ""
        self.changed.emit()

    def _stop_probe(self) -> None:
        if self._probe is not None:
            self._probe.cancel()
            self._probe.deleteLater()
            self._probe = None

    def close(self) -> None:
        """Stop a check still under way (the kiosk's window closes)."""
        self._stop_probe()
