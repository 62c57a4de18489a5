"""A staff member's day with the console, driven through its real widgets
(issue 17, "Done when"): edit a record in English, see it saved, see the
Chinese and Russian texts flagged, review and verify them, read the history
entries (before → after), export a content pack, and import it on a
kiosk (a second data folder, as the staff menu or `kiosk pack import` does).
"""

from __future__ import annotations

from datetime import date

from console_tools import click, history, record, replace_text, save, select, tool, wait_idle
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocument

from kiosk.content.change.prepare import prepare
from kiosk.content.change.transfers import import_pack
from kiosk.content.database import open_database
from kiosk.content.read.catalogue import Catalogue

CLUSTER = "smart-home-appliances-national-cluster"
NEW_TITLE = "Smart Home Appliances National Cluster of Jiaozhou"


def plain(html: str) -> str:
    document = QTextDocument()
    document.setHtml(html)
    return document.toPlainText()


def test_a_staff_members_day_from_an_edit_to_the_kiosk(qtbot, console, db, tmp_path):
    # 1. Edit a record in English.
    select(qtbot, console, "cluster", CLUSTER)
    old_title = record(db, "cluster", CLUSTER).t("title", "en")
    replace_text(qtbot, console.editor.cells[("title", "en")].edit, NEW_TITLE)
    assert console.windowTitle().endswith("*")

    # 2. See it saved, and where it is: on this PC, not yet on any kiosk.
    save(qtbot, console)
    assert record(db, "cluster", CLUSTER).t("title", "en") == NEW_TITLE
    banner = console.banner.text.text()
    assert "Saved on this PC" in banner and "export a content pack" in banner and "import it there" in banner
    assert console.status_text.text() == "All edits are saved."

    # 3. See the Chinese and Russian titles flagged "needs review" beside their
    #    fields; a translator finds them in the "Unverified and stale" view,
    #    checks them against the new English and marks them verified.
    assert console.editor.record.slug == CLUSTER
    for lang in ("zh-Hans", "ru"):
        cell = console.editor.cells[("title", lang)]
        assert cell.badge.isVisible() and not cell.verified.isChecked()
    assert record(db, "cluster", CLUSTER).text["title"]["ru"].stale  # saved so: a pack carries it too
    bar = console.main_tabs.tabBar()
    assert console.main_tabs.tabText(1) == "Unverified and stale (2)"
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(1).center())
    review = console.review
    click(qtbot, review.stale_only)
    table = review.table
    assert sorted(table.item(row, 3).text() for row in range(table.rowCount())) == ["Русский", "中文"]
    assert all(table.item(row, 5).text() == f"English: {NEW_TITLE}" for row in range(table.rowCount()))
    click(qtbot, review.select_all)
    click(qtbot, review.verify_button)
    assert table.rowCount() == 0 and console.main_tabs.tabText(1) == "Unverified and stale"
    save(qtbot, console)
    titles = record(db, "cluster", CLUSTER).text["title"]
    assert all(titles[lang].verified and not titles[lang].stale for lang in ("zh-Hans", "ru"))
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(0).center())

    # 4. Read the history entries: who, what, and the field before → after.
    tabs = console.tabs
    qtbot.mouseClick(tabs.tabBar(), Qt.MouseButton.LeftButton, pos=tabs.tabBar().tabRect(1).center())
    assert tabs.currentWidget() is console.history
    newest, edit = history(db)[:2]
    verified = console.history.model.rows[0][0]
    assert verified[0] == str(newest.id) and "Title · 中文" in verified[4]
    cells = console.history.model.rows[1][0]
    assert cells[0] == str(edit.id) and cells[2] == "editor"
    assert NEW_TITLE in cells[4] and "Title · English" in cells[4]
    view = console.history.view
    where = view.visualRect(console.history.model.index(1, 1)).center()
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=where)
    assert f"Title · English: {old_title} → {NEW_TITLE}" in console.history.details.toPlainText()
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=where)
    assert console.prompts.asked[-1][0] == f"History entry #{edit.id}"
    assert f"{old_title} → {NEW_TITLE}" in plain(console.prompts.details[-1])

    # 5. Export a content pack (unsigned), under the name the console offers.
    target = tmp_path / "stick" / "content.kioskpack"
    target.parent.mkdir()
    console.prompts.files.append(target)
    console.prompts.choices.append("unsigned")
    click(qtbot, tool(console, console.export_pack_action))
    wait_idle(qtbot, console)
    assert target.is_file(), console.banner.text.text()
    version = newest.content_version
    assert console.prompts.suggested[-1] == f"kiosk-content-v{version}.kioskpack"
    assert version.startswith(date.today().isoformat())

    # 6. Import it on a kiosk: its own data folder, the default content until now.
    kiosk_db = open_database(None, tmp_path / "kiosk")
    try:
        prepare(kiosk_db)
        catalogue = Catalogue(kiosk_db.engine)
        assert catalogue.detail("cluster", CLUSTER, "en").card.title.text == old_title
        result = import_pack(kiosk_db, target, actor="kiosk-staff")
        assert result.changed and result.content_version == version
        assert catalogue.detail("cluster", CLUSTER, "en").card.title.text == NEW_TITLE
        assert catalogue.content_info()["content_version"] == version
    finally:
        kiosk_db.close()
