"""A real nginx serving a pack source folder on loopback, for the fleet tests and ``kiosk bench``.

The kiosks' web server topology is "any static web server over the pack
source folder"; the tests and the benchmark use Debian's nginx for it
(``build_scripts/dev.sh`` installs ``nginx-light``), each instance with its
own configuration, pid file, logs and temporary folders in a work folder,
listening on a free loopback port.  ``limit_rate`` slows every response
down, so a test can stop the server in the middle of a download.
"""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import time
from pathlib import Path

NGINX_CANDIDATES = ("/usr/sbin/nginx", "/usr/local/sbin/nginx", "/usr/local/nginx/sbin/nginx")

_CONFIG = """\
{user}worker_processes 1;
daemon off;
master_process on;
pid {work}/nginx.pid;
error_log {work}/error.log warn;
events {{ worker_connections 1024; }}
http {{
    access_log {work}/access.log;
    client_body_temp_path {work}/tmp/body;
    proxy_temp_path {work}/tmp/proxy;
    fastcgi_temp_path {work}/tmp/fastcgi;
    uwsgi_temp_path {work}/tmp/uwsgi;
    scgi_temp_path {work}/tmp/scgi;
    types {{ application/json json; application/zip kioskpack; }}
    default_type application/octet-stream;
    sendfile on;
    keepalive_timeout 5;
    server {{
        listen 127.0.0.1:{port};
        root {root};
        {limit}
        location / {{ }}
    }}
}}
"""


class WebServerError(RuntimeError):
    """nginx is not installed, or did not start; the message says which and shows its log."""


def find_nginx() -> str | None:
    """The nginx program, or None when it is not installed."""
    found = shutil.which("nginx")
    if found:
        return found
    return next((p for p in NGINX_CANDIDATES if os.access(p, os.X_OK)), None)


def free_port() -> int:
    """A loopback port nobody listens on now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class Nginx:
    """One nginx serving *root* on loopback; ``start()`` / ``stop()`` as often as a test needs."""

    def __init__(self, root: Path, work: Path, *, limit_rate: str | None = None, port: int | None = None):
        program = find_nginx()
        if program is None:
            raise WebServerError("nginx is not installed (bash build_scripts/dev.sh installs nginx-light as root)")
        self.program = program
        self.root = Path(root).resolve()
        self.work = Path(work).resolve()
        self.port = port or free_port()
        self.limit_rate = limit_rate
        self.process: subprocess.Popen | None = None

    @property
    def url(self) -> str:
        """The pack source's address, as a kiosk's ``fleet.source``."""
        return f"http://127.0.0.1:{self.port}/"

    @property
    def access_log(self) -> Path:
        return self.work / "access.log"

    def _write_config(self) -> Path:
        for sub in ("body", "proxy", "fastcgi", "uwsgi", "scgi"):
            (self.work / "tmp" / sub).mkdir(parents=True, exist_ok=True)
        # Run as root, nginx hands its workers to "nobody", who cannot read a private temporary folder.
        user = "user root root;\n" if hasattr(os, "geteuid") and os.geteuid() == 0 else ""
        limit = f"limit_rate {self.limit_rate};" if self.limit_rate else ""
        config = self.work / "nginx.conf"
        config.write_text(_CONFIG.format(user=user, work=self.work, port=self.port, root=self.root, limit=limit),
                          encoding="utf-8")
        return config

    def start(self, timeout: float = 10.0) -> None:
        """Start nginx and wait until it accepts connections."""
        if self.process is not None and self.process.poll() is None:
            return
        config = self._write_config()
        self.process = subprocess.Popen(
            [self.program, "-p", str(self.work), "-c", str(config), "-e", str(self.work / "error.log")],
            stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, start_new_session=True)
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                err = self.process.stderr.read().decode(errors="replace") if self.process.stderr else ""
                self.process = None
                raise WebServerError(f"nginx exited at start: {err.strip() or self._log_tail()}")
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=0.5):
                    return
            except OSError:
                time.sleep(0.05)
        self.stop()
        raise WebServerError(f"nginx did not listen on port {self.port} within {timeout} s: {self._log_tail()}")

    def stop(self, timeout: float = 10.0) -> None:
        """Fast shutdown (SIGTERM): open downloads break off, as when a server goes down."""
        process, self.process = self.process, None
        if process is None or process.poll() is not None:
            return
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(timeout)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait(timeout)
        if process.stderr:
            process.stderr.close()

    @property
    def running(self) -> bool:
        return self.process is not None and self.process.poll() is None

    def requests(self, path_part: str = "") -> int:
        """Requests in the access log whose line contains *path_part*."""
        if not self.access_log.exists():
            return 0
        with self.access_log.open(encoding="utf-8", errors="replace") as handle:
            return sum(1 for line in handle if path_part in line)

    def _log_tail(self) -> str:
        log = self.work / "error.log"
        return log.read_text(errors="replace")[-2000:] if log.exists() else "(no error log)"

    def __enter__(self) -> Nginx:
        self.start()
        return self

    def __exit__(self, *exc) -> None:
        self.stop()
