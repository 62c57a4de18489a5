"""Content packs carry the attract loop's media: the office PC's images or
video (setting ``attract.media``, ``attract.sound``) arrive on the kiosk with
the content; a video has its own, larger size limit; a pack whose attract
entry is wrong is refused and changes nothing."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from staff_tools import manifest_for, members_of, rezip, snapshot

from kiosk.content.change.prepare import prepare
from kiosk.content.change.settings import Settings
from kiosk.content.change.transfers import export_pack, import_pack
from kiosk.content.database import open_database
from kiosk.content.change.transfers import saved_content
from kiosk.content.formats.pack_attract import PackAttract
from kiosk.content.formats.packs import PackLimits, verify_pack, write_pack
from kiosk.content.problems import ContentError

# Packs do not look inside media files: any bytes named .mp4 travel as a video.
VIDEO = b"\x00\x00\x00\x18ftypmp42" + bytes(range(256)) * 1600


@pytest.fixture(scope="module")
def fresh(tmp_path_factory) -> Path:
    """A data folder with the default content, to copy for each PC."""
    folder = tmp_path_factory.mktemp("fresh")
    database = open_database(None, folder)
    prepare(database)
    database.close()
    return folder


def _pc(fresh: Path, folder: Path):
    shutil.copytree(fresh, folder)
    return open_database(None, folder)


@pytest.fixture
def office(fresh, tmp_path):
    """The office PC with a hall video chosen for the attract loop, sound on."""
    database = _pc(fresh, tmp_path / "office")
    video = database.data_dir / "media" / "hall" / "loop.mp4"
    video.parent.mkdir(parents=True)
    video.write_bytes(VIDEO)
    settings = Settings(database.engine)
    settings.set("attract.media", ["hall/loop.mp4"])
    settings.set("attract.sound", True)
    yield database
    database.close()


@pytest.fixture
def kiosk(fresh, tmp_path):
    database = _pc(fresh, tmp_path / "kiosk")
    yield database
    database.close()


def test_the_attract_video_and_its_settings_travel_in_the_pack(office, kiosk, tmp_path):
    pack = export_pack(office, tmp_path / "hall.kioskpack").path
    manifest = json.loads(members_of(pack)["manifest.json"])
    assert manifest["attract"] == {"media": ["hall/loop.mp4"], "sound": True}
    assert "media/hall/loop.mp4" in manifest["members"]

    import_pack(kiosk, pack, actor="staff")
    assert (kiosk.data_dir / "media" / "hall" / "loop.mp4").read_bytes() == VIDEO
    settings = Settings(kiosk.engine)
    assert settings.get("attract.media") == ["hall/loop.mp4"]
    assert settings.get("attract.sound") is True


def test_the_office_going_back_to_the_designed_loop_takes_the_kiosk_back_too(office, kiosk, tmp_path):
    import_pack(kiosk, export_pack(office, tmp_path / "video.kioskpack").path, actor="staff")
    Settings(office.engine).set("attract.media", [])
    import_pack(kiosk, export_pack(office, tmp_path / "designed.kioskpack").path, actor="staff")
    assert Settings(kiosk.engine).get("attract.media") == []


def test_a_pack_from_an_older_program_leaves_the_kiosks_attract_loop_alone(office, kiosk, tmp_path):
    Settings(kiosk.engine).set("attract.media", ["own/poster.png"])
    older = write_pack(saved_content(office), tmp_path / "older.kioskpack", media_dir=office.data_dir / "media").path
    assert "attract" not in json.loads(members_of(older)["manifest.json"])
    import_pack(kiosk, older, actor="staff")
    assert Settings(kiosk.engine).get("attract.media") == ["own/poster.png"]


def test_a_missing_attract_file_stops_the_export_with_its_name(office, tmp_path):
    (office.data_dir / "media" / "hall" / "loop.mp4").unlink()
    with pytest.raises(ContentError, match=r"the attract loop's media file 'hall/loop.mp4' is not in .*media"):
        export_pack(office, tmp_path / "hall.kioskpack")
    assert not (tmp_path / "hall.kioskpack").exists()


def test_a_video_may_be_larger_than_a_picture_up_to_its_own_limit(office, kiosk, tmp_path):
    pack = export_pack(office, tmp_path / "hall.kioskpack").path
    size = len(VIDEO)
    # A picture this size would be refused; the video is within the video limit.
    limits = PackLimits(max_member=size // 2, max_video=size * 2)
    assert verify_pack(pack, limits=limits)
    import_pack(kiosk, pack, actor="staff", limits=limits)
    assert (kiosk.data_dir / "media" / "hall" / "loop.mp4").is_file()


def test_a_video_over_its_limit_is_refused_with_the_limit_and_what_to_do(office, kiosk, tmp_path):
    pack = export_pack(office, tmp_path / "hall.kioskpack").path
    limit = len(VIDEO) // 2
    before = snapshot(kiosk)
    with pytest.raises(ContentError) as caught:
        import_pack(kiosk, pack, actor="staff", limits=PackLimits(max_video=limit))
    message = str(caught.value)
    assert "hall.kioskpack: media/hall/loop.mp4" in message
    mb = 1024 * 1024
    assert (f"is a video of {len(VIDEO) / mb:.1f} MB ({len(VIDEO)} bytes); "
            f"a video may be at most {limit / mb:.1f} MB ({limit} bytes)") in message
    assert "shorten it or encode it at a lower bit rate" in message
    assert snapshot(kiosk) == before
    assert Settings(kiosk.engine).get("attract.media") == []
    # The office hears the same before it writes anything.
    with pytest.raises(ContentError, match="media/hall/loop.mp4 is a video of .*; a video may be at most"):
        write_pack(saved_content(office), tmp_path / "big.kioskpack", media_dir=office.data_dir / "media",
                   limits=PackLimits(max_video=limit), attract=PackAttract(("hall/loop.mp4",), False))
    assert not (tmp_path / "big.kioskpack").exists()


def _with_attract(pack: Path, target: Path, attract: dict, extra: dict[str, bytes] | None = None) -> Path:
    def change(members: dict[str, bytes]) -> None:
        members.update(extra or {})
        members["manifest.json"] = manifest_for(members, attract=attract)

    return rezip(pack, target, change)


@pytest.mark.parametrize(("attract", "extra", "words"), [
    ({"media": ["hall/gone.mp4"], "sound": False}, None, "the attract loop's media file 'hall/gone.mp4' is not in the pack"),
    ({"media": ["hall/loop.mp4", "hall/1.jpg"], "sound": False}, {"media/hall/1.jpg": b"\xff\xd8 a picture"},
     "mixes the video 'hall/loop.mp4' with images"),
    ({"media": ["../../etc/passwd"], "sound": False}, None, "has '..' in its path"),
    ({"media": "hall/loop.mp4"}, None, "must be {\"media\": [file names in the media folder]"),
])
def test_a_wrong_attract_entry_is_refused_and_changes_nothing(office, kiosk, tmp_path, attract, extra, words):
    pack = _with_attract(export_pack(office, tmp_path / "hall.kioskpack").path, tmp_path / "bad.kioskpack", attract, extra)
    before = snapshot(kiosk)
    with pytest.raises(ContentError) as caught:
        import_pack(kiosk, pack, actor="staff")
    assert "bad.kioskpack: manifest.json" in str(caught.value) and words in str(caught.value)
    assert snapshot(kiosk) == before
    assert Settings(kiosk.engine).get("attract.media") == []
    assert not (kiosk.data_dir / "media").exists() or not list((kiosk.data_dir / "media").rglob("*.*"))
