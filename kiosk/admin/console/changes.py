"""What a history entry (or a restore) changes, in words a person reads:
each record by its kind and title, each field by its name (per language),
and its value before → after.

Shown beside the history list, in the dialog a double-click opens, and in
the question Restore asks first.  Records that were added or removed are
named without their fields (every field would be "(empty) → ...").
"""

from __future__ import annotations

from collections.abc import Sequence
from html import escape
from typing import Any

from PySide6.QtCore import QCoreApplication

from kiosk.admin.console import labels
from kiosk.content.change.history import FieldChange, RecordChange

# Longer texts are cut to this many characters, so one full text does not fill the page.
MAX_VALUE = 240
# Fields whose values are codes of the vocabulary (shown by their names).
CODE_FIELDS = ("sector", "level", "cluster_kind", "unit", "qualifier")


translate = QCoreApplication.translate


def value(change: FieldChange, raw: Any) -> str:
    """One value of a field as a person reads it."""
    if change.field.endswith(".verified"):
        return translate("Changes", "verified") if raw else translate("Changes", "not verified")
    if raw is None or raw == "" or raw == []:
        return translate("Changes", "(empty)")
    if isinstance(raw, bool):
        return translate("Changes", "yes") if raw else translate("Changes", "no")
    if isinstance(raw, float) and raw.is_integer():
        return str(int(raw))
    if isinstance(raw, list):
        return ", ".join(str(v) for v in raw)
    if change.field in CODE_FIELDS:
        return labels.code(str(raw))
    text = str(raw)
    return text if len(text) <= MAX_VALUE else text[: MAX_VALUE - 1] + "…"


def field_name(change: FieldChange) -> str:
    """The field by name, with its language for a text (``Title · Русский``)."""
    if change.field.endswith(".verified"):
        return labels.field(change.field.removesuffix(".verified")) + " · " + translate("Changes", "verified tick")
    return labels.field(change.field)


def what(change: RecordChange) -> str:
    """``added``, ``changed`` or ``removed`` in words."""
    return {"added": translate("Changes", "added"), "changed": translate("Changes", "changed"), "removed": translate("Changes", "removed")}[change.change]


def record_name(change: RecordChange, language: str) -> str:
    """The record by its kind and title in *language*."""
    return f"{labels.kind_one(change.kind)} · {change.title(language)}"


def as_html(changes: Sequence[RecordChange] | None, language: str, limit: int = 200) -> str:
    """The changes as rich text for a text view (at most *limit* records)."""
    if changes is None:
        return "<p>" + escape(translate("Changes", "This entry was recorded before the kiosk kept the content of each version: "
                                 "only the counts in the list are known.")) + "</p>"
    if not changes:
        return "<p>" + escape(translate("Changes", "No record changed.")) + "</p>"
    parts = []
    for change in changes[:limit]:
        head = f"<p style='margin:8px 0 2px 0'><b>{escape(record_name(change, language))}</b> — {escape(what(change))}</p>"
        rows = []
        if change.change == "changed":
            for item in change.fields:
                rows.append(f"<li>{escape(field_name(item))}: <span style='color:#9A3412'>{escape(value(item, item.before))}</span>"
                            f" → <span style='color:#166534'>{escape(value(item, item.after))}</span></li>")
        parts.append(head + (f"<ul style='margin:0'>{''.join(rows)}</ul>" if rows else ""))
    if len(changes) > limit:
        parts.append("<p>" + escape(labels.fill(translate("Changes", "… and %1 more records."), len(changes) - limit)) + "</p>")
    return "".join(parts)


def in_brief(changes: Sequence[RecordChange] | None, language: str, limit: int = 3) -> str:
    """The records and fields changed, in one line for the history list."""
    if changes is None:
        return ""
    bits = []
    for change in changes[:limit]:
        if change.change == "changed":
            fields = ", ".join(dict.fromkeys(field_name(f) for f in change.fields))
            bits.append(f"{change.title(language)} ({fields})")
        else:
            bits.append(f"{change.title(language)} ({what(change)})")
    if len(changes) > limit:
        bits.append(labels.fill(translate("Changes", "%1 more"), len(changes) - limit))
    return "; ".join(bits)
