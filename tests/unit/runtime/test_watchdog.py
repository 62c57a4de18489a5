"""``kiosk watchdog`` brings the kiosk back after an exit, a freeze or a SIGSTOP.

The supervised command is ``supervised_child.py``, a tiny stand-in for the
kiosk that writes the same heartbeat file.  Timeouts are small (1 s) so the
tests take seconds; time is only ever asserted as a generous upper bound for
"restarted at all".
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from kiosk.runtime import EXIT_TO_DESKTOP
from kiosk.runtime.heartbeat import read
from kiosk.runtime.watchdog import EXIT_ALREADY_RUNNING, Watchdog, WatchdogConfig, describe_exit, read_restarts

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="uses POSIX signals")

CHILD = Path(__file__).with_name("supervised_child.py")
#: Upper bound for "it came back": far above the 1 s timeouts, so a slow CI
#: machine does not fail the test, while a watchdog that never restarts does.
DEADLINE = 30.0


def _start_watchdog(data_dir: Path, *child_args: str, timeout: str = "1") -> subprocess.Popen:
    cmd = [sys.executable, "-m", "kiosk", "--data-dir", str(data_dir), "watchdog",
           "--heartbeat-timeout", timeout, "--startup-grace", "3", "--restart-delay", "0.2",
           "--stop-timeout", "1", "--", sys.executable, str(CHILD), *child_args]
    return subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)


def _wait_for(predicate, what: str, deadline: float = DEADLINE):
    end = time.monotonic() + deadline
    while time.monotonic() < end:
        value = predicate()
        if value:
            return value
        time.sleep(0.1)
    raise AssertionError(f"not within {deadline}s: {what}")


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    # A zombie still answers kill(0); the watchdog reaps its children, so
    # look at the state too.
    try:
        state = Path(f"/proc/{pid}/stat").read_text().split(")")[-1].split()[0]
    except OSError:
        return True
    return state != "Z"


def _stop_watchdog(proc: subprocess.Popen) -> str:
    proc.send_signal(signal.SIGTERM)
    try:
        out, _ = proc.communicate(timeout=15)
    except subprocess.TimeoutExpired:
        proc.kill()
        out, _ = proc.communicate()
        raise AssertionError("the watchdog did not stop on SIGTERM:\n" + out)
    assert proc.returncode == 0, out
    return out


def _beating_pid(data_dir: Path, not_pid: int | None = None) -> int | None:
    beat = read(data_dir / "run" / "heartbeat")
    if beat is None or beat.pid == not_pid:
        return None
    return beat.pid


@pytest.fixture
def data(tmp_path: Path) -> Path:
    folder = tmp_path / "data"
    folder.mkdir()
    return folder


def test_a_child_that_exits_is_restarted_and_logged(data):
    proc = _start_watchdog(data, "exit", "1")
    try:
        restarts = _wait_for(lambda: len(read_restarts(data)) >= 2 and read_restarts(data), "two restarts")
    finally:
        out = _stop_watchdog(proc)
    first = restarts[0]
    assert first["reason"] == "exit" and first["exit_code"] == 1 and first["detail"] == "exit code 1"
    assert first["pid"] and first["time"]
    log = (data / "logs" / "watchdog.log").read_text(encoding="utf-8")
    assert "restart #1: exit (exit code 1)" in log and "restart #2" in log
    assert "watchdog got SIGTERM; stopping" in log, out


def test_a_child_that_stops_beating_is_killed_and_restarted(data):
    proc = _start_watchdog(data, "hang")
    try:
        first_pid = _wait_for(lambda: _beating_pid(data), "first heartbeat")
        restarts = _wait_for(lambda: read_restarts(data), "a restart after the beats stop")
        assert restarts[0]["reason"] == "frozen" and restarts[0]["pid"] == first_pid
        assert "no heartbeat for" in restarts[0]["detail"]
        assert not _alive(first_pid)
        second_pid = _wait_for(lambda: _beating_pid(data, not_pid=first_pid), "the new child's heartbeat")
    finally:
        _stop_watchdog(proc)
    assert not _alive(second_pid), "stopping the watchdog must stop the kiosk too"
    log = (data / "logs" / "watchdog.log").read_text(encoding="utf-8")
    assert f"kiosk pid {first_pid} looks frozen" in log


def test_a_stopped_child_sigstop_is_killed_and_restarted(data):
    proc = _start_watchdog(data, "beat")
    try:
        first_pid = _wait_for(lambda: _beating_pid(data), "first heartbeat")
        os.kill(first_pid, signal.SIGSTOP)
        restarts = _wait_for(lambda: read_restarts(data), "a restart of the stopped child")
        assert restarts[0]["reason"] == "frozen" and restarts[0]["pid"] == first_pid
        _wait_for(lambda: not _alive(first_pid), "the stopped child to be gone")
        _wait_for(lambda: _beating_pid(data, not_pid=first_pid), "the new child's heartbeat")
    finally:
        _stop_watchdog(proc)


def test_a_killed_child_is_restarted(data):
    proc = _start_watchdog(data, "beat", timeout="0")  # exit detection alone
    try:
        first_pid = _wait_for(lambda: _beating_pid(data), "first heartbeat")
        os.kill(first_pid, signal.SIGKILL)
        restarts = _wait_for(lambda: read_restarts(data), "a restart of the killed child")
        _wait_for(lambda: _beating_pid(data, not_pid=first_pid), "the new child's heartbeat")
    finally:
        _stop_watchdog(proc)
    assert restarts[0]["reason"] == "exit" and restarts[0]["detail"] == "killed by SIGKILL"


def test_exit_to_desktop_is_not_restarted(data):
    proc = _start_watchdog(data, "exit", str(EXIT_TO_DESKTOP))
    out, _ = proc.communicate(timeout=DEADLINE)
    assert proc.returncode == EXIT_TO_DESKTOP, out
    assert read_restarts(data) == []
    assert "exited to the desktop" in (data / "logs" / "watchdog.log").read_text(encoding="utf-8")


def test_restarts_back_off_after_the_limit_but_never_stop(data, caplog):
    config = WatchdogConfig(heartbeat_timeout=0, max_restarts=2, window=60, restart_delay=0.05,
                            backoff_base=0.1, max_backoff=0.4, poll_interval=0.05)
    dog = Watchdog([sys.executable, "-c", "raise SystemExit(5)"], data, config)
    thread = threading.Thread(target=dog.run)
    thread.start()
    try:
        _wait_for(lambda: dog.restarts >= 6, "six restarts")
    finally:
        dog.stop()
        thread.join(15)
    assert not thread.is_alive()
    delays = [r["delay"] for r in read_restarts(data)][:6]
    # Two ordinary restarts, then doubling pauses capped at max_backoff.
    assert delays[:5] == [0.05, 0.05, 0.1, 0.2, 0.4]
    assert delays[5] == 0.4
    assert any("RESTART LIMIT" in r.getMessage() and r.levelname == "ERROR" for r in caplog.records)


def test_a_missing_program_is_named(data):
    result = subprocess.run([sys.executable, "-m", "kiosk", "--data-dir", str(data), "watchdog", "--",
                             "no-such-kiosk-program"], capture_output=True, text=True, timeout=60)
    assert result.returncode == 2
    assert "no-such-kiosk-program: not found on PATH" in result.stderr


def test_bad_flags_are_named(data):
    result = subprocess.run([sys.executable, "-m", "kiosk", "watchdog", "--heartbeat-timeout", "-4"],
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 2
    assert "--heartbeat-timeout: '-4': seconds cannot be negative" in result.stderr


def test_restart_history_skips_damaged_lines(data):
    (data / "run").mkdir()
    good = json.dumps({"reason": "exit", "exit_code": 1})
    (data / "run" / "restarts.jsonl").write_text(f"{good}\n{{half a line\n{good}\n", encoding="utf-8")
    assert len(read_restarts(data)) == 2


def test_exit_descriptions():
    assert describe_exit(1) == "exit code 1"
    assert describe_exit(-9) == "killed by SIGKILL"
    assert describe_exit(-200) == "killed by signal 200"


def test_a_second_watchdog_on_the_same_data_folder_steps_aside(data):
    first = _start_watchdog(data, "beat")
    try:
        _wait_for(lambda: _beating_pid(data), "the first watchdog's kiosk")
        second = subprocess.run([sys.executable, "-m", "kiosk", "--data-dir", str(data), "watchdog", "--",
                                 sys.executable, str(CHILD), "beat"], capture_output=True, text=True, timeout=60)
    finally:
        _stop_watchdog(first)
    assert second.returncode == EXIT_ALREADY_RUNNING
    assert f"another watchdog (pid {first.pid}) already supervises" in second.stderr


@pytest.mark.parametrize("frozen", [False, True])
def test_the_watchdog_starts_the_kiosk_locked(monkeypatch, frozen):
    """Every launcher of the installed kiosk runs ``watchdog`` with no command:
    the kiosk it starts is the locked full screen, not a window a visitor can close."""
    from kiosk.cli import build_parser
    from kiosk.runtime.watchdog import default_command

    if frozen:
        monkeypatch.setattr(sys, "frozen", True, raising=False)
    command = default_command()
    assert command[0] == sys.executable
    kiosk_args = command[1:] if frozen else command[3:]
    assert build_parser().parse_args(kiosk_args).locked
