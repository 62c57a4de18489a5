"""Signed packs: accepted only when the kiosk trusts the signer; unsigned
packs only when the setting allows them; a pack changed after signing is
refused."""

from __future__ import annotations

import json
import stat

import pytest
from cryptography.hazmat.primitives import serialization
from staff_tools import members_of, rezip, snapshot

from kiosk.content.database import open_database
from kiosk.content.change.prepare import prepare
from kiosk.content.formats.packs import verify_pack
from kiosk.content.change.transfers import export_pack, import_pack, trust_key
from kiosk.content.problems import ContentError
from kiosk.content.change.settings import Settings
from kiosk.content.formats.signing import SigningError, generate_keys, load_private_key, read_public_key


@pytest.fixture
def keys(tmp_path):
    return generate_keys(tmp_path / "keys")


@pytest.fixture
def kiosk(tmp_path):
    """A kiosk that accepts only signed packs and trusts nobody yet."""
    database = open_database(None, tmp_path / "kiosk-data")
    prepare(database)
    Settings(database.engine).set("packs.allow_unsigned", False)
    yield database
    database.close()


@pytest.fixture
def signed(db, keys, tmp_path):
    return export_pack(db, tmp_path / "signed.kioskpack", sign_key=keys.private_key).path


def refused(kiosk, path) -> str:
    before = snapshot(kiosk)
    with pytest.raises(ContentError) as caught:
        import_pack(kiosk, path, actor="staff")
    assert snapshot(kiosk) == before
    return str(caught.value)


def test_keygen_writes_a_private_key_only_its_owner_can_read(keys):
    assert stat.S_IMODE(keys.private_key.stat().st_mode) == 0o600
    assert load_private_key(keys.private_key) is not None
    assert len(read_public_key(keys.public_key)) == 44  # base64 of 32 bytes
    with pytest.raises(SigningError) as caught:
        generate_keys(keys.private_key.parent)
    assert "never overwritten" in str(caught.value)


def test_a_signed_pack_from_a_trusted_key_is_accepted(kiosk, keys, signed):
    info, _ = verify_pack(signed)
    assert info.signer is not None and info.signer.fingerprint == keys.fingerprint
    assert "manifest.sig" in members_of(signed)
    trust_key(kiosk, keys.public_key)
    import_pack(kiosk, signed, actor="staff")  # accepted: no error


def test_a_pack_signed_by_a_key_the_kiosk_does_not_trust_is_refused(kiosk, keys, signed, tmp_path):
    message = refused(kiosk, signed)
    assert keys.fingerprint in message and "does not trust" in message
    other = generate_keys(tmp_path / "other")
    trust_key(kiosk, other.public_key)
    assert keys.fingerprint in refused(kiosk, signed)


def test_unsigned_packs_follow_the_setting(db, kiosk, tmp_path):
    unsigned = export_pack(db, tmp_path / "unsigned.kioskpack").path
    assert "accepts only signed packs" in refused(kiosk, unsigned)
    Settings(kiosk.engine).set("packs.allow_unsigned", True)
    import_pack(kiosk, unsigned, actor="staff")


def test_a_manifest_changed_after_signing_is_refused(kiosk, keys, signed, tmp_path):
    trust_key(kiosk, keys.public_key)

    def change(members):
        manifest = json.loads(members["manifest.json"])
        manifest["content_version"] = "2099-01-01.1"
        members["manifest.json"] = json.dumps(manifest, indent=2).encode()

    bad = rezip(signed, tmp_path / "changed.kioskpack", change)
    assert "the pack was changed after it was signed" in refused(kiosk, bad)


def test_a_signature_that_is_not_one_is_refused(kiosk, keys, signed, tmp_path):
    trust_key(kiosk, keys.public_key)
    bad = rezip(signed, tmp_path / "garbled.kioskpack", lambda m: m.update({"manifest.sig": b"{not json"}))
    assert "manifest.sig" in (message := refused(kiosk, bad)) and "not a readable signature" in message


def test_trusting_a_key_twice_keeps_one_and_pem_keys_are_read(kiosk, keys, tmp_path):
    trust_key(kiosk, keys.public_key)
    trust_key(kiosk, keys.public_key)
    assert Settings(kiosk.engine).get("packs.trusted_keys") == [read_public_key(keys.public_key)]
    pem = tmp_path / "key.pem"
    pem.write_bytes(
        load_private_key(keys.private_key).public_key().public_bytes(
            serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
        )
    )
    assert read_public_key(pem) == read_public_key(keys.public_key)
    junk = tmp_path / "junk.pub"
    junk.write_text("hello", encoding="ascii")
    with pytest.raises(SigningError) as caught:
        read_public_key(junk)
    assert "junk.pub" in str(caught.value)
