"""A virtual X screen (Xvfb) for the real-window tests, and screenshots of it.

Screenshots are taken with Qt itself (QScreen.grabWindow on the root
window, in a separate process on the same display), so the tests need no
ImageMagick or xwd; comparing them uses QImage, which needs no display.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

from PySide6.QtGui import QImage

WIDTH, HEIGHT = 1280, 800
GRAB = """
import sys
from PySide6.QtGui import QGuiApplication
app = QGuiApplication(sys.argv[:1])
ok = app.primaryScreen().grabWindow(0).save(sys.argv[1])
sys.exit(0 if ok else 1)
"""
TILE_PROBE = Path(__file__).with_name("tile_probe.py")


def free_display() -> int:
    """A display number no X server uses (no lock file, no socket)."""
    for n in range(90, 400):
        if not Path(f"/tmp/.X{n}-lock").exists() and not Path(f"/tmp/.X11-unix/X{n}").exists():
            return n
    raise RuntimeError("no free X display number between :90 and :399")


@contextlib.contextmanager
def xvfb():
    """Start Xvfb on a free display; yields the DISPLAY string, stops it afterwards."""
    exe = shutil.which("Xvfb")
    if exe is None:
        raise RuntimeError("Xvfb is not installed (Debian: apt-get install xvfb; dev.sh installs it)")
    for _attempt in range(3):
        n = free_display()
        proc = subprocess.Popen([exe, f":{n}", "-screen", "0", f"{WIDTH}x{HEIGHT}x24", "-nolisten", "tcp"],
                                stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        end = time.monotonic() + 15
        while time.monotonic() < end and proc.poll() is None and not Path(f"/tmp/.X11-unix/X{n}").exists():
            time.sleep(0.05)
        if proc.poll() is None:
            break
        # Another test run took the number between our look and Xvfb's start.
    else:
        raise RuntimeError(f"Xvfb did not start: {proc.stderr.read().decode(errors='replace')}")
    try:
        yield f":{n}"
    finally:
        proc.terminate()
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


def x_env(display: str, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("QT_", "WAYLAND"))}
    env.update(DISPLAY=display, QT_QPA_PLATFORM="xcb", **extra)
    return env


def grab(display: str, path: Path) -> QImage:
    """A screenshot of the whole X screen."""
    subprocess.run([sys.executable, "-c", GRAB, str(path)], env=x_env(display), check=True, timeout=60,
                   capture_output=True)
    image = QImage(str(path))
    assert not image.isNull(), f"{path}: not an image"
    return image.convertToFormat(QImage.Format.Format_RGB32)


def difference(a: QImage, b: QImage, step: int = 4) -> float:
    """Fraction of sampled pixels (every *step*-th in both directions) that differ."""
    assert a.size() == b.size()
    changed = total = 0
    for y in range(0, a.height(), step):
        for x in range(0, a.width(), step):
            total += 1
            changed += a.pixel(x, y) != b.pixel(x, y)
    return changed / total


def distinct_colours(image: QImage, step: int = 8) -> int:
    """How many colours a sample of the screen shows (1 = blank)."""
    return len({image.pixel(x, y) for y in range(0, image.height(), step) for x in range(0, image.width(), step)})


def xdotool(display: str, *args: str, check: bool = True) -> str:
    """Run xdotool on *display*; its output.  ``search`` finding nothing is exit code 1."""
    result = subprocess.run(["xdotool", *args], env=x_env(display), capture_output=True, text=True, timeout=30)
    if check and result.returncode != 0:
        raise RuntimeError(f"xdotool {' '.join(args)}: {result.stderr.strip()}")
    return result.stdout


def first_tile(display: str, data_dir: Path) -> dict:
    """Where the first section tile sits in a 1280x800 kiosk window on this display,
    measured with the development tree's own UI (same QML as the bundle)."""
    import json

    result = subprocess.run([sys.executable, str(TILE_PROBE), str(data_dir), f"{WIDTH}x{HEIGHT}"],
                            env=x_env(display), capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])
