"""The software renderer paints on the GUI thread: no pool of threads to wait for (kiosk.ui.app.prepare_environment)."""

import os
import subprocess
import sys

# A big translucent fill, as the software renderer paints a page in a transition;
# then the names of the process's threads.
PAINT = """
import os, sys
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter
if sys.argv[1] == "kiosk":
    from kiosk.ui.app import make_application
    app = make_application(["kiosk"])
else:
    app = QGuiApplication(["plain"])
image = QImage(1920, 1080, QImage.Format.Format_ARGB32_Premultiplied)
image.fill(QColor("white"))
painter = QPainter(image)
for _ in range(20):
    painter.fillRect(0, 0, 1920, 1080, QColor(20, 40, 200, 120))
painter.end()
names = [open(f"/proc/self/task/{t}/comm").read().strip() for t in os.listdir("/proc/self/task")]
print("\\n".join(names))
"""


def _threads_after_painting(how: str) -> list[str]:
    env = {k: v for k, v in os.environ.items() if k != "QT_NO_GUI_THREADPOOL"}
    env["QT_QPA_PLATFORM"] = "offscreen"
    out = subprocess.run([sys.executable, "-c", PAINT, how], capture_output=True, text=True, timeout=120, env=env)
    assert out.returncode == 0, out.stderr
    return out.stdout.split("\n")


def test_the_kiosk_paints_a_large_fill_without_waking_a_thread_pool():
    # The same fill in a plain Qt application is split across pooled threads ...
    assert any("pooled" in name for name in _threads_after_painting("plain"))
    # ... and in the kiosk's application it is painted on the GUI thread.
    assert not any("pooled" in name for name in _threads_after_painting("kiosk"))
