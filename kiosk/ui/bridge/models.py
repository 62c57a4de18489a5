"""List models the visitor pages show: records of one kind (paged), and search results.

``RecordListModel`` fetches rows in pages as the visitor scrolls (QML's
ListView/GridView call ``fetchMore``), so a list of 10,000 records opens as
fast as a list of ten.  A language switch rewrites the rows' texts in place
(``dataChanged``), so the list keeps its scroll position.

Python makes and owns every model: a page asks ``Content.listModel()`` or
``Content.searchModel()`` for one and hands it back with
``Content.dropModel()`` as it goes.  QML never creates or deletes a
Python-derived object: on that path PySide6 6.12 kept the Python side of
each model alive after QML had deleted it (about 35 KB a page visit).
"""

from __future__ import annotations

import html
import logging
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractListModel, QByteArray, QModelIndex, Property, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QColor
from PySide6.QtQml import QmlElement, QmlUncreatable

from kiosk.ui.bridge import QML_IMPORT_MAJOR_VERSION, QML_IMPORT_NAME, convert  # noqa: F401

if TYPE_CHECKING:
    from kiosk.ui.bridge.content import ContentBridge

log = logging.getLogger(__name__)

PAGE_SIZE = 60
# A list opens with this many rows (a screen and the view's cache), so the
# page shows sooner; the rest comes a page at a time as the visitor scrolls.
FIRST_PAGE = 24
CARD_ROLES = ["kind", "slug", "title", "titleFallback", "titleLang", "subtitle", "summary", "summaryFallback",
              "sector", "level", "clusterKind", "focus", "media"]


class _RowsModel(QAbstractListModel):
    """A list model over a Python list of dicts with fixed role names."""

    countChanged = Signal()
    liveChanged = Signal()
    ROLE_NAMES: list[str] = []

    def __init__(self, content: ContentBridge, parent=None):
        super().__init__(parent)
        self._rows: list[dict[str, Any]] = []
        self._live = True
        self._stale = False
        self._released = False
        self._roles = {Qt.ItemDataRole.UserRole + 1 + i: name for i, name in enumerate(self.ROLE_NAMES)}
        self._content = content
        content.app.revisionChanged.connect(self._revision)

    def release(self) -> None:
        """The page showing this model is going: stop following language
        switches and content updates, and load no more rows. The rows go
        with the model, once the page's views are gone; telling the views
        of a page being destroyed that they went would only disturb them."""
        if self._released:
            return
        self._released = True
        self._content.app.revisionChanged.disconnect(self._revision)

    def roleNames(self):  # noqa: N802 - Qt override
        return {role: QByteArray(name.encode()) for role, name in self._roles.items()}

    def rowCount(self, parent=QModelIndex()):  # noqa: N802, B008 - Qt override
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        name = self._roles.get(role)
        if name is None:
            return None
        return self._rows[index.row()].get(name)

    @Property(int, notify=countChanged)
    def count(self) -> int:
        return len(self._rows)

    @Slot(int, result="QVariantMap")
    def get(self, row: int) -> dict[str, Any]:
        """Row *row* as a map (for tests and for opening a record)."""
        return dict(self._rows[row]) if 0 <= row < len(self._rows) else {}

    def _replace(self, rows: list[dict[str, Any]]) -> None:
        if len(rows) == len(self._rows) and [r.get("slug") for r in rows] == [r.get("slug") for r in self._rows]:
            self._rows = rows
            if rows:
                self.dataChanged.emit(self.index(0), self.index(len(rows) - 1))
        else:
            self.beginResetModel()
            self._rows = rows
            self.endResetModel()
            self.countChanged.emit()

    def _on_revision(self) -> None:
        raise NotImplementedError

    @Slot()
    def _revision(self) -> None:
        if self._released:
            return
        if self._live:
            self._on_revision()
        else:
            self._stale = True

    def _get_live(self) -> bool:
        return self._live

    def _set_live(self, value: bool) -> None:
        if value == self._live:
            return
        self._live = value
        self.liveChanged.emit()
        if value and self._stale:
            self._stale = False
            self._on_revision()

    # False while the page is hidden under another: a language switch or a
    # content update then only marks the rows stale, and they are read
    # again when the page shows.
    live = Property(bool, _get_live, _set_live, notify=liveChanged)


@QmlElement
@QmlUncreatable("a page gets one from Content.listModel()")
class RecordListModel(_RowsModel):
    """Published records of one kind, optionally filtered by level and sector, paged."""

    ROLE_NAMES = CARD_ROLES
    kindChanged = Signal()
    levelChanged = Signal()
    sectorChanged = Signal()
    totalChanged = Signal()

    def __init__(self, content: ContentBridge, parent=None):
        super().__init__(content, parent)
        self._kind = ""
        self._level = ""
        self._sector = ""
        self._total = 0
        self._fetch_pending = False

    def _filters(self) -> dict[str, str | None]:
        return {"level": self._level or None, "sector": self._sector or None}

    def _reload(self, keep: int = 0) -> None:
        if not self._kind:
            self._total = 0
            self._replace([])
            return
        content = self._content
        self._total = content.catalogue.count(self._kind, **self._filters())
        want = max(FIRST_PAGE, keep)
        cards = content.catalogue.list(self._kind, content.app.language, 0, want, **self._filters())
        self._replace(content.app.stretched([convert.card(c) for c in cards]))
        self.totalChanged.emit()

    def _on_revision(self) -> None:
        self._reload(keep=len(self._rows))

    @Slot()
    def trim(self) -> None:
        """Let go of the rows beyond the first page (a list opened again starts at its top)."""
        if len(self._rows) <= FIRST_PAGE:
            return
        self.beginRemoveRows(QModelIndex(), FIRST_PAGE, len(self._rows) - 1)
        del self._rows[FIRST_PAGE:]
        self.endRemoveRows()
        self.countChanged.emit()

    def canFetchMore(self, parent=QModelIndex()):  # noqa: N802, B008
        return not parent.isValid() and not self._fetch_pending and len(self._rows) < self._total

    def fetchMore(self, parent=QModelIndex()):  # noqa: N802, B008
        # The view asks during its own layout; inserting rows right then
        # shifted a fresh list so that it opened at its 61st record. Load the
        # next page once the layout is done.
        if parent.isValid() or self._fetch_pending or len(self._rows) >= self._total:
            return
        self._fetch_pending = True
        QTimer.singleShot(0, self._fetch_page)

    def _fetch_page(self) -> None:
        self._fetch_pending = False
        if self._released or len(self._rows) >= self._total:
            return
        content = self._content
        cards = content.catalogue.list(self._kind, content.app.language, len(self._rows), PAGE_SIZE, **self._filters())
        if not cards:
            self._total = len(self._rows)
            return
        start = len(self._rows)
        self.beginInsertRows(QModelIndex(), start, start + len(cards) - 1)
        self._rows.extend(content.app.stretched([convert.card(c) for c in cards]))
        self.endInsertRows()
        self.countChanged.emit()

    def _prop(name: str, signal_name: str):  # noqa: N805 - property factory
        def getter(self):
            return getattr(self, name)

        def setter(self, value):
            if getattr(self, name) == value:
                return
            setattr(self, name, value)
            getattr(self, signal_name).emit()
            self._reload()

        return getter, setter

    kind = Property(str, *_prop("_kind", "kindChanged"), notify=kindChanged)
    level = Property(str, *_prop("_level", "levelChanged"), notify=levelChanged)
    sector = Property(str, *_prop("_sector", "sectorChanged"), notify=sectorChanged)

    @Property(int, notify=totalChanged)
    def total(self) -> int:
        """How many records match, loaded or not."""
        return self._total


def markup(value: str, spans, color: str) -> str:
    """*value* as Qt styled text with the *spans* (character ranges) bold in *color*."""
    out, pos = [], 0
    for start, end in spans:
        out.append(html.escape(value[pos:start], quote=False))
        out.append(f'<font color="{color}"><b>{html.escape(value[start:end], quote=False)}</b></font>')
        pos = end
    out.append(html.escape(value[pos:], quote=False))
    return "".join(out)


@QmlElement
@QmlUncreatable("a page gets one from Content.searchModel()")
class SearchModel(_RowsModel):
    """Search results for ``query``, updated as the visitor types."""

    ROLE_NAMES = ["kind", "slug", "title", "snippet", "matchedLang", "titleMarkup", "snippetMarkup"]
    queryChanged = Signal()
    suggestionsChanged = Signal()
    highlightColorChanged = Signal()

    def __init__(self, content: ContentBridge, parent=None):
        super().__init__(content, parent)
        self._query = ""
        self._suggestions: list[str] = []
        self._highlight = "#b45309"

    def _run(self) -> None:
        content = self._content
        suggestions: list[str] = []
        try:
            results = content.searcher.search(self._query, content.app.language)
            if not results and self._query.strip():
                suggestions = content.searcher.suggest(self._query, content.app.language)
        except Exception:  # a broken index must not break the page
            log.exception("search failed for %r", self._query)
            results = []
        rows = [
            {"kind": r.kind, "slug": r.slug, "title": r.title, "snippet": r.snippet, "matchedLang": r.matched_lang,
             "titleSpans": r.title_spans, "snippetSpans": r.snippet_spans}
            for r in results
        ]
        # Stretching (layout tests) only appends to a text, so the spans still hold.
        rows = content.app.stretched(rows)
        for row in rows:
            row["titleMarkup"] = markup(row["title"], row.pop("titleSpans"), self._highlight)
            row["snippetMarkup"] = markup(row["snippet"], row.pop("snippetSpans"), self._highlight)
        self._replace(rows)
        if suggestions != self._suggestions:
            self._suggestions = suggestions
            self.suggestionsChanged.emit()

    @Property("QStringList", notify=suggestionsChanged)
    def suggestions(self) -> list[str]:
        """When the query finds nothing: queries like it that find something ("Did you mean")."""
        return list(self._suggestions)

    def _get_highlight(self) -> QColor:
        return QColor(self._highlight)

    def _set_highlight(self, value: QColor) -> None:
        name = QColor(value).name()
        if name != self._highlight:
            self._highlight = name
            self.highlightColorChanged.emit()
            if self._query:
                self._run()

    # The colour matched words are drawn in (QML passes the theme's accent).
    highlightColor = Property(QColor, _get_highlight, _set_highlight, notify=highlightColorChanged)

    def _on_revision(self) -> None:
        self._run()

    def _get_query(self) -> str:
        return self._query

    def _set_query(self, value: str) -> None:
        if value == self._query:
            return
        self._query = value
        self.queryChanged.emit()
        self._run()
        # Only what the visitor typed, not a re-run after a language switch.
        self._content.searched.emit(value, len(self._rows))

    query = Property(str, _get_query, _set_query, notify=queryChanged)
