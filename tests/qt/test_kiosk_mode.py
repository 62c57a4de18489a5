"""Locked kiosk mode: no way out for a visitor, no cursor after touch; and
the unlocked window ``kiosk run`` opens on a developer's PC, which Escape
and the close button leave."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QCloseEvent, QGuiApplication
from PySide6.QtTest import QTest

from kiosk.cli import build_parser
from kiosk.ui.app import LAYOUTS, TITLE_BAR_ALLOWANCE, KioskUi, choose_window, fit_window, parse_size, run_kiosk


def test_locked_window_ignores_close_paths_and_hides_the_cursor(qapp, db, qt_messages):
    ui = KioskUi(db, language="en", size=LAYOUTS["landscape"], recover_on_error=False)
    ui.show(fullscreen=True)
    window = ui.window
    flags = window.flags()
    assert flags & Qt.WindowType.FramelessWindowHint and flags & Qt.WindowType.WindowStaysOnTopHint
    assert window.windowState() & Qt.WindowState.WindowFullScreen
    for key, mods in [
        (Qt.Key.Key_Escape, Qt.KeyboardModifier.NoModifier),
        (Qt.Key.Key_F4, Qt.KeyboardModifier.AltModifier),
        (Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier),
        (Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier),
    ]:
        QTest.keyClick(window, key, mods)
        qapp.processEvents()
        assert window.isVisible(), f"{key} closed the kiosk"
    event = QCloseEvent()
    QGuiApplication.sendEvent(window, event)
    assert not event.isAccepted() and window.isVisible()

    from kiosk.ui.driver import Driver

    drive = Driver(ui)
    drive.tap("tile-cluster")
    assert QGuiApplication.overrideCursor() is not None
    assert QGuiApplication.overrideCursor().shape() == Qt.CursorShape.BlankCursor
    QGuiApplication.restoreOverrideCursor()
    QGuiApplication.instance().removeEventFilter(ui.lock)
    assert ui.warnings == []
    ui.close()


def test_an_unlocked_window_closes_on_escape(qapp, db, qt_messages):
    ui = KioskUi(db, language="en", size=LAYOUTS["small"], recover_on_error=False)
    ui.show(fullscreen=False, leave_on_escape=True)
    window = ui.window
    assert window.isVisible() and not window.windowState() & Qt.WindowState.WindowFullScreen
    assert not window.flags() & Qt.WindowType.FramelessWindowHint  # a title bar with its close button
    QTest.keyClick(window, Qt.Key.Key_A)  # other keys do nothing of the kind
    assert window.isVisible()
    QTest.keyClick(window, Qt.Key.Key_Escape)
    assert not window.isVisible()
    assert ui.warnings == []
    ui.close()


def test_an_unlocked_window_closes_from_its_close_button(qapp, db, qt_messages):
    ui = KioskUi(db, language="en", size=LAYOUTS["small"], recover_on_error=False)
    ui.show(fullscreen=False, leave_on_escape=True)
    event = QCloseEvent()
    QGuiApplication.sendEvent(ui.window, event)
    assert event.isAccepted()
    assert ui.warnings == []
    ui.close()


@pytest.mark.parametrize(
    ("argv", "setting", "locked", "size"),
    [
        (["run"], False, False, None),  # a developer's PC: a window fitted to the screen
        (["run", "--locked"], False, True, LAYOUTS["landscape"]),
        (["run"], True, True, LAYOUTS["landscape"]),  # the setting locks it without the option
        (["run", "--windowed", "1366x768"], True, False, (1366, 768)),  # a window asked for is a window
    ],
)
def test_kiosk_run_is_locked_only_when_asked(qapp, argv, setting, locked, size):
    args = build_parser().parse_args(argv)
    requested = parse_size(args.windowed) if args.windowed else None
    chosen_locked, chosen_size = choose_window(args.locked, requested, setting)
    assert chosen_locked == locked
    assert chosen_size == (size or fit_window(LAYOUTS["landscape"], screen_room()))


def screen_room() -> tuple[int, int]:
    free = QGuiApplication.primaryScreen().availableGeometry()
    return free.width(), free.height() - TITLE_BAR_ALLOWANCE


def test_the_default_window_fits_a_small_screen_in_the_kiosks_shape():
    assert fit_window((1920, 1080), (2560, 1400)) == (1920, 1080)
    assert fit_window((1920, 1080), (1366, 720)) == (1280, 720)
    assert fit_window((1920, 1080), (1280, 1000)) == (1280, 720)


@pytest.fixture
def quiet_run(monkeypatch):
    """``run_kiosk`` in this process without taking over its logging, Qt's
    messages or the exception hook (the test run keeps them); yields the
    kiosks it made, and closes them and lets go of their lock afterwards."""
    import kiosk.runtime.logs
    import kiosk.ui.app

    made: list[KioskUi] = []

    class Recorded(KioskUi):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            made.append(self)

    monkeypatch.setattr(kiosk.runtime.logs, "setup_logging", lambda *a, **k: None)
    monkeypatch.setattr(kiosk.ui.app, "route_qt_messages", lambda: None)
    monkeypatch.setattr(kiosk.ui.app, "KioskUi", Recorded)
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    yield made
    for ui in made:
        if getattr(ui, "lock", None) is not None:
            QGuiApplication.instance().removeEventFilter(ui.lock)
            ui.window.removeEventFilter(ui.lock)
        ui.close()
    while QGuiApplication.overrideCursor() is not None:
        QGuiApplication.restoreOverrideCursor()


def run_and_press_escape(made: list[KioskUi], argv: list[str]) -> tuple[int, dict[str, bool]]:
    """``kiosk run`` with *argv*; once its window shows, Escape is pressed.
    Returns the exit code and whether the window stayed open after Escape."""
    seen: dict[str, bool] = {}

    def press() -> None:
        if not made or not made[-1].window.isVisible():
            QTimer.singleShot(50, press)
            return
        window = made[-1].window
        seen["fullscreen"] = bool(window.windowState() & Qt.WindowState.WindowFullScreen)
        QTest.keyClick(window, Qt.Key.Key_Escape)
        seen["open_after_escape"] = window.isVisible()
        # A locked kiosk stays: end the run as the staff menu's exit would.
        QTimer.singleShot(0, lambda: QGuiApplication.instance().exit(7))

    QTimer.singleShot(0, press)
    return run_kiosk(build_parser().parse_args(argv)), seen


def test_kiosk_run_opens_a_window_that_escape_leaves(qapp, db, quiet_run):
    code, seen = run_and_press_escape(quiet_run, ["--database", db.url, "--data-dir", str(db.data_dir), "run"])
    assert len(quiet_run) == 1
    assert seen == {"fullscreen": False, "open_after_escape": False}
    assert code == 0  # closing the window ended the run


def test_kiosk_run_locked_swallows_escape(qapp, db, quiet_run):
    code, seen = run_and_press_escape(quiet_run, ["--database", db.url, "--data-dir", str(db.data_dir), "run", "--locked"])
    assert len(quiet_run) == 1
    assert seen == {"fullscreen": True, "open_after_escape": True}
    assert code == 7  # only the exit the test asked for ended it


def test_locked_and_windowed_together_are_refused(data_dir, capsys):
    from kiosk.cli import main

    assert main(["run", "--locked", "--windowed", "800x600"]) == 2
    assert "give one of them" in capsys.readouterr().err
