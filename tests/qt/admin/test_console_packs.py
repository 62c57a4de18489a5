"""Exporting a content pack from the console, through its real dialogs: the
signing question offers "Sign with key…", "Export unsigned" and "Cancel",
and Cancel writes nothing; when this kiosk refuses unsigned packs, the
console says so before it writes one."""

from __future__ import annotations

from console_tools import answer_dialogs, click, tool, wait_idle

from kiosk.content.change.settings import Settings


def export(qtbot, console, target, *buttons: str) -> list[str]:
    console.prompts.files.append(target)
    texts = answer_dialogs(*buttons)
    click(qtbot, tool(console, console.export_pack_action))
    qtbot.waitUntil(lambda: len(texts) >= len(buttons), timeout=30_000)
    wait_idle(qtbot, console)
    return texts


def test_cancel_in_the_signing_question_writes_no_pack(qtbot, console_with_dialogs, tmp_path):
    console = console_with_dialogs
    target = tmp_path / "content.kioskpack"
    texts = export(qtbot, console, target, "Cancel")
    assert "Sign" in texts[0]
    assert not target.exists(), "Cancel wrote a pack"
    assert console.job is None and not (console.banner.isVisible() and console.banner.tone == "success")


def test_export_unsigned_writes_an_unsigned_pack(qtbot, console_with_dialogs, tmp_path):
    console = console_with_dialogs
    target = tmp_path / "content.kioskpack"
    export(qtbot, console, target, "Export unsigned")
    assert target.is_file()
    assert console.banner.tone == "success" and "unsigned" in console.banner.text.text()


def test_a_kiosk_that_refuses_unsigned_packs_is_named_before_one_is_written(qtbot, console_with_dialogs, db, tmp_path):
    console = console_with_dialogs
    Settings(db.engine).set("packs.allow_unsigned", False)
    target = tmp_path / "content.kioskpack"

    texts = export(qtbot, console, target, "Export unsigned", "Cancel")
    assert "packs.allow_unsigned" in texts[1] and "only signed packs" in texts[1]
    assert not target.exists()

    texts = export(qtbot, console, target, "Export unsigned", "Export unsigned")
    assert "only signed packs" in texts[1]
    assert target.is_file() and "unsigned" in console.banner.text.text()


def test_choosing_no_key_file_writes_no_pack(qtbot, console_with_dialogs, tmp_path):
    console = console_with_dialogs
    target = tmp_path / "content.kioskpack"
    console.prompts.files.append(target)
    console.prompts.files.append(None)  # the key file chooser, closed without a file
    texts = answer_dialogs("Sign with key…")
    click(qtbot, tool(console, console.export_pack_action))
    qtbot.waitUntil(lambda: len(texts) >= 1, timeout=30_000)
    wait_idle(qtbot, console)
    assert not target.exists()
    assert console.prompts.asked[-1][0] == "Private key"
