"""Editing in the staff console: translations, validation as you type, undo,
order, publishing and relations, each saved through the one import service."""

from __future__ import annotations

from datetime import date

from console_tools import catalogue, choose, click, content, history, record, replace_text, save, select, tool
from PySide6.QtCore import Qt

from kiosk.content.backups import list_backups

CLUSTER = "smart-home-appliances-national-cluster"


def test_a_title_edited_in_three_languages_is_saved_with_history_and_a_backup(qtbot, console, db):
    before = len(history(db))
    select(qtbot, console, "cluster", CLUSTER)
    cells = console.editor.cells
    replace_text(qtbot, cells[("title", "zh-Hans")].edit, "智能家电集群（新）")
    replace_text(qtbot, cells[("title", "ru")].edit, "Кластер умной бытовой техники")
    replace_text(qtbot, cells[("title", "en")].edit, "Smart home appliance cluster")
    click(qtbot, cells[("title", "zh-Hans")].verified)
    assert console.windowTitle().endswith("*")

    save(qtbot, console)

    saved = record(db, "cluster", CLUSTER)
    assert saved.t("title", "zh-Hans") == "智能家电集群（新）"
    assert saved.t("title", "ru") == "Кластер умной бытовой техники"
    assert saved.t("title", "en") == "Smart home appliance cluster"
    assert saved.text["title"]["zh-Hans"].verified is True
    entries = history(db)
    assert len(entries) == before + 1
    newest = entries[0]
    assert (newest.actor, newest.action) == ("editor", "console-save")
    assert newest.content_version == f"{date.today().isoformat()}.1" == content(db).meta.content_version
    assert newest.summary.kinds["cluster"].changed == 1 and newest.summary.totals().total == 1
    assert newest.backup is not None and newest.backup in {b.id for b in list_backups(db.backups_dir)}
    # What the staff see: the banner, a clean window, the entry at the top of the history.
    assert console.banner.isVisible() and f"#{newest.id}" in console.banner.text.text()
    assert not console.windowTitle().endswith("*")
    assert console.history.model.rows[0][0][2] == "editor"
    # The entry names the record and the fields changed, per language.
    assert console.history.model.rows[0][0][4] == "Smart home appliance cluster (Title · English, Title · Русский, Title · 中文)"
    # The banner says where the change is and what comes next.
    assert "Saved on this PC" in console.banner.text.text() and "export a content pack" in console.banner.text.text()
    assert f"Content version {newest.content_version}" in console.header_info.text()


def test_a_missing_required_translation_blocks_save_and_names_the_field(qtbot, console, db):
    before = content(db), len(history(db))
    select(qtbot, console, "cluster", CLUSTER)
    cell = console.editor.cells[("title", "ru")]
    replace_text(qtbot, cell.edit, "")
    # Flagged at once, under the field...
    assert cell.error.isVisible() and "Required in every language" in cell.error.text() and "Русский" in cell.error.text()

    click(qtbot, tool(console, console.save_action))

    assert console.job is None  # nothing started
    assert console.banner.isVisible() and console.banner.tone == "error"
    text = console.banner.text.text()
    assert "Not saved" in text and CLUSTER in text and "Title · Русский" in text and "Required in every language" in text
    assert console.problems.model.rows[0][0][2] == "Title · Русский"
    assert cell.edit.hasFocus()  # the cursor waits in the field to fill
    assert (content(db), len(history(db))) == before


def test_an_invalid_web_address_is_flagged_while_typing_and_clears_when_fixed(qtbot, console):
    select(qtbot, console, "cluster", CLUSTER)
    url = console.editor.fields["web_url"]
    qtbot.keyClicks(url.widget, "www.jiaozhou.gov.cn")
    assert url.error.isVisible() and "http://" in url.error.text()
    assert url.widget.property("invalid") is True
    assert console.tabs.tabText(0) == "Problems (1)"

    replace_text(qtbot, url.widget, "https://www.jiaozhou.gov.cn")
    assert not url.error.isVisible()
    assert console.tabs.tabText(0) == "Problems"


def test_undo_brings_back_the_text_before_the_typing(qtbot, console):
    select(qtbot, console, "cluster", CLUSTER)
    edit = console.editor.cells[("title", "en")].edit
    original = edit.toPlainText()
    edit.setFocus()
    edit.moveCursor(edit.textCursor().MoveOperation.End)
    qtbot.keyClicks(edit, " (draft)")
    assert edit.toPlainText() == original + " (draft)"

    click(qtbot, tool(console, console.undo_action))  # one step takes back the whole word typed

    assert edit.toPlainText() == original
    assert not console.working.is_dirty()
    click(qtbot, tool(console, console.redo_action))
    assert edit.toPlainText() == original + " (draft)"


def test_moving_a_record_up_changes_the_order_visitors_see(qtbot, console, db):
    before = [c.slug for c in catalogue(db).list("figure", "en")]
    select(qtbot, console, "figure", before[2])
    click(qtbot, console.records.buttons["up"])
    expected = [before[0], before[2], before[1], *before[3:]]
    assert console.records.visible_slugs() == expected

    save(qtbot, console)

    assert [c.slug for c in catalogue(db).list("figure", "en")] == expected
    orders = {r.slug: r.sort_order for r in content(db).of("figure")}
    assert orders[before[2]] < orders[before[1]]


def test_unpublish_and_publish_change_what_visitors_see(qtbot, console, db):
    select(qtbot, console, "cluster", CLUSTER)
    button = console.records.buttons["publish"]
    assert button.text() == "Unpublish"
    click(qtbot, button)
    save(qtbot, console)
    assert CLUSTER not in [c.slug for c in catalogue(db).list("cluster", "en")]
    assert button.text() == "Publish"

    click(qtbot, button)
    save(qtbot, console)
    assert CLUSTER in [c.slug for c in catalogue(db).list("cluster", "en")]


def test_relations_are_saved_and_shown_on_the_visitor_pages(qtbot, console, db):
    base = next(r for r in content(db).of("base") if r.manufacturer is None)
    select(qtbot, console, "base", base.slug)
    choose(console.editor.fields["manufacturer"].widget, "haier-group")

    select(qtbot, console, "cluster", "condiment-cluster")
    makers = console.editor.fields["manufacturers"].widget
    item = next(makers.item(i) for i in range(makers.count()) if makers.item(i).data(Qt.ItemDataRole.UserRole) == "alfa-laval-qingdao")
    item.setCheckState(Qt.CheckState.Checked)

    save(qtbot, console)

    base_page = catalogue(db).detail("base", base.slug, "en")
    assert [c.slug for c in base_page.related] == ["haier-group"]
    cluster_page = catalogue(db).detail("cluster", "condiment-cluster", "en")
    assert "alfa-laval-qingdao" in [c.slug for c in cluster_page.related]
    assert record(db, "cluster", "condiment-cluster").manufacturers == ["alfa-laval-qingdao"]


def test_unverified_only_lists_the_records_still_to_check(qtbot, console):
    select(qtbot, console, "figure", "industrial-enterprises")
    everything = console.records.visible_slugs()
    click(qtbot, console.records.unverified_only)
    assert console.records.visible_slugs() == everything  # the default content's translations are all machine-made
    record_now = console.editor.record
    for (name, lang), cell in console.editor.cells.items():
        if record_now.text(name, lang).strip() and not cell.verified.isChecked():
            click(qtbot, cell.verified)
    assert console.editor.record.unverified == 0
    assert "industrial-enterprises" not in console.records.visible_slugs()
    assert len(console.records.visible_slugs()) == len(everything) - 1

    click(qtbot, console.records.unverified_only)
    assert console.records.visible_slugs() == everything


def test_a_renamed_manufacturer_takes_its_references_along(qtbot, console, db):
    select(qtbot, console, "manufacturer", "haier-group")
    replace_text(qtbot, console.editor.fields["slug"].widget, "haier")
    assert console.working.report.issues == ()
    save(qtbot, console)
    saved = content(db)
    assert "haier" in [r.slug for r in saved.of("manufacturer")]
    assert [r.slug for r in saved.of("base") if r.manufacturer == "haier"], "the base that named haier-group now names haier"
    assert not [r for r in saved.of("base") if r.manufacturer == "haier-group"]


def test_deleting_a_referenced_record_shows_where_it_is_missing_and_undo_brings_it_back(qtbot, console, db):
    base = next(r for r in content(db).of("base") if r.manufacturer == "haier-group")
    select(qtbot, console, "manufacturer", "haier-group")
    click(qtbot, console.records.buttons["delete"])
    assert console.prompts.asked[-1][0] == "Delete record"
    assert "haier-group" not in console.records.visible_slugs()
    problems = [row[0] for row in console.problems.model.rows]
    assert problems == [("Production base", base.slug, "Manufacturer", "Names “haier-group”, which is not in the content (renamed or deleted?).")]
    click(qtbot, tool(console, console.save_action))
    assert console.banner.tone == "error" and base.slug in console.banner.text.text()
    assert "haier-group" in [r.slug for r in content(db).of("manufacturer")]

    click(qtbot, tool(console, console.undo_action))
    assert "haier-group" in console.records.visible_slugs()
    assert console.working.report.issues == ()


def test_a_new_record_needs_its_title_in_every_language_then_saves_unpublished(qtbot, console, db):
    select(qtbot, console, "platform", content(db).of("platform")[0].slug)
    click(qtbot, console.records.buttons["new"])
    editor = console.editor
    assert editor.record.slug == "new-platform"
    assert {i.field for i in console.working.report.for_record(editor.uid)} == {"text.title.zh-Hans", "text.title.ru", "text.title.en"}
    replace_text(qtbot, editor.fields["slug"].widget, "sco-expo-service-centre")
    for lang, title in (("zh-Hans", "上合博览服务中心"), ("ru", "Сервисный центр ШОС-Экспо"), ("en", "SCO Expo service centre")):
        replace_text(qtbot, editor.cells[("title", lang)].edit, title)
    save(qtbot, console)
    saved = record(db, "platform", "sco-expo-service-centre")
    assert saved.published is False and saved.source == "press-release-2025-08-25"
    assert "sco-expo-service-centre" not in [c.slug for c in catalogue(db).list("platform", "en")]


def test_search_keywords_are_one_more_text_per_language_saved_and_searched(qtbot, console, db):
    from kiosk.content.read.search import SearchService

    select(qtbot, console, "cluster", CLUSTER)
    cells = console.editor.cells
    assert {("keywords", lang) for lang in ("zh-Hans", "ru", "en")} <= set(cells)
    # A Chinese keyword needs no English one: keywords are never shown, so nothing falls back to them.
    replace_text(qtbot, cells[("keywords", "zh-Hans")].edit, "家电集群, 小家电")
    replace_text(qtbot, cells[("keywords", "en")].edit, "white goods")
    save(qtbot, console)

    saved = record(db, "cluster", CLUSTER)
    assert saved.t("keywords", "zh-Hans") == "家电集群, 小家电"
    results = SearchService(db.engine).search("white goods", "en")
    assert results[0].slug == CLUSTER
    assert results[0].title == "Smart Home Appliances National SME Specialty Industrial Cluster"
