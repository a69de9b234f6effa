"""The look of the window: Fusion with a light palette, fonts and colours per role.

There is deliberately no application-wide style sheet: with one, Qt styles every
widget through its style-sheet engine, which made building the main window about
50 ms slower. Text roles get a font and a palette colour; only the few boxed
elements (badges, banners, inline errors) get a style sheet of their own.
"""

from __future__ import annotations

from typing import NamedTuple

from PySide6.QtCore import QRect
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QLabel,
    QProgressBar,
    QProxyStyle,
    QStyle,
    QStyleOptionComplex,
    QStyleOptionGroupBox,
    QTableView,
    QTreeView,
    QWidget,
)

ACCENT = "#1565c0"
TEXT_COLOR = "#1f2937"
MUTED_COLOR = "#5f6b7a"
SELECTION_COLOR = "#cfe3fa"
SELECTION_TEXT_COLOR = "#111827"
CHECKED_BUTTON_COLOR = "#dbe9fb"
PROGRESS_COLOR = "#64b5f6"
#: Text of a control that cannot be used now, and the face of such a button: clearly
#: lighter than enabled ones.
DISABLED_TEXT_COLOR = "#a3abb5"
DISABLED_BUTTON_COLOR = "#eceef1"
#: The groups a role's colour is set in; the Disabled group keeps the grey of the palette.
ENABLED_GROUPS = (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive)


class TextRole(NamedTuple):
    """How a label of one role looks: colour, size (points), weight, family, margin."""

    color: str | None = None
    points: float | None = None
    weight: QFont.Weight | None = None
    family: str | None = None
    margin: int = 0


TEXT_ROLES: dict[str, TextRole] = {
    "viewTitle": TextRole(TEXT_COLOR, 16, QFont.Weight.Bold),
    "mutedLabel": TextRole(MUTED_COLOR),
    "fieldCaption": TextRole(MUTED_COLOR),
    "sectionLabel": TextRole("#374151", weight=QFont.Weight.Bold),
    "emptyLabel": TextRole("#6b7280", 11, margin=40),
    "questionLabel": TextRole("#111827", 12, QFont.Weight.Bold),
    "rejectionReason": TextRole("#8e1b1b"),
    "monoLabel": TextRole(family="monospace"),
    "saveState": TextRole(MUTED_COLOR),
}

BADGE_RULES = "border-radius: 4px; padding: 2px 8px; font-weight: 600;"
HINT_RULES = ("color: #6d4c00; background: #fff8e1; border: 1px solid #f3d48a;"
              " border-radius: 4px; padding: 6px 8px;")
ERROR_BOX_RULES = ("color: #b71c1c; background: #fdecea; border: 1px solid #f5c2c0;"
                   " border-radius: 4px; padding: 6px 8px;")

#: Boxed elements: each gets a style sheet of its own, for itself only.
BOX_ROLES: dict[str, str] = {
    "itemIdBadge": ("font-weight: 700; color: white; background: #37474f;"
                    " border-radius: 4px; padding: 2px 8px;"),
    "criticalBadge": f"color: white; background: #b71c1c; {BADGE_RULES}",
    "badge": f"border: 1px solid #9e9e9e; {BADGE_RULES}",
    "severityBadge": f"border: 1px solid #9e9e9e; {BADGE_RULES}",
    "gradeBadge": f"border: 1px solid #9e9e9e; {BADGE_RULES}",
    "verdictBadge": f"border: 1px solid #9e9e9e; {BADGE_RULES}",
    "verifyBadge": "border-radius: 6px; padding: 8px 12px; font-size: 12pt; font-weight: 700;",
    "inlineError": ERROR_BOX_RULES,
    "unverifiedLabel": ERROR_BOX_RULES + " font-weight: 600;",
    "openQuestionsHint": HINT_RULES,
    "unsignedNotice": HINT_RULES,
    "basisNotice": HINT_RULES,
    "scopeNotice": ("color: #37474f; background: #eceff1; border: 1px solid #b0bec5;"
                    " border-radius: 4px; padding: 6px 8px;"),
    "reviewBanner": "background: #e3f2fd; border: 1px solid #90caf9; border-radius: 6px;",
    "rejectedBanner": ("color: white; background: #c62828; border-radius: 4px;"
                       " padding: 8px 10px; font-weight: 600;"),
}

#: A group box with a coloured frame (style sheets cannot restyle only the frame colour).
REASONS_BOX_SHEET = (
    "QGroupBox#reasonsBox { font-weight: 600; border: 1px solid #f5c2c0; border-radius: 6px;"
    " margin-top: 12px; padding: 10px 8px 8px 8px; }"
    " QGroupBox#reasonsBox::title { subcontrol-origin: margin; left: 10px; padding: 0 4px;"
    " color: #8e1b1b; }")


class AppStyle(QProxyStyle):
    """Fusion, with the titles of group boxes in bold (they head the sections of a view)."""

    def __init__(self) -> None:
        super().__init__("Fusion")

    def drawComplexControl(self, control: QStyle.ComplexControl, option: QStyleOptionComplex,
                           painter: QPainter, widget: QWidget | None = None) -> None:
        if control == QStyle.ComplexControl.CC_GroupBox:
            painter.save()
            painter.setFont(_bold(painter.font()))
            super().drawComplexControl(control, option, painter, widget)
            painter.restore()
            return
        super().drawComplexControl(control, option, painter, widget)

    def subControlRect(self, control: QStyle.ComplexControl, option: QStyleOptionComplex,
                       sub: QStyle.SubControl, widget: QWidget | None = None) -> QRect:
        rect = super().subControlRect(control, option, sub, widget)  # type: ignore[arg-type]
        if (control == QStyle.ComplexControl.CC_GroupBox
                and sub == QStyle.SubControl.SC_GroupBoxLabel
                and isinstance(option, QStyleOptionGroupBox) and option.text and widget is not None):
            # room for the bold title: the base style measured it in the regular weight
            text = option.text.replace("&", "")
            wider = (QFontMetrics(_bold(widget.font())).horizontalAdvance(text)
                     - option.fontMetrics.horizontalAdvance(text))
            if wider > 0:
                rect.setWidth(rect.width() + wider)
        return rect


def _bold(font: QFont) -> QFont:
    bold = QFont(font)
    bold.setWeight(QFont.Weight.Bold)
    return bold


def apply_style(app: QApplication) -> None:
    """Fusion with a light palette, the same on Windows and Linux."""
    style = AppStyle()
    app.setStyle(style)
    app._selfcheck_style = style  # type: ignore[attr-defined]  # keep the Python object alive
    palette = QPalette()
    palette.setColor(QPalette.ColorRole.Window, QColor("#f5f6f8"))
    palette.setColor(QPalette.ColorRole.WindowText, QColor(TEXT_COLOR))
    palette.setColor(QPalette.ColorRole.Base, QColor("#ffffff"))
    palette.setColor(QPalette.ColorRole.AlternateBase, QColor("#f7f9fc"))
    palette.setColor(QPalette.ColorRole.Text, QColor(TEXT_COLOR))
    palette.setColor(QPalette.ColorRole.Button, QColor("#fbfbfc"))
    palette.setColor(QPalette.ColorRole.ButtonText, QColor(TEXT_COLOR))
    palette.setColor(QPalette.ColorRole.Highlight, QColor(ACCENT))
    palette.setColor(QPalette.ColorRole.HighlightedText, QColor("#ffffff"))
    palette.setColor(QPalette.ColorRole.ToolTipBase, QColor("#ffffe8"))
    palette.setColor(QPalette.ColorRole.ToolTipText, QColor(TEXT_COLOR))
    palette.setColor(QPalette.ColorRole.PlaceholderText, QColor("#9aa3ad"))
    disabled = QPalette.ColorGroup.Disabled
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text,
                 QPalette.ColorRole.ButtonText, QPalette.ColorRole.PlaceholderText):
        palette.setColor(disabled, role, QColor(DISABLED_TEXT_COLOR))
    palette.setColor(disabled, QPalette.ColorRole.Button, QColor(DISABLED_BUTTON_COLOR))
    palette.setColor(disabled, QPalette.ColorRole.Base, QColor("#f3f4f6"))
    palette.setColor(disabled, QPalette.ColorRole.Highlight, QColor("#b0bec5"))
    app.setPalette(palette)


def _set_color(widget: QWidget, role: QPalette.ColorRole, color: str) -> None:
    """``color`` for ``role`` while ``widget`` is enabled (disabled, it turns grey)."""
    palette = widget.palette()
    for group in ENABLED_GROUPS:
        palette.setColor(group, role, QColor(color))
    widget.setPalette(palette)


def set_role(widget: QWidget, role: str) -> None:
    """Give ``widget`` the object name ``role`` and the look that goes with it."""
    widget.setObjectName(role)
    if role in BOX_ROLES:
        set_box_sheet(widget, role)
        return
    if role == "reasonsBox":
        widget.setStyleSheet(REASONS_BOX_SHEET)
        return
    if role == "detailContent":  # the scrolled detail panes: white, like a page
        widget.setAutoFillBackground(True)
        widget.setBackgroundRole(QPalette.ColorRole.Base)
        return
    text_role = TEXT_ROLES.get(role)
    if text_role is None:
        return
    if text_role.points or text_role.weight or text_role.family:
        # Only the attributes set here override the inherited font, so a change of the
        # application font (the language switch) still reaches the label.
        font = QFont()
        if text_role.points:
            font.setPointSizeF(text_role.points)
        if text_role.weight:
            font.setWeight(text_role.weight)
        if text_role.family:
            font.setFamilies([text_role.family])
            font.setStyleHint(QFont.StyleHint.Monospace)
        widget.setFont(font)
    if text_role.color:
        _set_color(widget, QPalette.ColorRole.WindowText, text_role.color)
    if text_role.margin:
        widget.setContentsMargins(*(text_role.margin,) * 4)


def set_box_sheet(widget: QWidget, role: str, extra: str = "") -> None:
    """The style sheet of a boxed element, for the widget itself only (plus ``extra`` rules)."""
    widget.setStyleSheet(f"#{role} {{ {BOX_ROLES[role]} {extra} }}")


def set_badge_color(label: QLabel, color: str, filled: bool = False) -> None:
    """Colour a badge (its role is its object name): outlined, or filled with white text."""
    extra = (f"background: {color}; color: white; border: 1px solid {color};" if filled
             else f"color: {color}; border: 1px solid {color};")
    set_box_sheet(label, label.objectName() if label.objectName() in BOX_ROLES else "badge", extra)


def set_save_state(label: QLabel, state: str) -> None:
    """The "saved" line of the item detail: green when saved, purple for a draft."""
    color = {"saved": "#2e7d32", "draft": "#8e24aa"}.get(state, MUTED_COLOR)
    _set_color(label, QPalette.ColorRole.WindowText, color)
    font = QFont()
    if state:
        font.setWeight(QFont.Weight.Bold)
    label.setFont(font)


def mark_invalid(widget: QWidget, invalid: bool) -> None:
    """A red frame around an input that holds a value that cannot be saved."""
    name = widget.objectName()
    widget.setStyleSheet(f"#{name} {{ border: 2px solid #c62828; border-radius: 3px; }}"
                         if invalid else "")


def mark_checked(button: QAbstractButton) -> None:
    """Tint a checkable button while it is checked (the chosen answer status)."""
    palette = QPalette(button.palette())
    checked = button.isChecked()
    face = QColor(CHECKED_BUTTON_COLOR) if checked else QApplication.palette().button().color()
    for group in ENABLED_GROUPS:
        palette.setColor(group, QPalette.ColorRole.Button, face)
    button.setPalette(palette)
    font = QFont()
    if checked:
        font.setWeight(QFont.Weight.Bold)
    button.setFont(font)


def item_view(view: QAbstractItemView) -> None:
    """A list or table: light selection colour with dark text, bold column headings."""
    palette = QPalette(view.palette())
    for group in ENABLED_GROUPS:
        palette.setColor(group, QPalette.ColorRole.Highlight, QColor(SELECTION_COLOR))
        palette.setColor(group, QPalette.ColorRole.HighlightedText, QColor(SELECTION_TEXT_COLOR))
    view.setPalette(palette)
    header = (view.horizontalHeader() if isinstance(view, QTableView)
              else view.header() if isinstance(view, QTreeView) else None)
    if header is not None:
        font = QFont()
        font.setWeight(QFont.Weight.Bold)
        header.setFont(font)
        header.setMinimumHeight(view.fontMetrics().height() + 10)


def progress_bar(bar: QProgressBar) -> None:
    """The overall progress bar: a light blue bar with the text centred on it."""
    palette = bar.palette()
    palette.setColor(QPalette.ColorRole.Highlight, QColor(PROGRESS_COLOR))
    palette.setColor(QPalette.ColorRole.HighlightedText, QColor(TEXT_COLOR))
    bar.setPalette(palette)
    bar.setMinimumHeight(20)
