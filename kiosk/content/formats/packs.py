"""Content packs (``.kioskpack``): the content and its media in one checked zip.

A pack carries content from the office PC to a kiosk on a USB stick::

    manifest.json          format, format_version, content_version, created_at,
                           app_version, members {path: {sha256, size}}, total_size
    manifest.sig           optional: Ed25519 signature over manifest.json's exact bytes
    content/meta.json      the content, in the same schema as data/content/
    content/<kind>.json
    media/<path>           images the records name (``media`` field), and the
                           attract loop's images or video (``pack_attract``)

Importing checks everything before it changes anything, in this order:

1. the file is a readable zip (a truncated or damaged file is refused);
2. every member's name and kind: no absolute paths, no ``..``, no
   backslashes or drive letters, no links, no encryption, nothing outside
   the layout above;
3. sizes as the zip declares them (``pack_layout``): member count,
   per-member and total size, videos apart, and the compression ratio (a
   zip bomb is refused before it is inflated);
4. the manifest: present, a known format and version (a pack from a newer
   program is refused with that reason);
5. the signature, when the kiosk asks for one (setting
   ``packs.allow_unsigned``) or the pack has one: it must match the
   manifest and come from a key in ``packs.trusted_keys``;
6. the manifest lists exactly the members of the zip, with their sizes;
7. each member is extracted to a staging folder inside the data folder,
   counting the bytes actually inflated (header sizes are not trusted) and
   checking its sha256 against the manifest;
8. the content is validated like any content folder, and every media file
   a record or the attract entry names must be in the pack.

Only then does ``kiosk.content.change.transfers.import_pack`` hand it to
``importer.apply_content``, which takes a backup and swaps the content
in one transaction; the media move into the media folder after the commit.
The staging folder is removed whatever happens.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import re
import shutil
import stat
import tempfile
import time
import uuid
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from kiosk import __version__
from kiosk.content.formats import files, release, safejson
from kiosk.content.formats.archive import ZIP_ERRORS
from kiosk.content.formats.pack_attract import ATTRACT, PackAttract, missing_attract_files, read_attract
from kiosk.content.formats.pack_layout import (CONTENT_PREFIX, DAMAGED, DEFAULT_LIMITS, MANIFEST, MEDIA_PREFIX, PACK_FORMAT,
                                               PACK_FORMAT_VERSION, SIGNATURE, PackError, PackLimits, check_entries,
                                               read_limited)
from kiosk.content.formats.contentset_io import META_FILE, build_content_set, content_to_json
from kiosk.content.problems import ContentError, Problem
from kiosk.content.progress import ProgressFn, Reporter
from kiosk.content.formats.schema import FILE_NAMES, ContentSet
from kiosk.content.formats.signing import Signer, SigningError, load_private_key, sign_manifest, verify_manifest
from kiosk.content.vocab import KINDS

SUFFIX = ".kioskpack"
#: Staging folders older than this are left over from a crash and removed.
_STALE_STAGING_S = 3600


@dataclass(frozen=True)
class TrustPolicy:
    """Which packs the kiosk accepts: unsigned ones or not, and whose signatures."""

    allow_unsigned: bool = True
    trusted_keys: tuple[str, ...] = ()


@dataclass(frozen=True)
class PackInfo:
    """What a pack says about itself (after its checks passed)."""

    path: Path
    format_version: int
    content_version: str
    created_at: datetime
    app_version: str
    members: int
    total_size: int
    #: Who signed the pack, or None for an unsigned pack.
    signer: Signer | None
    #: The publish number and expiry of a pack from ``kiosk publish`` (None: a USB pack).
    release: int | None = None
    expires_at: datetime | None = None


@dataclass(frozen=True)
class VerifiedPack:
    """A pack that passed every check: its content and its media files, extracted."""

    info: PackInfo
    content: ContentSet
    #: Media path as records name it -> extracted file in the staging folder.
    media: dict[str, Path] = field(hash=False)
    #: The attract loop's media the pack carries (None: it says nothing about them).
    attract: PackAttract | None = None


# --------------------------------------------------------------------------- export


def _json_bytes(data: Any) -> bytes:
    # Same text form as a content folder on disk (contentset_io.write_content_dir).
    return (json.dumps(data, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def _file_sha256(path: Path) -> tuple[str, int]:
    digest, size = hashlib.sha256(), 0
    with path.open("rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
            size += len(chunk)
    return digest.hexdigest(), size


def _zip_info(name: str, compress: int) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name, date_time=datetime.now(timezone.utc).timetuple()[:6])
    info.compress_type = compress
    info.external_attr = (stat.S_IFREG | 0o644) << 16
    return info


def _pack_members(content: ContentSet, media_dir: Path | None, attract: PackAttract | None) -> dict[str, bytes | Path]:
    """Member name -> its bytes (content files) or the file to copy (media);
    ContentError naming every media file a record or the attract loop names that is missing."""
    data = content_to_json(content)
    members: dict[str, bytes | Path] = {CONTENT_PREFIX + META_FILE: _json_bytes(data["meta"])}
    for kind in KINDS:
        members[CONTENT_PREFIX + FILE_NAMES[kind]] = _json_bytes(data[kind])
    missing = []
    for kind in KINDS:
        for record in content.of(kind):
            if not record.media:
                continue
            source = (media_dir / record.media) if media_dir else None
            if source is None or not source.is_file():
                missing.append(Problem(FILE_NAMES[kind], f"names the media file {record.media!r}, which is not in {media_dir}", record.slug, "media"))
            else:
                members[MEDIA_PREFIX + record.media] = source
    for name in attract.media if attract is not None else ():
        source = (media_dir / name) if media_dir else None
        if source is None or not source.is_file():
            missing.append(Problem("settings", f"the attract loop's media file {name!r} is not in {media_dir}", None, "attract.media"))
        else:
            members[MEDIA_PREFIX + name] = source
    if missing:
        raise ContentError(missing, "The pack cannot be written: media files are missing")
    return members


def write_pack(
    content: ContentSet,
    path: Path,
    *,
    media_dir: Path | None = None,
    sign_key: Path | None = None,
    progress: ProgressFn | None = None,
    limits: PackLimits = DEFAULT_LIMITS,
    publish: tuple[int, datetime] | None = None,
    attract: PackAttract | None = None,
) -> PackInfo:
    """Write *content* (and the media files its records name, from
    *media_dir*) as a pack at *path*, signed with the private key file
    *sign_key* when given, stamped with *publish* (release number, expiry)
    when it goes to a pack source, carrying the attract loop's media
    *attract* (``pack_attract``) when given.  Atomic: a cancel or a crash
    leaves any earlier file at *path* untouched."""
    reporter = Reporter(progress)
    path = Path(path)
    trouble = files.output_problem(path)
    if trouble:
        raise PackError(str(path), trouble)
    key = load_private_key(sign_key) if sign_key else None
    members = _pack_members(content, media_dir, attract)
    listing: dict[str, dict[str, Any]] = {}
    for index, (name, body) in enumerate(members.items()):
        reporter.step(index, len(members), "checksumming")
        if isinstance(body, bytes):
            listing[name] = {"sha256": hashlib.sha256(body).hexdigest(), "size": len(body)}
        else:
            digest, size = _file_sha256(body)
            listing[name] = {"sha256": digest, "size": size}
    total = sum(m["size"] for m in listing.values())
    too_big = [f"{name} {problem}" for name, m in listing.items() if (problem := limits.member_problem(name, m["size"]))]
    if too_big:
        raise PackError(str(path), f"would exceed what a kiosk accepts: {'; '.join(too_big)}")
    videos = sum(m["size"] for name, m in listing.items() if limits.is_video(name))
    if total - videos > limits.max_total or videos > limits.max_video or len(listing) > limits.max_members:
        raise PackError(str(path), f"would exceed what a kiosk accepts ({len(listing)} members, {total - videos} bytes "
                                   f"and {videos} bytes of video; limits {limits.max_members} members, {limits.max_total} "
                                   f"bytes, {limits.max_video} bytes of video)")
    created = datetime.now(timezone.utc)
    manifest = {
        "format": PACK_FORMAT,
        "format_version": PACK_FORMAT_VERSION,
        "content_version": content.meta.content_version,
        "created_at": created.isoformat(),
        "app_version": __version__,
        "members": dict(sorted(listing.items())),
        "total_size": total,
        **release.stamp(*(publish or (None, None))),
        **({ATTRACT: attract.to_manifest()} if attract is not None else {}),
    }
    manifest_bytes = _json_bytes(manifest)
    signer = None
    tmp = path.with_name(f".{path.name}.{os.getpid()}.partial")
    try:
        with zipfile.ZipFile(tmp, "w") as zf:
            zf.writestr(_zip_info(MANIFEST, zipfile.ZIP_DEFLATED), manifest_bytes)
            if key is not None:
                sig = sign_manifest(manifest_bytes, key)
                signer = verify_manifest(manifest_bytes, sig)
                zf.writestr(_zip_info(SIGNATURE, zipfile.ZIP_DEFLATED), sig)
            for index, (name, body) in enumerate(members.items()):
                reporter.step(index, len(members), "writing the pack")
                if isinstance(body, bytes):
                    zf.writestr(_zip_info(name, zipfile.ZIP_DEFLATED), body)
                else:
                    # Images are compressed already; storing them saves time, not space.
                    with body.open("rb") as src, zf.open(_zip_info(name, zipfile.ZIP_STORED), "w") as dst:
                        shutil.copyfileobj(src, dst, 1 << 20)
        reporter.step(len(members), len(members), "writing the pack")
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return PackInfo(path, PACK_FORMAT_VERSION, content.meta.content_version, created, __version__, len(listing), total,
                    signer, *(publish or (None, None)))


# --------------------------------------------------------------------------- checks


def _manifest(raw: bytes, where: str) -> dict[str, Any]:
    try:
        data = safejson.loads(raw)
    except safejson.JSONRefused as exc:
        raise PackError(f"{where}: {MANIFEST}", str(exc)) from None
    if not isinstance(data, dict):
        raise PackError(f"{where}: {MANIFEST}", "must be a JSON object")
    if data.get("format") != PACK_FORMAT:
        raise PackError(f"{where}: {MANIFEST}", f"is not a kiosk content pack manifest (format {data.get('format')!r}, expected {PACK_FORMAT!r})")
    version = data.get("format_version")
    if not isinstance(version, int) or isinstance(version, bool):
        raise PackError(f"{where}: {MANIFEST}", f"has no valid format_version ({version!r})")
    if version > PACK_FORMAT_VERSION:
        raise PackError(
            f"{where}: {MANIFEST}",
            f"pack format {version} was made by a newer program; this kiosk reads format {PACK_FORMAT_VERSION} (update the kiosk first)",
        )
    if version != PACK_FORMAT_VERSION:
        raise PackError(f"{where}: {MANIFEST}", f"pack format {version} is not supported (this kiosk reads format {PACK_FORMAT_VERSION})")
    members = data.get("members")
    if not isinstance(members, dict):
        raise PackError(f"{where}: {MANIFEST}", "has no members list")
    for name, entry in members.items():
        ok = (
            isinstance(entry, dict)
            and isinstance(entry.get("sha256"), str)
            and re.fullmatch(r"[0-9a-f]{64}", entry["sha256"])
            and isinstance(entry.get("size"), int)
            and entry["size"] >= 0
        )
        if not ok:
            raise PackError(f"{where}: {MANIFEST}", f"member {name!r} needs a sha256 (64 hex digits) and a size")
    for key in ("content_version", "created_at"):
        if not isinstance(data.get(key), str):
            raise PackError(f"{where}: {MANIFEST}", f"has no {key}")
    try:
        datetime.fromisoformat(data["created_at"])
    except ValueError as exc:
        raise PackError(f"{where}: {MANIFEST}", f"created_at is not a date and time ({exc})") from exc
    if not isinstance(data.get("total_size"), int):
        raise PackError(f"{where}: {MANIFEST}", "has no total_size")
    try:
        release.read_stamp(data)
    except ValueError as exc:
        raise PackError(f"{where}: {MANIFEST}", str(exc)) from None
    return data


def _clean_stale_staging(root: Path) -> None:
    if not root.is_dir():
        return
    now = time.time()
    for folder in root.glob("pack-*"):
        try:
            if now - folder.stat().st_mtime > _STALE_STAGING_S:
                shutil.rmtree(folder, ignore_errors=True)
        except OSError:
            pass


@contextlib.contextmanager
def open_pack(
    path: Path,
    *,
    trust: TrustPolicy | None = None,
    staging_root: Path | None = None,
    limits: PackLimits = DEFAULT_LIMITS,
    progress: ProgressFn | None = None,
) -> Iterator[VerifiedPack]:
    """Check the pack at *path* completely and extract it (see the module
    docstring); yields a VerifiedPack whose files live until the block ends.

    *trust* None checks a signature that is there but does not ask for one
    nor for a trusted signer (``kiosk content validate`` on the office PC).
    Raises PackError / ContentError naming what is wrong, Cancelled on cancel.
    """
    reporter = Reporter(progress)
    path = Path(path)
    where = path.name
    reporter.step(0, 0, "opening the pack")
    trouble = files.input_problem(path)
    if trouble:
        raise PackError(str(path), trouble)
    if staging_root is not None:
        staging_root.mkdir(parents=True, exist_ok=True)
        _clean_stale_staging(staging_root)
        folder = staging_root / f"pack-{uuid.uuid4().hex}"
        folder.mkdir()
    else:
        folder = Path(tempfile.mkdtemp(prefix="pack-"))
    try:
        try:
            zf = zipfile.ZipFile(path)
        except ZIP_ERRORS as exc:
            raise PackError(where, f"is damaged or incomplete: not a readable zip archive ({exc})") from exc
        with zf:
            yield _verify(zf, path, where, folder, trust, limits, reporter)
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def _check_signature(manifest_bytes: bytes, sig_bytes: bytes | None, where: str, trust: TrustPolicy | None) -> Signer | None:
    """Who signed the manifest (None: unsigned), refused where this kiosk's trust says no."""
    if sig_bytes is None:
        if trust is not None and not trust.allow_unsigned:
            raise PackError(where, "is not signed, and this kiosk accepts only signed packs (setting packs.allow_unsigned)")
        return None
    try:
        signer = verify_manifest(manifest_bytes, sig_bytes, f"{where}: {SIGNATURE}")
    except SigningError as exc:
        raise PackError(f"{where}: {SIGNATURE}", exc.problems[0].message) from exc
    if trust is not None and signer.public_key not in trust.trusted_keys:
        raise PackError(
            f"{where}: {SIGNATURE}",
            f"signed with key {signer.fingerprint}, which this kiosk does not trust "
            "(`kiosk pack trust PUBKEYFILE` adds the committee's key)",
        )
    return signer


def _check_listing(manifest: dict[str, Any], files: dict[str, zipfile.ZipInfo], where: str) -> list[str]:
    """The members the manifest lists, exactly those in the zip with their sizes; returns their names."""
    listed: dict[str, dict[str, Any]] = manifest["members"]
    present = {name for name, info in files.items() if name not in (MANIFEST, SIGNATURE) and not info.is_dir()}
    for name in sorted(set(listed) - present):
        raise PackError(f"{where}: {name}", "is listed in the manifest but missing from the pack")
    for name in sorted(present - set(listed)):
        raise PackError(f"{where}: {name}", "is in the pack but not in the manifest (added after the pack was made?)")
    for name in sorted(present):
        if files[name].file_size != listed[name]["size"]:
            raise PackError(f"{where}: {name}", f"is {files[name].file_size} bytes but the manifest says {listed[name]['size']}: {DAMAGED}")
    declared_total = sum(entry["size"] for entry in listed.values())
    if manifest["total_size"] != declared_total:
        raise PackError(f"{where}: {MANIFEST}", f"total_size {manifest['total_size']} does not match its members ({declared_total})")
    return sorted(present)


def _extract_member(zf: zipfile.ZipFile, info: zipfile.ZipInfo, entry: dict[str, Any], target: Path,
                    where: str, limits: PackLimits) -> None:
    """Inflate one member to *target*, counting the bytes that really come out and checking its sha256."""
    name = info.filename
    target.parent.mkdir(parents=True, exist_ok=True)
    digest, size, expected = hashlib.sha256(), 0, entry["size"]
    try:
        with zf.open(info) as src, target.open("xb") as dst:
            while chunk := src.read(1 << 20):
                size += len(chunk)
                # Never trust the sizes in the headers.
                if size > expected or size > limits.member_limit(name):
                    raise PackError(f"{where}: {name}", "inflates to more bytes than declared; refused")
                digest.update(chunk)
                dst.write(chunk)
    except ZIP_ERRORS as exc:
        raise PackError(f"{where}: {name}", f"is damaged and cannot be read ({exc})") from exc
    if size != expected:
        raise PackError(f"{where}: {name}", f"holds {size} bytes but the manifest says {expected}: {DAMAGED}")
    if digest.hexdigest() != entry["sha256"]:
        raise PackError(f"{where}: {name}", "its checksum does not match the manifest: the pack was changed or damaged")


def _read_content(extracted: dict[str, Path], where: str) -> ContentSet:
    """The pack's content set, checked like a content folder, every media file it names present."""
    content_path = CONTENT_PREFIX + META_FILE
    if content_path not in extracted:
        raise PackError(where, f"has no {content_path}")
    problems: list[Problem] = []

    def load(name: str) -> Any:
        try:
            return safejson.loads(extracted[name].read_bytes())
        except safejson.JSONRefused as exc:
            problems.append(Problem(f"{where}: {name}", str(exc)))
            return None

    raw_meta = load(content_path)
    raw: dict[str, Any] = {}
    for kind in KINDS:
        name = CONTENT_PREFIX + FILE_NAMES[kind]
        raw[kind] = load(name) if name in extracted else []
    if problems:
        raise ContentError(problems, f"The content pack {where} was refused; nothing was changed")
    prefix = f"{where}: {CONTENT_PREFIX}"
    try:
        content = build_content_set(raw, raw_meta, prefix)
    except ContentError as exc:
        # Cross-record problems name only the file; say which pack it is in.
        placed = [p if p.where.startswith(prefix) else Problem(prefix + p.where, p.message, p.record, p.field) for p in exc.problems]
        raise ContentError(placed, f"The content in {where} is not valid") from exc
    for kind in KINDS:
        for record in content.of(kind):
            if record.media and MEDIA_PREFIX + record.media not in extracted:
                problems.append(Problem(f"{where}: {CONTENT_PREFIX}{FILE_NAMES[kind]}",
                                        f"names the media file {record.media!r}, which is not in the pack", record.slug, "media"))
    if problems:
        raise ContentError(problems, f"The content in {where} is not complete")
    return content


def _verify(
    zf: zipfile.ZipFile,
    path: Path,
    where: str,
    folder: Path,
    trust: TrustPolicy | None,
    limits: PackLimits,
    reporter: Reporter,
) -> VerifiedPack:
    """Every check of a pack in order: entries, manifest, signature, listing, members, content."""
    reporter.step(0, 0, "checking the pack")
    files = check_entries(zf, where, limits)
    if MANIFEST not in files:
        raise PackError(where, f"has no {MANIFEST}; it is not a content pack")
    try:
        manifest_bytes = read_limited(zf, files[MANIFEST], limits.max_manifest, where)
        sig_bytes = read_limited(zf, files[SIGNATURE], 64 * 1024, where) if SIGNATURE in files else None
    except ZIP_ERRORS as exc:
        raise PackError(where, f"is damaged ({exc})") from exc
    manifest = _manifest(manifest_bytes, where)
    signer = _check_signature(manifest_bytes, sig_bytes, where, trust)
    names = _check_listing(manifest, files, where)
    attract = read_attract(manifest, where)
    missing_attract_files(attract, set(names), where)

    extracted: dict[str, Path] = {}
    for index, name in enumerate(names):
        reporter.step(index, len(names), "checking every member")
        target = folder.joinpath(*name.split("/"))
        _extract_member(zf, files[name], manifest["members"][name], target, where, limits)
        extracted[name] = target
    reporter.step(len(names), len(names), "checking every member")

    reporter.step(0, 0, "validating the content")
    content = _read_content(extracted, where)
    media = {name[len(MEDIA_PREFIX):]: p for name, p in extracted.items() if name.startswith(MEDIA_PREFIX)}
    info = PackInfo(
        path,
        manifest["format_version"],
        manifest["content_version"],
        datetime.fromisoformat(manifest["created_at"]),
        str(manifest.get("app_version", "")),
        len(manifest["members"]),
        manifest["total_size"],
        signer,
        *release.read_stamp(manifest),
    )
    return VerifiedPack(info, content, media, attract)


# --------------------------------------------------------------------------- services


def verify_pack(
    path: Path, *, trust: TrustPolicy | None = None, limits: PackLimits = DEFAULT_LIMITS, progress: ProgressFn | None = None
) -> tuple[PackInfo, ContentSet]:
    """Check the pack at *path* completely without importing it; returns what it holds."""
    with open_pack(path, trust=trust, limits=limits, progress=progress) as pack:
        return pack.info, pack.content
