"""The kiosk survives the number of Qt calls weeks of running make."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

PROBE = """
from kiosk.ui.app import make_application
from PySide6.QtCore import QObject, QTimer, Signal
class Emitter(QObject):
    changed = Signal()
app = make_application()
probe, timer, emitter = QObject(), QTimer(), Emitter()
for i in range(200_000):
    probe.setObjectName("x")
    timer.setInterval(5)
    emitter.changed.emit()
print("survived")
"""


def test_two_hundred_thousand_void_qt_calls_and_signals_do_not_abort_python():
    # PySide6 6.12.0 on Python 3.11 loses a reference to None on every call
    # that returns nothing; unguarded, Python aborts after a few thousand.
    result = subprocess.run([sys.executable, "-c", PROBE], cwd=ROOT, capture_output=True, text=True, timeout=300,
                            env={**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen"})
    assert result.returncode == 0, result.stderr[-2000:]
    assert "survived" in result.stdout
