"""The bundled kiosk under its watchdog comes back after a kill and after a freeze.

``jiaozhou-kiosk watchdog`` with its default command (the bundle's own
``run``), offscreen, on a fresh data folder.  The kiosk is killed (SIGKILL:
a crash) and then frozen (SIGSTOP: alive but its GUI thread silent); each
time a new kiosk must be beating again.  Times are only generous upper
bounds for "it came back at all".
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from bundle_tools import minimal_env

from kiosk.runtime.heartbeat import read

pytestmark = [pytest.mark.slow, pytest.mark.skipif(not sys.platform.startswith("linux"), reason="POSIX signals")]

HEARTBEAT_TIMEOUT = 4.0
STOP_TIMEOUT = 3.0
#: Start-up of a fresh kiosk (database creation included) plus a wide margin.
COME_BACK = 60.0


def beating_pid(data: Path, not_pids: set[int]) -> int | None:
    beat = read(data / "run" / "heartbeat")
    return beat.pid if beat is not None and beat.pid not in not_pids else None


def restarts(data: Path) -> list[dict]:
    path = data / "run" / "restarts.jsonl"
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()] if path.exists() else []


def wait_for(check, what: str, timeout: float, watchdog: subprocess.Popen, log: Path):
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        value = check()
        if value:
            return value
        if watchdog.poll() is not None:
            raise AssertionError(f"the watchdog exited ({watchdog.returncode}) waiting for {what}:\n{log.read_text()}")
        time.sleep(0.2)
    raise AssertionError(f"not within {timeout:.0f} s: {what}\n{log.read_text()}")


def gone(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    try:  # a zombie still answers kill(0)
        return Path(f"/proc/{pid}/stat").read_text().split(")")[-1].split()[0] == "Z"
    except OSError:
        return True


def test_the_watchdog_brings_the_bundled_kiosk_back(bundle, tmp_path):
    data = tmp_path / "data"
    log = tmp_path / "watchdog-output.txt"
    cmd = [str(bundle.exe), "watchdog", "--heartbeat-timeout", str(HEARTBEAT_TIMEOUT), "--startup-grace", "60",
           "--restart-delay", "0.5", "--stop-timeout", str(STOP_TIMEOUT)]
    with open(log, "w") as sink:
        watchdog = subprocess.Popen(cmd, env=minimal_env(tmp_path, data), cwd=tmp_path, stdout=sink,
                                    stderr=subprocess.STDOUT)
    seen: set[int] = set()
    try:
        first = wait_for(lambda: beating_pid(data, seen), "the first kiosk's heartbeat", COME_BACK, watchdog, log)
        seen.add(first)

        # A crash: the kiosk process dies.
        os.kill(first, signal.SIGKILL)
        second = wait_for(lambda: beating_pid(data, seen), "a new kiosk after SIGKILL", COME_BACK, watchdog, log)
        seen.add(second)
        assert restarts(data)[0]["reason"] == "exit" and restarts(data)[0]["detail"] == "killed by SIGKILL"

        # A freeze: the process is there but its GUI thread writes nothing.
        stopped_at = time.monotonic()
        os.kill(second, signal.SIGSTOP)
        third = wait_for(lambda: beating_pid(data, seen), "a new kiosk after SIGSTOP", COME_BACK, watchdog, log)
        seen.add(third)
        frozen = restarts(data)[1]
        assert frozen["reason"] == "frozen" and frozen["pid"] == second, frozen
        assert frozen["uptime"] > 0
        # Detected after the timeout (never before), restarted well within a minute.
        assert time.monotonic() - stopped_at >= HEARTBEAT_TIMEOUT
        assert gone(second), "the frozen kiosk must be killed, not left behind"
    finally:
        watchdog.send_signal(signal.SIGTERM)
        try:
            code = watchdog.wait(30)
        except subprocess.TimeoutExpired:
            watchdog.kill()
            code = watchdog.wait()
        for pid in seen:  # never leave a kiosk behind, whatever failed above
            if not gone(pid):
                os.kill(pid, signal.SIGKILL)
    assert code == 0, log.read_text()
    assert all(gone(pid) for pid in seen), "stopping the watchdog must stop the kiosk"
    text = (data / "logs" / "watchdog.log").read_text(encoding="utf-8")
    assert "restart #1: exit (killed by SIGKILL)" in text
    assert f"kiosk pid {second} looks frozen: no heartbeat for" in text
    assert (data / "logs" / "kiosk.log").exists(), "the kiosk logs to its rotating file in the data folder"
