"""Starting Qt the same way for both faces (the visitor kiosk, the staff console)
and for the benchmark that measures the kiosk.

``display_problem`` says why no window can open before anything is opened;
``route_qt_messages`` sends Qt's own messages to the log file;
``start_application`` makes the Qt application with the program's names,
the PySide6 refcount guard, cycle collection on the GUI thread and the
bundled fonts.
"""

from __future__ import annotations

import logging
import os
import sys

from PySide6.QtCore import QtMsgType, qInstallMessageHandler
from PySide6.QtGui import QGuiApplication

from kiosk import APP_ID, APP_NAME, ORG_NAME, __version__
from kiosk.gui import fonts
from kiosk.gui.collector import keep_collection_on_main_thread
from kiosk.gui.image_plugins import load_image_plugins
from kiosk.gui.refcount import guard_none_refcount
from kiosk.runtime.heap import tune_heap

#: Qt's message kinds as logging levels.
QT_LOG_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}


def display_problem(face: str) -> str | None:
    """Why *face* ("the kiosk", "the console") cannot open a window here, or None.

    On Linux without a display server Qt would abort with a message about
    platform plugins that names none of the real causes."""
    if sys.platform.startswith("linux") and not os.environ.get("QT_QPA_PLATFORM"):
        if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
            return (
                f"no display for {face}: $DISPLAY and $WAYLAND_DISPLAY are empty. Start it in a graphical "
                "session, or set QT_QPA_PLATFORM=offscreen to run it without a screen."
            )
    return None


def route_qt_messages() -> None:
    """Qt's own messages go to the ``qt`` logger (the log file), not to a console nobody reads."""
    qt_log = logging.getLogger("qt")

    def handler(kind, context, message):
        qt_log.log(QT_LOG_LEVELS.get(kind, logging.WARNING), "%s: %s", context.category or "qt", message)

    qInstallMessageHandler(handler)


def start_application(
    app_class: type[QGuiApplication] = QGuiApplication, argv: list[str] | None = None
) -> tuple[QGuiApplication, str]:
    """The Qt application (the running one, or a new *app_class*) with the
    program's names and the bundled fonts; returns it and the bundled font
    family ('' when none loaded)."""
    # Without this, PySide6 6.12.0 on Python 3.11 aborts after a few thousand
    # Qt calls (see kiosk/gui/refcount.py): a kiosk would die within hours.
    guard_none_refcount()
    # Before Qt starts its threads (the image reader, the render thread): how
    # big freed blocks go back to the system (kiosk/runtime/heap.py).
    tune_heap()
    app = app_class.instance() or app_class(argv or [sys.argv[0]])
    app.setApplicationName(APP_ID)
    app.setApplicationDisplayName(APP_NAME)
    app.setOrganizationName(ORG_NAME)
    app.setApplicationVersion(__version__)
    load_image_plugins()
    # Cycles are collected on the GUI thread only: a worker thread that
    # collected one holding Qt objects would delete them under the GUI
    # thread's feet (kiosk/gui/collector.py).
    keep_collection_on_main_thread(app)
    return app, fonts.load_fonts(app)
