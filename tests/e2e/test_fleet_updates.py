"""Publishing to a pack source and one kiosk's updater, against a real nginx (and a plain folder).

The office publishes with ``kiosk.fleet.publish``; the kiosk's ``Updater``
polls the source, refuses what it must (tampered, older, expired,
half-written, unsigned) with its content unchanged and the reason stored for
staff, applies a good pack only between visitors, and survives the web
server going away in the middle of a download.
"""

from __future__ import annotations

import json
import threading
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from fleet_tools import (big_image, copy_aside, enrol, flip_bytes, make_db, make_keys, media_dir, needs_nginx,
                         nginx_for, retitle, title, wait_for)

from kiosk.fleet.index import INDEX_NAME
from kiosk.fleet.publish import pack_name, publish
from kiosk.fleet.status import kiosk_status, status_path
from kiosk.fleet.updater import Updater

pytestmark = needs_nginx
ORIGINAL = "Haier Group"


@pytest.fixture
def hall(tmp_path: Path, request):
    """An office database, a kiosk database, keys, and a pack source served by nginx (or read as a folder)."""
    source = tmp_path / "source"
    source.mkdir()
    office, kiosk = make_db(tmp_path / "office"), make_db(tmp_path / "kiosk")
    key, public = make_keys(tmp_path / "keys")
    server = nginx_for(source, tmp_path / "nginx")
    location = server.url if getattr(request, "param", "http") == "http" else str(source)
    settings = enrol(kiosk, location, public)

    class Hall:
        pass

    hall = Hall()
    hall.__dict__.update(source=source, office=office, kiosk=kiosk, key=key, server=server, settings=settings,
                         tmp=tmp_path, location=location)
    yield hall
    server.stop()
    office.close()
    kiosk.close()


def result_of(kiosk) -> str:
    return Updater(kiosk).state().get("result", "")


@pytest.mark.parametrize("hall", ["http", "folder"], indirect=True)
def test_a_published_pack_is_applied_only_between_visitors(hall):
    retitle(hall.office, "Haier Group (corrected)")
    published = publish(hall.office, hall.source, key=hall.key)
    assert published.index.release == 1 and (hall.source / INDEX_NAME).is_file()

    visitors_away = threading.Event()  # a visitor is at the screen
    updater = Updater(hall.kiosk, between_visitors=visitors_away.is_set)
    waiting = updater.poll()
    assert waiting.kind == "waiting" and updater.has_pending
    assert title(hall.kiosk) == ORIGINAL  # nothing changes under a visitor's finger

    visitors_away.set()  # the attract loop shows
    applied = updater.apply_pending()
    assert applied.applied and applied.release == 1
    assert title(hall.kiosk) == "Haier Group (corrected)"
    assert updater.poll().text == "up to date (release 1)"
    assert result_of(hall.kiosk) == "up to date (release 1)"


def test_a_visitor_arriving_during_the_import_cancels_it(hall):
    retitle(hall.office, "Haier Group (corrected)")
    publish(hall.office, hall.source, key=hall.key)
    answers = iter([True, True])  # away at the check, then back before the commit
    updater = Updater(hall.kiosk, between_visitors=lambda: next(answers, False))
    result = updater.poll()
    assert result.kind == "waiting" and "a visitor came" in result.text
    assert title(hall.kiosk) == ORIGINAL and updater.release == 0
    updater.between_visitors = lambda: True
    assert updater.apply_pending().applied
    assert title(hall.kiosk) == "Haier Group (corrected)"


@pytest.mark.parametrize("hall", ["http", "folder"], indirect=True)
def test_tampered_packs_and_indexes_are_refused(hall):
    publish(hall.office, hall.source, key=hall.key)
    updater = Updater(hall.kiosk)
    assert updater.poll().applied
    retitle(hall.office, "Tampered Title")
    publish(hall.office, hall.source, key=hall.key)
    flip_bytes(hall.source / pack_name(2))
    refused = updater.poll()
    assert refused.kind == "refused" and refused.text.startswith("refused: tampered pack")
    assert title(hall.kiosk) == ORIGINAL and updater.release == 1
    assert not list((hall.kiosk.data_dir / "fleet").glob("*.kioskpack*"))  # nothing half-kept

    doc = json.loads((hall.source / INDEX_NAME).read_text())
    doc["index"]["release"] = 99  # an index edited after signing
    (hall.source / INDEX_NAME).write_text(json.dumps(doc))
    refused = updater.poll()
    assert refused.text.startswith("refused: tampered: latest.json")
    assert result_of(hall.kiosk) == refused.text and "tampered" in Updater(hall.kiosk).state()["errors"][-1]
    assert title(hall.kiosk) == ORIGINAL


def test_an_older_pack_is_refused_as_a_rollback(hall):
    retitle(hall.office, "First")
    publish(hall.office, hall.source, key=hall.key)
    old_index = copy_aside(hall.source, INDEX_NAME, hall.tmp / "saved")
    retitle(hall.office, "Second")
    publish(hall.office, hall.source, key=hall.key)
    updater = Updater(hall.kiosk)
    assert updater.poll().applied and title(hall.kiosk) == "Second"

    (hall.source / INDEX_NAME).write_bytes(old_index.read_bytes())  # a replayed, validly signed old index
    assert (hall.source / pack_name(1)).is_file()  # the previous pack stays until the next publish
    refused = updater.poll()
    assert refused.text == "refused: older pack: release 1 is not newer than release 2, which this kiosk runs"
    assert title(hall.kiosk) == "Second" and updater.release == 2


def test_an_expired_pack_is_refused(hall):
    retitle(hall.office, "Stale")
    publish(hall.office, hall.source, key=hall.key, now=datetime.now(timezone.utc) - timedelta(days=40))
    updater = Updater(hall.kiosk)
    refused = updater.poll()
    assert refused.kind == "refused" and refused.text.startswith("refused: expired pack: release 1 expired on")
    assert title(hall.kiosk) == ORIGINAL and updater.release == 0


def test_an_unsigned_pack_is_refused_when_signatures_are_required(hall):
    retitle(hall.office, "Unsigned")
    publish(hall.office, hall.source)
    refused = Updater(hall.kiosk).poll()
    assert refused.text.startswith("refused: unsigned: latest.json carries no signature")
    assert title(hall.kiosk) == ORIGINAL


@pytest.mark.parametrize("hall", ["http", "folder"], indirect=True)
def test_half_written_sources_are_refused_then_taken_once_whole(hall):
    retitle(hall.office, "Whole")
    publish(hall.office, hall.source, key=hall.key)
    pack = hall.source / pack_name(1)
    whole = pack.read_bytes()
    updater = Updater(hall.kiosk)

    pack.unlink()  # the index names a file that is not there (yet)
    refused = updater.poll()
    assert refused.kind == "refused" and "incomplete source: the index names content-r1.kioskpack" in refused.text
    assert title(hall.kiosk) == ORIGINAL

    pack.write_bytes(whole[: len(whole) // 2])  # a half-copied file
    refused = updater.poll()
    assert refused.text == (f"refused: incomplete pack: content-r1.kioskpack has {len(whole) // 2} bytes, "
                            f"the index says {len(whole)} (half-written or changed)")
    assert title(hall.kiosk) == ORIGINAL and updater.release == 0

    pack.write_bytes(whole)
    assert updater.poll().applied and title(hall.kiosk) == "Whole"


def test_the_server_stopping_mid_download_changes_nothing_and_the_kiosk_recovers(tmp_path, hall):
    hall.server.stop()
    slow = nginx_for(hall.source, tmp_path / "slow-nginx", limit_rate="400k")
    enrol(hall.kiosk, slow.url, None)
    name, photo = big_image(media_dir(hall.office), 2_000_000)
    retitle(hall.office, "With a photo", media=(name, photo))
    publish(hall.office, hall.source, key=hall.key)
    updater = Updater(hall.kiosk)
    outcome = []
    worker = threading.Thread(target=lambda: outcome.append(updater.poll()))
    worker.start()
    partial = hall.kiosk.data_dir / "fleet" / "pending-r1.kioskpack.partial"
    started = wait_for(lambda: partial.exists() and partial.stat().st_size > 100_000, 20)
    assert started, "the download never started"
    slow.stop()  # the server goes down in the middle of the download
    worker.join(30)
    result = outcome[0]
    assert result.kind == "unreachable" and result.text.startswith("source unreachable since ")
    assert "retrying" in result.text and title(hall.kiosk) == ORIGINAL and updater.release == 0
    assert not partial.exists() and not (media_dir(hall.kiosk) / name).exists()
    assert updater.next_delay() <= 2 * 1.15  # back-off never beyond the poll interval

    slow.limit_rate = None
    slow.start()  # the server is back
    assert updater.poll().applied
    assert title(hall.kiosk) == "With a photo" and (media_dir(hall.kiosk) / name).stat().st_size == 2_000_000
    assert Updater(hall.kiosk).state()["failing_since"] is None
    slow.stop()


def test_an_unreachable_source_is_retried_with_back_off(tmp_path, hall):
    hall.server.stop()
    updater = Updater(hall.kiosk)
    hall.settings.set("fleet.poll_seconds", 300)
    first = updater.poll()
    assert first.kind == "unreachable" and title(hall.kiosk) == ORIGINAL
    delays = []
    for _ in range(8):
        updater.poll()
        delays.append(updater.next_delay())
    assert delays[0] < 30 and delays[-1] > 200 and all(d <= 300 * 1.15 for d in delays)
    assert updater.state()["failing_since"] == Updater(hall.kiosk).state()["failing_since"]


@pytest.mark.parametrize("hall", ["folder"], indirect=True)
def test_a_folder_source_gets_the_kiosks_status_file(hall):
    publish(hall.office, hall.source, key=hall.key)
    updater = Updater(hall.kiosk)
    updater.poll()
    written = updater.report()
    status = json.loads(written.read_text())
    assert written == status_path(hall.source, status["kiosk_id"])
    assert status["last_update_result"].startswith("updated to release 1")
    assert set(status) == {"kiosk_id", "name", "content_version", "uptime_s", "restarts", "errors",
                           "last_update_result", "last_update_at", "free_disk_bytes", "voices", "reported_at"}
    assert status["voices"] == {} and status["free_disk_bytes"] > 0 and status["last_update_at"]
    assert not list(written.parent.glob(".*partial"))


@pytest.mark.postgres
@pytest.mark.parametrize("hall", ["http"], indirect=True)
def test_a_kiosk_reports_its_status_to_the_office_database_and_runs_on_when_it_is_down(hall, pg_url, caplog):
    from kiosk.content.change.prepare import prepare
    from kiosk.content.database import open_database
    from kiosk.fleet.office import read_fleet

    office_db = open_database(pg_url, hall.tmp / "office-pc")
    prepare(office_db)  # the office's schema, kiosk_status included
    office_db.close()
    publish(hall.office, hall.source, key=hall.key)
    hall.settings.set("fleet.office_url", pg_url)
    updater = Updater(hall.kiosk)
    assert updater.poll().applied
    assert updater.report() is None  # a web server source: no status file, the office database only
    (row,) = read_fleet(pg_url, poll_seconds=300)
    assert row.online and row.last_update_result.startswith("updated to release 1")
    assert row.content_version == kiosk_status(hall.kiosk, time.time())["content_version"]

    # The office goes away: the kiosk keeps its content and says why in its log.
    hall.settings.set("fleet.office_url", "postgresql+psycopg://kiosk@127.0.0.1:1/office")
    with caplog.at_level("WARNING", logger="kiosk.fleet.status"):
        assert updater.poll().text == "up to date (release 1)"
        updater.report()
    assert "cannot report to the office database" in caplog.text
