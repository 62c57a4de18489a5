"""The one import service: a backup first, one transaction, a history entry;
identical content changes nothing; a cancel or a failure changes nothing."""

from __future__ import annotations

import sqlite3
from datetime import datetime, timezone

import pytest
from staff_tools import CLUSTER, content_of, edited, history_of, retitled, snapshot, without

from kiosk.content.change import importer
from kiosk.content.backups import list_backups
from kiosk.content.change.history import KindChanges, same_content
from kiosk.content.change.importer import apply_content, restore_backup
from kiosk.content.problems import ContentError
from kiosk.content.progress import Cancelled, CancelToken


def test_identical_content_changes_nothing_and_says_so(db):
    before, entries = snapshot(db)
    result = apply_content(db, before, actor="editor", action="import-test")
    assert not result.changed and result.backup is None
    assert content_of(db) == before  # every updated_at included
    assert list_backups(db.backups_dir) == []
    newest = history_of(db)[0]
    assert len(history_of(db)) == entries + 1
    assert newest.id == result.version_id and str(newest.summary) == "nothing changed"
    assert newest.actor == "editor" and newest.action == "import-test"


def test_a_change_is_counted_per_kind_backed_up_and_stamped(db):
    before = content_of(db)
    changed = retitled(before, "cluster", CLUSTER, "ru", "Новое название")
    changed = without(changed, "platform", changed.of("platform")[0].slug)
    now = datetime(2030, 1, 2, 3, 4, 5, tzinfo=timezone.utc)
    result = apply_content(db, changed, actor="editor", action="import-test", now=now)

    assert result.changes.kinds == {"cluster": KindChanges(changed=1), "platform": KindChanges(removed=1)}
    after = content_of(db)
    by_slug = {r.slug: r for r in after.of("cluster")}
    assert by_slug[CLUSTER].t("title", "ru") == "Новое название"
    # The edited record is stamped now; every other record keeps its time.
    assert by_slug[CLUSTER].updated_at.replace(tzinfo=timezone.utc) == now
    old_times = {r.slug: r.updated_at for r in before.of("cluster")}
    assert all(r.updated_at == old_times[r.slug] for r in after.of("cluster") if r.slug != CLUSTER)
    assert len(after.of("platform")) == len(before.of("platform")) - 1

    # The backup taken first holds the content as it was.
    (backup,) = list_backups(db.backups_dir)
    assert backup.id == result.backup and "before-import-test" in backup.id
    con = sqlite3.connect(backup.path)
    assert con.execute("SELECT count(*) FROM records WHERE kind = 'platform'").fetchone()[0] == len(before.of("platform"))
    con.close()
    entry = history_of(db)[0]
    assert entry.backup == result.backup and entry.restorable
    assert "cluster: 1 changed" in str(entry.summary) and "platform: 1 removed" in str(entry.summary)


@pytest.mark.parametrize(
    "phase",
    ["comparing with the current content", "backing up the database", "writing content",
     "recording the change in the history", "committing"],
)
def test_a_cancel_before_the_commit_changes_nothing(db, phase):
    before, entries = snapshot(db)
    changed = retitled(before, "cluster", CLUSTER, "en", "A new title")
    seen = []

    def cancel_at(done, total, message):
        seen.append(message)
        return message != phase

    with pytest.raises(Cancelled):
        apply_content(db, changed, actor="editor", action="import-test", progress=cancel_at)
    assert phase in seen
    assert snapshot(db) == (before, entries)
    assert not list(db.backups_dir.glob("*.partial"))


def test_a_cancel_after_the_commit_is_too_late_and_the_import_completes(db):
    before = content_of(db)
    changed = retitled(before, "cluster", CLUSTER, "en", "A new title")
    result = apply_content(db, changed, actor="editor", action="import-test",
                           progress=lambda d, t, m: m not in ("committed", "done"))
    assert result.changed
    assert {r.slug: r for r in content_of(db).of("cluster")}[CLUSTER].t("title", "en") == "A new title"


def test_a_failure_inside_the_transaction_leaves_the_old_content(db, monkeypatch):
    before, entries = snapshot(db)

    def broken(*args, **kwargs):
        raise RuntimeError("disk full")

    monkeypatch.setattr(importer, "record_version", broken)
    with pytest.raises(RuntimeError):
        apply_content(db, retitled(before, "cluster", CLUSTER, "en", "X"), actor="editor", action="import-test")
    assert snapshot(db) == (before, entries)


def test_media_named_by_a_record_must_exist(db, tmp_path):
    before, entries = snapshot(db)
    with_media = edited(before, "cluster", CLUSTER, media="clusters/appliances.jpg")
    with pytest.raises(ContentError) as caught:
        apply_content(db, with_media, actor="editor", action="import-test")
    message = str(caught.value)
    assert "clusters.json" in message and CLUSTER in message and "field media" in message
    assert "clusters/appliances.jpg" in message
    assert snapshot(db) == (before, entries)


def test_media_are_installed_after_the_commit_and_not_on_cancel(db, tmp_path):
    image = tmp_path / "incoming.jpg"
    image.write_bytes(b"\xff\xd8 a jpeg")
    target = db.data_dir / "media" / "clusters" / "appliances.jpg"
    with_media = edited(content_of(db), "cluster", CLUSTER, media="clusters/appliances.jpg")

    with pytest.raises(Cancelled):
        apply_content(db, with_media, actor="editor", action="import-test",
                      media={"clusters/appliances.jpg": image}, progress=lambda d, t, m: m != "committing")
    assert not target.exists()

    result = apply_content(db, with_media, actor="editor", action="import-test", media={"clusters/appliances.jpg": image})
    assert target.read_bytes() == b"\xff\xd8 a jpeg"
    assert result.changes.media == 1 and result.changes.kinds == {"cluster": KindChanges(changed=1)}


def test_the_staff_role_is_required(db):
    before, entries = snapshot(db)
    with pytest.raises(ContentError) as caught:
        apply_content(db, before, actor=" ", action="import-test")
    assert "staff role" in str(caught.value)
    assert snapshot(db) == (before, entries)


def test_restoring_a_backup_brings_back_the_content_and_backs_up_first(db):
    before = content_of(db)
    result = apply_content(db, without(before, "statement", before.of("statement")[0].slug), actor="editor", action="import-test")
    assert content_of(db).of("statement") == []

    restored = restore_backup(db, result.backup, actor="admin")
    assert content_of(db) == before
    assert restored.changes.kinds == {"statement": KindChanges(added=1)}
    # The database as it was before the restore is kept too.
    ids = [b.id for b in list_backups(db.backups_dir)]
    assert restored.backup in ids and result.backup in ids and "before-restore" in restored.backup
    assert history_of(db)[0].action == "restore-backup" and history_of(db)[0].actor == "admin"


def test_restoring_an_unknown_backup_changes_nothing(db):
    before, entries = snapshot(db)
    from kiosk.content.backups import BackupError

    with pytest.raises(BackupError):
        restore_backup(db, "kiosk-20990101T000000000000Z-nothing.sqlite3", actor="admin")
    assert snapshot(db) == (before, entries)


def test_a_cancel_token_stops_an_import_from_another_thread(db):
    """How the Qt UIs drive it: the import runs on a worker, the Cancel button
    calls token.cancel() on the GUI thread."""
    import threading

    before, entries = snapshot(db)
    reports = []

    def on_progress(done, total, message):
        reports.append(message)
        if message == "writing content":
            button = threading.Thread(target=token.cancel)
            button.start()
            button.join()

    token = CancelToken(on_progress)
    worker_error = []

    def work():
        try:
            apply_content(db, retitled(before, "cluster", CLUSTER, "en", "X"), actor="editor", action="import-test", progress=token)
        except Cancelled as exc:
            worker_error.append(exc)

    worker = threading.Thread(target=work)
    worker.start()
    worker.join(timeout=60)
    assert worker_error and token.cancelled
    assert "writing content" in reports and "committed" not in reports
    assert snapshot(db) == (before, entries)


def test_restoring_a_backup_from_an_older_schema_upgrades_it(db, tmp_path):
    from kiosk.content.backups import create_backup
    from kiosk.content.database import open_database
    from kiosk.content.change.store import replace_content
    from kiosk.db.migrate import current_revision, head_revision, upgrade

    from alembic import command

    from kiosk.db.migrate import alembic_config

    # A database as a kiosk on schema 0002 left it: written, then taken back down to 0002.
    old_db = open_database(None, tmp_path / "old-kiosk")
    upgrade(old_db.engine)
    smaller = without(content_of(db), "statement", content_of(db).of("statement")[0].slug)
    with old_db.sessions.begin() as session:
        replace_content(session, smaller)
    command.downgrade(alembic_config(old_db.engine), "0002")
    assert current_revision(old_db.engine) == "0002"
    old_db.close()
    backup = create_backup(old_db.sqlite_file, db.backups_dir, "from-0002")

    result = restore_backup(db, backup.id, actor="admin")
    assert current_revision(db.engine) == head_revision()
    assert same_content(content_of(db), smaller)
    assert result.changes.kinds == {"statement": KindChanges(removed=1)}
    assert history_of(db)[0].action == "restore-backup" and history_of(db)[0].restorable
