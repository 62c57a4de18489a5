"""Random damage to a valid content pack, workbook or content folder (bytes
flipped, the file cut short, JSON values replaced, cells changed) is either
read as sound content or refused with a ContentError (PackError is one);
never a traceback, and a refused import leaves the database as it was."""

from __future__ import annotations

import datetime
import json
import shutil
from pathlib import Path

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from openpyxl import load_workbook
from openpyxl.utils.exceptions import IllegalCharacterError
from staff_tools import content_of, manifest_for, members_of, rezip, snapshot

from kiosk.content.change.prepare import prepare
from kiosk.content.change.transfers import export_pack, export_workbook, import_pack, import_workbook
from kiosk.content.database import open_database
from kiosk.content.formats.contentset_io import read_content_dir
from kiosk.content.problems import ContentError

DEFAULT_CONTENT = Path(__file__).resolve().parents[3] / "data" / "content"
FEW = settings(max_examples=50, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
FEWER = settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])

#: Any JSON value, small.
json_values = st.recursive(
    st.none() | st.booleans() | st.integers(min_value=-(10**20), max_value=10**20)
    | st.floats(allow_nan=False, allow_infinity=False) | st.text(max_size=20)
    | st.sampled_from(["", "=HYPERLINK(\"x\")", "../../etc/passwd", "a" * 5000, "zh-Hans", "national", "haier-group"]),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3),
    max_leaves=6,
)
#: What staff (or a broken program) might leave in a cell.
cell_values = (
    st.none() | st.booleans() | st.integers(min_value=-(10**30), max_value=10**30) | st.floats()
    | st.text(max_size=30) | st.dates(min_value=datetime.date(1900, 3, 1)) | st.sampled_from(["=1+1", "#REF!", "=TRUE()", "'=x", "TRUE", "-", "1e999"])
)


@pytest.fixture(scope="module")
def office(tmp_path_factory):
    """A kiosk with the default content, and its pack and workbook."""
    folder = tmp_path_factory.mktemp("mutations")
    db = open_database(None, folder / "data")
    prepare(db)
    pack = export_pack(db, folder / "content.kioskpack").path
    book = export_workbook(db, folder / "content.xlsx")
    yield db, pack, book, folder
    db.close()


def import_or_refusal(db, run) -> None:
    """Run an import: it succeeds, or it is refused with a ContentError and changes nothing."""
    before = snapshot(db)
    try:
        run()
    except ContentError:
        assert snapshot(db) == before


def paths_in(data, prefix=()):
    """Every path (tuple of keys and indexes) to a value inside *data*."""
    yield prefix
    if isinstance(data, dict):
        for key, value in data.items():
            yield from paths_in(value, (*prefix, key))
    elif isinstance(data, list):
        for index, value in enumerate(data):
            yield from paths_in(value, (*prefix, index))


def replaced(data, path, value):
    if not path:
        return value
    copy = json.loads(json.dumps(data))
    target = copy
    for step in path[:-1]:
        target = target[step]
    target[path[-1]] = value
    return copy


# --------------------------------------------------------------------------- packs


@FEW
@given(data=st.data())
def test_a_pack_with_flipped_or_cut_bytes_is_refused_or_sound(office, data, tmp_path_factory):
    db, pack, _, _ = office
    raw = bytearray(pack.read_bytes())
    if data.draw(st.booleans(), label="cut"):
        raw = raw[: data.draw(st.integers(0, len(raw) - 1), label="length")]
    else:
        for _ in range(data.draw(st.integers(1, 8), label="flips")):
            at = data.draw(st.integers(0, len(raw) - 1), label="at")
            raw[at] ^= data.draw(st.integers(1, 255), label="xor")
    bad = tmp_path_factory.mktemp("pack") / "bad.kioskpack"
    bad.write_bytes(bytes(raw))
    content = content_of(db)
    import_or_refusal(db, lambda: import_pack(db, bad, actor="staff"))
    assert content_of(db) == content  # a pack that passes every check holds the same content


@FEW
@given(data=st.data())
def test_a_pack_with_json_values_replaced_is_refused_or_sound(office, data, tmp_path_factory):
    db, pack, _, _ = office
    members = members_of(pack)
    name = data.draw(st.sampled_from(sorted(n for n in members if n.endswith(".json"))), label="member")
    parsed = json.loads(members[name])
    path = data.draw(st.sampled_from(list(paths_in(parsed))), label="path")
    value = data.draw(json_values, label="value")
    body = json.dumps(replaced(parsed, path, value)).encode()
    resign = name != "manifest.json" and data.draw(st.booleans(), label="fix the manifest")

    def change(m):
        m[name] = body
        if resign:
            m["manifest.json"] = manifest_for(m)

    bad = rezip(pack, tmp_path_factory.mktemp("pack") / "bad.kioskpack", change)
    import_or_refusal(db, lambda: import_pack(db, bad, actor="staff"))


# --------------------------------------------------------------------------- workbooks


@FEWER
@given(data=st.data())
def test_a_workbook_with_cells_changed_is_refused_or_imported(office, data, tmp_path_factory):
    db, _, book, _ = office
    wb = load_workbook(book)
    for _ in range(data.draw(st.integers(1, 3), label="cells")):
        ws = wb[data.draw(st.sampled_from(wb.sheetnames[1:]), label="sheet")]
        row = data.draw(st.integers(1, ws.max_row + 2), label="row")
        col = data.draw(st.integers(1, ws.max_column + 1), label="column")
        try:
            ws.cell(row=row, column=col).value = data.draw(cell_values, label="value")
        except IllegalCharacterError:
            assume(False)  # no spreadsheet can hold it: nothing to read
    bad = tmp_path_factory.mktemp("book") / "bad.xlsx"
    try:
        wb.save(bad)
    except (ValueError, TypeError):
        return  # openpyxl itself cannot write this value: no workbook to read
    import_or_refusal(db, lambda: import_workbook(db, bad, actor="staff"))


@FEW
@given(data=st.data())
def test_a_workbook_with_flipped_or_cut_bytes_is_refused_or_sound(office, data, tmp_path_factory):
    db, _, book, _ = office
    raw = bytearray(book.read_bytes())
    if data.draw(st.booleans(), label="cut"):
        raw = raw[: data.draw(st.integers(0, len(raw) - 1), label="length")]
    else:
        for _ in range(data.draw(st.integers(1, 8), label="flips")):
            at = data.draw(st.integers(0, len(raw) - 1), label="at")
            raw[at] ^= data.draw(st.integers(1, 255), label="xor")
    bad = tmp_path_factory.mktemp("book") / "bad.xlsx"
    bad.write_bytes(bytes(raw))
    import_or_refusal(db, lambda: import_workbook(db, bad, actor="staff"))


# --------------------------------------------------------------------------- content folders


@FEW
@given(data=st.data())
def test_a_content_folder_with_damaged_files_is_refused_or_sound(office, data, tmp_path_factory):
    db, _, _, _ = office
    folder = tmp_path_factory.mktemp("folder") / "content"
    shutil.copytree(DEFAULT_CONTENT, folder)
    target = folder / data.draw(st.sampled_from(sorted(p.name for p in folder.glob("*.json"))), label="file")
    if data.draw(st.booleans(), label="bytes"):
        raw = bytearray(target.read_bytes())
        at = data.draw(st.integers(0, len(raw) - 1), label="at")
        raw[at] ^= data.draw(st.integers(1, 255), label="xor")
        target.write_bytes(bytes(raw[: data.draw(st.integers(at, len(raw)), label="length")]))
    else:
        parsed = json.loads(target.read_text(encoding="utf-8"))
        path = data.draw(st.sampled_from(list(paths_in(parsed))), label="path")
        target.write_text(json.dumps(replaced(parsed, path, data.draw(json_values, label="value"))), encoding="utf-8")
    before = snapshot(db)
    try:
        content = read_content_dir(folder)
    except ContentError:
        assert snapshot(db) == before
        return
    # Read as sound: it must then be storable as it is (no traceback from the database either).
    from kiosk.content.change.importer import apply_content

    result = apply_content(db, content, actor="staff", action="import-folder")
    assert result.content_version == content.meta.content_version


def test_a_corrupt_deflate_stream_is_refused_as_damaged(office, tmp_path):
    # Found by the pack test above: one more byte of "extra field" in the first
    # member's header shifts its compressed data, and zlib (not zipfile) complains.
    db, pack, _, _ = office
    raw = bytearray(pack.read_bytes())
    raw[28] ^= 1
    bad = tmp_path / "bad.kioskpack"
    bad.write_bytes(bytes(raw))
    before = snapshot(db)
    with pytest.raises(ContentError) as caught:
        import_pack(db, bad, actor="staff")
    assert "bad.kioskpack" in str(caught.value) and "damaged" in str(caught.value)
    assert snapshot(db) == before
