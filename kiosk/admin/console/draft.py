"""The console's working copy: every record as editable data, checked on every edit.

The staff console never edits the database directly.  It reads the content
once (a ContentSet), turns every record into a ``DraftRecord`` (the record's
JSON form plus an id that survives slug changes) and edits those.  A draft
may be invalid while staff type (a web address half written, a slug with a
space): it keeps exactly what was typed, so nothing is lost, and
``check`` says what is wrong and where, with the same rules every import
uses (the per-record pydantic models, ``validate_content`` for what spans
records).  Only a draft with no issue becomes a ContentSet for
``importer.apply_content``.

Everything here is plain data with no Qt: a ``DraftState`` is immutable, so
undo and redo keep whole states, which share every unchanged record.
"""

from __future__ import annotations

import copy
import itertools
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from functools import cached_property
from typing import Any

from pydantic import ValidationError

from kiosk.content.formats.staleness import flag_texts
from kiosk.content.formats.schema import FILE_NAMES, MODELS, ContentSet, MetaIn, RecordIn
from kiosk.content.formats.validation import validate_content
from kiosk.content.vocab import (
    CLUSTER_KINDS,
    KINDS,
    LANGUAGES,
    LEVELS,
    MAX_LENGTHS,
    QUALIFIERS,
    SECTORS,
    SOURCE_LANGUAGE,
    TEXT_FIELDS,
    UNITS,
)

_uids = itertools.count(1)
_KIND_OF_FILE = {name: kind for kind, name in FILE_NAMES.items()}
_LANG_IN_MESSAGE = re.compile(r"(?<![\w-])(zh-Hans|ru|en)(?![\w-])")
_UNKNOWN_REF = re.compile(r"names an unknown (\w+) '([^']*)'")


@dataclass(frozen=True)
class Issue:
    """One thing wrong with the working copy, where it is and why.

    *field* is a key the editor knows: ``slug``, ``web_url``, ``manufacturers``,
    ``text.title.ru`` ...; *code* lets the console say it in the staff's
    language (``required``, ``too-long``, ``slug``, ``url``, ``unknown-ref``,
    ``duplicate``, ``no-source``, ``number``, ``other``) with *args*; *message*
    is the rule's own English words, used when there is no better one.
    """

    kind: str
    uid: int | None
    slug: str | None
    field: str | None
    code: str
    message: str
    args: tuple[Any, ...] = ()


@dataclass(frozen=True)
class DraftRecord:
    """One record as staff edit it: its kind, an id, and its JSON form (never mutated)."""

    uid: int
    kind: str
    data: Mapping[str, Any] = field(hash=False, compare=False)

    # -- reading ------------------------------------------------------------------
    @property
    def slug(self) -> str:
        return str(self.data.get("slug") or "")

    @property
    def sort_order(self) -> int:
        value = self.data.get("sort_order", 0)
        return value if isinstance(value, int) else 0

    @property
    def published(self) -> bool:
        return bool(self.data.get("published", True))

    def text(self, name: str, lang: str) -> str:
        """The text of field *name* in *lang* ('' when there is none)."""
        entry = self.data.get("text", {}).get(name, {}).get(lang)
        return str(entry.get("text", "")) if entry else ""

    def verified(self, name: str, lang: str) -> bool:
        """Whether a person ticked the translation of *name* in *lang* as checked."""
        entry = self.data.get("text", {}).get(name, {}).get(lang)
        return bool(entry.get("verified", False)) if entry else False

    def stale(self, name: str, lang: str) -> bool:
        """Whether the text of *name* in *lang* needs review (another language of it changed)."""
        entry = self.data.get("text", {}).get(name, {}).get(lang)
        return bool(entry.get("stale", False)) if entry else False

    @cached_property
    def needs_review(self) -> int:
        """Texts flagged as needing review."""
        return sum(1 for per_lang in self.data.get("text", {}).values() for entry in per_lang.values() if entry.get("stale"))

    @cached_property
    def unverified(self) -> int:
        """Translations that hold text nobody has ticked as checked yet."""
        return sum(
            1
            for per_lang in self.data.get("text", {}).values()
            for entry in per_lang.values()
            if str(entry.get("text", "")).strip() and not entry.get("verified", False)
        )

    def title(self, lang: str) -> str:
        """The title to list the record by: in *lang*, else the source language, else any."""
        for code in (lang, SOURCE_LANGUAGE, *LANGUAGES):
            text = self.text("title", code).strip()
            if text:
                return text
        return ""

    # -- checking -----------------------------------------------------------------
    @cached_property
    def cleaned(self) -> dict[str, Any]:
        """The data as the content format wants it: blank translations dropped
        (a blank is a missing translation, which the language rules report)."""
        data = dict(self.data)
        text = {}
        for name, per_lang in self.data.get("text", {}).items():
            kept = {lang: dict(entry) for lang, entry in per_lang.items() if str(entry.get("text", "")).strip()}
            if kept:
                text[name] = kept
        data["text"] = text
        return data

    @cached_property
    def parsed(self) -> tuple[RecordIn | None, tuple[Issue, ...]]:
        """The record as its model (None when its shape is wrong) and the shape issues."""
        issues: list[Issue] = []
        for name, per_lang in self.cleaned["text"].items():
            limit = MAX_LENGTHS.get(name)
            for lang, entry in per_lang.items():
                if limit is not None and len(entry["text"]) > limit:
                    issues.append(self._issue(f"text.{name}.{lang}", "too-long",
                                              f"{name} [{lang}] is {len(entry['text'])} characters, longer than {limit}",
                                              (len(entry["text"]), limit)))
        try:
            return MODELS[self.kind].model_validate(self.cleaned), tuple(issues)
        except ValidationError as exc:
            for err in exc.errors():
                loc = tuple(err["loc"])
                if loc == ("text",) and issues:
                    continue  # the length check above already said it, per language
                issues.append(self._shape_issue(loc, err))
            return None, tuple(issues)

    @cached_property
    def stand_in(self) -> RecordIn:
        """The record for the rules that span records even when its shape is wrong:
        the parsed model, or the raw values unchecked (slugs, references and
        languages are all those rules read)."""
        model, _issues = self.parsed
        if model is not None:
            return model
        return MODELS[self.kind].model_construct(**self.cleaned)

    def _issue(self, field_key: str | None, code: str, message: str, args: tuple = ()) -> Issue:
        return Issue(self.kind, self.uid, self.slug or None, field_key, code, message, args)

    def _shape_issue(self, loc: tuple, err: dict) -> Issue:
        message = str(err.get("msg", "")).removeprefix("Value error, ")
        kind = err.get("type", "")
        name = str(loc[0]) if loc else None
        if name == "text" and len(loc) >= 3:
            name = f"text.{loc[1]}.{loc[2]}"
        if name == "slug" and kind in ("string_pattern_mismatch", "string_too_short", "missing"):
            return self._issue("slug", "slug", message)
        if name in ("source", "manufacturer", "manufacturers") and kind == "string_pattern_mismatch":
            return self._issue(name, "unknown-ref", message, (err.get("input"),))
        if name == "web_url" and kind == "value_error":
            return self._issue("web_url", "url", message)
        if kind in ("float_parsing", "int_parsing", "float_type", "int_type", "int_from_float"):
            return self._issue(name, "number", message)
        if kind in ("date_from_datetime_parsing", "date_parsing", "date_type"):
            return self._issue(name, "date", message)
        if kind in ("greater_than_equal", "less_than_equal"):
            return self._issue(name, "range", message, (err.get("ctx", {}).get("ge", err.get("ctx", {}).get("le")),))
        if kind == "string_too_long":
            return self._issue(name, "too-long", message, (len(str(err.get("input", ""))), err.get("ctx", {}).get("max_length")))
        return self._issue(name, "other", message)


@dataclass(frozen=True)
class DraftState:
    """The whole working copy at one moment: the content's details and every draft, per kind."""

    meta: MetaIn
    records: Mapping[str, tuple[DraftRecord, ...]] = field(hash=False)

    @classmethod
    def from_content(cls, content: ContentSet) -> DraftState:
        """Drafts of every record of *content*."""
        return cls(
            content.meta,
            {kind: tuple(DraftRecord(next(_uids), kind, r.model_dump(mode="json")) for r in content.of(kind)) for kind in KINDS},
        )

    def of(self, kind: str) -> tuple[DraftRecord, ...]:
        """The drafts of *kind* as stored (use ``ordered`` for the visitor's order)."""
        return self.records.get(kind, ())

    def ordered(self, kind: str) -> list[DraftRecord]:
        """The drafts of *kind* in the order visitors see them (sort order, then slug)."""
        return sorted(self.of(kind), key=lambda r: (r.sort_order, r.slug))

    def all(self) -> Iterable[DraftRecord]:
        for kind in KINDS:
            yield from self.of(kind)

    def find(self, uid: int) -> DraftRecord | None:
        """The draft with id *uid*, or None."""
        for record in self.all():
            if record.uid == uid:
                return record
        return None

    def by_slug(self, kind: str, slug: str) -> DraftRecord | None:
        for record in self.of(kind):
            if record.slug == slug:
                return record
        return None

    # -- edits: each returns a new state --------------------------------------------
    def replaced(self, *records: DraftRecord) -> DraftState:
        """This state with *records* put in place of the drafts with their ids."""
        new = {r.uid: r for r in records}
        out = {kind: tuple(new.pop(r.uid, r) for r in items) for kind, items in self.records.items()}
        return DraftState(self.meta, out)

    def with_value(self, uid: int, key: str, value: Any) -> DraftState:
        """Set the record field *key* (``web_url``, ``level``, ``manufacturers`` ...);
        None or '' removes an optional value."""
        record = self._get(uid)
        data = dict(record.data)
        if value is None or value == "":
            data.pop(key, None)
        else:
            data[key] = copy.deepcopy(value)
        return self.replaced(DraftRecord(uid, record.kind, data))

    def with_text(self, uid: int, name: str, lang: str, text: str | None = None, verified: bool | None = None,
                  saved: DraftRecord | None = None) -> DraftState:
        """Set the text and/or the verified tick of field *name* in *lang*.

        A changed text may leave the field's other languages needing review
        (``staleness``: their tick cleared, flagged stale); ticking a text
        verified clears its own flag; an emptied text is gone, tick and all
        (a text that is not there cannot be verified).  When typing brings
        every language of the field back to the *saved* record's words, the
        field is as it was saved again, ticks and flags included."""
        record = self._get(uid)
        data = dict(record.data)
        texts = {k: dict(v) for k, v in data.get("text", {}).items()}
        before = texts.get(name, {})
        per_lang = dict(before)
        entry = dict(per_lang.get(lang, {"text": "", "verified": False}))
        if text is not None:
            entry["text"] = text
        if verified is not None and str(entry["text"]).strip():
            entry["verified"] = verified
            if verified:
                entry.pop("stale", None)
        per_lang[lang] = entry
        per_lang = flag_texts(name, before, per_lang)
        if text is not None and saved is not None:
            kept = {code: dict(e) for code, e in saved.data.get("text", {}).get(name, {}).items()}
            if {c: e.get("text") for c, e in kept.items()} == {c: e.get("text") for c, e in per_lang.items()}:
                per_lang = kept
        if per_lang:
            texts[name] = per_lang
        else:
            texts.pop(name, None)
        data["text"] = texts
        return self.replaced(DraftRecord(uid, record.kind, data))

    def with_slug(self, uid: int, slug: str) -> DraftState:
        """Rename a record; records that pointed at the old slug follow it."""
        record = self._get(uid)
        old = record.slug
        state = self.with_value(uid, "slug", slug)
        if not old or old == slug or state.by_slug(record.kind, old) is not None:
            return state  # another record still answers to the old slug
        changed = []
        for other in state.all():
            data = dict(other.data)
            if record.kind == "source" and data.get("source") == old:
                data["source"] = slug
            if record.kind == "manufacturer":
                if data.get("manufacturer") == old:
                    data["manufacturer"] = slug
                if old in data.get("manufacturers", []):
                    data["manufacturers"] = sorted(slug if m == old else m for m in data["manufacturers"])
            if data != dict(other.data):
                changed.append(DraftRecord(other.uid, other.kind, data))
        return state.replaced(*changed)

    def added(self, kind: str, data: Mapping[str, Any]) -> tuple[DraftState, int]:
        """This state with a new record of *kind*; returns it and the new record's id."""
        record = DraftRecord(next(_uids), kind, copy.deepcopy(dict(data)))
        records = dict(self.records)
        records[kind] = (*self.of(kind), record)
        return DraftState(self.meta, records), record.uid

    def removed(self, uid: int) -> DraftState:
        """This state without the record *uid* (records that pointed at it are
        then reported by the rules, not silently changed)."""
        return DraftState(self.meta, {kind: tuple(r for r in items if r.uid != uid) for kind, items in self.records.items()})

    def moved(self, uid: int, step: int) -> DraftState:
        """Move record *uid* *step* places in its kind's order (-1 up, +1 down),
        by exchanging sort orders; equal orders are renumbered in tens first."""
        record = self._get(uid)
        order = self.ordered(record.kind)
        index = next(i for i, r in enumerate(order) if r.uid == uid)
        target = index + step
        if not 0 <= target < len(order):
            return self
        values = [r.sort_order for r in order]
        if len(set(values)) != len(values):
            values = [10 * (i + 1) for i in range(len(order))]
        order[index], order[target] = order[target], order[index]
        changed = []
        for position, item in enumerate(order):
            if item.sort_order != values[position]:
                data = dict(item.data)
                data["sort_order"] = values[position]
                changed.append(DraftRecord(item.uid, item.kind, data))
        return self.replaced(*changed)

    def _get(self, uid: int) -> DraftRecord:
        record = self.find(uid)
        if record is None:
            raise KeyError(f"no record with id {uid} in the working copy")
        return record


# --------------------------------------------------------------------------- new records

# What a new record of each kind starts with, before staff fill it in.
KIND_DEFAULTS: dict[str, dict[str, Any]] = {
    "figure": {"value": 0, "unit": UNITS[0], "qualifier": QUALIFIERS[-1]},
    "industry": {"sector": SECTORS[0], "focus": False},
    "cluster": {"level": LEVELS[0], "cluster_kind": CLUSTER_KINDS[0], "sector": SECTORS[0], "manufacturers": []},
}


def unique_slug(state: DraftState, kind: str, wanted: str) -> str:
    """*wanted*, or *wanted*-2, -3 ... whichever no record of *kind* uses yet."""
    taken = {r.slug for r in state.of(kind)}
    if wanted not in taken:
        return wanted
    for n in itertools.count(2):
        candidate = f"{wanted}-{n}"
        if candidate not in taken:
            return candidate
    raise AssertionError("unreachable")


def new_record_data(state: DraftState, kind: str) -> dict[str, Any]:
    """The data of a fresh record of *kind*: unpublished, last in order, the
    first source; its title is still to be written in every language."""
    existing = state.of(kind)
    data: dict[str, Any] = {
        "slug": unique_slug(state, kind, f"new-{kind}"),
        "sort_order": max((r.sort_order for r in existing), default=0) + 10,
        "published": False,
        "text": {},
    }
    sources = state.ordered("source")
    if kind != "source" and sources:
        data["source"] = sources[0].slug
    data.update(copy.deepcopy(KIND_DEFAULTS.get(kind, {})))
    return data


def duplicate_data(state: DraftState, record: DraftRecord) -> dict[str, Any]:
    """A copy of *record* under a free slug, unpublished, right after it."""
    data = copy.deepcopy(dict(record.data))
    data["slug"] = unique_slug(state, record.kind, f"{record.slug or record.kind}-copy")
    data["published"] = False
    data["sort_order"] = record.sort_order + 1
    data.pop("updated_at", None)
    return data


# --------------------------------------------------------------------------- checking


@dataclass(frozen=True)
class Report:
    """What ``check`` found: every issue, and the ContentSet when there is none."""

    issues: tuple[Issue, ...]
    content: ContentSet | None

    @cached_property
    def by_uid(self) -> dict[int, list[Issue]]:
        out: dict[int, list[Issue]] = {}
        for issue in self.issues:
            if issue.uid is not None:
                out.setdefault(issue.uid, []).append(issue)
        return out

    def for_record(self, uid: int) -> list[Issue]:
        return self.by_uid.get(uid, [])


def _cross_issue(problem, state: DraftState) -> list[Issue]:
    kind = _KIND_OF_FILE.get(problem.where, "zone")
    field_key = problem.field
    code = "other"
    args: tuple = ()
    if field_key and field_key.startswith("text."):
        match = _LANG_IN_MESSAGE.search(problem.message)
        lang = match.group(1) if match else SOURCE_LANGUAGE
        field_key = f"{field_key}.{lang}"
        code = "required" if "required" in problem.message else "fallback"
        args = (lang,)
    elif "used twice" in problem.message:
        code = "duplicate"
    elif problem.message == "has no source":
        code = "no-source"
    elif (match := _UNKNOWN_REF.search(problem.message)) is not None:
        code = "unknown-ref"
        args = (match.group(2),)
    elif problem.record is None:
        code = "zone-count" if kind == "zone" else "other"
        args = (len(state.of("zone")),)
    matches = [r for r in state.of(kind) if r.slug == problem.record] if problem.record else []
    if not matches:
        return [Issue(kind, None, problem.record, field_key, code, problem.message, args)]
    return [Issue(kind, r.uid, r.slug, field_key, code, problem.message, args) for r in matches]


def check(state: DraftState) -> Report:
    """Every issue in *state* (shapes per record, then the rules that span
    records), and the ContentSet to save when there is none."""
    issues: list[Issue] = []
    for record in state.all():
        issues.extend(record.parsed[1])
    stand_ins = ContentSet.model_construct(
        meta=state.meta, records={kind: [r.stand_in for r in state.of(kind)] for kind in KINDS}
    )
    for problem in validate_content(stand_ins):
        issues.extend(_cross_issue(problem, state))
    if issues:
        return Report(tuple(issues), None)
    content = ContentSet(meta=state.meta, records={kind: [r.parsed[0] for r in state.ordered(kind)] for kind in KINDS})
    return Report((), content)


def next_version(current: str, today: date) -> str:
    """The content version a console save gives the content: *today*'s date
    and a counter that goes up with each save that day (``2025-08-25.1`` ->
    ``2026-03-02.1`` -> ``2026-03-02.2``), so the About page and the packs
    never show one version for two different contents."""
    prefix = today.isoformat()
    match = re.fullmatch(rf"{re.escape(prefix)}\.(\d+)", current.strip())
    return f"{prefix}.{int(match.group(1)) + 1}" if match else f"{prefix}.1"


def changes(base: DraftState, state: DraftState) -> tuple[set[int], int]:
    """Ids of drafts that are new or differ from *base*, and how many of
    *base*'s records are gone (unchanged drafts compare by identity: cheap)."""
    before = {r.uid: r.data for r in base.all()}
    changed: set[int] = set()
    seen = 0
    for record in state.all():
        old = before.get(record.uid)
        if old is None:
            changed.add(record.uid)
            continue
        seen += 1
        if old is not record.data and old != record.data:
            changed.add(record.uid)
    return changed, len(before) - seen


__all__ = [
    "DraftRecord",
    "DraftState",
    "Issue",
    "Report",
    "changes",
    "check",
    "next_version",
    "duplicate_data",
    "new_record_data",
    "unique_slug",
    "TEXT_FIELDS",
]
