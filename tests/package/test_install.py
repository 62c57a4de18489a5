"""build_scripts/linux: install.sh puts the archive, unit, session and menu entry in place.

Run in install.sh's staging form (``--root DIR``): no root rights, no
account, no display manager touched.  The systemd unit is checked with
``systemd-analyze verify``; the installed copy of the kiosk must run.
"""

from __future__ import annotations

import configparser
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from bundle_tools import ROOT, minimal_env

pytestmark = [pytest.mark.slow, pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux installer")]

LINUX = ROOT / "build_scripts" / "linux"
INSTALL = LINUX / "install.sh"


def install(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(["bash", str(INSTALL), *args], capture_output=True, text=True, timeout=300)


def test_install_stages_program_unit_session_and_menu(bundle, tmp_path):
    stage = tmp_path / "root"
    result = install(str(bundle.archive), "--root", str(stage))
    assert result.returncode == 0, result.stdout + result.stderr
    opt = stage / "opt" / "jiaozhou-kiosk"
    assert (opt / "jiaozhou-kiosk").is_file() and (opt / "_internal" / "kiosk" / "ui" / "qml").is_dir()
    assert (stage / "usr" / "local" / "bin" / "jiaozhou-kiosk").readlink() == Path("/opt/jiaozhou-kiosk/jiaozhou-kiosk")
    unit = (stage / "etc" / "systemd" / "user" / "jiaozhou-kiosk.service").read_text(encoding="utf-8")
    assert "Restart=always" in unit and "RestartPreventExitStatus=3" in unit
    assert "ExecStart=/opt/jiaozhou-kiosk/jiaozhou-kiosk watchdog" in unit
    session = stage / "usr" / "share" / "xsessions" / "jiaozhou-kiosk.desktop"
    entry = configparser.ConfigParser(interpolation=None)
    entry.read(session, encoding="utf-8")
    assert entry["Desktop Entry"]["Exec"] == "jiaozhou-kiosk-session"
    assert (stage / "usr" / "local" / "bin" / "jiaozhou-kiosk-session").stat().st_mode & 0o111

    # The installed copy runs (its own self-test, a bare PC's environment).
    data = tmp_path / "data"
    run = subprocess.run([str(opt / "jiaozhou-kiosk"), "self-test", "--quiet"], env=minimal_env(tmp_path, data),
                         cwd=tmp_path, capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stdout + run.stderr

    # An update keeps the previous version beside the new one.
    again = install(str(bundle.archive), "--root", str(stage))
    assert again.returncode == 0, again.stderr
    assert (stage / "opt" / "jiaozhou-kiosk.previous" / "jiaozhou-kiosk").is_file()


@pytest.mark.skipif(shutil.which("systemd-analyze") is None, reason="systemd-analyze is not installed")
def test_the_unit_file_is_valid(bundle, tmp_path):
    # verify checks that ExecStart exists: point it at the built bundle.
    unit = (LINUX / "jiaozhou-kiosk.service").read_text(encoding="utf-8")
    copy = tmp_path / "jiaozhou-kiosk.service"
    copy.write_text(unit.replace("/opt/jiaozhou-kiosk", str(bundle.folder)), encoding="utf-8")
    result = subprocess.run(["systemd-analyze", "verify", str(copy)], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0 and result.stderr.strip() == "", result.stderr


def test_bad_input_is_named(tmp_path):
    missing = install(str(tmp_path / "nope.tar.gz"), "--root", str(tmp_path / "r"))
    assert missing.returncode != 0 and "nope.tar.gz: no such file" in missing.stderr
    (tmp_path / "other.tar.gz").write_bytes(b"not an archive")
    wrong = install(str(tmp_path / "other.tar.gz"), "--root", str(tmp_path / "r"))
    assert wrong.returncode != 0 and "not a kiosk archive" in wrong.stderr
    flag = install("--autologin", "xdm", "x.tar.gz")
    assert flag.returncode != 0 and "--autologin: xdm is not lightdm, gdm or none" in flag.stderr
    assert not (tmp_path / "r" / "opt").exists()


def test_desktop_entries_parse():
    for name in ("jiaozhou-kiosk.desktop", "jiaozhou-kiosk-xsession.desktop"):
        entry = configparser.ConfigParser(interpolation=None)
        entry.optionxform = str
        entry.read(LINUX / name, encoding="utf-8")
        section = entry["Desktop Entry"]
        assert section["Type"] == "Application" and section["Exec"] and section["Name"]
