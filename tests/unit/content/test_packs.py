"""Content packs: a valid pack carries content and media from the office to a
kiosk; a tampered, truncated, zip-slip, zip-bomb or wrong-version pack is
refused with its reason and changes nothing."""

from __future__ import annotations

import json
import shutil
import stat
import struct
import zipfile
from pathlib import Path

import pytest
from staff_tools import CLUSTER, content_of, edited, manifest_for, members_of, retitled, rezip, snapshot

from kiosk.content.database import open_database
from kiosk.content.change.prepare import prepare
from kiosk.content.change.history import KindChanges, same_content
from kiosk.content.change.importer import apply_content
from kiosk.content.formats.packs import PackLimits, verify_pack
from kiosk.content.change.transfers import export_pack, import_pack
from kiosk.content.problems import ContentError
from kiosk.content.progress import Cancelled

IMAGE = b"\xff\xd8\xff\xe0 not really a jpeg, but bytes all the same"


@pytest.fixture(scope="module")
def office(tmp_path_factory):
    """The office PC: the default content with a new Russian title and an
    image for one cluster (shared by the tests, which only read it)."""
    database = open_database(None, tmp_path_factory.mktemp("office"))
    prepare(database)
    media = database.data_dir / "media" / "clusters" / "appliances.jpg"
    media.parent.mkdir(parents=True)
    media.write_bytes(IMAGE)
    content = retitled(content_of(database), "cluster", CLUSTER, "ru", "Кластер бытовой техники")
    apply_content(database, edited(content, "cluster", CLUSTER, media="clusters/appliances.jpg"), actor="editor", action="edit")
    yield database
    database.close()


@pytest.fixture(scope="module")
def pack(office, tmp_path_factory) -> Path:
    """The office's content as a pack (tests that change it write a copy)."""
    return export_pack(office, tmp_path_factory.mktemp("usb") / "content.kioskpack").path


@pytest.fixture(scope="module")
def fresh_kiosk(tmp_path_factory) -> Path:
    """A data folder holding a kiosk with the default content, to copy."""
    folder = tmp_path_factory.mktemp("fresh-kiosk")
    database = open_database(None, folder)
    prepare(database)
    database.close()
    return folder


@pytest.fixture
def kiosk(fresh_kiosk, tmp_path):
    """A kiosk of its own for each test (a copy: migrating a new one each time is slow)."""
    folder = tmp_path / "kiosk-data"
    shutil.copytree(fresh_kiosk, folder)
    database = open_database(None, folder)
    yield database
    database.close()


def refused(kiosk, path: Path, **kwargs) -> ContentError:
    """Import *path* on *kiosk*, expect a refusal; nothing changed, nothing left behind."""
    before = snapshot(kiosk)
    with pytest.raises(ContentError) as caught:
        import_pack(kiosk, path, actor="staff", **kwargs)
    assert snapshot(kiosk) == before
    staging = kiosk.data_dir / "staging"
    assert not staging.exists() or list(staging.iterdir()) == []
    assert not (kiosk.data_dir / "media").exists() or list((kiosk.data_dir / "media").rglob("*.jpg")) == []
    return caught.value


def with_member(source: Path, target: Path, name: str, body: bytes, *, listed: bool = True) -> Path:
    """*source* plus one member, with a manifest that lists it (so only the
    check under test can refuse it)."""

    def change(members):
        members[name] = body
        if listed:
            members["manifest.json"] = manifest_for(members)

    return rezip(source, target, change)


# --------------------------------------------------------------------------- valid packs


def test_a_pack_carries_content_and_media_to_another_kiosk(office, kiosk, pack):
    names = set(members_of(pack))
    assert {"manifest.json", "content/meta.json", "content/clusters.json", "media/clusters/appliances.jpg"} <= names
    manifest = json.loads(members_of(pack)["manifest.json"])
    assert manifest["format_version"] == 1 and manifest["content_version"] == "2025-08-25.1"
    assert set(manifest["members"]) == names - {"manifest.json"}
    assert manifest["total_size"] == sum(m["size"] for m in manifest["members"].values())

    result = import_pack(kiosk, pack, actor="staff")
    assert result.changes.kinds == {"cluster": KindChanges(changed=1)} and result.changes.media == 1
    assert same_content(content_of(kiosk), content_of(office))
    assert (kiosk.data_dir / "media" / "clusters" / "appliances.jpg").read_bytes() == IMAGE
    assert result.backup is not None
    assert not list((kiosk.data_dir / "staging").iterdir())


def test_the_same_pack_twice_changes_nothing_the_second_time(kiosk, pack):
    import_pack(kiosk, pack, actor="staff")
    before = content_of(kiosk)
    again = import_pack(kiosk, pack, actor="staff")
    assert not again.changed and again.backup is None
    assert content_of(kiosk) == before


def test_export_then_import_on_the_same_kiosk_changes_nothing(db, tmp_path):
    before = content_of(db)
    path = export_pack(db, tmp_path / "same.kioskpack").path
    assert not import_pack(db, path, actor="staff").changed
    assert content_of(db) == before


def test_verify_pack_checks_everything_without_a_database(pack):
    info, content = verify_pack(pack)
    assert info.signer is None and info.content_version == "2025-08-25.1"
    assert {r.slug: r for r in content.of("cluster")}[CLUSTER].t("title", "ru") == "Кластер бытовой техники"


# --------------------------------------------------------------------------- refused packs


def test_a_tampered_member_is_refused_by_its_checksum(kiosk, pack, tmp_path):
    def same_size(members):
        members["content/clusters.json"] = members["content/clusters.json"].replace("Кластер".encode(), "Кластор".encode())

    bad = rezip(pack, tmp_path / "tampered.kioskpack", same_size)
    message = str(refused(kiosk, bad))
    assert "content/clusters.json: its checksum does not match the manifest" in message

    def other_size(members):
        members["content/clusters.json"] = members["content/clusters.json"].replace(b"Jiaozhou", b"Jiao")

    bad = rezip(pack, tmp_path / "tampered2.kioskpack", other_size)
    assert "content/clusters.json: is " in str(refused(kiosk, bad)) and "but the manifest says" in str(refused(kiosk, bad))


def test_a_truncated_pack_is_refused(kiosk, pack, tmp_path):
    cut = tmp_path / "truncated.kioskpack"
    data = pack.read_bytes()
    cut.write_bytes(data[: len(data) * 2 // 3])
    assert "damaged or incomplete" in str(refused(kiosk, cut))


def test_a_file_that_is_not_a_zip_is_refused(kiosk, tmp_path):
    bogus = tmp_path / "notes.kioskpack"
    bogus.write_text("hello", encoding="utf-8")
    assert "not a readable zip archive" in str(refused(kiosk, bogus))


@pytest.mark.parametrize(
    ("name", "reason"),
    [
        ("../evil.txt", "'..'"),
        ("media/../../evil.txt", "'..'"),
        ("/tmp/evil.txt", "absolute path"),
        ("C:/evil.txt", "absolute path"),
        ("media\\..\\..\\evil.txt", "backslashes"),
        ("scripts/evil.sh", "not part of a content pack"),
        ("content/evil.json", "not a content file"),
    ],
)
def test_a_member_path_that_escapes_or_strays_is_refused(kiosk, pack, tmp_path, name, reason):
    bad = with_member(pack, tmp_path / "slip.kioskpack", name, b"gotcha")
    message = str(refused(kiosk, bad))
    assert repr(name) in message and reason in message
    assert not (tmp_path / "evil.txt").exists() and not Path("/tmp/evil.txt").exists()


def test_a_link_member_is_refused(kiosk, pack, tmp_path):
    def change(members):
        members["media/passwd.jpg"] = b"/etc/passwd"

    bad = rezip(pack, tmp_path / "link.kioskpack", change)
    # rezip writes plain files; mark that one member as a symbolic link.
    with zipfile.ZipFile(bad) as zf:
        members = [(info, zf.read(info)) for info in zf.infolist()]
    with zipfile.ZipFile(bad, "w") as zf:
        for info, body in members:
            if info.filename == "media/passwd.jpg":
                info.external_attr = (stat.S_IFLNK | 0o777) << 16
            zf.writestr(info, body)
    message = str(refused(kiosk, bad))
    assert "media/passwd.jpg" in message and "symbolic link" in message


def test_a_zip_bomb_is_refused_before_it_is_inflated(kiosk, pack, tmp_path):
    bad = with_member(pack, tmp_path / "bomb.kioskpack", "media/bomb.jpg", bytes(30 * 1024 * 1024))
    assert bad.stat().st_size < 1024 * 1024  # 30 MB of zeros squeeze into a few dozen KB
    message = str(refused(kiosk, bad))
    assert "media/bomb.jpg" in message and "zip bomb" in message


def test_size_and_count_limits_are_enforced(kiosk, pack, tmp_path):
    assert "at most 20 are accepted per member" in str(refused(kiosk, pack, limits=PackLimits(max_member=20)))
    assert "inflates to more than 1000 bytes" in str(refused(kiosk, pack, limits=PackLimits(max_total=1000)))
    assert "at most 3 are accepted" in str(refused(kiosk, pack, limits=PackLimits(max_members=3)))


def test_sizes_in_the_zip_headers_are_not_trusted(kiosk, pack, tmp_path):
    """A member whose headers claim 1,000 bytes but which inflates to 2 MB."""
    body = bytes(2 * 1024 * 1024)
    bad = with_member(pack, tmp_path / "liar.kioskpack", "media/liar.jpg", body)
    # Make the manifest agree with the lie, then patch both zip headers.
    members = members_of(bad)
    members["manifest.json"] = manifest_for({**members, "media/liar.jpg": b"x" * 1000})
    with zipfile.ZipFile(bad, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in members.items():
            zf.writestr(name, data)
    raw = bytearray(bad.read_bytes())
    name = b"media/liar.jpg"
    local = raw.find(b"PK\x03\x04")
    while local != -1:
        fn_len = struct.unpack_from("<H", raw, local + 26)[0]
        if bytes(raw[local + 30 : local + 30 + fn_len]) == name:
            struct.pack_into("<I", raw, local + 22, 1000)
        local = raw.find(b"PK\x03\x04", local + 4)
    central = raw.find(b"PK\x01\x02")
    while central != -1:
        fn_len = struct.unpack_from("<H", raw, central + 28)[0]
        if bytes(raw[central + 46 : central + 46 + fn_len]) == name:
            struct.pack_into("<I", raw, central + 24, 1000)
        central = raw.find(b"PK\x01\x02", central + 4)
    bad.write_bytes(bytes(raw))
    with zipfile.ZipFile(bad) as zf:
        assert zf.getinfo("media/liar.jpg").file_size == 1000  # the lie is in place
    # Reading stops at the claimed size, so the data fails its CRC: refused, never inflated.
    assert "media/liar.jpg: is damaged and cannot be read" in str(refused(kiosk, bad))


def test_a_pack_from_a_newer_program_is_refused_with_that_reason(kiosk, pack, tmp_path):
    bad = rezip(pack, tmp_path / "v2.kioskpack", lambda m: m.update({"manifest.json": manifest_for(m, format_version=2)}))
    message = str(refused(kiosk, bad))
    assert "pack format 2 was made by a newer program" in message and "reads format 1" in message


def test_a_zip_that_is_not_a_pack_is_refused(kiosk, pack, tmp_path):
    no_manifest = rezip(pack, tmp_path / "nomanifest.kioskpack", lambda m: m.pop("manifest.json"))
    assert "has no manifest.json" in str(refused(kiosk, no_manifest))
    other = rezip(pack, tmp_path / "other.kioskpack", lambda m: m.update({"manifest.json": manifest_for(m, format="something-else")}))
    assert "is not a kiosk content pack manifest" in str(refused(kiosk, other))


def test_the_manifest_must_list_exactly_the_members(kiosk, pack, tmp_path):
    extra = with_member(pack, tmp_path / "extra.kioskpack", "media/extra.jpg", b"extra", listed=False)
    assert "media/extra.jpg: is in the pack but not in the manifest" in str(refused(kiosk, extra))

    def drop(members):
        members["manifest.json"] = manifest_for(members)
        members.pop("content/bases.json")

    missing = rezip(pack, tmp_path / "missing.kioskpack", drop)
    assert "content/bases.json: is listed in the manifest but missing from the pack" in str(refused(kiosk, missing))


def test_invalid_content_inside_a_sound_pack_is_named(kiosk, pack, tmp_path):
    def change(members):
        bases = json.loads(members["content/bases.json"])
        bases[3]["manufacturer"] = "haier-grup"
        members["content/bases.json"] = json.dumps(bases).encode()
        members["manifest.json"] = manifest_for(members)

    message = str(refused(kiosk, rezip(pack, tmp_path / "invalid.kioskpack", change)))
    assert "content/bases.json" in message and "haier-smart-interconnected-factory" in message
    assert "field manufacturer" in message and "'haier-grup'" in message


def test_media_a_record_names_must_be_in_the_pack(kiosk, pack, tmp_path):
    def change(members):
        members.pop("media/clusters/appliances.jpg")
        members["manifest.json"] = manifest_for(members)

    message = str(refused(kiosk, rezip(pack, tmp_path / "nomedia.kioskpack", change)))
    assert CLUSTER in message and "'clusters/appliances.jpg', which is not in the pack" in message


def test_a_cancelled_pack_import_changes_nothing(kiosk, pack):
    before = snapshot(kiosk)
    with pytest.raises(Cancelled):
        import_pack(kiosk, pack, actor="staff", progress=lambda d, t, m: not (m == "checking every member" and d == 3))
    assert snapshot(kiosk) == before
    assert list((kiosk.data_dir / "staging").iterdir()) == []


def test_a_cancelled_export_leaves_no_pack(db, tmp_path):
    target = tmp_path / "out.kioskpack"
    with pytest.raises(Cancelled):
        export_pack(db, target, progress=lambda d, t, m: m != "writing the pack" or d < 5)
    assert not target.exists() and not list(tmp_path.glob(".out.kioskpack*"))
