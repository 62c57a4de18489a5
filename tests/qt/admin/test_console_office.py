"""Two staff members at once on one database (a SQLite file, and a real
PostgreSQL as in the office): two console windows, each with its own
connections and data folder; and the Fleet tab."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest
import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent
from console_tools import ScriptedPrompts, click, record, replace_text, save, select, tool, wait_idle

from kiosk.admin.console.window import ConsoleWindow
from kiosk.content.change.prepare import prepare
from kiosk.content.database import open_database
from kiosk.fleet.office import write_status

CLUSTER = "smart-home-appliances-national-cluster"


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def shared_url(request, tmp_path) -> str:
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'office.sqlite3'}"
    return request.getfixturevalue("postgres_server").create_database()


@pytest.fixture
def windows(qtbot, shared_url, tmp_path):
    """Open console windows on *shared_url*: ``open(role)``, each from its own data folder."""
    opened = []

    def open_window(role: str) -> ConsoleWindow:
        folder = tmp_path / f"pc-{role}"
        folder.mkdir()
        db = open_database(shared_url, folder)
        prepare(db)
        window = ConsoleWindow(db, role, language="en", prompts=ScriptedPrompts())
        qtbot.addWidget(window)
        window.resize(1600, 1000)
        window.show()
        qtbot.waitExposed(window)
        opened.append((window, db))
        return window

    yield open_window
    for window, db in opened:
        if shiboken6.isValid(window):
            window.close()
            window.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    for _window, db in opened:
        db.close()


def test_two_consoles_editing_one_record_the_second_save_is_refused_naming_who(qtbot, windows):
    anna, boris = windows("anna"), windows("boris")
    select(qtbot, anna, "cluster", CLUSTER)
    select(qtbot, boris, "cluster", CLUSTER)
    replace_text(qtbot, anna.editor.cells[("title", "en")].edit, "Anna's title")
    replace_text(qtbot, boris.editor.cells[("title", "en")].edit, "Boris's title")
    save(qtbot, anna)
    assert not anna.working.is_dirty()

    boris.prompts.choices.append(None)  # Cancel: keep editing
    click(qtbot, tool(boris, boris.save_action))
    wait_idle(qtbot, boris)
    title, text = boris.prompts.asked[-1]
    assert title == "Changed by someone else"
    assert "Not saved" in text and f"“{CLUSTER}” was changed by anna" in text and "it is now version 2" in text
    assert boris.working.is_dirty() and boris.banner.tone == "warning"
    assert record(boris.db, "cluster", CLUSTER).t("title", "en") == "Anna's title"

    # Boris edits another record instead: saved, and Anna's change stays.
    boris.prompts.choices.append("reload")
    click(qtbot, tool(boris, boris.save_action))
    wait_idle(qtbot, boris)
    select(qtbot, boris, "cluster", "spices-cluster")
    replace_text(qtbot, boris.editor.cells[("title", "en")].edit, "Boris's spices")
    save(qtbot, boris)
    assert not boris.working.is_dirty()
    assert record(anna.db, "cluster", CLUSTER).t("title", "en") == "Anna's title"
    assert record(anna.db, "cluster", "spices-cluster").t("title", "en") == "Boris's spices"


def test_reload_after_a_conflict_keeps_the_other_edits_and_names_the_one_dropped(qtbot, windows, shared_url):
    anna, boris = windows("anna"), windows("boris")
    select(qtbot, anna, "cluster", CLUSTER)
    replace_text(qtbot, anna.editor.cells[("title", "en")].edit, "Anna's title")
    save(qtbot, anna)
    office = "PostgreSQL" if shared_url.startswith("postgresql") else "SQLite"
    if office == "PostgreSQL":
        assert anna.banner.text.text().startswith("Saved in the office database “kiosk_")
        assert "(127.0.0.1) as history entry #" in anna.banner.text.text() and "Publish to kiosks" in anna.banner.text.text()
    else:
        assert anna.banner.text.text().startswith("Saved on this PC as history entry #")

    # Boris read the record before Anna's save: he edits its English title (as she did), its Russian title and
    # another record.
    select(qtbot, boris, "cluster", CLUSTER)
    replace_text(qtbot, boris.editor.cells[("title", "en")].edit, "Boris's title")
    replace_text(qtbot, boris.editor.cells[("title", "ru")].edit, "Заголовок Бориса")
    select(qtbot, boris, "cluster", "spices-cluster")
    replace_text(qtbot, boris.editor.cells[("title", "en")].edit, "Boris's spices")
    boris.prompts.choices.append("reload")
    click(qtbot, tool(boris, boris.save_action))
    wait_idle(qtbot, boris)
    assert "keeps your unsaved edits" in boris.prompts.asked[-1][1]
    assert boris.working.is_dirty() and boris.banner.tone == "warning"
    banner = boris.banner.text.text()
    assert "your unsaved edits kept" in banner and f"Industrial cluster “{CLUSTER}”: Title · English" in banner
    assert "Русский" not in banner and "spices-cluster" not in banner

    save(qtbot, boris)  # now against the version Anna saved: accepted, her title kept, his other edits in
    assert not boris.working.is_dirty()
    saved = record(anna.db, "cluster", CLUSTER)
    assert saved.t("title", "en") == "Anna's title" and saved.t("title", "ru") == "Заголовок Бориса"
    assert record(anna.db, "cluster", "spices-cluster").t("title", "en") == "Boris's spices"


def test_the_fleet_tab_explains_how_to_set_up_without_an_office_database(qtbot, console):
    console.main_tabs.setCurrentWidget(console.fleet)
    assert console.fleet.hint.isVisible() and not console.fleet.table.isVisible()
    assert "KIOSK_DATABASE_URL" in console.fleet.hint.text() and "fleet.source" in console.fleet.hint.text()


@pytest.mark.postgres
def test_the_fleet_tab_lists_every_kiosk_online_or_offline_since(qtbot, postgres_server, tmp_path):
    url = postgres_server.create_database()
    db = open_database(url, tmp_path)
    prepare(db)
    now = datetime.now(timezone.utc)
    base = {"content_version": "2026-01-01.1", "uptime_s": 60, "restarts": 0, "errors": [], "last_update_result": None,
            "last_update_at": None, "free_disk_bytes": None, "voices": {}}
    write_status(db.engine, {**base, "kiosk_id": "k1", "name": "Entrance", "reported_at": now.isoformat()})
    write_status(db.engine, {**base, "kiosk_id": "k2", "name": "Hall B", "errors": ["disk almost full"],
                             "reported_at": (now - timedelta(hours=1)).isoformat()})
    window = ConsoleWindow(db, "editor", language="en", prompts=ScriptedPrompts())
    qtbot.addWidget(window)
    window.show()
    window.main_tabs.setCurrentWidget(window.fleet)
    table = window.fleet.table
    assert table.isVisible() and not window.fleet.hint.isVisible() and table.rowCount() == 2
    cells = [[table.item(r, c).text() for c in range(table.columnCount())] for r in range(2)]
    assert cells[0][:2] == ["Entrance", "online"] and "(behind)" in cells[0][2]
    assert cells[1][0] == "Hall B" and cells[1][1].startswith("offline since ") and cells[1][4] == "disk almost full"
    assert window.fleet.summary.text().startswith("2 kiosks: 1 online, 1 offline.")
    window.close()
    db.close()


def test_the_merge_keeps_edits_on_top_of_theirs_and_names_only_true_clashes():
    from kiosk.admin.console.working import three_way

    base = {"slug": "a", "web_url": "https://a.example", "level": "national",
            "text": {"title": {"en": {"text": "A", "verified": True}, "ru": {"text": "А", "verified": True}}}}
    mine = {"slug": "a", "level": "provincial",  # web address removed, level changed
            "text": {"title": {"en": {"text": "Mine", "verified": True}, "ru": {"text": "Моё", "verified": True},
                               "zh-Hans": {"text": "我的", "verified": False}}}}
    theirs = {"slug": "a", "web_url": "https://a.example", "level": "city",
              "text": {"title": {"en": {"text": "Theirs", "verified": True},
                                 "ru": {"text": "А", "verified": True, "stale": True}}}}
    merged, lost = three_way(base, mine, theirs)
    assert lost == ["level", "text.title.en"]
    assert merged["level"] == "city" and "web_url" not in merged
    # Their English stands; the Russian typed here goes on theirs and, as a verified text changed, puts the
    # English up for review; the new Chinese is added.
    assert merged["text"]["title"] == {"en": {"text": "Theirs", "verified": False, "stale": True},
                                       "ru": {"text": "Моё", "verified": True},
                                       "zh-Hans": {"text": "我的", "verified": False}}
    # A merge where only this side changed anything gives this side's data back.
    assert three_way(base, mine, base) == (mine | {"text": mine["text"]}, [])
