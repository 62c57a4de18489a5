"""The picture in the console: staff click where its subject is (the focal
point the kiosk crops around), and describe it in words in each language."""

from __future__ import annotations

from console_tools import click, record, replace_text, save, select, wait_idle
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QImage

CLUSTER = "smart-home-appliances-national-cluster"


def choose_photo(qtbot, console, tmp_path) -> None:
    photo = QImage(800, 400, QImage.Format.Format_RGB32)
    photo.fill(QColor("#0B3D91"))
    path = tmp_path / "line.png"
    assert photo.save(str(path), "PNG")
    console.prompts.files.append(path)
    click(qtbot, console.editor.choose_image)
    wait_idle(qtbot, console)


def test_a_click_on_the_picture_sets_its_focal_point_and_centre_clears_it(qtbot, console, db, tmp_path):
    select(qtbot, console, "cluster", CLUSTER)
    assert not console.editor.picture.hint.isVisible()  # no picture: nothing to frame
    choose_photo(qtbot, console, tmp_path)
    preview = console.editor.thumb
    area = preview.picture_rect()
    assert area.width() == 240 and area.height() == 120  # the whole 2:1 picture, fitted
    assert console.editor.picture.hint.isVisible()
    where = QPoint(round(area.left() + 0.25 * area.width()), round(area.top() + 0.75 * area.height()))
    qtbot.mouseClick(preview, Qt.MouseButton.LeftButton, pos=where)
    focus = console.editor.record.data["media_focus"]
    assert abs(focus["x"] - 0.25) < 0.01 and abs(focus["y"] - 0.75) < 0.02
    assert preview.focus == (focus["x"], focus["y"])  # the ring is drawn there

    # Described in words, per language (read aloud on the kiosk).
    replace_text(qtbot, console.editor.cells[("alt", "en")].edit, "Assembly line of smart refrigerators")
    replace_text(qtbot, console.editor.cells[("alt", "ru")].edit, "Сборочная линия умных холодильников")
    assert console.editor.text_labels["alt"].text() == "Picture described in words (read aloud)"
    save(qtbot, console)
    saved = record(db, "cluster", CLUSTER)
    assert abs(saved.media_focus.x - 0.25) < 0.01
    assert saved.t("alt", "ru") == "Сборочная линия умных холодильников"

    click(qtbot, console.editor.picture.centre)
    assert "media_focus" not in console.editor.record.data
    assert not console.editor.picture.centre.isEnabled()


def test_a_new_picture_starts_centred_and_removing_it_drops_the_point(qtbot, console, tmp_path):
    select(qtbot, console, "cluster", CLUSTER)
    choose_photo(qtbot, console, tmp_path)
    area = console.editor.thumb.picture_rect()
    qtbot.mouseClick(console.editor.thumb, Qt.MouseButton.LeftButton, pos=area.topLeft().toPoint() + QPoint(5, 5))
    assert "media_focus" in console.editor.record.data
    choose_photo(qtbot, console, tmp_path)
    assert "media_focus" not in console.editor.record.data
    qtbot.mouseClick(console.editor.thumb, Qt.MouseButton.LeftButton, pos=area.center().toPoint())
    click(qtbot, console.editor.remove_image)
    assert "media" not in console.editor.record.data and "media_focus" not in console.editor.record.data
