"""Prints where the first section tile of the home page is, as JSON.

``python tile_probe.py DATA_DIR WxH`` builds the kiosk from the development
tree, the way ``kiosk run --windowed WxH`` does (same settings), on the
current display, and reports the tile's centre in window coordinates and
the page a tap on it opens.  Run on the same X screen as the bundle, so the
physical DPI (the kiosk sizes things in millimetres) is the same.
"""

import json
import sys

from kiosk.content.database import open_database
from kiosk.content.change.prepare import prepare
from kiosk.content.change.settings import Settings
from kiosk.ui.app import KioskUi, make_application, parse_size
from kiosk.ui.driver import Driver

db = open_database(None, sys.argv[1])
prepare(db)
settings = Settings(db.engine).all()
app = make_application()
ui = KioskUi(db, default_language=settings["default_language"], enabled_languages=settings["enabled_languages"],
             physical_dpi=settings["physical_dpi"], screen_layout=settings["screen_layout"],
             size=parse_size(sys.argv[2]))
ui.show(fullscreen=False)
drive = Driver(ui)
drive.wait_until(lambda: ui.first_frame_at is not None, 10_000)
drive.set_animations(False)
drive.settle()
tiles = [item for item in ui.items() if item.objectName().startswith("tile-") and item.isVisible()]
first = min(tiles, key=lambda item: (item.mapToScene(item.boundingRect().topLeft()).y(),
                                     item.mapToScene(item.boundingRect().topLeft()).x()))
centre = drive.centre(first)
drive.tap_at(centre)
drive.settle()
print(json.dumps({"tile": first.objectName(), "x": centre.x(), "y": centre.y(), "opens": ui.current_page}))
ui.close()
db.close()
