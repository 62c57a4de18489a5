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
    # The press release's telephone contact is for support (the visitors' About page no longer shows it).
    assert "Tel: 86-10-63074558" in database["source_contacts"]["press-release-2025-08-25"]["en"]

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


def _voice_report(ru_voices: list[str]) -> dict:
    return {"engine": "speechd", "problem": "", "written_at": "2026-11-30T09:00:00+0000", "languages": {
        "zh-Hans": {"voice": "Chinese (Mandarin, latin as English)", "voices": ["Chinese (Mandarin, latin as English)"]},
        "ru": {"voice": ru_voices[0] if ru_voices else None, "voices": ru_voices},
        "en": {"voice": "English (America)", "voices": ["English (America)", "English (Caribbean)"]},
    }}


def test_voices_per_language_are_reported_and_a_missing_one_stands_out(data_dir, tmp_path):
    report = collect(tmp_path / "usb", data_dir, voices=lambda: _voice_report([]))
    text = (report.folder / "voices.txt").read_text(encoding="utf-8")
    assert "zh-Hans: Chinese (Mandarin, latin as English)" in text
    assert "ru: NO VOICE (install one: README, Read aloud)" in text
    assert "en: English (America) (+1 more: English (Caribbean))" in text
    summary = (report.folder / "summary.txt").read_text(encoding="utf-8")
    assert "voices: engine speechd; zh-Hans: Chinese (Mandarin, latin as English); ru: NO VOICE" in summary


def test_voices_fall_back_to_what_the_kiosk_found_when_the_engine_cannot_be_asked(data_dir, tmp_path):
    (data_dir / "run").mkdir(exist_ok=True)
    (data_dir / "run" / "speech-voices.json").write_text(json.dumps(_voice_report(["Russian"])), encoding="utf-8")

    def broken():
        raise RuntimeError("kiosk voices gave no answer (exit -11)")

    report = collect(tmp_path / "usb", data_dir, voices=broken)
    text = (report.folder / "voices.txt").read_text(encoding="utf-8")
    assert "Not looked up now: RuntimeError: kiosk voices gave no answer (exit -11)" in text
    assert "As the kiosk found them (2026-11-30T09:00:00+0000):" in text and "ru: Russian" in text
    saved = json.loads((report.folder / "voices.json").read_text(encoding="utf-8"))
    assert saved["found_now"] is None and saved["kiosk_last_found"]["engine"] == "speechd"


def test_the_pack_source_and_the_last_update_result_are_in_the_report(db, data_dir, tmp_path, capsys):
    from kiosk.fleet.updater import Updater

    assert main(["settings", "set", "fleet.source", str(tmp_path / "gone-share")]) == 0
    result = Updater(db).poll()  # the share is not mounted
    assert result.kind == "unreachable"
    capsys.readouterr()
    assert main(["diagnostics", "--out", str(tmp_path / "usb")]) == 0
    out = capsys.readouterr().out
    assert f"updates: {result.text}" in out and "retrying" in out
    folder = next((tmp_path / "usb").glob("*-diagnostics-*[0-9]"))
    updates = (folder / "updates.txt").read_text(encoding="utf-8")
    assert f"pack source {tmp_path / 'gone-share'}, polled every 300 s" in updates
    assert "release running: 0" in updates and "error: " in updates


def test_a_database_password_in_a_setting_is_left_out(db, data_dir, tmp_path):
    from kiosk.content.change.settings import Settings

    Settings(db.engine).set("fleet.office_url", "postgresql+psycopg://kiosk:Hall-7-secret@office:5432/kiosk")
    report = collect(tmp_path / "usb", data_dir)
    everything = "".join(p.read_text(encoding="utf-8", errors="replace") for p in report.folder.rglob("*") if p.is_file())
    assert "Hall-7-secret" not in everything
    assert "postgresql+psycopg://kiosk:(left out)@office:5432/kiosk" in everything
