"""The recorder: what the visitor UI calls; a queue put on the caller's thread, a writer thread behind it.

::

    recorder = Recorder.start(data_dir, kiosk_id, kiosk_name, record_search_terms=True)
    recorder.record(events.PAGE, page="manufacturers/haier", language="en", dwell_ms=5300)
    ...
    recorder.close()          # writes what is queued; at most a few seconds

The GUI thread pays for one ``queue.put`` (a few microseconds).  The
writer thread wakes every ``interval`` seconds (1 s) and writes what
came in as one transaction, so a ``kill -9`` or a power cut loses at most
the events of the last interval plus the time one batch takes to write
(the README states 2 s; ``tests/unit/stats/test_kill.py`` checks it).

A statistics problem never reaches the visitor: a file that cannot be
opened is moved aside and a fresh one started; a failed write (disk
full) is logged and retried with the next batch, and when the backlog
passes ``MAX_BACKLOG`` events the oldest are dropped and counted.
"""

from __future__ import annotations

import logging
import queue
import socket
import threading
import time
import uuid
from datetime import date
from pathlib import Path
from typing import Any

from kiosk.stats import events as ev
from kiosk.stats.store import StatsError, StatsStore, open_store, stats_path

log = logging.getLogger(__name__)

INTERVAL_S = 1.0
#: The bound the README states: one interval plus the time a batch takes.
LOSS_BOUND_S = 2.0
MAX_BACKLOG = 20_000


def kiosk_identity(settings) -> tuple[str, str]:
    """This kiosk's (id, name) from the settings; the id is made (a UUID) and saved the first time.

    *settings* is a ``kiosk.content.change.settings.Settings``; an empty
    name stands for the computer's name.
    """
    kiosk_id = settings.get("kiosk.id")
    if not kiosk_id:
        kiosk_id = settings.set("kiosk.id", str(uuid.uuid4()))
    return kiosk_id, settings.get("kiosk.name") or socket.gethostname()


class Recorder:
    """Queues visitor events from the UI thread and writes them in batches on its own thread."""

    def __init__(self, store: StatsStore | None, kiosk: int, *, record_search_terms: bool = True,
                 retention_days: int = 400, interval: float = INTERVAL_S):
        self.store = store
        self.kiosk = kiosk
        #: Settings the UI may change while the kiosk runs (read by the writer thread / on each search).
        self.record_search_terms = record_search_terms
        self.retention_days = retention_days
        self.interval = interval
        #: Events dropped because they could not be written (logged too).
        self.dropped = 0
        #: Events written so far by this recorder.
        self.written = 0
        self._queue: queue.SimpleQueue[ev.Event] = queue.SimpleQueue()
        self._backlog: list[ev.Event] = []
        self._pruned_on = date.today()
        self._stop = threading.Event()
        self._closed = False
        self._thread = threading.Thread(target=self._run, name="statistics-writer", daemon=True)
        self._thread.start()

    @classmethod
    def start(cls, data_dir: Path, kiosk_id: str, kiosk_name: str, *, record_search_terms: bool = True,
              retention_days: int = 400, interval: float = INTERVAL_S) -> Recorder:
        """Open ``<data_dir>/statistics.sqlite3`` (moving a broken file aside), close what a killed run left open, prune, start."""
        path = stats_path(Path(data_dir))
        store = kiosk = None
        for attempt in (1, 2):
            try:
                store = open_store(path)
                kiosk = store.ensure_kiosk(kiosk_id, kiosk_name)
                store.recover(kiosk)
                store.prune(retention_days)
                break
            except Exception as exc:  # never into the UI: log, move the file aside once, else record nothing
                log.error("statistics: %s", exc if isinstance(exc, StatsError) else f"{path}: {exc}")
                if store is not None:
                    store.engine.dispose()
                store = None
                if attempt == 1 and path.exists():
                    aside = path.with_name(f"{path.name}.broken-{time.strftime('%Y%m%d-%H%M%S')}")
                    try:
                        path.replace(aside)
                        for suffix in ("-wal", "-shm"):
                            Path(str(path) + suffix).unlink(missing_ok=True)
                        log.error("statistics: moved the unusable file to %s and started a new one", aside)
                        continue
                    except OSError as move_error:
                        log.error("statistics: cannot move %s aside (%s); recording nothing", path, move_error)
                break
        return cls(store, kiosk or 0, record_search_terms=record_search_terms, retention_days=retention_days,
                   interval=interval)

    # -- the caller's side: cheap, never raises ----------------------------------------
    def record(self, kind: str, at: float | None = None, **data: Any) -> None:
        """Queue one event of *kind* (see ``events.Event`` for the fields); *at* defaults to now."""
        if self._closed:
            return
        if kind == ev.SEARCH and not self.record_search_terms:
            data["query"] = None
        self._queue.put(ev.Event(kind, time.time() if at is None else at, data))

    # -- the writer thread ----------------------------------------------------------------
    def _run(self) -> None:
        while True:
            stopping = self._stop.wait(self.interval)
            self.flush()
            if stopping:
                return
            if date.today() != self._pruned_on:
                self._prune()

    def _prune(self) -> None:
        """Once a day on a kiosk that runs for months: drop sessions past the retention."""
        self._pruned_on = date.today()
        if self.store is None:
            return
        try:
            self.store.prune(self.retention_days)
        except Exception as exc:
            log.error("statistics: pruning %s failed (%s); trying again tomorrow", self.store.path, exc)

    def flush(self) -> None:
        """Write what is queued now (the writer thread calls this every interval)."""
        while True:
            try:
                self._backlog.append(self._queue.get_nowait())
            except queue.Empty:
                break
        if not self._backlog:
            return
        if self.store is None:
            self.dropped += len(self._backlog)
            self._backlog.clear()
            return
        try:
            self.written += self.store.write(self.kiosk, self._backlog)
            self._backlog.clear()
        except Exception as exc:  # disk full, file locked or damaged: keep them for the next batch
            log.error("statistics: could not write %d events to %s (%s); trying again with the next batch",
                      len(self._backlog), self.store.path, exc)
            if len(self._backlog) > MAX_BACKLOG:
                excess = len(self._backlog) - MAX_BACKLOG
                del self._backlog[:excess]
                self.dropped += excess
                log.error("statistics: dropped the %d oldest unwritten events", excess)

    def close(self) -> None:
        """Stop taking events, write what is queued, and close the file."""
        if self._closed:
            return
        self._closed = True
        self._stop.set()
        self._thread.join(timeout=30)
        if self.store is not None:
            self.store.close()
