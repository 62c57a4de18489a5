"""The fixed vocabulary of the content: languages, kinds, sectors, levels.

These are codes, not visible text: the UIs translate them like any other
interface string.
"""

from __future__ import annotations

#: Languages the kiosk speaks, in the order of the language switch.
LANGUAGES: tuple[str, ...] = ("zh-Hans", "ru", "en")
#: The language of the source document; every other language falls back to it.
SOURCE_LANGUAGE = "en"
DEFAULT_LANGUAGE = "zh-Hans"

#: Kinds of record, in the order a content set is written and loaded
#: (sources first, since every other record points at one).
KINDS: tuple[str, ...] = (
    "source",
    "zone",
    "figure",
    "industry",
    "manufacturer",
    "cluster",
    "base",
    "platform",
    "initiative",
    "statement",
)
#: Kinds a visitor can open as a page of its own (and that search returns).
BROWSABLE_KINDS: tuple[str, ...] = (
    "cluster",
    "manufacturer",
    "base",
    "platform",
    "initiative",
    "industry",
    "statement",
    "zone",
    "figure",
    "source",
)

SECTORS: tuple[str, ...] = ("food", "appliances", "steel", "new_energy")
LEVELS: tuple[str, ...] = ("national", "provincial")
CLUSTER_KINDS: tuple[str, ...] = ("cluster", "leading_county")
QUALIFIERS: tuple[str, ...] = ("over", "more_than", "exact")
UNITS: tuple[str, ...] = ("count", "yuan")

#: Text fields every record may carry; ``title`` is required in every language.
#: ``keywords`` are other names visitors search by (everyday names,
#: abbreviations and the full names behind them, former names): searched
#: like the title, never shown. ``alt`` describes the record's picture in
#: words (read aloud, never shown).
TEXT_FIELDS: tuple[str, ...] = ("title", "subtitle", "summary", "body", "keywords", "alt")
REQUIRED_FIELDS: tuple[str, ...] = ("title",)
#: Fields kept per language with no fallback: a visitor never reads them, so
#: a Chinese keyword needs no English one beside it.
OWN_LANGUAGE_FIELDS: tuple[str, ...] = ("keywords",)
MAX_LENGTHS: dict[str, int] = {"title": 200, "subtitle": 300, "summary": 1200, "body": 8000, "keywords": 300, "alt": 300}


def fallback_order(lang: str) -> tuple[str, ...]:
    """Languages to try for a visitor reading *lang*: theirs, the source's, the rest."""
    order = [lang, SOURCE_LANGUAGE, *LANGUAGES]
    seen: list[str] = []
    for code in order:
        if code in LANGUAGES and code not in seen:
            seen.append(code)
    return tuple(seen)

#: Image files the attract loop can show (a series, cross-faded).
MEDIA_IMAGE_SUFFIXES: tuple[str, ...] = (".png", ".jpg", ".jpeg", ".webp")
#: Video files the attract loop can play (one, looped, with Qt Multimedia's
#: FFmpeg back end); content packs carry them with a size limit of their own.
MEDIA_VIDEO_SUFFIXES: tuple[str, ...] = (".mp4", ".webm", ".mkv", ".mov")


def is_video_name(name: str) -> bool:
    """True when the media file *name* is a video (by its suffix, as the attract loop decides)."""
    return name.lower().endswith(MEDIA_VIDEO_SUFFIXES)
