"""The history pane on its own (``history.HistoryPane``, no window): the
entries newest first, Restore only for an entry that can be restored, and a
restore that runs as a job and becomes a new entry."""

from __future__ import annotations

import pytest
from console_tools import ScriptedPrompts, click, history, record
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QVBoxLayout, QWidget

from kiosk.admin.console import operations
from kiosk.admin.console.history import HistoryPane
from kiosk.admin.console.jobbar import JobBar
from kiosk.admin.console.widgets import Banner
from kiosk.admin.console.working import WorkingCopy
from kiosk.content.change.importer import apply_content
from kiosk.content.formats.schema import Translation

CLUSTER = "smart-home-appliances-national-cluster"


def retitle(db, title: str) -> int:
    """Change a cluster's English title outside the pane, as an import would; the new entry's id."""
    content = operations.load(db).content
    records = dict(content.records)
    records["cluster"] = [
        r.model_copy(update={"text": {**r.text, "title": {**r.text["title"], "en": Translation(text=title, verified=True)}}})
        if r.slug == CLUSTER else r
        for r in records["cluster"]
    ]
    apply_content(db, content.model_copy(update={"records": records}), actor="someone", action="import-workbook")
    return history(db)[0].id


@pytest.fixture
def pane(qtbot, db):
    host = QWidget()
    banner = Banner()
    jobs = JobBar(banner, lambda problems: None, host)
    working = WorkingCopy(operations.load(db), host)
    pane = HistoryPane(db, "editor", working, ScriptedPrompts(), banner, jobs)
    layout = QVBoxLayout(host)
    layout.addWidget(banner)
    layout.addWidget(pane)
    qtbot.addWidget(host)
    host.show()
    qtbot.waitExposed(host)
    pane.retranslate()
    yield pane
    host.close()
    del host


def test_entries_are_listed_newest_first_with_who_and_what(db, pane):
    newest = retitle(db, "A new title")
    pane.refresh()
    cells, entry, _colour = pane.model.rows[0]
    assert entry.id == newest and cells[0] == str(newest) and cells[2] == "someone"
    assert [int(c[0]) for c, _e, _c in pane.model.rows] == sorted((e.id for _c, e, _x in pane.model.rows), reverse=True)


def test_restore_waits_for_a_selection_and_brings_back_the_entry(qtbot, db, pane):
    first = retitle(db, "First title")
    retitle(db, "Second title")
    pane.refresh()
    pane.view.setCurrentIndex(QModelIndex())
    pane.set_busy(False)
    assert not pane.restore_button.isEnabled()  # nothing selected
    row = next(i for i, (_c, e, _x) in enumerate(pane.model.rows) if e.id == first)
    pane.view.selectRow(row)
    pane.set_busy(False)
    assert pane.restore_button.isEnabled()
    pane.set_busy(True)
    assert not pane.restore_button.isEnabled()  # never while a job runs
    pane.set_busy(False)

    click(qtbot, pane.restore_button)
    qtbot.waitUntil(lambda: pane.jobs.job is None, timeout=60_000)
    assert pane.prompts.asked[-1][0] == "Restore version"
    assert record(db, "cluster", CLUSTER).t("title", "en") == "First title"
    assert pane.model.rows[0][1].action == f"restore-version-{first}"
    assert pane.banner.tone == "success" and f"Version {first} restored" in pane.banner.text.text()


def test_an_entry_shows_each_field_changed_before_and_after_and_opens_on_double_click(qtbot, db, pane):
    retitle(db, "Old words")
    newest = retitle(db, "New words")
    pane.refresh()
    cells, entry, _colour = pane.model.rows[0]
    assert entry.id == newest
    assert "(Title · English)" in cells[4] and "New words" in cells[4]  # the record and the field, by name
    assert entry.backup and not any(entry.backup in cell for row in pane.model.rows for cell in row[0])  # no backup file names

    pane.view.selectRow(0)
    details = pane.details.toPlainText()
    assert "Title · English: Old words → New words" in details

    index = pane.model.index(0, 1)
    where = pane.view.visualRect(index).center()
    qtbot.mouseClick(pane.view.viewport(), Qt.MouseButton.LeftButton, pos=where)
    qtbot.mouseDClick(pane.view.viewport(), Qt.MouseButton.LeftButton, pos=where)
    assert pane.prompts.asked[-1][0] == f"History entry #{newest}"
    assert "Title · English: Old words → New words" in plain(pane.prompts.details[-1])


def plain(html: str) -> str:
    """Rich text as a person reads it."""
    from PySide6.QtGui import QTextDocument

    document = QTextDocument()
    document.setHtml(html)
    return document.toPlainText()


def test_restore_shows_what_it_will_change_before_it_does(qtbot, db, pane):
    first = retitle(db, "Then")
    retitle(db, "Now")
    pane.refresh()
    pane.view.selectRow(next(i for i, (_c, e, _x) in enumerate(pane.model.rows) if e.id == first))
    pane.prompts.answers = [False]  # staff read what would change, and stay

    click(qtbot, pane.restore_button)

    assert pane.prompts.asked[-1][0] == "Restore version"
    assert "Title · English: Now → Then" in plain(pane.prompts.details[-1])
    assert pane.jobs.job is None and record(db, "cluster", CLUSTER).t("title", "en") == "Now"
