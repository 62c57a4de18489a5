"""Twenty kiosks, one pack source served by nginx: the hall the issue describes, measured.

Each kiosk is the kiosk's own updater and status code, headless, with its
own data folder and SQLite database, on a thread of its own, polling every
2 s (with jitter).  After a publish all twenty must run the new content
within one poll interval plus 30 s; with the server stopped in the middle
of their downloads none changes its content and all recover when it
returns; a tampered, an older and an expired pack are refused by all
twenty; with the folder itself as their source every kiosk leaves its
status file there.
"""

from __future__ import annotations

import json
import shutil
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from fleet_tools import (big_image, flip_bytes, make_db, make_keys, media_dir, needs_nginx, nginx_for, retitle, title,
                         wait_for)

from kiosk.fleet.drill import FleetDrill
from kiosk.fleet.index import INDEX_NAME
from kiosk.fleet.publish import pack_name, publish
from kiosk.fleet.status import status_path

pytestmark = [needs_nginx, pytest.mark.slow]
KIOSKS, POLL_S = 20, 2
DEADLINE_S = POLL_S + 30


def _refused_all(drill: FleetDrill, since: dict[int, int], words: str) -> float | None:
    """Seconds until every kiosk's latest poll (after poll number *since*) refused with *words*."""
    return drill.wait(lambda k: len(k.results) > since.get(k.number, 0) and words in k.last.text
                      and k.last.kind == "refused", DEADLINE_S)


def _mark(drill: FleetDrill) -> dict[int, int]:
    return {k.number: len(k.results) for k in drill.kiosks}


def test_twenty_kiosks_update_refuse_and_recover_together(tmp_path: Path):
    source = tmp_path / "source"
    source.mkdir()
    office = make_db(tmp_path / "office")
    key, public = make_keys(tmp_path / "keys")
    server = nginx_for(source, tmp_path / "nginx")
    drill = FleetDrill(tmp_path / "hall", KIOSKS, server.url, poll_seconds=POLL_S, trusted_key=public)
    try:
        drill.start()
        # 1. A correction published reaches all twenty.
        retitle(office, "Haier Group (corrected)")
        publish(office, source, key=key)
        took = drill.wait(lambda k: 1 in k.applied_at, DEADLINE_S)
        assert took is not None, f"not all applied release 1 within {DEADLINE_S} s: {drill.releases()}"
        print(f"\nrelease 1 reached all {KIOSKS} kiosks {took:.1f} s after the publish")
        assert all(title(k.db) == "Haier Group (corrected)" for k in drill.kiosks)
        saved = tmp_path / "saved"
        saved.mkdir()
        shutil.copy2(source / INDEX_NAME, saved / INDEX_NAME)
        shutil.copy2(source / pack_name(1), saved / pack_name(1))

        # 2. The server stops in the middle of their downloads: nothing changes, all recover.
        server.stop()
        server.limit_rate = "300k"
        server.start()
        name, photo = big_image(media_dir(office), 1_500_000)
        retitle(office, "Haier Group (with a photo)", media=(name, photo))
        publish(office, source, key=key)
        partials = lambda: sum(1 for k in drill.kiosks if list((k.db.data_dir / "fleet").glob("*.partial")))
        assert wait_for(lambda: partials() >= KIOSKS, DEADLINE_S), "not every kiosk was downloading"
        server.stop()
        mark = _mark(drill)
        assert drill.wait(lambda k: len(k.results) > mark[k.number] and k.last.kind == "unreachable", DEADLINE_S)
        assert drill.releases() == [1] * KIOSKS
        assert all(title(k.db) == "Haier Group (corrected)" for k in drill.kiosks)
        assert not any((media_dir(k.db) / name).exists() for k in drill.kiosks)
        server.limit_rate = None
        server.start()
        took = drill.wait(lambda k: 2 in k.applied_at, DEADLINE_S)
        assert took is not None, f"not all recovered within {DEADLINE_S} s: {drill.releases()}"
        print(f"after the server came back, release 2 reached all {KIOSKS} in {took:.1f} s")
        assert all(title(k.db) == "Haier Group (with a photo)" for k in drill.kiosks)

        # 3. Tampered, older, expired: refused by all twenty, content unchanged.
        retitle(office, "Tampered")
        publish(office, source, key=key)
        flip_bytes(source / pack_name(3))
        assert _refused_all(drill, _mark(drill), "refused: tampered pack") is not None
        (source / pack_name(1)).write_bytes((saved / pack_name(1)).read_bytes())
        (source / INDEX_NAME).write_bytes((saved / INDEX_NAME).read_bytes())
        assert _refused_all(drill, _mark(drill), "refused: older pack: release 1") is not None
        retitle(office, "Expired")
        publish(office, source, key=key, now=datetime.now(timezone.utc) - timedelta(days=31))
        assert _refused_all(drill, _mark(drill), "refused: expired pack") is not None
        assert drill.releases() == [2] * KIOSKS
        assert all(title(k.db) == "Haier Group (with a photo)" for k in drill.kiosks)

        # 4. The same folder as a shared folder: all update, every status file is there.
        drill.set_source(str(source))
        retitle(office, "Haier Group (from the share)")
        published = publish(office, source, key=key)
        took = drill.wait(lambda k: published.index.release in k.applied_at, DEADLINE_S)
        assert took is not None, f"not all applied from the folder: {drill.releases()}"
        mark = _mark(drill)
        drill.wait(lambda k: len(k.results) > mark[k.number], DEADLINE_S)  # one more poll: a status after it
        statuses = [json.loads(status_path(source, _kiosk_id(k)).read_text()) for k in drill.kiosks]
        assert {s["name"] for s in statuses} == {f"hall kiosk {n:02d}" for n in range(1, KIOSKS + 1)}
        assert all(s["last_update_result"].startswith(f"up to date (release {published.index.release})")
                   or s["last_update_result"].startswith(f"updated to release {published.index.release}") for s in statuses)
        assert all(any("refused: tampered pack" in e for e in s["errors"]) for s in statuses)
    finally:
        drill.close()
        server.stop()
        office.close()


def _kiosk_id(kiosk) -> str:
    return kiosk.updater.settings.get("kiosk.id")
