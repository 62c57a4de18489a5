"""Helpers for the staff-console tests: scripted dialogs, acting like a
person (click buttons, type into fields, pick from lists) and reading what
the database then holds."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QAbstractButton, QComboBox, QWidget

from kiosk.admin.console.window import ConsoleWindow
from kiosk.content.read.catalogue import Catalogue
from kiosk.content.change.history import list_versions
from kiosk.content.change.store import read_content


class ScriptedPrompts:
    """Answers the console's questions without a modal dialog: confirmations
    come from ``answers`` (yes when empty), files from ``files``."""

    def __init__(self) -> None:
        self.answers: list[bool] = []
        self.files: list[Path | None] = []
        self.choices: list[str | None] = []
        self.asked: list[tuple[str, str]] = []
        self.suggested: list[str] = []  # the file names the save dialogs offered
        self.details: list[str] = []  # the rich text shown with each question ("" when none)
        self.unsaved_answer = "discard"

    def confirm(self, title: str, text: str, ok: str, details: str = "") -> bool:
        self.asked.append((title, text))
        self.details.append(details)
        return self.answers.pop(0) if self.answers else True

    def show_details(self, title: str, text: str, details: str) -> None:
        self.asked.append((title, text))
        self.details.append(details)

    def choose(self, title: str, text: str, options: list[tuple[str, str]]) -> str | None:
        self.asked.append((title, text))
        assert self.choices, f"unexpected question {title!r}: {text}"
        choice = self.choices.pop(0)
        assert choice is None or choice in dict(options), f"{choice!r} is not offered by {title!r}: {options}"
        return choice

    def unsaved(self, text: str) -> str:
        self.asked.append(("unsaved", text))
        return self.unsaved_answer

    def open_file(self, title: str, filters: str) -> Path | None:
        self.asked.append((title, filters))
        return self.files.pop(0) if self.files else None

    def open_folder(self, title: str) -> Path | None:
        self.asked.append((title, ""))
        return self.files.pop(0) if self.files else None

    def save_file(self, title: str, filters: str, suggested: str) -> Path | None:
        self.asked.append((title, filters))
        self.suggested.append(suggested)
        return self.files.pop(0) if self.files else None

    def open_files(self, title: str, filters: str) -> list[Path]:
        """Several files at once: the next entry of ``files`` (a list of paths, or None for Cancel)."""
        self.asked.append((title, filters))
        chosen = self.files.pop(0) if self.files else None
        return list(chosen) if chosen else []


# --------------------------------------------------------------------------- acting like a person


def click(qtbot, widget: QWidget) -> None:
    """Click *widget* with the mouse (it must be visible and enabled, as for a person)."""
    assert widget.isVisible(), f"{widget.objectName() or widget} is not visible"
    assert widget.isEnabled(), f"{widget.objectName() or widget} is disabled"
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def tool(window: ConsoleWindow, action) -> QAbstractButton:
    """The toolbar button of *action*."""
    return window.toolbar.widgetForAction(action)


def type_text(qtbot, widget: QWidget, text: str) -> None:
    """Type *text* into *widget*: Latin letters as key presses, other scripts
    as an input method delivers them (Chinese from a pinyin IME; QTest's key
    clicks only know ASCII)."""
    run = ""
    for ch in text + "\0":
        if ch.isascii() and ch != "\0":
            if run:
                event = QInputMethodEvent()
                event.setCommitString(run)
                QCoreApplication.sendEvent(widget, event)
                run = ""
            qtbot.keyClicks(widget, ch)
        elif ch != "\0":
            run += ch
        elif run:
            event = QInputMethodEvent()
            event.setCommitString(run)
            QCoreApplication.sendEvent(widget, event)


def replace_text(qtbot, widget: QWidget, text: str) -> None:
    """Select everything in a text field and type *text* over it (empty: delete it)."""
    widget.setFocus()
    qtbot.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    if text:
        type_text(qtbot, widget, text)
    else:
        qtbot.keyClick(widget, Qt.Key.Key_Delete)


def choose(combo: QComboBox, data: str) -> None:
    """Pick the entry whose value is *data*, as picking it from the drop-down list does."""
    index = combo.findData(data)
    assert index >= 0, f"{data!r} is not offered by {combo.objectName()}"
    combo.setCurrentIndex(index)
    combo.activated.emit(index)


def select(qtbot, window: ConsoleWindow, kind: str, slug: str) -> None:
    """Click *kind* in the kinds list, then the record *slug* in the record list."""
    item = window.kinds.items[kind]
    rect = window.kinds.tree.visualItemRect(item)
    qtbot.mouseClick(window.kinds.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.records.kind == kind
    proxy = window.records.filter
    for row in range(proxy.rowCount()):
        if proxy.index(row, 2).data() == slug:
            index = proxy.index(row, 1)
            window.records.table.scrollTo(index)
            qtbot.mouseClick(window.records.table.viewport(), Qt.MouseButton.LeftButton, pos=window.records.table.visualRect(index).center())
            assert window.editor.record is not None and window.editor.record.slug == slug
            return
    raise AssertionError(f"{slug} is not in the list of {kind}: {window.records.visible_slugs()}")


def save(qtbot, window: ConsoleWindow) -> None:
    """Click Save and wait until the save has finished."""
    click(qtbot, tool(window, window.save_action))
    wait_idle(qtbot, window)


def wait_idle(qtbot, window: ConsoleWindow) -> None:
    """Wait until no job runs (the form is enabled again)."""
    qtbot.waitUntil(lambda: window.job is None, timeout=60_000)


# --------------------------------------------------------------------------- reading the database


def content(db):
    with db.sessions() as session:
        return read_content(session)


def record(db, kind: str, slug: str):
    return next(r for r in content(db).of(kind) if r.slug == slug)


def history(db):
    with db.sessions() as session:
        return list_versions(session, 1000)


def catalogue(db) -> Catalogue:
    return Catalogue(db.engine)


# --------------------------------------------------------------------------- the real dialogs


class RealDialogs:
    """The console's own question dialogs (``Prompts``); only the file choosers
    answer from ``files``, as a person picking a file would."""

    def __init__(self, parent: QWidget | None = None) -> None:
        from kiosk.admin.console.prompts import Prompts

        self._real = Prompts(parent)
        self.files: list[Path | None] = []
        self.asked: list[tuple[str, str]] = []

    def attach(self, window: QWidget) -> None:
        """Open the dialogs over *window* (made after its prompts)."""
        self._real.parent = window

    def __getattr__(self, name: str):
        return getattr(self._real, name)

    def open_file(self, title: str, filters: str) -> Path | None:
        self.asked.append((title, filters))
        return self.files.pop(0) if self.files else None

    def save_file(self, title: str, filters: str, suggested: str) -> Path | None:
        self.asked.append((title, filters))
        return self.files.pop(0) if self.files else None


def answer_dialogs(*buttons: str) -> list[str]:
    """Click *buttons* (by their text), one in each of the next modal message
    boxes as they open; the list returned fills with the boxes' texts."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    texts: list[str] = []
    pending = list(buttons)

    def poll(tries: int = 0) -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox) and box.isVisible():
            offered = {b.text().replace("&", ""): b for b in box.buttons()}
            wanted = pending.pop(0)
            texts.append(box.text())
            if wanted in offered:
                offered[wanted].click()
            else:  # close it (a test must not hang on it) and say why in the texts
                texts.append(f"no button {wanted!r}, only {list(offered)}")
                box.reject()
            if pending:
                QTimer.singleShot(10, poll)
        elif tries < 3000:  # the dialog is not open yet
            QTimer.singleShot(10, lambda: poll(tries + 1))

    QTimer.singleShot(0, poll)
    return texts
