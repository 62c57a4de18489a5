"""Read and write a content set as a folder of JSON files.

Reading checks the shape of every record and then the cross-record rules,
and reports every problem with its file, record and field; nothing is
returned unless the whole set is sound.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from kiosk.content.problems import ContentError, Problem
from kiosk.content.formats import safejson
from kiosk.content.formats.schema import FILE_NAMES, FORMAT_VERSION, MODELS, ContentSet, MetaIn, RecordIn
from kiosk.content.formats.validation import check_record_languages, validate_content
from kiosk.content.vocab import KINDS, LANGUAGES

META_FILE = "meta.json"


def _load_json(path: Path, problems: list[Problem]) -> Any:
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        problems.append(Problem(str(path), "the file is missing"))
        return None
    except IsADirectoryError:
        problems.append(Problem(str(path), "is a folder, not a JSON file"))
        return None
    except OSError as exc:
        problems.append(Problem(str(path), f"cannot be read ({exc.strerror})"))
        return None
    try:
        return safejson.loads(raw)
    except safejson.JSONRefused as exc:
        problems.append(Problem(str(path), str(exc)))
        return None


def _loc(loc: tuple[Any, ...]) -> str:
    return ".".join(str(part) for part in loc) or "(record)"


def parse_records(kind: str, data: Any, where: str, problems: list[Problem]) -> list[RecordIn]:
    """Shape-check a list of raw records of *kind*; problems go to *problems*."""
    if not isinstance(data, list):
        problems.append(Problem(where, f"must hold a JSON list of records, not {type(data).__name__}"))
        return []
    model = MODELS[kind]
    records: list[RecordIn] = []
    for index, item in enumerate(data, start=1):
        label = f"#{index}"
        if isinstance(item, dict) and isinstance(item.get("slug"), str):
            label = f"#{index} '{item['slug']}'"
        try:
            records.append(model.model_validate(item))
        except ValidationError as exc:
            for err in exc.errors():
                problems.append(Problem(where, err["msg"], label, _loc(err["loc"])))
    return records


def parse_meta(data: Any, where: str, problems: list[Problem]) -> MetaIn | None:
    """Shape-check ``meta.json`` and its format version."""
    try:
        meta = MetaIn.model_validate(data)
    except ValidationError as exc:
        for err in exc.errors():
            problems.append(Problem(where, err["msg"], None, _loc(err["loc"])))
        return None
    if meta.format != FORMAT_VERSION:
        problems.append(
            Problem(where, f"content format {meta.format} is not supported (this kiosk reads format {FORMAT_VERSION})", None, "format")
        )
        return None
    return meta


def build_content_set(raw: dict[str, Any], raw_meta: Any, base: str = "") -> ContentSet:
    """Check raw JSON data (meta + kind -> list) and return a sound ContentSet or raise ContentError."""
    problems: list[Problem] = []
    meta = parse_meta(raw_meta, base + META_FILE, problems)
    records = {kind: parse_records(kind, raw.get(kind, []), base + FILE_NAMES[kind], problems) for kind in KINDS}
    if problems or meta is None:
        # Still report missing translations of the records that did parse, so
        # staff see every problem in one pass; references wait for sound shapes.
        languages = list(meta.languages) if meta else list(LANGUAGES)
        for kind in KINDS:
            for record in records[kind]:
                problems.extend(check_record_languages(record, languages, base + FILE_NAMES[kind]))
        raise ContentError(problems, "The content is not valid")
    content = ContentSet(meta=meta, records=records)
    cross = validate_content(content)
    if cross:
        raise ContentError(cross, "The content is not valid")
    return content


def read_content_dir(folder: Path) -> ContentSet:
    """Read and fully validate the content set in *folder*; raise ContentError naming every problem."""
    folder = Path(folder)
    if folder.is_file():
        raise ContentError([Problem(str(folder), "is a file, not a content folder (workbooks end in .xlsx, content packs in .kioskpack)")])
    if not folder.is_dir():
        raise ContentError([Problem(str(folder), "is not a folder with content")])
    problems: list[Problem] = []
    raw_meta = _load_json(folder / META_FILE, problems)
    raw: dict[str, Any] = {}
    for kind in KINDS:
        path = folder / FILE_NAMES[kind]
        raw[kind] = _load_json(path, problems) if path.exists() else []
    if problems:
        raise ContentError(problems, f"The content in {folder} was refused; nothing was changed")
    prefix = str(folder) + "/"
    return build_content_set(raw, raw_meta, prefix)


def content_to_json(content: ContentSet) -> dict[str, Any]:
    """The set as JSON-ready data: {'meta': ..., kind: [records]}; stable key order."""
    out: dict[str, Any] = {"meta": content.meta.model_dump(mode="json", exclude_none=True)}
    for kind in KINDS:
        out[kind] = [
            record.model_dump(mode="json", exclude_none=True, exclude_defaults=False)
            for record in content.of(kind)
        ]
    return out


def write_content_dir(content: ContentSet, folder: Path) -> list[Path]:
    """Write *content* as a content folder (meta.json plus one file per kind)."""
    folder.mkdir(parents=True, exist_ok=True)
    data = content_to_json(content)
    written = [folder / META_FILE]
    _dump(data["meta"], folder / META_FILE)
    for kind in KINDS:
        path = folder / FILE_NAMES[kind]
        _dump(data[kind], path)
        written.append(path)
    return written


def _dump(data: Any, path: Path) -> None:
    tmp = path.with_suffix(path.suffix + ".tmp")
    tmp.write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    tmp.replace(path)
