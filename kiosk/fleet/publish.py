"""``kiosk publish``: put the content on a pack source for every kiosk to take.

The pack source is a folder: a network share the kiosks read, or the folder
a static web server (nginx, Apache, IIS ...) serves to them.  Publishing
writes, in this order and each with a temporary name and an atomic rename:

1. ``content-r<N>.kioskpack``: the content pack, stamped with release N
   (one more than the source's last) and an expiry date (setting
   ``fleet.pack_valid_days``), signed when a key is given;
2. ``latest.json``: the index naming it, with its size and sha256, signed
   with the same key (see ``kiosk.fleet.index``).

A kiosk polling in between sees the previous index and the previous pack,
which stays until the next publish; older packs are removed.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import time
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path

from kiosk import paths
from kiosk.content.change.settings import Settings
from kiosk.content.change.transfers import attract_media, saved_content
from kiosk.content.database import Database
from kiosk.content.formats.packs import SUFFIX, write_pack
from kiosk.content.formats.signing import load_private_key
from kiosk.content.problems import ContentError, Problem
from kiosk.content.progress import ProgressFn
from kiosk.fleet.index import INDEX_NAME, PackIndex, index_document

_PACK_NAME = re.compile(r"content-r(\d+)" + re.escape(SUFFIX))
#: Temporary files older than this are left over from a publish that died.
_STALE_PARTIAL_S = 3600


class PublishError(ContentError):
    """A publish that cannot start (the folder, the validity); nothing was published."""

    def __init__(self, where: str, message: str):
        super().__init__([Problem(where, message)], "Nothing was published")


@dataclass(frozen=True)
class Published:
    """What a publish put on the pack source."""

    index: PackIndex
    pack: Path
    index_file: Path
    removed: tuple[str, ...]


def pack_name(release: int) -> str:
    """The file name of release *release* on a pack source."""
    return f"content-r{release}{SUFFIX}"


def _source_release(folder: Path) -> int:
    """The release the source's index names now (0: none yet).  Read without
    trust checks: only its number matters, to count on from it."""
    try:
        doc = json.loads((folder / INDEX_NAME).read_text(encoding="utf-8"))
        release = doc["index"]["release"]
        return release if isinstance(release, int) and not isinstance(release, bool) else 0
    except (OSError, ValueError, KeyError, TypeError):
        return 0


def _sha256(path: Path) -> tuple[str, int]:
    digest, size = hashlib.sha256(), 0
    with path.open("rb") as handle:
        while chunk := handle.read(1 << 20):
            digest.update(chunk)
            size += len(chunk)
    return digest.hexdigest(), size


def _fsync(path: Path) -> None:
    # A share or a power cut must not leave the index naming a pack still in a write cache.
    with path.open("rb") as handle:
        os.fsync(handle.fileno())


def _write_atomically(path: Path, data: bytes) -> None:
    tmp = path.with_name(f".{path.name}.{os.getpid()}.partial")
    try:
        with tmp.open("wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def _prune(folder: Path, keep: set[str]) -> tuple[str, ...]:
    """Remove packs other than *keep*, and temporary files a dead publish left."""
    removed = []
    for path in folder.iterdir():
        name = path.name
        stale_partial = name.endswith(".partial") and time.time() - path.stat().st_mtime > _STALE_PARTIAL_S
        if (_PACK_NAME.fullmatch(name) and name not in keep) or stale_partial:
            path.unlink(missing_ok=True)
            removed.append(name)
    return tuple(sorted(removed))


def publish(
    db: Database,
    folder: Path,
    *,
    key: Path | None = None,
    valid_days: int | None = None,
    now: datetime | None = None,
    progress: ProgressFn | None = None,
) -> Published:
    """Publish the content of *db* to the pack source *folder* (see the module docstring)."""
    folder = Path(folder)
    if folder.exists() and not folder.is_dir():
        raise PublishError(str(folder), "is a file; give --to the pack source folder")
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise PublishError(str(folder), f"cannot be created ({exc.strerror})") from exc
    settings = Settings(db.engine)
    private = load_private_key(key) if key else None
    days = valid_days if valid_days is not None else settings.get("fleet.pack_valid_days")
    if not 1 <= days <= 3650:
        raise PublishError("--valid-days", f"{days} is not from 1 to 3650 days")
    now = now or datetime.now(timezone.utc)
    previous = _source_release(folder)
    release = max(previous, settings.get("fleet.published")) + 1
    expires = now + timedelta(days=days)
    pack = folder / pack_name(release)
    content = saved_content(db, progress)
    write_pack(content, pack, media_dir=paths.media_dir(db.data_dir), sign_key=key, progress=progress,
               publish=(release, expires), attract=attract_media(db))
    _fsync(pack)
    digest, size = _sha256(pack)
    index = PackIndex(release, pack.name, size, digest, expires, content.meta.content_version, now, private is not None)
    index_file = folder / INDEX_NAME
    _write_atomically(index_file, index_document(index, private))
    with settings.transaction() as tx:
        tx.put("fleet.published", release)
    removed = _prune(folder, {pack.name, pack_name(previous)} if previous else {pack.name})
    return Published(index, pack, index_file, removed)
