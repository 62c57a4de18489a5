#!/usr/bin/env python3
"""Render contact sheets of the kiosk's illustrations, for review by eye.

Each row is one scene: three seeds at card size (420x240), then the same
scene as a 3:1 hero and a 3:2 hero, scaled down to the row's height.
Pages of a few scenes each are written as PNGs to ``--out``, with
``cards.png`` showing every scene once at card size and ``portraits.png``
every scene as a portrait poster; ``--big``
also writes every scene at full hero size (1920x640 and 1080x720).

Usage::

    cd /work/wt-art && QT_QPA_PLATFORM=offscreen python build_scripts/art_sheet.py --out /tmp/art

Needs PySide6 (QtSvg); the art package itself does not.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO_ROOT))

from PySide6.QtCore import QByteArray, QRectF, Qt  # noqa: E402
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter  # noqa: E402
from PySide6.QtSvg import QSvgRenderer  # noqa: E402

from kiosk.art import SCENES, compose  # noqa: E402

# Seeds are real slugs of the default content, so the sheet shows what a list shows.
SEEDS = ("pepper-products-leading-county", "haier-group", "marine-boiler-base",
         "new-energy", "jiaozhou")
ROW_H = 240
GAP = 16
# (width, height) at which each cell is composed, and its width on the sheet
CELLS = [((420, 240), 420)] * 3 + [((1920, 640), 720), ((1080, 720), 360)]
PER_PAGE = 4


def paint(painter: QPainter, svg: str, box: QRectF) -> None:
    """Draw one SVG into *box* of the sheet."""
    renderer = QSvgRenderer(QByteArray(svg.encode("utf-8")))
    # the renderer does not clip to the viewBox; a QML Image clips to its size
    painter.save()
    painter.setClipRect(box)
    renderer.render(painter, box)
    painter.restore()


def sheet(names: list[str], sector: str | None) -> QImage:
    """One page: a row per scene name."""
    width = sum(w for _, w in CELLS) + GAP * (len(CELLS) + 1)
    image = QImage(width, GAP + len(names) * (ROW_H + GAP), QImage.Format.Format_RGB32)
    image.fill(QColor("#F3F5F9"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    for row, name in enumerate(names):
        x, y = GAP, GAP + row * (ROW_H + GAP)
        for k, ((w, h), shown) in enumerate(CELLS):
            svg = compose(name, SEEDS[k % len(SEEDS)], w, h, sector)
            paint(painter, svg, QRectF(x, y, shown, ROW_H))
            x += shown + GAP
    painter.end()
    return image


def overview(names: list[str], sector: str | None) -> QImage:
    """Every scene once at card size (420x240), four to a row, each with its own seed."""
    w, h, per_row = 420, 240, 4
    rows = (len(names) + per_row - 1) // per_row
    image = QImage(GAP + per_row * (w + GAP), GAP + rows * (h + GAP), QImage.Format.Format_RGB32)
    image.fill(QColor("#F3F5F9"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    for k, name in enumerate(names):
        x, y = GAP + (k % per_row) * (w + GAP), GAP + (k // per_row) * (h + GAP)
        paint(painter, compose(name, f"{name}-overview", w, h, sector), QRectF(x, y, w, h))
    painter.end()
    return image


def portraits(names: list[str], sector: str | None) -> QImage:
    """Every scene as a 1080x1920 poster (the attract loop in portrait), scaled down."""
    w, h, per_row = 180, 320, 8
    rows = (len(names) + per_row - 1) // per_row
    image = QImage(GAP + per_row * (w + GAP), GAP + rows * (h + GAP), QImage.Format.Format_RGB32)
    image.fill(QColor("#F3F5F9"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    for k, name in enumerate(names):
        x, y = GAP + (k % per_row) * (w + GAP), GAP + (k // per_row) * (h + GAP)
        paint(painter, compose(name, SEEDS[k % len(SEEDS)], 1080, 1920, sector),
              QRectF(x, y, w, h))
    painter.end()
    return image


def big(name: str, out: Path, sector: str | None) -> None:
    """Write *name* at full hero sizes, one PNG each."""
    for (w, h), seed in (((1920, 640), SEEDS[0]), ((1080, 720), SEEDS[1]),
                         ((420, 240), SEEDS[2]), ((1080, 1920), SEEDS[3])):
        image = QImage(w, h, QImage.Format.Format_RGB32)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        paint(painter, compose(name, seed, w, h, sector), QRectF(0, 0, w, h))
        painter.end()
        image.save(str(out / f"{name}-{w}x{h}.png"))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=Path("/tmp/art"))
    parser.add_argument("--scene", action="append", help="only these scenes")
    parser.add_argument("--sector", default=None, help="colour every scene as this sector")
    parser.add_argument("--big", action="store_true", help="also write full-size heroes")
    args = parser.parse_args()
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841
    args.out.mkdir(parents=True, exist_ok=True)
    names = args.scene or sorted(SCENES)
    for page in range(0, len(names), PER_PAGE):
        chunk = names[page:page + PER_PAGE]
        path = args.out / f"sheet-{page // PER_PAGE + 1:02d}.png"
        sheet(chunk, args.sector).save(str(path))
        print(path, " ".join(chunk))
    for stem, make in (("cards", overview), ("portraits", portraits)):
        make(names, args.sector).save(str(args.out / f"{stem}.png"))
        print(args.out / f"{stem}.png")
    if args.big:
        for name in names:
            big(name, args.out, args.sector)
    return 0


if __name__ == "__main__":
    sys.exit(main())
