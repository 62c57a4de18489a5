"""What a content pack may hold: its layout, member names and sizes.

Checked from the zip's own directory before anything is inflated (steps 2
and 3 of the checks in ``packs``), and again while members are extracted.
Media are pictures (at most 50 MB each) and, for the attract loop, videos
(``MEDIA_VIDEO_SUFFIXES``, at most 500 MB in all): the videos have a size
limit of their own, so a hall video neither hides in the pictures' budget
nor is refused by it.
"""

from __future__ import annotations

import io
import re
import stat
import zipfile
from dataclasses import dataclass

from kiosk.content.formats.contentset_io import META_FILE
from kiosk.content.formats.schema import FILE_NAMES
from kiosk.content.problems import ContentError, Problem
from kiosk.content.vocab import is_video_name

PACK_FORMAT = "jiaozhou-kiosk-pack"
PACK_FORMAT_VERSION = 1
MANIFEST = "manifest.json"
SIGNATURE = "manifest.sig"
CONTENT_PREFIX = "content/"
MEDIA_PREFIX = "media/"
CONTENT_FILES = {META_FILE, *FILE_NAMES.values()}
DAMAGED = "the pack is damaged (or was changed after it was made); export it again"
MB = 1024 * 1024


class PackError(ContentError):
    """A pack that is refused; the message names the pack, the member and why."""

    def __init__(self, where: str, message: str):
        super().__init__([Problem(where, message)], "The content pack was refused; nothing was changed")


@dataclass(frozen=True)
class PackLimits:
    """What a pack may hold; larger packs are refused before anything is inflated."""

    #: Content and pictures, everything but videos.
    max_total: int = 200 * MB
    max_member: int = 50 * MB
    #: Videos (the attract loop's), each and all together.
    max_video: int = 500 * MB
    max_members: int = 5000
    #: A member that inflates more than this many times its compressed size...
    max_ratio: int = 100
    #: ...and to more than this is treated as a zip bomb.
    ratio_floor: int = 1 * MB
    max_manifest: int = 4 * MB

    @staticmethod
    def is_video(name: str) -> bool:
        """True for a video in the pack's media (sized against ``max_video``)."""
        return name.startswith(MEDIA_PREFIX) and is_video_name(name)

    def member_limit(self, name: str) -> int:
        """The most bytes the member *name* may hold."""
        return self.max_video if self.is_video(name) else self.max_member

    def member_problem(self, name: str, size: int) -> str | None:
        """Why a member of *size* bytes is too large, or None."""
        if size <= self.member_limit(name):
            return None
        if self.is_video(name):
            return (f"is a video of {size / MB:.1f} MB ({size} bytes); a video may be at most "
                    f"{self.max_video / MB:.1f} MB ({self.max_video} bytes): shorten it or encode it at a lower bit rate")
        return f"is {size} bytes; at most {self.max_member} are accepted per member"


DEFAULT_LIMITS = PackLimits()


def name_problem(name: str) -> str | None:
    """Why a member name is not acceptable, or None."""
    if not name or len(name) > 400:
        return "has an empty or overlong name"
    if any(ord(ch) < 32 for ch in name):
        return "has a control character in its name"
    if "\\" in name:
        return "uses backslashes in its path"
    if name.startswith("/") or re.match(r"^[A-Za-z]:", name):
        return "has an absolute path"
    parts = name[:-1].split("/") if name.endswith("/") else name.split("/")
    if any(part == ".." for part in parts):
        return "has '..' in its path (it would land outside the pack's folder)"
    if any(part in ("", ".") for part in parts):
        return "has an empty or '.' part in its path"
    return None


def layout_problem(name: str) -> str | None:
    """Why a member does not belong in a pack's layout, or None."""
    if name in (MANIFEST, SIGNATURE, CONTENT_PREFIX, MEDIA_PREFIX):
        return None
    if name.startswith(CONTENT_PREFIX):
        rest = name[len(CONTENT_PREFIX):]
        return None if rest in CONTENT_FILES else f"is not a content file (known: {', '.join(sorted(CONTENT_FILES))})"
    if name.startswith(MEDIA_PREFIX):
        return None
    return "is not part of a content pack (expected manifest.json, manifest.sig, content/ and media/)"


def check_entries(zf: zipfile.ZipFile, where: str, limits: PackLimits) -> dict[str, zipfile.ZipInfo]:
    """Every member's name, kind and declared size, before anything is inflated; name -> its entry."""
    infos = zf.infolist()
    if len(infos) > limits.max_members:
        raise PackError(where, f"holds {len(infos)} members; at most {limits.max_members} are accepted")
    files: dict[str, zipfile.ZipInfo] = {}
    seen: dict[str, str] = {}
    total = videos = 0
    for info in infos:
        name = info.filename
        trouble = name_problem(name) or layout_problem(name)
        if trouble:
            raise PackError(f"{where}: {name!r}", trouble)
        mode = info.external_attr >> 16
        if stat.S_ISLNK(mode):
            raise PackError(f"{where}: {name}", "is a symbolic link; packs may hold only plain files")
        if info.flag_bits & 0x1:
            raise PackError(f"{where}: {name}", "is encrypted; packs are never encrypted")
        if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
            raise PackError(f"{where}: {name}", f"uses compression method {info.compress_type}; only stored and deflated are accepted")
        # Windows and macOS file systems ignore case: two names that differ
        # only in case would overwrite each other there.
        folded = name.casefold()
        if folded in seen:
            raise PackError(f"{where}: {name}", f"appears twice (also as {seen[folded]!r})")
        seen[folded] = name
        if info.is_dir():
            continue
        size_problem = limits.member_problem(name, info.file_size)
        if size_problem:
            raise PackError(f"{where}: {name}", size_problem)
        if info.file_size > limits.ratio_floor and info.file_size > limits.max_ratio * max(info.compress_size, 1):
            raise PackError(
                f"{where}: {name}",
                f"inflates from {info.compress_size} to {info.file_size} bytes (over {limits.max_ratio} times): refused as a zip bomb",
            )
        if limits.is_video(name):
            videos += info.file_size
            if videos > limits.max_video:
                raise PackError(where, f"carries more than {limits.max_video / MB:.1f} MB of video ({limits.max_video} bytes); refused")
        else:
            total += info.file_size
            if total > limits.max_total:
                raise PackError(where, f"inflates to more than {limits.max_total} bytes; refused")
        files[name] = info
    return files


def read_limited(zf: zipfile.ZipFile, info: zipfile.ZipInfo, limit: int, where: str) -> bytes:
    """A small member's bytes (the manifest, the signature), refused beyond *limit* as they come out."""
    out = io.BytesIO()
    with zf.open(info) as handle:
        while chunk := handle.read(1 << 16):
            out.write(chunk)
            if out.tell() > limit:
                raise PackError(f"{where}: {info.filename}", f"is larger than {limit} bytes; refused")
    return out.getvalue()
