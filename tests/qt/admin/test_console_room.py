"""The record gets the room: the panel under the form folds to its tabs (and
stays folded next time), and long texts are read in editors that grow with
them instead of in a scroll area inside the form's scroll area."""

from __future__ import annotations

from console_tools import ScriptedPrompts, click, select, type_text
from PySide6.QtCore import QCoreApplication, QEvent, Qt

from kiosk.admin.console.window import ConsoleWindow

CLUSTER = "smart-home-appliances-national-cluster"
LONG = " ".join(["The cluster brings together makers of refrigerators, washing machines and air conditioners."] * 12)


def test_the_panel_folds_to_its_tabs_opens_again_and_is_remembered(qtbot, console, db):
    panel, tabs = console.panel, console.tabs
    form_before = console.scroll.height()
    assert not panel.collapsed and tabs.height() >= 120
    click(qtbot, panel.button)
    qtbot.waitUntil(lambda: tabs.height() <= panel.folded_height())
    assert console.scroll.height() > form_before + 60  # the form took the room
    assert panel.button.text() == "Show panel ▴"

    # Choosing a tab opens the panel again.
    bar = tabs.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(1).center())
    qtbot.waitUntil(lambda: tabs.height() >= 120)
    assert not panel.collapsed and tabs.currentWidget() is console.history

    click(qtbot, panel.button)
    # The next console on this PC opens with the panel folded.
    again = ConsoleWindow(db, "editor", language="en", prompts=ScriptedPrompts())
    try:
        again.resize(1366, 768)
        again.show()
        qtbot.waitExposed(again)
        assert again.panel.collapsed
        qtbot.waitUntil(lambda: again.tabs.height() <= again.panel.folded_height())
    finally:
        again.translations.remove()
        again.close()
        again.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def test_a_folded_panel_follows_its_tab_bar_when_its_style_changes(qtbot, console):
    panel, tabs = console.panel, console.tabs
    click(qtbot, panel.button)
    qtbot.waitUntil(lambda: tabs.height() <= panel.folded_height())
    folded = tabs.height()
    tabs.tabBar().setStyleSheet("font-size: 28px;")
    # The whole tab bar still shows, and nothing more: the form keeps the room.
    qtbot.waitUntil(lambda: tabs.height() == panel.folded_height())
    assert tabs.height() > folded


def test_a_save_blocked_by_problems_opens_the_folded_panel(qtbot, console):
    click(qtbot, console.panel.button)
    select(qtbot, console, "cluster", CLUSTER)
    edit = console.editor.fields["web_url"].widget
    edit.setFocus()
    type_text(qtbot, edit, "not an address")
    console.save()
    assert not console.panel.collapsed
    assert console.tabs.currentIndex() == 0  # Problems


def test_a_long_text_grows_its_box_instead_of_scrolling_inside_the_form(qtbot, console):
    select(qtbot, console, "cluster", CLUSTER)
    box = console.editor.cells[("body", "en")].edit
    first = box.height()
    box.setFocus()
    box.selectAll()
    box.insertPlainText(LONG)
    qtbot.waitUntil(lambda: box.height() > 2 * first)
    assert box.verticalScrollBar().maximum() == 0  # all of it shows: nothing to scroll inside the box
    assert box.verticalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOff
    # Emptied again, it shrinks back to its first height.
    box.selectAll()
    box.insertPlainText("Short.")
    qtbot.waitUntil(lambda: box.height() == first)
