"""A real, throwaway PostgreSQL server for the tests that need one.

One cluster per test session: Debian's ``initdb`` makes it in a temporary
folder, ``postgres`` serves it on a free loopback port (and a unix socket in
that folder), and every test gets a fresh database of its own in it. At the
end the server is stopped and the folder removed.

PostgreSQL refuses to run as root, so when the tests run as root the cluster
belongs to the ``postgres`` user the Debian package creates (or ``nobody``).
The tests skip only when the PostgreSQL programs or the psycopg driver are
genuinely absent, and say how to install them.
"""

from __future__ import annotations

import glob
import itertools
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from tests.support.missing import missing_part

INSTALL_HINT = "install the Debian package postgresql (build_scripts/dev.sh does) and pip install .[postgres]"
START_TIMEOUT_S = 60.0


def find_bin_dir() -> Path | None:
    """The folder holding ``initdb`` and ``postgres``: Debian's newest, else the PATH's."""
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), key=lambda p: int(Path(p).parts[-3]))
    if found:
        return Path(found[-1]).parent
    initdb = shutil.which("initdb")
    if initdb and (Path(initdb).resolve().parent / "postgres").exists():
        return Path(initdb).resolve().parent
    return None


def _run_as() -> str | None:
    """The user to run the server as: None when not root (run as ourselves)."""
    if os.geteuid() != 0:
        return None
    for name in ("postgres", "nobody"):
        try:
            pwd.getpwnam(name)
            return name
        except KeyError:
            continue
    raise RuntimeError("running as root and neither a 'postgres' nor a 'nobody' user exists to run PostgreSQL as")


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@dataclass
class PostgresServer:
    """A running throwaway PostgreSQL cluster (superuser ``kiosk``, trust on loopback)."""

    folder: Path
    port: int
    process: subprocess.Popen
    user: str = "kiosk"
    bin_dir: Path | None = None
    run_as: str | None = None
    _names: itertools.count = field(default_factory=lambda: itertools.count(1))

    def url(self, database: str = "postgres") -> str:
        """A SQLAlchemy URL (psycopg 3) for *database* on this server."""
        return f"postgresql+psycopg://{self.user}@127.0.0.1:{self.port}/{database}"

    def create_database(self, prefix: str = "kiosk") -> str:
        """A new, empty database; returns its URL."""
        import psycopg

        name = f"{prefix}_{next(self._names)}"
        with psycopg.connect(host="127.0.0.1", port=self.port, user=self.user, dbname="postgres", autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{name}"')
        return self.url(name)

    def halt(self) -> None:
        """Fast shutdown (SIGINT), keeping the cluster: an office server that went away."""
        if self.process.poll() is None:
            self.process.send_signal(2)
            try:
                self.process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=10)

    def resume(self) -> None:
        """Start the halted cluster again on the same port, and wait until it accepts connections."""
        self.process = _launch(self.bin_dir, self.folder, self.port, self.run_as)
        _wait_ready(self, self.bin_dir)

    def stop(self) -> None:
        """Fast shutdown (SIGINT), then remove the cluster's folder."""
        self.halt()
        shutil.rmtree(self.folder, ignore_errors=True)


def start_server() -> PostgresServer:
    """initdb a cluster in a temporary folder and start ``postgres`` on it."""
    bin_dir = find_bin_dir()
    if bin_dir is None:
        missing_part(f"PostgreSQL is not installed (no initdb): {INSTALL_HINT}")
    try:
        import psycopg  # noqa: F401
    except ModuleNotFoundError:
        missing_part(f"the psycopg driver is not installed: {INSTALL_HINT}")
    user = _run_as()
    # Under /tmp itself, not pytest's per-user folder: that one is private to
    # root, and the server runs as another user.
    folder = Path(tempfile.mkdtemp(prefix="kiosk-pg-"))
    data = folder / "data"
    if user is not None:
        entry = pwd.getpwnam(user)
        os.chown(folder, entry.pw_uid, entry.pw_gid)
    as_user = {"user": user} if user else {}
    log = folder / "initdb.log"
    with open(log, "wb") as out:
        done = subprocess.run(
            [str(bin_dir / "initdb"), "-D", str(data), "-U", "kiosk", "--auth=trust", "-E", "UTF8",
             "--locale=C.UTF-8", "--no-sync"],
            stdout=out, stderr=subprocess.STDOUT, cwd=folder, **as_user,
        )
    if done.returncode != 0:
        text = log.read_text(errors="replace")
        shutil.rmtree(folder, ignore_errors=True)
        raise RuntimeError(f"initdb failed ({done.returncode}):\n{text}")
    port = _free_port()
    server = PostgresServer(folder, port, _launch(bin_dir, folder, port, user), bin_dir=bin_dir, run_as=user)
    _wait_ready(server, bin_dir)
    return server


def _launch(bin_dir: Path, folder: Path, port: int, user: str | None) -> subprocess.Popen:
    as_user = {"user": user} if user else {}
    with open(folder / "server.log", "ab") as log:
        return subprocess.Popen(
            [str(bin_dir / "postgres"), "-D", str(folder / "data"), "-p", str(port), "-k", str(folder),
             "-c", "listen_addresses=127.0.0.1", "-c", "fsync=off", "-c", "synchronous_commit=off",
             "-c", "full_page_writes=off", "-c", "max_connections=200"],
            stdout=subprocess.DEVNULL, stderr=log, cwd=folder, **as_user,
        )


def _wait_ready(server: PostgresServer, bin_dir: Path) -> None:
    deadline = time.monotonic() + START_TIMEOUT_S
    while time.monotonic() < deadline:
        if server.process.poll() is not None:
            text = (server.folder / "server.log").read_text(errors="replace")
            server.stop()
            raise RuntimeError(f"postgres exited at start ({server.process.returncode}):\n{text}")
        ready = subprocess.run([str(bin_dir / "pg_isready"), "-h", "127.0.0.1", "-p", str(server.port), "-q"])
        if ready.returncode == 0:
            return
        time.sleep(0.1)
    server.stop()
    raise RuntimeError(f"postgres did not accept connections within {START_TIMEOUT_S:.0f} s")


@pytest.fixture(scope="session")
def postgres_server():
    """One real PostgreSQL server for the whole test session."""
    server = start_server()
    yield server
    server.stop()


@pytest.fixture
def pg_url(postgres_server: PostgresServer) -> str:
    """A fresh, empty PostgreSQL database for this test (its SQLAlchemy URL)."""
    return postgres_server.create_database()
