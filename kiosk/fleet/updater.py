"""The kiosk's updater: polls its pack source, verifies, applies between visitors.

Each poll (setting ``fleet.poll_seconds``, default 300, with jitter):

1. reads the source's index (``latest.json``) and checks it: signature
   (when the kiosk trusts keys or wants signatures), release above the one
   the kiosk runs (else *older*: a rollback), not expired;
2. downloads the pack to a temporary file in the data folder, checks its
   size and sha256 against the index (a half-downloaded or half-copied
   pack is refused), then every check of a pack import: signature and
   trusted key, manifest, members, content; the manifest's release and
   expiry must agree;
3. applies it with the one import service (backup, one transaction,
   history) only when *between_visitors()* says the attract loop shows,
   and cancels before the commit if a visitor arrives meanwhile; otherwise
   it keeps the verified file and applies it at the next chance.

The kiosk never needs the network to show content: a source that cannot be
reached is retried with exponential back-off capped at the poll interval.
The last result ("up to date (release 12)", "source unreachable since …,
retrying", "refused: expired pack …") is kept in the setting ``fleet.state``
for the staff menu, ``kiosk diagnostics`` and the kiosk's status report.
The updater is Qt-free: the kiosk drives it from a timer on a worker
thread, the fleet test and ``kiosk bench`` from plain threads.

What reads and applies packs (the pack and index formats with their
signatures, the content import with its workbook and schema parts: about
30 MB resident with openpyxl, pydantic and cryptography) is imported by the
first poll that has a source to look at, so a kiosk without a pack source
never loads it.
"""

from __future__ import annotations

import hashlib
import logging
import random
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kiosk.content.change.settings import Settings
from kiosk.content.database import Database
from kiosk.content.problems import ContentError
from kiosk.content.progress import Cancelled, ProgressFn
from kiosk.fleet.statistics import send_statistics
from kiosk.fleet.status import kiosk_status, report_status

if TYPE_CHECKING:
    from kiosk.fleet.index import PackIndex

log = logging.getLogger(__name__)

ACTOR = "fleet-update"
#: First retry after a failure; doubled each time, never beyond the poll interval.
BACKOFF_START_S = 5.0
#: Poll intervals vary by this fraction either way, so a hall of kiosks does not poll in step.
JITTER = 0.15
#: Last errors kept for the status report.
KEEP_ERRORS = 5
#: A pack file may be a little larger than the content it inflates to (zip headers).
DOWNLOAD_HEADROOM = 16 * 1024 * 1024


def max_download() -> int:
    """The largest pack file the updater downloads (bytes)."""
    from kiosk.content.formats.packs import DEFAULT_LIMITS

    return DEFAULT_LIMITS.max_total + DOWNLOAD_HEADROOM


@dataclass(frozen=True)
class PollResult:
    """What one poll did: its kind, the sentence for staff, the release the kiosk runs now."""

    #: off | none | up-to-date | applied | waiting | refused | unreachable
    kind: str
    text: str
    release: int

    @property
    def applied(self) -> bool:
        return self.kind == "applied"


class _Refused(Exception):
    """A pack this kiosk will not take; the message starts with what kind of refusal it is."""


def _now() -> datetime:
    return datetime.now(timezone.utc)


def _stamp(when: datetime) -> str:
    return when.astimezone(timezone.utc).strftime("%Y-%m-%d %H:%M UTC")


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while chunk := handle.read(1 << 20):
            digest.update(chunk)
    return digest.hexdigest()


def _problem_text(exc: ContentError) -> str:
    first = str(exc.problems[0]) if exc.problems else str(exc)
    more = f" (and {len(exc.problems) - 1} more)" if len(exc.problems) > 1 else ""
    return first + more


class Updater:
    """One kiosk's updater over its database (see the module docstring)."""

    def __init__(self, db: Database, *, between_visitors: Callable[[], bool] = lambda: True,
                 clock: Callable[[], datetime] = _now, rng: random.Random | None = None):
        self.db = db
        self.settings = Settings(db.engine)
        self.between_visitors = between_visitors
        self.clock = clock
        self.rng = rng or random.Random()
        self.folder = db.data_dir / "fleet"
        self._failures = 0
        self._pending: PackIndex | None = None
        self._lock = threading.Lock()  # one poll or apply at a time
        self.started_at = time.time()
        #: (start, end, bytes) of every completed download, monotonic seconds (the benchmark's throughput).
        self.downloads: list[tuple[float, float, int]] = []

    # -- state -------------------------------------------------------------------------
    def state(self) -> dict[str, Any]:
        """The stored update state (release, result, checked_at, failing_since, last_update_at, errors)."""
        return dict(self.settings.get("fleet.state"))

    @property
    def release(self) -> int:
        """The release this kiosk runs (0: none from a pack source yet)."""
        return int(self.state().get("release", 0))

    @property
    def has_pending(self) -> bool:
        """A verified pack waits for the attract loop."""
        return self._pending is not None

    def _record(self, kind: str, text: str, **changes: Any) -> PollResult:
        now = self.clock()
        with self.settings.transaction() as tx:
            state = dict(tx.get("fleet.state"))
            state.update(changes, result=text, kind=kind, checked_at=now.isoformat())
            if kind == "unreachable":
                state.setdefault("failing_since", None)
                state["failing_since"] = state["failing_since"] or now.isoformat()
            else:
                state["failing_since"] = None
            if kind in ("refused", "unreachable"):
                state["errors"] = [*state.get("errors", []), f"{now.isoformat(timespec='seconds')} {text}"][-KEEP_ERRORS:]
            tx.put("fleet.state", state)
        self._failures = self._failures + 1 if kind == "unreachable" else 0
        (log.warning if kind in ("refused", "unreachable") else log.info)("fleet update: %s", text)
        return PollResult(kind, text, int(state.get("release", 0)))

    def next_delay(self) -> float:
        """Seconds to the next poll: the poll interval with jitter, or the back-off after failures."""
        interval = float(self.settings.get("fleet.poll_seconds"))
        if self._failures:
            interval = min(interval, BACKOFF_START_S * 2 ** (self._failures - 1))
        return interval * self.rng.uniform(1 - JITTER, 1 + JITTER)

    # -- one poll ----------------------------------------------------------------------
    def poll(self, token: ProgressFn | None = None) -> PollResult:
        """Look at the pack source once; download, verify and (between visitors) apply a newer pack."""
        with self._lock:
            location = self.settings.get("fleet.source")
            if not location:
                self._failures = 0
                return PollResult("off", "no pack source set (setting fleet.source); content comes by USB", self.release)
            # Loaded by the first poll with a source (see the module docstring).
            from kiosk.content.change.transfers import trust_policy
            from kiosk.fleet.index import IndexRefused, read_index
            from kiosk.fleet.source import NoIndex, SourceIncomplete, SourceUnreachable, open_source

            source = open_source(location)
            current = self.release
            try:
                index = read_index(source.read_index(), trust_policy(self.db))
            except NoIndex as exc:
                return self._record("none", str(exc))
            except SourceUnreachable as exc:
                since = self.state().get("failing_since") or self.clock().isoformat()
                return self._record("unreachable", f"source unreachable since {_stamp(datetime.fromisoformat(since))}, "
                                                   f"retrying ({exc})")
            except IndexRefused as exc:
                return self._record("refused", f"refused: {exc}")
            try:
                self._check_index(index, current)
                if index.release == current:
                    return self._record("up-to-date", f"up to date (release {current})")
                path = self._download(source, index, token)
                return self._verify_and_apply(path, index, token)
            except _Refused as exc:
                self._drop_pending()
                return self._record("refused", f"refused: {exc}")
            except SourceIncomplete as exc:
                return self._record("refused", f"refused: incomplete source: {exc}")
            except SourceUnreachable as exc:
                since = self.state().get("failing_since") or self.clock().isoformat()
                return self._record("unreachable", f"source unreachable since {_stamp(datetime.fromisoformat(since))}, "
                                                   f"retrying ({exc})")

    def apply_pending(self, token: ProgressFn | None = None) -> PollResult | None:
        """Apply the verified pack that waits (the kiosk calls this when the attract loop starts); None when none waits."""
        with self._lock:
            index = self._pending
            if index is None:
                return None
            try:
                return self._verify_and_apply(self._pending_path(index), index, token)
            except _Refused as exc:
                self._drop_pending()
                return self._record("refused", f"refused: {exc}")

    # -- the steps -----------------------------------------------------------------------
    def _check_index(self, index: PackIndex, current: int) -> None:
        if index.release < current:
            raise _Refused(f"older pack: release {index.release} is not newer than release {current}, which this kiosk runs")
        if index.release > current and index.expires_at <= self.clock():
            raise _Refused(f"expired pack: release {index.release} expired on {_stamp(index.expires_at)}")
        if index.size > max_download():
            raise _Refused(f"pack too large: release {index.release} is {index.size} bytes")

    def _pending_path(self, index: PackIndex) -> Path:
        return self.folder / f"pending-r{index.release}.kioskpack"

    def _drop_pending(self) -> None:
        if self._pending is not None:
            self._pending_path(self._pending).unlink(missing_ok=True)
            self._pending = None

    def _download(self, source, index: PackIndex, token: ProgressFn | None) -> Path:
        """The pack the index names, complete and matching its size and sha256, as a local file."""
        target = self._pending_path(index)
        if target.is_file() and target.stat().st_size == index.size and _sha256(target) == index.sha256:
            return target  # downloaded and checked by an earlier poll (or before a restart)
        self._drop_pending()
        self.folder.mkdir(parents=True, exist_ok=True)
        for stale in [*self.folder.glob("*.partial"), *self.folder.glob("pending-r*.kioskpack")]:
            stale.unlink(missing_ok=True)  # a broken download, or a release the source no longer offers
        partial = target.with_name(target.name + ".partial")
        started = time.monotonic()
        try:
            got = source.fetch(index.file, partial, index.size,
                               (lambda: token(0, 0, "downloading") is not False) if token else (lambda: True))
            if got != index.size:
                raise _Refused(f"incomplete pack: {index.file} has {got} bytes{' or more' if got > index.size else ''}, "
                               f"the index says {index.size} (half-written or changed)")
            if _sha256(partial) != index.sha256:
                raise _Refused(f"tampered pack: the sha256 of {index.file} does not match the index")
            partial.replace(target)
            self.downloads.append((started, time.monotonic(), got))
        finally:
            partial.unlink(missing_ok=True)
        return target

    def _verify_and_apply(self, path: Path, index: PackIndex, token: ProgressFn | None) -> PollResult:
        """Every pack check, then the import if the attract loop shows; else keep the file for later."""
        visitors_away = self.between_visitors()

        def progress(done: int, total: int, message: str) -> bool:
            # A visitor arriving before the commit cancels the import: nothing changes.
            ok = token(done, total, message) is not False if token else True
            return ok and self.between_visitors()

        from kiosk.content.change.importer import apply_content
        from kiosk.content.change.transfers import apply_pack_attract, check_pack_attract, trust_policy
        from kiosk.content.formats.packs import open_pack

        staging = self.db.data_dir / "staging"
        try:
            with open_pack(path, trust=trust_policy(self.db), staging_root=staging) as pack:
                info = pack.info
                if info.release != index.release or info.expires_at is None:
                    raise _Refused(f"tampered pack: its signed manifest says release {info.release}, the index {index.release}")
                self._check_index(index, self.release)
                if info.expires_at <= self.clock():
                    raise _Refused(f"expired pack: release {info.release} expired on {_stamp(info.expires_at)}")
                if not visitors_away:
                    self._pending = index
                    return self._record("waiting", f"release {index.release} downloaded and verified; "
                                                   "it is applied when the attract loop shows")
                check_pack_attract(pack.attract, path.name)
                result = apply_content(self.db, pack.content, actor=ACTOR, action="import-pack",
                                       media=pack.media, progress=progress)
                apply_pack_attract(self.db, pack.attract)
        except Cancelled:
            self._pending = index
            return self._record("waiting", f"release {index.release} verified; a visitor came, it is applied at the next attract loop")
        except ContentError as exc:
            raise _Refused(f"{_kind_of(exc)} pack: {_problem_text(exc)}") from None
        self._pending = None
        path.unlink(missing_ok=True)
        now = self.clock()
        return self._record("applied", f"updated to release {index.release} (content {result.content_version}) "
                                       f"at {_stamp(now)}", release=index.release, last_update_at=now.isoformat())

    def report(self, voices: dict[str, list[str]] | None = None) -> Path | None:
        """Send this kiosk's status and the visitor statistics the office lacks (after each poll); the status file written, if any."""
        written = report_status(kiosk_status(self.db, self.started_at, voices=voices), self.settings)
        send_statistics(self.db.data_dir, self.settings)
        return written

    # -- headless loop (fleet test, bench) ---------------------------------------------------
    def run(self, stop: threading.Event, on_poll: Callable[[PollResult], None] | None = None) -> None:
        """Poll until *stop* is set, waiting ``next_delay()`` between polls (no Qt)."""
        while not stop.is_set():
            try:
                result = self.poll(lambda *_: not stop.is_set())
            except Exception:  # an updater must never die: log it and poll again later
                log.exception("fleet update: the poll failed")
                result = None
            try:
                self.report()
            except Exception:
                log.exception("fleet update: the status report failed")
            if on_poll is not None and result is not None:
                on_poll(result)
            stop.wait(self.next_delay())


def _kind_of(exc: ContentError) -> str:
    text = _problem_text(exc).lower()
    if "not signed" in text:
        return "unsigned"
    if "signature" in text or "checksum" in text or "changed" in text or "trust" in text:
        return "tampered"
    if "damaged" in text or "incomplete" in text:
        return "damaged"
    return "invalid"
