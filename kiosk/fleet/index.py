"""The pack source's index (``latest.json``): which pack is the newest, signed.

``kiosk publish`` writes it last, after the pack itself, so a kiosk reading
the source mid-publish sees the previous index and the previous pack, never
a half pack::

    {"format": "jiaozhou-kiosk-pack-index",
     "index": {"release": 12, "file": "content-r12.kioskpack", "size": 81234,
               "sha256": "…", "expires_at": "2026-…+00:00", "content_version": "2026-03-02.1",
               "published_at": "2026-…+00:00"},
     "signature": {"algorithm": "Ed25519", "public_key": "…", "signature": "…"} | null}

The signature is over the canonical JSON of ``index`` (sorted keys, no
spaces); it is made with the same committee key as the pack's manifest.
The pack's own signed manifest repeats the release and expiry, so an index
swapped for another one cannot make a kiosk take a pack it would refuse.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from kiosk.content.formats import safejson
from kiosk.content.formats.packs import SUFFIX, TrustPolicy
from kiosk.content.formats.signing import SigningError, sign_manifest, verify_manifest

INDEX_NAME = "latest.json"
INDEX_FORMAT = "jiaozhou-kiosk-pack-index"
INDEX_LIMITS = safejson.JSONLimits(max_bytes=64 * 1024, max_depth=3)
_FILE_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,120}" + re.escape(SUFFIX))


class IndexRefused(Exception):
    """An index this kiosk will not follow; the message says why (it goes to the staff menu)."""


@dataclass(frozen=True)
class PackIndex:
    """What the pack source's index says about the newest pack."""

    release: int
    file: str
    size: int
    sha256: str
    expires_at: datetime
    content_version: str
    published_at: datetime
    signed: bool

    def as_dict(self) -> dict[str, Any]:
        """The ``index`` part of ``latest.json``."""
        return {"release": self.release, "file": self.file, "size": self.size, "sha256": self.sha256,
                "expires_at": self.expires_at.isoformat(), "content_version": self.content_version,
                "published_at": self.published_at.isoformat()}


def canonical(index: dict[str, Any]) -> bytes:
    """The exact bytes the index signature covers."""
    return json.dumps(index, sort_keys=True, separators=(",", ":"), ensure_ascii=True).encode("ascii")


def index_document(index: PackIndex, key: Ed25519PrivateKey | None) -> bytes:
    """``latest.json`` for *index*, signed with *key* when given."""
    body = index.as_dict()
    signature = json.loads(sign_manifest(canonical(body), key)) if key is not None else None
    doc = {"format": INDEX_FORMAT, "index": body, "signature": signature}
    return (json.dumps(doc, indent=2) + "\n").encode("ascii")


def _field(body: dict[str, Any], key: str, kind: type) -> Any:
    value = body.get(key)
    if not isinstance(value, kind) or isinstance(value, bool):
        raise IndexRefused(f"{INDEX_NAME}: {key} is missing or not a {kind.__name__}")
    return value


def _date(body: dict[str, Any], key: str) -> datetime:
    try:
        when = datetime.fromisoformat(_field(body, key, str))
    except ValueError:
        raise IndexRefused(f"{INDEX_NAME}: {key} is not a date and time") from None
    if when.tzinfo is None:
        raise IndexRefused(f"{INDEX_NAME}: {key} has no time zone")
    return when


def read_index(raw: bytes, trust: TrustPolicy) -> PackIndex:
    """The checked index in *raw*; IndexRefused when it is damaged, unsigned
    (and this kiosk wants signatures), signed by a key it does not trust, or
    its signature does not match (changed after signing)."""
    try:
        doc = safejson.loads(raw, INDEX_LIMITS)
    except safejson.JSONRefused as exc:
        raise IndexRefused(f"{INDEX_NAME} is damaged or incomplete: it {exc}") from None
    if not isinstance(doc, dict) or doc.get("format") != INDEX_FORMAT or not isinstance(doc.get("index"), dict):
        raise IndexRefused(f"{INDEX_NAME} is not a pack source index (format {INDEX_FORMAT!r} expected)")
    body: dict[str, Any] = doc["index"]
    signature = doc.get("signature")
    if signature is None:
        if not trust.allow_unsigned:
            raise IndexRefused(f"unsigned: {INDEX_NAME} carries no signature, and this kiosk accepts only signed packs")
    else:
        try:
            signer = verify_manifest(canonical(body), json.dumps(signature).encode("utf-8"), INDEX_NAME)
        except SigningError as exc:
            raise IndexRefused(f"tampered: {INDEX_NAME}: {exc.problems[0].message.replace('manifest.json', 'the index')}") from None
        if signer.public_key not in trust.trusted_keys:
            raise IndexRefused(f"untrusted: {INDEX_NAME} is signed with key {signer.fingerprint}, which this kiosk does not trust")
    release = _field(body, "release", int)
    name, size, digest = _field(body, "file", str), _field(body, "size", int), _field(body, "sha256", str)
    if release < 1 or size < 1 or not _FILE_NAME.fullmatch(name) or not re.fullmatch(r"[0-9a-f]{64}", digest):
        raise IndexRefused(f"{INDEX_NAME}: release, file name, size or sha256 is not valid")
    return PackIndex(release, name, size, digest, _date(body, "expires_at"), _field(body, "content_version", str),
                     _date(body, "published_at"), signature is not None)
