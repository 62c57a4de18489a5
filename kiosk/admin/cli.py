"""``kiosk admin``: the staff console's command (registered by ``kiosk.cli``).

No Qt is imported until the command runs, so ``kiosk --help`` and every
other command stay fast and work on a PC with no display.
"""

from __future__ import annotations

import argparse

from kiosk.content.vocab import LANGUAGES


def cmd_admin(args: argparse.Namespace) -> int:
    """Open the staff console (Qt Widgets) on the configured database."""
    from kiosk.admin.console.app import run_console

    return run_console(args)


def register(sub, add) -> None:
    """Add ``kiosk admin [--as ROLE] [--lang LANG]`` to the parser."""
    p = add("admin", cmd_admin, "open the staff console: edit, translate, preview, history, workbooks and packs")
    p.add_argument("--as", dest="actor", metavar="ROLE", help="staff role recorded in the history (asked at start when left out)")
    p.add_argument("--lang", choices=list(LANGUAGES), help="the console's language (default: the PC's language, else English)")
