"""The console opens without Qt Charts (the kiosk's packaged build leaves it
out): everything but the Visitors tab is there, nothing fails."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]

PROBE = """
import sys
sys.modules["PySide6.QtCharts"] = None  # as in a build without Qt Charts
from PySide6.QtWidgets import QApplication
from kiosk.admin.console.window import ConsoleWindow
from kiosk.content.change.prepare import prepare
from kiosk.content.database import open_database
app = QApplication([])
db = open_database(None, sys.argv[1])
prepare(db)
window = ConsoleWindow(db, actor="editor")
tabs = [window.main_tabs.tabText(i) for i in range(window.main_tabs.count())]
print("TABS", tabs, window.visitors)
"""


def test_the_console_opens_without_qt_charts_and_without_its_visitors_tab(tmp_path):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    result = subprocess.run([sys.executable, "-c", PROBE, str(tmp_path)], cwd=ROOT, env=env,
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr[-2000:]
    assert "TABS ['Content', 'Unverified and stale'] None" in result.stdout, result.stdout + result.stderr[-2000:]
