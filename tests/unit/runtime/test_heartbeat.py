"""The heartbeat file: atomic, cheap, never raises, readable by the watchdog."""

from __future__ import annotations

import os
import time

from kiosk.runtime import ENV_HEARTBEAT_FILE, heartbeat_path
from kiosk.runtime.heartbeat import Heartbeat, age, read


def test_beat_writes_time_and_pid_atomically(tmp_path):
    path = tmp_path / "run" / "heartbeat"
    hb = Heartbeat(path)
    assert hb.beat() is True
    beat = read(path)
    assert beat is not None and beat.pid == os.getpid()
    assert abs(beat.time - time.time()) < 5
    # Only the heartbeat itself is left: the temporary file was renamed over it.
    assert [p.name for p in path.parent.iterdir()] == ["heartbeat"]


def test_age_grows_and_resets_on_the_next_beat(tmp_path):
    path = tmp_path / "heartbeat"
    hb = Heartbeat(path)
    hb.beat()
    written = read(path).time
    assert age(path, now=written + 7.5) == 7.5
    assert age(path, now=written - 3) == 0.0  # a clock step back is not a negative age
    hb.beat()
    assert age(path) < 5


def test_age_is_none_without_a_usable_beat(tmp_path):
    assert age(tmp_path / "missing") is None
    garbage = tmp_path / "garbage"
    garbage.write_text("not a beat\n")
    assert age(garbage) is None
    garbage.write_bytes(b"\xff\xfe")
    assert read(garbage) is None


def test_beat_never_raises_when_the_file_cannot_be_written(tmp_path, caplog):
    hb = Heartbeat(tmp_path / "heartbeat")
    (tmp_path / "heartbeat").mkdir()  # a folder where the file should go: the rename fails
    assert hb.beat() is False
    assert hb.beat() is False
    assert sum("cannot write" in r.getMessage() for r in caplog.records) == 1  # logged once, not every 2 s
    (tmp_path / "heartbeat").rmdir()
    assert hb.beat() is True


def test_clear_removes_the_file(tmp_path):
    hb = Heartbeat(tmp_path / "heartbeat")
    hb.beat()
    hb.clear()
    assert not (tmp_path / "heartbeat").exists()
    hb.clear()  # twice is fine


def test_heartbeat_path_convention_and_watchdog_override(tmp_path, monkeypatch):
    monkeypatch.delenv(ENV_HEARTBEAT_FILE, raising=False)
    assert heartbeat_path(tmp_path) == tmp_path / "run" / "heartbeat"
    assert (tmp_path / "run").is_dir()
    monkeypatch.setenv(ENV_HEARTBEAT_FILE, str(tmp_path / "elsewhere"))
    assert heartbeat_path(tmp_path) == tmp_path / "elsewhere"

