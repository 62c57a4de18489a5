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
