"""The console speaks Chinese, Russian and English, switched from its menu,
with the same words for sections as the visitor screens."""

from __future__ import annotations

from console_tools import click, replace_text, select, tool

CLUSTER = "smart-home-appliances-national-cluster"


def test_the_language_menu_switches_every_string_at_once(qtbot, console):
    select(qtbot, console, "cluster", CLUSTER)
    console.language_actions["ru"].trigger()
    assert tool(console, console.save_action).text() == "Сохранить"
    assert console.kinds.items["cluster"].text(0) == "Промышленные кластеры"  # as on the kiosk's own pages
    assert console.editor.text_section.title.text() == "Тексты и переводы"
    assert console.editor.cells[("title", "ru")].verified.text() == "Проверено"

    console.language_actions["zh-Hans"].trigger()
    assert tool(console, console.save_action).text() == "保存"
    assert console.kinds.items["cluster"].text(0) == "产业集群"
    assert console.menuBar().actions()[0].text().startswith("文件")

    console.language_actions["en"].trigger()
    assert tool(console, console.save_action).text() == "Save"
    assert console.kinds.items["cluster"].text(0) == "Industrial clusters"


def test_problems_are_explained_in_the_chosen_language(qtbot, console):
    console.language_actions["zh-Hans"].trigger()
    select(qtbot, console, "cluster", CLUSTER)
    cell = console.editor.cells[("title", "ru")]
    replace_text(qtbot, cell.edit, "")
    assert "每种语言都必须填写" in cell.error.text()
    click(qtbot, tool(console, console.save_action))
    assert "未保存" in console.banner.text.text()


def shown_strings(window) -> set[str]:
    """Every interface string a person can see or hover in *window* now."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QAbstractButton, QLabel, QLineEdit, QTableView, QTabWidget, QWidget

    found: set[str] = set()
    for widget in [window, *window.findChildren(QWidget)]:
        if widget is not window and not widget.isVisibleTo(window):
            continue
        if isinstance(widget, (QLabel, QAbstractButton)):
            found.add(widget.text())
        if isinstance(widget, QLineEdit):
            found.add(widget.placeholderText())
        if isinstance(widget, QTabWidget):
            found.update(widget.tabText(i) for i in range(widget.count()))
        if isinstance(widget, QTableView) and widget.model() is not None:
            model = widget.model()
            found.update(str(model.headerData(c, Qt.Orientation.Horizontal) or "") for c in range(model.columnCount()))
            found.update(str(model.index(r, c).data() or "") for r in range(min(model.rowCount(), 20))
                         for c in range(model.columnCount()))
        found.add(widget.toolTip())
    for action in window.findChildren(type(window.save_action)):
        found.update((action.text(), action.toolTip()))
    found.update(menu.title() for menu in (window.file_menu, window.edit_menu, window.language_menu))
    return {s.strip() for s in found if s and s.strip()}


def test_no_interface_string_stays_english_in_chinese_or_russian(qtbot, console):
    import re

    select(qtbot, console, "cluster", CLUSTER)
    console.tabs.setCurrentIndex(1)  # the history too
    console.history.view.selectRow(0)
    titles = {r.title("en") for r in console.working.state.all()} | {r.slug for r in console.working.state.all()}  # content
    english = shown_strings(console) - titles - {"https://"}
    for lang in ("ru", "zh-Hans"):
        console.language_actions[lang].trigger()
        console.records.set_list_language("en")  # the content stays English: only the interface may change
        same = {s for s in shown_strings(console) & english
                if re.search(r"[A-Za-z]{3,}", s) and not re.fullmatch(r"[\d.\s:-]+|English|Ctrl.*", s)}
        assert not same, f"still English in {lang}: {sorted(same)}"


def test_undo_and_revert_say_different_things_in_every_language(qtbot, console):
    for lang in ("zh-Hans", "ru", "en"):
        console.language_actions[lang].trigger()
        undo, revert = console.undo_action, console.revert_action
        assert undo.text() != revert.text() and undo.text() not in revert.text() and revert.text() not in undo.text()
        assert undo.toolTip() and revert.toolTip() and undo.toolTip() != revert.toolTip()


def test_buttons_keep_their_width_when_their_label_changes(qtbot, console):
    select(qtbot, console, "cluster", CLUSTER)
    publish = console.records.buttons["publish"]
    undo = tool(console, console.undo_action)
    before = (publish.text(), undo.text())
    widths = (publish.width(), undo.width())
    click(qtbot, publish)  # Unpublish -> Publish, and an undo step with a name
    qtbot.waitUntil(lambda: console.undo_action.isEnabled())
    assert publish.text() != before[0] and "Unpublish" in console.undo_action.toolTip()
    assert (publish.width(), undo.width()) == widths
