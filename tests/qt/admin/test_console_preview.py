"""Preview: the visitor screens open on the record, with its unsaved edits,
even before it is published; the kiosk's database is not touched."""

from __future__ import annotations

from console_tools import click, content, record, replace_text, select, tool, wait_idle

CLUSTER = "smart-home-appliances-national-cluster"


def test_preview_shows_the_unsaved_record_on_its_visitor_page(qtbot, console, db):
    select(qtbot, console, "cluster", CLUSTER)
    replace_text(qtbot, console.editor.cells[("title", "en")].edit, "Preview title")
    click(qtbot, console.records.buttons["publish"])  # unpublished: visitors would not see it
    before = content(db)

    click(qtbot, tool(console, console.preview_action))
    wait_idle(qtbot, console)
    preview = console.preview
    assert preview is not None, console.banner.text.text()
    qtbot.waitUntil(lambda: preview.current_page == f"detail-cluster-{CLUSTER}", timeout=20_000)
    assert preview.ui.window.isVisible()
    page = preview.ui.catalogue.detail("cluster", CLUSTER, "en")
    assert page is not None and page.card.title.text == "Preview title"
    assert content(db) == before  # the kiosk's own content is as it was
    assert record(db, "cluster", CLUSTER).published is True
    folder = preview.built.folder
    assert folder.is_dir()

    # A visitor language chosen in the preview is the preview's own: the console stays in English.
    preview.ui.app_state.set_language("ru")
    qtbot.waitUntil(lambda: preview.ui.app_state.language == "ru", timeout=10_000)
    assert preview.ui.catalogue is not None
    assert tool(console, console.save_action).text() == "Save"

    console.close_preview()
    assert console.preview is None
    qtbot.waitUntil(lambda: not folder.exists(), timeout=20_000)
    console.language_actions["ru"].trigger()
    assert tool(console, console.save_action).text() == "Сохранить"


def test_preview_of_a_record_with_broken_fields_says_what_to_fix(qtbot, console):
    select(qtbot, console, "cluster", CLUSTER)
    qtbot.keyClicks(console.editor.fields["web_url"].widget, "not an address")
    click(qtbot, tool(console, console.preview_action))
    assert console.job is None and console.preview is None
    assert console.banner.tone == "error" and "Web address" in console.banner.text.text()
