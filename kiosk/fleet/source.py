"""Reading a pack source: a folder (a network share) or a web server.

Both give the same two things: the index's bytes, and one pack file copied
into a local file.  What goes wrong is sorted for the updater:

* ``SourceUnreachable``: the share or the server is not there, a download
  broke off, a time-out: nothing is wrong with the packs, try again later;
* ``SourceIncomplete``: the source answers, but the file the index names is
  missing (a half-copied source): refused, and tried again at the next poll.
"""

from __future__ import annotations

import http.client
import socket
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable
from pathlib import Path

from kiosk.fleet.index import INDEX_LIMITS, INDEX_NAME

#: Seconds a web request may wait for the server (connect, or between two reads).
HTTP_TIMEOUT_S = 15.0
_CHUNK = 1 << 16
USER_AGENT = "jiaozhou-kiosk-updater"


class SourceUnreachable(Exception):
    """The pack source cannot be read now (network, share, server); retried with back-off."""


class SourceIncomplete(Exception):
    """The source answers but lacks the file its index names; the pack is refused for now."""


class NoIndex(Exception):
    """The source holds no index yet: nothing has been published there."""


class PackSource:
    """Where published packs are read from (see the module docstring)."""

    location: str

    def read_index(self) -> bytes:
        """The index's bytes; NoIndex, SourceUnreachable."""
        raise NotImplementedError

    def fetch(self, name: str, target: Path, limit: int, check: Callable[[], bool] = lambda: True) -> int:
        """Copy the file *name* to *target* (at most *limit* + 1 bytes: more
        means it is not the file the index describes); the bytes copied.
        *check* returning False stops the copy (SourceUnreachable)."""
        raise NotImplementedError


class FolderSource(PackSource):
    """A pack source folder, local or a mounted network share."""

    def __init__(self, folder: Path):
        self.folder = Path(folder)
        self.location = str(folder)

    def read_index(self) -> bytes:
        if not self.folder.is_dir():
            raise SourceUnreachable(f"the folder {self.folder} is not there (share not mounted?)")
        try:
            with (self.folder / INDEX_NAME).open("rb") as handle:
                return handle.read(INDEX_LIMITS.max_bytes + 1)
        except FileNotFoundError:
            raise NoIndex(f"nothing published in {self.folder} yet") from None
        except OSError as exc:
            raise SourceUnreachable(f"{self.folder / INDEX_NAME} cannot be read ({exc.strerror or exc})") from exc

    def fetch(self, name: str, target: Path, limit: int, check: Callable[[], bool] = lambda: True) -> int:
        source = self.folder / name
        try:
            with source.open("rb") as src, target.open("wb") as dst:
                return _copy(src.read, dst, limit, check, str(source))
        except FileNotFoundError:
            if not self.folder.is_dir():
                raise SourceUnreachable(f"the folder {self.folder} went away") from None
            raise SourceIncomplete(f"the index names {name}, which is not in {self.folder}") from None
        except OSError as exc:
            raise SourceUnreachable(f"{source} cannot be read ({exc.strerror or exc})") from exc


class HttpSource(PackSource):
    """A pack source folder served by a web server over HTTP or HTTPS."""

    def __init__(self, base_url: str, timeout: float = HTTP_TIMEOUT_S):
        self.base = base_url if base_url.endswith("/") else base_url + "/"
        self.location = base_url
        self.timeout = timeout

    def _open(self, name: str):
        request = urllib.request.Request(urllib.parse.urljoin(self.base, urllib.parse.quote(name)),
                                         headers={"User-Agent": USER_AGENT, "Cache-Control": "no-cache"})
        try:
            return urllib.request.urlopen(request, timeout=self.timeout)
        except urllib.error.HTTPError as exc:
            exc.close()
            if exc.code == 404:
                raise FileNotFoundError(name) from None
            raise SourceUnreachable(f"{self.base}{name}: the server answered {exc.code} {exc.reason}") from None
        except (urllib.error.URLError, OSError, http.client.HTTPException) as exc:
            reason = getattr(exc, "reason", None) or exc
            raise SourceUnreachable(f"{self.base}: {reason}") from None

    def read_index(self) -> bytes:
        try:
            response = self._open(INDEX_NAME)
        except FileNotFoundError:
            raise NoIndex(f"nothing published at {self.base} yet") from None
        with response:
            try:
                return response.read(INDEX_LIMITS.max_bytes + 1)
            except (OSError, http.client.HTTPException) as exc:
                raise SourceUnreachable(f"{self.base}{INDEX_NAME}: the download broke off ({exc})") from None

    def fetch(self, name: str, target: Path, limit: int, check: Callable[[], bool] = lambda: True) -> int:
        try:
            response = self._open(name)
        except FileNotFoundError:
            raise SourceIncomplete(f"the index names {name}, which the server does not have (404)") from None
        declared = response.headers.get("Content-Length")
        with response, target.open("wb") as dst:
            try:
                copied = _copy(response.read, dst, limit, check, self.base + name)
            except (OSError, http.client.HTTPException, socket.timeout) as exc:
                raise SourceUnreachable(f"{self.base}{name}: the download broke off ({exc or type(exc).__name__})") from None
        # A connection that closes early ends the body without an error; the
        # server's own length tells a broken download from a short file.
        if declared and declared.isdigit() and copied < min(int(declared), limit + 1):
            raise SourceUnreachable(f"{self.base}{name}: the download broke off after {copied} of {declared} bytes")
        return copied


def _copy(read: Callable[[int], bytes], dst, limit: int, check: Callable[[], bool], where: str) -> int:
    copied = 0
    while chunk := read(_CHUNK):
        copied += len(chunk)
        dst.write(chunk)
        if copied > limit:
            break  # longer than the index says: the size check refuses it
        if not check():
            raise SourceUnreachable(f"{where}: the download was stopped")
    return copied


def open_source(location: str) -> PackSource:
    """The pack source the setting ``fleet.source`` names."""
    if location.lower().startswith(("http://", "https://")):
        return HttpSource(location)
    return FolderSource(Path(location))
