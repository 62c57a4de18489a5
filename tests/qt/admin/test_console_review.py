"""Translations that know they are stale, in the console: an English edit
flags the Chinese and Russian texts beside it, the "Unverified and stale"
view lists every text a translator must look at, and "Mark verified" ticks a
reviewed selection at once."""

from __future__ import annotations

from console_tools import click, record, replace_text, save, select, tool
from PySide6.QtCore import Qt

from kiosk.admin.console.draft import DraftState
from kiosk.admin.console.review import waiting_texts

CLUSTER = "smart-home-appliances-national-cluster"
NEW_TITLE = "Smart Home Appliances Cluster of Jiaozhou"


def open_review(qtbot, console) -> None:
    bar = console.main_tabs.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(1).center())
    assert console.main_tabs.currentWidget() is console.review


def rows_of(console, slug_title: str, field: str = "Title") -> dict[str, int]:
    """Language name -> row of the review table for one record's field."""
    table = console.review.table
    return {table.item(row, 3).text(): row for row in range(table.rowCount())
            if slug_title in table.item(row, 0).text() and table.item(row, 1).text() == field}


def select_rows(qtbot, console, rows: list[int]) -> None:
    table = console.review.table
    for n, row in enumerate(rows):
        rect = table.visualRect(table.model().index(row, 4))
        modifier = Qt.KeyboardModifier.ControlModifier if n else Qt.KeyboardModifier.NoModifier
        qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, modifier, rect.center())


def test_an_english_edit_flags_the_other_languages_beside_their_fields(qtbot, console):
    select(qtbot, console, "cluster", CLUSTER)
    cells = console.editor.cells
    assert not any(cells[("title", lang)].badge.isVisible() for lang in ("zh-Hans", "ru", "en"))
    replace_text(qtbot, cells[("title", "en")].edit, NEW_TITLE)
    for lang in ("zh-Hans", "ru"):
        assert cells[("title", lang)].badge.isVisible()
        assert cells[("title", lang)].badge.text() == "Needs review"
        assert not cells[("title", lang)].verified.isChecked()
    assert not cells[("title", "en")].badge.isVisible()
    assert not cells[("summary", "ru")].badge.isVisible()  # other fields keep their standing
    assert "2 need(s) review" in console.editor.status_label.text()
    assert console.main_tabs.tabText(1) == "Unverified and stale (2)"

    # Undo takes the edit back, flags and all.
    click(qtbot, tool(console, console.undo_action))
    assert not cells[("title", "ru")].badge.isVisible()


def test_typing_the_saved_words_back_brings_back_the_saved_ticks(qtbot, console):
    select(qtbot, console, "cluster", CLUSTER)
    cells = console.editor.cells
    saved = cells[("title", "en")].edit.text()
    replace_text(qtbot, cells[("title", "en")].edit, NEW_TITLE)
    assert cells[("title", "ru")].badge.isVisible()
    replace_text(qtbot, cells[("title", "en")].edit, saved)
    assert not cells[("title", "ru")].badge.isVisible() and not cells[("title", "zh-Hans")].badge.isVisible()
    assert cells[("title", "en")].verified.isChecked()
    assert not console.working.is_dirty()


def test_a_translator_fixing_russian_leaves_english_and_chinese_alone(qtbot, console):
    select(qtbot, console, "cluster", CLUSTER)
    cells = console.editor.cells
    replace_text(qtbot, cells[("title", "ru")].edit, "Кластер умной бытовой техники Цзяочжоу")
    assert not cells[("title", "en")].badge.isVisible() and cells[("title", "en")].verified.isChecked()
    assert not cells[("title", "zh-Hans")].badge.isVisible()


def test_an_emptied_text_cannot_stay_verified(qtbot, console):
    select(qtbot, console, "cluster", CLUSTER)
    cell = console.editor.cells[("title", "en")]
    assert cell.verified.isChecked()
    replace_text(qtbot, cell.edit, "")
    assert not cell.verified.isChecked() and not cell.verified.isEnabled()
    assert console.editor.record.verified("title", "en") is False


def test_the_review_view_lists_flagged_texts_and_marks_a_selection_verified(qtbot, console, db):
    select(qtbot, console, "cluster", CLUSTER)
    replace_text(qtbot, console.editor.cells[("title", "en")].edit, NEW_TITLE)
    open_review(qtbot, console)
    review = console.review
    click(qtbot, review.stale_only)
    rows = rows_of(console, NEW_TITLE)
    assert set(rows) == {"中文", "Русский"}
    table = review.table
    assert table.rowCount() == 2  # only the flagged ones: nothing else needs review
    for row in rows.values():
        assert table.item(row, 2).text() == "Needs review"
        assert table.item(row, 5).text() == f"English: {NEW_TITLE}"  # what changed, to check against
    zh = record(db, "cluster", CLUSTER).t("title", "zh-Hans")
    assert table.item(rows["中文"], 4).text() == zh

    select_rows(qtbot, console, list(rows.values()))
    assert len(review.selected()) == 2
    click(qtbot, review.verify_button)
    assert table.rowCount() == 0
    assert console.main_tabs.tabText(1) == "Unverified and stale"
    current = console.editor.record
    assert current.verified("title", "ru") and current.verified("title", "zh-Hans")
    assert not current.stale("title", "ru")

    # Without the filter: the texts nobody has verified yet, across every kind.
    click(qtbot, review.stale_only)
    kinds = {table.item(row, 0).text().split(" › ")[0] for row in range(table.rowCount())}
    assert {"Industrial cluster", "Flagship manufacturer"} <= kinds
    assert all(table.item(row, 2).text() == "Not verified" for row in range(table.rowCount()))

    save(qtbot, console)
    saved = record(db, "cluster", CLUSTER).text["title"]
    assert saved["ru"].verified and not saved["ru"].stale and saved["en"].text == NEW_TITLE


def test_double_click_opens_the_text_in_its_record(qtbot, console):
    select(qtbot, console, "cluster", CLUSTER)
    replace_text(qtbot, console.editor.cells[("title", "en")].edit, NEW_TITLE)
    select(qtbot, console, "manufacturer", "haier-group")
    open_review(qtbot, console)
    click(qtbot, console.review.stale_only)
    row = rows_of(console, NEW_TITLE)["Русский"]
    table = console.review.table
    where = table.visualRect(table.model().index(row, 4)).center()
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=where)
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=where)
    assert console.main_tabs.currentIndex() == 0
    assert console.editor.record.slug == CLUSTER
    qtbot.waitUntil(lambda: console.editor.cells[("title", "ru")].edit.hasFocus())


def test_waiting_texts_lists_stale_ones_first():
    from kiosk.content.formats.contentset_io import read_content_dir
    from kiosk import paths

    state = DraftState.from_content(read_content_dir(paths.DEFAULT_CONTENT_DIR))
    uid = state.by_slug("cluster", CLUSTER).uid
    state = state.with_text(uid, "title", "en", text=NEW_TITLE)
    waiting = waiting_texts(state, "en")
    assert [(w.lang, w.stale) for w in waiting[:2]] == [("ru", True), ("zh-Hans", True)]
    assert not any(w.stale for w in waiting[2:]) and len(waiting) > 2
