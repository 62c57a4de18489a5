"""``kiosk diagnostics --out DIR``: what support gets, and what it must never get (the PIN)."""

from __future__ import annotations

import json
import zipfile

from sqlalchemy import text

from kiosk import __version__
from kiosk.cli import main
from kiosk.runtime.diagnostics import collect, is_secret
from kiosk.runtime.heartbeat import Heartbeat


def _put_settings(db, values: dict) -> None:
    with db.engine.begin() as conn:
        for key, value in values.items():
            conn.execute(text("INSERT INTO settings (key, value) VALUES (:k, :v)"), {"k": key, "v": json.dumps(value)})


def test_report_holds_versions_settings_check_restarts_and_logs(db, data_dir, tmp_path):
    _put_settings(db, {
        "idle_timeout": 90,
        "staff_pin_hash": "pbkdf2$secret",
        "PIN_attempts": 3,
        "staff": {"name": "front desk", "pin_hash": "pbkdf2$nested"},
        "screen.bottom_mm": 650,
    })
    (data_dir / "logs").mkdir()
    (data_dir / "logs" / "kiosk.log").write_text("2025-09-01 started\n", encoding="utf-8")
    (data_dir / "run").mkdir()
    (data_dir / "run" / "restarts.jsonl").write_text(
        json.dumps({"reason": "frozen", "exit_code": -15}) + "\n", encoding="utf-8")
    Heartbeat(data_dir / "run" / "heartbeat").beat()

    report = collect(tmp_path / "usb", data_dir)

    folder = report.folder
    versions = json.loads((folder / "versions.json").read_text(encoding="utf-8"))
    assert versions["app_version"] == __version__
    assert versions["packages"]["PySide6-Essentials"].startswith("6.")
    assert versions["packages"]["SQLAlchemy"].startswith("2.")
    assert json.loads((folder / "platform.json").read_text(encoding="utf-8"))["machine"]
    assert "database and content are sound" in (folder / "db-check.txt").read_text(encoding="utf-8")

    database = json.loads((folder / "database.json").read_text(encoding="utf-8"))
    assert database["settings"]["idle_timeout"] == 90
    assert database["settings"]["staff"] == {"name": "front desk", "pin_hash": "(left out)"}
    assert sorted(database["settings_left_out"]) == ["PIN_attempts", "staff_pin_hash"]
    # What the accessibility features follow, defaults included.
    assert database["accessibility"]["screen.bottom_mm"] == 650
    assert database["accessibility"]["access.idle_multiplier"] == 2
    assert "read_aloud" in database["accessibility"]["access.offered"]
    assert database["content_history"][0]["action"] == "load-default"

    assert "frozen" in (folder / "restarts.jsonl").read_text(encoding="utf-8")
    assert "last beat" in (folder / "heartbeat.txt").read_text(encoding="utf-8")
    assert (folder / "logs" / "kiosk.log").read_text(encoding="utf-8") == "2025-09-01 started\n"
    summary = (folder / "summary.txt").read_text(encoding="utf-8")
    assert "FAILED" not in summary and "settings left out: PIN_attempts, staff_pin_hash" in summary

    with zipfile.ZipFile(report.archive) as archive:
        names = archive.namelist()
        everything = b"".join(archive.read(n) for n in names if not n.endswith("/"))
    assert f"{folder.name}/db-check.txt" in names and f"{folder.name}/logs/kiosk.log" in names
    assert b"pbkdf2" not in everything


def test_no_database_is_reported_not_created(data_dir, tmp_path):
    report = collect(tmp_path / "usb", data_dir)
    assert "no database yet" in (report.folder / "db-check.txt").read_text(encoding="utf-8")
    assert not (data_dir / "kiosk.sqlite3").exists()
    assert "no logs folder" in (report.folder / "summary.txt").read_text(encoding="utf-8")


def test_a_broken_database_still_gives_a_report(data_dir, tmp_path):
    (data_dir / "kiosk.sqlite3").write_bytes(b"this is not sqlite at all")
    report = collect(tmp_path / "usb", data_dir)
    summary = (report.folder / "summary.txt").read_text(encoding="utf-8")
    assert "database: FAILED" in summary and "is not a SQLite database" in summary
    assert (report.folder / "database.error.txt").exists()
    assert (report.folder / "versions.json").exists() and report.archive.exists()


def test_command_line_prints_where_it_wrote(db, data_dir, tmp_path, capsys):
    assert main(["diagnostics", "--out", str(tmp_path / "usb")]) == 0
    out = capsys.readouterr().out
    assert "database: " in out and "Written: " in out and ".zip" in out


def test_out_that_is_a_file_is_named(data_dir, tmp_path, capsys):
    target = tmp_path / "report.txt"
    target.write_text("x")
    assert main(["diagnostics", "--out", str(target)]) == 1
    assert f"{target}: exists and is not a folder" in capsys.readouterr().err


def test_secret_keys():
    assert is_secret("staff_pin_hash") and is_secret("PIN") and is_secret("admin_password")
    assert not is_secret("idle_timeout") and not is_secret("default_language")
