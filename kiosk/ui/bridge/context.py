"""The services the bridge objects share, set once by the app before QML loads.

QML creates the list and search models itself (``RecordListModel { kind:
"cluster" }``), so they cannot take constructor arguments; they read the
catalogue and the app state from here.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session, sessionmaker

from kiosk.content.read.catalogue import Catalogue


@dataclass
class BridgeContext:
    """The catalogue, the session factory and the app state for bridge objects."""

    catalogue: Catalogue
    sessions: sessionmaker[Session]
    app: object  # AppState; typed loosely to avoid an import cycle


_current: BridgeContext | None = None


def bind(context: BridgeContext) -> None:
    """Make *context* the one every bridge object uses."""
    global _current
    _current = context


def current() -> BridgeContext:
    """The bound context; raises if the app has not bound one (a programming error)."""
    if _current is None:
        raise RuntimeError("kiosk.ui.bridge.context.bind() was not called before QML loaded")
    return _current
