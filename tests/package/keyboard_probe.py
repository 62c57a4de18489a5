"""Types on Qt's virtual keyboard with real mouse taps, with only the QML modules in argv[1].

Run by test_qml_selection.py in its own process (the QML import path must
be set before anything loads a QML module).  Prints one JSON line: what
each language typed, and every QML warning.
"""

import json
import os
import sys

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
QTest.qWait(300)


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
    QTest.qWait(60)


def type_word(locale: str, letters: list[str], finish: str | None) -> str:
    window.setLocale(locale)
    QTest.qWait(400)
    field.setProperty("text", "")
    field.forceActiveFocus()
    QTest.qWait(200)
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
    QTest.qWait(200)
    return field.property("text")


field.forceActiveFocus()
QTest.qWait(300)
result = {
    "loaded": True,
    "keyboard_shown": bool(QGuiApplication.inputMethod().isVisible()),
    "en_US": type_word("en_US", list("steel"), None),
    "ru_RU": type_word("ru_RU", list("сталь"), None),
    # Pinyin: n-i-h-a-o, then space takes the first candidate.
    "zh_CN": type_word("zh_CN", list("nihao"), "space"),
    "warnings": warnings,
}
print(json.dumps(result, ensure_ascii=False))
