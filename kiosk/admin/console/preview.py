"""Preview: the record as visitors will see it, before it is saved or published.

Unsaved edits are not in the database, so the preview runs the real visitor
UI (``KioskUi``) in a normal window over a throw-away database that holds
the working copy (``operations.build_preview``, on a worker thread), with
the record marked published there.  Closing the window removes that
database; the kiosk's own database is never touched.
"""

from __future__ import annotations

import atexit
import logging

from PySide6.QtCore import QCoreApplication, QObject, Signal, Slot

from kiosk.admin.console import labels
from kiosk.admin.console.operations import PreviewDatabase

log = logging.getLogger(__name__)
# The preview window's size: the small kiosk layout fits an office screen.
PREVIEW_SIZE = (1366, 768)


class Preview(QObject):
    """One open preview window over its temporary database."""

    closed = Signal()

    def __init__(self, built: PreviewDatabase, language: str, parent: QObject | None = None):
        super().__init__(parent)
        from kiosk.content.database import open_database
        from kiosk.ui.app import KioskUi

        self.built = built
        atexit.register(built.remove)  # also when the application quits with the preview open
        self.db = open_database(built.url, built.folder)
        self.ui = KioskUi(self.db, language=language, size=PREVIEW_SIZE, idle_timeout_ms=3_600_000, start_active=True)
        self.ui.window.setTitle(
            QCoreApplication.translate("Preview", "Preview (not saved) — %1").replace("%1", f"{labels.kind_one(built.kind)} · {built.slug}")
        )
        self.ui.show(fullscreen=False)
        self.ui.call("openRecord", built.kind, built.slug)
        self._open = True
        self.ui.window.visibleChanged.connect(self._visible)

    @property
    def current_page(self) -> str:
        """The page the preview shows (``detail-cluster-<slug>`` ...)."""
        return self.ui.current_page

    @Slot(bool)
    def _visible(self, on: bool) -> None:
        if not on and not QCoreApplication.closingDown():
            self.close()

    def close(self) -> None:
        """Close the window and remove the temporary database."""
        if not self._open:
            return
        self._open = False
        engine = self.ui.engine
        try:
            self.ui.close()
        except RuntimeError:  # the application is going away: Qt has already deleted the window's parts
            log.debug("preview closed while the application was quitting")
        db, built = self.db, self.built

        def cleanup() -> None:  # no argument: wrapping destroyed()'s object would wrap one being deleted
            db.close()
            built.remove()

        # The QML engine reads through the database until it is gone.
        engine.destroyed.connect(cleanup)
        self.closed.emit()
