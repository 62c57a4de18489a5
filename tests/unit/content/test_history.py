"""The content history: every change is an entry with counts, and any entry's
content can be brought back."""

from __future__ import annotations

import pytest
from sqlalchemy import delete
from staff_tools import CLUSTER, content_of, edited, history_of, retitled, snapshot, without

from kiosk.content.change.history import (
    ChangeSummary,
    FieldChange,
    KindChanges,
    changes_between,
    diff_content,
    restore_changes,
    same_content,
    version_changes,
)
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


def test_changes_name_each_record_and_field_with_before_and_after(db):
    old = content_of(db)
    cluster = next(r for r in old.of("cluster") if r.slug == CLUSTER)
    base = old.of("base")[0]
    new = retitled(old, "cluster", CLUSTER, "ru", "Новое название")
    new = edited(new, "cluster", CLUSTER, sector="steel" if cluster.sector != "steel" else "food")
    new = without(new, "base", base.slug)

    changes = changes_between(old, new)
    assert [(c.kind, c.slug, c.change) for c in changes] == [("cluster", CLUSTER, "changed"), ("base", base.slug, "removed")]
    fields = {f.field: f for f in changes[0].fields}
    assert set(fields) == {"sector", "text.title.ru"}
    assert fields["text.title.ru"] == FieldChange("text.title.ru", cluster.t("title", "ru"), "Новое название")
    assert fields["sector"].before == cluster.sector
    assert changes[0].title("ru") == "Новое название" and changes[0].title("en") == cluster.t("title", "en")
    assert changes[1].title("en") == base.t("title", "en")  # a removed record is named as it was


def test_a_tick_alone_is_a_change_of_its_own_field(db):
    old = content_of(db)
    record = next(r for r in old.of("cluster") if r.slug == CLUSTER)
    text = dict(record.text)
    title_zh = text["title"]["zh-Hans"]
    text["title"] = {**text["title"], "zh-Hans": title_zh.model_copy(update={"verified": not title_zh.verified})}
    (change,) = changes_between(old, edited(old, "cluster", CLUSTER, text=text))
    assert change.fields == (FieldChange("text.title.zh-Hans.verified", title_zh.verified, not title_zh.verified),)


def test_each_history_entry_tells_what_it_changed_against_the_entry_before(db):
    first = history_of(db)[-1].id
    added = version_changes_of(db, first)
    assert len(added) == 33 and {c.change for c in added} == {"added"}

    original = content_of(db)
    v2 = apply_content(db, retitled(original, "cluster", CLUSTER, "en", "Second"), actor="editor", action="edit").version_id
    (change,) = version_changes_of(db, v2)
    assert change.slug == CLUSTER
    assert change.fields == (FieldChange("text.title.en", next(r for r in original.of("cluster") if r.slug == CLUSTER).t("title", "en"), "Second"),)


def test_restore_says_beforehand_what_it_will_change_and_changes_nothing(db):
    original = content_of(db)
    apply_content(db, retitled(original, "cluster", CLUSTER, "en", "Second"), actor="editor", action="edit")
    first = history_of(db)[-1].id
    before = snapshot(db)
    with db.sessions() as session:
        (change,) = restore_changes(session, first)
    assert change.fields[0].before == "Second" and change.fields[0].field == "text.title.en"
    assert snapshot(db) == before


def test_an_entry_without_snapshots_has_only_its_counts(db):
    first = history_of(db)[-1].id
    with db.sessions.begin() as session:
        session.execute(delete(ContentSnapshot))
    assert version_changes_of(db, first) is None


def version_changes_of(db, version_id):
    with db.sessions() as session:
        return version_changes(session, version_id)
