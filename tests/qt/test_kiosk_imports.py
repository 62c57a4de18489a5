"""What the visitor kiosk keeps out of memory: modules a visitor's pages
never need are not loaded by starting the kiosk and browsing it (each one
costs resident memory on a kiosk with a 200 MB budget). Checked in a
process of its own, since the test run itself loads everything."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

#: Modules the browsing visitor never needs, and what loads them when wanted.
NOT_FOR_BROWSING = {
    # SQLAlchemy's PostgreSQL dialect: the kiosk's own database is SQLite.
    "sqlalchemy.dialects.postgresql": "only a PostgreSQL database",
    # Qt TextToSpeech, and Qt Multimedia with it: read-aloud turned on.
    "PySide6.QtTextToSpeech": "read-aloud turned on (Speech.start)",
    # Reading and applying content packs (30 MB with these libraries).
    "kiosk.content.change.importer": "the first poll of a pack source (setting fleet.source)",
    "openpyxl": "the first poll of a pack source, or a workbook import from the staff menu",
    "pydantic": "the first poll of a pack source, or an import from the staff menu",
    "cryptography": "the first poll of a pack source, or an import from the staff menu",
    # SQLAlchemy's ORM and the mapped classes (some 10 MB): the kiosk reads
    # its content with Core statements; the ORM is for changing content.
    "sqlalchemy.orm": "a content change: an import, a restore, a pack applied",
    "kiosk.db.models": "a content change: an import, a restore, a pack applied",
    # Qt Test makes the test run's touch events, and loads Qt Widgets (the
    # staff console's toolkit): the benchmark's memory tour drives the kiosk
    # without it, as this probe does, so that its figure is the kiosk's own.
    "PySide6.QtTest": "nothing in the kiosk (tests that touch the screen)",
    "PySide6.QtWidgets": "the staff console",
}

#: Modules Home's first frame does not need, loaded when first wanted: the
#: kiosk starts faster without them.
NOT_FOR_HOME = {
    # The search (word index, stemmer, typo correction): the first search typed.
    "kiosk.content.read.search": "the first search typed",
    "kiosk.content.read.search_words": "the first search typed",
    "kiosk.db.search_text": "the first search typed",
    # QR codes: the first detail page of a record with a web address.
    "segno": "the first record with a web address",
}

PROBE = """
import json, sys
from kiosk.content.change.prepare import prepare
from kiosk.content.database import open_database
from kiosk.ui.app import LAYOUTS, KioskUi, make_application
from kiosk.ui.driver import Driver
from kiosk.ui.fleet_poll import FleetPoller

db = open_database(None, sys.argv[1])
prepare(db)
make_application()
ui = KioskUi(db, language="en", size=LAYOUTS["landscape"], recover_on_error=False)
ui.show(fullscreen=False)
drive = Driver(ui, pointer="mouse")
drive.set_animations(False)
drive.wait_until(lambda: ui.first_frame_at is not None, 20_000)
at_home = sorted(m for m in sys.argv[2:] if m in sys.modules)
drive.settle()
# A visitor's round: a list, a record (with its web address's QR code),
# search, another language, home.
pages, typed = [], None
for name in ("tile-manufacturer", "card-haier-group", "searchButton", "lang-ru", "homeButton"):
    drive.tap(name)
    drive.settle()
    pages.append(ui.current_page)
    if name == "searchButton":
        drive.item("searchField").forceActiveFocus()
        drive.type_text("haier")
        drive.settle()
        typed = drive.item("searchField").property("text")
# The updater, as `kiosk run` starts it, polls and reports with no pack source set.
fleet = FleetPoller(db, ui.idle)
poll = fleet.updater.poll().kind
fleet.updater.report()
print("RESULT " + json.dumps({"pages": pages, "typed": typed, "poll": poll, "at_home": at_home,
                              "loaded": sorted(m for m in sys.argv[2:] if m in sys.modules)}))
ui.close()
db.close()
"""


def test_browsing_the_kiosk_without_a_pack_source_leaves_unneeded_modules_unloaded(db):
    # The database is made here: an installed kiosk starts on one already
    # made (creating one runs the migrations, which load every dialect).
    done = subprocess.run([sys.executable, "-c", PROBE, str(db.data_dir), *NOT_FOR_BROWSING, *NOT_FOR_HOME], capture_output=True,
                          text=True, cwd=ROOT, timeout=300)
    assert done.returncode == 0, done.stderr[-3000:]
    result = json.loads(next(line for line in done.stdout.splitlines() if line.startswith("RESULT "))[7:])
    assert result["poll"] == "off"
    assert result["pages"] == ["list-manufacturer", "detail-manufacturer-haier-group", "search", "search", "home"]
    assert result["typed"] == "haier"
    assert [m for m in result["loaded"] if m in NOT_FOR_BROWSING] == [], {m: NOT_FOR_BROWSING[m] for m in result["loaded"] if m in NOT_FOR_BROWSING}
    assert result["at_home"] == [], {name: {**NOT_FOR_BROWSING, **NOT_FOR_HOME}[name] for name in result["at_home"]}
