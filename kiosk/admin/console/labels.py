"""What the console calls things, in the staff's language.

The content layer speaks in codes (``cluster``, ``new_energy``,
``text.title.ru``) and plain-English messages; the console shows each code
by a translated name and says each issue in words of its own (the same
terms as the visitor screens, so staff and visitors read the same words).
Strings are marked with ``QT_TRANSLATE_NOOP`` so ``lupdate`` finds them and
translated when shown, so a language switch takes effect at once.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from kiosk.admin.console.draft import Issue
from kiosk.content.change.history import ChangeSummary
from kiosk.content.vocab import KINDS

# Each language by its own name, as on the kiosk's language switch (never translated).
LANGUAGE_NAMES = {"zh-Hans": "中文", "ru": "Русский", "en": "English"}

# The order of kinds in the console's list: what the visitor sees first comes first.
KIND_ORDER = ("zone", "figure", "cluster", "manufacturer", "base", "platform", "initiative", "industry", "statement", "source")
assert set(KIND_ORDER) == set(KINDS)

# The visitor screens' line icon of each kind (``resources/icons``).
KIND_ICONS = {
    "zone": "home", "figure": "figures", "cluster": "clusters", "manufacturer": "manufacturers", "base": "bases",
    "platform": "platforms", "initiative": "initiatives", "industry": "industries", "statement": "statement", "source": "sources",
}

_KIND_PLURAL = {
    "zone": QT_TRANSLATE_NOOP("Vocab", "The zone"),
    "figure": QT_TRANSLATE_NOOP("Vocab", "Key figures"),
    "cluster": QT_TRANSLATE_NOOP("Vocab", "Industrial clusters"),
    "manufacturer": QT_TRANSLATE_NOOP("Vocab", "Flagship manufacturers"),
    "base": QT_TRANSLATE_NOOP("Vocab", "Production bases"),
    "platform": QT_TRANSLATE_NOOP("Vocab", "Service platforms"),
    "initiative": QT_TRANSLATE_NOOP("Vocab", "Initiatives"),
    "industry": QT_TRANSLATE_NOOP("Vocab", "Signature industries"),
    "statement": QT_TRANSLATE_NOOP("Vocab", "Statements"),
    "source": QT_TRANSLATE_NOOP("Vocab", "Sources"),
}
_KIND_ONE = {
    "zone": QT_TRANSLATE_NOOP("Vocab", "Zone profile"),
    "figure": QT_TRANSLATE_NOOP("Vocab", "Key figure"),
    "cluster": QT_TRANSLATE_NOOP("Vocab", "Industrial cluster"),
    "manufacturer": QT_TRANSLATE_NOOP("Vocab", "Flagship manufacturer"),
    "base": QT_TRANSLATE_NOOP("Vocab", "Production base"),
    "platform": QT_TRANSLATE_NOOP("Vocab", "Service platform"),
    "initiative": QT_TRANSLATE_NOOP("Vocab", "Initiative"),
    "industry": QT_TRANSLATE_NOOP("Vocab", "Industry"),
    "statement": QT_TRANSLATE_NOOP("Vocab", "Statement"),
    "source": QT_TRANSLATE_NOOP("Vocab", "Source"),
}
_CODES = {
    "food": QT_TRANSLATE_NOOP("Vocab", "Food"),
    "appliances": QT_TRANSLATE_NOOP("Vocab", "Home appliances and electronics"),
    "steel": QT_TRANSLATE_NOOP("Vocab", "Steel structures"),
    "new_energy": QT_TRANSLATE_NOOP("Vocab", "New energy"),
    "national": QT_TRANSLATE_NOOP("Vocab", "National level"),
    "provincial": QT_TRANSLATE_NOOP("Vocab", "Provincial level"),
    "cluster": QT_TRANSLATE_NOOP("Vocab", "Industrial cluster"),
    "leading_county": QT_TRANSLATE_NOOP("Vocab", "Leading county"),
    "count": QT_TRANSLATE_NOOP("Vocab", "count (no unit)"),
    "yuan": QT_TRANSLATE_NOOP("Vocab", "yuan"),
    "over": QT_TRANSLATE_NOOP("Vocab", "over (shown with +)"),
    "more_than": QT_TRANSLATE_NOOP("Vocab", "more than (shown with +)"),
    "exact": QT_TRANSLATE_NOOP("Vocab", "exactly"),
}
_FIELDS = {
    "slug": QT_TRANSLATE_NOOP("Fields", "Slug"),
    "published": QT_TRANSLATE_NOOP("Fields", "Published"),
    "sort_order": QT_TRANSLATE_NOOP("Fields", "Sort order"),
    "source": QT_TRANSLATE_NOOP("Fields", "Source"),
    "source_quote": QT_TRANSLATE_NOOP("Fields", "Source's own words"),
    "web_url": QT_TRANSLATE_NOOP("Fields", "Web address"),
    "media": QT_TRANSLATE_NOOP("Fields", "Image"),
    "published_on": QT_TRANSLATE_NOOP("Fields", "Published on"),
    "value": QT_TRANSLATE_NOOP("Fields", "Value"),
    "unit": QT_TRANSLATE_NOOP("Fields", "Unit"),
    "qualifier": QT_TRANSLATE_NOOP("Fields", "Qualifier"),
    "year": QT_TRANSLATE_NOOP("Fields", "Year"),
    "sector": QT_TRANSLATE_NOOP("Fields", "Sector"),
    "focus": QT_TRANSLATE_NOOP("Fields", "Focus industry of the year"),
    "level": QT_TRANSLATE_NOOP("Fields", "Level"),
    "cluster_kind": QT_TRANSLATE_NOOP("Fields", "Kind"),
    "manufacturer": QT_TRANSLATE_NOOP("Fields", "Manufacturer"),
    "manufacturers": QT_TRANSLATE_NOOP("Fields", "Manufacturers in the cluster"),
    "title": QT_TRANSLATE_NOOP("Fields", "Title"),
    "subtitle": QT_TRANSLATE_NOOP("Fields", "Subtitle"),
    "summary": QT_TRANSLATE_NOOP("Fields", "Summary"),
    "body": QT_TRANSLATE_NOOP("Fields", "Full text"),
    "alt": QT_TRANSLATE_NOOP("Fields", "Picture described in words (read aloud)"),
    "media_focus": QT_TRANSLATE_NOOP("Fields", "Picture's focal point"),
    "keywords": QT_TRANSLATE_NOOP("Fields", "Search keywords (never shown)"),
}
_ISSUES = {
    "required": QT_TRANSLATE_NOOP("Issues", "Required in every language: write the %1 translation."),
    "fallback": QT_TRANSLATE_NOOP("Issues", "%1 has translations but no English text for visitors to fall back on."),
    "too-long": QT_TRANSLATE_NOOP("Issues", "%1 is %2 characters long; at most %3 are allowed."),
    "slug": QT_TRANSLATE_NOOP("Issues", "Use lower-case letters a–z, digits and single hyphens, e.g. haier-group."),
    "url": QT_TRANSLATE_NOOP("Issues", "Write a full web address that starts with http:// or https://."),
    "duplicate": QT_TRANSLATE_NOOP("Issues", "Another record of this kind already uses this slug."),
    "no-source": QT_TRANSLATE_NOOP("Issues", "Choose the source the facts come from."),
    "unknown-ref": QT_TRANSLATE_NOOP("Issues", "Names “%1”, which is not in the content (renamed or deleted?)."),
    "number": QT_TRANSLATE_NOOP("Issues", "Write a number, e.g. 1500 or 2.5."),
    "date": QT_TRANSLATE_NOOP("Issues", "Write a date as YYYY-MM-DD, e.g. 2025-08-25."),
    "range": QT_TRANSLATE_NOOP("Issues", "The value is outside what is allowed (%1)."),
    "zone-count": QT_TRANSLATE_NOOP("Issues", "The content must hold exactly one zone profile; it holds %1."),
}
_ACTIONS = {
    "console-save": QT_TRANSLATE_NOOP("History", "Saved in the console"),
    "import-workbook": QT_TRANSLATE_NOOP("History", "Workbook imported"),
    "import-pack": QT_TRANSLATE_NOOP("History", "Content pack imported"),
    "restore-backup": QT_TRANSLATE_NOOP("History", "Backup restored"),
    "load-default": QT_TRANSLATE_NOOP("History", "Default content loaded"),
}
# The staff roles the program itself records (a role staff type in is shown as typed).
_ROLES = {
    "system": QT_TRANSLATE_NOOP("History", "the program (first start)"),
    "kiosk-staff": QT_TRANSLATE_NOOP("History", "staff at the kiosk"),
    "editor": QT_TRANSLATE_NOOP("History", "editor"),
    "admin": QT_TRANSLATE_NOOP("History", "administrator"),
}
_PROGRESS = {
    message: message
    for message in (
        QT_TRANSLATE_NOOP("Progress", "backing up the database"),
        QT_TRANSLATE_NOOP("Progress", "checking every member"),
        QT_TRANSLATE_NOOP("Progress", "checking references and languages"),
        QT_TRANSLATE_NOOP("Progress", "checking the pack"),
        QT_TRANSLATE_NOOP("Progress", "checksumming"),
        QT_TRANSLATE_NOOP("Progress", "committed"),
        QT_TRANSLATE_NOOP("Progress", "committing"),
        QT_TRANSLATE_NOOP("Progress", "comparing with the current content"),
        QT_TRANSLATE_NOOP("Progress", "done"),
        QT_TRANSLATE_NOOP("Progress", "installing media"),
        QT_TRANSLATE_NOOP("Progress", "nothing changed"),
        QT_TRANSLATE_NOOP("Progress", "opening the pack"),
        QT_TRANSLATE_NOOP("Progress", "opening the workbook"),
        QT_TRANSLATE_NOOP("Progress", "reading the content"),
        QT_TRANSLATE_NOOP("Progress", "recording that nothing changed"),
        QT_TRANSLATE_NOOP("Progress", "recording the change in the history"),
        QT_TRANSLATE_NOOP("Progress", "saving the workbook"),
        QT_TRANSLATE_NOOP("Progress", "validating the content"),
        QT_TRANSLATE_NOOP("Progress", "writing content"),
        QT_TRANSLATE_NOOP("Progress", "writing the pack"),
        QT_TRANSLATE_NOOP("Progress", "checking for changes made elsewhere"),
        QT_TRANSLATE_NOOP("Progress", "reading the picture"),
        QT_TRANSLATE_NOOP("Progress", "preparing the preview"),
        QT_TRANSLATE_NOOP("Progress", "writing the working copy"),
        QT_TRANSLATE_NOOP("Progress", "opening the preview"),
    )
}
_SHEET_PROGRESS = re.compile(r"^(reading|writing) sheet (.+)$")
_RESTORE = re.compile(r"^restore-version-(\d+)$")


def _t(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def fill(template: str, *args: object) -> str:
    """Put *args* into ``%1``, ``%2`` ... of a translated *template*."""
    for index in range(len(args), 0, -1):
        template = template.replace(f"%{index}", str(args[index - 1]))
    return template


def kind_plural(kind: str) -> str:
    """The name of a section of records (``Industrial clusters``)."""
    return _t("Vocab", _KIND_PLURAL[kind])


def kind_one(kind: str) -> str:
    """The name of one record of *kind* (``Industrial cluster``)."""
    return _t("Vocab", _KIND_ONE[kind])


def code(value: str) -> str:
    """A code of the vocabulary (sector, level, unit ...) by its name."""
    return _t("Vocab", _CODES[value]) if value in _CODES else value


def field(key: str) -> str:
    """A field by its name; ``text.title.ru`` reads ``Title · Русский``."""
    if key.startswith("text."):
        parts = key.split(".")
        name = _t("Fields", _FIELDS.get(parts[1], parts[1]))
        return f"{name} · {LANGUAGE_NAMES.get(parts[2], parts[2])}" if len(parts) > 2 else name
    return _t("Fields", _FIELDS[key]) if key in _FIELDS else key


def issue(item: Issue) -> str:
    """What is wrong, in the staff's words (the rule's English words when there are none better)."""
    template = _ISSUES.get(item.code)
    if template is None:
        return item.message
    text = _t("Issues", template)
    if item.code == "required":
        return fill(text, LANGUAGE_NAMES.get(item.args[0], item.args[0]))
    if item.code == "fallback":
        return fill(text, field(".".join(item.field.split(".")[:2])) if item.field else "")
    if item.code == "too-long":
        return fill(text, field(item.field or ""), *item.args)
    return fill(text, *item.args)


def action(name: str) -> str:
    """A history entry's action in words."""
    if (match := _RESTORE.match(name)) is not None:
        return fill(QCoreApplication.translate("History", "Version %1 restored"), match.group(1))
    return _t("History", _ACTIONS[name]) if name in _ACTIONS else name


def role(name: str) -> str:
    """A staff role as the history shows it: the program's own roles in words, any other as typed."""
    return _t("History", _ROLES[name]) if name in _ROLES else name


def changes(summary: ChangeSummary) -> str:
    """What a change did, as counts per kind."""
    if summary.is_empty:
        return QCoreApplication.translate("History", "nothing changed")
    parts = []
    for kind in KIND_ORDER:
        c = summary.kinds.get(kind)
        if c is None:
            continue
        bits = []
        if c.added:
            bits.append(QCoreApplication.translate("History", "%n added", "", c.added))
        if c.changed:
            bits.append(QCoreApplication.translate("History", "%n changed", "", c.changed))
        if c.removed:
            bits.append(QCoreApplication.translate("History", "%n removed", "", c.removed))
        parts.append(f"{kind_plural(kind)}: {', '.join(bits)}")
    if summary.meta_changed:
        parts.append(QCoreApplication.translate("History", "content details changed"))
    if summary.media:
        parts.append(QCoreApplication.translate("History", "%n image file(s)", "", summary.media))
    return "; ".join(parts)


def progress(message: str) -> str:
    """A service's progress message in the staff's language."""
    if message in _PROGRESS:
        return _t("Progress", message)
    match = _SHEET_PROGRESS.match(message)
    if match is not None:
        if match.group(1) == "reading":
            template = QCoreApplication.translate("Progress", "reading sheet %1")
        else:
            template = QCoreApplication.translate("Progress", "writing sheet %1")
        return fill(template, match.group(2))
    return message
