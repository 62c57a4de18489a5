"""``kiosk publish`` into a folder pack source: numbered, signed, atomic, the previous pack kept."""

from __future__ import annotations

import json
import zipfile
from datetime import datetime, timedelta, timezone

import pytest

from kiosk.cli import main
from kiosk.content.formats.packs import PackError, TrustPolicy, verify_pack
from kiosk.content.formats.signing import generate_keys, read_public_key
from kiosk.fleet.index import INDEX_NAME, IndexRefused, read_index
from kiosk.fleet.publish import PublishError, pack_name, publish


@pytest.fixture
def keys(tmp_path):
    files = generate_keys(tmp_path / "keys")
    return files.private_key, read_public_key(files.public_key)


def test_each_publish_is_the_next_release_signed_with_its_expiry(db, tmp_path, keys):
    key, public = keys
    source = tmp_path / "source"
    now = datetime(2026, 3, 2, 9, 0, tzinfo=timezone.utc)
    first = publish(db, source, key=key, now=now)
    second = publish(db, source, key=key, now=now, valid_days=7)
    third = publish(db, source, key=key, now=now)
    assert [first.index.release, second.index.release, third.index.release] == [1, 2, 3]
    # The previous pack stays for kiosks still fetching it; older ones go.
    assert sorted(p.name for p in source.glob("*.kioskpack")) == [pack_name(2), pack_name(3)]
    assert third.removed == (pack_name(1),)
    assert not list(source.glob(".*partial"))

    trust = TrustPolicy(allow_unsigned=False, trusted_keys=(public,))
    index = read_index((source / INDEX_NAME).read_bytes(), trust)
    assert (index.release, index.file, index.size) == (3, pack_name(3), (source / pack_name(3)).stat().st_size)
    assert index.expires_at == now + timedelta(days=30) and index.signed
    info, _content = verify_pack(source / pack_name(2), trust=trust)
    assert info.release == 2 and info.expires_at == now + timedelta(days=7)  # inside the signed manifest


def test_the_release_counts_on_from_the_source_not_just_this_pc(db, tmp_path):
    source = tmp_path / "source"
    publish(db, source)
    doc = json.loads((source / INDEX_NAME).read_text())
    doc["index"]["release"] = 41  # another office PC published up to 41
    (source / INDEX_NAME).write_text(json.dumps(doc))
    assert publish(db, source).index.release == 42


def test_an_index_from_a_key_the_kiosk_does_not_trust_is_refused(db, tmp_path, keys):
    key, _public = keys
    publish(db, tmp_path / "source", key=key)
    other = read_public_key(generate_keys(tmp_path / "other").public_key)
    with pytest.raises(IndexRefused, match="untrusted: latest.json is signed with key .* which this kiosk does not trust"):
        read_index((tmp_path / "source" / INDEX_NAME).read_bytes(), TrustPolicy(False, (other,)))


def test_a_manifest_with_a_broken_release_stamp_is_refused(db, tmp_path):
    published = publish(db, tmp_path / "source")
    with zipfile.ZipFile(published.pack) as zf:
        members = {i.filename: zf.read(i) for i in zf.infolist()}
    manifest = json.loads(members["manifest.json"])
    manifest["release"] = "twelve"
    members["manifest.json"] = json.dumps(manifest).encode()
    broken = tmp_path / "broken.kioskpack"
    with zipfile.ZipFile(broken, "w") as zf:
        for name, data in members.items():
            zf.writestr(name, data)
    with pytest.raises(PackError, match="release must be a whole number of at least 1, not 'twelve'"):
        verify_pack(broken)


def test_publish_from_the_command_line(db, data_dir, tmp_path, capsys, keys):
    key, _public = keys
    assert main(["publish", "--to", str(tmp_path / "source"), "--key", str(key)]) == 0
    out = capsys.readouterr().out
    assert out.startswith(f"Published release 1 to {tmp_path / 'source'}: content-r1.kioskpack, ") and ", signed, valid until" in out
    assert main(["publish", "--to", str(tmp_path / "source" / INDEX_NAME)]) == 1
    assert "is a file; give --to the pack source folder" in capsys.readouterr().err
    with pytest.raises(PublishError, match="--valid-days: 0 is not from 1 to 3650 days"):
        publish(db, tmp_path / "source", valid_days=0)
