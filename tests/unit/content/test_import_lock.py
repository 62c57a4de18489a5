"""An import that finds another one running waits, says so, and is refused
(or cancelled) with nothing changed; real concurrent processes are in
tests/e2e/test_concurrent_imports.py."""

from __future__ import annotations

import threading

import pytest

from kiosk.content.backups import list_backups
from kiosk.content.change.history import list_versions
from kiosk.content.change.importer import apply_content, current_content, restore_backup, take_backup
from kiosk.content.change.lock import WAITING, ImportBusy, import_lock
from kiosk.content.progress import Cancelled


def changed(content):
    return content.model_copy(update={"meta": content.meta.model_copy(update={"content_version": "other"})})


def history(db):
    with db.sessions() as session:
        return [(v.id, v.action) for v in list_versions(session)]


def test_an_import_waits_then_is_refused_while_another_holds_the_lock(db):
    content = current_content(db)
    before, backups_before = history(db), list_backups(db.backups_dir)
    seen = []
    with import_lock(db.data_dir, "import-pack"):
        with pytest.raises(ImportBusy) as caught:
            apply_content(db, changed(content), actor="editor", action="import-workbook", wait_s=1.2,
                          progress=lambda d, t, m: seen.append(m))
    assert WAITING in seen
    assert "another import (import-pack, process" in str(caught.value)
    assert "nothing was changed" in str(caught.value)
    assert history(db) == before
    assert list_backups(db.backups_dir) == backups_before
    assert current_content(db) == content


def test_a_waiting_import_can_be_cancelled(db):
    content = current_content(db)
    before = history(db)
    with import_lock(db.data_dir, "import-pack"):
        with pytest.raises(Cancelled):
            apply_content(db, changed(content), actor="editor", action="import-workbook",
                          progress=lambda d, t, m: m != WAITING)
    assert history(db) == before


def test_the_waiting_import_goes_on_once_the_lock_is_free(db):
    content = current_content(db)
    holding, release = threading.Event(), threading.Event()

    def hold():
        with import_lock(db.data_dir, "console save"):
            holding.set()
            release.wait(30)

    holder = threading.Thread(target=hold)
    holder.start()
    assert holding.wait(30)
    seen = []

    def progress(done, total, message):
        seen.append(message)
        if message == WAITING:
            release.set()

    result = apply_content(db, changed(content), actor="editor", action="import-workbook", progress=progress)
    holder.join(30)
    assert WAITING in seen
    assert result.changed and history(db)[0] == (result.version_id, "import-workbook")


def test_a_backup_restore_waits_for_the_lock_too(db):
    made = take_backup(db, "manual")
    assert made is not None
    before = history(db)
    with import_lock(db.data_dir, "import-pack"):
        with pytest.raises(ImportBusy):
            restore_backup(db, made.id, actor="editor", wait_s=0.5)
    assert history(db) == before
