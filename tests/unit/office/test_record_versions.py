"""Two staff members at once: each record carries a version, and a save made
against an older version of a record is refused, never silently overwriting.
Each test runs on a SQLite file and on a real PostgreSQL, with two programs
(two engines, two data folders) on the one database."""

from __future__ import annotations

import threading

import pytest
from tests.unit.office.conftest import second_session

from kiosk.content.change.importer import save_records
from kiosk.content.change.store import read_content
from kiosk.content.change.versions import RecordEdits, RecordsChanged, read_stamps
from kiosk.content.problems import ContentError

SLUG = "haier-group"


def _opened(db):
    """What a console holds after opening: the content and each record's version."""
    with db.sessions() as session:
        return read_content(session), {k: s.version for k, s in read_stamps(session).items()}


def _retitled(content, kind, slug, title):
    r = next(x for x in content.of(kind) if x.slug == slug)
    texts = {**r.text, "title": {**r.text["title"], "en": r.text["title"]["en"].model_copy(update={"text": title})}}
    return r.model_copy(update={"text": texts})


def _edit(opened, kind, slug, title) -> RecordEdits:
    content, versions = opened
    return RecordEdits(put=[(kind, _retitled(content, kind, slug, title))], expected={(kind, slug): versions[(kind, slug)]})


def _title(db, kind, slug):
    with db.sessions() as session:
        return next(r for r in read_content(session).of(kind) if r.slug == slug).text["title"]["en"].text


def test_a_save_against_an_older_version_is_refused_naming_the_record_and_who(office, data_dir):
    other = second_session(office, data_dir)
    mine, theirs = _opened(office), _opened(other)
    save_records(other, _edit(theirs, "manufacturer", SLUG, "Haier (their edit)"), actor="anna", action="console-save")

    with pytest.raises(RecordsChanged) as refused:
        save_records(office, _edit(mine, "manufacturer", SLUG, "Haier (my edit)"), actor="boris", action="console-save")
    message = str(refused.value)
    assert f"manufacturer {SLUG!r} was changed by anna" in message and "version 1, it is now version 2" in message
    assert "nothing was written" in message
    assert _title(office, "manufacturer", SLUG) == "Haier (their edit)"
    with office.sessions() as session:
        stamp = read_stamps(session)[("manufacturer", SLUG)]
    assert (stamp.version, stamp.by) == (2, "anna")
    other.close()


def test_edits_of_different_records_are_both_kept(office, data_dir):
    other = second_session(office, data_dir)
    mine, theirs = _opened(office), _opened(other)
    save_records(other, _edit(theirs, "manufacturer", SLUG, "Haier (their edit)"), actor="anna", action="console-save")
    save_records(office, _edit(mine, "cluster", "spices-cluster", "Spices (my edit)"), actor="boris", action="console-save")
    assert _title(office, "manufacturer", SLUG) == "Haier (their edit)"
    assert _title(office, "cluster", "spices-cluster") == "Spices (my edit)"
    with office.sessions() as session:
        stamps = read_stamps(session)
    assert stamps[("cluster", "spices-cluster")].version == 2 and stamps[("manufacturer", SLUG)].version == 2
    assert stamps[("zone", next(iter(k[1] for k in stamps if k[0] == "zone")))].version == 1  # untouched
    other.close()


def test_two_saves_of_one_record_at_the_same_moment_one_wins_one_is_refused(office, data_dir):
    other = second_session(office, data_dir)
    programs = [(office, _opened(office), "boris"), (other, _opened(other), "anna")]
    start = threading.Barrier(2)
    outcomes: dict[str, str] = {}

    def run(db, opened, actor):
        start.wait()
        try:
            save_records(db, _edit(opened, "manufacturer", SLUG, f"Haier by {actor}"), actor=actor, action="console-save")
            outcomes[actor] = "saved"
        except RecordsChanged:
            outcomes[actor] = "refused"

    threads = [threading.Thread(target=run, args=p) for p in programs]
    for t in threads:
        t.start()
    for t in threads:
        t.join(120)
    assert sorted(outcomes.values()) == ["refused", "saved"]
    winner = next(a for a, o in outcomes.items() if o == "saved")
    assert _title(office, "manufacturer", SLUG) == f"Haier by {winner}"
    other.close()


def test_a_new_record_is_saved_and_a_removed_one_refuses_a_later_edit(office, data_dir):
    other = second_session(office, data_dir)
    mine, theirs = _opened(office), _opened(other)
    content = mine[0]
    new = next(r for r in content.of("manufacturer") if r.slug == SLUG).model_copy(update={"slug": "new-maker"})
    save_records(office, RecordEdits(put=[("manufacturer", new)], expected={("manufacturer", "new-maker"): None}),
                 actor="boris", action="console-save")
    assert _title(office, "manufacturer", "new-maker") == _title(office, "manufacturer", SLUG)
    # A second new record with the same slug from the other program: someone added it meanwhile.
    with pytest.raises(RecordsChanged, match="was added by boris"):
        save_records(other, RecordEdits(put=[("manufacturer", new)], expected={("manufacturer", "new-maker"): None}),
                     actor="anna", action="console-save")
    save_records(office, RecordEdits(removed=[("manufacturer", "new-maker")], expected={("manufacturer", "new-maker"): 1}),
                 actor="boris", action="console-save")
    with pytest.raises(RecordsChanged, match="was removed"):
        save_records(other, RecordEdits(put=[("manufacturer", new)], expected={("manufacturer", "new-maker"): 1}),
                     actor="anna", action="console-save")
    other.close()


def test_a_save_that_no_longer_holds_together_is_refused_with_nothing_written(office, data_dir):
    other = second_session(office, data_dir)
    mine, theirs = _opened(office), _opened(other)
    # They remove a manufacturer; my edit of a base names it.
    base = next(r for r in mine[0].of("base") if getattr(r, "manufacturer", None))
    maker = base.manufacturer
    linked = [c for c in theirs[0].of("cluster") if maker in c.manufacturers]
    tied = [b for b in theirs[0].of("base") if b.manufacturer == maker]
    edits = RecordEdits(
        put=[("cluster", c.model_copy(update={"manufacturers": [m for m in c.manufacturers if m != maker]})) for c in linked]
        + [("base", b.model_copy(update={"manufacturer": None})) for b in tied],
        removed=[("manufacturer", maker)],
        expected={("manufacturer", maker): 1, **{("cluster", c.slug): 1 for c in linked}, **{("base", b.slug): 1 for b in tied}},
    )
    save_records(other, edits, actor="anna", action="console-save")
    mine_edit = RecordEdits(put=[("base", base.model_copy(update={"sort_order": 7}))], expected={})
    with pytest.raises(ContentError, match="would not hold together"):
        save_records(office, mine_edit, actor="boris", action="console-save")
    other.close()
