"""Fixtures for the staff console: a window on the test's own database,
with its dialogs answered by a script (``console_tools.ScriptedPrompts``)."""

from __future__ import annotations

import os

import pytest
from PySide6.QtCore import QCoreApplication, QEvent
from console_tools import RealDialogs, ScriptedPrompts

from kiosk.admin.console.window import ConsoleWindow
from kiosk.gui.meta_objects import own_meta_objects

# The test suite runs Qt's virtual keyboard (tests/conftest.py) for the kiosk's
# QML.  A focused text field in a Widgets window would make it open its own
# desktop panel, which Qt tears down after the application at exit and then
# aborts; the console's tests type with key events instead.  Read when the
# application starts, so set during collection, before any test makes it.
os.environ.setdefault("QT_VIRTUALKEYBOARD_DESKTOP_DISABLE", "1")


@pytest.fixture(scope="session", autouse=True)
def compiled_translations():
    """The .qm files the language tests load (built when older than the .ts)."""
    from kiosk.i18n.build import build

    build(quiet=True)


def _open(qtbot, db, prompts):
    window = ConsoleWindow(db, "editor", language="en", prompts=prompts)
    qtbot.addWidget(window)
    window.resize(1600, 1000)
    window.show()
    qtbot.waitExposed(window)
    return window


def _close(window) -> None:
    # A method connected to a signal without @Slot (see kiosk.gui.meta_objects).
    dynamic = own_meta_objects()
    if window.job is not None:
        window.job.cancel()
        window.job.wait()
    window.close_preview()
    window.translations.remove()
    # Delete the window while the application still exists (not at exit).
    window.close()
    window.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert dynamic == [], f"objects with a meta-object of their own: {dynamic}"


@pytest.fixture
def console(qtbot, db):
    """The console on the test's database, as the role ``editor``, in English."""
    window = _open(qtbot, db, ScriptedPrompts())
    yield window
    _close(window)


@pytest.fixture
def console_with_dialogs(qtbot, db):
    """The console with its real question dialogs (answer them with
    ``console_tools.answer_dialogs``); files still come from ``prompts.files``."""
    prompts = RealDialogs()
    window = _open(qtbot, db, prompts)
    prompts.attach(window)
    yield window
    _close(window)
