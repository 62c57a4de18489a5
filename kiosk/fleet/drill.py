"""A hall of headless kiosks for the fleet test and ``kiosk bench --only fleet``.

``FleetDrill`` makes *count* kiosks, each with its own data folder and
SQLite database (copies of one freshly prepared database, so each starts
with the default content and makes its own kiosk id), and runs each one's
real ``Updater`` on a thread of its own against one pack source, between
visitors all the time.  Nothing here is Qt.
"""

from __future__ import annotations

import shutil
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from kiosk.content.change.prepare import prepare
from kiosk.content.change.settings import Settings
from kiosk.content.database import Database, open_database
from kiosk.fleet.updater import PollResult, Updater

DB_FILE = "kiosk.sqlite3"


@dataclass
class DrillKiosk:
    """One headless kiosk of the drill: its database, updater and what its polls said."""

    number: int
    db: Database
    updater: Updater
    results: list[PollResult] = field(default_factory=list)
    #: Release -> monotonic time the kiosk applied it.
    applied_at: dict[int, float] = field(default_factory=dict)

    @property
    def last(self) -> PollResult | None:
        return self.results[-1] if self.results else None

    def on_poll(self, result: PollResult) -> None:
        if result.applied:
            self.applied_at[result.release] = time.monotonic()
        self.results.append(result)


def prepared_database(folder: Path) -> Path:
    """A database file at the newest schema with the default content, in *folder*."""
    db = open_database(None, folder)
    try:
        prepare(db)
    finally:
        db.close()
    return folder / DB_FILE


class FleetDrill:
    """*count* headless kiosks polling *location* every *poll_seconds* (see the module docstring)."""

    def __init__(self, workdir: Path, count: int, location: str, *, poll_seconds: int = 2,
                 trusted_key: str | None = None):
        self.workdir = Path(workdir)
        template = prepared_database(self.workdir / "template")
        self.kiosks: list[DrillKiosk] = []
        for number in range(1, count + 1):
            folder = self.workdir / f"kiosk-{number:02d}"
            folder.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(template, folder / DB_FILE)
            db = open_database(None, folder)
            settings = Settings(db.engine)
            settings.set("kiosk.name", f"hall kiosk {number:02d}")
            settings.set("fleet.poll_seconds", poll_seconds)
            if trusted_key:
                settings.set("packs.trusted_keys", [trusted_key])
                settings.set("packs.allow_unsigned", False)
            self.kiosks.append(DrillKiosk(number, db, Updater(db)))
        self.set_source(location)
        self._stop = threading.Event()
        self._threads: list[threading.Thread] = []

    def set_source(self, location: str) -> None:
        """Point every kiosk at *location* (a folder or a web address)."""
        for kiosk in self.kiosks:
            kiosk.updater.settings.set("fleet.source", location)

    def start(self) -> None:
        """Every kiosk's updater on its own thread, polling until ``stop()``."""
        self._stop.clear()
        self._threads = [threading.Thread(target=k.updater.run, args=(self._stop, k.on_poll),
                                          name=f"updater-{k.number:02d}", daemon=True) for k in self.kiosks]
        for thread in self._threads:
            thread.start()

    def stop(self) -> None:
        """Stop every updater after its current poll."""
        self._stop.set()
        for thread in self._threads:
            thread.join(120)
        self._threads = []

    def wait(self, done: Callable[[DrillKiosk], bool], timeout: float) -> float | None:
        """Seconds until *done* holds for every kiosk, or None after *timeout*."""
        start = time.monotonic()
        while time.monotonic() - start < timeout:
            if all(done(k) for k in self.kiosks):
                return time.monotonic() - start
            time.sleep(0.05)
        return None

    def releases(self) -> list[int]:
        """The release each kiosk runs."""
        return [k.updater.release for k in self.kiosks]

    def close(self) -> None:
        """Stop the updaters and close every database."""
        self.stop()
        for kiosk in self.kiosks:
            kiosk.db.close()

    def __enter__(self) -> FleetDrill:
        return self

    def __exit__(self, *exc) -> None:
        self.close()
