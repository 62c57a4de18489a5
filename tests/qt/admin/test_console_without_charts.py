"""The console in the kiosk's packaged build, which leaves Qt Charts (and Qt
Graphs) out: the Visitors tab is there and shows every report's figures,
its charts painted with plain Qt."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]

PROBE = """
import json, sys
from datetime import date, timedelta
# As in the packaged build: importing either module fails.
for name in ("PySide6.QtCharts", "PySide6.QtGraphs", "PySide6.QtGraphsWidgets"):
    sys.modules[name] = None
from PySide6.QtWidgets import QApplication
from kiosk.admin.console.window import ConsoleWindow
from kiosk.content.change.prepare import prepare
from kiosk.content.database import open_database
from kiosk.stats.store import open_store, stats_path
from tests.unit.stats.stats_helpers import KIOSK_A, at, session

app = QApplication([])
db = open_database(None, sys.argv[1])
prepare(db)
day = date.today() - timedelta(days=1)
store = open_store(stats_path(db.data_dir))
store.write_sessions(store.ensure_kiosk(KIOSK_A, "Hall A"), [
    session(at(day, 10), 90, lang="ru", pages=[("home", 10), ("cluster", 30)], searches=[("spaceport", 0, False)],
            a11y="read_aloud"),
    session(at(day, 11), 200, lang="zh-Hans", pages=[("home", 20)]),
])
store.close()
window = ConsoleWindow(db, actor="editor")
window.resize(1366, 768)
window.show()
window.main_tabs.setCurrentIndex(window.visitors.index)
app.processEvents()
cards = window.visitors.cards
# Every chart painted: some pixels differ from the card's white.
painted = {}
for name, card in cards.items():
    image = card.view.grab().toImage()
    colours = {image.pixel(x, y) for x in range(0, image.width(), 7) for y in range(0, image.height(), 7)}
    painted[name] = len(colours) > 2
print("RESULT " + json.dumps({
    "tabs": [window.main_tabs.tabText(i) for i in range(window.main_tabs.count())],
    "summary": window.visitors.summary.text(),
    "sessions": cards["sessions"].chart_numbers(),
    "languages": cards["languages"].chart_numbers(),
    "accessibility": cards["accessibility"].table_rows(),
    "painted": painted,
    "charts_loaded": sorted(m for m in sys.modules if m.startswith("PySide6.QtCharts") or m.startswith("PySide6.QtGraphs")
                            if sys.modules[m] is not None),
}, ensure_ascii=False))
"""


def test_the_visitors_tab_shows_its_figures_without_qt_charts(tmp_path):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    result = subprocess.run([sys.executable, "-c", PROBE, str(tmp_path)], cwd=ROOT, env=env,
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr[-2000:]
    line = next((x for x in result.stdout.splitlines() if x.startswith("RESULT ")), None)
    assert line, result.stdout + result.stderr[-2000:]
    got = json.loads(line[len("RESULT "):])
    assert got["tabs"] == ["Content", "Visitors"]
    assert got["summary"] == "2 sessions · median length 2 min 15 s · languages: Русский 50 %, 中文 50 % · 1 searches found nothing"
    assert got["sessions"] == {"Sessions": [0, 0, 0, 0, 0, 2, 0]}
    assert got["languages"] == {"pie": [["Русский 50 %", 1.0], ["中文 50 %", 1.0]]}
    assert got["accessibility"][0] == ["Read aloud", "1"]
    assert got["painted"] == {name: True for name in got["painted"]} and len(got["painted"]) == 10
    assert got["charts_loaded"] == []
