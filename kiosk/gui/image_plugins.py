"""Loading Qt's image-format plugins on the GUI thread, before any worker reads a picture.

The first ``QImageReader`` for a format loads that format's plugin and moves
the plugin object to the main thread, which takes a lock of the main
thread's.  A Python worker thread (the picture thread, a staff job) does
that while it holds Python's lock; if the GUI thread meanwhile holds the
Qt lock and needs Python's (a wrapped object being destroyed calls into
Python), both wait for ever: a frozen screen.  Loaded here first, on the GUI
thread, the plugins are only looked up later, which takes no such lock.
"""

from __future__ import annotations

import threading

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QThread
from PySide6.QtGui import QImageReader

#: Formats the kiosk's worker threads read: staff photos (their suffixes are
#: in ``kiosk.content.change.settings.MEDIA_IMAGE_SUFFIXES``) and pictures of
#: imported packs.  Formats this Qt lacks are skipped.
FORMATS = ("png", "jpg", "jpeg", "webp", "gif", "svg")

_lock = threading.Lock()
_loaded = False


def load_image_plugins() -> bool:
    """Load the plugins of ``FORMATS`` once (GUI thread only); True once loaded."""
    global _loaded
    app = QCoreApplication.instance()
    if app is None or QThread.currentThread() is not app.thread():
        return _loaded
    with _lock:
        if _loaded:
            return True
        supported = {bytes(f.data()).decode().lower() for f in QImageReader.supportedImageFormats()}
        for name in FORMATS:
            if name not in supported:
                continue
            buffer = QBuffer()
            buffer.setData(QByteArray(b"\0" * 16))
            buffer.open(QIODevice.OpenModeFlag.ReadOnly)
            reader = QImageReader(buffer, name.encode())
            reader.canRead()  # instantiates the format's plugin: the point of the call
            buffer.close()
        _loaded = True
    return True
