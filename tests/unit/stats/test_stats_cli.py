"""``kiosk stats`` as staff type it: the summary, exports, the USB file and the merge; mistakes exit 1 and say why."""

from __future__ import annotations

from datetime import date

from openpyxl import load_workbook
from stats_helpers import KIOSK_A, at, session

from kiosk.cli import main
from kiosk.stats.store import open_store, stats_path


def fill(data_dir, sessions, uid=KIOSK_A, name="Hall east"):
    store = open_store(stats_path(data_dir))
    try:
        store.write_sessions(store.ensure_kiosk(uid, name), sessions)
    finally:
        store.close()


def test_summary_without_statistics_says_so(data_dir, capsys):
    assert main(["stats"]) == 0
    assert "No visitor statistics yet" in capsys.readouterr().out


def test_summary_prints_today_this_week_and_the_last_seven_days(data_dir, capsys):
    today = date.today()
    fill(data_dir, [session(at(today, 10), 75, lang="ru", searches=[("spaceport", 0, False)]),
                    session(at(today, 11), 75, searches=[("haier", 2, True)])])
    assert main(["stats"]) == 0
    out = capsys.readouterr().out
    assert "Hall east" in out
    for label in ("Today: 2 sessions, median length 1 min 15 s", "This week", "Last 7 days: 2 sessions"):
        assert label in out
    assert "ru 50 %" in out and "spaceport (1)" in out
    assert "accessibility modes:  none turned on" in out


def test_summary_names_the_accessibility_modes_visitors_turned_on(data_dir, capsys):
    today = date.today()
    fill(data_dir, [session(at(today, 10), 60, a11y="large_text"), session(at(today, 11), 60, a11y="large_text"),
                    session(at(today, 12), 60, a11y="read_aloud"), session(at(today, 13), 60, a11y="less_motion")])
    assert main(["stats"]) == 0
    out = capsys.readouterr().out
    assert "accessibility modes:  larger text (2), read aloud (1), less motion (1)" in out


def test_export_with_a_date_range_and_a_kiosk(data_dir, tmp_path, capsys):
    fill(data_dir, [session(at(date(2026, 11, 2), 10), 60), session(at(date(2026, 11, 20), 10), 60)])
    out = tmp_path / "november.xlsx"
    assert main(["stats", "export", str(out), "--from", "2026-11-10", "--to", "2026-11-30", "--kiosk", "Hall east"]) == 0
    assert "1 sessions" in capsys.readouterr().out
    summary = dict(load_workbook(out)["Summary"].iter_rows(min_row=2, values_only=True))
    assert summary["sessions"] == 1


def test_export_mistakes_exit_1_and_name_the_problem(data_dir, tmp_path, capsys):
    fill(data_dir, [session(at(date(2026, 11, 2), 10), 60)])
    assert main(["stats", "export", str(tmp_path / "x.csv"), "--kiosk", "Hall north"]) == 1
    assert "--kiosk 'Hall north': no such kiosk" in capsys.readouterr().err
    assert main(["stats", "export", str(tmp_path / "x.csv"), "--from", "2026-11-30", "--to", "2026-11-01"]) == 1
    assert "is after" in capsys.readouterr().err
    assert main(["stats", "export", str(tmp_path / "x.txt")]) == 1
    assert "choose a file name ending in .csv or .xlsx" in capsys.readouterr().err


def test_pack_on_a_kiosk_then_merge_twice_at_the_office(data_dir, tmp_path, capsys, monkeypatch):
    fill(data_dir, [session(at(date(2026, 11, 2), 10), 60)])
    stick = tmp_path / "stick" / "hall-east.kioskstats"
    assert main(["stats", "pack", str(stick)]) == 0
    assert "1 sessions of Hall east" in capsys.readouterr().out
    office = tmp_path / "office"
    assert main(["--data-dir", str(office), "stats", "merge", str(stick)]) == 0
    assert "1 session added, 0 already there" in capsys.readouterr().out
    assert main(["--data-dir", str(office), "stats", "merge", str(stick)]) == 0
    assert "0 sessions added, 1 already there" in capsys.readouterr().out
    assert main(["--data-dir", str(office), "stats", "merge", str(tmp_path / "nope.kioskstats")]) == 1
    assert "nope.kioskstats: no such file" in capsys.readouterr().err
