"""The kiosk's updater on the kiosk's event loop: polls on a worker thread,
applies only while the attract loop shows, and tells staff what it did."""

from __future__ import annotations

import sys
import threading
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "e2e"))
from fleet_tools import make_db, retitle, title  # noqa: E402
from test_staff_menu import unlock  # noqa: E402

from kiosk.content.change.settings import Settings  # noqa: E402
from kiosk.fleet.publish import publish  # noqa: E402
from kiosk.ui.fleet_poll import FleetPoller  # noqa: E402


def test_a_published_pack_waits_for_the_attract_loop_and_the_staff_menu_says_so(kiosk, db, tmp_path, qtbot):
    office = make_db(tmp_path / "office")
    retitle(office, "Haier Group (corrected)")
    publish(office, tmp_path / "source")
    office.close()
    Settings(db.engine).set("fleet.source", str(tmp_path / "source"))
    drive = kiosk(language="en")
    drive.ui.idle.wake()  # a visitor is at the screen
    poller = FleetPoller(db, drive.ui.idle)
    applied = []
    poller.applied.connect(lambda: applied.append(True))
    poller.poll_now()
    job = poller._job
    qtbot.waitUntil(lambda: poller.last is not None, timeout=20_000)
    assert job.worker_thread != threading.get_ident()  # the network and the import stay off the UI thread
    assert poller.last.kind == "waiting" and not applied
    assert title(db) == "Haier Group"

    unlock(drive)
    drive.tap("staff-packs")  # where content comes from: USB sticks, and the pack source
    drive.settle()
    updates = drive.ui.find("staffUpdates").property("text")
    assert updates.startswith("Updates from the pack source: release 1 downloaded and verified")
    drive.tap("staffClose")
    drive.settle()

    with qtbot.waitSignal(poller.applied, timeout=20_000):
        drive.ui.idle.sleep()  # the visitor left: the attract loop shows
    assert title(db) == "Haier Group (corrected)"
    qtbot.waitUntil(lambda: not poller.busy, timeout=10_000)
    poller.stop()
