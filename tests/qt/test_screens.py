"""Home and the detail pages as a visitor sees them: the source as a
footnote that opens on tap, no quotation twice, no Back where there is
nothing to go back to, and nothing on Home hidden under the bottom bar."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QRectF

from kiosk.content.read.formatting import typeset
from kiosk.content.vocab import LANGUAGES
from kiosk.ui.app import LAYOUTS

FOOTNOTES = {
    "en": "Source: SCO Demonstration Zone Administrative Committee, 25 August 2025",
    "ru": "Источник: Административный комитет Демонстрационной зоны ШОС, 25\u00a0августа 2025\u00a0г.",
    "zh-Hans": "来源：上合示范区管委会，2025年8月25日",
}


def scene_rect(item) -> QRectF:
    return item.mapRectToScene(QRectF(0, 0, item.width(), item.height()))


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_source_is_a_footnote_in_the_visitors_language_that_opens_the_original(kiosk, lang):
    drive = kiosk(language=lang)
    drive.go("openRecord", "manufacturer", "haier-group")
    assert drive.item("sourceFootnote").property("text") == FOOTNOTES[lang]
    assert drive.ui.find("sourceQuote") is None, "the quotation shows before it is asked for"
    drive.tap("sourceNote")
    drive.settle()
    quote = drive.ui.catalogue.detail("manufacturer", "haier-group", lang).source.quote
    # The source's English words, typeset as English, between the visitor's language's quotation marks.
    opening, closing = ("«", "»") if lang == "ru" else ("“", "”")
    assert drive.item("sourceQuote").property("text") == f"{opening}{typeset(quote, 'en')}{closing}"
    assert "Asia’s top marine boiler" in drive.item("sourceQuote").property("text")
    drive.tap("sourceNote")
    drive.settle()
    assert drive.ui.find("sourceQuote") is None


def visible_texts(ui) -> list[str]:
    return [i.property("text") for i in ui.items() if i.inherits("QQuickText") and i.property("text")]


def without_marks(text: str) -> str:
    """*text* without quotation marks or apostrophes (each language sets its own), in lower case."""
    return re.sub("[\"'“”‘’„«»]", "", text).strip().lower()


@pytest.mark.parametrize("lang", LANGUAGES)
def test_no_quotation_appears_twice_on_a_page(kiosk, lang):
    drive = kiosk(language=lang)
    catalogue = drive.ui.catalogue
    pages = [("statement", c.slug) for c in catalogue.list("statement", "en")]
    pages += [("initiative", c.slug) for c in catalogue.list("initiative", "en")]
    pages += [("manufacturer", "haier-group"), ("cluster", "spices-cluster")]
    for kind, slug in pages:
        drive.go("goHome")
        drive.go("openRecord", kind, slug)
        if drive.ui.find("sourceNote").isEnabled():
            drive.tap("sourceNote")
            drive.settle()
        quote = catalogue.detail(kind, slug, lang).source.quote
        plain = without_marks(quote)
        holding = [t for t in visible_texts(drive.ui) if plain in without_marks(t)]
        assert len(holding) == 1, f"{kind}/{slug}: the source's sentence is shown {len(holding)} times"


def test_there_is_no_back_button_on_home(kiosk):
    drive = kiosk(language="en")
    assert drive.ui.current_page == "home"
    assert drive.ui.find("backButton") is None
    drive.tap("tile-cluster")
    drive.settle()
    assert drive.ui.find("backButton") is not None
    drive.tap("backButton")
    drive.settle()
    assert drive.ui.current_page == "home"
    assert drive.ui.find("backButton") is None


@pytest.mark.parametrize("layout", list(LAYOUTS))
def test_nothing_on_home_is_hidden_under_the_bottom_bar(kiosk, layout):
    drive = kiosk(layout=layout, language="en")
    for lang in LANGUAGES:
        drive.ui.app_state.set_language(lang)
        drive.go("goHome")
        drive.frame()
        page = scene_rect(drive.ui.stack)
        names = [f"tile-{kind}" for kind in ("cluster", "manufacturer", "base", "platform", "initiative", "industry")]
        for item in [drive.item(n) for n in names] + drive.ui.items("figureNumber") + [drive.item("homeSummary")]:
            rect = scene_rect(item)
            assert page.top() - 1 <= rect.top() and rect.bottom() <= page.bottom() + 1, (
                f"{layout}/{lang}: {item.objectName()} at {rect.top():.0f}..{rect.bottom():.0f}"
                f" leaves the page {page.top():.0f}..{page.bottom():.0f}")


@pytest.mark.parametrize("layout", list(LAYOUTS))
def test_figures_and_their_units_share_one_line(kiosk, layout):
    drive = kiosk(layout=layout, language="zh-Hans")
    numbers = drive.ui.items("figureNumber")
    units = [u for u in drive.ui.items("figureUnit") if u.property("text")]
    assert units, "no figure with a unit"
    for unit in units:
        number = [n for n in numbers if n.parentItem() is unit.parentItem()][0]
        n_base = number.mapToScene(QRectF(0, number.property("baselineOffset"), 1, 1).topLeft()).y()
        u_base = unit.mapToScene(QRectF(0, unit.property("baselineOffset"), 1, 1).topLeft()).y()
        assert abs(n_base - u_base) < 1.5, f"{number.property('text')} {unit.property('text')}"
        assert scene_rect(unit).left() > scene_rect(number).right()
    texts = {n.property("text") + " " + u.property("text") for n in numbers for u in units if n.parentItem() is u.parentItem()}
    assert "1600+ 亿元" in texts


@pytest.mark.parametrize("layout", list(LAYOUTS))
def test_a_detail_page_is_composed_and_leaves_no_hole(kiosk, layout):
    drive = kiosk(layout=layout, language="ru")
    for kind, slug in (("initiative", "one-town-one-industry"), ("cluster", "spices-cluster"),
                       ("base", "marine-boiler-base"), ("statement", "zhou-lin")):
        drive.go("goHome")
        drive.go("openRecord", kind, slug)
        drive.frame()
        page = scene_rect(drive.ui.stack)
        flick_content = [i for i in drive.ui.items() if i.objectName() == "detailHero"][0].parentItem()
        used = flick_content.implicitHeight() if hasattr(flick_content, "implicitHeight") else flick_content.height()
        empty = page.height() - min(page.height(), used)
        assert empty <= page.height() / 3, f"{layout} {kind}/{slug}: {empty:.0f} of {page.height():.0f} px empty"
        assert drive.ui.find("heroPicture") is not None
        more = [i for i in drive.ui.items() if i.objectName().startswith("more-")]
        others = drive.ui.catalogue.more_like(kind, slug, "ru")
        assert bool(more) == bool(others), f"{kind}/{slug}: {len(more)} cards in the strip, {len(others)} to show"
