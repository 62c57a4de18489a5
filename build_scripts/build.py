#!/usr/bin/env python3
"""The one build command: ``python build_scripts/build.py`` (run with the project's virtualenv).

1. compiles the interface translations (``python -m kiosk.i18n.build``);
2. makes the CJK font subset, only if it is missing from resources/fonts
   (it is committed; regenerating needs Debian's ``fonts-noto-cjk``);
3. runs ``pyinstaller --clean --noconfirm build_scripts/kiosk.spec``, which
   leaves the one-folder bundle in ``dist/jiaozhou-kiosk/``;
4. packs it into ``dist/jiaozhou-kiosk-<version>-<os>-<arch>.tar.gz``
   (``.zip`` on Windows) and, with ``--deb``, a Debian package;
5. prints the bundle's size on disk and compressed, and the build time;
6. runs the bundle's ``self-test`` offscreen on a fresh, empty data folder
   and prints its first-frame time (``--no-self-test`` skips this).

Everything measured is also written to ``dist/build-report.json``.  The
exit code is non-zero when any step fails or the self-test fails.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import re
import shutil
import subprocess
import sys
import tarfile
import tempfile
import time
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kiosk import APP_ID, APP_NAME, __version__  # noqa: E402

SPEC = ROOT / "build_scripts" / "kiosk.spec"
FONTS = [ROOT / "resources" / "fonts" / f"NotoSansSC-Kiosk-{w}.otf" for w in ("Regular", "Bold")]
NOTO_CJK = Path("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc")
#: What the attract loop's video back end adds to the bundle (Qt Multimedia's
#: FFmpeg plugin and FFmpeg's libraries): measured 21.3 MB on disk and 9.2 MB
#: compressed, rounded up.  The issue keeps video over the size targets; the
#: README says by how much ("Building and installing the package").
VIDEO_BACKEND_MB = {"on_disk": 22, "compressed": 10}
#: What reporting to the office's PostgreSQL adds (fleet.office_url): psycopg's
#: pure-Python driver and Python's ssl module (libssl), measured 1.4 MB on disk
#: and 0.8 MB compressed, rounded up. The README says why it stays.
OFFICE_DRIVER_MB = {"on_disk": 2, "compressed": 1}
#: Targets from the issue (200 MB on disk, 80 MB compressed) plus the video
#: back end and the office driver: the build says plainly when it misses them,
#: the package tests fail.
MAX_ON_DISK_MB = 200 + VIDEO_BACKEND_MB["on_disk"] + OFFICE_DRIVER_MB["on_disk"]
MAX_COMPRESSED_MB = 80 + VIDEO_BACKEND_MB["compressed"] + OFFICE_DRIVER_MB["compressed"]
IS_WINDOWS = sys.platform == "win32"
EXE_NAME = APP_ID + (".exe" if IS_WINDOWS else "")
#: The command-line twin on Windows (the kiosk .exe has no console to print to).
CLI_NAME = "kiosk.exe" if IS_WINDOWS else APP_ID


class BuildError(Exception):
    """A build step failed; the message says which and why."""


def step(title: str) -> None:
    print(f"\n== {title}", flush=True)


def run(cmd: list[str], what: str, **kwargs) -> subprocess.CompletedProcess:
    """Run *cmd*; a failure raises BuildError naming *what*."""
    try:
        return subprocess.run(cmd, check=True, **kwargs)
    except FileNotFoundError as exc:
        raise BuildError(f"{what}: {cmd[0]} not found ({exc})") from exc
    except subprocess.CalledProcessError as exc:
        raise BuildError(f"{what} failed with exit code {exc.returncode}: {' '.join(map(str, cmd))}") from exc


def platform_tag() -> str:
    """'linux-x86_64' / 'windows-x86_64' / 'macos-arm64'."""
    system = {"win32": "windows", "darwin": "macos"}.get(sys.platform, sys.platform.rstrip("0123456789"))
    machine = platform.machine().lower()
    return f"{system}-{ {'amd64': 'x86_64', 'aarch64': 'arm64'}.get(machine, machine) }"


def folder_size(folder: Path) -> tuple[int, int, int]:
    """(bytes allocated on disk, bytes of content, number of files); links are not followed."""
    on_disk = content = files = 0
    for path in folder.rglob("*"):
        if path.is_symlink() or not path.is_file():
            continue
        st = path.stat()
        files += 1
        content += st.st_size
        # st_blocks is what `du` counts; Windows has none, use the size.
        on_disk += getattr(st, "st_blocks", 0) * 512 or st.st_size
    return on_disk, content, files


def mb(n: int) -> str:
    return f"{n / 1e6:.1f} MB"


def build_translations() -> None:
    step("translations")
    run([sys.executable, "-m", "kiosk.i18n.build"], "compiling the translations (python -m kiosk.i18n.build)", cwd=ROOT)


def ensure_fonts() -> None:
    step("fonts")
    missing = [f for f in FONTS if not f.exists()]
    if not missing:
        print("font subset present in resources/fonts (committed); not regenerated")
        return
    if not NOTO_CJK.exists():
        raise BuildError(f"{', '.join(str(f) for f in missing)} missing, and {NOTO_CJK} is not installed to make them "
                         "(apt-get install fonts-noto-cjk), or restore them with git checkout resources/fonts")
    run([sys.executable, str(ROOT / "build_scripts" / "make_font_subset.py")], "making the font subset")


def run_pyinstaller(dist: Path, work: Path) -> float:
    step("pyinstaller")
    try:
        import PyInstaller  # noqa: F401
    except ImportError:
        raise BuildError("PyInstaller is not installed in this Python; run it with the project's virtualenv "
                         "(.venv/bin/python build_scripts/build.py) or pip install -e '.[dev]'") from None
    started = time.perf_counter()
    run([sys.executable, "-m", "PyInstaller", "--clean", "--noconfirm", "--log-level", "WARN",
         "--distpath", str(dist), "--workpath", str(work), str(SPEC)], "PyInstaller", cwd=ROOT)
    return time.perf_counter() - started


def make_archive(bundle: Path, dist: Path) -> Path:
    step("archive")
    stem = f"{APP_ID}-{__version__}-{platform_tag()}"
    if IS_WINDOWS:
        archive = dist / f"{stem}.zip"
        with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as zf:
            for path in sorted(bundle.rglob("*")):
                zf.write(path, Path(APP_ID) / path.relative_to(bundle))
    else:
        archive = dist / f"{stem}.tar.gz"
        # Symlinks stay symlinks (Qt's libraries are linked, not copied twice).
        with tarfile.open(archive, "w:gz", compresslevel=9) as tf:
            tf.add(bundle, arcname=APP_ID)
    print(f"wrote {archive}")
    return archive


def make_deb(bundle: Path, dist: Path) -> Path:
    """A .deb with the bundle in /opt, the menu entry, the kiosk X session and the
    systemd user unit.  The kiosk account and automatic login stay with
    install.sh (or the README's steps): a package should not create logins."""
    step("debian package")
    if not shutil.which("dpkg-deb"):
        raise BuildError("--deb needs dpkg-deb (Debian/Ubuntu)")
    arch = {"x86_64": "amd64", "aarch64": "arm64"}.get(platform.machine(), platform.machine())
    linux = ROOT / "build_scripts" / "linux"
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp) / "pkg"
        shutil.copytree(bundle, root / "opt" / APP_ID, symlinks=True)
        (root / "usr" / "bin").mkdir(parents=True)
        (root / "usr" / "bin" / APP_ID).symlink_to(f"/opt/{APP_ID}/{APP_ID}")
        shutil.copy(linux / f"{APP_ID}-session", root / "usr" / "bin" / f"{APP_ID}-session")
        for src, folder, name in ((f"{APP_ID}.desktop", "usr/share/applications", f"{APP_ID}.desktop"),
                                  (f"{APP_ID}-xsession.desktop", "usr/share/xsessions", f"{APP_ID}.desktop"),
                                  (f"{APP_ID}.service", "usr/lib/systemd/user", f"{APP_ID}.service")):
            (root / folder).mkdir(parents=True, exist_ok=True)
            shutil.copy(linux / src, root / folder / name)
        (root / "DEBIAN").mkdir()
        size_kb = folder_size(root)[1] // 1024
        (root / "DEBIAN" / "control").write_text(
            f"Package: {APP_ID}\nVersion: {__version__}\nArchitecture: {arch}\nMaintainer: {APP_NAME} team\n"
            f"Installed-Size: {size_kb}\nSection: misc\nPriority: optional\n"
            "Depends: libc6 (>= 2.34), libstdc++6, libgcc-s1, libegl1, libgl1, libopengl0\n"
            # Reporting to the office's PostgreSQL (fleet.office_url) loads the PC's libpq.
            "Recommends: libpq5\n"
            f"Description: {APP_NAME}\n touch-screen information kiosk (bundled Python and Qt)\n",
            encoding="utf-8")
        deb = dist / f"{APP_ID}_{__version__}_{arch}.deb"
        run(["dpkg-deb", "--root-owner-group", "-Zxz", "--build", str(root), str(deb)], "dpkg-deb")
    print(f"wrote {deb}")
    return deb


def self_test(bundle: Path) -> dict:
    """Run the bundle's self-test offscreen on an empty data folder; returns what it measured."""
    step("self-test of the bundle")
    exe = bundle / CLI_NAME
    with tempfile.TemporaryDirectory(prefix="kiosk-selftest-") as tmp:
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", KIOSK_DATA_DIR=tmp)
        env.pop("KIOSK_DATABASE_URL", None)
        started = time.perf_counter()
        result = subprocess.run([str(exe), "self-test"], env=env, capture_output=True, text=True, timeout=600)
        wall = time.perf_counter() - started
    print(result.stdout, end="")
    print(result.stderr, end="", file=sys.stderr)
    if result.returncode != 0:
        raise BuildError(f"the bundle's self-test failed (exit code {result.returncode}); see above")
    found = re.search(r"first frame: ([0-9.]+) s", result.stdout)
    first_frame = float(found.group(1)) if found else None
    # The self-test's clock starts once Python runs and the command line is
    # parsed; `--version` costs that part (bootloader, interpreter, imports).
    started = time.perf_counter()
    subprocess.run([str(exe), "--version"], capture_output=True, timeout=120, check=True)
    launch = time.perf_counter() - started
    return {"self_test_seconds": round(wall, 2), "first_frame_seconds": first_frame,
            "launch_seconds": round(launch, 2),
            "first_frame_after_launch_seconds": round(launch + first_frame, 2) if first_frame is not None else None}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--dist", default=str(ROOT / "dist"), help="output folder (default: dist/)")
    parser.add_argument("--work", default=str(ROOT / "build" / "pyinstaller"), help="PyInstaller's work folder")
    parser.add_argument("--deb", action="store_true", help="also build a .deb (Linux, needs dpkg-deb)")
    parser.add_argument("--no-self-test", action="store_true", help="do not run the bundle's self-test")
    args = parser.parse_args(argv)
    dist, work = Path(args.dist).resolve(), Path(args.work).resolve()
    bundle = dist / APP_ID
    started = time.perf_counter()
    # When the build began: a source changed after this is not in the bundle,
    # even if the change happened while the build ran (tests/package compare).
    report: dict = {"app": APP_ID, "version": __version__, "platform": platform_tag(), "ok": False,
                    "started_at": time.time()}
    try:
        build_translations()
        ensure_fonts()
        report["pyinstaller_seconds"] = round(run_pyinstaller(dist, work), 1)
        if not (bundle / EXE_NAME).exists():
            raise BuildError(f"PyInstaller finished but {bundle / EXE_NAME} is missing")
        archive = make_archive(bundle, dist)
        if args.deb:
            report["deb"] = str(make_deb(bundle, dist))
        report["build_seconds"] = round(time.perf_counter() - started, 1)

        on_disk, content, files = folder_size(bundle)
        compressed = archive.stat().st_size
        report.update(bundle=str(bundle), archive=str(archive), files=files,
                      on_disk_bytes=on_disk, content_bytes=content, compressed_bytes=compressed)
        step("size")
        print(f"bundle  {bundle}: {mb(on_disk)} on disk ({mb(content)} in {files} files); target <= {MAX_ON_DISK_MB} MB")
        print(f"archive {archive.name}: {mb(compressed)}; target <= {MAX_COMPRESSED_MB} MB")
        over = [f"{what} {mb(n)} is over {limit} MB" for what, n, limit in
                (("on disk", on_disk, MAX_ON_DISK_MB), ("compressed", compressed, MAX_COMPRESSED_MB)) if n > limit * 1e6]
        for line in over:
            print(f"WARNING: {line}")
        report["within_targets"] = not over
        print(f"build time: {report['build_seconds']:.0f} s (PyInstaller {report['pyinstaller_seconds']:.0f} s)")
        if not args.no_self_test:
            report.update(self_test(bundle))
            frame = report.get("first_frame_seconds")
            if frame is None:
                print("first frame of the bundled app: not reported by its self-test")
            else:
                print(f"first frame of the bundled app: {frame:.2f} s after the self-test starts, about "
                      f"{report['first_frame_after_launch_seconds']:.2f} s after launch (starting the program "
                      f"takes {report['launch_seconds']:.2f} s); the whole self-test took {report['self_test_seconds']:.1f} s")
        report["ok"] = True
    except BuildError as exc:
        print(f"\nbuild failed: {exc}", file=sys.stderr)
        return 1
    finally:
        if dist.is_dir():
            (dist / "build-report.json").write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    print(f"\nbuilt {APP_NAME} {__version__}: {bundle}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
