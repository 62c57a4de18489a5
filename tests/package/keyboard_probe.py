"""Types on Qt's virtual keyboard with real mouse taps, with only the QML modules in argv[1].

Run by test_qml_selection.py in its own process (the QML import path must
be set before anything loads a QML module).  Prints one JSON line: what
each language typed, and every QML warning.
"""

import json
import os
import sys
import time

os.environ["QT_IM_MODULE"] = "qtvirtualkeyboard"
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QPointF, Qt  # noqa: E402
from PySide6.QtGui import QGuiApplication  # noqa: E402
from PySide6.QtQml import QQmlApplicationEngine  # noqa: E402
from PySide6.QtQuick import QQuickItem  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402

QML = b"""
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.VirtualKeyboard
import QtQuick.VirtualKeyboard.Settings
Window {
    width: 1280; height: 800; visible: true
    function setLocale(name) { VirtualKeyboardSettings.locale = name }
    TextField { objectName: "field"; width: 600; focus: true }
    InputPanel { objectName: "panel"; y: parent.height - height; width: parent.width }
}
"""

app = QGuiApplication([sys.argv[0]])
warnings: list[str] = []
engine = QQmlApplicationEngine()
engine.setImportPathList([sys.argv[1]])
engine.warnings.connect(lambda ws: warnings.extend(w.toString() for w in ws))
engine.loadData(QML)
if not engine.rootObjects():
    print(json.dumps({"loaded": False, "warnings": warnings}))
    sys.exit(0)
window = engine.rootObjects()[0]
field = window.findChild(QQuickItem, "field")
panel = window.findChild(QQuickItem, "panel")


def wait_for(check, timeout_ms: int = 15_000) -> bool:
    """Run the event loop until *check()* is true (generous: a loaded machine is slow); its last value."""
    deadline = time.monotonic() + timeout_ms / 1000
    while not check() and time.monotonic() < deadline:
        QTest.qWait(20)
    return bool(check())


wait_for(lambda: panel.width() > 0)


def keys() -> dict:
    """Visible keyboard keys by their text (BaseKey items have `key` and `text`)."""
    found = {}

    def walk(item):
        for child in item.childItems():
            meta = child.metaObject()
            # Ask only for properties the item has: PySide6 6.12 mis-counts
            # the None it returns for a missing one and crashes later.
            if meta.indexOfProperty("key") >= 0 and meta.indexOfProperty("text") >= 0:
                text = child.property("text")
                if isinstance(text, str) and text and child.isVisible() and child.width() > 0:
                    found.setdefault(text, child)
            walk(child)

    walk(panel)
    return found


def tap(item) -> None:
    centre = item.mapToScene(QPointF(item.width() / 2, item.height() / 2)).toPoint()
    QTest.mouseClick(window, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, centre)
    QTest.qWait(60)  # paces the taps like a finger; what they typed is waited for below


def type_word(locale: str, letters: list[str], finish: str | None, expected: str) -> str:
    """Tap *letters* (then space when *finish*); the field's text once it reads *expected* (any case)
    or when waiting for that gave up."""
    window.setLocale(locale)
    field.setProperty("text", "")
    field.forceActiveFocus()
    # The layout of *locale* is up once its first letter is a key (en, ru, zh follow each other).
    wait_for(lambda: field.property("activeFocus") and letters[0] in keys())
    for letter in letters:
        available = keys()
        if letter not in available:
            return f"no key {letter!r} in {sorted(available)[:40]}"
        tap(available[letter])
    if finish:
        space = [k for k in keys().values() if k.property("key") == int(Qt.Key.Key_Space)]
        if not space:
            return "no space key"
        tap(space[0])
    wait_for(lambda: str(field.property("text")).lower() == expected.lower())
    return field.property("text")


field.forceActiveFocus()
wait_for(lambda: QGuiApplication.inputMethod().isVisible())
result = {
    "loaded": True,
    "keyboard_shown": bool(QGuiApplication.inputMethod().isVisible()),
    "en_US": type_word("en_US", list("steel"), None, "steel"),
    "ru_RU": type_word("ru_RU", list("сталь"), None, "сталь"),
    # Pinyin: n-i-h-a-o, then space takes the first candidate.
    "zh_CN": type_word("zh_CN", list("nihao"), "space", "你好"),
    "warnings": warnings,
}
print(json.dumps(result, ensure_ascii=False))
