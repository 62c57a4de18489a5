"""``kiosk admin``: start the staff console on the configured database.

Asks for the staff role first (the name the history records for every save
and import; the PC's user name is offered), unless ``--as ROLE`` gives it.
The office console needs no PIN: the PC's own login guards it.
"""

from __future__ import annotations

import getpass
import logging
import os
import sys

log = logging.getLogger(__name__)


def default_role() -> str:
    """The PC's user name, as the role offered at start."""
    try:
        name = getpass.getuser()
    except Exception:  # no user name in the environment (a service account)
        name = ""
    return (name or "editor")[:40]


def ask_role(parent=None, default: str = "") -> str | None:
    """The staff role from a small dialog (None when cancelled)."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QInputDialog, QLineEdit

    from kiosk.content.change.importer import MAX_ACTOR

    text = default
    while True:
        text, ok = QInputDialog.getText(
            parent,
            QCoreApplication.translate("Console", "Content console"),
            QCoreApplication.translate("Console", "Your staff role (recorded in the history with every change), e.g. editor:"),
            QLineEdit.EchoMode.Normal,
            text,
        )
        if not ok:
            return None
        text = text.strip()
        if 1 <= len(text) <= MAX_ACTOR:
            return text
        text = text[:MAX_ACTOR] or default  # blank or too long: ask again, offering something valid


def run_console(args) -> int:
    """Open the database (creating or upgrading it), ask for the role, show the console."""
    from PySide6.QtWidgets import QApplication

    from kiosk import paths
    from kiosk.admin.console.translations import Translations, system_language
    from kiosk.admin.console.window import ConsoleWindow
    from kiosk.content.change.importer import MAX_ACTOR
    from kiosk.content.change.prepare import prepare
    from kiosk.content.database import open_database
    from kiosk.gui.application import display_problem, start_application
    from kiosk.runtime.logs import setup_logging

    problem = display_problem("the console")
    if problem:
        print(f"kiosk: {problem}", file=sys.stderr)
        return 2
    actor = (args.actor or "").strip()
    if args.actor is not None and not 1 <= len(actor) <= MAX_ACTOR:
        print(f"kiosk: --as takes a staff role of 1 to {MAX_ACTOR} characters, not {args.actor!r}", file=sys.stderr)
        return 2
    db = open_database(args.database, args.data_dir)
    # The preview's visitor UI finds images through the data folder of the
    # environment; make it the one this console works on (--data-dir).
    os.environ[paths.ENV_DATA_DIR] = str(db.data_dir)
    setup_logging(db.data_dir, "console")
    report = prepare(db)
    if report.backup:
        log.info("database upgraded from %s; backup %s", report.from_revision, report.backup)
    app, family = start_application(QApplication)
    # load_fonts sizes type for a touch screen across a hall; this is a desk.
    font = app.font()
    font.setPixelSize(14)
    font.setHintingPreference(font.HintingPreference.PreferDefaultHinting)
    app.setFont(font)
    translations = Translations()
    language = translations.install(args.lang or system_language())
    if not actor:
        asked = ask_role(None, default_role())
        if asked is None:
            db.close()
            return 0
        actor = asked
    window = ConsoleWindow(db, actor, language=language, translations=translations, font_family=family)
    window.show()
    code = app.exec()
    db.close()
    return code
