"""The console's Visitors tab over known sessions: the numbers under every chart and in its
table, the summary line, the date and kiosk filters, export, and importing kiosks' files."""

from __future__ import annotations

import csv
from datetime import date, timedelta

import pytest
from console_tools import choose, click

from kiosk.stats.store import open_store, stats_path
from kiosk.stats.transfer import pack

from tests.unit.stats.stats_helpers import KIOSK_A, KIOSK_B, at, session

TODAY = date.today()
D0, D1 = TODAY - timedelta(days=2), TODAY - timedelta(days=1)


def kiosk_a_sessions():
    return [
        session(at(D0, 10, 0), 60, lang="en", pages=[("home", 10), ("manufacturer/haier-group", 40)],
                searches=[("haier", 3, True)]),
        session(at(D0, 10, 30), 300, lang="ru", pages=[("cluster", 20)], searches=[("spaceport", 0, False)],
                a11y="large_text"),
        session(at(D1, 15, 0), 120, lang="en", switch="zh-Hans", pages=[("home", 5)], searches=[("spaceport", 0, False)]),
    ]


def write(path, uid: str, name: str, sessions) -> None:
    store = open_store(path)
    try:
        store.write_sessions(store.ensure_kiosk(uid, name), sessions)
    finally:
        store.close()


@pytest.fixture
def visitors(console, db):
    """The Visitors tab, shown, over Hall A's three sessions in this console's data folder."""
    write(stats_path(db.data_dir), KIOSK_A, "Hall A", kiosk_a_sessions())
    console.main_tabs.setCurrentIndex(console.visitors.index)
    pane = console.visitors
    assert pane.loaded
    return pane


def test_every_chart_and_its_table_show_the_known_numbers(visitors):
    cards = visitors.cards
    assert visitors.summary.text() == ("3 sessions · median length 2 min 00 s · languages: English 50 %, Русский 25 %, "
                                       "中文 25 % · 2 searches found nothing")

    per_day = {d: 0 for d in (TODAY - timedelta(days=i) for i in range(7))} | {D0: 2, D1: 1}
    assert cards["sessions"].chart_numbers() == {"Sessions": [per_day[d] for d in sorted(per_day)]}
    assert cards["sessions"].table_rows()[-3:] == [[D0.isoformat(), "2", "6"], [D1.isoformat(), "1", "2"],
                                                   [TODAY.isoformat(), "0", "0"]]

    heat = cards["heatmap"]
    assert sorted(heat.chart_numbers()["cells"]) == sorted([(10, D0.weekday(), 2), (15, D1.weekday(), 1)])
    rows = heat.table_rows()
    assert rows[D0.weekday()][1 + 10] == "2" and rows[D1.weekday()][1 + 15] == "1"
    assert sum(int(n) for row in rows for n in row[1:]) == 3

    lengths = cards["lengths"]
    assert lengths.note.text() == "Median 2 min 00 s over 3 sessions"
    assert lengths.chart_numbers() == {"Sessions": [0, 0, 1, 1, 1, 0, 0]}
    assert lengths.table_rows()[2:5] == [["1-2 min", "1"], ["2-5 min", "1"], ["5-10 min", "1"]]

    pie = cards["languages"].chart_numbers()["pie"]
    assert pie == [("English 50 %", 2.0), ("Русский 25 %", 1.0), ("中文 25 %", 1.0)]
    assert cards["languages"].table_rows() == [["English", "2", "50 %"], ["Русский", "1", "25 %"], ["中文", "1", "25 %"]]

    # Sections by the names the visitor screens give them.
    assert cards["pages"].categories() == ["Home", "Industrial clusters"]
    assert cards["pages"].chart_numbers() == {"Views": [2, 1]}
    # A record by its title in the console's language.
    assert cards["records"].table_rows() == [["Haier Group", "1", "40"]]

    sections = cards["sections"].chart_numbers()
    assert cards["sections"].categories() == ["Home", "Industrial clusters", "Flagship manufacturers"]
    assert sections == {"English": [1, 0, 1], "Русский": [0, 1, 0], "中文": [1, 0, 0]}

    assert cards["searches"].table_rows() == [["spaceport", "2", "2", "0"], ["haier", "1", "0", "1"]]
    assert cards["searches"].chart_numbers() == {"Searches": [2, 1]}
    assert cards["zero"].categories() == ["spaceport"] and cards["zero"].chart_numbers() == {"Searches": [2]}
    # Every mode the kiosk's panel offers, by the name the panel gives it, unused ones with 0.
    assert cards["accessibility"].table_rows() == [["Read aloud", "0"], ["Larger text", "1"], ["High contrast", "0"],
                                                   ["Low reach", "0"], ["Less motion", "0"]]
    assert cards["accessibility"].chart_numbers() == {"Times turned on": [0, 1, 0, 0, 0]}


def test_the_date_range_and_the_kiosk_filter_narrow_every_report(visitors, db, qtbot):
    visitors.set_range(D1, D1)
    assert visitors.summary.text().startswith("1 session ·")
    assert visitors.cards["zero"].table_rows() == [["spaceport", "1"]]
    click(qtbot, visitors.last7)
    assert visitors.summary.text().startswith("3 sessions")
    choose(visitors.kiosk, KIOSK_A)
    assert visitors.summary.text().startswith("3 sessions")
    click(qtbot, visitors.last_week)
    monday = TODAY - timedelta(days=TODAY.weekday() + 7)
    assert (visitors.start.date().toPython(), visitors.end.date().toPython()) == (monday, monday + timedelta(days=6))


def test_importing_kiosks_files_merges_once_and_says_what_each_brought(console, visitors, qtbot, tmp_path):
    hall_b = tmp_path / "hall-b" / "statistics.sqlite3"
    write(hall_b, KIOSK_B, "Hall B", [session(at(D1, 9), 30, lang="zh-Hans", pages=[("home", 30)])])
    store = open_store(hall_b, create=False)
    stick = tmp_path / "stick" / "hall-b.kioskstats"
    try:
        pack(store, stick)
    finally:
        store.close()

    console.prompts.files.append([stick])
    click(qtbot, visitors.import_button)
    qtbot.waitUntil(lambda: console.job is None)
    said = visitors.message.text()
    assert said.startswith("Imported 1 file(s): 1 session added.")
    assert f"hall-b.kioskstats: kiosk Hall B ({KIOSK_B[:8]}): 1 session added, 0 already there." in said
    assert visitors.summary.text().startswith("4 sessions")
    assert [visitors.kiosk.itemData(i) for i in range(visitors.kiosk.count())] == [None, KIOSK_A, KIOSK_B]

    console.prompts.files.append([stick])  # the same stick again: nothing counted twice
    click(qtbot, visitors.import_button)
    qtbot.waitUntil(lambda: console.job is None)
    assert "0 sessions added. Nothing new: these files were imported before." in visitors.message.text()
    assert visitors.summary.text().startswith("4 sessions")

    choose(visitors.kiosk, KIOSK_B)
    assert visitors.summary.text().startswith("1 session ·")
    assert visitors.cards["languages"].table_rows() == [["中文", "1", "100 %"]]


def test_a_file_that_is_not_statistics_is_refused_and_nothing_is_merged(console, visitors, qtbot, tmp_path):
    good = tmp_path / "b.kioskstats"
    write(tmp_path / "b.sqlite3", KIOSK_B, "Hall B", [session(at(D1, 9), 30)])
    store = open_store(tmp_path / "b.sqlite3", create=False)
    try:
        pack(store, good)
    finally:
        store.close()
    bad = tmp_path / "notes.kioskstats"
    bad.write_text("shopping list")
    console.prompts.files.append([good, bad])
    click(qtbot, visitors.import_button)
    qtbot.waitUntil(lambda: console.job is None)
    said = visitors.message.text()
    assert said.startswith("Nothing was imported: nothing was merged") and f"{bad}: is not a kiosk statistics file" in said
    assert visitors.summary.text().startswith("3 sessions")
    assert visitors.kiosk.count() == 2  # All kiosks, Hall A


def test_export_csv_and_xlsx_write_the_reports_read_back(console, visitors, qtbot, tmp_path):
    from openpyxl import load_workbook

    console.prompts.files.append(tmp_path / "week.csv")
    click(qtbot, visitors.export_csv)
    qtbot.waitUntil(lambda: console.job is None)
    assert visitors.message.text() == f"Wrote {tmp_path / 'week.csv'}: 16 tables, 3 sessions."
    with (tmp_path / "week.csv").open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    zero = rows.index(["Zero-result searches"])
    assert rows[zero + 2] == ["spaceport", "2"]

    console.prompts.files.append(tmp_path / "week")  # the suffix is added
    click(qtbot, visitors.export_xlsx)
    qtbot.waitUntil(lambda: console.job is None)
    book = load_workbook(tmp_path / "week.xlsx")
    assert [list(r) for r in book["Searches"].iter_rows(min_row=2, values_only=True)] == [
        ["spaceport", 2, 2, 0], ["haier", 1, 0, 1]]


def test_a_chart_is_saved_as_a_picture_for_a_report(console, visitors, qtbot, tmp_path):
    from PySide6.QtGui import QImage

    console.prompts.files.append(tmp_path / "languages.png")
    click(qtbot, visitors.cards["languages"].save_button)
    image = QImage(str(tmp_path / "languages.png"))
    assert not image.isNull() and image.width() > 200
    # On white, as in the console (not transparent, which a dark picture viewer shows black).
    assert image.pixelColor(1, 1).name() == "#ffffff" and image.pixelColor(1, 1).alpha() == 255
    assert len({image.pixel(x, image.height() // 2) for x in range(image.width())}) > 3  # the ring and its key
    assert "Saved the chart" in visitors.message.text()


def test_a_record_the_content_no_longer_has_is_listed_by_its_page(console, visitors):
    write(stats_path(console.db.data_dir), KIOSK_A, "Hall A",
          [session(at(D1, 12), 30, pages=[("manufacturer/closed-in-2025", 20), ("manufacturer/haier-group", 5)])])
    visitors.refresh()
    assert visitors.cards["records"].categories() == ["Haier Group", "manufacturer/closed-in-2025"]


def test_without_statistics_the_tab_says_where_they_come_from(console):
    console.main_tabs.setCurrentIndex(console.visitors.index)
    pane = console.visitors
    assert pane.summary.text().startswith("No visitor statistics yet.")
    assert pane.cards["sessions"].chart_numbers() == {"Sessions": []}
    lengths = pane.cards["lengths"].view
    assert lengths.is_empty() and lengths.empty_text == "Nothing to show for these days"
    pane.export(".csv")
    assert pane.message.text() == "There are no visitor statistics to export yet."


def test_the_tab_speaks_the_consoles_language(console, visitors):
    console.set_language("ru")
    assert console.main_tabs.tabText(console.visitors.index) == "Посетители"
    assert visitors.summary.text().startswith("Сеансов: 3 · медиана длительности 2 мин 00 с")
    assert visitors.cards["zero"].title.text() == "Поиски без результата"
    # The names under the charts too: sections, length bins, accessibility modes.
    assert visitors.cards["pages"].categories() == ["Главная", "Промышленные кластеры"]
    assert visitors.cards["lengths"].categories()[:3] == ["< 30 с", "30 с – 1 мин", "1–2 мин"]
    assert visitors.cards["accessibility"].table_rows()[:2] == [["Чтение вслух", "0"], ["Крупный текст", "1"]]
    haier = console.working.state.by_slug("manufacturer", "haier-group").title("ru")
    assert haier != "Haier Group" and visitors.cards["records"].categories() == [haier]
    console.set_language("zh-Hans")
    assert visitors.import_button.text() == "导入信息亭的统计…"
    assert visitors.cards["accessibility"].categories() == ["朗读", "大字体", "高对比度", "低位操作", "减少动画"]


def test_with_kiosks_sending_to_the_office_database_the_tab_shows_the_hall(console, db, qtbot, tmp_path):
    from kiosk.stats.office import store_batch
    from kiosk.stats.outbox import next_batch

    # Hall A sent its sessions to this console's database; this PC's own file holds Hall B's one session.
    kiosk_file = tmp_path / "hall-a" / "statistics.sqlite3"
    write(kiosk_file, KIOSK_A, "Hall A", kiosk_a_sessions())
    store = open_store(kiosk_file)
    try:
        store_batch(db.engine, next_batch(store, KIOSK_A, db.url))
    finally:
        store.close()
    write(stats_path(db.data_dir), KIOSK_B, "Hall B", [session(at(D1, 11, 0), 30, lang="en")])

    console.main_tabs.setCurrentIndex(console.visitors.index)
    pane = console.visitors
    assert pane.source.isVisible() and pane.source.currentText() == "Whole hall"
    assert pane.summary.text().startswith("3 sessions · median length 2 min 00 s")
    assert [pane.kiosk.itemText(i) for i in range(pane.kiosk.count())] == ["All kiosks", f"Hall A ({KIOSK_A[:8]})"]
    console.prompts.files.append(tmp_path / "hall.csv")
    click(qtbot, pane.export_csv)
    qtbot.waitUntil(lambda: console.job is None)
    assert pane.message.text() == f"Wrote {tmp_path / 'hall.csv'}: 16 tables, 3 sessions."

    choose(pane.source, "file")
    assert "median length 30 s · languages: English 100 %" in pane.summary.text()  # Hall B's one session
    assert [pane.kiosk.itemText(i) for i in range(pane.kiosk.count())] == ["All kiosks", f"Hall B ({KIOSK_B[:8]})"]
