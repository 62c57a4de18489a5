"""A picture's focal point and its description in words: checked, stored,
carried by workbooks and packs (older ones without them still import), and
handed to the visitor screens in the visitor's language."""

from __future__ import annotations

import pytest
from pydantic import ValidationError
from staff_tools import CLUSTER, content_of, edit_workbook, header_column, row_of, set_cell
from openpyxl import load_workbook

from kiosk.content.change.importer import apply_content
from kiosk.content.change.prepare import prepare
from kiosk.content.change.transfers import export_pack, export_workbook, import_pack, import_workbook
from kiosk.content.database import open_database
from kiosk.content.formats.schema import ClusterIn, Translation
from kiosk.content.problems import ContentError
from kiosk.content.read.catalogue import Catalogue
from kiosk.paths import media_dir

ALT = {"en": "Assembly line of smart refrigerators", "zh-Hans": "智能冰箱装配线", "ru": "Сборочная линия умных холодильников"}


def cluster(db):
    return next(r for r in content_of(db).of("cluster") if r.slug == CLUSTER)


def framed(db, focus=(0.2, 0.75)) -> None:
    """Give the test cluster a photo, a focal point and its description in three languages."""
    folder = media_dir(db.data_dir)
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "line.jpg").write_bytes(b"not looked at here")
    content = content_of(db)
    text = dict(cluster(db).text)
    text["alt"] = {lang: Translation(text=value, verified=lang == "en") for lang, value in ALT.items()}
    update = {"media": "line.jpg", "media_focus": {"x": focus[0], "y": focus[1]}, "text": text}
    records = {k: [ClusterIn.model_validate({**r.model_dump(), **update}) if r.slug == CLUSTER else r
                   for r in content.of(k)] for k in content.records}
    apply_content(db, content.model_copy(update={"records": records}), actor="editor", action="save")


def test_a_focal_point_is_two_numbers_from_0_to_1():
    base = {"slug": "a", "level": "national", "cluster_kind": "cluster", "sector": "food",
                           "text": {"title": {"en": {"text": "A"}}}}
    assert ClusterIn.model_validate({**base, "media_focus": {"x": 0, "y": 1}}).media_focus.y == 1
    with pytest.raises(ValidationError, match="less than or equal to 1"):
        ClusterIn.model_validate({**base, "media_focus": {"x": 1.5, "y": 0.5}})
    assert "media_focus" not in ClusterIn.model_validate(base).model_dump(exclude_none=True)


def test_focal_point_and_description_are_stored_and_shown_in_the_visitors_language(db):
    framed(db)
    record = cluster(db)
    assert (record.media_focus.x, record.media_focus.y) == (0.2, 0.75)
    assert record.t("alt", "ru") == ALT["ru"]
    detail = Catalogue(db.engine).detail("cluster", CLUSTER, "zh-Hans")
    assert detail.card.media_focus == (0.2, 0.75)
    assert detail.card.media_alt.text == ALT["zh-Hans"]

    from kiosk.ui.bridge.convert import detail as as_qml

    shown = as_qml(detail)
    assert shown["mediaFocus"] == "0.200,0.750" and shown["mediaAlt"] == ALT["zh-Hans"]


def test_the_workbook_carries_both_and_an_older_one_without_the_column_imports(db, tmp_path):
    framed(db)
    path = export_workbook(db, tmp_path / "content.xlsx")
    ws = load_workbook(path)["Clusters"]
    row = row_of(ws, CLUSTER)
    assert ws.cell(row, header_column(ws, "media_focus")).value == "0.2, 0.75"
    assert ws.cell(row, header_column(ws, "alt [ru]")).value == ALT["ru"]

    edit_workbook(path, lambda wb: set_cell(wb, "Clusters", CLUSTER, "media_focus", "0.9; 0.1"))
    import_workbook(db, path, actor="editor")
    assert (cluster(db).media_focus.x, cluster(db).media_focus.y) == (0.9, 0.1)

    def older(wb):
        for sheet in wb.worksheets[2:]:
            col = next((c.column for c in sheet[1] if c.value == "media_focus"), None)
            if col:
                sheet.delete_cols(col)

    edit_workbook(path, older)
    import_workbook(db, path, actor="editor")  # no "column is missing"
    assert cluster(db).media_focus is None  # the older workbook had none


def test_a_bad_focal_point_in_the_workbook_is_named_where_it_is(db, tmp_path):
    path = export_workbook(db, tmp_path / "content.xlsx")
    edit_workbook(path, lambda wb: set_cell(wb, "Clusters", CLUSTER, "media_focus", "middle"))
    with pytest.raises(ContentError) as caught:
        import_workbook(db, path, actor="editor")
    text = str(caught.value) + " ".join(str(p) for p in caught.value.problems)
    assert "Clusters" in text and "media_focus" in text and "two numbers from 0 to 1" in text


def test_a_pack_carries_focal_point_and_description(db, tmp_path):
    framed(db, (0.35, 0.4))
    pack = tmp_path / "content.kioskpack"
    export_pack(db, pack)
    kiosk = open_database(None, tmp_path / "kiosk")
    try:
        prepare(kiosk)
        import_pack(kiosk, pack, actor="kiosk-staff")
        card = Catalogue(kiosk.engine).detail("cluster", CLUSTER, "ru").card
        assert card.media == "line.jpg" and card.media_focus == (0.35, 0.4)
        assert card.media_alt.text == ALT["ru"]
    finally:
        kiosk.close()
