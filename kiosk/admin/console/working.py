"""``WorkingCopy``: the console's unsaved content, its undo stack and its issues.

Every edit is a ``QUndoCommand`` holding the state before and after (states
are immutable and share unchanged records, so this costs little); typing in
one field merges into one command, so Undo takes back a word, not a letter.
After every change the whole working copy is checked again (``draft.check``:
a millisecond for the default content) and ``changed`` tells the widgets.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from kiosk.admin.console import draft
from kiosk.admin.console.draft import DraftRecord, DraftState, Report
from kiosk.admin.console.operations import Loaded
from kiosk.admin.console.media import StagedImage
from kiosk.content.change.versions import Key, RecordEdits
from kiosk.content.formats.schema import RecordIn
from kiosk.content.formats.staleness import flag_texts


_ABSENT = object()


def _pick(base: Any, mine: Any, theirs: Any) -> tuple[Any, bool]:
    """One value after a three-way merge and whether both sides changed it differently (then theirs wins)."""
    if mine == base or mine == theirs:
        return theirs, False
    if theirs == base:
        return mine, False
    return theirs, True


def _text(entry: Any) -> str:
    return str(entry.get("text", "")) if isinstance(entry, dict) else ""


def _merge_field(name: str, base: dict, mine: dict, theirs: dict) -> tuple[dict, list[str]]:
    """One text field's languages: each text typed here is put on theirs unless they changed the same
    language's text too; a verified tick given here is kept; then staleness is worked out as if the
    kept edits were made on theirs (a review flag set here by a dropped edit goes with it)."""
    out: dict = {}
    lost: list[str] = []
    for lang in dict.fromkeys([*theirs, *mine, *base]):
        b, m, t = base.get(lang), mine.get(lang), theirs.get(lang)
        if _text(m) != _text(b):
            if _text(t) not in (_text(b), _text(m)):
                lost.append(lang)
                entry = t
            else:
                entry = m
        elif isinstance(m, dict) and isinstance(t, dict) and m.get("verified") and not (b or {}).get("verified") \
                and _text(t) == _text(b):
            entry = {k: v for k, v in t.items() if k != "stale"} | {"verified": True}
        else:
            entry = t
        if _text(entry).strip():
            out[lang] = dict(entry)
    return flag_texts(name, theirs, out), lost


def three_way(base: dict, mine: dict, theirs: dict) -> tuple[dict, list[str]]:
    """A record's data with this console's edits (*base* -> *mine*) put on top of the database's (*theirs*).

    Merged per top-level value and, for ``text``, per field and language: an
    edit is kept unless someone else changed the same thing meanwhile; those
    are returned (``"level"``, ``"text.title.en"``) and take the database's value."""
    out: dict = {}
    lost: list[str] = []
    for key in dict.fromkeys([*theirs, *mine, *base]):
        if key == "text":
            continue
        value, clash = _pick(base.get(key, _ABSENT), mine.get(key, _ABSENT), theirs.get(key, _ABSENT))
        if clash:
            lost.append(key)
        if value is not _ABSENT:
            out[key] = value
    texts: dict = {}
    b, m, t = base.get("text") or {}, mine.get("text") or {}, theirs.get("text") or {}
    for name in dict.fromkeys([*t, *m, *b]):
        langs, clashed = _merge_field(name, b.get(name) or {}, m.get(name) or {}, t.get(name) or {})
        lost += [f"text.{name}.{lang}" for lang in clashed]
        if langs:
            texts[name] = langs
    if texts or "text" in theirs or "text" in mine:
        out["text"] = texts
    return out, lost


class StateCommand(QUndoCommand):
    """One edit of the working copy: the state before and after it."""

    MERGE_ID = 0x4B49

    def __init__(self, working: WorkingCopy, text: str, before: DraftState, after: DraftState,
                 merge_key: tuple | None = None, focus: int | None = None):
        super().__init__(text)
        self._working = working
        self.before = before
        self.after = after
        self.merge_key = merge_key
        # The record to show after undo/redo (the one the edit was about).
        self.focus = focus

    def id(self) -> int:  # noqa: A003 - Qt override
        return self.MERGE_ID if self.merge_key is not None else -1

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802 - Qt override
        if not isinstance(other, StateCommand) or other.merge_key != self.merge_key or other.before is not self.after:
            return False
        self.after = other.after
        return True

    def redo(self) -> None:
        self._working._set(self.after, self.focus)

    def undo(self) -> None:
        self._working._set(self.before, self.focus)


class WorkingCopy(QObject):
    """The unsaved content the console edits (see the module docstring)."""

    # The state changed (an edit, undo, redo, reload); the int is the record to show or -1.
    changed = Signal(int)
    # The working copy was replaced by the database's content (after save, import, restore).
    reloaded = Signal()

    def __init__(self, loaded: Loaded, parent: QObject | None = None):
        super().__init__(parent)
        # No Qt parent: a stack deleted with the window would still announce
        # its clearing to the half-deleted window; Python owns it instead.
        self.undo_stack = QUndoStack()
        self.staged: dict[str, StagedImage] = {}
        self._load(loaded)

    def _load(self, loaded: Loaded) -> None:
        self.loaded = loaded
        self.base = DraftState.from_content(loaded.content)
        self.state = self.base
        self.report: Report = draft.check(self.state)

    # -- reading ---------------------------------------------------------------------
    @property
    def head(self) -> int | None:
        """The newest history entry when the content was read."""
        return self.loaded.head

    def is_dirty(self) -> bool:
        """True when the working copy differs from what was read (or saved)."""
        changed, removed = draft.changes(self.base, self.state)
        return bool(changed or removed)

    def changed_uids(self) -> set[int]:
        return draft.changes(self.base, self.state)[0]

    def edits(self, next_version=None) -> RecordEdits:
        """What this working copy changed since it was read, with the version
        of each record it read (the save is refused if one moved on since).
        Call only when ``report.content`` is not None (every record parses)."""
        base = {r.uid: r for r in self.base.all()}
        base_keys = {(r.kind, r.slug) for r in base.values()}
        versions = self.loaded.versions
        changed, _removed = draft.changes(self.base, self.state)
        put: list[tuple[str, RecordIn]] = []
        removed: list[Key] = []
        expected: dict[Key, int | None] = {}
        live = set()
        for record in self.state.all():
            live.add(record.uid)
            if record.uid not in changed:
                continue
            model = record.parsed[0]
            assert model is not None, "edits() needs a working copy without problems"
            put.append((record.kind, model))
            old = base.get(record.uid)
            key = (record.kind, record.slug)
            if old is not None:
                expected[(old.kind, old.slug)] = versions.get((old.kind, old.slug))
                if old.slug != record.slug:
                    removed.append((old.kind, old.slug))
            if key not in base_keys:
                expected[key] = None  # new here: nobody may have added it meanwhile
        for uid, old in base.items():
            if uid not in live:
                removed.append((old.kind, old.slug))
                expected[(old.kind, old.slug)] = versions.get((old.kind, old.slug))
        meta = self.state.meta if self.state.meta != self.base.meta else None
        return RecordEdits(tuple(put), tuple(removed), expected, meta, next_version)

    def mine(self, keys) -> dict[Key, RecordIn | None]:
        """This working copy's records for the *keys* they were read with (None: removed here)."""
        by_base_key = {(r.kind, r.slug): r.uid for r in self.base.all()}
        out: dict[Key, RecordIn | None] = {}
        for key in keys:
            uid = by_base_key.get(key)
            record = self.state.find(uid) if uid is not None else self.state.by_slug(*key)
            out[key] = record.parsed[0] if record is not None else None
        return out

    def media_to_save(self) -> dict[str, Path]:
        """The staged images (and thumbnails) that records of the working copy name."""
        named = {r.data.get("media") for r in self.state.all()}
        out: dict[str, Path] = {}
        for name, image in self.staged.items():
            if name in named and image.path.is_file():
                out.update(image.media())
        return out

    # -- changing --------------------------------------------------------------------
    def edit(self, after: DraftState, text: str, *, merge_key: tuple | None = None, focus: int | None = None) -> None:
        """Make *after* the working copy, as one undoable step called *text*."""
        if after is self.state:
            return
        self.undo_stack.push(StateCommand(self, text, self.state, after, merge_key, focus))

    def revert(self, text: str) -> None:
        """Drop every unsaved edit, as one step that can itself be undone."""
        self.edit(self.base, text)

    def reload(self, loaded: Loaded) -> None:
        """Start again from *loaded* (the database's content after a save,
        import or restore); the undo history of the old working copy ends."""
        self.undo_stack.clear()
        self._load(loaded)
        self.reloaded.emit()
        self.changed.emit(-1)

    def reload_keeping_edits(self, loaded: Loaded, text: str) -> list[tuple[Key, str]]:
        """Start again from *loaded* with this copy's unsaved edits put back on top, as one undoable step *text*.

        An edit is kept unless someone else changed the same thing since it
        was read (``three_way``); what was dropped is returned as (record
        key, field) pairs, the field "" for a whole record (removed or added
        elsewhere meanwhile)."""
        old = {r.uid: r for r in self.base.all()}
        changed, _removed = draft.changes(self.base, self.state)
        live = {r.uid for r in self.state.all()}
        mine = [r for r in self.state.all() if r.uid in changed]
        gone = [r for uid, r in old.items() if uid not in live]
        meta = self.state.meta if self.state.meta != self.base.meta else None
        self.undo_stack.clear()
        self._load(loaded)
        state, dropped = self.base, []
        for record in mine:
            before = old.get(record.uid)
            key = (before.kind, before.slug) if before is not None else (record.kind, record.slug)
            theirs = state.by_slug(*key)
            if before is None and theirs is None:
                state, _uid = state.added(record.kind, record.data)
            elif before is None or theirs is None:
                dropped.append((key, ""))  # added elsewhere too, or removed elsewhere: theirs stands
            else:
                data, lost = three_way(dict(before.data), dict(record.data), dict(theirs.data))
                dropped += [(key, field) for field in lost]
                if data != theirs.data:
                    state = state.replaced(DraftRecord(theirs.uid, theirs.kind, data))
        for before in gone:
            theirs = state.by_slug(before.kind, before.slug)
            if theirs is not None and theirs.data == before.data:
                state = state.removed(theirs.uid)
            elif theirs is not None:
                dropped.append(((before.kind, before.slug), ""))  # changed elsewhere: kept, not removed
        if meta is not None:
            state = DraftState(meta, state.records)
        self.reloaded.emit()
        self.changed.emit(-1)
        self.edit(state, text)
        return dropped

    def _set(self, state: DraftState, focus: int | None) -> None:
        self.state = state
        self.report = draft.check(state)
        self.changed.emit(focus if focus is not None else -1)
