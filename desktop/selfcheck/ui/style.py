"""The look of the window: Fusion style with a light palette and a small style sheet."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

ACCENT = "#1565c0"

STYLE_SHEET = """
QLabel#viewTitle { font-size: 16pt; font-weight: 600; color: #1f2937; }
QLabel#mutedLabel { color: #5f6b7a; }
QLabel#sectionLabel { font-weight: 600; color: #374151; }
QLabel#emptyLabel { color: #6b7280; font-size: 11pt; padding: 40px; }
QLabel#questionLabel { font-size: 12pt; font-weight: 600; color: #111827; }
QLabel#itemIdBadge { font-weight: 700; color: white; background: #37474f;
    border-radius: 4px; padding: 2px 8px; }
QLabel#severityBadge, QLabel#badge, QLabel#gradeBadge, QLabel#verdictBadge {
    border: 1px solid #9e9e9e; border-radius: 4px; padding: 2px 8px; font-weight: 600; }
QLabel#criticalBadge { color: white; background: #b71c1c; border-radius: 4px;
    padding: 2px 8px; font-weight: 600; }
QLabel#inlineError { color: #b71c1c; background: #fdecea; border: 1px solid #f5c2c0;
    border-radius: 4px; padding: 6px 8px; }
QLabel#openQuestionsHint, QFrame#unsignedNotice { color: #6d4c00; background: #fff8e1;
    border: 1px solid #f3d48a; border-radius: 4px; padding: 6px 8px; }
QLabel#saveState { color: #5f6b7a; }
QLabel#saveState[state="saved"] { color: #2e7d32; font-weight: 600; }
QLabel#saveState[state="draft"] { color: #8e24aa; font-weight: 600; }
QFrame#reviewBanner { background: #e3f2fd; border: 1px solid #90caf9; border-radius: 6px; }
QPlainTextEdit[invalid="true"] { border: 2px solid #c62828; border-radius: 3px; }
QGroupBox { font-weight: 600; border: 1px solid #d5d9df; border-radius: 6px;
    margin-top: 12px; padding: 10px 8px 8px 8px; }
QGroupBox::title { subcontrol-origin: margin; left: 10px; padding: 0 4px; color: #374151; }
QPushButton { padding: 5px 12px; }
QPushButton:checked { background: #dbe9fb; border: 1px solid #1565c0; font-weight: 600; }
QTableView, QTreeView, QTreeWidget { selection-background-color: #cfe3fa;
    selection-color: #111827; }
QHeaderView::section { padding: 4px 6px; font-weight: 600; }
QProgressBar { border: 1px solid #c4c9d0; border-radius: 4px; text-align: center;
    background: #f1f3f5; min-height: 18px; }
QProgressBar::chunk { background: #64b5f6; border-radius: 3px; }
QWidget#detailContent { background: palette(base); }
QLabel#verifyBadge { border-radius: 6px; padding: 8px 12px; font-size: 12pt; font-weight: 700; }
QLabel#rejectedBanner { color: white; background: #c62828; border-radius: 4px;
    padding: 8px 10px; font-weight: 600; }
QLabel#unverifiedLabel { color: #b71c1c; background: #fdecea; border: 1px solid #f5c2c0;
    border-radius: 4px; padding: 6px 8px; font-weight: 600; }
QLabel#rejectionReason { color: #8e1b1b; }
QLabel#fieldCaption { color: #5f6b7a; }
QLabel#monoLabel { font-family: "DejaVu Sans Mono", "Consolas", monospace; }
QGroupBox#reasonsBox { border-color: #f5c2c0; }
"""


def apply_style(app: QApplication) -> None:
    """Fusion with a light palette, the same on Windows and Linux."""
    app.setStyle("Fusion")
    palette = QPalette()
    palette.setColor(QPalette.ColorRole.Window, QColor("#f5f6f8"))
    palette.setColor(QPalette.ColorRole.WindowText, QColor("#1f2937"))
    palette.setColor(QPalette.ColorRole.Base, QColor("#ffffff"))
    palette.setColor(QPalette.ColorRole.AlternateBase, QColor("#f7f9fc"))
    palette.setColor(QPalette.ColorRole.Text, QColor("#1f2937"))
    palette.setColor(QPalette.ColorRole.Button, QColor("#fbfbfc"))
    palette.setColor(QPalette.ColorRole.ButtonText, QColor("#1f2937"))
    palette.setColor(QPalette.ColorRole.Highlight, QColor(ACCENT))
    palette.setColor(QPalette.ColorRole.HighlightedText, QColor("#ffffff"))
    palette.setColor(QPalette.ColorRole.ToolTipBase, QColor("#ffffe8"))
    palette.setColor(QPalette.ColorRole.ToolTipText, QColor("#1f2937"))
    palette.setColor(QPalette.ColorRole.PlaceholderText, QColor("#9aa3ad"))
    app.setPalette(palette)
    app.setStyleSheet(STYLE_SHEET)
