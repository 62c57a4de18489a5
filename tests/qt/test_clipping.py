"""Nothing a visitor reads is cut off: every page in every language and
layout, with every string stretched, shows each text whole, with an
ellipsis where it is shortened, apart from the other texts, and clear of
the top and bottom bars.

Texts scrolled out of a list's view are fine (the visitor scrolls to
them); Home is one screen, so there a text cut by the edge of its view is
hidden under the bottom bar."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QRectF
from PySide6.QtQml import QQmlComponent, QQmlEngine
from PySide6.QtQuick import QQuickItem

from kiosk.content.vocab import LANGUAGES
from kiosk.ui.app import LAYOUTS
from kiosk.ui.item_tree import child_items
from tests.qt.test_layout import PAGES, qml_value

ELIDE_NONE = 3  # Text.ElideNone
ALIGN_RIGHT, ALIGN_HCENTER = 2, 4  # Text.AlignRight, Text.AlignHCenter
ALIGN_BOTTOM, ALIGN_VCENTER = 64, 128  # Text.AlignBottom, Text.AlignVCenter
SLACK = 1.5  # px: rounding of text metrics and layouts
#: Items laid over a bar that belong to it: the accessibility button lies over
#: the bottom bar's left end (above the attract loop too), not inside it.
BAR_PARTS = {"bottomBar": ("accessButton",)}
#: Pages designed to fit one screen: a text cut by the edge of their view is hidden, not scrolled away.
ONE_SCREEN_PAGES = {"home"}
#: Known defects this test found that are still to be fixed: (page, layout, language, item).
#: An entry that no longer happens fails the test, so the list shrinks as they are fixed.
KNOWN_DEFECTS: set[tuple[str, str, str, str]] = set()


def _is_text(item: QQuickItem) -> bool:
    return item.inherits("QQuickText")


def _is_flickable(item: QQuickItem) -> bool:
    return item.inherits("QQuickFlickable")


def _scene_rect(item: QQuickItem, rect: QRectF | None = None) -> QRectF:
    return item.mapRectToScene(rect if rect is not None else QRectF(0, 0, item.width(), item.height()))


def _ancestors(item: QQuickItem):
    parent = item.parentItem()
    while parent is not None:
        yield parent
        parent = parent.parentItem()


def _seen(item: QQuickItem) -> bool:
    """Shown and not faded out (a parent at opacity 0 hides it too)."""
    return item.isVisible() and all(a.opacity() > 0.01 for a in [item, *_ancestors(item)])


def _name(item: QQuickItem) -> str:
    named = next((a.objectName() for a in [item, *_ancestors(item)] if a.objectName()), "")
    where = f"{item.objectName() or 'text'} in {named}" if named and named != item.objectName() else (named or "text")
    return f"{where} {item.property('text')[:40]!r}"


def ink_rect(item: QQuickItem) -> QRectF:
    """Where the text's glyphs are, in the item's coordinates (by its alignment)."""
    w, h = item.property("contentWidth"), item.property("contentHeight")
    halign = qml_value(item, "effectiveHorizontalAlignment")
    valign = qml_value(item, "verticalAlignment")
    x = item.width() - w if halign == ALIGN_RIGHT else (item.width() - w) / 2 if halign == ALIGN_HCENTER else 0.0
    y = item.height() - h if valign == ALIGN_BOTTOM else (item.height() - h) / 2 if valign == ALIGN_VCENTER else 0.0
    return QRectF(x, y, w, h)


def _clipper(ancestor: QQuickItem, side: str) -> str:
    """What the visitor sees cutting a text: a bar at the edge of the page's view, or a box."""
    if _is_flickable(ancestor) or ancestor.objectName() == "pageStack":
        return {"bottom": "the bottom bar", "top": "the top bar"}.get(side, "the edge of the screen")
    return ancestor.objectName() or ancestor.metaObject().className()


def _clipping(item: QQuickItem, page: str, bars: dict[str, QRectF]) -> tuple[QRectF | None, list[str]]:
    """The part of the text's glyphs the visitor can see (None when scrolled out) and what hides the rest."""
    rect = _scene_rect(item, ink_rect(item))
    problems = []
    for ancestor in _ancestors(item):
        if not ancestor.clip():
            continue
        box = _scene_rect(ancestor)
        if _is_flickable(ancestor) and page not in ONE_SCREEN_PAGES:
            rect = rect.intersected(box)  # scrolled out of view is fine
            if rect.isEmpty():
                return None, []
        elif not box.adjusted(-SLACK, -SLACK, SLACK, SLACK).contains(rect):
            side = "bottom" if rect.bottom() > box.bottom() + SLACK else "top" if rect.top() < box.top() - SLACK else "side"
            problems.append(
                f"cut off at its {side} by {_clipper(ancestor, side)}"
                f" ({rect.top():.0f}..{rect.bottom():.0f} in {box.top():.0f}..{box.bottom():.0f})"
            )
            rect = rect.intersected(box)
            if rect.isEmpty():
                break  # hidden entirely: what clips it further out says nothing more
    for bar, box in bars.items():
        if not any(a.objectName() in (bar, *BAR_PARTS.get(bar, ())) for a in _ancestors(item)):
            overlap = rect.intersected(box)
            if overlap.height() > SLACK and overlap.width() > SLACK:
                problems.append(f"lies under the {bar} ({rect.top():.0f}..{rect.bottom():.0f}, bar {box.top():.0f}..{box.bottom():.0f})")
    return rect, problems


def _own_box(item: QQuickItem) -> list[str]:
    """Clipped inside its own box, or shortened without an ellipsis."""
    elide = qml_value(item, "elide")
    truncated = item.property("truncated")
    problems = []
    if truncated and elide == ELIDE_NONE:
        problems.append("shortened without an ellipsis")
    if not truncated:
        if item.property("contentWidth") > item.width() + SLACK:
            problems.append(f"{item.property('contentWidth'):.0f}px wide in a {item.width():.0f}px box")
        if item.property("contentHeight") > item.height() + SLACK:
            problems.append(f"{item.property('contentHeight'):.0f}px tall in a {item.height():.0f}px box")
    return problems


def clipped_texts(window, page: str, items: list[QQuickItem]) -> list[str]:
    """Every visible text of *items* (a window's visible items) that is cut
    off, shortened without an ellipsis, on another text, or under a bar."""
    bars = {
        name: _scene_rect(bar)
        for name in ("topBar", "bottomBar", "keyboard")
        for bar in items
        if bar.objectName() == name and _seen(bar)
    }
    shown: list[tuple[QQuickItem, QRectF]] = []
    problems = []
    for item in items:
        if not _is_text(item) or not item.property("text") or item.width() <= 0 or not _seen(item):
            continue
        if any(a.objectName() == "keyboard" for a in _ancestors(item)):
            continue  # Qt's own keyboard
        rect, found = _clipping(item, page, bars)
        if rect is None:
            continue
        found += _own_box(item)
        problems += [f"{_name(item)}: {p}" for p in found]
        shown.append((item, rect))
    for i, (a, ra) in enumerate(shown):
        for b, rb in shown[i + 1 :]:
            both = ra.intersected(rb)
            if both.width() > SLACK and both.height() > SLACK:
                problems.append(f"{_name(a)}: on top of {_name(b)}")
    return problems


def _known(defects, page: str, layout: str, language: str, problem: str) -> tuple[str, str, str, str] | None:
    """The entry of *defects* (KNOWN_DEFECTS) *problem* is, if any."""
    return next(
        (entry for entry in defects
         if entry[:3] == (page, layout, language) and problem.startswith(entry[3] + " ")),
        None,
    )


@pytest.mark.parametrize("mode", ["plain", "larger-text"])
@pytest.mark.parametrize("layout", list(LAYOUTS))
def test_no_text_is_cut_off_hidden_or_overlapped(kiosk, layout, mode):
    """Every page × language × layout, as it is and with the visitor's Larger text on
    (every font 1.5 times; there Home scrolls like the other pages)."""
    drive = kiosk(layout=layout, language="en", trans_scale=1.6)
    larger = mode == "larger-text"
    drive.ui.access.setProperty("largerText", larger)
    known_defects = KNOWN_DEFECTS if not larger else set()
    problems, seen_known = [], set()
    for language in LANGUAGES:
        drive.ui.app_state.set_language(language)
        for page, call in PAGES:
            drive.go("goHome")
            drive.go(*call)
            drive.settle()
            found = clipped_texts(drive.window, page if not larger else f"scrolling {page}", drive.ui.items())
            for problem in found:
                known = _known(known_defects, page, layout, language, problem)
                if known:
                    seen_known.add(known)
                else:
                    problems.append(f"{page}/{layout}/{language}/{mode}: {problem}")
    assert not problems, "\n".join(problems)
    fixed = {entry for entry in known_defects if entry[1] == layout} - seen_known
    assert not fixed, f"fixed, take them off KNOWN_DEFECTS: {sorted(fixed)}"


def test_the_old_russian_home_would_have_failed(kiosk):
    """Russian Home tiles once grew past the screen and hid under the bottom bar."""
    drive = kiosk(layout="landscape", language="ru")
    assert clipped_texts(drive.window, "home", drive.ui.items()) == []
    tile = drive.item("tile-cluster")
    tile.setProperty("implicitHeight", drive.window.height() * 0.6)  # as tall as the long labels made them
    drive.settle()
    problems = clipped_texts(drive.window, "home", drive.ui.items())
    assert any("in tile-cluster" in p and "by the bottom bar" in p for p in problems), problems


SCENE = b"""
import QtQuick
Window {
    width: 400; height: 300; visible: true
    Rectangle { objectName: "topBar"; width: 400; height: 40 }
    Item {
        objectName: "pageStack"; y: 40; width: 400; height: 200; clip: true
        Flickable {
            objectName: "view"; anchors.fill: parent; clip: true; contentHeight: 600
            Text { objectName: "lowTile"; y: 190; text: "Half under the bar" }
            Text { objectName: "farBelow"; y: 500; text: "Scrolled away" }
            Text { objectName: "first"; y: 0; text: "Overlapping one" }
            Text { objectName: "second"; y: 4; x: 20; text: "Overlapping two" }
            Text { objectName: "dropped"; y: 60; width: 80; wrapMode: Text.Wrap; maximumLineCount: 1; text: "many words that wrap" }
            Text { objectName: "wide"; y: 120; width: 30; text: "much too wide for its box" }
            Text { objectName: "ellipsis"; y: 60; x: 250; width: 60; elide: Text.ElideRight; text: "shortened with an ellipsis" }
        }
    }
    Rectangle { objectName: "bottomBar"; y: 240; width: 400; height: 60 }
    Text { objectName: "onBar"; y: 250; x: 200; text: "Over the bar" }
}
"""


def _visible_items(item: QQuickItem) -> list[QQuickItem]:
    found = [item] if item.isVisible() else []
    for child in child_items(item) if found else []:
        found += _visible_items(child)
    return found


@pytest.fixture
def scene(qapp):
    """A window with a top bar, a scrolling page and a bottom bar, holding every kind of fault."""
    engine = QQmlEngine()
    component = QQmlComponent(engine)
    component.setData(SCENE, Path(__file__).as_uri())
    window = component.create()
    assert window is not None, component.errorString()
    yield window, _visible_items(window.contentItem())
    window.close()
    window.deleteLater()
    engine.deleteLater()


def _faults(problems: list[str]) -> dict[str, str]:
    """Problems by the name of the text they are about."""
    found: dict[str, str] = {}
    for problem in problems:
        name = problem.split(" ", 1)[0]
        found[name] = found.get(name, "") + problem + "\n"
    return found


def test_each_fault_is_found_and_named(scene):
    window, items = scene
    found = _faults(clipped_texts(window, "list", items))
    assert "lowTile" not in found and "farBelow" not in found  # a list scrolls to them
    assert "on top of second" in found["first"]
    assert "without an ellipsis" in found["dropped"]
    assert "px wide in a 30px box" in found["wide"]
    assert "under the bottomBar" in found["onBar"]
    assert set(found) == {"first", "dropped", "wide", "onBar"}


def test_on_a_one_screen_page_the_edge_of_the_view_hides_text(scene):
    window, items = scene
    found = _faults(clipped_texts(window, "home", items))
    assert "cut off at its bottom by the bottom bar" in found["lowTile"]
    assert "cut off at its bottom by the bottom bar" in found["farBelow"]
