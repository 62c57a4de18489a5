"""The QML singletons ``App``, ``Content``, ``Idle``, ``Access`` and ``Speech`` of ``Kiosk.Bridge``.

Each engine gets the instances its ``KioskUi`` made (``provide``, then each
singleton's ``create(engine)`` finds them with ``lookup``; the staff menu's
``Staff`` singleton does the same), so
several kiosks can live in one process (tests, the tour, the staff console's
preview) without sharing state.
"""

from __future__ import annotations

from PySide6.QtQml import QmlElement, QmlSingleton, QQmlEngine

from kiosk.ui.bridge import QML_IMPORT_MAJOR_VERSION, QML_IMPORT_NAME  # noqa: F401
from kiosk.ui.bridge.access import AccessState
from kiosk.ui.bridge.app_state import AppState
from kiosk.ui.bridge.content import ContentBridge
from kiosk.ui.bridge.idle import IdleController
from kiosk.ui.bridge.speech_bridge import SpeechBridge

_instances: dict[int, dict[str, object]] = {}


def provide(engine: QQmlEngine, **objects: object) -> None:
    """Make *objects* (App=..., Content=..., Idle=..., Access=...) the singletons of *engine*."""
    for obj in objects.values():
        QQmlEngine.setObjectOwnership(obj, QQmlEngine.ObjectOwnership.CppOwnership)
    _instances[id(engine)] = dict(objects)
    key = id(engine)
    engine.destroyed.connect(lambda: _instances.pop(key, None))  # no argument: wrapping destroyed()'s object would wrap one being deleted


def lookup(engine: QQmlEngine, name: str) -> object:
    """The object provided as singleton *name* for *engine* (what a QML
    singleton's ``create`` returns); RuntimeError when none was provided."""
    try:
        return _instances[id(engine)][name]
    except KeyError:
        raise RuntimeError(f"no {name} singleton was provided for this QML engine") from None


@QmlElement
@QmlSingleton
class App(AppState):
    """QML name of the app state."""

    @staticmethod
    def create(engine):
        return lookup(engine, "App")


@QmlElement
@QmlSingleton
class Content(ContentBridge):
    """QML name of the content reader."""

    @staticmethod
    def create(engine):
        return lookup(engine, "Content")


@QmlElement
@QmlSingleton
class Idle(IdleController):
    """QML name of the idle controller."""

    @staticmethod
    def create(engine):
        return lookup(engine, "Idle")


@QmlElement
@QmlSingleton
class Access(AccessState):
    """QML name of the visitor's accessibility choices."""

    @staticmethod
    def create(engine):
        return lookup(engine, "Access")


@QmlElement
@QmlSingleton
class Speech(SpeechBridge):
    """QML name of read aloud (speaking, Repeat, Help, whether a voice is there)."""

    @staticmethod
    def create(engine):
        return lookup(engine, "Speech")
