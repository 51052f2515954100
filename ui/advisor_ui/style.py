"""The look: Fusion with the programme's teal, calm greys and one accent for focus.

Every control that takes the keyboard shows a ring in the accent colour when it
has the focus, plain and primary (teal) buttons alike; ``tests/ui/test_focus_ring.py``
checks that each looks different focused.

Widgets say what they are with a ``role`` property ("title", "error",
"card", ...) and this one stylesheet says how that looks, so no view
carries colours of its own.
"""

from __future__ import annotations

from .qt import QApplication, QColor, QPalette

TEAL = "#1f6f78"
TEAL_DARK = "#174f56"
TEAL_LIGHT = "#e8f3f2"
ACCENT = "#f2a541"
INK = "#1d2a2c"
MUTED = "#5b6b6e"
LINE = "#d5dfe0"
PAPER = "#f5f7f7"
ERROR = "#b3261e"
GOOD = "#2e7d32"

STYLESHEET = f"""
QMainWindow, QDialog {{ background: {PAPER}; }}
QListWidget#navigation {{
    background: {TEAL_DARK}; color: {TEAL_LIGHT}; border: none; font-size: 11pt; padding-top: 8px; outline: 0;
}}
QListWidget#navigation::item {{ padding: 10px 14px; border-left: 4px solid transparent; }}
QListWidget#navigation::item:selected {{ background: {TEAL}; color: white; border-left: 4px solid {ACCENT}; }}
QListWidget#navigation::item:hover:!selected {{ background: #1b5d65; }}
QLabel#brand {{ background: {TEAL_DARK}; color: white; font-size: 14pt; font-weight: 600; padding: 14px 14px 4px 18px; }}
QLabel#brandSub {{ background: {TEAL_DARK}; color: #a9cfcc; padding: 0 14px 10px 18px; }}
QLabel[role="title"] {{ font-size: 16pt; font-weight: 600; color: {INK}; }}
QLabel[role="heading"] {{ font-size: 12pt; font-weight: 600; color: {INK}; }}
QLabel[role="subtitle"], QLabel[role="hint"] {{ color: {MUTED}; }}
QLabel[role="question"] {{ font-size: 14pt; color: {INK}; }}
QLabel[role="help"] {{ color: {MUTED}; font-style: italic; }}
QLabel[role="error"] {{ color: {ERROR}; }}
QLabel[role="warning"] {{ color: #8a4b00; background: #fff4e0; border: 1px solid #f2c98a; border-radius: 4px; padding: 6px; }}
QLabel[role="empty"] {{ color: {MUTED}; font-size: 12pt; }}
QLabel[role="figure"] {{ font-size: 28pt; font-weight: 600; color: {TEAL}; }}
QLabel[role="badge"] {{ background: {TEAL_LIGHT}; color: {TEAL_DARK}; border-radius: 9px; padding: 2px 10px; }}
QLabel#saveState {{ padding: 2px 10px; border-radius: 9px; }}
QLabel#saveState[state="saved"] {{ color: {GOOD}; background: #e7f3e8; }}
QLabel#saveState[state="saving"] {{ color: {MUTED}; background: #eceff0; }}
QLabel#saveState[state="failed"] {{ color: white; background: {ERROR}; }}
QFrame[role="card"] {{ background: white; border: 1px solid {LINE}; border-radius: 8px; }}
QFrame[role="card"] QLabel {{ background: transparent; border: none; }}
QLineEdit[invalid="true"], QComboBox[invalid="true"] {{ border: 1px solid {ERROR}; background: #fff6f5; }}
QPushButton {{ padding: 5px 12px; }}
QPushButton[role="primary"] {{
    background: {TEAL}; color: white; border: 1px solid {TEAL_DARK}; border-radius: 4px; padding: 6px 16px; font-weight: 600;
}}
QPushButton[role="primary"]:hover {{ background: #23808a; }}
QPushButton[role="primary"]:disabled {{ background: #9fbcbf; border-color: #9fbcbf; }}
QPushButton:focus, QToolButton:focus {{ border: 2px solid {ACCENT}; border-radius: 4px; }}
QPushButton[role="primary"]:focus {{ border: 2px solid {ACCENT}; }}
QPushButton[role="step"]:focus {{ border: 2px solid {ACCENT}; }}
QLineEdit, QPlainTextEdit, QComboBox, QSpinBox, QDateEdit {{
    border: 1px solid #b9c7c8; border-radius: 3px; padding: 3px 5px; background: white;
}}
QLineEdit:focus, QPlainTextEdit:focus, QComboBox:focus, QSpinBox:focus, QDateEdit:focus {{
    border: 2px solid {ACCENT}; padding: 2px 4px;
}}
QCheckBox, QRadioButton {{ border: 2px solid transparent; border-radius: 4px; padding: 1px 3px; }}
QCheckBox:focus, QRadioButton:focus {{ border: 2px solid {ACCENT}; }}
QTableView:focus, QListWidget:focus, QTabWidget:focus, QScrollArea:focus {{ border: 2px solid {ACCENT}; }}
QListWidget#navigation:focus {{ border: none; border-right: 3px solid {ACCENT}; }}
QTabBar::tab:focus {{ border: 2px solid {ACCENT}; border-radius: 3px; }}
QLineEdit[invalid="true"]:focus, QComboBox[invalid="true"]:focus {{ border: 2px solid {ERROR}; padding: 2px 4px; }}
QPushButton[role="step"] {{ border: 1px solid {LINE}; border-radius: 4px; background: white; padding: 4px 10px; }}
QPushButton[role="step"]:checked {{ background: {TEAL}; color: white; border-color: {TEAL}; }}
QPushButton[role="step"][complete="true"]:!checked {{ background: {TEAL_LIGHT}; }}
QTableView {{
    background: white; alternate-background-color: #f7fafa; gridline-color: {LINE}; selection-background-color: {TEAL};
}}
QHeaderView::section {{ background: #eef3f3; border: none; border-bottom: 1px solid {LINE}; padding: 5px 6px; font-weight: 600; }}
QListWidget#itemList {{ background: white; border: 1px solid {LINE}; border-radius: 8px; outline: 0; }}
QListWidget#itemList::item {{ padding: 8px; border-bottom: 1px solid #eef2f2; color: {INK}; }}
QListWidget#itemList::item:selected {{ background: {TEAL_LIGHT}; color: {INK}; border-left: 4px solid {TEAL}; }}
QProgressBar {{ border: 1px solid {LINE}; border-radius: 4px; background: white; text-align: center; height: 14px; }}
QProgressBar::chunk {{ background: {TEAL}; border-radius: 3px; }}
QStatusBar {{ background: #eef3f3; border-top: 1px solid {LINE}; }}
QStatusBar QLabel {{ color: {MUTED}; padding: 0 8px; }}
QStatusBar QLabel[role="error"] {{ color: {ERROR}; font-weight: 600; }}
QStatusBar QLabel#statusConnection[state="online"] {{ color: {GOOD}; }}
QStatusBar QLabel#statusConnection[state="offline"] {{ color: #8a4b00; }}
QToolButton#resultsPdf {{
    border: 1px solid #b9c7c8; border-radius: 3px; background: #fbfcfc; padding: 5px 24px 5px 12px;
}}
QToolButton#resultsPdf:focus {{ border: 2px solid {ACCENT}; }}
QToolButton#resultsPdf::menu-button {{ border-left: 1px solid {LINE}; width: 18px; }}
QTabWidget::pane {{ border: 1px solid {LINE}; background: white; border-radius: 4px; }}
QTabBar::tab {{ padding: 6px 14px; }}
"""


def apply_style(app: QApplication) -> None:
    app.setStyle("Fusion")
    palette = QPalette()
    palette.setColor(QPalette.ColorRole.Window, QColor(PAPER))
    palette.setColor(QPalette.ColorRole.Base, QColor("white"))
    palette.setColor(QPalette.ColorRole.AlternateBase, QColor("#f7fafa"))
    palette.setColor(QPalette.ColorRole.Text, QColor(INK))
    palette.setColor(QPalette.ColorRole.WindowText, QColor(INK))
    palette.setColor(QPalette.ColorRole.ButtonText, QColor(INK))
    palette.setColor(QPalette.ColorRole.Button, QColor("#fbfcfc"))
    palette.setColor(QPalette.ColorRole.Highlight, QColor(TEAL))
    palette.setColor(QPalette.ColorRole.HighlightedText, QColor("white"))
    palette.setColor(QPalette.ColorRole.PlaceholderText, QColor("#8a9799"))
    palette.setColor(QPalette.ColorRole.ToolTipBase, QColor("white"))
    palette.setColor(QPalette.ColorRole.ToolTipText, QColor(INK))
    app.setPalette(palette)
    app.setStyleSheet(STYLESHEET)
