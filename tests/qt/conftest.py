"""Fixtures for driving the visitor kiosk offscreen.

``kiosk`` builds a KioskUi on the test's own database, shows it, and hands
back a Driver.  Every QML warning fails the test: the engine's warnings and
Qt's own warning messages from the kiosk's QML files are both collected.

The kiosks of one test run share one picture cache, as a kiosk in service
keeps its own across restarts: pictures are named by what they show, so a
later test finds the ones an earlier test drew.  Without it every kiosk
drew its whole warm-up list (several hundred pictures) again, in the
background of every test.  A test of drawing itself makes the folder
``<data>/cache/art`` first and so gets a cache of its own.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QtMsgType, qInstallMessageHandler

from kiosk.gui.meta_objects import own_meta_objects
from kiosk.ui.app import LAYOUTS, KioskUi, make_application
from kiosk.ui.driver import Driver

#: Qt's own messages that say nothing about the kiosk: the multimedia
#: backend probing for PipeWire, and a notice inside Qt's virtual keyboard QML.
IGNORED_CATEGORIES = ("qt.multimedia", "qt.qml.propertyCache.append", "qt.virtualkeyboard")


@pytest.fixture
def qt_messages():
    """Warnings Qt printed during the test that concern the kiosk's QML."""
    caught: list[str] = []

    def handler(kind, context, message):
        category = context.category or ""
        if kind in (QtMsgType.QtWarningMsg, QtMsgType.QtCriticalMsg, QtMsgType.QtFatalMsg):
            if not category.startswith(IGNORED_CATEGORIES):
                caught.append(f"{category}: {message}")

    previous = qInstallMessageHandler(handler)
    yield caught
    qInstallMessageHandler(previous)


@pytest.fixture(scope="session")
def shared_art_cache(tmp_path_factory) -> Path:
    """The picture cache the kiosks of this test run share (see the module)."""
    return tmp_path_factory.mktemp("art-cache")


@pytest.fixture
def kiosk(qapp, db, qt_messages, shared_art_cache):
    """Factory: ``kiosk(layout="landscape", language="en", **options)`` → Driver."""
    make_application()
    made: list[KioskUi] = []

    def start(layout: str = "landscape", language: str = "en", animations: bool = False, **options) -> Driver:
        options.setdefault("recover_on_error", False)
        cache = db.data_dir / "cache" / "art"
        if not cache.exists():  # a test that made its own folder draws into it
            cache.parent.mkdir(parents=True, exist_ok=True)
            cache.symlink_to(shared_art_cache, target_is_directory=True)
        ui = KioskUi(db, language=language, size=LAYOUTS[layout], **options)
        ui.show(fullscreen=False)
        made.append(ui)
        drive = Driver(ui)
        drive.set_animations(animations)
        drive.settle()
        drive.frame()
        return drive

    yield start
    # A method connected to a signal without @Slot (see kiosk.gui.meta_objects).
    dynamic = own_meta_objects() if made else []
    for ui in made:
        warnings = list(ui.warnings)
        ui.close()
        assert warnings == [], f"QML warnings: {warnings}"
    assert qt_messages == [], f"Qt warnings: {qt_messages}"
    assert dynamic == [], f"objects with a meta-object of their own: {dynamic}"
