"""The attract loop plays the video staff chose, in a loop and muted, under
the call to action, and keeps its designed loop when the file is missing,
damaged, not a video, or fails while it plays.

The clip is made here, in the test, by Qt Multimedia itself (frames painted
into a QVideoFrameInput, encoded by the FFmpeg back end that ships with
PySide6): nothing binary is kept in the repository.

Offscreen, Qt Quick's software renderer does not draw video frames (the
VideoOutput stays black; a real window with OpenGL, even Mesa's llvmpipe,
draws them), so these tests follow the player (playing, its position moving
on and wrapping round) rather than pixels.
"""

from __future__ import annotations

import logging
from pathlib import Path

import pytest
from PySide6.QtCore import QSize, QUrl
from PySide6.QtGui import QColor, QImage

from kiosk.content.change.settings import Settings
from tests.qt.test_layout import qml_value

DESIGNED = [f"section/{kind}" for kind in ("cluster", "industry", "manufacturer", "base", "platform", "initiative")]
PLAYING = 1  # MediaPlayer.PlayingState


def make_clip(qtbot, path: Path, seconds: float = 2.0, fps: int = 25) -> Path:
    """Encode *seconds* of changing colour as an MPEG-4 file at *path*."""
    from PySide6.QtMultimedia import (QMediaCaptureSession, QMediaFormat, QMediaRecorder, QVideoFrame,
                                      QVideoFrameFormat, QVideoFrameInput)

    size = QSize(320, 180)
    session = QMediaCaptureSession()
    frames = QVideoFrameInput(QVideoFrameFormat(size, QVideoFrameFormat.PixelFormat.Format_RGBA8888))
    session.setVideoFrameInput(frames)
    recorder = QMediaRecorder()
    session.setRecorder(recorder)
    recorder.setMediaFormat(QMediaFormat(QMediaFormat.FileFormat.MPEG4))
    recorder.setVideoResolution(size)
    recorder.setVideoFrameRate(fps)
    recorder.setOutputLocation(QUrl.fromLocalFile(str(path)))
    total, sent, errors = int(seconds * fps), [0], []
    step_us = 1_000_000 // fps

    def push() -> None:
        # The input takes frames as fast as the encoder can; when it is full it
        # says so and asks again with readyToSendVideoFrame.
        while sent[0] < total:
            image = QImage(size, QImage.Format.Format_RGBA8888)
            image.fill(QColor.fromHsv(sent[0] * 360 // total, 200, 220))
            frame = QVideoFrame(image)
            frame.setStartTime(sent[0] * step_us)
            frame.setEndTime((sent[0] + 1) * step_us)
            if not frames.sendVideoFrame(frame):
                return
            sent[0] += 1
        recorder.stop()

    frames.readyToSendVideoFrame.connect(push)
    recorder.errorOccurred.connect(lambda _error, message: errors.append(message))
    recorder.record()
    push()
    qtbot.waitUntil(lambda: errors or (sent[0] == total and recorder.recorderState() == QMediaRecorder.RecorderState.StoppedState),
                    timeout=20_000)
    assert not errors, errors
    assert path.stat().st_size > 1000
    return path


@pytest.fixture
def clip(qtbot, db) -> Path:
    """A 2-second video in the kiosk's media folder, ``hall/loop.mp4``."""
    folder = db.data_dir / "media" / "hall"
    folder.mkdir(parents=True, exist_ok=True)
    return make_clip(qtbot, folder / "loop.mp4")


def _sleep(drive) -> None:
    drive.ui.idle.sleep()
    drive.settle()
    assert drive.wait_until(lambda: drive.ui.find("attractOverlay") is not None, 2000)


def _shown(drive) -> list[str]:
    pictures = drive.item("attractOverlay").property("pictures")
    return list(pictures.toVariant() if hasattr(pictures, "toVariant") else pictures)


def _video(drive):
    return drive.ui.find("attractVideo")


def test_a_staff_video_plays_muted_in_a_loop_under_the_call_to_action(kiosk, db, clip):
    Settings(db.engine).set("attract.media", ["hall/loop.mp4"])
    drive = kiosk(language="en")
    # The kiosk loads the file once before the loop may use it.
    assert drive.wait_until(lambda: drive.ui.app_state.property("attractVideo") != "", 20_000)
    assert drive.ui.app_state.property("attractVideo").endswith("/media/hall/loop.mp4")
    _sleep(drive)
    assert drive.wait_until(lambda: _video(drive) is not None and _video(drive).property("showing"), 20_000)
    video = _video(drive)
    assert video.property("playbackState") == PLAYING
    assert video.property("muted")
    # It covers the screen, the designed pictures stop drawing beneath it, and
    # the call to action and the key figure stay over it.
    overlay = drive.item("attractOverlay")
    assert (video.width(), video.height()) == (overlay.width(), overlay.height())
    assert drive.ui.find("attractPicture") is None
    assert drive.item("attractCallToAction").isVisible()
    assert overlay.property("videoShowing")
    # Played over and over: the position passes the end and starts again.
    furthest = [0]

    def wrapped() -> bool:
        position = video.property("position")
        if position < furthest[0] - 500:
            return True
        furthest[0] = max(furthest[0], position)
        return False

    assert drive.wait_until(wrapped, 20_000), f"the video stopped at {furthest[0]} ms"
    assert video.property("playbackState") == PLAYING
    # A touch ends the loop and the player with it: nothing decodes during a visit.
    drive.tap("attractCallToAction")
    assert drive.wait_until(lambda: drive.ui.find("attractVideo") is None, 3000)


def test_sound_is_on_only_when_staff_turn_it_on(kiosk, db, clip, qt_messages):
    settings = Settings(db.engine)
    settings.set("attract.media", ["hall/loop.mp4"])
    settings.set("attract.sound", True)
    drive = kiosk(language="en")
    assert drive.wait_until(lambda: drive.ui.app_state.property("attractVideo") != "", 20_000)
    _sleep(drive)
    assert drive.wait_until(lambda: _video(drive) is not None and _video(drive).property("showing"), 20_000)
    assert not _video(drive).property("muted")
    # The test machine has no sound server; the kiosk PC has one.
    qt_messages[:] = [m for m in qt_messages if "PulseAudioService" not in m]


def _truncated(clip: Path) -> None:
    data = clip.read_bytes()
    clip.write_bytes(data[: len(data) // 3])


def _text(clip: Path) -> None:
    clip.write_text("These are the hall's opening hours, not a video.\n", encoding="utf-8")


def _gone(clip: Path) -> None:
    clip.unlink()


def _undecodable(clip: Path) -> None:
    """Label the picture stream AV1, a codec the bundled FFmpeg cannot decode:
    the file still loads, with a video stream and a length, but no picture comes out."""
    data = bytearray(clip.read_bytes())
    esds = data.find(b"esds")
    assert data[esds + 16] == 0x04 and data[esds + 21] == 0x20  # DecoderConfigDescriptor: MPEG-4 Visual
    data[esds + 21] = 0xFF  # no object type: the sample entry's code decides
    clip.write_bytes(bytes(data).replace(b"mp4v", b"av01"))


@pytest.mark.parametrize("spoil", [_gone, _truncated, _text, _undecodable],
                         ids=["missing", "truncated", "text-renamed-mp4", "codec-not-decodable"])
def test_a_video_that_cannot_play_leaves_the_designed_loop_and_a_log_line(kiosk, db, clip, spoil, caplog):
    spoil(clip)
    Settings(db.engine).set("attract.media", ["hall/loop.mp4"])
    with caplog.at_level(logging.WARNING, logger="kiosk.ui.bridge.attract_media"):
        drive = kiosk(language="en")
        assert drive.wait_until(lambda: "hall/loop.mp4" in caplog.text, 20_000)
    assert "the designed loop plays" in caplog.text
    _sleep(drive)
    assert drive.ui.app_state.property("attractVideo") == ""
    assert _video(drive) is None
    assert _shown(drive) == DESIGNED
    # The designed picture is drawn (the section pictures are painted in the background first).
    assert drive.wait_until(lambda: qml_value(drive.item("attractPicture"), "status === Image.Ready"), 10_000)


def test_a_video_that_fails_while_playing_gives_the_screen_back_to_the_designed_loop(kiosk, db, clip, caplog):
    Settings(db.engine).set("attract.media", ["hall/loop.mp4"])
    drive = kiosk(language="en")
    assert drive.wait_until(lambda: drive.ui.app_state.property("attractVideo") != "", 20_000)
    # Damaged after the kiosk checked it (a stick pulled while copying, a disk error):
    # the loop's own player finds it out.
    _text(clip)
    with caplog.at_level(logging.WARNING, logger="kiosk.ui.bridge.attract_media"):
        _sleep(drive)
        assert drive.wait_until(lambda: "failed while playing" in caplog.text, 20_000)
    assert "hall/loop.mp4" in caplog.text
    assert drive.wait_until(lambda: _video(drive) is None, 3000)
    assert _shown(drive) == DESIGNED
    assert drive.item("attractPicture").isVisible()


def test_a_pack_with_a_hall_video_switches_the_running_kiosks_attract_loop(kiosk, db, qtbot, tmp_path):
    from kiosk.content.change.prepare import prepare
    from kiosk.content.change.transfers import export_pack, import_pack
    from kiosk.content.database import open_database

    office = open_database(None, tmp_path / "office")
    prepare(office)
    (office.data_dir / "media" / "hall").mkdir(parents=True)
    make_clip(qtbot, office.data_dir / "media" / "hall" / "loop.mp4")
    Settings(office.engine).set("attract.media", ["hall/loop.mp4"])
    pack = export_pack(office, tmp_path / "hall.kioskpack").path
    office.close()

    drive = kiosk(language="en")
    assert drive.ui.app_state.property("attractVideo") == ""
    import_pack(db, pack, actor="staff")
    drive.ui.refresh_content()  # what the staff menu's import and the pack source's updater do next
    assert drive.wait_until(lambda: drive.ui.app_state.property("attractVideo") != "", 20_000)
    _sleep(drive)
    assert drive.wait_until(lambda: _video(drive) is not None and _video(drive).property("showing"), 20_000)
