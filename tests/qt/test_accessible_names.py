"""Screen readers (Narrator, Orca) can read the kiosk: every control a
visitor can reach on every page, in the panel, the key help and the
countdown, tells the platform's accessibility interface its role and a
name in the language on the screen."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtTest import QTest

from kiosk.content.vocab import LANGUAGES
from tests.qt.test_keypad import PAGES, open_page

ROLES = {QAccessible.Role.Button, QAccessible.Role.CheckBox, QAccessible.Role.EditableText}
SCRIPTS = {
    "zh-Hans": re.compile(r"[\u4e00-\u9fff]"),
    "ru": re.compile(r"[\u0400-\u04ff]"),
    "en": re.compile(r"^[^\u4e00-\u9fff\u0400-\u04ff]*[A-Za-z][^\u4e00-\u9fff\u0400-\u04ff]*$"),
}
#: Named in their own language whatever the screen's, as language switches are.
OWN_LANGUAGE = {"lang-zh-Hans", "lang-ru", "lang-en"}


def unnamed(drive, language: str, where: str) -> list[str]:
    """Controls reachable now without a role, without a name, or named in another language."""
    problems = []
    for control in drive.ui.keypad.controls():
        name = control.objectName() or control.metaObject().className()
        face = QAccessible.queryAccessibleInterface(control)
        if face is None:
            problems.append(f"{where}: {name} has no accessibility interface")
            continue
        text = face.text(QAccessible.Text.Name)
        if face.role() not in ROLES:
            problems.append(f"{where}: {name} has the role {face.role()}")
        if not text.strip():
            problems.append(f"{where}: {name} has no name")
        elif name not in OWN_LANGUAGE and not SCRIPTS[language].search(text):
            problems.append(f"{where}: {name} is named {text!r}, not in {language}")
    return problems


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_control_has_a_role_and_a_name_in_the_language_shown(kiosk, language):
    QAccessible.setActive(True)
    drive = kiosk(layout="landscape", language=language)
    problems = []
    for page, call in PAGES:
        open_page(drive, call)
        problems += unnamed(drive, language, page)
    drive.go("openSearch")
    drive.item("searchField").setProperty("text", {"zh-Hans": "钢结构", "ru": "кластер", "en": "steel"}[language])
    drive.settle()
    problems += unnamed(drive, language, "search results")
    drive.tap("accessButton")
    drive.settle()
    problems += unnamed(drive, language, "accessibility panel")
    drive.tap("accessDone")
    QTest.keyClick(drive.window, Qt.Key.Key_F1)
    drive.settle()
    problems += unnamed(drive, language, "key help")
    QTest.keyClick(drive.window, Qt.Key.Key_Escape)
    drive.ui.idle.start_countdown()
    drive.settle()
    problems += unnamed(drive, language, "countdown")
    assert not problems, "\n".join(problems)


def test_a_switch_says_whether_it_is_on(kiosk):
    QAccessible.setActive(True)
    drive = kiosk(language="en")
    drive.tap("accessButton")
    drive.settle()
    toggle = drive.item("toggle-largerText")
    face = QAccessible.queryAccessibleInterface(toggle)
    assert face.role() == QAccessible.Role.CheckBox and not face.state().checked
    drive.tap("toggle-largerText")
    assert QAccessible.queryAccessibleInterface(toggle).state().checked
