"""``SearchService``: the search the visitor screens and ``kiosk search`` ask.

Kept apart from ``search`` so that starting the kiosk does not load the
search itself (its word index readers, stemmer and typo correction): the
first question loads it, and Home's first frame never asks one.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy import Engine

if TYPE_CHECKING:
    from kiosk.content.read.search import SearchResult


class SearchService:
    """The search over one database: each question reads on a connection of
    its own (Core, no ORM), so callers hold none and never see SQLAlchemy
    (the counterpart of ``Catalogue``)."""

    def __init__(self, engine: Engine):
        self._engine = engine

    def search(self, query: str, lang: str, limit: int | None = None) -> list[SearchResult]:
        """Published records matching *query*, best first, titled in *lang* (see ``search.search``)."""
        from kiosk.content.read import search

        with self._engine.connect() as conn:
            return search.search(conn, query, lang, search.DEFAULT_LIMIT if limit is None else limit)

    def suggest(self, query: str, lang: str, limit: int = 4) -> list[str]:
        """What to offer when *query* finds nothing (see ``search.suggest``)."""
        from kiosk.content.read import search

        with self._engine.connect() as conn:
            return search.suggest(conn, query, lang, limit)
