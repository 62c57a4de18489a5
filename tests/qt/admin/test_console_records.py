"""The record list on its own (``records.KindList`` and ``RecordList``, no
window): kinds with their counts, the records of a kind in the visitors'
order driving the form, the filter, and the record commands with their
buttons."""

from __future__ import annotations

import pytest
from console_tools import ScriptedPrompts, click
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QHBoxLayout, QWidget

from kiosk import paths
from kiosk.admin.console import operations
from kiosk.admin.console.editor import RecordEditor
from kiosk.admin.console.records import KindList, RecordList
from kiosk.admin.console.working import WorkingCopy

CLUSTER = "smart-home-appliances-national-cluster"


@pytest.fixture
def panes(qtbot, db):
    """The kinds, the record list and the form side by side, with a working copy of *db*."""
    host = QWidget()
    working = WorkingCopy(operations.load(db), host)
    editor = RecordEditor(working, paths.media_dir(db.data_dir))
    kinds = KindList(working)
    actions = {name: QAction(name, host) for name in ("new", "duplicate", "delete", "up", "down", "publish")}
    records = RecordList(working, editor, kinds, ScriptedPrompts(), actions)
    actions["new"].triggered.connect(records.new_record)
    actions["delete"].triggered.connect(records.delete_record)
    working.changed.connect(lambda focus: (records.refresh(focus), editor.refresh(), kinds.refresh()))
    layout = QHBoxLayout(host)
    for widget in (kinds, records, editor):
        layout.addWidget(widget)
    qtbot.addWidget(host)
    host.resize(1400, 900)
    host.show()
    qtbot.waitExposed(host)
    kinds.retranslate()
    records.retranslate()
    records.select_kind("cluster")
    yield working, kinds, records, editor, actions
    host.close()
    del host  # kept alive until here: the panes belong to it


def test_choosing_a_kind_lists_its_records_in_the_visitors_order_and_shows_the_first(panes):
    working, kinds, records, editor, _actions = panes
    records.select_kind("manufacturer")
    order = [r.slug for r in working.state.ordered("manufacturer")]
    assert records.kind == "manufacturer" and records.visible_slugs() == order
    assert editor.record is not None and editor.record.slug == order[0]
    assert kinds.items["manufacturer"].text(1) == str(len(order))


def test_a_record_chosen_elsewhere_switches_the_kind_and_the_form(panes):
    working, _kinds, records, editor, _actions = panes
    base = working.state.ordered("base")[1]
    records.select_record(base.uid)
    assert records.kind == "base" and editor.uid == base.uid
    assert records.table.currentIndex().data() is not None


def test_the_filter_hides_records_and_the_form_follows_a_visible_one(qtbot, panes):
    _working, _kinds, records, editor, _actions = panes
    qtbot.keyClicks(records.filter_edit, "condiment")
    assert records.visible_slugs() and all("condiment" in s for s in records.visible_slugs())
    assert editor.record.slug in records.visible_slugs()


def test_the_buttons_mirror_their_actions(panes):
    _working, _kinds, records, _editor, actions = panes
    actions["publish"].setText("Unpublish")
    actions["publish"].setEnabled(False)
    assert records.buttons["publish"].text() == "Unpublish" and not records.buttons["publish"].isEnabled()
    actions["publish"].setEnabled(True)
    assert records.buttons["publish"].isEnabled()


def test_new_and_delete_edit_the_working_copy_and_mark_the_kind(qtbot, panes):
    working, kinds, records, editor, _actions = panes
    count = len(working.state.of("cluster"))
    click(qtbot, records.buttons["new"])
    assert len(working.state.of("cluster")) == count + 1 and working.is_dirty()
    assert kinds.items["cluster"].text(0).startswith("● ")
    made = editor.uid
    click(qtbot, records.buttons["delete"])
    assert records.prompts.asked[-1][0] == "Delete record"
    assert working.state.find(made) is None and len(working.state.of("cluster")) == count
    assert editor.uid is not None and editor.uid != made
    working.undo_stack.undo()
    assert working.state.find(made) is not None


def test_kinds_with_problems_are_marked(qtbot, panes):
    working, kinds, records, editor, _actions = panes
    records.select_record(working.state.by_slug("cluster", CLUSTER).uid)
    working.edit(working.state.with_slug(editor.uid, "Not A Slug"), "rename")
    assert "problem" in kinds.items["cluster"].toolTip(0)
    assert kinds.items["cluster"].foreground(0).color() != kinds.items["industry"].foreground(0).color()
    assert kinds.items["cluster"].data(0, Qt.ItemDataRole.UserRole) == "cluster"


def search_results(kinds) -> list[str]:
    return [kinds.results.item(i).text() for i in range(kinds.results.count())]


@pytest.mark.parametrize("words", ["haier", "海尔", "группа haier", "HAIER-GROUP"])
def test_search_finds_records_of_every_kind_by_title_in_any_language_or_slug(qtbot, panes, words):
    _working, kinds, records, editor, _actions = panes
    assert records.kind == "cluster"
    qtbot.keyClicks(kinds.search, "x")  # a real keystroke first, then the words (any script)
    kinds.search.setText(words)
    found = search_results(kinds)
    assert found and kinds.results.isVisible() and not kinds.tree.isVisible()
    assert any("haier-group" in line for line in found)
    if words == "haier":
        assert any("haier-smart-interconnected-factory" in line for line in found)  # a production base too

    row = next(i for i, line in enumerate(found) if "haier-group" in line)
    item = kinds.results.item(row)
    qtbot.mouseClick(kinds.results.viewport(), Qt.MouseButton.LeftButton, pos=kinds.results.visualItemRect(item).center())
    assert records.kind == "manufacturer" and editor.record is not None and editor.record.slug == "haier-group"

    kinds.search.clear()
    assert kinds.tree.isVisible() and not kinds.results.isVisible()


def test_a_search_that_finds_nothing_says_so(qtbot, panes):
    _working, kinds, _records, _editor, _actions = panes
    qtbot.keyClicks(kinds.search, "zzzz-no-such")
    assert search_results(kinds) == [] and kinds.nothing.isVisible()
