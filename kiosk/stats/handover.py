"""A kiosk's statistics for the people at it: the key numbers, and the USB file.

The staff menu on the kiosk and the diagnostics export both use these:

- ``key_numbers(data_dir)``: today's and this week's sessions, median length
  and most used language (zeros when nothing was recorded yet);
- ``pack_for_usb(data_dir, folder)``: the statistics file the office console
  merges, written into *folder* under a name that says whose and when.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from kiosk.stats.queries import Filter, Reports, week_of
from kiosk.stats.store import StatsError, open_store, stats_path
from kiosk.stats.transfer import SUFFIX, PackReport, pack


@dataclass(frozen=True)
class KeyNumbers:
    """One period's key numbers: sessions, median session length (seconds; None without sessions), top language."""

    sessions: int
    median_s: float | None
    top_language: str


def key_numbers(data_dir: Path, today: date | None = None) -> dict[str, KeyNumbers]:
    """``{"today": ..., "week": ...}`` (the week from Monday) from *data_dir*'s statistics file.

    StatsError when the file exists but cannot be read; zeros when there is none yet.
    """
    today = today or date.today()
    path = stats_path(Path(data_dir))
    periods = {"today": Filter(today, today), "week": Filter(week_of(today)[0], today)}
    if not path.is_file():
        return {name: KeyNumbers(0, None, "") for name in periods}
    store = open_store(path, create=False)
    try:
        reports = Reports(store)
        out = {}
        for name, f in periods.items():
            lengths = reports.session_lengths(f)
            languages = reports.language_mix(f)
            out[name] = KeyNumbers(lengths.sessions, lengths.median_s, languages[0][0] if languages else "")
        return out
    finally:
        store.close()


def usb_file_name(kiosk_name: str, now: datetime | None = None) -> str:
    """``statistics-<kiosk name>-<YYYYMMDD-HHMM>.kioskstats``, safe on any stick's file system."""
    now = now or datetime.now()
    name = re.sub(r"[^\w.-]+", "-", kiosk_name, flags=re.UNICODE).strip("-.") or "kiosk"
    return f"statistics-{name[:40]}-{now:%Y%m%d-%H%M}{SUFFIX}"


def pack_for_usb(data_dir: Path, folder: Path, file_name: str | None = None) -> PackReport:
    """Write *data_dir*'s statistics into *folder* as one file for the office's merge.

    StatsError when there is nothing to write (no statistics yet) or the
    file cannot be read; OSError when *folder* cannot be written.
    """
    path = stats_path(Path(data_dir))
    if not path.is_file():
        raise StatsError(f"{path}: no visitor statistics recorded yet")
    store = open_store(path, create=False)
    try:
        if file_name is None:
            names = [name for _uid, name in Reports(store).kiosks()]
            file_name = usb_file_name(names[0] if len(names) == 1 else "kiosks")
        return pack(store, Path(folder) / file_name)
    finally:
        store.close()
