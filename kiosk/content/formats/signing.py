"""Ed25519 signatures for content packs: keys, signing, and the trust check.

The committee keeps one private key on the office PC; each kiosk trusts its
public key (setting ``packs.trusted_keys``).  A signed pack carries
``manifest.sig`` next to ``manifest.json``: a small JSON document with the
signer's public key and an Ed25519 signature over the *exact bytes* of the
manifest.  Since the manifest holds the sha256 of every other member, the
signature covers the whole pack.

Key files, as ``kiosk pack keygen --out DIR`` writes them:

* ``kiosk-pack-signing.key``: the private key, PKCS#8 PEM (owner-only
  permissions; keep it off the kiosks),
* ``kiosk-pack-signing.pub``: the public key as one line of base64 (the raw
  32 bytes), the form ``kiosk pack trust`` and the setting take.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import os
from dataclasses import dataclass
from pathlib import Path

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from kiosk.content.formats import files, safejson
from kiosk.content.problems import ContentError, Problem

#: A signature document is three short strings.
SIGNATURE_LIMITS = safejson.JSONLimits(max_bytes=64 * 1024, max_depth=2)
#: A key file is a line of base64 or a short PEM block.
KEY_FILE_LIMIT = 64 * 1024

PRIVATE_KEY_NAME = "kiosk-pack-signing.key"
PUBLIC_KEY_NAME = "kiosk-pack-signing.pub"
ALGORITHM = "Ed25519"


class SigningError(ContentError):
    """A key or signature that cannot be used; the message names the file and why."""

    def __init__(self, where: str, message: str):
        super().__init__([Problem(where, message)], "Signature problem")


@dataclass(frozen=True)
class KeyFiles:
    """The two files ``generate_keys`` wrote, and the public key's fingerprint."""

    private_key: Path
    public_key: Path
    fingerprint: str


@dataclass(frozen=True)
class Signer:
    """Who signed a pack: the public key (base64) and its short fingerprint."""

    public_key: str
    fingerprint: str


def fingerprint(public_key_b64: str) -> str:
    """A short, readable id for a public key: 16 hex digits of its sha256."""
    raw = base64.b64decode(public_key_b64)
    digest = hashlib.sha256(raw).hexdigest()[:16]
    return ":".join(digest[i : i + 4] for i in range(0, 16, 4))


def _raw_public(key: Ed25519PublicKey) -> str:
    raw = key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    return base64.b64encode(raw).decode("ascii")


def generate_keys(folder: Path) -> KeyFiles:
    """Write a new key pair into *folder*; refuses to overwrite existing key files."""
    if folder.exists() and not folder.is_dir():
        raise SigningError(str(folder), "is a file, not a folder; give --out a folder for the two key files")
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise SigningError(str(folder), f"cannot be created ({exc.strerror})") from exc
    private_path, public_path = folder / PRIVATE_KEY_NAME, folder / PUBLIC_KEY_NAME
    for path in (private_path, public_path):
        if path.exists():
            raise SigningError(str(path), "already exists; a key pair is never overwritten (move it away first)")
    key = Ed25519PrivateKey.generate()
    pem = key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )
    # Created owner-only from the start, so the key is never readable by others.
    fd = os.open(private_path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as handle:
        handle.write(pem)
    public = _raw_public(key.public_key())
    public_path.write_text(public + "\n", encoding="ascii")
    return KeyFiles(private_path, public_path, fingerprint(public))


def load_private_key(path: Path) -> Ed25519PrivateKey:
    """The Ed25519 private key in PEM file *path*."""
    path = Path(path)
    trouble = files.input_problem(path)
    if trouble:
        raise SigningError(str(path), trouble)
    try:
        data = files.read_small(path, KEY_FILE_LIMIT)
    except ValueError as exc:
        raise SigningError(str(path), str(exc)) from None
    except OSError as exc:
        raise SigningError(str(path), f"cannot be read ({exc.strerror})") from exc
    try:
        key = serialization.load_pem_private_key(data, password=None)
    except (ValueError, TypeError) as exc:
        raise SigningError(str(path), f"is not an unencrypted PEM private key ({exc})") from exc
    if not isinstance(key, Ed25519PrivateKey):
        raise SigningError(str(path), "is not an Ed25519 key")
    return key


def read_public_key(path: Path) -> str:
    """The public key in *path* as base64 of its raw 32 bytes (accepts that form or PEM)."""
    path = Path(path)
    trouble = files.input_problem(path)
    if trouble:
        raise SigningError(str(path), trouble)
    try:
        data = files.read_small(path, KEY_FILE_LIMIT)
    except ValueError as exc:
        raise SigningError(str(path), str(exc)) from None
    except OSError as exc:
        raise SigningError(str(path), f"cannot be read ({exc.strerror})") from exc
    if data.lstrip().startswith(b"-----BEGIN"):
        try:
            key = serialization.load_pem_public_key(data)
        except ValueError as exc:
            raise SigningError(str(path), f"is not a PEM public key ({exc})") from exc
        if not isinstance(key, Ed25519PublicKey):
            raise SigningError(str(path), "is not an Ed25519 public key")
        return _raw_public(key)
    text = data.decode("ascii", errors="replace").strip()
    try:
        raw = base64.b64decode(text, validate=True)
    except (binascii.Error, ValueError):
        raw = b""
    if len(raw) != 32:
        raise SigningError(str(path), "is not an Ed25519 public key (one line of base64 holding 32 bytes, or PEM)")
    return base64.b64encode(raw).decode("ascii")


def sign_manifest(manifest: bytes, key: Ed25519PrivateKey) -> bytes:
    """The ``manifest.sig`` document for *manifest* (its exact bytes)."""
    doc = {
        "algorithm": ALGORITHM,
        "public_key": _raw_public(key.public_key()),
        "signature": base64.b64encode(key.sign(manifest)).decode("ascii"),
    }
    return (json.dumps(doc, indent=2) + "\n").encode("ascii")


def verify_manifest(manifest: bytes, signature: bytes, where: str = "manifest.sig") -> Signer:
    """Check that *signature* (a ``manifest.sig`` document) signs *manifest*;
    returns the signer.  Whether the signer is trusted is the caller's call."""
    try:
        doc = safejson.loads(signature, SIGNATURE_LIMITS)
        if doc.get("algorithm") != ALGORITHM:
            raise SigningError(where, f"uses algorithm {doc.get('algorithm')!r}; only {ALGORITHM} is accepted")
        public_b64 = doc["public_key"]
        raw_key = base64.b64decode(public_b64, validate=True)
        raw_sig = base64.b64decode(doc["signature"], validate=True)
        key = Ed25519PublicKey.from_public_bytes(raw_key)
    except SigningError:
        raise
    except safejson.JSONRefused as exc:
        raise SigningError(where, f"is not a readable signature: it {exc}") from None
    except (ValueError, KeyError, TypeError, AttributeError, binascii.Error) as exc:
        raise SigningError(where, f"is not a readable signature ({exc})") from exc
    try:
        key.verify(raw_sig, manifest)
    except InvalidSignature:
        raise SigningError(
            where, "the signature does not match manifest.json: the pack was changed after it was signed"
        ) from None
    return Signer(public_b64, fingerprint(public_b64))
