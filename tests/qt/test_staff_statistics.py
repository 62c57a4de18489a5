"""The staff menu's visitor statistics: today's and this week's numbers, and the file for the office on a stick."""

from __future__ import annotations

from datetime import date, timedelta

from kiosk.stats.queries import week_of
from kiosk.stats.store import open_store, stats_path
from kiosk.stats.transfer import merge

from tests.qt.test_staff_menu import message, unlock
from tests.unit.stats.stats_helpers import KIOSK_A, at, session


def seed(data_dir) -> None:
    """Today: three sessions (1, 2 and 5 minutes; English, Russian, Russian); earlier this week or today: one more."""
    today = date.today()
    monday = week_of(today)[0]
    store = open_store(stats_path(data_dir))
    try:
        kiosk = store.ensure_kiosk(KIOSK_A, "Hall A")
        store.write_sessions(kiosk, [
            session(at(today, 0, 1), 60, lang="en"),
            session(at(today, 0, 5), 120, lang="ru"),
            session(at(today, 0, 9), 300, lang="ru"),
            session(at(monday, 0, 0, 1) if monday != today else at(today - timedelta(days=10), 9), 30, lang="zh-Hans"),
        ])
    finally:
        store.close()


def text_of(drive, name: str) -> str:
    return str(drive.item(name).property("text"))


def test_the_menu_shows_todays_and_this_weeks_visitor_numbers(kiosk, db):
    seed(db.data_dir)
    monday_is_today = week_of(date.today())[0] == date.today()
    drive = kiosk(language="en")
    unlock(drive)
    drive.tap("staff-statistics")
    drive.settle()
    assert text_of(drive, "stats-sessions-today") == "3"
    assert text_of(drive, "stats-median-today") == "2:00"
    assert text_of(drive, "stats-language-today") == "Русский"
    assert text_of(drive, "stats-sessions-week") == ("3" if monday_is_today else "4")
    assert text_of(drive, "stats-language-week") == "Русский"


def test_without_statistics_the_numbers_are_zero(kiosk):
    drive = kiosk(language="en")
    unlock(drive)
    drive.tap("staff-statistics")
    drive.settle()
    assert text_of(drive, "stats-sessions-today") == "0"
    assert text_of(drive, "stats-median-week") == "–"


def test_export_statistics_writes_the_file_the_office_merges(kiosk, db, tmp_path):
    seed(db.data_dir)
    stick = tmp_path / "stick"
    stick.mkdir()
    drive = kiosk(language="en")
    drive.ui.staff._pack_roots = [stick]
    unlock(drive)
    drive.tap("staff-statistics")
    drive.settle()
    drive.tap("staff-export-statistics")
    assert drive.wait_until(lambda: not drive.ui.staff.property("busy"), 30000)
    files = list(stick.glob("statistics-Hall-A-*.kioskstats"))
    assert len(files) == 1, message(drive)
    assert "4 sessions" in message(drive) and str(files[0]) in message(drive)
    office = open_store(tmp_path / "office" / "statistics.sqlite3")
    try:
        [report] = merge(office, files)
        assert (report.kiosk_name, report.sessions_added) == ("Hall A", 4)
    finally:
        office.close()


def test_export_statistics_without_a_stick_says_so(kiosk, tmp_path):
    drive = kiosk(language="en")
    drive.ui.staff._pack_roots = [tmp_path / "no-stick"]
    unlock(drive)
    drive.tap("staff-statistics")
    drive.settle()
    drive.tap("staff-export-statistics")
    assert "No writable USB stick" in message(drive)
