"""Jiaozhou industry kiosk: touch-screen information kiosk for the Jiaozhou
(Qingdao) core area of the SCO Demonstration Zone.

The PyInstaller spec imports the name and version from here.
"""

__version__ = "0.1.0"
APP_ID = "jiaozhou-kiosk"
APP_NAME = "Jiaozhou Industry Kiosk"
ORG_NAME = "SCO Demonstration Zone Jiaozhou"

from kiosk.pyside_feature import watch_for_pyside as _watch_for_pyside  # noqa: E402

# Before anything imports PySide6 (see kiosk.pyside_feature).
_watch_for_pyside()
