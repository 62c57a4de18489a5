"""The cold-start child of ``kiosk bench``: start the kiosk as ``kiosk run``
does and report at the first frame of Home.

It imports what ``kiosk run`` imports and nothing of the harness (the
driver, Qt Test, the report's statistics: about 25 ms and 4 MB that a
started kiosk does not have), so the figure is the kiosk's own.
"""

from __future__ import annotations

import os
import time

from kiosk.bench.wire import emit, memory


def run(args) -> int:
    """``kiosk bench-child cold-start``: offscreen, Qt Quick's software renderer, as every child."""
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    os.environ["QT_QUICK_BACKEND"] = "software"
    return measure_cold_start(args)


def measure_cold_start(args) -> int:
    """Start the kiosk as ``kiosk run`` does; print at the first frame of Home and exit."""
    t_main = time.perf_counter()
    from kiosk.content.database import open_database
    from kiosk.content.change.prepare import prepare
    from kiosk.content.change.settings import Settings
    from kiosk.runtime.logs import setup_logging
    from kiosk.gui.application import route_qt_messages
    from kiosk.ui.app import KioskUi, make_application

    t_imports = time.perf_counter()
    db = open_database(args.database, args.data_dir)
    setup_logging(db.data_dir, "kiosk")
    prepare(db)
    settings = Settings(db.engine).all()
    t_db = time.perf_counter()
    route_qt_messages()
    app = make_application()
    t_app = time.perf_counter()
    ui = KioskUi(
        db,
        default_language=settings["default_language"],
        enabled_languages=settings["enabled_languages"],
        physical_dpi=settings["physical_dpi"],
        screen_layout=settings["screen_layout"],
        idle_timeout_ms=int(settings["idle_timeout_s"] * 1000),
        size=(1920, 1080),
        start_active=True,
    )
    t_ui = time.perf_counter()

    def first_frame() -> None:
        now = time.perf_counter()
        emit(
            "cold-start",
            page=ui.current_page,
            main_to_frame_s=now - t_main,
            phases_s={
                "imports": t_imports - t_main,
                "database": t_db - t_imports,
                "qt_application": t_app - t_db,
                "qml_and_home": t_ui - t_app,
                "show_to_first_frame": now - t_ui,
            },
            **memory(),
        )
        os._exit(0)  # the parent has its figure; tearing Qt down is not part of a start

    ui.firstFrame.connect(first_frame)
    ui.show(fullscreen=False)
    app.exec()
    return 1  # never reached unless no frame came
