"""Turn the content layer's frozen dataclasses into plain dicts for QML."""

from __future__ import annotations

from typing import Any

from kiosk.content.read.catalogue import Card, Detail, Figure, HomeView, SourceRef, Text
from kiosk.content.read.formatting import quoted
from kiosk.content.read.system import SystemView


def text(value: Text) -> dict[str, Any]:
    """A text as QML sees it: ``text``, ``lang``, ``fallback`` (shown in another language)."""
    return {"text": value.text, "lang": value.lang, "fallback": value.fallback, "verified": value.verified}


def card(value: Card) -> dict[str, Any]:
    """A record tile."""
    return {
        "kind": value.kind,
        "slug": value.slug,
        "title": value.title.text,
        "titleLang": value.title.lang,
        "titleFallback": value.title.fallback,
        "subtitle": value.subtitle.text,
        "summary": value.summary.text,
        "summaryFallback": value.summary.fallback and bool(value.summary.text),
        "summaryLang": value.summary.lang,
        "sector": value.sector or "",
        "level": value.level or "",
        "clusterKind": value.cluster_kind or "",
        "focus": value.focus,
        "media": value.media or "",
        # "x,y" in 0..1, or "" for the centre (part of the picture's id).
        "mediaFocus": f"{value.media_focus[0]:.3f},{value.media_focus[1]:.3f}" if value.media_focus else "",
        "mediaAlt": value.media_alt.text if value.media_alt else "",
    }


def source(value: SourceRef | None) -> dict[str, Any] | None:
    """Where a record's facts come from."""
    if value is None:
        return None
    return {
        "slug": value.slug,
        "title": value.title.text,
        "publisher": value.publisher.text,
        "date": value.published_on.isoformat() if value.published_on else "",
        "quote": value.quote or "",
        "quoteShown": value.quote_shown,
        "credit": value.credit,
    }


def detail(value: Detail | None) -> dict[str, Any]:
    """A detail page; an empty dict when the record is gone."""
    if value is None:
        return {}
    out = card(value.card)
    shown = source(value.source)
    if shown and _same_words(shown["quote"], value.body.text, value.card.summary.text):
        # The page already says it in the source's words: the footnote
        # names the source without repeating the sentence.
        shown["quote"] = shown["quoteShown"] = ""
    out.update(
        {
            "body": value.body.text,
            # The body as a quotation (a statement), in its own language's marks.
            "bodyQuoted": quoted(value.body.text, value.body.lang),
            "bodyFallback": value.body.fallback and bool(value.body.text),
            "bodyLang": value.body.lang,
            "webUrl": value.web_url or "",
            "source": shown,
            "related": [card(c) for c in value.related],
        }
    )
    return out


def _same_words(quote: str, *texts: str) -> bool:
    """True when *quote* is one of *texts*, give or take spaces, case and quotation marks."""

    def plain(text: str) -> str:
        return " ".join(text.strip().strip("\"“”«»").lower().split())

    wanted = plain(quote)
    return bool(wanted) and any(plain(t) == wanted for t in texts if t)


def figure(value: Figure) -> dict[str, Any]:
    """A key figure."""
    return {
        "slug": value.slug,
        "number": value.number,
        "unit": value.unit,
        "label": value.label.text,
        "summary": value.summary.text,
        "year": value.year or 0,
    }


def home(value: HomeView) -> dict[str, Any]:
    """Everything Home shows."""
    return {
        "zoneTitle": value.zone.title.text,
        "zoneSubtitle": value.zone.subtitle.text,
        "zoneSummary": value.zone.summary.text,
        "zoneBody": value.zone_body.text,
        "figures": [figure(f) for f in value.figures],
        "sections": [{"kind": s.kind, "count": s.count} for s in value.sections],
        "statement": detail(value.statement) if value.statement else None,
    }


def system(value: SystemView) -> dict[str, Any]:
    """The industrial system page: figures, and one branch per sector (a
    manufacturer's bases under it, the bases naming none in ``bases``)."""
    return {
        "figures": [figure(f) for f in value.figures],
        "branches": [
            {
                "sector": b.sector,
                "industries": [card(c) for c in b.industries],
                "clusters": [card(c) for c in b.clusters],
                "makers": [
                    {"maker": card(m.maker), "bases": [card(c) for c in m.bases], "moreBases": m.more_bases}
                    for m in b.makers
                ],
                "bases": [card(c) for c in b.bases],
                "moreClusters": b.more_clusters,
                "moreMakers": b.more_makers,
                "moreBases": b.more_bases,
            }
            for b in value.branches
        ],
    }
