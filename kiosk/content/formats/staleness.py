"""Translations that know they are stale.

When the text of a field changes in one language, the field's other
languages were translated from (or checked against) something that is no
longer there: they *need review*.  Their verified tick is cleared and they
are flagged ``stale`` until a person ticks them verified again.

Not every edit makes the others stale.  A change counts when it is made to
the source language's text (English, which the others are translated
from) or to a text a person had verified (a checked text that changes is
new information in any language).  A translator correcting an unverified
or stale translation changes no other language's standing; nor does a
text written where there was none (a new translation), nor one emptied.

The rule works on the content format's plain data (``{"text", "verified",
"stale"}`` per language), so the console's working copy and the workbook
import share it.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from kiosk.content.formats.schema import ContentSet, RecordIn
from kiosk.content.vocab import KINDS, SOURCE_LANGUAGE

#: Fields whose languages are translations of one another.  A field kept per
#: language on its own terms (search keywords) is not in this list.
TRANSLATED_FIELDS: tuple[str, ...] = ("title", "subtitle", "summary", "body", "alt")

Entry = Mapping[str, Any]


def _text(entry: Entry | None) -> str:
    return str(entry.get("text", "")) if entry else ""


def starts_review(lang: str, before: Entry | None) -> bool:
    """Whether changing the text of *lang* (that was *before*) makes the
    field's other languages need review (see the module docstring)."""
    if not _text(before).strip():
        return False  # a first text in any language is new, not a change
    return lang == SOURCE_LANGUAGE or bool(before and before.get("verified"))


def flag_field(before: Mapping[str, Entry], after: Mapping[str, Entry]) -> dict[str, dict[str, Any]]:
    """The languages of one field after an edit (*before* -> *after*, each
    lang -> entry), with the languages that did not change marked for review
    when a changed one starts a review.  Entries without text are dropped:
    an emptied text is missing, and cannot stay verified."""
    out = {lang: dict(entry) for lang, entry in after.items() if _text(entry).strip()}
    changed = {lang for lang in set(before) | set(after) if _text(before.get(lang)) != _text(after.get(lang))}
    # A text taken away tells the others nothing new: only a rewritten text starts a review.
    if not any(starts_review(lang, before.get(lang)) for lang in changed if lang in out):
        return out
    for lang, entry in out.items():
        if lang not in changed:
            entry["verified"] = False
            entry["stale"] = True
    return out


def flag_texts(field: str, before: Mapping[str, Entry], after: Mapping[str, Entry]) -> dict[str, dict[str, Any]]:
    """``flag_field`` for the translated fields; other fields only lose their empty entries."""
    if field not in TRANSLATED_FIELDS:
        return {lang: dict(entry) for lang, entry in after.items() if _text(entry).strip()}
    return flag_field(before, after)


def _texts(record: RecordIn) -> dict[str, dict[str, dict[str, Any]]]:
    return {name: {lang: tr.model_dump() for lang, tr in per_lang.items()} for name, per_lang in record.text.items()}


def flag_record(old: RecordIn, new: RecordIn) -> RecordIn:
    """*new* with the texts that *old* -> *new* leaves stale flagged (the same object when none is)."""
    before, after = _texts(old), _texts(new)
    text: dict[str, dict[str, dict[str, Any]]] = {}
    for name in after:
        text[name] = flag_texts(name, before.get(name, {}), after[name])
    if text == after:
        return new
    data = new.model_dump()
    data["text"] = text
    return type(new).model_validate(data)


def flag_content(old: ContentSet | None, new: ContentSet) -> ContentSet:
    """*new* with every text flagged that its record's change (against the
    record of the same kind and slug in *old*) leaves needing review.  For a
    workbook a translator edited; a pack or a restore brings its own flags."""
    if old is None:
        return new
    records: dict[str, list[RecordIn]] = {}
    touched = False
    for kind in KINDS:
        before = {r.slug: r for r in old.of(kind)}
        out = []
        for record in new.of(kind):
            prev = before.get(record.slug)
            flagged = flag_record(prev, record) if prev is not None else record
            touched = touched or flagged is not record
            out.append(flagged)
        records[kind] = out
    return new.model_copy(update={"records": records}) if touched else new


def needs_review(entries: Iterable[Entry]) -> int:
    """How many of *entries* are flagged stale."""
    return sum(1 for entry in entries if entry.get("stale"))
