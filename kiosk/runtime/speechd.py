"""A private speech-dispatcher: its own configuration, runtime folder, log
and Unix socket, for the tests and ``kiosk bench`` (never the desktop's).

It speaks with espeak-ng and sends the sound to libao's null driver, so
speech starts and ends as on a kiosk without a sound card.  A program
talks to it by setting ``SPEECHD_ADDRESS`` to ``address`` before its
read-aloud engine starts.  It needs Debian's ``speech-dispatcher`` and
``speech-dispatcher-espeak-ng`` (``bash build_scripts/dev.sh system``
installs them).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import time
from pathlib import Path

#: The espeak-ng output module; without it the daemon has no voice.
ESPEAK_MODULE = Path("/usr/lib/speech-dispatcher-modules/sd_espeak-ng")
INSTALL_HINT = "bash build_scripts/dev.sh system installs them"


class SpeechDispatcherError(RuntimeError):
    """The daemon did not start; the message holds the end of its output."""


def missing() -> str | None:
    """Why a private daemon cannot be started here (None: it can)."""
    if shutil.which("speech-dispatcher") is None or not ESPEAK_MODULE.exists():
        return f"speech-dispatcher with espeak-ng is not installed ({INSTALL_HINT})"
    return None


def address_for(folder: Path) -> str:
    """The ``SPEECHD_ADDRESS`` of a daemon started in *folder*."""
    return f"unix_socket:{Path(folder) / 'speechd.sock'}"


class PrivateSpeechDispatcher:
    """One speech-dispatcher process of the caller's own, in *folder*.

    ``start`` returns once its socket is open; ``stop`` ends it and removes
    the folder.  ``--timeout`` makes a daemon left behind by a killed caller
    end by itself after *idle_timeout_s* without clients.
    """

    def __init__(self, folder: Path, idle_timeout_s: int = 1800):
        self.folder = Path(folder)
        self.socket = self.folder / "speechd.sock"
        self.address = address_for(self.folder)
        self.idle_timeout_s = idle_timeout_s
        self._process: subprocess.Popen | None = None
        self._log = None

    def _configure(self) -> dict[str, str]:
        config = self.folder / "config" / "speech-dispatcher"
        config.mkdir(parents=True, exist_ok=True)
        (config / "speechd.conf").write_text('AudioOutputMethod "libao"\nDefaultModule espeak-ng\n', encoding="utf-8")
        (self.folder / ".libao").write_text("default_driver=null\n", encoding="utf-8")
        return dict(os.environ, XDG_RUNTIME_DIR=str(self.folder), XDG_CONFIG_HOME=str(self.folder / "config"),
                    HOME=str(self.folder))

    def output(self) -> str:
        """The daemon's own output so far (for error messages)."""
        try:
            return (self.folder / "speech-dispatcher.out").read_text(errors="replace")
        except OSError:
            return ""

    def start(self, timeout_s: float = 10.0) -> PrivateSpeechDispatcher:
        """Start the daemon; SpeechDispatcherError when it is not installed or its socket does not open."""
        reason = missing()
        if reason:
            raise SpeechDispatcherError(reason)
        self.folder.mkdir(parents=True, exist_ok=True)
        env = self._configure()
        self._log = open(self.folder / "speech-dispatcher.out", "wb")
        self._process = subprocess.Popen(
            [shutil.which("speech-dispatcher"), "--run-single", "--timeout", str(self.idle_timeout_s),
             "--communication-method", "unix_socket", "--socket-path", str(self.socket),
             "--log-dir", str(self.folder), "--pid-file", str(self.folder / "pid")],
            env=env, stdout=self._log, stderr=subprocess.STDOUT,
        )
        deadline = time.monotonic() + timeout_s
        while not self.socket.exists():
            if self._process.poll() is not None or time.monotonic() > deadline:
                self._end()
                raise SpeechDispatcherError(f"speech-dispatcher did not open {self.socket}: {self.output()[-2000:]}")
            time.sleep(0.02)  # waiting for the socket file to appear
        return self

    def _end(self) -> None:
        if self._process is not None:
            if self._process.poll() is None:
                self._process.terminate()
                try:
                    self._process.wait(timeout=5)
                except subprocess.TimeoutExpired:
                    self._process.kill()
                    self._process.wait()
            self._process = None
        if self._log is not None:
            self._log.close()
            self._log = None

    def stop(self) -> None:
        """End the daemon and remove its folder."""
        self._end()
        shutil.rmtree(self.folder, ignore_errors=True)
