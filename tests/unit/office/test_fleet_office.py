"""Fleet status: each kiosk's heartbeat in the office database or in the
folder pack source, read back with online/offline and behind/current."""

from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone

import pytest

from kiosk.cli import main
from kiosk.fleet.office import StatusError, read_fleet, read_status_folder, write_status

NOW = datetime(2026, 11, 30, 9, 0, tzinfo=timezone.utc)


def status(kiosk_id: str, reported: datetime, **extra) -> dict:
    report = {
        "kiosk_id": kiosk_id, "name": f"Hall A {kiosk_id}", "content_version": "2026-11-30.1", "uptime_s": 3600.4,
        "restarts": 1, "errors": ["pack refused: expired"], "last_update_result": "applied release 3",
        "last_update_at": (reported - timedelta(minutes=1)).isoformat(), "free_disk_bytes": 12_000_000_000,
        "voices": {"en": ["Ann"], "zh-Hans": []}, "reported_at": reported.isoformat(),
    }
    report.update(extra)
    return report


def test_reports_are_stored_once_per_kiosk_and_online_means_within_two_polls(office):
    write_status(office.engine, status("k1", NOW - timedelta(seconds=30)))
    write_status(office.engine, status("k2", NOW - timedelta(seconds=601), content_version="2026-11-29.4"))
    write_status(office.url, status("k1", NOW - timedelta(seconds=20), errors=["a", "b"]))  # by URL, a newer report
    write_status(office.engine, status("k1", NOW - timedelta(seconds=30)))  # the older one sent again: no change
    rows = read_fleet(office.engine, poll_seconds=300, newest="2026-11-30.1", now=NOW)
    assert [(r.kiosk_id, r.online, r.behind) for r in rows] == [("k1", True, False), ("k2", False, True)]
    k1, k2 = rows
    assert k1.errors == ("a", "b") and k1.reported_at == NOW - timedelta(seconds=20)
    assert k1.voices == {"en": ("Ann",), "zh-Hans": ()} and k1.uptime_s == 3600 and k1.free_disk_bytes == 12_000_000_000
    assert k2.reported_at == NOW - timedelta(seconds=601)
    # With a longer poll interval the same report counts as online.
    assert all(r.online for r in read_fleet(office.engine, poll_seconds=900, now=NOW))


def test_a_bad_report_is_refused_naming_the_field_and_the_kiosk(office):
    with pytest.raises(StatusError, match=r"kiosk k1\): reported_at 'yesterday' is not an ISO date"):
        write_status(office.engine, status("k1", NOW, reported_at="yesterday"))
    with pytest.raises(StatusError, match="errors must be a list of texts"):
        write_status(office.engine, status("k1", NOW, errors="disk full"))
    assert read_fleet(office.engine, now=NOW) == []


def test_status_files_in_a_folder_source_are_read_and_a_broken_one_left_out(tmp_path):
    folder = tmp_path / "source" / "status"
    folder.mkdir(parents=True)
    (folder / "k1.json").write_text(json.dumps(status("k1", NOW - timedelta(seconds=10))), encoding="utf-8")
    (folder / "k2.json").write_text(json.dumps(status("k2", NOW - timedelta(hours=3))), encoding="utf-8")
    (folder / "k3.json").write_text('{"kiosk_id": "k3", "kiosk_id": "k3"}', encoding="utf-8")  # a duplicate key
    (folder / "k4.json").write_text("[" * 100 + "]" * 100, encoding="utf-8")
    assert [r["kiosk_id"] for r in read_status_folder(tmp_path / "source")] == ["k1", "k2"]
    rows = read_fleet(None, folder=tmp_path / "source", now=NOW)
    assert [(r.kiosk_id, r.online) for r in rows] == [("k1", True), ("k2", False)]


def test_kiosk_fleet_status_prints_every_kiosk(office, tmp_path, capsys):
    now = datetime.now(timezone.utc)
    write_status(office.engine, status("k1", now - timedelta(seconds=5), name="Entrance"))
    write_status(office.engine, status("k2", now - timedelta(hours=2), name="Hall B", content_version="2026-01-01.1",
                                       errors=["speech: no Russian voice"]))
    source = tmp_path / "packs"
    (source / "status").mkdir(parents=True)
    (source / "latest.json").write_text(json.dumps({"index": {"content_version": "2026-11-30.1"}}), encoding="utf-8")
    (source / "status" / "k3.json").write_text(json.dumps(status("k3", now - timedelta(seconds=5), name="Shop")), encoding="utf-8")

    assert main(["fleet", "status", "--database", office.url, "--source", str(source)]) == 0
    out = capsys.readouterr().out
    lines = {line.split()[0]: line for line in out.splitlines() if line.split() and line.split()[0] in ("Entrance", "Hall", "Shop")}
    assert "online" in lines["Entrance"] and "2026-11-30.1 (current)" in lines["Entrance"]
    offline_since = (now - timedelta(hours=2)).strftime("%Y-%m-%d %H:%M")
    assert f"offline since {offline_since} UTC" in lines["Hall"] and "2026-01-01.1 (behind)" in lines["Hall"]
    assert "speech: no Russian voice" in lines["Hall"] and "online" in lines["Shop"]
    assert "3 kiosk(s): 2 online, 1 offline; newest content 2026-11-30.1, 1 behind" in out

    assert main(["fleet", "status", "--database", office.url, "--source", str(tmp_path / "nowhere")]) == 1
    assert "is not a folder" in capsys.readouterr().err
