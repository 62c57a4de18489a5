"""Every command fails with a sentence and exit code 1 (2 for usage), never a
traceback: folders and database files without permission, URLs that are not
URLs or need a driver that is missing, a folder where a file belongs, and a
reader that goes away (``kiosk history | head``).

The commands run as real subprocesses.  Permissions do not stop root, so
when the tests run as root the kiosk runs as the user ``nobody`` (through
``setpriv``) in a folder everyone may enter."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
KIOSK = [sys.executable, "-m", "kiosk"]
NOBODY = 65534
SETPRIV = shutil.which("setpriv")
AS_ROOT = os.geteuid() == 0 if hasattr(os, "geteuid") else False
needs_permissions = pytest.mark.skipif(
    AS_ROOT and not SETPRIV, reason="running as root without setpriv: file permissions cannot be exercised"
)


def kiosk(*args: str, data: Path | None = None, stdout=subprocess.PIPE, unprivileged: bool = False,
          env_extra: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    """Run ``kiosk ARGS`` and return what it did (exit code, stdout, stderr)."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("KIOSK_")}
    env.update(PYTHONPATH=str(ROOT), QT_QPA_PLATFORM="offscreen", HOME=str(data or ROOT))
    env.update(env_extra or {})
    command = [*KIOSK, *(["--data-dir", str(data)] if data else []), *args]
    if unprivileged and AS_ROOT:
        command = [SETPRIV, f"--reuid={NOBODY}", f"--regid={NOBODY}", "--clear-groups", *command]
    return subprocess.run(command, cwd=ROOT, env=env, stdout=stdout, stderr=subprocess.PIPE, text=True, timeout=120)


def refused(result: subprocess.CompletedProcess, *words: str, code: int = 1) -> str:
    """The one-sentence refusal: exit *code*, no traceback, every word said."""
    assert "Traceback" not in result.stderr, result.stderr
    assert result.returncode == code, result.stderr
    for word in words:
        assert word in result.stderr, result.stderr
    return result.stderr


def _open_folder() -> Path:
    folder = Path(tempfile.mkdtemp(prefix="kiosk-cli-"))
    folder.chmod(0o755)
    return folder


def _remove(folder: Path) -> None:
    for path in folder.rglob("*"):  # give back what the tests took away, so it can be removed
        if not path.is_symlink():
            path.chmod(0o755 if path.is_dir() else 0o644)
    shutil.rmtree(folder)


@pytest.fixture
def place():
    """A folder the unprivileged user can enter (pytest's own is root's alone)."""
    folder = _open_folder()
    yield folder
    _remove(folder)


@pytest.fixture(scope="module")
def ready():
    """A data folder with a ready database and its workbook, made once."""
    folder = _open_folder()
    assert kiosk("db", "init", data=folder / "data").returncode == 0
    assert kiosk("export", "workbook", str(folder / "content.xlsx"), data=folder / "data").returncode == 0
    yield folder
    _remove(folder)


def owned_by_the_user(path: Path) -> None:
    if AS_ROOT:
        for item in [path, *path.rglob("*")]:
            os.chown(item, NOBODY, NOBODY)


@pytest.fixture
def kiosk_data(ready, place):
    """A copy of the ready data folder (and content.xlsx beside it), owned by the user the kiosk runs as."""
    shutil.copytree(ready / "data", place / "data")
    shutil.copy(ready / "content.xlsx", place / "content.xlsx")
    owned_by_the_user(place)
    return place / "data"


@needs_permissions
def test_a_data_folder_that_cannot_be_created_is_named(place):
    locked = place / "locked"
    locked.mkdir(mode=0o555)
    result = kiosk("history", data=locked / "data", unprivileged=True)
    refused(result, f"the data folder {locked / 'data'} cannot be created (permission denied)", "--data-dir")


@needs_permissions
def test_a_data_folder_that_cannot_be_written_is_named(place):
    data = place / "data"
    data.mkdir(mode=0o555)
    refused(kiosk("history", data=data, unprivileged=True), f"the data folder {data} cannot be written")


@needs_permissions
def test_a_database_file_that_cannot_be_read_is_named(kiosk_data):
    database = kiosk_data / "kiosk.sqlite3"
    database.chmod(0)
    refused(kiosk("history", data=kiosk_data, unprivileged=True), f"{database}: the database file cannot be read (permission denied)")


@needs_permissions
def test_a_read_only_database_is_refused_before_an_import_starts(kiosk_data, place):
    database = kiosk_data / "kiosk.sqlite3"
    before = database.read_bytes()
    database.chmod(0o444)
    # Reading still works...
    listing = kiosk("history", data=kiosk_data, unprivileged=True)
    assert listing.returncode == 0 and "load-default" in listing.stdout
    # ...but an import is refused first thing: before the workbook is even looked at.
    result = kiosk("import", "workbook", str(place / "missing.xlsx"), "--progress", data=kiosk_data, unprivileged=True)
    refused(result, f"{database}: the database file is read-only", "nothing was changed")
    assert "progress:" not in result.stderr and "missing.xlsx" not in result.stderr
    result = kiosk("import", "workbook", str(place / "content.xlsx"), data=kiosk_data, unprivileged=True)
    refused(result, "the database file is read-only")
    assert database.read_bytes() == before
    assert not list((kiosk_data / "backups").glob("*.sqlite3"))


@needs_permissions
def test_a_database_in_a_read_only_folder_says_so(place):
    folder = place / "db"
    url = f"sqlite:///{folder / 'kiosk.sqlite3'}"
    assert kiosk("--database", url, "db", "init", data=place / "data").returncode == 0
    owned_by_the_user(place)
    folder.chmod(0o555)
    result = kiosk("--database", url, "history", data=place / "data", unprivileged=True)
    refused(result, f"the database's folder {folder} is read-only")


def test_a_database_value_that_is_not_a_url(place):
    refused(kiosk("--database", "kiosk.sqlite3", "history", data=place / "data"), "'kiosk.sqlite3'", "is not a database URL")


def test_a_database_whose_driver_is_missing_names_the_package(place):
    pytest.importorskip("sqlalchemy")
    for url, package in (("mysql://kiosk@localhost/kiosk", "mysqlclient"), ("postgresql+psycopg2://kiosk@localhost/kiosk", "psycopg2-binary")):
        try:
            __import__("MySQLdb" if package == "mysqlclient" else "psycopg2")
            continue  # installed here: nothing to name
        except ImportError:
            pass
        refused(kiosk("--database", url, "history", data=place / "data"), "is not installed", f"pip install {package}")
    refused(kiosk("--database", "nosuchdb://x/y", "history", data=place / "data"), "'nosuchdb'", "not a kind of database")


def test_a_folder_where_a_file_belongs_is_called_a_folder(kiosk_data, place):
    folder = place / "folder.xlsx"
    folder.mkdir()
    for args in (("import", "workbook", str(folder)), ("pack", "import", str(folder)), ("pack", "trust", str(folder)),
                 ("content", "validate", str(folder))):
        stderr = refused(kiosk(*args, data=kiosk_data), f"{folder}: is a folder, not a file")
        assert "no such file" not in stderr
    refused(kiosk("export", "workbook", str(place), data=kiosk_data), f"{place}: is a folder")
    refused(kiosk("export", "workbook", str(place / "nowhere" / "c.xlsx"), data=kiosk_data), "the folder", "does not exist")
    refused(kiosk("pack", "keygen", "--out", str(place / "content.xlsx")), "is a file, not a folder")


def test_a_usage_mistake_exits_2(place):
    refused(kiosk("import", "workbook", data=place / "data"), "usage:", code=2)


def test_output_into_a_closed_pipe_is_no_traceback(kiosk_data):
    # A reader that has gone away, like `kiosk history | head -1` once head has its line.
    read, write = os.pipe()
    os.close(read)
    try:
        result = kiosk("history", data=kiosk_data, stdout=write)
    finally:
        os.close(write)
    assert "BrokenPipe" not in result.stderr and "Traceback" not in result.stderr, result.stderr
    assert result.returncode == 1


def test_an_unexpected_failure_is_one_sentence(monkeypatch, capsys, data_dir):
    from kiosk import cli

    def broken(args):
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(cli, "cmd_db_check", broken)
    monkeypatch.delenv(cli.ENV_TRACEBACK, raising=False)
    assert cli.main(["db", "check"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("kiosk: unexpected failure (RuntimeError: disk on fire)") and "Traceback" not in err


def test_an_office_database_without_the_pcs_libpq_says_what_to_install(place):
    """The packaged kiosk's psycopg is the pure-Python driver over the PC's
    libpq: on a PC without libpq the refusal names the package to install."""
    pytest.importorskip("psycopg")
    # A PC without libpq: the driver's pure-Python part, and no libpq to find.
    fake_pc = place / "pc"
    fake_pc.mkdir()
    (fake_pc / "sitecustomize.py").write_text(
        "import ctypes.util\n_find = ctypes.util.find_library\n"
        "ctypes.util.find_library = lambda name: None if name == 'pq' else _find(name)\n", encoding="utf-8")
    result = kiosk("--database", "postgresql+psycopg://kiosk@127.0.0.1:1/kiosk", "history", data=place / "data",
                   env_extra={"PYTHONPATH": f"{fake_pc}{os.pathsep}{ROOT}", "PSYCOPG_IMPL": "python"})
    refused(result, "PostgreSQL client library (libpq)", "apt install libpq5")
