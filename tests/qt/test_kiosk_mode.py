"""Locked kiosk mode: no way out for a visitor, no cursor after touch."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent, QGuiApplication
from PySide6.QtTest import QTest

from kiosk.ui.app import LAYOUTS, KioskUi


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
