"""Shared fixtures.

Qt runs offscreen in every test (set here, before anything imports Qt, so a
developer's own display is never used and CI needs none).  Every test gets
its own data folder and database, so tests never touch a real kiosk's data.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

# A real PostgreSQL server for the tests marked ``postgres`` (one per session).
from tests.support.postgres import pg_url, postgres_server  # noqa: F401

# Offscreen, software-rendered, with Qt's in-scene virtual keyboard: set
# before any test imports Qt, because Qt reads them when the application
# object is created.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_QUICK_BACKEND", "software")
os.environ.setdefault("QT_IM_MODULE", "qtvirtualkeyboard")

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CONTENT = ROOT / "data" / "content"


@pytest.hookimpl(tryfirst=True)
def pytest_runtest_logstart(nodeid: str, location) -> None:
    """Write the test about to run where build_scripts/dev.sh reads it after a
    crash: the end of a CI log then names the test, which faulthandler's
    stacks (printed above the native ones) only show near their top."""
    crumb = os.environ.get("KIOSK_TEST_BREADCRUMB")
    if crumb:
        Path(crumb).write_text(nodeid + "\n", encoding="utf-8")


@pytest.hookimpl(trylast=True)
def pytest_runtest_setup(item: pytest.Item) -> None:
    """Echo Qt's fatal and critical messages to the terminal as they happen.

    pytest-qt keeps Qt's messages for the report of a failed test, but a
    fatal one aborts the process before any report is written: without
    this, a crash in CI shows the Python stack and never Qt's reason.
    """
    from PySide6.QtCore import QtMsgType, qInstallMessageHandler

    loud = (QtMsgType.QtFatalMsg, QtMsgType.QtCriticalMsg)
    previous = None

    def echo(kind, context, message):
        if kind in loud:
            os.write(2, f"\n[Qt {kind.name}] {message} ({context.file}:{context.line})\n".encode(errors="replace"))
        if previous is not None:
            previous(kind, context, message)

    previous = qInstallMessageHandler(echo)


@pytest.hookimpl(trylast=True)
def pytest_runtest_teardown(item: pytest.Item) -> None:
    """Once the kiosk or the console has started, Python collects cycles only
    on the GUI thread, when its event loop runs (kiosk/gui/collector.py);
    tests that run none still get theirs collected, between tests."""
    from kiosk.gui.collector import collect_due

    collect_due()


@pytest.fixture
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A fresh, empty data folder that the kiosk uses instead of the user's."""
    folder = tmp_path / "data"
    folder.mkdir()
    monkeypatch.setenv("KIOSK_DATA_DIR", str(folder))
    monkeypatch.delenv("KIOSK_DATABASE_URL", raising=False)
    return folder


@pytest.fixture
def db(data_dir: Path):
    """An open database, migrated and filled with the default content."""
    from kiosk.content.database import open_database
    from kiosk.content.change.prepare import prepare

    database = open_database(None, data_dir)
    prepare(database)
    yield database
    database.close()


@pytest.fixture
def content_copy(tmp_path: Path) -> Path:
    """A writable copy of the default content folder, for tests that break it."""
    target = tmp_path / "content"
    shutil.copytree(DEFAULT_CONTENT, target)
    return target


# -- read aloud: a private speech-dispatcher ------------------------------------
# Every test process talks only to its own speech-dispatcher (started by the
# ``speech_dispatcher`` fixture on this socket): until it runs, an engine
# finds nothing there and reports "no engine" instead of starting the
# desktop's daemon.
SPEECHD_SOCKET_DIR = Path(f"/tmp/kiosk-speechd-{os.getpid()}")
os.environ["SPEECHD_ADDRESS"] = f"unix_socket:{SPEECHD_SOCKET_DIR / 'speechd.sock'}"


@pytest.fixture(scope="session")
def speech_dispatcher():
    """A speech-dispatcher of this test session's own (own configuration,
    runtime and log folder, a Unix socket in a temporary folder), stopped
    afterwards; the test is skipped when the Debian package is not installed
    (``bash build_scripts/dev.sh system`` installs it, CI does)."""
    from kiosk.runtime import speechd

    from tests.support.missing import missing_part

    reason = speechd.missing()
    if reason:
        missing_part(reason)
    daemon = speechd.PrivateSpeechDispatcher(SPEECHD_SOCKET_DIR)
    assert daemon.address == os.environ["SPEECHD_ADDRESS"]
    try:
        daemon.start()
    except speechd.SpeechDispatcherError as exc:
        pytest.fail(str(exc))
    yield daemon.socket
    daemon.stop()
