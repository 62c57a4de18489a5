"""The on-kiosk staff menu: hidden gesture, PIN pad, packs from a stick, backups, settings."""

from __future__ import annotations

from PySide6.QtCore import QPoint
from PySide6.QtTest import QTest

from kiosk.content.change.pin import PinStore
from kiosk.content.formats.contentset_io import read_content_dir
from kiosk.content.formats.packs import write_pack
from kiosk.content.formats.schema import Translation
from kiosk.content.change.settings import Settings
from kiosk.ui.driver import touch_device

from tests.conftest import DEFAULT_CONTENT


def long_press(drive, point: QPoint, ms: int | None = None) -> None:
    """Hold a finger on *point* for *ms* milliseconds, or (None) until the
    corner says it was held long enough for the staff gesture."""
    dev = touch_device()
    QTest.touchEvent(drive.window, dev).press(0, point, drive.window).commit()
    if ms is None:
        corner = drive.item("staffCornerHold")
        assert drive.wait_until(lambda: corner.property("heldLongEnough"), 15_000)
    else:
        drive.wait(ms)  # the length of the press is the gesture itself
    QTest.touchEvent(drive.window, dev).release(0, point, drive.window).commit()


def corners(drive):
    w, h = drive.window.width(), drive.window.height()
    return QPoint(20, 20), QPoint(w - 20, h - 20)


def open_menu(drive, language: str | None = "en") -> None:
    """Open the PIN pad with the gesture; then choose the menu's *language* on
    its own switch (it opens in the kiosk's start language, Chinese here)."""
    top_left, bottom_right = corners(drive)
    long_press(drive, top_left)
    assert drive.wait_until(lambda: drive.item("staffCornerTap").isEnabled(), 5000)
    drive.tap_at(bottom_right)
    assert drive.wait_until(lambda: drive.ui.staff.property("isOpen"), 10_000)
    drive.settle()
    if language is not None:
        drive.frame()  # the menu has just been laid out in the start language: tap where the switch is now
        drive.tap(f"staff-lang-{language}")
        drive.settle()
        assert drive.ui.app_state.property("language") == language


def enter(drive, digits: str) -> None:
    for d in digits:
        drive.tap(f"pin-{d}")
    drive.tap("pin-OK")
    drive.settle()


def message(drive) -> str:
    found = drive.ui.find("staffMessage")
    return found.property("text") if found is not None else ""


def unlock(drive, pin: str = "482913") -> None:
    open_menu(drive)
    enter(drive, "000000")
    assert drive.ui.staff.property("page") == "change-pin"
    enter(drive, pin)
    enter(drive, pin)
    assert drive.ui.staff.property("page") == "menu", message(drive)


def test_the_gesture_opens_the_pin_pad_and_a_plain_tap_does_not(kiosk):
    drive = kiosk(language="en")
    top_left, bottom_right = corners(drive)
    drive.tap_at(bottom_right)  # a visitor's tap in the corner opens nothing
    drive.settle()
    assert not drive.ui.staff.property("isOpen")
    drive.tap("aboutButton")  # and the button beside it still works
    drive.settle()
    assert drive.ui.current_page == "about"
    long_press(drive, top_left, 800)  # too short
    assert not drive.item("staffCornerTap").isEnabled()
    drive.tap_at(bottom_right)
    drive.settle()
    assert not drive.ui.staff.property("isOpen")
    open_menu(drive)
    assert drive.ui.staff.property("isOpen")
    assert drive.ui.find("staffMenu") is not None and drive.ui.find("pin-5") is not None


def test_first_use_forces_a_new_pin_then_the_new_pin_opens_the_menu(kiosk, db):
    drive = kiosk(language="en")
    unlock(drive)
    assert not PinStore(db.engine).is_default()
    drive.tap("staffClose")
    open_menu(drive)
    enter(drive, "000000")
    assert "Wrong PIN" in message(drive) and drive.ui.staff.property("page") == "pin"
    enter(drive, "482913")
    assert drive.ui.staff.property("page") == "menu"


def test_five_wrong_pins_lock_the_pad(kiosk):
    drive = kiosk(language="ru")
    open_menu(drive)
    for _ in range(5):
        enter(drive, "1234")
    assert drive.ui.staff.property("lockedFor") > 290
    assert drive.ui.staff.property("page") == "pin"
    enter_blocked = drive.ui.find("pin-OK")
    assert enter_blocked is None or not enter_blocked.isEnabled()


def test_a_pack_on_a_stick_is_imported_and_visitors_see_it(kiosk, db, tmp_path):
    content = read_content_dir(DEFAULT_CONTENT)
    haier = next(r for r in content.of("manufacturer") if r.slug == "haier-group")
    title = dict(haier.text["title"])
    title["en"] = Translation(text="Haier Group (Jiaozhou)", verified=True)
    changed = haier.model_copy(update={"text": {**haier.text, "title": title}})
    zone = content.of("zone")[0]
    zone_title = dict(zone.text["title"])
    old_zone_title = zone_title["en"].text
    zone_title["en"] = Translation(text="Jiaozhou, Qingdao (updated)", verified=True)
    new_zone = zone.model_copy(update={"text": {**zone.text, "title": zone_title}})
    swap = {"haier-group": changed, zone.slug: new_zone}
    records = {k: [swap.get(r.slug, r) for r in v] for k, v in content.records.items()}
    meta = content.meta.model_copy(update={"content_version": "2026-11-28.1"})
    stick = tmp_path / "stick"
    stick.mkdir()
    write_pack(content.model_copy(update={"records": records, "meta": meta}), stick / "update.kioskpack")

    drive = kiosk(language="en")
    drive.ui.staff._pack_roots = [stick]
    unlock(drive)
    drive.tap("staff-packs")
    drive.settle()
    assert drive.ui.find("import-update.kioskpack") is not None
    drive.tap("import-update.kioskpack")
    drive.tap("confirmYes")
    assert drive.wait_until(lambda: not drive.ui.staff.property("busy"), 20000)
    assert "2026-11-28.1" in message(drive), message(drive)
    drive.tap("staffClose")
    drive.settle()
    assert drive.ui.find("homeTitle").property("text") == "Jiaozhou, Qingdao (updated)"
    drive.go("openRecord", "manufacturer", "haier-group")
    assert drive.item("detailTitle").property("text") == "Haier Group (Jiaozhou)"

    # The import took a backup first: restoring it brings the old title back.
    open_menu(drive)
    enter(drive, "482913")
    drive.tap("staff-backups")
    drive.settle()
    backups = drive.ui.staff.property("backupList")
    assert backups
    before_import = [b for b in backups if "import" in b["reason"]][0]
    drive.tap(f"restore-{before_import['id']}")
    drive.tap("confirmYes")
    assert drive.wait_until(lambda: not drive.ui.staff.property("busy"), 20000)
    assert "restored" in message(drive), message(drive)
    drive.tap("staffClose")
    drive.settle()
    assert drive.ui.find("homeTitle").property("text") == old_zone_title
    drive.go("openRecord", "manufacturer", "haier-group")
    assert drive.item("detailTitle").property("text") == "Haier Group"


def test_a_damaged_pack_is_refused_and_the_content_stays(kiosk, tmp_path):
    stick = tmp_path / "stick"
    stick.mkdir()
    (stick / "broken.kioskpack").write_bytes(b"PK\x03\x04 not really a zip")
    drive = kiosk(language="en")
    drive.ui.staff._pack_roots = [stick]
    unlock(drive)
    drive.tap("staff-packs")
    drive.settle()
    drive.tap("import-broken.kioskpack")
    drive.tap("confirmYes")
    assert drive.wait_until(lambda: not drive.ui.staff.property("busy"), 20000)
    assert "not imported" in message(drive) and "broken.kioskpack" in message(drive)
    assert drive.ui.catalogue.content_info()["content_version"] == "2025-08-25.1"


def test_settings_change_the_running_kiosk(kiosk, db):
    drive = kiosk(language="en")
    unlock(drive)
    drive.tap("staff-settings")
    drive.settle()
    drive.tap("idle-more")
    drive.settle()
    assert Settings(db.engine).get("idle_timeout_s") == 105
    assert drive.ui.idle.property("timeoutMs") == 105_000
    drive.tap("default-ru")
    assert Settings(db.engine).get("default_language") == "ru"
    drive.tap("enabled-en")  # English off: the switch offers two languages
    assert Settings(db.engine).get("enabled_languages") == ["zh-Hans", "ru"]
    assert [l["code"] for l in drive.ui.app_state.languages] == ["zh-Hans", "ru"]
    drive.tap("enabled-ru")  # the start language cannot be switched off
    assert "default_language" in message(drive)
    assert Settings(db.engine).get("enabled_languages") == ["zh-Hans", "ru"]
    drive.tap("enabled-en")
    drive.tap("layout-portrait")
    assert Settings(db.engine).get("screen_layout") == "portrait"
    drive.tap("layout-auto")
    for _ in range(40):  # down to the floor, never below it
        drive.tap("idle-less")
    assert Settings(db.engine).get("idle_timeout_s") == 30


def test_exit_to_desktop_asks_first_then_exits_with_the_no_restart_code(kiosk):
    drive = kiosk(language="en")
    drive.ui.staff.quitRequested.disconnect(drive.ui._quit)
    codes = []
    drive.ui.staff.quitRequested.connect(codes.append)
    unlock(drive)
    drive.tap("staff-exit")
    drive.tap("confirmNo")
    assert codes == []
    drive.tap("staff-exit")
    drive.tap("confirmYes")
    assert codes == [3]


def test_the_menu_closes_itself_after_a_quiet_minute(kiosk):
    drive = kiosk(language="en")
    unlock(drive)
    assert drive.ui.staff.property("isOpen")
    # A minute is 500 ms here, counted from the last touch (the unlock).
    drive.ui.staff._auto_close.setInterval(500)
    drive.ui.staff.touched()
    assert drive.wait_until(lambda: not drive.ui.staff.property("isOpen"), 3000)
    assert drive.ui.find("staffMenu") is None


def test_diagnostics_are_written_to_the_stick(kiosk, tmp_path):
    stick = tmp_path / "stick"
    stick.mkdir()
    drive = kiosk(language="en")
    drive.ui.staff._pack_roots = [stick]
    unlock(drive)
    drive.tap("staff-diagnostics")
    assert drive.wait_until(lambda: not drive.ui.staff.property("busy"), 30000)
    archives = list(stick.glob("*.zip"))
    assert len(archives) == 1, message(drive)
    assert str(archives[0]) in message(drive)


def pin_places(drive) -> int:
    return len(drive.ui.items("pinPlace"))


def test_the_pad_shows_a_place_per_digit_and_says_why_a_new_pin_is_needed(kiosk):
    drive = kiosk(language="en")
    open_menu(drive)
    assert pin_places(drive) == 6  # the first PIN, 000000
    enter(drive, "000000")
    reason = drive.ui.find("newPinReason")
    assert reason is not None and "000000" in reason.property("text") and "manual" in reason.property("text")
    enter(drive, "4829")
    enter(drive, "4829")
    assert drive.ui.staff.property("page") == "menu", message(drive)
    drive.tap("staffClose")
    open_menu(drive)
    assert pin_places(drive) == 4  # the PIN now has four digits
    enter(drive, "4829")
    assert drive.ui.staff.property("page") == "menu"
    assert drive.ui.find("newPinReason") is None  # a PIN asked for from the menu needs no reason


def test_the_menu_speaks_the_start_language_and_gives_the_visitor_theirs_back(kiosk, db):
    drive = kiosk(language="en")  # the last visitor read English
    unlock(drive)  # opens in Chinese (the start language), then switched to English on the menu
    drive.tap("staffClose")
    drive.settle()
    assert drive.ui.app_state.property("language") == "en"
    Settings(db.engine).set("default_language", "ru")
    open_menu(drive, language=None)
    assert drive.ui.app_state.property("language") == "ru"
    assert drive.ui.find("staffMenu") is not None
    drive.tap("staff-lang-zh-Hans")
    drive.settle()
    assert drive.ui.app_state.property("language") == "zh-Hans"
    drive.tap("staffClose")
    drive.settle()
    assert drive.ui.app_state.property("language") == "en"


def test_the_menu_says_what_the_kiosk_holds_and_whom_to_ask(kiosk):
    from kiosk import __version__

    drive = kiosk(language="en")
    unlock(drive)
    about = drive.ui.find("staffAbout").property("text")
    assert "2025-08-25.1" in about and __version__ in about and "since" in about
    contact = drive.ui.find("staffContact").property("text")
    assert "86-10-63074558" in contact  # the press release's contact, in the menu's language
    drive.tap("staff-lang-ru")
    drive.settle()
    assert "Контакт" in drive.ui.find("staffContact").property("text")


def test_destructive_actions_stand_apart_and_their_question_names_the_choices(kiosk):
    drive = kiosk(language="en")
    unlock(drive)
    careful = drive.ui.find("staffCareful")
    for name in ("staff-backups", "staff-exit"):
        item = drive.ui.find(name)
        assert item.parentItem() is careful and item.property("danger")
    assert drive.ui.find("staff-packs").parentItem() is not careful
    drive.tap("staff-exit")
    drive.settle()
    yes, no = drive.ui.find("confirmYes"), drive.ui.find("confirmNo")
    assert (yes.property("text"), no.property("text")) == ("Exit to desktop", "Stay")
    assert no.property("primary") and not yes.property("primary")  # the safe choice is the highlighted one
    drive.tap("confirmNo")
    drive.settle()
    assert drive.ui.staff.property("isOpen") and drive.ui.find("confirmYes") is None
