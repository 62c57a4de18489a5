"""The diagnostics report carries the kiosk's visitor statistics: the file the office merges, or their numbers."""

from __future__ import annotations

import zipfile
from datetime import date

from kiosk.runtime.diagnostics import collect
from kiosk.stats import handover
from kiosk.stats.store import open_store, stats_path
from kiosk.stats.transfer import merge

from tests.unit.stats.stats_helpers import KIOSK_A, at, session


def _seed(data_dir, count: int) -> None:
    store = open_store(stats_path(data_dir))
    try:
        kiosk = store.ensure_kiosk(KIOSK_A, "Hall A")
        store.write_sessions(kiosk, [session(at(date.today(), 0, i), 90, lang="ru") for i in range(count)])
    finally:
        store.close()


def test_the_report_holds_the_statistics_file_the_office_merges(data_dir, tmp_path):
    _seed(data_dir, 3)
    report = collect(tmp_path / "usb", data_dir)
    packed = report.folder / "statistics.kioskstats"
    assert "statistics: 3 session(s)" in (report.folder / "summary.txt").read_text(encoding="utf-8")
    with zipfile.ZipFile(report.archive) as archive:
        assert f"{report.folder.name}/statistics.kioskstats" in archive.namelist()
    office = open_store(tmp_path / "office.sqlite3")
    try:
        [merged] = merge(office, [packed])
        assert (merged.kiosk_name, merged.sessions_added) == ("Hall A", 3)
    finally:
        office.close()


def test_when_the_file_cannot_be_written_the_numbers_still_go(data_dir, tmp_path, monkeypatch):
    _seed(data_dir, 2)

    def full(*_args, **_kw):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(handover, "pack_for_usb", full)
    report = collect(tmp_path / "usb", data_dir)
    text = (report.folder / "statistics.txt").read_text(encoding="utf-8")
    assert "could not be written" in text and "No space left on device" in text
    assert "today: 2 sessions" in text and "top language ru" in text
    assert not (report.folder / "statistics.kioskstats").exists()
    assert "statistics: summary only" in (report.folder / "summary.txt").read_text(encoding="utf-8")


def test_without_statistics_none_are_created(data_dir, tmp_path):
    report = collect(tmp_path / "usb", data_dir)
    assert "statistics: none recorded yet" in (report.folder / "summary.txt").read_text(encoding="utf-8")
    assert not stats_path(data_dir).exists()
