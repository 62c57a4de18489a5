"""``Speech`` for QML: read aloud, explore-by-touch and the Help and Repeat keys.

When the visitor turns on Read aloud (``Access.readAloud``), the kiosk
speaks in the language on screen: the title and summary of each page as it
arrives, and, on a first tap on anything, what it is and does ("Industrial
clusters, button, 9 entries") instead of doing it; a second tap on the same
item within ``SECOND_TAP_MS`` uses it, as phone screen readers do. Speech
stops at the visitor's next action (any tap or key). Help (F1) says how to
use the keys, Repeat (F2) says the last words again; volume follows
``Access.volume``.

All of it sits in event filters on the window and reads the items' own
``Accessible`` properties (name, role, description), their ``text`` and the
texts inside them: no page or component has to know about speech. The panel
binds to the properties below (``statusText`` says, in the displayed
language, when there is no voice for it).
"""

from __future__ import annotations

import logging
import time

from PySide6.QtCore import QT_TRANSLATE_NOOP, Property, QCoreApplication, QEvent, QObject, QPointF, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QAccessible, QGuiApplication
from PySide6.QtQuick import QQuickItem, QQuickWindow

from kiosk.gui.speech import READY, STARTING, UNAVAILABLE, Speech
from kiosk.ui.bridge.access import AccessState
from kiosk.ui.bridge.app_state import AppState
from kiosk.ui.item_tree import child_items, find_child

log = logging.getLogger(__name__)
translate = QCoreApplication.translate

# A second tap on the same item within this time uses it.
SECOND_TAP_MS = 1500
HELP_KEYS = (Qt.Key.Key_F1, Qt.Key.Key_Help)
REPEAT_KEYS = (Qt.Key.Key_F2,)
# A focus change this soon after a key press is the keypad's doing (and is spoken).
FOCUS_AFTER_KEY_S = 0.5
# How much of the texts inside an item is read after its name (a card's summary can be long).
MAX_INNER_CHARS = 240

# What the Help key says (translated; lupdate finds it through QT_TRANSLATE_NOOP).
HELP_TEXT = QT_TRANSLATE_NOOP(
    "Speech",
    "Use the up and down keys to move from item to item, and Enter to use the item. "
    "Back returns to the previous page. Help says this again; Repeat says the last words again. "
    "With read aloud on, tap an item once to hear it, and tap it again to use it.")

_PRESSES = (QEvent.Type.TouchBegin, QEvent.Type.MouseButtonPress)
_RELEASES = (QEvent.Type.TouchEnd, QEvent.Type.MouseButtonRelease)
# Where a page's title and summary are (object names in the page QML).
_TITLES = ("homeTitle", "detailTitle", "pageTitle")
_SUMMARIES = ("homeSummary", "detailSummary")

_Role = QAccessible.Role
# Roles of items a tap uses (a first tap on them only speaks in read-aloud mode).
_INTERACTIVE = {
    _Role.Button, _Role.CheckBox, _Role.RadioButton, _Role.Link, _Role.PageTab, _Role.EditableText,
    _Role.Slider, _Role.ComboBox, _Role.MenuItem, _Role.SpinBox, _Role.ButtonMenu, _Role.ButtonDropDown,
}


def role_word(role) -> str:
    """What an item of *role* is, in the displayed language ("" for plain text)."""
    words = {
        _Role.Button: translate("Speech", "button"),
        _Role.ButtonMenu: translate("Speech", "button"),
        _Role.ButtonDropDown: translate("Speech", "button"),
        _Role.CheckBox: translate("Speech", "check box"),
        _Role.RadioButton: translate("Speech", "option"),
        _Role.Link: translate("Speech", "link"),
        _Role.PageTab: translate("Speech", "tab"),
        _Role.EditableText: translate("Speech", "text field"),
        _Role.Slider: translate("Speech", "slider"),
        _Role.ComboBox: translate("Speech", "list of choices"),
        _Role.MenuItem: translate("Speech", "menu item"),
        _Role.Heading: translate("Speech", "heading"),
        _Role.Graphic: translate("Speech", "picture"),
    }
    return words.get(role, "")


def join_parts(parts: list[str]) -> str:
    """Parts of one description, joined as the displayed language writes a
    list (after a full sentence, just a space)."""
    sep = translate("Speech", ", ")
    text = ""
    for part in (p.strip() for p in parts):
        if part:
            text += ("" if not text else " " if text[-1] in ".?!。？！…" else sep) + part
    return text


def _accessible(item: QQuickItem):
    """(name, role, description) from the item's Accessible properties (role None: none set)."""
    iface = QAccessible.queryAccessibleInterface(item)
    if iface is None or not iface.isValid():
        return "", None, ""
    return iface.text(QAccessible.Text.Name), iface.role(), iface.text(QAccessible.Text.Description)


def _own_text(item: QQuickItem) -> str:
    for prop in ("text", "label", "title"):
        value = item.property(prop)
        if isinstance(value, str) and value.strip():
            return value.strip()
    return ""


def inner_texts(item: QQuickItem) -> list[str]:
    """The visible texts inside *item*, in screen order."""
    found: list[str] = []
    pending = list(reversed(child_items(item)))
    while pending:
        child = pending.pop()
        if not child.isVisible() or child.opacity() <= 0:
            continue
        if child.inherits("QQuickText"):
            text = child.property("text")
            if isinstance(text, str) and text.strip() and text.strip() not in found:
                found.append(" ".join(text.split()))
        pending.extend(reversed(child_items(child)))
    return found


def is_interactive(item: QQuickItem) -> bool:
    """A tap on *item* does something (a button, link, field ...)."""
    _name, role, _desc = _accessible(item)
    return role in _INTERACTIVE or item.inherits("QQuickAbstractButton")


def describe(item: QQuickItem) -> str:
    """What *item* is and does: "Industrial clusters, button, 9 entries"."""
    name, role, description = _accessible(item)
    texts = inner_texts(item)
    name = name or _own_text(item) or (texts[0] if texts else "")
    if role is None and item.inherits("QQuickAbstractButton"):
        role = _Role.Button
    parts = [name, role_word(role)]
    if item.property("checked") is True or item.property("selected") is True:
        parts.append(translate("Speech", "selected"))
    if not item.isEnabled():
        parts.append(translate("Speech", "unavailable"))
    extra = [description] if description else [t for t in texts if t != name]
    rest = join_parts(extra)
    if len(rest) > MAX_INNER_CHARS:
        rest = rest[:MAX_INNER_CHARS].rsplit(" ", 1)[0] + "…"
    parts.append(rest)
    return join_parts(parts)


def chains_at(window: QQuickWindow, point: QPointF):
    """The visible items under *point* (window coordinates) as chains from the
    deepest item up to the window, topmost first."""

    def walk(item: QQuickItem, above: list[QQuickItem]):
        if not item.isVisible() or item.opacity() <= 0:
            return
        inside = item.contains(item.mapFromScene(point))
        if item.clip() and not inside:
            return
        path = [item, *above] if inside else above
        children = sorted(enumerate(child_items(item)), key=lambda pair: (pair[1].z(), pair[0]), reverse=True)
        for _i, child in children:
            yield from walk(child, path)
        if inside:
            yield path

    yield from walk(window.contentItem(), [])


def _ancestors(item: QQuickItem | None):
    while item is not None:
        yield item
        item = item.parentItem()


def target_of(window: QQuickWindow, grabber, point: QPointF) -> tuple[QQuickItem | None, bool]:
    """The item a tap is about, and whether the tap uses it: the item that
    took the press (*grabber*, or a handler's item) or its nearest interactive
    ancestor; else the topmost item under *point* with something to say."""
    taker = grabber if isinstance(grabber, QQuickItem) else (grabber.parent() if grabber is not None else None)
    if isinstance(taker, QQuickItem):
        for item in _ancestors(taker):
            if is_interactive(item):
                return item, True
    for chain in chains_at(window, point):
        for item in chain:
            if _accessible(item)[0] or _own_text(item):
                return item, False
    return None, False


def page_speech(page: QObject | None) -> str:
    """The title and summary of *page* (a page item of the stack), as one text."""
    if page is None:
        return ""
    title = summary = ""
    for name in _TITLES:
        item = find_child(page, name)
        if item is not None and item.property("text"):
            title = item.property("text")
            if name == "pageTitle":
                header = item.parentItem()
                while header is not None and header.property("subtitle") is None:
                    header = header.parentItem()
                summary = header.property("subtitle") if header is not None else ""
            break
    for name in _SUMMARIES:
        item = find_child(page, name)
        if item is not None and item.property("text"):
            summary = item.property("text")
            break
    if title and summary:
        return translate("Speech", "%1. %2").replace("%1", title.strip()).replace("%2", summary.strip())
    return (title or summary).strip()


class SpeechBridge(QObject):
    """Read aloud for the visitor: page arrival, explore-by-touch, Help and Repeat.

    QML (the accessibility panel) binds to ``available``, ``starting``,
    ``speaking``, ``voiceMissing`` and ``statusText`` and calls ``repeat()``,
    ``stop()``, ``help()`` and ``speak(text)``; turning ``Access.readAloud``
    on or off and moving ``Access.volume`` is all the rest it needs.
    """

    changed = Signal()
    # A first tap was taken for explanation (not passed on): the item's description.
    explained = Signal(str)

    def __init__(self, speech: Speech, access: AccessState, app: AppState, idle=None, parent: QObject | None = None):
        super().__init__(parent)
        self.speech = speech
        self._access = access
        self._app = app
        self._idle = idle
        self._window: QQuickWindow | None = None
        self._stack: QQuickItem | None = None
        self._on = False
        # How soon a second tap on the same item uses it (ms); the first only speaks.
        self.second_tap_ms = SECOND_TAP_MS
        self._explore = _ExploreByTouch(self)
        self._keys = _SpeechKeys(self)
        self.turned_on_ms: float | None = None
        self.last_key_at = 0.0
        self.last_key_was_help = False
        self.turned_on_cpu_ms: float | None = None
        access.changed.connect(self._on_access)
        app.languageChanged.connect(self._on_language)
        speech.statusChanged.connect(self.changed)
        speech.speakingChanged.connect(self.changed)
        speech.voiceMissing.connect(lambda _lang: self.changed.emit())

    def attach(self, window: QQuickWindow, stack: QQuickItem) -> None:
        """Follow *window*'s keys and *stack*'s pages (after the QML loaded and the other filters)."""
        self._window, self._stack = window, stack
        window.installEventFilter(self._keys)
        stack.currentItemChanged.connect(self._on_page)
        window.activeFocusItemChanged.connect(self._on_focus)
        if self._idle is not None:
            self._idle.stateChanged.connect(self._on_idle)
        self._on_access()

    # -- QML ------------------------------------------------------------------------------
    @Property(bool, notify=changed)
    def available(self) -> bool:
        """The engine is ready and has a voice for the displayed language."""
        return self.speech.status == READY and self.speech.has_voice(self._app.language) is True

    @Property(bool, notify=changed)
    def starting(self) -> bool:
        return self.speech.status == STARTING

    @Property(bool, notify=changed)
    def speaking(self) -> bool:
        return self.speech.speaking

    @Property(bool, notify=changed)
    def voiceMissing(self) -> bool:  # noqa: N802 - QML name
        """Read aloud cannot speak the displayed language (no engine, or no voice for it)."""
        return self.speech.has_voice(self._app.language) is False

    @Property(str, notify=changed)
    def statusText(self) -> str:  # noqa: N802 - QML name
        """What the panel shows under Read aloud, in the displayed language ("" when all is well)."""
        if self.speech.status == UNAVAILABLE:
            return translate("Speech", "Read aloud is not available: this kiosk has no speech engine.")
        if self.speech.has_voice(self._app.language) is False:
            return translate("Speech", "Read aloud is not available in this language: no voice for it is installed.")
        if self._on and self.speech.status == STARTING:
            return translate("Speech", "Read aloud is starting…")
        return ""

    @Slot(str)
    def speak(self, text: str) -> None:
        """Say *text* in the displayed language."""
        self.speech.say(text, self._app.language)
        self.changed.emit()

    @Slot()
    def stop(self) -> None:
        self.speech.stop()

    @Slot()
    def repeat(self) -> None:
        """Say the last words again (the Repeat control and key)."""
        if not self.speech.repeat() and self._on:
            self.speak_page()

    @Slot()
    def help(self) -> None:
        """How to use the keys (the Help key)."""
        self.speak(translate("Speech", HELP_TEXT))

    @Slot(QQuickItem)
    def describeItem(self, item: QQuickItem) -> None:  # noqa: N802 - QML name
        """Say what *item* is and does (as a first tap on it would)."""
        if item is not None:
            self.speak(describe(item))

    @Slot()
    def speakPage(self) -> None:  # noqa: N802 - QML name
        """Say the title and summary of the page on screen."""
        self.speak_page()

    # -- Python ---------------------------------------------------------------------------
    @property
    def on(self) -> bool:
        """Read aloud is on (explore-by-touch active)."""
        return self._on

    def visitor_present(self) -> bool:
        """A visitor session runs (not the attract loop, not the countdown)."""
        return self._idle is None or self._idle.property("state") == "active"

    def can_speak(self) -> bool:
        """Speech in the displayed language is possible (or still loading)."""
        return self.speech.has_voice(self._app.language) is not False

    def page_text(self) -> str:
        """The title and summary of the page on screen."""
        return page_speech(self._stack.property("currentItem") if self._stack is not None else None)

    def speak_page(self) -> None:
        text = self.page_text()
        if text:
            self.speak(text)

    @Slot()
    def _on_access(self) -> None:
        self.speech.set_volume(self._access.volume)
        want = bool(self._access.readAloud)
        if want == self._on or self._window is None:
            return
        self._on = want
        if want:
            self._window.installEventFilter(self._explore)
            # After this event: the switch itself returns at once.
            QTimer.singleShot(0, self._start_speaking)
            log.info("read aloud on")
        else:
            self._window.removeEventFilter(self._explore)
            self._explore.forget()
            self.speech.stop()
            log.info("read aloud off")
        self.changed.emit()

    def _start_speaking(self) -> None:
        if not self._on:
            return
        started, cpu = time.perf_counter(), time.thread_time()
        self.speech.start()
        # One text: a second one would cut the first off.
        intro = translate("Speech", "Read aloud is on. Tap an item once to hear it, and again to use it.")
        self.speak(f"{intro} {self.page_text()}")
        # What turning it on cost the GUI thread: time passed, and its own work
        # (the same on a busy machine, where other programs take turns too).
        self.turned_on_ms = (time.perf_counter() - started) * 1000
        self.turned_on_cpu_ms = (time.thread_time() - cpu) * 1000

    @Slot()
    def _on_focus(self) -> None:
        """Keypad focus moved (a key just went down): say what now has it."""
        if not self._on or time.monotonic() - self.last_key_at > FOCUS_AFTER_KEY_S or self._window is None:
            return
        if self.last_key_was_help:
            return  # the key help took the focus: its words are being spoken, not its Close button
        focused = self._window.activeFocusItem()
        item = next((it for it in _ancestors(focused) if is_interactive(it)), focused)
        if item is not None and item is not self._window.contentItem():
            self.speak(describe(item))

    @Slot()
    def _on_idle(self) -> None:
        if self._on and self._idle.property("state") == "countdown":
            # After QML has shown the question.
            QTimer.singleShot(0, self._speak_countdown)

    def _speak_countdown(self) -> None:
        overlay = find_child(self._window, "idleOverlay") if self._window is not None else None
        if overlay is not None and overlay.isVisible():
            # Its words and its button, not the seconds ticking down.
            self.speak(join_parts([t for t in inner_texts(overlay) if not t.isdigit()]))

    @Slot()
    def _on_page(self) -> None:
        if self._on:
            # After the page's bindings have their texts.
            QTimer.singleShot(0, self.speak_page)

    @Slot()
    def _on_language(self) -> None:
        self.changed.emit()
        if self._on:
            QTimer.singleShot(0, self.speak_page)


class _ExploreByTouch(QObject):
    """Window filter in read-aloud mode: a first tap on an item speaks it and
    is taken back before it acts; a second tap on it in time acts."""

    def __init__(self, bridge: SpeechBridge):
        super().__init__(bridge)
        self._bridge = bridge
        self._last_item: QQuickItem | None = None
        self._last_at = 0.0
        self._press: QPointF | None = None

    def forget(self) -> None:
        self._last_item, self._press = None, None

    def eventFilter(self, watched, event):  # noqa: N802 - Qt override
        kind = event.type()
        if kind not in _PRESSES and kind not in _RELEASES:
            return False
        if kind == QEvent.Type.MouseButtonPress or kind == QEvent.Type.MouseButtonRelease:
            if event.source() != Qt.MouseEventSource.MouseEventNotSynthesized:
                return False  # the touch itself is handled
        if not self._bridge.visitor_present() or len(event.points()) != 1:
            return False
        point = event.points()[0]
        if kind in _PRESSES:
            self._bridge.speech.stop()  # the next action stops speech
            self._press = point.scenePosition()
            return False
        return self._released(watched, event, point)

    def _released(self, window, event, point) -> bool:
        press, self._press = self._press, None
        if press is None:
            return False
        moved = point.scenePosition() - press
        if abs(moved.x()) + abs(moved.y()) > QGuiApplication.styleHints().startDragDistance():
            return False  # a flick or a swipe: not a tap
        if not self._bridge.can_speak():
            return False  # nothing could be said: the tap acts at once
        item, interactive = target_of(window, event.exclusiveGrabber(point), point.scenePosition())
        if item is None:
            return False
        now = time.monotonic()
        if interactive and item is self._last_item and (now - self._last_at) * 1000 <= self._bridge.second_tap_ms:
            self._last_item = None
            return False  # the second tap: it acts
        text = describe(item)
        self._last_item, self._last_at = item, now
        self._bridge.speak(text)
        self._bridge.explained.emit(text)
        if not interactive:
            return False
        # Take the tap back: whatever grabbed the press lets go without acting.
        for p in event.points():
            event.setExclusiveGrabber(p, None)
            event.clearPassiveGrabbers(p)
        return True


class _SpeechKeys(QObject):
    """Window filter: any key stops speech; Help and Repeat speak."""

    def __init__(self, bridge: SpeechBridge):
        super().__init__(bridge)
        self._bridge = bridge

    def eventFilter(self, watched, event):  # noqa: N802 - Qt override
        if event.type() != QEvent.Type.KeyPress:
            return False
        self._bridge.last_key_at = time.monotonic()
        key = event.key()
        self._bridge.last_key_was_help = key in HELP_KEYS
        if key in HELP_KEYS:
            # Spoken here, and passed on: the keypad shows the same help on screen.
            self._bridge.help()
            return False
        if key in REPEAT_KEYS:
            self._bridge.repeat()
            return True
        self._bridge.speech.stop()
        return False
