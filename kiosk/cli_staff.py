"""Staff commands: workbook and content-pack import/export, backups."""

from __future__ import annotations


def register(sub, add) -> None:
    """Add the staff commands to the ``kiosk`` parser."""
