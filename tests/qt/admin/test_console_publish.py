"""Publish from the console: the saved content goes to the pack source as the next signed release."""

from __future__ import annotations

import json

from console_tools import wait_idle
from PySide6.QtCore import Qt

from kiosk.content.formats.signing import generate_keys
from kiosk.fleet.index import INDEX_NAME


def choose_publish(qtbot, console) -> None:
    """File › Publish to kiosks…, with the mouse."""
    menu = console.file_menu
    menu.popup(console.mapToGlobal(console.rect().topLeft()))
    qtbot.waitUntil(menu.isVisible)
    qtbot.mouseClick(menu, Qt.MouseButton.LeftButton, pos=menu.actionGeometry(console.publish_source_action).center())


def test_publish_asks_for_the_folder_and_the_key_and_says_what_kiosks_do(qtbot, console, tmp_path):
    keys = generate_keys(tmp_path / "keys")
    source = tmp_path / "source"
    source.mkdir()
    console.prompts.files += [source, keys.private_key]
    console.prompts.choices.append("sign")
    choose_publish(qtbot, console)
    wait_idle(qtbot, console)
    assert console.prompts.asked[0][0] == "Pack source folder (shared folder or web server folder)"
    assert console.banner.tone == "success"
    assert console.banner.text.text().startswith(f"Published release 1 to {source}. Kiosks that poll it show it")
    index = json.loads((source / INDEX_NAME).read_text())
    assert index["index"]["file"] == "content-r1.kioskpack" and index["signature"] is not None


def test_closing_the_folder_chooser_publishes_nothing(qtbot, console, tmp_path):
    choose_publish(qtbot, console)
    wait_idle(qtbot, console)
    assert console.prompts.asked == [("Pack source folder (shared folder or web server folder)", "")]
    assert console.job is None and not list(tmp_path.glob("**/latest.json"))
    assert not (console.banner.isVisible() and console.banner.tone == "success")
