"""History in the console: every save is an entry; any earlier one can be
restored; a change made elsewhere meanwhile is not overwritten unasked."""

from __future__ import annotations

from console_tools import click, content, history, record, replace_text, save, select, tool, wait_idle

from kiosk.content.change.importer import apply_content

CLUSTER = "smart-home-appliances-national-cluster"


def _retitle(qtbot, console, text: str) -> None:
    select(qtbot, console, "cluster", CLUSTER)
    replace_text(qtbot, console.editor.cells[("title", "en")].edit, text)
    save(qtbot, console)


def _select_entry(console, version_id: int) -> None:
    row = next(i for i, (_cells, entry, _c) in enumerate(console.history.model.rows) if entry.id == version_id)
    console.history.view.selectRow(row)


def test_restoring_an_earlier_version_brings_back_its_title(qtbot, console, db):
    _retitle(qtbot, console, "First title")
    first = history(db)[0].id
    _retitle(qtbot, console, "Second title")
    assert record(db, "cluster", CLUSTER).t("title", "en") == "Second title"

    console.tabs.setCurrentIndex(1)
    _select_entry(console, first)
    click(qtbot, console.history.restore_button)
    wait_idle(qtbot, console)

    assert console.prompts.asked[-1][0] == "Restore version" and f"#{first}" in console.prompts.asked[-1][1]
    assert record(db, "cluster", CLUSTER).t("title", "en") == "First title"
    newest = history(db)[0]
    assert newest.action == f"restore-version-{first}" and newest.actor == "editor"
    assert console.editor.cells[("title", "en")].edit.toPlainText() == "First title"
    assert console.history.model.rows[0][0][3] == f"Version {first} restored"


def test_a_restore_not_confirmed_changes_nothing(qtbot, console, db):
    _retitle(qtbot, console, "First title")
    first = history(db)[0].id
    _retitle(qtbot, console, "Second title")
    before = len(history(db))
    console.tabs.setCurrentIndex(1)
    _select_entry(console, first)
    console.prompts.answers.append(False)
    click(qtbot, console.history.restore_button)
    assert console.job is None and len(history(db)) == before
    assert record(db, "cluster", CLUSTER).t("title", "en") == "Second title"


def test_a_change_made_elsewhere_to_another_record_is_kept_by_a_save(qtbot, console, db):
    select(qtbot, console, "cluster", CLUSTER)
    replace_text(qtbot, console.editor.cells[("title", "en")].edit, "Edited in the console")
    # Meanwhile an import from the command line changes another record.
    other = content(db)
    changed = [r.model_copy(update={"sort_order": 999}) if r.slug == "spices-cluster" else r for r in other.of("cluster")]
    apply_content(db, other.model_copy(update={"records": {**other.records, "cluster": changed}}), actor="it", action="import-pack")

    click(qtbot, tool(console, console.save_action))
    qtbot.waitUntil(lambda: console.job is None and not console.working.is_dirty(), timeout=30_000)
    assert console.prompts.asked == []  # nothing to ask: nobody else touched this record
    assert record(db, "cluster", CLUSTER).t("title", "en") == "Edited in the console"
    assert next(r for r in content(db).of("cluster") if r.slug == "spices-cluster").sort_order == 999
    assert history(db)[0].action == "console-save"


def test_a_record_changed_elsewhere_is_not_overwritten_and_can_be_compared_or_reloaded(qtbot, console, db):
    select(qtbot, console, "cluster", CLUSTER)
    replace_text(qtbot, console.editor.cells[("title", "en")].edit, "Edited in the console")
    # Meanwhile an import from the command line changes the same record.
    other = content(db)
    changed = [_retitled(r, "Changed from the command line") if r.slug == CLUSTER else r for r in other.of("cluster")]
    apply_content(db, other.model_copy(update={"records": {**other.records, "cluster": changed}}), actor="it", action="import-pack")
    before = len(history(db))

    console.prompts.choices.append("compare")
    click(qtbot, tool(console, console.save_action))
    wait_idle(qtbot, console)
    title, text = console.prompts.asked[-2]
    assert "Not saved" in text and CLUSTER in text and "it" in text and "version 1, it is now version 2" in text
    assert "Changed from the command line" in console.prompts.details[-1] and "Edited in the console" in console.prompts.details[-1]
    assert len(history(db)) == before and console.working.is_dirty()
    assert record(db, "cluster", CLUSTER).t("title", "en") == "Changed from the command line"
    assert console.banner.tone == "warning"

    console.prompts.choices.append("reload")
    click(qtbot, tool(console, console.save_action))
    wait_idle(qtbot, console)
    assert not console.working.is_dirty() and len(history(db)) == before
    select(qtbot, console, "cluster", CLUSTER)
    assert console.editor.cells[("title", "en")].edit.toPlainText() == "Changed from the command line"


def _retitled(r, title: str):
    texts = {**r.text, "title": {**r.text["title"], "en": r.text["title"]["en"].model_copy(update={"text": title})}}
    return r.model_copy(update={"text": texts})


def test_revert_drops_every_unsaved_edit_and_undo_brings_them_back(qtbot, console, db):
    select(qtbot, console, "cluster", CLUSTER)
    original = console.editor.cells[("title", "en")].edit.toPlainText()
    replace_text(qtbot, console.editor.cells[("title", "en")].edit, "Scratch")
    click(qtbot, console.records.buttons["publish"])
    click(qtbot, tool(console, console.revert_action))
    assert not console.working.is_dirty()
    assert console.editor.cells[("title", "en")].edit.toPlainText() == original
    click(qtbot, tool(console, console.undo_action))
    assert console.editor.cells[("title", "en")].edit.toPlainText() == "Scratch"


def test_closing_with_unsaved_edits_asks_first(qtbot, console, db):
    select(qtbot, console, "cluster", CLUSTER)
    replace_text(qtbot, console.editor.cells[("title", "en")].edit, "Not yet saved")
    console.prompts.unsaved_answer = "cancel"
    console.close()
    assert console.isVisible() and console.prompts.asked[-1][0] == "unsaved"

    console.prompts.unsaved_answer = "save"
    console.close()
    qtbot.waitUntil(lambda: not console.isVisible(), timeout=30_000)
    assert record(db, "cluster", CLUSTER).t("title", "en") == "Not yet saved"
