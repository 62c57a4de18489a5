"""The packaged kiosk on a PC like the exhibition hall's: no Python, no CJK font, no network.

Builds the bundle once (see conftest.py), then runs it the way IT does:
its own ``self-test`` under a minimal environment on a fresh data folder,
a second start on the same folder, an upgrade of an older database, and the
staff commands.  Nothing may be written inside the bundle.
"""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
import sys
import tarfile
from pathlib import Path

import pytest

from bundle_tools import DEJAVU, ROOT, build_script, minimal_env, tree_state

pytestmark = [pytest.mark.slow, pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the Linux bundle")]

BUILD = build_script()
#: The issue's 200 MB on disk and 80 MB compressed, raised by what the attract
#: video's back end and the office driver measured (build.py's VIDEO_BACKEND_MB
#: and OFFICE_DRIVER_MB; README, "Building and installing the package").
MAX_ON_DISK = BUILD.MAX_ON_DISK_MB * 1e6
MAX_COMPRESSED = BUILD.MAX_COMPRESSED_MB * 1e6


def run(bundle, args: list[str], env: dict, cwd: Path, timeout: int = 300) -> subprocess.CompletedProcess:
    return subprocess.run([str(bundle.exe), *args], env=env, cwd=cwd, capture_output=True, text=True, timeout=timeout)


def test_bundle_layout_matches_the_source_tree(bundle):
    internal = bundle.folder / "_internal"
    assert (internal / "kiosk" / "ui" / "qml" / "Kiosk" / "Main.qml").is_file()
    assert (internal / "kiosk" / "ui" / "qml" / "Kiosk" / "qmldir").is_file()
    assert sorted(p.name for p in (internal / "kiosk" / "i18n").glob("*.qm")) == [
        "kiosk_en.qm", "kiosk_ru.qm", "kiosk_zh_CN.qm"]
    assert (internal / "kiosk" / "db" / "migrations" / "env.py").is_file()
    assert list((internal / "kiosk" / "db" / "migrations" / "versions").glob("0001_*.py"))
    assert (internal / "resources" / "fonts" / "NotoSansSC-Kiosk-Regular.otf").is_file()
    assert list((internal / "resources" / "icons").glob("*.svg"))
    assert not (internal / "resources" / "screenshots").exists()
    assert (internal / "data" / "content" / "meta.json").is_file()
    qml = internal / "PySide6" / "Qt" / "qml"
    assert (qml / "QtQuick" / "VirtualKeyboard" / "Plugins" / "Pinyin" / "qmldir").is_file()
    assert (qml / "Qt" / "labs" / "folderlistmodel" / "qmldir").is_file()


def test_only_what_the_kiosk_uses(bundle):
    names = [str(p.relative_to(bundle.folder)) for p in bundle.folder.rglob("*")]
    for unwanted in ("WebEngine", "Qt3D", "Quick3D", "QtCharts", "Qt6Charts", "QtLocation", "Controls/Material",
                     "Controls/Fusion", "platformthemes", "libqgtk3", "qmltooling", "sqldrivers", "MultimediaWidgets",
                     "libavfilter", "libavdevice"):
        assert not [n for n in names if unwanted in n], unwanted
    # The attract video's back end: FFmpeg's plugin (no other) and the FFmpeg libraries it loads.
    media = bundle.folder / "_internal" / "PySide6" / "Qt" / "plugins" / "multimedia"
    assert sorted(p.name for p in media.iterdir()) == ["libffmpegmediaplugin.so"]
    for library in ("libavcodec.so", "libavformat.so", "libavutil.so", "libswscale.so", "libswresample.so"):
        assert [n for n in names if library in n], library
    translations = [n for n in names if "/translations/" in n and n.endswith(".qm")]
    assert translations and all(n.rsplit("_", 1)[-1] in ("en.qm", "ru.qm", "CN.qm") for n in translations)
    dangling = [n for n in names if (bundle.folder / n).is_symlink() and not (bundle.folder / n).exists()]
    assert dangling == []


def test_the_readme_states_the_size_targets_the_tests_hold():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    video = BUILD.VIDEO_BACKEND_MB
    assert f"target ≤ {BUILD.MAX_ON_DISK_MB} MB" in readme and f"target ≤ {BUILD.MAX_COMPRESSED_MB} MB" in readme
    assert f"{video['on_disk']} MB on disk and {video['compressed']} MB compressed" in readme
    office = BUILD.OFFICE_DRIVER_MB
    assert f"raised by {office['on_disk']} MB and {office['compressed']} MB (`OFFICE_DRIVER_MB`" in readme


def test_size_on_disk_and_compressed(bundle, capsys):
    report = bundle.report
    with capsys.disabled():
        print(f"\nbundle: {report['on_disk_bytes'] / 1e6:.1f} MB on disk, {report['compressed_bytes'] / 1e6:.1f} MB "
              f"as {Path(report['archive']).name}; build {report['build_seconds']:.0f} s; first frame "
              f"{report.get('first_frame_seconds')} s")
    assert report["on_disk_bytes"] <= MAX_ON_DISK
    assert report["compressed_bytes"] <= MAX_COMPRESSED
    assert bundle.archive.stat().st_size == report["compressed_bytes"]
    assert report.get("first_frame_seconds") is not None


def test_archive_unpacks_to_the_bundle(bundle, tmp_path):
    with tarfile.open(bundle.archive) as tf:
        names = tf.getnames()
    assert "jiaozhou-kiosk/jiaozhou-kiosk" in names
    assert "jiaozhou-kiosk/_internal/kiosk/ui/qml/Kiosk/Main.qml" in names


def test_self_test_on_a_bare_pc_then_a_second_start_keeps_the_database(bundle, tmp_path):
    data = tmp_path / "data"
    env = minimal_env(tmp_path, data)
    listed = subprocess.run(["fc-list", "--format", "%{file}\n"], env=env, capture_output=True, text=True).stdout.split()
    assert listed and all(f.startswith(str(DEJAVU)) for f in listed), "the test PC must see no CJK font"
    before = tree_state(bundle.folder)

    first = run(bundle, ["self-test"], env, cwd=tmp_path)
    assert first.returncode == 0, first.stdout + first.stderr
    assert "created from the default content" in first.stdout
    assert "first frame:" in first.stdout and "self-test passed" in first.stdout
    # The FFmpeg libraries load (a stripped libavcodec did not, and no video played).
    assert "attract video: Qt Multimedia's media back end is available" in first.stdout
    database = data / "kiosk.sqlite3"
    inode = database.stat().st_ino
    with sqlite3.connect(database) as conn:
        history = conn.execute("SELECT id, created_at, action FROM content_versions").fetchall()
        records = conn.execute("SELECT COUNT(*) FROM records").fetchone()[0]
    assert len(history) == 1 and history[0][2] == "load-default" and records > 0

    second = run(bundle, ["self-test"], env, cwd=tmp_path)
    assert second.returncode == 0, second.stdout + second.stderr
    assert "created from the default content" not in second.stdout
    assert database.stat().st_ino == inode, "the second start must reuse the database, not recreate it"
    with sqlite3.connect(database) as conn:
        assert conn.execute("SELECT id, created_at, action FROM content_versions").fetchall() == history
        assert conn.execute("SELECT COUNT(*) FROM records").fetchone()[0] == records
    assert not list((data / "backups").glob("*.sqlite3")) if (data / "backups").exists() else True
    assert tree_state(bundle.folder) == before, "the kiosk wrote inside its own folder"


def test_an_older_database_is_backed_up_then_migrated(bundle, tmp_path):
    """A kiosk updated to a newer bundle: its database is one schema behind."""
    from alembic import command

    from kiosk.content.database import open_database
    from kiosk.content.change.prepare import prepare
    from kiosk.db.migrate import alembic_config, current_revision, head_revision

    data = tmp_path / "data"
    db = open_database(None, data)
    prepare(db)
    command.downgrade(alembic_config(db.engine), "-1")
    older = current_revision(db.engine)
    db.close()
    assert older != head_revision()

    result = run(bundle, ["self-test"], minimal_env(tmp_path, data), cwd=tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    backups = list((data / "backups").glob("*.sqlite3"))
    assert len(backups) == 1 and f"before-upgrade-{older}-to-{head_revision()}" in backups[0].name
    with sqlite3.connect(data / "kiosk.sqlite3") as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone()[0] == head_revision()
        assert conn.execute("SELECT COUNT(*) FROM content_versions").fetchone()[0] == 1


def test_staff_and_it_commands_work_in_the_bundle(bundle, tmp_path):
    """The bundle's bytecode has no docstrings or asserts (-OO): the commands
    that use openpyxl, cryptography, Alembic and zip files still work."""
    data = tmp_path / "data"
    env = minimal_env(tmp_path, data)
    before = tree_state(bundle.folder)

    def ok(*args: str) -> str:
        result = run(bundle, list(args), env, cwd=tmp_path)
        assert result.returncode == 0, f"kiosk {' '.join(args)}:\n{result.stdout}{result.stderr}"
        return result.stdout

    assert "Created" in ok("db", "init")
    assert "sound" in ok("db", "check")
    ok("export", "workbook", str(tmp_path / "content.xlsx"))
    assert "nothing changed" in ok("import", "workbook", str(tmp_path / "content.xlsx"))
    ok("pack", "keygen", "--out", str(tmp_path / "keys"))
    ok("pack", "export", "--sign", str(tmp_path / "keys" / "kiosk-pack-signing.key"), str(tmp_path / "c.kioskpack"))
    ok("pack", "trust", str(tmp_path / "keys" / "kiosk-pack-signing.pub"))
    ok("pack", "import", str(tmp_path / "c.kioskpack"))
    assert "海尔" in ok("search", "海尔")
    out = ok("diagnostics", "--out", str(tmp_path / "usb"))
    assert "database: " in out and ".zip" in out
    versions = next((tmp_path / "usb").glob("*/versions.json")).read_text(encoding="utf-8")
    assert '"frozen": true' in versions and '"PySide6-Essentials": "6.' in versions
    bad = run(bundle, ["pack", "import", str(tmp_path / "missing.kioskpack")], env, cwd=tmp_path)
    assert bad.returncode != 0 and "missing.kioskpack" in bad.stderr
    assert tree_state(bundle.folder) == before


def test_the_bundle_runs_from_a_copy_elsewhere(bundle, tmp_path):
    """IT unpacks it to /opt: nothing may point back at the build machine's folders."""
    copy = tmp_path / "opt" / "jiaozhou-kiosk"
    shutil.copytree(bundle.folder, copy, symlinks=True)
    data = tmp_path / "data"
    result = subprocess.run([str(copy / "jiaozhou-kiosk"), "self-test", "--quiet"], env=minimal_env(tmp_path, data),
                            cwd=tmp_path, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stdout + result.stderr
    assert str(ROOT) not in result.stdout + result.stderr


def test_the_bundle_reaches_the_office_postgresql_through_the_pcs_libpq(bundle, tmp_path, pg_url):
    """A packaged kiosk with fleet.office_url reports to the office's
    PostgreSQL: the bundle carries psycopg's pure-Python driver, which loads
    the PC's libpq (Debian's libpq5).  Here the bundle itself creates an
    office database on a real server and reads the fleet from it."""
    env = minimal_env(tmp_path, tmp_path / "data")
    created = run(bundle, ["--database", pg_url, "db", "init"], env, cwd=tmp_path)
    assert created.returncode == 0, created.stdout + created.stderr
    assert "Created" in created.stdout
    fleet = run(bundle, ["--database", pg_url, "fleet", "status"], env, cwd=tmp_path)
    assert fleet.returncode == 0, fleet.stdout + fleet.stderr
    assert "No kiosk has reported yet." in fleet.stdout  # read from the office's fleet table
