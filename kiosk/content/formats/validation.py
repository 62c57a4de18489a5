"""Rules that span records: unique slugs, references, required languages.

The same rules run for the default content, every content pack, every
workbook import, ``kiosk db check`` and the staff console, so content that
passes one passes all.
"""

from __future__ import annotations

from kiosk.content.problems import Problem
from kiosk.content.formats.schema import FILE_NAMES, BaseIn, ClusterIn, ContentSet, RecordIn
from kiosk.content.vocab import KINDS, OWN_LANGUAGE_FIELDS, REQUIRED_FIELDS, SOURCE_LANGUAGE


def check_record_languages(record: RecordIn, languages: list[str], where: str) -> list[Problem]:
    """Required fields in every enabled language; any other field at least in the source language."""
    problems: list[Problem] = []
    for field in REQUIRED_FIELDS:
        present = record.text.get(field, {})
        for lang in languages:
            if lang not in present:
                problems.append(
                    Problem(where, f"missing the required {lang} translation", record.slug, f"text.{field}")
                )
    for field, per_lang in record.text.items():
        if field in REQUIRED_FIELDS or field in OWN_LANGUAGE_FIELDS or not per_lang:
            continue
        if SOURCE_LANGUAGE not in per_lang:
            problems.append(
                Problem(
                    where,
                    f"has translations but no {SOURCE_LANGUAGE} text to fall back on",
                    record.slug,
                    f"text.{field}",
                )
            )
    return problems


def validate_content(content: ContentSet) -> list[Problem]:
    """Every cross-record problem in *content* (empty list when it is sound)."""
    problems: list[Problem] = []
    languages = list(content.meta.languages)
    slugs: dict[str, set[str]] = {}
    for kind in KINDS:
        where = FILE_NAMES[kind]
        seen: set[str] = set()
        for record in content.of(kind):
            if record.slug in seen:
                problems.append(Problem(where, "the slug is used twice", record.slug, "slug"))
            seen.add(record.slug)
            problems.extend(check_record_languages(record, languages, where))
        slugs[kind] = seen

    for kind in KINDS:
        where = FILE_NAMES[kind]
        for record in content.of(kind):
            if kind != "source":
                if record.source is None:
                    problems.append(Problem(where, "has no source", record.slug, "source"))
                elif record.source not in slugs["source"]:
                    problems.append(
                        Problem(where, f"names an unknown source {record.source!r}", record.slug, "source")
                    )
            if isinstance(record, BaseIn) and record.manufacturer is not None:
                if record.manufacturer not in slugs["manufacturer"]:
                    problems.append(
                        Problem(
                            where,
                            f"names an unknown manufacturer {record.manufacturer!r}",
                            record.slug,
                            "manufacturer",
                        )
                    )
            if isinstance(record, ClusterIn):
                for slug in record.manufacturers:
                    if slug not in slugs["manufacturer"]:
                        problems.append(
                            Problem(where, f"names an unknown manufacturer {slug!r}", record.slug, "manufacturers")
                        )
    zones = content.of("zone")
    if len(zones) != 1:
        problems.append(Problem(FILE_NAMES["zone"], f"must hold exactly one zone profile, holds {len(zones)}"))
    return problems
