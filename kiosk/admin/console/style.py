"""The console's look: the kiosk's colours, calm spacing, readable type.

One stylesheet, set on the window (not the application, so a preview of the
visitor kiosk in the same process keeps its own look).  Properties set in
code (``invalid``, ``unverified``, ``over``, ``tone``) pick the state styles.
"""

from __future__ import annotations

import hashlib
import tempfile
from pathlib import Path

BACKGROUND = "#F3F5F9"
SURFACE = "#FFFFFF"
TEXT = "#172033"
MUTED = "#5B6577"
DIVIDER = "#D5DBE5"
PRIMARY = "#0B3D91"
PRIMARY_DARK = "#072B66"
PRIMARY_SOFT = "#E3EAF6"
ACCENT = "#B45309"
ACCENT_SOFT = "#FDF0E1"
ERROR = "#B42318"
ERROR_SOFT = "#FDECEA"
SUCCESS = "#1E6B34"
SUCCESS_SOFT = "#E6F4EA"


_CHEVRON = (
    '<svg xmlns="http://www.w3.org/2000/svg" width="12" height="8" viewBox="0 0 12 8">'
    '<path d="M1 1.5l5 5 5-5" fill="none" stroke="{colour}" stroke-width="1.8" stroke-linecap="round" stroke-linejoin="round"/></svg>'
)


def _chevron(colour: str) -> str:
    """A drop-down arrow as a file a stylesheet can name (a styled combo box
    draws no arrow of its own); written once per colour to the temp folder."""
    svg = _CHEVRON.format(colour=colour)
    path = Path(tempfile.gettempdir()) / f"kiosk-console-chevron-{hashlib.sha1(svg.encode()).hexdigest()[:10]}.svg"
    try:
        if not path.is_file():
            path.write_text(svg, encoding="utf-8")
    except OSError:
        return ""
    return path.as_posix()


def stylesheet(family: str = "") -> str:
    """The console's stylesheet; *family* is the bundled font when it loaded."""
    fam = f'"{family}", ' if family else ""
    arrow, arrow_light = _chevron(MUTED), _chevron("#FFFFFF")
    return f"""
QMainWindow, QDialog {{ background: {BACKGROUND}; }}
QWidget {{ font-family: {fam}"Noto Sans CJK SC", "Microsoft YaHei", "Segoe UI", sans-serif; font-size: 14px; color: {TEXT}; }}
QMenuBar {{ background: {SURFACE}; border-bottom: 1px solid {DIVIDER}; padding: 2px 6px; }}
QMenuBar::item {{ padding: 4px 10px; border-radius: 4px; }}
QMenuBar::item:selected {{ background: {PRIMARY_SOFT}; }}
QMenu {{ background: {SURFACE}; border: 1px solid {DIVIDER}; padding: 4px; }}
QMenu::item {{ padding: 6px 24px 6px 16px; border-radius: 4px; }}
QMenu::item:selected {{ background: {PRIMARY_SOFT}; color: {TEXT}; }}

#header {{ background: {PRIMARY}; }}
#header QLabel {{ color: white; }}
#appTitle {{ font-size: 20px; font-weight: 600; }}
#appSubtitle {{ color: #D6E2F7; font-size: 13px; }}
#headerInfo {{ color: #D6E2F7; font-size: 13px; }}
#header QComboBox {{ background: {PRIMARY_DARK}; color: white; border: 1px solid #3A64AE; border-radius: 6px; padding: 4px 10px; min-width: 110px; }}
#header QComboBox QAbstractItemView {{ background: {SURFACE}; color: {TEXT}; selection-background-color: {PRIMARY_SOFT}; selection-color: {TEXT}; }}

QToolBar {{ background: {SURFACE}; border: none; border-bottom: 1px solid {DIVIDER}; padding: 6px 10px; spacing: 6px; }}
QToolBar QToolButton {{ padding: 6px 12px; border-radius: 6px; border: 1px solid transparent; color: {TEXT}; }}
QToolBar QToolButton:hover {{ background: {PRIMARY_SOFT}; }}
QToolBar QToolButton:disabled {{ color: #A0A8B8; }}
QToolBar QToolButton#saveButton {{ background: {PRIMARY}; color: white; font-weight: 600; padding: 6px 18px; }}
QToolBar QToolButton#saveButton:hover {{ background: {PRIMARY_DARK}; }}
QToolBar QToolButton#saveButton:disabled {{ background: #C9D3E6; color: white; }}
QToolBar::separator {{ background: {DIVIDER}; width: 1px; margin: 4px 8px; }}

#pane {{ background: {SURFACE}; border: 1px solid {DIVIDER}; border-radius: 10px; }}
#paneTitle {{ font-size: 17px; font-weight: 600; }}
#kindList {{ border: none; background: transparent; outline: 0; }}
#kindList::item {{ padding: 7px 6px; border-radius: 6px; }}
#kindList::item:selected {{ background: {PRIMARY_SOFT}; color: {PRIMARY_DARK}; }}
#kindList::item:hover:!selected {{ background: #F0F3F8; }}
/* The list is transparent: its scroll bar needs colours of its own, or the handle shows black. */
#kindList QScrollBar:vertical {{ background: #F0F3F8; width: 10px; border: none; border-radius: 5px; }}
#kindList QScrollBar::handle:vertical {{ background: #B8C1CF; border-radius: 5px; min-height: 28px; }}
#kindList QScrollBar::add-line:vertical, #kindList QScrollBar::sub-line:vertical {{ height: 0; border: none; }}
#kindList QScrollBar::add-page:vertical, #kindList QScrollBar::sub-page:vertical {{ background: none; }}

QTableView {{ background: {SURFACE}; border: 1px solid {DIVIDER}; border-radius: 6px; gridline-color: transparent;
             selection-background-color: {PRIMARY_SOFT}; selection-color: {TEXT}; alternate-background-color: #F8FAFC; }}
QTableView::item {{ padding: 4px 6px; border: none; }}
QHeaderView::section {{ background: #EEF2F7; color: {MUTED}; border: none; border-bottom: 1px solid {DIVIDER};
                       padding: 6px; font-size: 13px; font-weight: 600; }}

QLineEdit, QPlainTextEdit, QSpinBox, QComboBox, QListWidget {{ background: {SURFACE}; border: 1px solid #B8C2D3; border-radius: 6px;
    padding: 5px 8px; selection-background-color: #BFD0EE; selection-color: {TEXT}; }}
QLineEdit:focus, QPlainTextEdit:focus, QSpinBox:focus, QComboBox:focus, QListWidget:focus {{ border: 2px solid {PRIMARY}; padding: 4px 7px; }}
QLineEdit:disabled, QPlainTextEdit:disabled {{ background: #F1F3F7; color: {MUTED}; }}
QComboBox QAbstractItemView {{ background: {SURFACE}; selection-background-color: {PRIMARY_SOFT}; selection-color: {TEXT}; }}
*[invalid="true"] {{ border: 2px solid {ERROR}; padding: 4px 7px; background: #FFFBFA; }}
QListWidget::item {{ padding: 3px 2px; }}
QComboBox {{ padding-right: 28px; }}
QComboBox::drop-down {{ subcontrol-origin: padding; subcontrol-position: center right; width: 26px; border: none; }}
QComboBox::down-arrow {{ image: url("{arrow}"); width: 12px; height: 8px; margin-right: 10px; }}
#header QComboBox::down-arrow {{ image: url("{arrow_light}"); }}

QPushButton {{ background: {SURFACE}; border: 1px solid #B8C2D3; border-radius: 6px; padding: 6px 10px; }}
QPushButton:hover {{ background: {PRIMARY_SOFT}; border-color: {PRIMARY}; }}
QPushButton:pressed {{ background: #CCD9EF; }}
QPushButton:disabled {{ color: #A0A8B8; border-color: #D5DBE5; }}
QPushButton#primary {{ background: {PRIMARY}; color: white; border-color: {PRIMARY}; font-weight: 600; }}
QPushButton#primary:hover {{ background: {PRIMARY_DARK}; }}
QPushButton#danger:hover {{ background: {ERROR_SOFT}; border-color: {ERROR}; color: {ERROR}; }}
QCheckBox {{ spacing: 8px; }}

#section {{ background: {SURFACE}; border: 1px solid {DIVIDER}; border-radius: 10px; }}
#sectionTitle {{ font-size: 15px; font-weight: 600; color: {PRIMARY_DARK}; }}
#fieldLabel {{ color: {MUTED}; }}
#textFieldLabel {{ color: {MUTED}; font-weight: 600; padding-top: 6px; }}
#langHeader {{ font-weight: 600; padding-bottom: 2px; border-bottom: 2px solid {PRIMARY_SOFT}; }}
#fieldError {{ color: {ERROR}; font-size: 13px; }}
#counter {{ color: {MUTED}; font-size: 12px; }}
#staleBadge {{ color: {SURFACE}; background: {ACCENT}; border-radius: 4px; padding: 1px 6px; font-size: 12px; font-weight: 600; }}
#counter[over="true"] {{ color: {ERROR}; font-weight: 600; }}
#translationCell[unverified="true"] QLineEdit, #translationCell[unverified="true"] QPlainTextEdit {{ background: {ACCENT_SOFT}; }}
#recordKind {{ color: {ACCENT}; font-size: 12px; font-weight: 600; letter-spacing: 1px; }}
#recordTitle {{ font-size: 22px; font-weight: 600; }}
#recordStatus {{ color: {MUTED}; }}
#emptyEditor {{ color: {MUTED}; font-size: 16px; padding: 80px; }}
#thumbnail {{ background: #EEF2F7; border: 1px dashed #B8C2D3; border-radius: 6px; color: {MUTED}; }}
#imageName {{ color: {MUTED}; }}
#fieldHint {{ color: {MUTED}; font-size: 12px; }}
QScrollArea {{ border: none; background: transparent; }}
QScrollArea > QWidget > QWidget {{ background: transparent; }}

#banner {{ border-radius: 8px; padding: 2px; }}
#banner[tone="error"] {{ background: {ERROR_SOFT}; border: 1px solid #F3B8B2; }}
#banner[tone="success"] {{ background: {SUCCESS_SOFT}; border: 1px solid #B7DEC2; }}
#banner[tone="info"] {{ background: {PRIMARY_SOFT}; border: 1px solid #C3D2EC; }}
#banner[tone="warning"] {{ background: {ACCENT_SOFT}; border: 1px solid #F2CFA5; }}
#bannerText {{ font-size: 14px; }}
#banner[tone="error"] #bannerText {{ color: {ERROR}; }}
#banner[tone="success"] #bannerText {{ color: {SUCCESS}; }}
#bannerClose {{ border: none; background: transparent; font-size: 16px; padding: 2px 8px; color: {MUTED}; }}

QTabWidget::pane {{ background: {SURFACE}; border: 1px solid {DIVIDER}; border-radius: 8px; top: -1px; }}
QTabBar::tab {{ background: transparent; padding: 7px 16px; margin-right: 2px; color: {MUTED}; border-bottom: 2px solid transparent; }}
QTabBar::tab:selected {{ color: {PRIMARY_DARK}; border-bottom: 2px solid {PRIMARY}; font-weight: 600; }}
QStatusBar {{ background: {SURFACE}; border-top: 1px solid {DIVIDER}; }}
QStatusBar QLabel {{ color: {MUTED}; padding: 0 6px; }}
QProgressBar {{ border: 1px solid {DIVIDER}; border-radius: 5px; background: #EEF2F7; height: 14px; text-align: center; font-size: 11px; }}
QProgressBar::chunk {{ background: {PRIMARY}; border-radius: 4px; }}
QSplitter::handle {{ background: transparent; }}
QToolTip {{ background: {TEXT}; color: white; border: none; padding: 6px; }}
"""
