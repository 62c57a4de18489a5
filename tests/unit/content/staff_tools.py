"""Helpers shared by the staff-path tests (workbooks, packs, imports, history)."""

from __future__ import annotations

import hashlib
import json
import zipfile
from pathlib import Path
from typing import Any

from openpyxl import load_workbook

from kiosk.content.change.history import list_versions
from kiosk.content.formats.schema import ContentSet, Translation
from kiosk.content.change.store import read_content
from kiosk.content.vocab import KINDS

#: A record of the default content the tests edit.
CLUSTER = "smart-home-appliances-national-cluster"


def content_of(db) -> ContentSet:
    """The database's content now."""
    with db.sessions() as session:
        return read_content(session)


def history_of(db):
    """The history, newest first."""
    with db.sessions() as session:
        return list_versions(session, 1000)


def snapshot(db) -> tuple[ContentSet, int]:
    """What a refused import must leave exactly as it was: content (with
    every ``updated_at``) and the number of history entries."""
    return content_of(db), len(history_of(db))


def workbook_refused(db, path: Path):
    """Import the workbook at *path*, expect a refusal, check that nothing
    changed (content, history, backups), and return the ContentError."""
    import pytest

    from kiosk.content.backups import list_backups
    from kiosk.content.change.transfers import import_workbook
    from kiosk.content.problems import ContentError

    before = snapshot(db)
    backups_before = list_backups(db.backups_dir)
    with pytest.raises(ContentError) as caught:
        import_workbook(db, path, actor="editor")
    assert snapshot(db) == before
    assert list_backups(db.backups_dir) == backups_before
    return caught.value


def header_column(ws, header: str) -> int:
    """Column index of *header* in row 1."""
    for cell in ws[1]:
        if cell.value == header:
            return cell.column
    raise KeyError(header)


def row_of(ws, slug: str) -> int:
    """Spreadsheet row of the record *slug*."""
    col = header_column(ws, "slug")
    for row in range(2, ws.max_row + 1):
        if ws.cell(row=row, column=col).value == slug:
            return row
    raise KeyError(slug)


def edit_workbook(path: Path, change, out: Path | None = None) -> Path:
    """Open *path* with openpyxl, let *change(wb)* edit it, save (to *out* or in place)."""
    wb = load_workbook(path)
    change(wb)
    target = out or path
    wb.save(target)
    return target


def set_cell(wb, sheet: str, slug: str, header: str, value: Any) -> None:
    """Set the cell of record *slug* under *header* on *sheet*."""
    ws = wb[sheet]
    # Assigned, not passed to ws.cell(): ws.cell(value=None) leaves the cell as it is.
    ws.cell(row=row_of(ws, slug), column=header_column(ws, header)).value = value


def rezip(source: Path, target: Path, change) -> Path:
    """Copy the zip *source* to *target*, letting *change(members)* edit the
    dict name -> bytes first (the manifest is NOT updated)."""
    with zipfile.ZipFile(source) as zf:
        members = {info.filename: zf.read(info) for info in zf.infolist()}
    change(members)
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, body in members.items():
            zf.writestr(name, body)
    return target


def manifest_for(members: dict[str, bytes], **overrides) -> bytes:
    """A correct manifest for *members* (name -> bytes), with *overrides*."""
    listing = {
        name: {"sha256": hashlib.sha256(body).hexdigest(), "size": len(body)}
        for name, body in sorted(members.items())
        if name not in ("manifest.json", "manifest.sig")
    }
    data = {
        "format": "jiaozhou-kiosk-pack",
        "format_version": 1,
        "content_version": "test",
        "created_at": "2025-08-25T00:00:00+00:00",
        "app_version": "test",
        "members": listing,
        "total_size": sum(m["size"] for m in listing.values()),
    }
    data.update(overrides)
    return json.dumps(data, indent=2).encode("utf-8")


def members_of(path: Path) -> dict[str, bytes]:
    """Every member of the zip at *path*."""
    with zipfile.ZipFile(path) as zf:
        return {info.filename: zf.read(info) for info in zf.infolist()}


def edited(content: ContentSet, kind: str, slug: str, **update) -> ContentSet:
    """*content* with the fields of one record replaced."""
    records = {
        k: [r.model_copy(update=update) if (k == kind and r.slug == slug) else r for r in content.of(k)] for k in KINDS
    }
    return ContentSet(meta=content.meta, records=records)


def retitled(content: ContentSet, kind: str, slug: str, lang: str, title: str) -> ContentSet:
    """*content* with one record's title in *lang* replaced."""
    record = next(r for r in content.of(kind) if r.slug == slug)
    text = dict(record.text)
    text["title"] = {**text["title"], lang: Translation(text=title, verified=False)}
    return edited(content, kind, slug, text=text)


def without(content: ContentSet, kind: str, slug: str) -> ContentSet:
    """*content* without one record."""
    records = {k: [r for r in content.of(k) if not (k == kind and r.slug == slug)] for k in KINDS}
    return ContentSet(meta=content.meta, records=records)
