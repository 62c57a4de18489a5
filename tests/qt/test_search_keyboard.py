"""Search with Qt's on-screen keyboard (pinyin, Cyrillic, Latin) and a hardware keyboard."""

from __future__ import annotations

from PySide6.QtCore import Q_ARG, Q_RETURN_ARG, QMetaObject, QUrl
from PySide6.QtQml import QQmlComponent

KEYBOARD_HELPER = b"""
import QtQuick
import QtQuick.VirtualKeyboard
import QtQuick.VirtualKeyboard.Settings
QtObject {
    function setLocale(name) { VirtualKeyboardSettings.locale = name }
    function locale() { return InputContext.locale }
    function press(key, text) { return InputContext.inputEngine.virtualKeyClick(key, text, 0) }
    function candidates() {
        const model = InputContext.inputEngine.wordCandidateListModel
        const out = []
        for (let i = 0; i < model.count; ++i) out.push(model.dataAt(i, 0))
        return out
    }
    function choose(index) { InputContext.inputEngine.wordCandidateListModel.selectItem(index) }
    function keyboardVisible() { return Qt.inputMethod.visible }
}
"""


class Keyboard:
    """Presses keys on the kiosk's virtual keyboard, as a finger on its keys would."""

    def __init__(self, drive):
        self.drive = drive
        component = QQmlComponent(drive.ui.engine)
        component.setData(KEYBOARD_HELPER, QUrl("qrc:/test/KeyboardHelper.qml"))
        self.obj = component.create()
        assert self.obj is not None, component.errorString()
        self.component = component

    def type(self, text: str) -> None:
        for ch in text:
            QMetaObject.invokeMethod(self.obj, "press", Q_RETURN_ARG("QVariant"), Q_ARG("QVariant", ord(ch.upper())), Q_ARG("QVariant", ch))
            self.drive.wait(15)  # paces the key presses like a finger; what they typed is waited for, not assumed

    def candidates(self) -> list[str]:
        value = QMetaObject.invokeMethod(self.obj, "candidates", Q_RETURN_ARG("QVariant"))
        return list(value.toVariant()) if hasattr(value, "toVariant") else list(value or [])

    def choose(self, word: str) -> None:
        words = self.candidates()
        assert word in words, f"{word!r} is not among the candidates {words[:20]}"
        QMetaObject.invokeMethod(self.obj, "choose", Q_ARG("QVariant", words.index(word)))

    def locale(self) -> str:
        return QMetaObject.invokeMethod(self.obj, "locale", Q_RETURN_ARG("QVariant"))


def open_search(drive):
    drive.tap("searchButton")
    drive.settle()
    assert drive.ui.current_page == "search"
    assert drive.wait_until(lambda: drive.item("searchField").property("activeFocus"), 10_000)
    return Keyboard(drive)


def text_is(drive, expected: str) -> bool:
    """Wait (generously) until the search field holds *expected*."""
    return drive.wait_until(lambda: drive.item("searchField").property("text") == expected, 10_000)


def results(drive) -> list[str]:
    return [i.objectName()[len("result-"):] for i in drive.ui.items() if i.objectName().startswith("result-")]


def test_the_keyboard_opens_in_the_visitors_language_and_shows_on_screen(kiosk):
    drive = kiosk(language="ru")
    keys = open_search(drive)
    assert drive.wait_until(lambda: keys.locale() == "ru_RU", 2000)
    assert drive.ui.find("keyboard") is not None  # the panel is up, inside the scene
    drive.tap("lang-zh-Hans")
    assert drive.wait_until(lambda: keys.locale() == "zh_CN", 2000)
    # Switched elsewhere, the keyboard catches up when Search opens again.
    drive.tap("homeButton")
    drive.settle()
    drive.tap("lang-en")
    drive.settle()
    keys = open_search(drive)
    assert drive.wait_until(lambda: keys.locale() == "en_US", 2000)


def test_pinyin_haier_then_the_candidate_finds_haier(kiosk):
    drive = kiosk(language="zh-Hans")
    keys = open_search(drive)
    assert drive.wait_until(lambda: keys.locale() == "zh_CN", 2000)
    keys.type("haier")
    assert drive.wait_until(lambda: "海尔" in keys.candidates(), 10_000), keys.candidates()[:20]
    keys.choose("海尔")
    assert text_is(drive, "海尔")
    assert drive.wait_until(lambda: "haier-group" in results(drive), 10_000)
    assert results(drive)[0] == "haier-group"
    drive.tap("result-haier-group")
    drive.settle()
    assert drive.ui.current_page == "detail-manufacturer-haier-group"


def test_cyrillic_typing_finds_a_russian_record(kiosk):
    drive = kiosk(language="ru")
    keys = open_search(drive)
    assert drive.wait_until(lambda: keys.locale() == "ru_RU", 2000)
    keys.type("специи")
    assert text_is(drive, "специи")
    assert drive.wait_until(lambda: results(drive)[:1] == ["spices-cluster"], 10_000)


def test_latin_typing_finds_both_steel_clusters(kiosk):
    drive = kiosk(language="en")
    keys = open_search(drive)
    assert drive.wait_until(lambda: keys.locale() == "en_US", 2000)
    keys.type("steel")
    assert text_is(drive, "steel")
    wanted = {"power-steel-structure-cluster", "power-steel-structures-national-cluster"}
    assert drive.wait_until(lambda: wanted <= set(results(drive)), 10_000), results(drive)


def test_a_hardware_keyboard_works_too(kiosk):
    drive = kiosk(language="en")
    open_search(drive)
    drive.type_text("haier")
    assert drive.wait_until(lambda: results(drive)[:1] == ["haier-group"], 10_000)
    drive.tap("clearSearch")
    assert text_is(drive, "")
    drive.type_text("zzzz")
    assert drive.wait_until(lambda: drive.ui.find("noResults") is not None, 10_000)
