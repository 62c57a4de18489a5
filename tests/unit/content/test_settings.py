"""Kiosk settings: defaults until set, values checked, saved for the next start."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from kiosk.content.database import open_database
from kiosk.content.change.settings import Settings, SettingsError
from kiosk.db.models import Setting


def test_every_setting_has_its_documented_default(db):
    assert Settings(db.engine).all() == {
        "idle_timeout_s": 90,
        "default_language": "zh-Hans",
        "enabled_languages": ["zh-Hans", "ru", "en"],
        "screen_layout": "auto",
        "attract.media": [],
        "attract.sound": False,
        "physical_dpi": None,
        "kiosk.locked": False,
        "backups.keep": 20,
        "packs.allow_unsigned": True,
        "packs.trusted_keys": [],
        "kiosk.id": None,
        "kiosk.name": "",
        "speech.rate": 0.0,
        "speech.volume": 0.8,
        "stats.retention_days": 400,
        "stats.record_search_terms": True,
        "fleet.source": "",
        "fleet.office_url": "",
        "fleet.poll_seconds": 300,
        "fleet.pack_valid_days": 30,
        "screen.bottom_mm": 800,
        "screen.height_mm": None,
        "access.offered": ["read_aloud", "larger_text", "high_contrast", "low_reach", "less_motion", "volume"],
        "access.idle_multiplier": 2,
    }


def test_speech_rate_and_volume_are_numbers_in_range(db):
    settings = Settings(db.engine)
    with pytest.raises(SettingsError, match="setting speech.rate: 2 must be from -1 to 1"):
        settings.set("speech.rate", 2)
    with pytest.raises(SettingsError, match="setting speech.volume: 'loud' must be a number from 0 to 1"):
        settings.set("speech.volume", "loud")
    assert settings.set("speech.volume", 1) == 1.0


def test_the_pack_source_is_a_folder_or_a_web_address(db):
    settings = Settings(db.engine)
    assert settings.set("fleet.source", " https://packs.example.org/hall ") == "https://packs.example.org/hall"
    assert settings.set("fleet.source", "/mnt/packs") == "/mnt/packs"
    assert settings.set("fleet.source", "") == ""
    with pytest.raises(SettingsError, match="setting fleet.source: 'ftp://x' must be a folder path or an http"):
        settings.set("fleet.source", "ftp://x")
    with pytest.raises(SettingsError, match="setting fleet.source: 'packs' must be an absolute folder path"):
        settings.set("fleet.source", "packs")
    with pytest.raises(SettingsError, match="kept by the kiosk itself"):
        settings.set("fleet.state", {})




def test_the_accessibility_settings_are_checked(db):
    settings = Settings(db.engine)
    with pytest.raises(SettingsError, match="setting access.offered: .* unknown feature 'braille'"):
        settings.set("access.offered", ["read_aloud", "braille"])
    with pytest.raises(SettingsError, match="setting access.offered: .* names a feature twice"):
        settings.set("access.offered", ["volume", "volume"])
    with pytest.raises(SettingsError, match="setting access.idle_multiplier: 0.5 must be from 1 to 5 times"):
        settings.set("access.idle_multiplier", 0.5)
    with pytest.raises(SettingsError, match="setting screen.bottom_mm: -10 must be from 0 to 2500"):
        settings.set("screen.bottom_mm", -10)
    with pytest.raises(SettingsError, match="setting screen.height_mm: 20 must be from 100 to 3000"):
        settings.set("screen.height_mm", 20)
    # Stored in the panel's order, whatever order staff typed.
    assert settings.set("access.offered", ["volume", "larger_text"]) == ["larger_text", "volume"]
    assert settings.set("access.idle_multiplier", 1.5) == 1.5
    assert settings.set("screen.height_mm", 1210) == 1210


def test_the_kiosk_id_must_be_a_uuid_and_the_name_short(db):
    settings = Settings(db.engine)
    with pytest.raises(SettingsError, match="setting kiosk.id: 'hall-1' must be a UUID"):
        settings.set("kiosk.id", "hall-1")
    with pytest.raises(SettingsError, match="setting kiosk.name: .* must be a text of at most 80 characters"):
        settings.set("kiosk.name", "x" * 81)
    assert settings.set("kiosk.id", "0B6F3C1E-8A52-4D0E-9F1D-2C7A4E5B6A10") == "0b6f3c1e-8a52-4d0e-9f1d-2c7a4e5b6a10"


def test_a_value_set_is_there_after_a_restart(db, data_dir):
    Settings(db.engine).set("idle_timeout_s", 120)
    Settings(db.engine).set("screen_layout", "portrait")
    db.close()
    again = open_database(None, data_dir)
    try:
        settings = Settings(again.engine)
        assert settings.get("idle_timeout_s") == 120
        assert settings.get("screen_layout") == "portrait"
        assert settings.all()["physical_dpi"] is None
    finally:
        again.close()


@pytest.mark.parametrize(
    ("key", "value", "says"),
    [
        ("idle_timeout_s", 5, "from 10 to 3600"),
        ("idle_timeout_s", "ninety", "whole number"),
        ("idle_timeout_s", True, "whole number"),
        ("default_language", "fr", "zh-Hans, ru, en"),
        ("enabled_languages", [], "non-empty list"),
        ("enabled_languages", ["en", "en"], "twice"),
        ("screen_layout", "diagonal", "auto, landscape, portrait, small"),
        ("physical_dpi", 5000, "from 50 to 1000"),
        ("backups.keep", 0, "from 1 to 1000"),
        ("packs.allow_unsigned", "yes", "true or false"),
        ("packs.trusted_keys", ["not a key"], "not an Ed25519 public key"),
    ],
)
def test_a_bad_value_is_refused_with_key_value_and_what_is_allowed(db, key, value, says):
    settings = Settings(db.engine)
    before = settings.get(key)
    with pytest.raises(SettingsError) as caught:
        settings.set(key, value)
    message = str(caught.value)
    assert key in message and says in message and repr(value) in message
    assert settings.get(key) == before


def test_an_unknown_key_is_named_with_the_known_ones(db):
    with pytest.raises(SettingsError) as caught:
        Settings(db.engine).get("idle_timout_s")
    assert "idle_timout_s" in str(caught.value) and "idle_timeout_s" in str(caught.value)
    with pytest.raises(SettingsError):
        Settings(db.engine).set("colour", "red")


def test_the_start_language_must_stay_enabled(db):
    settings = Settings(db.engine)
    with pytest.raises(SettingsError) as caught:
        settings.set("enabled_languages", ["ru", "en"])
    assert "default_language" in str(caught.value)
    assert settings.get("enabled_languages") == ["zh-Hans", "ru", "en"]
    settings.set("default_language", "ru")
    settings.set("enabled_languages", ["ru", "en"])
    assert settings.get("enabled_languages") == ["ru", "en"]


def test_a_hand_edited_bad_value_reads_as_the_default(db):
    with db.sessions.begin() as session:
        session.add(Setting(key="idle_timeout_s", value='"soon"'))
        session.add(Setting(key="backups.keep", value="not json"))
    settings = Settings(db.engine)
    assert settings.get("idle_timeout_s") == 90
    assert settings.all()["backups.keep"] == 20
    # ...and setting it again replaces the bad row.
    settings.set("idle_timeout_s", 60)
    with db.sessions() as session:
        assert session.scalar(select(Setting.value).where(Setting.key == "idle_timeout_s")) == "60"


def test_the_pin_settings_are_kept_out_of_reach_of_staff_commands(db):
    settings = Settings(db.engine)
    assert "staff.pin" not in settings.all() and "staff.pin_state" not in settings.all()
    with pytest.raises(SettingsError, match="staff menu"):
        settings.set("staff.pin", {"salt": "x", "hash": "y"})
    with pytest.raises(SettingsError, match="staff menu"):
        settings.set("staff.pin_state", {"failures": 0, "locked_until": 0})


def test_a_transaction_commits_all_its_writes_or_none(db):
    settings = Settings(db.engine)
    with pytest.raises(SettingsError, match="idle_timeout_s"):
        with settings.transaction() as tx:
            tx.put("staff.pin_state", {"failures": 3, "locked_until": 0})
            tx.put("idle_timeout_s", 5)  # below the minimum: the whole transaction is dropped
    assert settings.get("staff.pin_state") == {"failures": 0, "locked_until": 0}
    with settings.transaction() as tx:
        tx.put("staff.pin_state", {"failures": 2, "locked_until": 0})
        assert tx.get("staff.pin_state")["failures"] == 2
    assert settings.get("staff.pin_state")["failures"] == 2


def test_the_office_database_is_a_database_address_or_empty(db):
    settings = Settings(db.engine)
    url = "postgresql+psycopg://kiosk:pw@office.local:5432/kiosk"
    assert settings.set("fleet.office_url", f" {url} ") == url
    assert settings.set("fleet.office_url", "") == ""
    with pytest.raises(SettingsError, match="setting fleet.office_url: 'http://office/kiosk' must be a postgresql"):
        settings.set("fleet.office_url", "http://office/kiosk")
    with pytest.raises(SettingsError, match="setting fleet.office_url: .* is not a database address"):
        settings.set("fleet.office_url", "postgresql+psycopg://kiosk@office:port/kiosk")


def test_the_attract_loop_takes_images_or_one_video_and_says_what_is_wrong(db):
    settings = Settings(db.engine)
    assert settings.set("attract.media", ["hall/1.jpg", "hall/2.PNG"]) == ["hall/1.jpg", "hall/2.PNG"]
    for video in ("hall/loop.mp4", "loop.webm", "loop.MKV", "loop.mov"):
        assert settings.set("attract.media", [video]) == [video]
    with pytest.raises(SettingsError, match=r"setting attract.media: .* mixes the video 'hall/loop.mp4' with images; "
                                            r"list either one video or only images"):
        settings.set("attract.media", ["hall/1.jpg", "hall/loop.mp4"])
    with pytest.raises(SettingsError, match=r"names 2 videos \('a.mp4', 'b.webm'\); the attract loop plays one video"):
        settings.set("attract.media", ["a.mp4", "b.webm"])
    with pytest.raises(SettingsError, match=r"'clip.avi' is not an image or video file \(images: .png, .jpg, .jpeg, .webp; "
                                            r"videos: .mp4, .webm, .mkv, .mov\)"):
        settings.set("attract.media", ["clip.avi"])
    with pytest.raises(SettingsError, match=r"'../loop.mp4' must be a relative path inside the media folder"):
        settings.set("attract.media", ["../loop.mp4"])
    with pytest.raises(SettingsError, match=r"setting attract.sound: 'on' must be true or false"):
        settings.set("attract.sound", "on")
    assert settings.get("attract.media") == ["loop.mov"]
    assert settings.get("attract.sound") is False
