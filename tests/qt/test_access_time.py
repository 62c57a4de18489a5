"""Time and motion for visitors who need them: the countdown gives 20 s and
one touch or key answers it (WCAG 2.2.1); a visitor using read aloud or the
keys gets the idle timeout times ``access.idle_multiplier``; Less motion
leaves out every transition, count-up and cross-fade."""

from __future__ import annotations

from PySide6.QtCore import Q_ARG, QMetaObject, Qt
from PySide6.QtTest import QTest

from kiosk.content.change.settings import Settings
from kiosk.ui.bridge.idle import IdleController


def test_the_countdown_gives_twenty_seconds_by_default(kiosk):
    assert IdleController().countdownMs >= 20_000
    drive = kiosk(language="en")
    assert drive.ui.idle.property("countdownMs") >= 20_000
    drive.ui.idle.start_countdown()
    drive.settle()
    assert int(drive.item("idleCountdown").property("text")) >= 19


def test_one_key_answers_the_countdown(kiosk):
    drive = kiosk(language="en")
    drive.go("openSection", "cluster")
    drive.ui.idle.start_countdown()
    drive.settle()
    QTest.keyClick(drive.window, Qt.Key.Key_Down)
    drive.settle()
    assert drive.ui.idle.property("state") == "active"
    assert drive.ui.current_page == "list-cluster"


def test_read_aloud_and_keys_make_the_timeout_longer_by_the_setting(kiosk, db):
    Settings(db.engine).set("access.idle_multiplier", 3)
    drive = kiosk(language="en", idle_timeout_ms=1000, countdown_ms=3000)
    idle = drive.ui.idle
    assert idle.effective_timeout_ms() == 1000
    drive.ui.access.setProperty("readAloud", True)
    assert idle.effective_timeout_ms() == 3000
    # The visitor sees it: after twice the timeout the kiosk still waits.
    assert not drive.wait_until(lambda: idle.property("state") == "countdown", 2000)
    assert drive.wait_until(lambda: idle.property("state") == "countdown", 2500)
    idle.sleep()
    drive.settle()
    idle.wake()
    assert idle.effective_timeout_ms() == 1000  # the next visitor starts with the plain timeout
    QTest.keyClick(drive.window, Qt.Key.Key_Tab)
    assert idle.property("keypadUsed") and idle.effective_timeout_ms() == 3000


def test_less_motion_leaves_out_transitions_count_up_and_cross_fades(kiosk):
    drive = kiosk(language="en", animations=True)
    theme = drive.ui.engine.singletonInstance("Kiosk", "Theme")
    assert theme.property("transitionDuration") == 200
    drive.ui.access.setProperty("lessMotion", True)
    assert theme.property("transitionDuration") == 0
    drive.tap("tile-cluster")
    assert drive.wait_until(lambda: not drive.ui.stack.property("busy"), 100)  # no transition to wait for
    # The attract loop shows each figure at its value at once, and changes pictures without a fade.
    attract = drive.window.findChild(type(drive.ui.stack), "attractOverlay")
    QMetaObject.invokeMethod(attract, "showFigure", Q_ARG("QVariant", 1))
    assert attract.property("progress") == 1
    assert attract.property("fade") == 1
