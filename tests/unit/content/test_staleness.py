"""Translations that know they are stale: a change in one language leaves the
field's other languages needing review, in the database, the history, the
workbook and the pack; older workbooks and packs without the flag still import."""

from __future__ import annotations

import json

from openpyxl import load_workbook
from staff_tools import CLUSTER, content_of, edit_workbook, header_column, set_cell

from kiosk.content.change.history import load_snapshot
from kiosk.content.change.importer import apply_content, restore_version
from kiosk.content.change.transfers import export_pack, export_workbook, import_pack, import_workbook
from kiosk.content.database import open_database
from kiosk.content.change.prepare import prepare
from kiosk.content.formats.schema import Translation
from kiosk.content.formats.staleness import flag_field, flag_texts
from kiosk.content.formats.workbook import columns_for

NEW_EN = "Smart Home Appliances Cluster of Jiaozhou"


def entry(text: str, verified: bool = False, stale: bool = False) -> dict:
    out = {"text": text, "verified": verified}
    if stale:
        out["stale"] = True
    return out


def record(db, slug: str = CLUSTER):
    return next(r for r in content_of(db).of("cluster") if r.slug == slug)


def title_of(db, lang: str, slug: str = CLUSTER) -> Translation:
    return record(db, slug).text["title"][lang]  # type: ignore[index]


# --------------------------------------------------------------------------- the rule


def test_an_english_change_leaves_the_other_languages_needing_review():
    before = {"en": entry("Old", True), "zh-Hans": entry("旧", True), "ru": entry("Старый")}
    after = flag_field(before, {**before, "en": entry("New", True)})
    assert after["en"] == entry("New", True)
    assert after["zh-Hans"] == entry("旧", stale=True)  # its tick is gone
    assert after["ru"] == entry("Старый", stale=True)


def test_a_translator_fixing_a_translation_leaves_the_others_alone():
    before = {"en": entry("Old", True), "zh-Hans": entry("旧"), "ru": entry("Старый", stale=True)}
    after = flag_field(before, {**before, "ru": entry("Новый", stale=True)})
    assert after["en"] == entry("Old", True) and after["zh-Hans"] == entry("旧")
    # A first translation is new, not a change of anything the others rest on.
    fresh = flag_field({"en": entry("Old", True)}, {"en": entry("Old", True), "ru": entry("Новый")})
    assert fresh["en"] == entry("Old", True)


def test_a_verified_text_changed_in_any_language_flags_the_others():
    before = {"en": entry("Old", True), "zh-Hans": entry("旧", True), "ru": entry("Старый", True)}
    after = flag_field(before, {**before, "zh-Hans": entry("新", True)})
    assert after["en"]["stale"] and not after["en"]["verified"]
    assert after["ru"]["stale"] and after["zh-Hans"] == entry("新", True)


def test_an_emptied_text_is_gone_and_cannot_stay_verified():
    before = {"en": entry("Old", True), "ru": entry("Старый", True)}
    after = flag_field(before, {**before, "ru": entry("", True)})
    assert "ru" not in after and after["en"] == entry("Old", True)


def test_texts_kept_per_language_on_their_own_terms_are_never_flagged():
    before = {"en": entry("fridge", True), "zh-Hans": entry("冰箱", True)}
    assert flag_texts("keywords", before, {**before, "en": entry("refrigerator", True)})["zh-Hans"] == entry("冰箱", True)


def test_ticking_verified_clears_the_flag_and_only_a_stale_text_carries_it():
    assert Translation(text="x", verified=True, stale=True).stale is False
    assert Translation(text="x", stale=True).model_dump() == {"text": "x", "verified": False, "stale": True}
    assert "stale" not in Translation(text="x").model_dump(mode="json")


# --------------------------------------------------------------------------- stored, in the history


def test_the_flag_is_stored_kept_in_the_history_and_restored(db):
    content = content_of(db)
    cluster = record(db)
    text = dict(cluster.text)
    text["title"] = {**text["title"], "ru": Translation(text=text["title"]["ru"].text, stale=True)}  # type: ignore[index]
    changed = {k: [r.model_copy(update={"text": text}) if r.slug == CLUSTER else r for r in content.of(k)]
               for k in content.records}
    result = apply_content(db, content.model_copy(update={"records": changed}), actor="editor", action="save")
    assert title_of(db, "ru").stale and not title_of(db, "zh-Hans").stale
    with db.sessions() as session:
        snapshot = load_snapshot(session, result.version_id)
    assert next(r for r in snapshot.of("cluster") if r.slug == CLUSTER).text["title"]["ru"].stale  # type: ignore[index]

    apply_content(db, content, actor="editor", action="save")
    assert not title_of(db, "ru").stale
    restore_version(db, result.version_id, actor="editor")
    assert title_of(db, "ru").stale


def test_an_older_database_upgrades_with_no_text_needing_review(data_dir):
    from alembic import command

    from kiosk.db.migrate import alembic_config

    db = open_database(None, data_dir)
    prepare(db)
    command.downgrade(alembic_config(db.engine), "0004")
    db.close()
    db = open_database(None, data_dir)
    report = prepare(db)
    assert report.from_revision == "0004" and not report.loaded_default
    assert title_of(db, "en").text and not any(
        tr.stale for kind in content_of(db).records for r in content_of(db).of(kind)
        for per_lang in r.text.values() for tr in per_lang.values()
    )
    db.close()


# --------------------------------------------------------------------------- workbook


def test_the_workbook_has_a_needs_review_column_beside_each_verified_one(db, tmp_path):
    headers = [c.header for c in columns_for("cluster")]
    at = headers.index("title [ru] verified")
    assert headers[at + 1] == "title [ru] needs review"

    path = export_workbook(db, tmp_path / "content.xlsx")
    # A translator changes the English title: on import Chinese and Russian need review.
    edit_workbook(path, lambda wb: set_cell(wb, "Clusters", CLUSTER, "title [en]", NEW_EN))
    import_workbook(db, path, actor="translator")
    assert title_of(db, "en").text == NEW_EN and not title_of(db, "en").stale
    assert title_of(db, "zh-Hans").stale and title_of(db, "ru").stale

    again = export_workbook(db, tmp_path / "again.xlsx")
    ws = load_workbook(again)["Clusters"]
    row = next(r for r in range(2, ws.max_row + 1) if ws.cell(r, 1).value == CLUSTER)
    assert ws.cell(row, header_column(ws, "title [ru] needs review")).value is True
    assert ws.cell(row, header_column(ws, "title [en] needs review")).value is False

    # Reviewed in the spreadsheet: verified TRUE clears the flag.
    edit_workbook(again, lambda wb: set_cell(wb, "Clusters", CLUSTER, "title [ru] verified", True))
    import_workbook(db, again, actor="translator")
    assert title_of(db, "ru").verified and not title_of(db, "ru").stale
    assert title_of(db, "zh-Hans").stale


def test_a_workbook_from_before_the_needs_review_columns_still_imports(db, tmp_path):
    path = export_workbook(db, tmp_path / "content.xlsx")

    def older(wb):
        for ws in wb.worksheets[2:]:
            for col in sorted((c.column for c in ws[1] if str(c.value).endswith("needs review")), reverse=True):
                ws.delete_cols(col)
        set_cell(wb, "Clusters", CLUSTER, "title [en]", NEW_EN)

    edit_workbook(path, older)
    result = import_workbook(db, path, actor="translator")
    assert result.changed and title_of(db, "en").text == NEW_EN
    assert title_of(db, "ru").stale  # the rule still applies to the change it brings


# --------------------------------------------------------------------------- pack


def test_a_pack_carries_the_flag_to_the_kiosk_and_a_pack_without_it_imports(db, tmp_path):
    path = export_workbook(db, tmp_path / "content.xlsx")
    edit_workbook(path, lambda wb: set_cell(wb, "Clusters", CLUSTER, "title [en]", NEW_EN))
    import_workbook(db, path, actor="translator")
    pack = tmp_path / "content.kioskpack"
    export_pack(db, pack)

    kiosk = open_database(None, tmp_path / "kiosk")
    try:
        prepare(kiosk)  # the default content: written before the flag existed, no "stale" in it
        assert not title_of(kiosk, "ru").stale
        import_pack(kiosk, pack, actor="kiosk-staff")
        assert title_of(kiosk, "ru").stale and title_of(kiosk, "en").text == NEW_EN
    finally:
        kiosk.close()
    # Only a text that needs review carries the key: other texts read as before.
    import zipfile

    with zipfile.ZipFile(pack) as zf:
        clusters = json.loads(zf.read("content/clusters.json"))
    titles = next(r for r in clusters if r["slug"] == CLUSTER)["text"]["title"]
    assert titles["ru"]["stale"] is True and "stale" not in titles["en"]
