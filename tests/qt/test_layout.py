"""Layouts hold: longer translations still fit, targets are finger-sized,
colours are readable, and Chinese renders without any CJK font installed."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QRectF

from kiosk.content.vocab import LANGUAGES
from kiosk.ui.app import LAYOUTS

ROOT = Path(__file__).resolve().parents[2]
PAGES = [
    ("home", ("goHome",)),
    ("system", ("openSystem",)),
    ("list-cluster", ("openSection", "cluster")),
    ("list-manufacturer", ("openSection", "manufacturer")),
    ("detail-cluster", ("openRecord", "cluster", "smart-home-appliances-national-cluster")),
    ("detail-manufacturer", ("openRecord", "manufacturer", "qingdao-cimc-reefer-container")),
    ("detail-base", ("openRecord", "base", "haier-smart-interconnected-factory")),
    ("detail-statement", ("openRecord", "statement", "zhou-lin")),
    ("search", ("openSearch",)),
    ("about", ("openAbout",)),
]
ELIDE_NONE = 3  # Text.ElideNone


def qml_value(item, expression: str):
    """Evaluate *expression* in *item*'s scope (reads enum properties Python cannot convert)."""
    from PySide6.QtQml import QQmlEngine, QQmlExpression

    value = QQmlExpression(QQmlEngine.contextForObject(item), item, expression).evaluate()
    return value[0] if isinstance(value, tuple) else value


def overflowing_texts(ui) -> list[str]:
    """Visible text that leaves its own box, or runs off the window sideways."""
    width = ui.window.width()
    bad = []
    for item in ui.items():
        if not item.metaObject().className().startswith(("QQuickText", "KText")) and not item.inherits("QQuickText"):
            continue
        text = item.property("text")
        if not text or item.opacity() == 0 or item.width() <= 0:
            continue
        label = f"{item.objectName() or item.metaObject().className()} {text[:40]!r}"
        elided = qml_value(item, "elide") != ELIDE_NONE and item.property("truncated")
        if item.property("contentWidth") > item.width() + 1.5 and not elided:
            bad.append(f"{label}: {item.property('contentWidth'):.0f}px wide in a {item.width():.0f}px box")
        if item.property("contentHeight") > item.height() + 1.5 and not item.property("truncated"):
            bad.append(f"{label}: {item.property('contentHeight'):.0f}px tall in a {item.height():.0f}px box")
        scene = item.mapRectToScene(QRectF(0, 0, item.width(), item.height()))
        if scene.left() < -1 or scene.right() > width + 1:
            bad.append(f"{label}: runs off the window ({scene.left():.0f}..{scene.right():.0f})")
    return bad


@pytest.mark.parametrize("layout", list(LAYOUTS))
def test_stretched_strings_still_fit_every_page(kiosk, layout):
    drive = kiosk(layout=layout, language="en", trans_scale=1.6)
    assert drive.ui.app_state.trans_scale == 1.6
    problems = []
    for lang in LANGUAGES:
        drive.ui.app_state.set_language(lang)
        for name, call in PAGES:
            drive.go("goHome")
            drive.go(*call)
            drive.frame()
            problems += [f"{layout}/{lang}/{name}: {p}" for p in overflowing_texts(drive.ui)]
    assert not problems, "\n".join(problems)


def test_the_stretch_really_stretches(kiosk):
    plain = kiosk(language="en").item("homeButton").property("text")
    stretched = kiosk(language="en", trans_scale=1.6).item("homeButton").property("text")
    assert len(stretched) >= 1.5 * len(plain)


@pytest.mark.parametrize("layout", list(LAYOUTS))
def test_every_touch_target_is_at_least_20_mm(kiosk, layout):
    drive = kiosk(layout=layout, language="ru")
    px_per_mm = drive.ui.app_state.pixelsPerMm
    small = []
    for _, call in PAGES:
        drive.go("goHome")
        drive.go(*call)
        for item in drive.ui.items():
            if item.inherits("QQuickAbstractButton") and item.isEnabled():
                side = min(item.width(), item.height()) / px_per_mm
                if side < 19.5:
                    small.append(f"{item.objectName() or item.metaObject().className()}: {side:.1f} mm")
    assert not small, "\n".join(sorted(set(small)))


def test_a_wrong_screen_dpi_can_be_corrected(kiosk):
    drive = kiosk(language="en", physical_dpi=200)
    assert drive.ui.app_state.pixelsPerMm == pytest.approx(200 / 25.4)
    assert drive.item("homeButton").height() >= 20 * 200 / 25.4 - 1


def _luminance(hex_colour: str) -> float:
    rgb = [int(hex_colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    lin = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in rgb]
    return 0.2126 * lin[0] + 0.7152 * lin[1] + 0.0722 * lin[2]


def contrast(a: str, b: str) -> float:
    la, lb = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def test_text_colours_meet_wcag_aa():
    theme = (ROOT / "kiosk/ui/qml/Kiosk/Theme.qml").read_text(encoding="utf-8")
    # Each colour is `name: "#everyday"` or `name: theme.highContrast ? "#high" : "#everyday"`.
    colours = dict(re.findall(r'property color (\w+): (?:theme\.highContrast \? "#\w+" : )?"(#[0-9A-Fa-f]{6})"', theme))
    pairs = [
        ("text", "background"), ("text", "surface"), ("textMuted", "background"), ("textMuted", "surface"),
        ("primary", "background"), ("primary", "surface"), ("accent", "background"), ("accent", "surface"),
        ("inkOnPrimary", "primary"), ("inkOnPrimary", "accent"), ("inkOnPrimary", "accentPressed"),
        ("inkOnPrimaryMuted", "primary"), ("inkOnPrimary", "primaryDark"), ("textMuted", "surfacePressed"),
    ]
    low = [f"{a} on {b}: {contrast(colours[a], colours[b]):.2f}" for a, b in pairs if contrast(colours[a], colours[b]) < 4.5]
    assert low == []
    for sector in re.findall(r'case "(\w+)": return "#', theme):
        pass
    ink = re.findall(r'function sectorColor.*?\n(.*?)\n    }', theme, re.S)[0]
    tint = re.findall(r'function sectorTint.*?\n(.*?)\n    }', theme, re.S)[0]
    for (code, fg), (_, bg) in zip(re.findall(r'case "(\w+)": return "(#\w{6})"', ink), re.findall(r'case "(\w+)": return "(#\w{6})"', tint)):
        assert contrast(fg, bg) >= 4.5, f"{code}: {contrast(fg, bg):.2f}"
        assert contrast(fg, colours["surface"]) >= 4.5, code


FONT_PROBE = r"""
import os, sys
from PySide6.QtGui import QGuiApplication, QFontDatabase, QFontMetrics, QFont
app = QGuiApplication([])
han = ord("胶")
before = [f for f in QFontDatabase.families() if QFontMetrics(QFont(f)).inFontUcs4(han)]
from kiosk.gui.fonts import load_fonts
family = load_fonts(app)
after = QFontMetrics(app.font()).inFontUcs4(han) and all(QFontMetrics(app.font()).inFontUcs4(ord(c)) for c in "冷藏箱海尔钢结构Цзяочжоу")
print("BEFORE", len(before)); print("FAMILY", family); print("AFTER", after)
"""


def test_chinese_renders_with_only_non_cjk_fonts_installed(tmp_path):
    conf = tmp_path / "fonts.conf"
    conf.write_text(
        '<?xml version="1.0"?><!DOCTYPE fontconfig SYSTEM "fonts.dtd"><fontconfig>'
        "<dir>/usr/share/fonts/truetype/dejavu</dir>"
        f"<cachedir>{tmp_path}/cache</cachedir></fontconfig>",
        encoding="utf-8",
    )
    env = dict(os.environ, FONTCONFIG_FILE=str(conf), QT_QPA_PLATFORM="offscreen")
    out = subprocess.run([sys.executable, "-c", FONT_PROBE], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert "BEFORE 0" in out.stdout, out.stdout  # no installed font has Chinese
    assert "FAMILY Kiosk Sans SC" in out.stdout
    assert "AFTER True" in out.stdout


def test_qmllint_reports_nothing(tmp_path):
    from kiosk.ui import qmltypes

    qmltypes.write(tmp_path)
    files = sorted(str(p) for p in (ROOT / "kiosk/ui/qml").rglob("*.qml"))
    lint = Path(sys.executable).parent / "pyside6-qmllint"
    result = subprocess.run(
        [str(lint), "-I", str(tmp_path), "-I", str(ROOT / "kiosk/ui/qml"), *files],
        capture_output=True, text=True, timeout=300,
    )
    assert result.returncode == 0 and (result.stdout + result.stderr).strip() == "", result.stdout + result.stderr
