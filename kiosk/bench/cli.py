"""Registers ``kiosk bench`` with the command line."""

from __future__ import annotations


def register(sub, add) -> None:
    """Add ``kiosk bench`` to the ``kiosk`` parser."""
