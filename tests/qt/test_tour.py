"""``kiosk tour`` writes a PNG of every page, in every language and layout."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from PySide6.QtGui import QImage

ROOT = Path(__file__).resolve().parents[2]


def content_and_history(data_dir):
    from kiosk.content.database import open_database
    from kiosk.content.change.history import list_versions
    from kiosk.content.change.store import read_content

    db = open_database(None, data_dir)
    with db.sessions() as session:
        state = (read_content(session), len(list_versions(session)))
    db.close()
    return state


def test_tour_writes_every_page_for_every_language_and_layout(tmp_path, data_dir):
    from kiosk.cli import main

    assert main(["db", "init"]) == 0
    before = content_and_history(data_dir)
    out = tmp_path / "tour"
    result = subprocess.run(
        [sys.executable, "-m", "kiosk", "--data-dir", str(data_dir), "tour", "--out", str(out), "--max-per-kind", "1",
         "--sheet"],
        cwd=ROOT, capture_output=True, text=True, timeout=600,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    expected_pages = {
        "home", "list-cluster", "list-manufacturer", "list-base", "list-platform", "list-initiative", "list-industry",
        "detail-cluster-smart-home-appliances-national-cluster", "detail-manufacturer-qingdao-cimc-reefer-container",
        "detail-statement-zhou-lin", "about", "list-cluster-national", "search-keyboard", "search-results",
        "idle-countdown", "attract",
    }
    sizes = {"landscape": (1920, 1080), "portrait": (1080, 1920), "small": (1366, 768)}
    for layout, size in sizes.items():
        for lang in ("zh-Hans", "ru", "en"):
            folder = out / layout / lang
            names = {p.stem.split("-", 1)[1] for p in folder.glob("*.png")}
            assert expected_pages <= names, f"{layout}/{lang} lacks {sorted(expected_pages - names)}"
            image = QImage(str(next(folder.glob("*-home.png"))))
            assert (image.width(), image.height()) == size
    # One contact sheet per layout and language, a labelled thumbnail per page.
    from kiosk.ui.tour import SHEET_COLUMNS, SHEET_THUMB_WIDTH

    sheets = sorted(p.name for p in out.glob("sheet-*.png"))
    assert sheets == sorted(f"sheet-{layout}-{lang}.png" for layout in sizes for lang in ("zh-Hans", "ru", "en"))
    portrait = QImage(str(out / "sheet-portrait-ru.png"))
    pages = len(list((out / "portrait/ru").glob("*.png")))
    rows = -(-pages // SHEET_COLUMNS)
    assert portrait.width() > SHEET_COLUMNS * SHEET_THUMB_WIDTH
    assert portrait.height() > rows * SHEET_THUMB_WIDTH * 1920 / 1080
    # Languages really differ: the Chinese and English Home pictures are not the same.
    zh = (out / "landscape/zh-Hans").glob("*-home.png")
    en = (out / "landscape/en").glob("*-home.png")
    assert QImage(str(next(zh))) != QImage(str(next(en)))
    # The tour worked on a copy: the kiosk's own content and history are as they were.
    assert content_and_history(data_dir) == before
