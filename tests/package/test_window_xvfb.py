"""The bundled kiosk as a real X11 window: it draws, and a tap on a tile opens the section.

Xvfb is the screen, xdotool the finger (a mouse click: X11 has no touch
without a touch device), and screenshots of the whole screen are compared.
The bundle runs as IT runs it (``run --windowed 1280x800``, a fresh data
folder, no CJK font); the tile's position comes from the development tree's
UI on the same display (tile_probe.py).
"""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import pytest
from bundle_tools import fonts_conf
from screen_tools import HEIGHT, WIDTH, difference, distinct_colours, first_tile, grab, x_env, xdotool, xvfb

from kiosk import APP_ID

pytestmark = [pytest.mark.slow, pytest.mark.skipif(not sys.platform.startswith("linux"), reason="X11")]


def wait_for(check, what: str, kiosk: subprocess.Popen, output: Path, timeout: float = 60.0):
    """Poll *check* until it returns something true; fail with the kiosk's output otherwise."""
    end = time.monotonic() + timeout
    while time.monotonic() < end and kiosk.poll() is None:
        value = check()
        if value:
            return value
        time.sleep(0.25)
    if kiosk.poll() is not None:
        raise AssertionError(f"the kiosk exited with {kiosk.returncode} waiting for {what}:\n{output.read_text()}")
    raise AssertionError(f"not within {timeout:.0f} s: {what}; the kiosk said:\n{output.read_text()}")


def settled_screen(display: str, path: Path, unlike, by: float, what: str, kiosk, output: Path):
    """The screen once it differs from *unlike* by more than *by* and holds
    still (two grabs in a row alike but for a caret's worth of pixels): a
    page transition is over, whatever the machine's speed, and the attract
    loop's cross-fades do not count."""
    last = [grab(display, path)]

    def check():
        shot = grab(display, path)
        previous, last[0] = last[0], shot
        return shot if difference(unlike, shot) > by and difference(previous, shot) < 0.02 else None

    return wait_for(check, what, kiosk, output)


def test_a_tap_on_a_tile_opens_its_section(bundle, tmp_path):
    data = tmp_path / "data"
    with xvfb() as display:
        tile = first_tile(display, tmp_path / "probe-data")
        assert tile["opens"].startswith("list-"), tile
        env = x_env(display, KIOSK_DATA_DIR=str(data), HOME=str(tmp_path), FONTCONFIG_FILE=str(fonts_conf(tmp_path)),
                    PATH="/usr/bin:/bin")
        # Output to a file, not a pipe: nobody reads a pipe while we wait, and a
        # full pipe would block the kiosk's GUI thread on its next log line.
        output = tmp_path / "kiosk-output.txt"
        with open(output, "w") as sink:
            kiosk = subprocess.Popen([str(bundle.exe), "run", "--windowed", f"{WIDTH}x{HEIGHT}"], env=env,
                                     stdout=sink, stderr=subprocess.STDOUT)
        try:
            window = wait_for(lambda: xdotool(display, "search", "--onlyvisible", "--class", APP_ID,
                                                check=False).split(),
                              "the kiosk window to appear", kiosk, output)[0]
            # The heartbeat is written from the GUI thread once the event loop runs.
            wait_for(lambda: (data / "run" / "heartbeat").exists(), "the kiosk's first heartbeat", kiosk, output)
            shots = tmp_path / "shots"
            shots.mkdir()
            drawn = wait_for(lambda: (lambda img: img if distinct_colours(img) > 20 else None)(
                grab(display, shots / "start.png")), "the window to draw", kiosk, output)

            # The kiosk starts asleep (attract screen); the first touch only wakes it.
            xdotool(display, "mousemove", "--window", window, str(WIDTH // 2), str(HEIGHT // 2), "click", "1")
            home = settled_screen(display, shots / "home.png", drawn, 0.05, "the first tap to wake the kiosk", kiosk, output)

            xdotool(display, "mousemove", "--window", window, str(tile["x"]), str(tile["y"]), "click", "1")
            settled_screen(display, shots / "section.png", home, 0.2, f"tapping {tile['tile']} to open its section",
                           kiosk, output)
            assert kiosk.poll() is None, "the kiosk exited"
        finally:
            kiosk.terminate()
            try:
                kiosk.wait(20)
            except subprocess.TimeoutExpired:
                kiosk.kill()
                kiosk.wait()
    out = output.read_text()
    assert "Traceback" not in out, out
