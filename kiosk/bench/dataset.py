"""The throwaway benchmark database: SYNTHETIC content in a temporary folder.

Never the user's data folder: the caller names a fresh folder (the runner
makes one with ``tempfile``), and every child process gets that folder and
the database URL on its command line.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from pathlib import Path

from kiosk.bench.synthetic import make_content


@dataclass(frozen=True)
class BenchDatabase:
    """Where the benchmark database is and what it holds."""

    data_dir: Path
    url: str
    records: int
    seed: int
    counts: dict[str, int]
    #: Seconds to generate the content and to load it (schema, replace_content, search index).
    generate_s: float
    load_s: float
    size_bytes: int

    def cli_args(self) -> list[str]:
        """``--data-dir``/``--database`` for a ``python -m kiosk`` child."""
        return ["--data-dir", str(self.data_dir), "--database", self.url]


def build_database(folder: Path, records: int, seed: int = 1) -> BenchDatabase:
    """Create a database in *folder* (which must be empty or missing) holding
    ``make_content(records, seed)`` and nothing else."""
    from kiosk.content.database import open_database
    from kiosk.content.change.history import record_version
    from kiosk.content.change.store import replace_content
    from kiosk.db.migrate import upgrade

    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    if any(folder.iterdir()):
        raise ValueError(f"{folder} is not empty; the benchmark only builds its database in a fresh folder")
    started = time.perf_counter()
    content = make_content(records, seed)
    generated = time.perf_counter()
    url = f"sqlite:///{folder / 'kiosk.sqlite3'}"
    db = open_database(url, folder)
    try:
        upgrade(db.engine)
        with db.sessions.begin() as session, session.no_autoflush:
            # replace_content flushes where it needs to; without autoflush the
            # 2,500 cluster -> manufacturer links do not each flush the whole
            # session (about 10 s of 18 s at 10,000 records; see the imports row).
            counts = replace_content(session, content)
            record_version(session, "bench", "load-synthetic", content.meta.content_version, counts, snapshot=content)
        with db.engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        db.close()
    loaded = time.perf_counter()
    size = sum(p.stat().st_size for p in folder.glob("kiosk.sqlite3*"))
    return BenchDatabase(folder, url, records, seed, counts, generated - started, loaded - generated, size)
