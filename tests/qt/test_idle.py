"""The idle path: countdown, attract loop, a fresh start for the next visitor."""

from __future__ import annotations

import time

import pytest
from PySide6.QtCore import QPoint


def test_idle_countdown_then_attract_resets_the_visitor_session(kiosk):
    drive = kiosk(language="en", idle_timeout_ms=1000, countdown_ms=1500)
    ui = drive.ui
    drive.tap("lang-ru")
    drive.tap("tile-cluster")
    drive.settle()
    drive.tap("searchButton")
    drive.settle()
    drive.type_text("steel")
    assert ui.find("searchField").property("text") == "steel"

    assert drive.wait_until(lambda: ui.idle.property("state") == "countdown", 4000)
    overlay = drive.item("idleOverlay")
    assert overlay.isVisible()
    assert int(drive.item("idleCountdown").property("text")) in (1, 2)

    assert drive.wait_until(lambda: ui.idle.property("state") == "attract", 4000)
    drive.settle()
    assert drive.item("attractOverlay").isVisible()
    # The next visitor starts fresh: default language, Home, nothing typed.
    assert ui.app_state.language == "zh-Hans"
    assert ui.current_page == "home"
    assert ui.stack.property("depth") == 1

    # Any touch on the attract loop opens Home.
    drive.tap_at(QPoint(200, 400))
    drive.settle()
    assert ui.idle.property("state") == "active"
    assert ui.find("attractOverlay") is None
    assert ui.current_page == "home"
    # The list the last visitor had open comes back fresh, in the new language.
    drive.tap("tile-cluster")
    drive.settle()
    first = ui.catalogue.list("cluster", "zh-Hans", limit=1)[0]
    assert ui.current_page == "list-cluster"
    assert drive.item(f"card-{first.slug}").property("title") == first.title.text
    grid = drive.item("recordGrid")
    assert grid.property("contentY") == pytest.approx(grid.property("originY"), abs=1)


def test_a_touch_during_the_countdown_cancels_it_and_keeps_the_page(kiosk):
    drive = kiosk(language="en", idle_timeout_ms=1000, countdown_ms=3000)
    ui = drive.ui
    drive.tap("tile-platform")
    drive.settle()
    assert drive.wait_until(lambda: ui.idle.property("state") == "countdown", 4000)
    drive.tap_at(QPoint(100, 500))
    drive.settle()
    assert ui.idle.property("state") == "active"
    assert ui.current_page == "list-platform"
    assert ui.app_state.language == "en"


def test_touching_pages_keeps_the_kiosk_awake(kiosk):
    timeout_ms = 2000
    drive = kiosk(language="en", idle_timeout_ms=timeout_ms, countdown_ms=1000)
    ui = drive.ui
    states = []
    ui.idle.stateChanged.connect(lambda: states.append(ui.idle.property("state")))
    started = time.monotonic()
    # Taps a third of the timeout apart, for more than twice the timeout in all
    # (on the clock, not a count of taps): the kiosk never starts its countdown.
    while time.monotonic() - started < 2.5 * timeout_ms / 1000:
        drive.tap("aboutButton")
        drive.wait(timeout_ms // 3)  # the pause between a visitor's taps, not a wait for a result
    assert ui.idle.property("state") == "active"
    assert states == []


def test_a_playing_video_holds_the_timer(kiosk):
    drive = kiosk(language="en", idle_timeout_ms=1000, countdown_ms=1000)
    ui = drive.ui
    states = []
    ui.idle.stateChanged.connect(lambda: states.append(ui.idle.property("state")))
    ui.idle.setProperty("hold", True)
    # Longer than the timeout, during which nothing may happen: a slower
    # machine only makes this longer, and the hold must win however long.
    drive.wait(1600)
    assert ui.idle.property("state") == "active" and states == []
    ui.idle.setProperty("hold", False)
    assert drive.wait_until(lambda: ui.idle.property("state") == "countdown", 10_000)


def test_the_attract_loop_shows_highlights_and_touch_to_start_in_every_language(kiosk):
    drive = kiosk(language="ru")
    drive.ui.idle.sleep()
    drive.settle()
    texts = {i.property("text") for i in drive.ui.items() if i.property("text")}
    assert {"触摸屏幕开始浏览", "Коснитесь экрана, чтобы начать", "Touch the screen to start"} <= texts
    assert "1.5万+" in texts  # the first highlight: a key figure, in the default language
