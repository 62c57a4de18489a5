"""The content history: every change is an entry with counts, and any entry's
content can be brought back."""

from __future__ import annotations

import pytest
from sqlalchemy import delete
from staff_tools import CLUSTER, content_of, history_of, retitled, snapshot, without

from kiosk.content.change.history import ChangeSummary, KindChanges, diff_content, same_content
from kiosk.content.change.importer import apply_content, restore_version
from kiosk.content.problems import ContentError
from kiosk.db.models import ContentSnapshot


def test_the_first_load_is_an_entry_with_every_record_added(db):
    (entry,) = history_of(db)
    assert entry.action == "load-default" and entry.actor == "system"
    assert entry.summary.totals() == KindChanges(added=33)
    assert entry.restorable


def test_diff_counts_added_changed_and_removed_per_kind(db):
    old = content_of(db)
    new = retitled(old, "cluster", CLUSTER, "en", "Other")
    new = without(new, "base", old.of("base")[0].slug)
    changes = diff_content(old, new)
    assert changes.kinds == {"cluster": KindChanges(changed=1), "base": KindChanges(removed=1)}
    assert diff_content(new, old).kinds == {"cluster": KindChanges(changed=1), "base": KindChanges(added=1)}
    assert same_content(old, old) and not same_content(old, new)


def test_a_summary_reads_back_as_it_was_stored():
    summary = ChangeSummary({"cluster": KindChanges(1, 2, 3)}, meta_changed=True, media=4)
    assert ChangeSummary.from_json(summary.to_json()) == summary
    assert str(summary) == "cluster: 1 added, 2 changed, 3 removed; content details changed; 4 media file(s) added or replaced"


def test_an_older_version_can_be_restored_and_later_ones_stay(db):
    original = content_of(db)
    v2 = apply_content(db, retitled(original, "cluster", CLUSTER, "en", "Second"), actor="editor", action="edit").version_id
    second = content_of(db)
    v3 = apply_content(db, retitled(second, "cluster", CLUSTER, "en", "Third"), actor="editor", action="edit").version_id
    assert {r.slug: r for r in content_of(db).of("cluster")}[CLUSTER].t("title", "en") == "Third"

    result = restore_version(db, v2, actor="admin")
    assert content_of(db) == second  # exactly, timestamps included
    assert result.changes.kinds == {"cluster": KindChanges(changed=1)} and result.backup
    entries = history_of(db)
    assert entries[0].action == f"restore-version-{v2}" and entries[0].actor == "admin"
    assert v3 in [e.id for e in entries]

    # The very first version is restorable too.
    first = entries[-1].id
    restore_version(db, first, actor="admin")
    assert content_of(db) == original


def test_a_version_without_a_snapshot_cannot_be_restored_and_nothing_changes(db):
    first = history_of(db)[-1].id
    with db.sessions.begin() as session:
        session.execute(delete(ContentSnapshot))
    before, entries = snapshot(db)
    assert not history_of(db)[0].restorable
    with pytest.raises(ContentError) as caught:
        restore_version(db, first, actor="admin")
    assert f"history version {first}" in str(caught.value) and "restore a backup instead" in str(caught.value)
    assert snapshot(db) == (before, entries)


def test_restoring_a_version_that_does_not_exist_is_named(db):
    with pytest.raises(ContentError) as caught:
        restore_version(db, 999, actor="admin")
    assert "no version 999" in str(caught.value)


def test_a_snapshot_is_the_content_pack_json_of_the_content(db):
    """The snapshot is written piece by piece; it must still be exactly the
    pack JSON (sorted keys), so its checksum and a restore read it back."""
    import hashlib
    import json
    import zlib

    from kiosk.content.formats.contentset_io import build_content_set

    content = retitled(content_of(db), "cluster", CLUSTER, "en", "Snapshot")
    result = apply_content(db, content, actor="editor", action="save")
    with db.sessions() as session:
        row = session.get(ContentSnapshot, result.version_id)
        raw = zlib.decompress(row.data)
    data = json.loads(raw)
    assert raw == json.dumps(data, ensure_ascii=False, sort_keys=True).encode("utf-8")
    assert hashlib.sha256(raw).hexdigest() == row.sha256
    assert same_content(build_content_set(data, data.pop("meta"), "snapshot: "), content)
