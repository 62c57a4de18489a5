"""Every question the console asks in a dialog, in one replaceable object.

The window never opens a dialog itself: it asks its ``Prompts``.  Tests give
the window a scripted stand-in with the answers, so they run the same code
paths a person does without a modal dialog waiting for a click.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)


class Prompts:
    """Questions as dialogs over *parent*."""

    def __init__(self, parent: QWidget | None = None):
        self.parent = parent

    def confirm(self, title: str, text: str, ok: str, details: str = "") -> bool:
        """Ask before doing something that cannot simply be undone; True to go ahead.
        *details* (rich text) shows what will change, in a scrolling view under the question."""
        if details:
            return self._with_details(title, text, details, ok) == "ok"
        box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=self.parent)
        go = box.addButton(ok, QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        return box.clickedButton() is go

    def choose(self, title: str, text: str, options: list[tuple[str, str]]) -> str | None:
        """Ask for one of *options* (``(key, button text)``, the first is the default)
        or Cancel; the key of the button clicked, None for Cancel or Escape."""
        box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=self.parent)
        buttons = {box.addButton(label, QMessageBox.ButtonRole.AcceptRole): key for key, label in options}
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setEscapeButton(cancel)
        box.setDefaultButton(next(iter(buttons)) if buttons else cancel)
        box.exec()
        return buttons.get(box.clickedButton())

    def show_details(self, title: str, text: str, details: str) -> None:
        """Show *text* and the rich text *details* (what a history entry changed) until closed."""
        self._with_details(title, text, details, None)

    def _with_details(self, title: str, text: str, details: str, ok: str | None) -> str:
        dialog = QDialog(self.parent)
        dialog.setObjectName("detailsDialog")
        dialog.setWindowTitle(title)
        layout = QVBoxLayout(dialog)
        label = QLabel(text)
        label.setWordWrap(True)
        view = QTextBrowser()
        view.setObjectName("detailsView")
        view.setHtml(details)
        layout.addWidget(label)
        layout.addWidget(view, 1)
        buttons = QDialogButtonBox()
        if ok is None:
            close = buttons.addButton(QDialogButtonBox.StandardButton.Close)
            close.clicked.connect(dialog.reject)
        else:
            go = QPushButton(ok)
            buttons.addButton(go, QDialogButtonBox.ButtonRole.AcceptRole)
            cancel = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
            cancel.setDefault(True)  # the safe choice is the one Enter takes
            go.clicked.connect(dialog.accept)
            cancel.clicked.connect(dialog.reject)
        layout.addWidget(buttons)
        dialog.resize(720, 520)
        return "ok" if dialog.exec() == QDialog.DialogCode.Accepted else "cancel"

    def unsaved(self, text: str) -> str:
        """Unsaved edits and the window is closing: ``save``, ``discard`` or ``cancel``."""
        box = QMessageBox(QMessageBox.Icon.Warning, QCoreApplication.translate("Prompts", "Unsaved edits"), text, parent=self.parent)
        save = box.addButton(QMessageBox.StandardButton.Save)
        discard = box.addButton(QMessageBox.StandardButton.Discard)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(save)
        box.exec()
        clicked = box.clickedButton()
        return "save" if clicked is save else "discard" if clicked is discard else "cancel"

    def open_file(self, title: str, filters: str) -> Path | None:
        """A file to read, or None."""
        name, _filter = QFileDialog.getOpenFileName(self.parent, title, "", filters)
        return Path(name) if name else None

    def open_files(self, title: str, filters: str) -> list[Path]:
        """Files to read (any number), or an empty list."""
        names, _filter = QFileDialog.getOpenFileNames(self.parent, title, "", filters)
        return [Path(name) for name in names]

    def open_folder(self, title: str) -> Path | None:
        """A folder (the pack source to publish to), or None."""
        name = QFileDialog.getExistingDirectory(self.parent, title, "")
        return Path(name) if name else None

    def save_file(self, title: str, filters: str, suggested: str) -> Path | None:
        """A file to write, or None."""
        name, _filter = QFileDialog.getSaveFileName(self.parent, title, suggested, filters)
        return Path(name) if name else None
