"""``kiosk admin``: registered with the other commands, and a bad role is refused before anything opens."""

from __future__ import annotations

from kiosk.admin.cli import cmd_admin
from kiosk.cli import build_parser, main


def test_kiosk_admin_takes_a_role_and_a_language():
    args = build_parser().parse_args(["admin", "--as", "editor", "--lang", "ru"])
    assert args.func is cmd_admin and args.actor == "editor" and args.lang == "ru"


def test_a_role_too_long_for_the_history_is_refused(data_dir, capsys):
    assert main(["admin", "--as", "x" * 41]) == 2
    assert "1 to 40 characters" in capsys.readouterr().err
    assert not (data_dir / "kiosk.sqlite3").exists()  # refused before the database was opened


def test_the_role_is_asked_at_start_with_the_pc_user_offered(qtbot, monkeypatch):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QInputDialog

    from kiosk.admin.console.app import ask_role

    seen: list[str] = []

    def answer(text: str) -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, QInputDialog)
        seen.append(dialog.textValue())
        dialog.setTextValue(text)
        dialog.accept()

    # A blank role is asked again, offering the PC user again; "curator" is taken.
    QTimer.singleShot(0, lambda: (answer("   "), QTimer.singleShot(0, lambda: answer("curator"))))
    assert ask_role(None, "zhang.wei") == "curator"
    assert seen == ["zhang.wei", "zhang.wei"]
