"""``kiosk watchdog``: keeps the kiosk running, restarting it when it exits or freezes.

The watchdog starts the kiosk as a child process and polls it twice a
second.  It restarts the child when

* the child exits, with any exit code except ``EXIT_TO_DESKTOP`` (the staff
  menu's deliberate "exit to desktop", which stops the watchdog too), or
* the child is alive but its heartbeat file has not changed for
  ``heartbeat_timeout`` seconds (``startup_grace`` before the first beat):
  the GUI thread is stuck, or the process was stopped.  It then gets
  SIGTERM (and SIGCONT, so a stopped process can act on it), and SIGKILL
  when it is still there ``stop_timeout`` seconds later.

Staleness is measured with the watchdog's own monotonic clock (when did the
file's content last change?), not by comparing the time written in the file
with the wall clock, so an NTP step on an offline PC never triggers a restart.

Restarts are rate-limited: after ``max_restarts`` restarts within ``window``
seconds, each further restart waits twice as long as the one before (up to
``max_backoff``).  It never gives up, since a kiosk must come back by itself,
but it logs each of those at ERROR.  Every restart is logged to
``logs/watchdog.log`` and appended as a JSON line to ``run/restarts.jsonl``.

SIGTERM, SIGINT or SIGHUP to the watchdog stop the child cleanly (the same
SIGTERM, then SIGKILL) and end the watchdog with exit code 0.

One watchdog per data folder: a second one (say, an autostart entry next to
the systemd unit) exits with ``EXIT_ALREADY_RUNNING`` instead of starting a
second kiosk on the same screen and database.
"""

from __future__ import annotations

import json
import logging
import os
import shutil
import signal
import subprocess
import sys
import threading
import time
from collections import deque
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from kiosk.runtime import ENV_HEARTBEAT_FILE, ENV_SUPERVISED, EXIT_TO_DESKTOP, heartbeat_path, restarts_path

log = logging.getLogger("kiosk.watchdog")

IS_WINDOWS = sys.platform == "win32"
#: Exit code when another watchdog already supervises the same data folder.
EXIT_ALREADY_RUNNING = 4
#: restarts.jsonl is rolled over to restarts.jsonl.1 beyond this size.
RESTARTS_MAX_BYTES = 1_000_000


@dataclass(frozen=True)
class WatchdogConfig:
    """How the watchdog judges the child and paces restarts (all times in seconds)."""

    #: No heartbeat change for this long means frozen; 0 turns freeze detection off.
    heartbeat_timeout: float = 30.0
    #: How long a new child may take to write its first beat (database
    #: migration and backup on the first start after an update take time).
    startup_grace: float = 120.0
    #: More than this many restarts within ``window`` switches to back-off.
    max_restarts: int = 5
    window: float = 300.0
    #: Pause before an ordinary restart, so a crash loop never spins the CPU.
    restart_delay: float = 1.0
    #: First back-off once the limit is reached; each further one doubles it.
    backoff_base: float = 2.0
    #: Longest back-off between two restarts.
    max_backoff: float = 300.0
    #: Between SIGTERM and SIGKILL.
    stop_timeout: float = 5.0
    poll_interval: float = 0.5


@dataclass(frozen=True)
class Restart:
    """One restart as written to ``restarts.jsonl``."""

    time: str
    reason: str  # "exit", "frozen" or "start-failed"
    detail: str
    exit_code: int | None
    pid: int | None
    uptime: float
    delay: float

    def to_json(self) -> str:
        return json.dumps(self.__dict__, ensure_ascii=False)


def default_command() -> list[str]:
    """The kiosk itself, locked in full screen as an installed kiosk runs:
    ``<bundle executable> run --locked`` when frozen, else ``python -m kiosk run --locked``."""
    if getattr(sys, "frozen", False):
        return [sys.executable, "run", "--locked"]
    return [sys.executable, "-m", "kiosk", "run", "--locked"]


def describe_exit(code: int) -> str:
    """'exit code 1' or 'killed by SIGKILL' for a Popen return code."""
    if code < 0:
        try:
            return f"killed by {signal.Signals(-code).name}"
        except ValueError:
            return f"killed by signal {-code}"
    return f"exit code {code}"


class Watchdog:
    """Supervises one command: starts it, watches exit and heartbeat, restarts it.

    ``run()`` blocks until ``stop()`` is called (from another thread or a
    signal handler) or the child exits with ``EXIT_TO_DESKTOP``, and returns
    the watchdog's exit code.
    """

    def __init__(self, command: list[str], data_dir: Path, config: WatchdogConfig | None = None):
        if not command:
            raise ValueError("the watchdog needs a command to run")
        self.command = list(command)
        self.data_dir = Path(data_dir)
        self.config = config or WatchdogConfig()
        self.heartbeat_file = heartbeat_path(self.data_dir)
        self.restarts_file = restarts_path(self.data_dir)
        self._stop = threading.Event()
        self._recent: deque[float] = deque()  # monotonic times of recent restarts
        self._backoff_level = 0
        self.restarts = 0
        self.child: subprocess.Popen | None = None
        self._lock_handle = None

    # -- public -------------------------------------------------------------

    def stop(self) -> None:
        """Ask ``run()`` to stop the child and return (safe from signal handlers)."""
        self._stop.set()

    def run(self) -> int:
        """Supervise until stopped; returns 0, EXIT_TO_DESKTOP when the kiosk asked
        for it, or EXIT_ALREADY_RUNNING when another watchdog has this data folder."""
        other = self._take_lock()
        if other is not None:
            log.error("another watchdog (%s) already supervises the kiosk of %s; not starting a second kiosk",
                      other, self.data_dir)
            return EXIT_ALREADY_RUNNING
        self._install_signal_handlers()
        log.info("watchdog %d supervising: %s (heartbeat %s, timeout %gs, %d restarts per %gs)",
                 os.getpid(), " ".join(self.command), self.heartbeat_file,
                 self.config.heartbeat_timeout, self.config.max_restarts, self.config.window)
        try:
            while not self._stop.is_set():
                started = time.monotonic()
                try:
                    self.child = self._start()
                except OSError as exc:
                    self.child = None
                    # The program vanished mid-update, or a disk error: keep
                    # trying (with back-off) rather than leaving a dead screen.
                    if not self._restart("start-failed", f"cannot start {self.command[0]}: {exc}", None, None, started):
                        break
                    continue
                reason, detail, code = self._watch(self.child)
                if reason == "stopped":
                    break
                if reason == "exit" and code == EXIT_TO_DESKTOP:
                    log.warning("kiosk pid %d exited to the desktop (exit code %d); the watchdog stops too",
                                self.child.pid, code)
                    return EXIT_TO_DESKTOP
                if not self._restart(reason, detail, code, self.child.pid, started):
                    break
        finally:
            if self.child is not None and self.child.poll() is None:
                log.info("stopping kiosk pid %d", self.child.pid)
                self._terminate(self.child)
            log.info("watchdog %d stopped", os.getpid())
            self._release_lock()
        return 0

    # -- one watchdog per data folder -------------------------------------------

    def _take_lock(self) -> str | None:
        """Lock ``run/watchdog.lock``; None when we have it, else who holds it."""
        path = self.restarts_file.with_name("watchdog.lock")
        handle = open(path, "a+", encoding="ascii")
        try:
            if IS_WINDOWS:
                import msvcrt

                handle.seek(0)
                msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
            else:
                import fcntl

                fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            try:
                handle.seek(0)
                holder = handle.read().strip()
            except OSError:  # Windows: the locked byte cannot be read
                holder = ""
            handle.close()
            return f"pid {holder}" if holder.isdigit() else "pid unknown"
        # The OS drops the lock when this process dies, however it dies.
        handle.seek(0)
        handle.truncate()
        handle.write(str(os.getpid()))
        handle.flush()
        self._lock_handle = handle
        return None

    def _release_lock(self) -> None:
        if self._lock_handle is not None:
            self._lock_handle.close()
            self._lock_handle = None

    # -- child process ------------------------------------------------------

    def _start(self) -> subprocess.Popen:
        # A beat left over from the previous child must not count for the
        # new one; where it cannot be removed, _watch compares with it.
        try:
            self.heartbeat_file.unlink()
        except OSError:
            pass
        env = dict(os.environ)
        env["KIOSK_DATA_DIR"] = str(self.data_dir)
        env[ENV_HEARTBEAT_FILE] = str(self.heartbeat_file)
        env[ENV_SUPERVISED] = "1"
        kwargs: dict = {}
        if IS_WINDOWS:
            kwargs["creationflags"] = subprocess.CREATE_NEW_PROCESS_GROUP
        else:
            # Its own process group, so a stop also reaches anything the
            # command started (e.g. a shell wrapper's child).
            kwargs["start_new_session"] = True
        child = subprocess.Popen(self.command, env=env, **kwargs)
        log.info("started kiosk pid %d", child.pid)
        return child

    def _read_beat(self) -> bytes | None:
        try:
            return self.heartbeat_file.read_bytes()
        except OSError:
            return None

    def _watch(self, child: subprocess.Popen) -> tuple[str, str, int | None]:
        """Wait until the child exits, freezes, or we are stopped: (reason, detail, exit code)."""
        cfg = self.config
        last_content = self._read_beat()
        last_change = time.monotonic()
        seen_beat = False
        while True:
            if self._stop.wait(cfg.poll_interval):
                return "stopped", "watchdog stopped", None
            code = child.poll()
            if code is not None:
                return "exit", describe_exit(code), code
            if cfg.heartbeat_timeout <= 0:
                continue
            now = time.monotonic()
            content = self._read_beat()
            if content is not None and content != last_content:
                last_content, last_change, seen_beat = content, now, True
                continue
            limit = cfg.heartbeat_timeout if seen_beat else max(cfg.startup_grace, cfg.heartbeat_timeout)
            silent = now - last_change
            if silent > limit:
                what = "no heartbeat" if seen_beat else "no first heartbeat"
                detail = f"{what} for {silent:.1f}s (limit {limit:g}s)"
                log.error("kiosk pid %d looks frozen: %s; stopping it", child.pid, detail)
                code = self._terminate(child)
                return "frozen", f"{detail}; then {describe_exit(code)}", code

    def _terminate(self, child: subprocess.Popen) -> int:
        """SIGTERM (plus SIGCONT), wait, then SIGKILL; returns the exit code."""
        if IS_WINDOWS:
            child.terminate()
        else:
            self._signal_group(child, signal.SIGTERM)
            # A SIGSTOPped process keeps SIGTERM pending until it runs again.
            self._signal_group(child, signal.SIGCONT)
        try:
            return child.wait(self.config.stop_timeout)
        except subprocess.TimeoutExpired:
            log.warning("kiosk pid %d ignored SIGTERM for %gs; killing it", child.pid, self.config.stop_timeout)
        if IS_WINDOWS:
            child.kill()
        else:
            self._signal_group(child, signal.SIGKILL)
        return child.wait()

    @staticmethod
    def _signal_group(child: subprocess.Popen, sig: int) -> None:
        try:
            os.killpg(child.pid, sig)
        except (ProcessLookupError, PermissionError):
            try:
                child.send_signal(sig)
            except ProcessLookupError:
                pass

    # -- restarts -------------------------------------------------------------

    def _restart(self, reason: str, detail: str, code: int | None, pid: int | None, started: float) -> bool:
        """Log the restart, wait the (rate-limited) delay; False when stopped meanwhile."""
        cfg = self.config
        now = time.monotonic()
        if self.child is not None and not IS_WINDOWS:
            # Whatever the old child left in its process group goes too, or
            # a shell wrapper's orphaned kiosk would share the screen.
            self._signal_group_quietly(self.child.pid)
        while self._recent and now - self._recent[0] > cfg.window:
            self._recent.popleft()
        if len(self._recent) >= cfg.max_restarts:
            self._backoff_level += 1
            delay = min(cfg.max_backoff, max(cfg.backoff_base, cfg.restart_delay) * 2 ** (self._backoff_level - 1))
        else:
            self._backoff_level = 0
            delay = cfg.restart_delay
        self._recent.append(now)
        self.restarts += 1
        record = Restart(
            time=datetime.now(timezone.utc).isoformat(timespec="seconds"),
            reason=reason, detail=detail, exit_code=code, pid=pid,
            uptime=round(now - started, 1), delay=round(delay, 2),
        )
        if self._backoff_level:
            log.error("RESTART LIMIT: %d restarts within %gs; backing off %gs. Restart #%d (%s: %s); "
                      "look at logs/kiosk.log for why the kiosk keeps failing",
                      len(self._recent), cfg.window, delay, self.restarts, reason, detail)
        else:
            log.warning("restart #%d: %s (%s), pid %s after %.1fs; starting again in %gs",
                        self.restarts, reason, detail, pid, now - started, delay)
        self._append_record(record)
        return not self._stop.wait(delay)

    @staticmethod
    def _signal_group_quietly(pgid: int) -> None:
        try:
            os.killpg(pgid, signal.SIGKILL)
        except (ProcessLookupError, PermissionError):
            pass

    def _append_record(self, record: Restart) -> None:
        try:
            if self.restarts_file.exists() and self.restarts_file.stat().st_size > RESTARTS_MAX_BYTES:
                os.replace(self.restarts_file, self.restarts_file.with_name(self.restarts_file.name + ".1"))
            with self.restarts_file.open("a", encoding="utf-8") as handle:
                handle.write(record.to_json() + "\n")
        except OSError as exc:
            log.error("cannot append to %s: %s", self.restarts_file, exc)

    # -- signals ----------------------------------------------------------------

    def _install_signal_handlers(self) -> None:
        if threading.current_thread() is not threading.main_thread():
            return  # tests run the watchdog in a thread and call stop()

        def handler(signum, _frame):
            log.info("watchdog got %s; stopping", signal.Signals(signum).name)
            self.stop()

        names = ["SIGTERM", "SIGINT"] + ([] if IS_WINDOWS else ["SIGHUP"])
        for name in names:
            signal.signal(getattr(signal, name), handler)


def read_restarts(data_dir: Path, limit: int = 200) -> list[dict]:
    """The newest *limit* restarts from ``run/restarts.jsonl`` (oldest first); bad lines are skipped."""
    path = restarts_path(Path(data_dir))
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError:
        return []
    records = []
    for line in lines[-limit:]:
        try:
            records.append(json.loads(line))
        except json.JSONDecodeError:
            continue
    return records


def resolve_command(command: list[str]) -> list[str]:
    """*command* with its program checked; raises FileNotFoundError naming it when missing."""
    program = command[0]
    if os.sep in program or (os.altsep and os.altsep in program):
        if not Path(program).is_file():
            raise FileNotFoundError(f"{program}: no such program")
        return command
    found = shutil.which(program)
    if found is None:
        raise FileNotFoundError(f"{program}: not found on PATH ({os.environ.get('PATH', '')})")
    return [found, *command[1:]]
