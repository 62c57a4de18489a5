"""Find content packs and write reports on removable media (USB sticks).

Qt-free.  Where sticks appear: ``/media/<user>/<label>``, ``/run/media/<user>/<label>``
and ``/mnt/*`` on Linux, drive letters on Windows, ``/Volumes/*`` on macOS;
plus every folder in ``$KIOSK_PACK_DIRS`` (separated by the OS path
separator), which IT can point at a network share or a local folder.
"""

from __future__ import annotations

import os
import string
import sys
import zipfile
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from kiosk.content.formats import safejson
from kiosk.content.formats.packs import ZIP_ERRORS

PACK_SUFFIX = ".kioskpack"
MANIFEST_LIMITS = safejson.JSONLimits(max_bytes=4 * 1024 * 1024, max_depth=8)
ENV_PACK_DIRS = "KIOSK_PACK_DIRS"


@dataclass(frozen=True)
class PackListing:
    """A pack found on a stick: enough to choose it (the import checks everything)."""

    path: Path
    content_version: str
    created_at: str
    size: int
    #: Why the pack cannot even be listed properly ('' when it looks fine).
    problem: str


def removable_roots() -> list[Path]:
    """Folders where removable media show up on this OS, plus ``$KIOSK_PACK_DIRS``."""
    roots: list[Path] = [Path(p) for p in os.environ.get(ENV_PACK_DIRS, "").split(os.pathsep) if p]
    if sys.platform.startswith("linux"):
        for base in (Path("/media"), Path("/run/media")):
            if base.is_dir():
                for user_or_label in _dirs(base):
                    roots.append(user_or_label)
                    roots.extend(_dirs(user_or_label))
        roots.extend(_dirs(Path("/mnt")))
    elif sys.platform == "win32":
        roots.extend(Path(f"{letter}:\\") for letter in string.ascii_uppercase[3:] if Path(f"{letter}:\\").exists())
    elif sys.platform == "darwin":
        roots.extend(_dirs(Path("/Volumes")))
    seen: list[Path] = []
    for root in roots:
        if root not in seen:
            seen.append(root)
    return seen


def _dirs(folder: Path) -> list[Path]:
    try:
        return sorted(p for p in folder.iterdir() if p.is_dir())
    except OSError:
        return []


def read_listing(path: Path) -> PackListing:
    """What the pack's manifest says, without checking the pack (that is the import's job)."""
    try:
        size = path.stat().st_size
        with zipfile.ZipFile(path) as zf, zf.open("manifest.json") as handle:
            # Read no more than a manifest may be: the header's size is not trusted.
            manifest = safejson.loads(handle.read(MANIFEST_LIMITS.max_bytes + 1), MANIFEST_LIMITS)
        if not isinstance(manifest, dict):
            raise ValueError("manifest.json is not a JSON object")
        created = str(manifest.get("created_at", ""))
        try:
            created = datetime.fromisoformat(created).strftime("%Y-%m-%d %H:%M")
        except ValueError:
            pass
        return PackListing(path, str(manifest.get("content_version", "?")), created, size, "")
    except (*ZIP_ERRORS, KeyError) as exc:
        size = path.stat().st_size if path.exists() else 0
        return PackListing(path, "", "", size, f"cannot be read: {exc}")


def find_packs(roots: list[Path] | None = None, depth: int = 2) -> list[PackListing]:
    """Every ``*.kioskpack`` in *roots* (and up to *depth* folders below), newest first."""
    found: list[PackListing] = []
    for root in roots if roots is not None else removable_roots():
        for path in _walk(root, depth):
            found.append(read_listing(path))
    return sorted(found, key=lambda p: (p.created_at, p.path.name), reverse=True)


def _walk(folder: Path, depth: int):
    try:
        entries = sorted(folder.iterdir())
    except OSError:
        return
    for entry in entries:
        if entry.is_file() and entry.suffix == PACK_SUFFIX:
            yield entry
        elif entry.is_dir() and depth > 0 and not entry.name.startswith("."):
            yield from _walk(entry, depth - 1)


def first_writable(roots: list[Path] | None = None) -> Path | None:
    """The first removable folder the kiosk can write to (for diagnostics)."""
    for root in roots if roots is not None else removable_roots():
        if root.is_dir() and os.access(root, os.W_OK):
            return root
    return None
