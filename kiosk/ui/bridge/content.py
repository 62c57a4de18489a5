"""``Content``: what each visitor page shows, read in the current language.

Every slot takes ``revision`` (QML passes ``App.revision``) and ignores it:
passing it makes the binding depend on it, so a language switch or a
content update re-reads every visible text in place.
"""

from __future__ import annotations

import functools
import logging
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal, Slot
from PySide6.QtQml import QQmlEngine

from kiosk.content.read.catalogue import Catalogue
from kiosk.content.read.search_service import SearchService
from kiosk.ui.bridge import convert
from kiosk.ui.bridge.app_state import AppState

log = logging.getLogger(__name__)

# The sections whose first records the search page offers as names to try, and how many of each.
NAME_SECTIONS = ("manufacturer", "cluster", "base")
NAMES_PER_SECTION = 3


def guarded(empty):
    """Log a failure inside a slot, tell the kiosk (``failed``), return *empty*:
    the page shows nothing rather than a traceback, and the kiosk goes Home."""

    def wrap(method):
        @functools.wraps(method)
        def run(self, *args):
            try:
                return method(self, *args)
            except Exception as exc:  # any failure must reach the log, not the visitor
                log.exception("showing content failed: %s%r", method.__name__, args)
                self.failed.emit(f"{method.__name__}: {exc}")
                return empty() if callable(empty) else empty

        return run

    return wrap


class ContentBridge(QObject):
    """Read-only content for the visitor pages, as plain maps and lists: the
    visitor UI's one way to the content layer's readers (``Catalogue`` for
    pages and lists, ``SearchService`` for search), which the list and
    search models reach through it too."""

    # A page could not be shown; the kiosk logs it and returns Home.
    failed = Signal(str)
    # The visitor's search field now holds this query, which found this many results (for the statistics).
    searched = Signal(str, int)

    def __init__(self, catalogue: Catalogue, searcher: SearchService, app: AppState, parent: QObject | None = None):
        super().__init__(parent)
        self._catalogue = catalogue
        self._searcher = searcher
        self._app = app
        # Home's map per language, for the content loaded now: the
        # top bar, Home and About show it, and a language switch would read
        # it again each time; it is read once per language instead.
        self._home_generation = -1
        self._home: dict[str, dict[str, Any]] = {}
        # The system page's map per language, kept the same way: it reads
        # every cluster, manufacturer and base to pick what it shows.
        self._system: dict[str, dict[str, Any]] = {}
        # The search page's names to try, per language, kept the same way
        # (a few short maps): a visit after a language switch reads nothing.
        self._names: dict[str, list[dict[str, str]]] = {}
        # The list and search models the pages show (see kiosk.ui.bridge.models),
        # and those whose page has gone, let go of on the next turn of the event loop.
        self._models: set[QObject] = set()
        self._dropped: list[QObject] = []

    def _lang(self) -> str:
        return self._app.language

    @property
    def catalogue(self) -> Catalogue:
        """Pages and lists of records."""
        return self._catalogue

    @property
    def searcher(self) -> SearchService:
        """The visitor's search."""
        return self._searcher

    @property
    def app(self) -> AppState:
        """Language, revision and the layout tests' stretching."""
        return self._app

    def _out(self, value: Any) -> Any:
        return self._app.stretched(value)

    @Slot(int, result="QVariantMap")
    @guarded(dict)
    def home(self, revision: int = 0) -> dict[str, Any]:
        """Zone, key figures, section counts, statement."""
        self._forget_old_content()
        lang = self._lang()
        if lang not in self._home:
            self._home[lang] = self._out(convert.home(self._catalogue.home(lang)))
        return self._home[lang]

    @Slot(str, str, int, result="QVariantMap")
    @guarded(dict)
    def detail(self, kind: str, slug: str, revision: int = 0) -> dict[str, Any]:
        """One record's page; an empty map if it no longer exists."""
        return self._out(convert.detail(self._catalogue.detail(kind, slug or None, self._lang())))

    @Slot(str, str, int, result="QVariantList")
    @guarded(list)
    def more(self, kind: str, slug: str, revision: int = 0) -> list[dict[str, Any]]:
        """Cards for a detail page's "more in this sector" strip."""
        return self._out([convert.card(c) for c in self._catalogue.more_like(kind, slug, self._lang())])

    # -- the pages' models: made, owned and let go of by Python --------------------------
    @Slot(str, result=QObject)
    def listModel(self, kind: str) -> QObject:  # noqa: N802 - QML name
        """A new ``RecordListModel`` of *kind*'s records for a list page, kept until ``dropModel``."""
        from kiosk.ui.bridge.models import RecordListModel

        model = RecordListModel(self)
        model.kind = kind
        return self._keep(model)

    @Slot(result=QObject)
    def searchModel(self) -> QObject:  # noqa: N802 - QML name
        """A new ``SearchModel`` for a search page, kept until ``dropModel``."""
        from kiosk.ui.bridge.models import SearchModel

        return self._keep(SearchModel(self))

    @Slot(QObject)
    def dropModel(self, model: QObject) -> None:  # noqa: N802 - QML name
        """The page showing *model* is being destroyed: the model stops
        following the content now and is deleted, with its rows, on the next
        turn of the event loop, when the page's views no longer hold it."""
        if model not in self._models:
            return
        self._models.discard(model)
        model.release()
        if not self._dropped:
            QTimer.singleShot(0, self, self._dropped.clear)
        self._dropped.append(model)

    def _keep(self, model: QObject) -> QObject:
        # Without this QML would take a parentless object returned to it as its
        # own, and its garbage collector would delete it.
        QQmlEngine.setObjectOwnership(model, QQmlEngine.ObjectOwnership.CppOwnership)
        self._models.add(model)
        return model

    def _forget_old_content(self) -> None:
        """Drop the maps read from content that has since been replaced."""
        if self._home_generation != self._app.content_generation:
            self._home.clear()
            self._system.clear()
            self._names.clear()
            self._home_generation = self._app.content_generation

    @Slot(int, result="QVariantMap")
    @guarded(dict)
    def system(self, revision: int = 0) -> dict[str, Any]:
        """The industrial system page: key figures and the content's relations as branches."""
        self._forget_old_content()
        lang = self._lang()
        if lang not in self._system:
            self._system[lang] = self._out(convert.system(self._catalogue.system(lang)))
        return self._system[lang]

    @Slot()
    @guarded(None)
    def prepareSystem(self) -> None:  # noqa: N802
        """Read the system page in every language the kiosk offers, ahead (in a quiet moment after the start)."""
        self._forget_old_content()
        for lang in (entry["code"] for entry in self._app.languages):
            if lang not in self._system:
                self._system[lang] = self._out(convert.system(self._catalogue.system(lang)))

    @Slot(int, result="QVariantList")
    @guarded(list)
    def firstNames(self, revision: int = 0) -> list[dict[str, str]]:  # noqa: N802
        """Names to try on the search page: the first records of the sections
        visitors open most (manufacturers, clusters, bases), taken in turn
        (the first of each, then the second of each ...), three of each at most."""
        self._forget_old_content()
        lang = self._lang()
        if lang not in self._names:
            per_kind = [self._catalogue.list(kind, lang, 0, NAMES_PER_SECTION) for kind in NAME_SECTIONS]
            names = []
            for turn in range(NAMES_PER_SECTION):
                for cards in per_kind:
                    if turn < len(cards):
                        names.append({"kind": cards[turn].kind, "slug": cards[turn].slug, "title": cards[turn].title.text})
            self._names[lang] = self._out(names)
        return self._names[lang]

    @Slot(int, result="QVariantList")
    @guarded(list)
    def sources(self, revision: int = 0) -> list[dict[str, Any]]:
        """Every source, for the About page."""
        return self._out([convert.detail(d) for d in self._catalogue.sources(self._lang())])

    @Slot(int, result="QVariantMap")
    @guarded(dict)
    def contentInfo(self, revision: int = 0) -> dict[str, str]:  # noqa: N802
        """Content version and dates."""
        info = self._catalogue.content_info()
        return {
            "version": info.get("content_version", ""),
            "createdAt": info.get("created_at", "")[:10],
            "loadedAt": info.get("loaded_at", "")[:10],
        }

    @Slot(str, int, result="QVariantList")
    @guarded(list)
    def sectors(self, kind: str, revision: int = 0) -> list[str]:
        """Sector codes used by published records of *kind* (for filter chips)."""
        return self._catalogue.sectors_in_use(kind)

    @Slot(int, result="QVariantList")
    @guarded(list)
    def attractSlides(self, revision: int = 0) -> list[dict[str, Any]]:  # noqa: N802
        """Highlights for the attract loop: key figures, clusters, manufacturers."""
        lang = self._lang()
        slides: list[dict[str, Any]] = []
        for f in self._catalogue.figures(lang):
            slides.append({"type": "figure", "number": f.number, "unit": f.unit, "title": f.label.text, "sector": ""})
        for kind in ("cluster", "manufacturer", "base"):
            for c in self._catalogue.list(kind, lang, limit=12):
                slides.append({"type": kind, "number": "", "unit": "", "title": c.title.text, "sector": c.sector or ""})
        return self._out(slides)
