"""Stretched strings for layout tests (Vorta's TRANS_SCALE idea): every
interface string and every content text the visitor sees made about
``trans_scale`` times as long, so the tests prove that longer translations
still fit.  The one place that decides what is stretched and how."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, QTranslator

# Keys of the maps QML gets (pages, list rows, search results) whose
# values are content texts a visitor reads; codes, slugs and URLs stay as they are.
STRETCHED_KEYS = frozenset({
    "title", "subtitle", "summary", "body", "snippet", "label", "quote", "publisher",
    "zoneTitle", "zoneSubtitle", "zoneSummary", "zoneBody", "quoteShown", "credit", "bodyQuoted",
})


def stretch(text: str, scale: float) -> str:
    """*text* made about *scale* times as long, by repeating its words."""
    if scale <= 1 or not text:
        return text
    extra = int(len(text) * (scale - 1))
    filler = (text + " ") * (extra // (len(text) + 1) + 1)
    return text + " " + filler[:extra].rstrip()


def stretch_texts(value: Any, scale: float) -> Any:
    """*value* (maps and lists as QML gets them) with every text under a
    ``STRETCHED_KEYS`` key stretched, at any depth; unchanged when *scale* <= 1."""
    if scale <= 1:
        return value
    if isinstance(value, dict):
        return {
            k: stretch(v, scale) if k in STRETCHED_KEYS and isinstance(v, str) else stretch_texts(v, scale)
            for k, v in value.items()
        }
    if isinstance(value, list):
        return [stretch_texts(v, scale) for v in value]
    return value


class StretchingTranslator(QTranslator):
    """Wraps another translator and stretches every interface string by a factor."""

    def __init__(self, inner: QTranslator | None, scale: float, parent: QObject | None = None):
        super().__init__(parent)
        self._inner = inner
        self._scale = scale

    def translate(self, context, source, disambiguation=None, n=-1):  # noqa: N802 - Qt override
        text = None
        if self._inner is not None:
            text = self._inner.translate(context, source, disambiguation, n)
        return stretch(text or source, self._scale)

    def isEmpty(self) -> bool:  # noqa: N802 - Qt override
        return False
