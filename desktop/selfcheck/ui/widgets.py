"""Small widgets and delegates shared by the views."""

from __future__ import annotations

import re
from collections.abc import Callable

from PySide6.QtCore import (
    QAbstractItemModel,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QRectF,
    QSize,
    Qt,
)
from PySide6.QtGui import QColor, QPainter, QPalette, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QTreeView,
    QWidget,
)

from selfcheck.core.errors import SelfCheckError
from selfcheck.ui import icons
from selfcheck.ui.models.assessments import PROGRESS_ROLE
from selfcheck.ui.models.items import MARKS_ROLE
from selfcheck.ui.style import item_view, set_badge_color, set_role


def read_only_rows(table: QTableView) -> None:
    """A table of whole rows that are read, not edited: one row selected at a time, no row
    numbers, alternating colours, Tab leaves the table."""
    item_view(table)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().setVisible(False)
    table.setAlternatingRowColors(True)
    table.setTabKeyNavigation(False)


def list_table(object_name: str, model: QAbstractItemModel) -> QTableView:
    """A read-only, sortable table of whole rows, one selected at a time (the list views)."""
    table = QTableView()
    table.setObjectName(object_name)
    table.setModel(model)
    read_only_rows(table)
    table.setShowGrid(False)
    table.setWordWrap(False)
    table.setSortingEnabled(True)
    table.horizontalHeader().setHighlightSections(False)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    return table


class WrappingDelegate(QStyledItemDelegate):
    """Text that wraps at the column's width, with rows as tall as the wrapped text.

    (QTreeView's own row heights do not take the column width into account, so a
    word-wrapped item would still get a one-line row.) The view should re-lay out its
    items when the column is resized.
    """

    def sizeHint(self, option: QStyleOptionViewItem,
                 index: QModelIndex | QPersistentModelIndex) -> QSize:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        view = opt.widget
        width = view.columnWidth(index.column()) if isinstance(view, QTreeView) else 0
        if width <= 0:
            return super().sizeHint(option, index)
        opt.features |= QStyleOptionViewItem.ViewItemFeature.WrapText
        opt.rect = QRect(0, 0, width, max(1, opt.fontMetrics.height()))
        style = view.style() if view is not None else None
        if style is None:
            return super().sizeHint(option, index)
        size = style.sizeFromContents(QStyle.ContentsType.CT_ItemViewItem, opt, QSize(), view)
        return QSize(min(size.width(), width), size.height() + 8)

    def initStyleOption(self, option: QStyleOptionViewItem,
                        index: QModelIndex | QPersistentModelIndex) -> None:
        super().initStyleOption(option, index)
        option.features |= QStyleOptionViewItem.ViewItemFeature.WrapText
        option.textElideMode = Qt.TextElideMode.ElideNone


class ProgressDelegate(QStyledItemDelegate):
    """Draws "answered / total" over a thin progress bar."""

    def sizeHint(self, option: QStyleOptionViewItem,
                 index: QModelIndex | QPersistentModelIndex) -> QSize:
        size = super().sizeHint(option, index)
        return QSize(size.width() + 50, max(size.height(), option.fontMetrics.height() + 14))

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        style = opt.widget.style() if opt.widget else None
        text = opt.text
        opt.text = ""
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        value = float(index.data(PROGRESS_ROLE) or 0.0)
        rect: QRect = opt.rect.adjusted(6, 0, -6, 0)
        bar = QRect(rect.left(), rect.bottom() - 7, rect.width(), 4)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor("#e0e0e0"))
        painter.drawRoundedRect(bar, 2, 2)
        if value > 0:
            done = QRect(bar)
            done.setWidth(max(3, int(bar.width() * value / 100)))
            painter.setBrush(QColor("#2e7d32" if value >= 100 else "#1976d2"))
            painter.drawRoundedRect(done, 2, 2)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        painter.setPen(opt.palette.color(role))
        text_rect = QRect(rect.left(), rect.top(), rect.width(), rect.height() - 7)
        painter.drawText(text_rect, int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft),
                         f"{text}  ({value:.0f}%)")
        painter.restore()


class Badge(QLabel):
    """A small rounded label with a coloured border (risk grade, verdict, severity)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        set_role(self, "badge")

    def set_badge(self, text: str, color: str, filled: bool = False) -> None:
        self.setText(text)
        set_badge_color(self, color, filled)


class ElidedLabel(QLabel):
    """A one-line label that shortens its text with "…" to the width it is given (the
    whole text then in its tooltip), so that a long name never makes the window wider
    than the screen. ``text()`` is the whole text."""

    #: The narrowest it lets itself be made (pixels).
    MINIMUM_WIDTH = 120

    def __init__(self, parent: QWidget | None = None, *,
                 mode: Qt.TextElideMode = Qt.TextElideMode.ElideRight) -> None:
        super().__init__(parent)
        self._full = ""
        self._mode = mode

    def setText(self, text: str) -> None:
        self._full = text
        self._elide()
        self.updateGeometry()

    def text(self) -> str:
        return self._full

    def sizeHint(self) -> QSize:
        margins = self.contentsMargins()
        width = self.fontMetrics().horizontalAdvance(self._full) + margins.left() + margins.right()
        return QSize(width + 2, super().sizeHint().height())

    def minimumSizeHint(self) -> QSize:
        return QSize(min(self.sizeHint().width(), self.MINIMUM_WIDTH),
                     super().minimumSizeHint().height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._elide()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._elide()
            self.updateGeometry()

    def _elide(self) -> None:
        shown = self.fontMetrics().elidedText(self._full, self._mode,
                                              self.contentsRect().width())
        QLabel.setText(self, shown)
        self.setToolTip(self._full if shown != self._full else "")


def fit_to_screen(window: QWidget, preferred: QSize) -> None:
    """Give ``window`` its ``preferred`` size, or less on a small screen (1366×768 with a
    panel): never wider or taller than the screen's free area, frame included, and
    centred on it."""
    screen = window.screen()
    if screen is None:
        window.resize(preferred)
        return
    area = screen.availableGeometry()
    frame = QSize(16, 48)  # a window manager's borders and title bar, before it is shown
    size = preferred.boundedTo(area.size() - frame).expandedTo(window.minimumSizeHint())
    window.resize(size)
    window.move(area.left() + max(0, (area.width() - size.width() - frame.width()) // 2),
                area.top() + max(0, (area.height() - size.height() - frame.height()) // 2))


def fits_screen(window: QWidget) -> bool:
    """Whether the window (frame included) lies within its screen's free area."""
    screen = window.screen()
    return screen is None or screen.availableGeometry().contains(window.frameGeometry())


class MarksDelegate(QStyledItemDelegate):
    """Draws the item marks (flag, re-review, draft, evidence) as small icons in a row."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        style = opt.widget.style() if opt.widget else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        marks = index.data(MARKS_ROLE) or ()
        parts = [icon for on, icon in zip(
            marks, (icons.flag_icon(), icons.review_icon(), icons.draft_icon(),
                    icons.clip_icon()), strict=False) if on]
        size = min(16, opt.rect.height() - 4)
        x = opt.rect.left() + 6
        y = opt.rect.top() + (opt.rect.height() - size) // 2
        for icon in parts:
            icon.paint(painter, QRect(x, y, size, size))
            x += size + 3


class ProblemLabel(QLabel):
    """A dialog's inline message: hidden until something is wrong, then shown wrapped in
    the error style."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        set_role(self, "inlineError")
        self.setWordWrap(True)
        self.setVisible(False)

    def show_problem(self, text: str) -> None:
        self.setText(text)
        self.setVisible(True)

    def show_failure(self, error: BaseException, lang: str, report: Callable[..., None]) -> None:
        """A failed task: the core's one-line message in ``lang`` here; anything else
        (a bug) to ``report``, the window's error reporter."""
        if isinstance(error, SelfCheckError):
            self.show_problem(error.localized(lang))
        else:
            report(error)
#: The background of a search match in a list.
MATCH_COLOR = "#ffe082"


def match_spans(text: str, words: list[str]) -> list[tuple[int, int]]:
    """Where ``words`` occur in ``text`` (ignoring case), as (start, end) spans."""
    words = [word for word in words if word]
    if not words:
        return []
    pattern = re.compile("|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)),
                         re.IGNORECASE)
    return [match.span() for match in pattern.finditer(text)]


class HighlightDelegate(QStyledItemDelegate):
    """One-line cell text with the words of the current search marked."""

    def __init__(self, words: Callable[[], list[str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._words = words

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        words = self._words()
        if not words:
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        widget = opt.widget
        style = widget.style() if widget is not None else None
        if style is None:
            super().paint(painter, option, index)
            return
        text = opt.text
        rect = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, opt, widget)
        opt.text = ""
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, widget) + 1
        area = rect.adjusted(margin, 0, -margin, 0)
        metrics = opt.fontMetrics
        shown = metrics.elidedText(text, Qt.TextElideMode.ElideRight, area.width())
        top = area.top() + (area.height() - metrics.height()) / 2
        painter.save()
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(MATCH_COLOR))
        for start, end in match_spans(shown, words):
            left = metrics.horizontalAdvance(shown[:start])
            painter.drawRect(QRectF(area.left() + left, top,
                                    metrics.horizontalAdvance(shown[start:end]), metrics.height()))
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        painter.setPen(opt.palette.color(role))
        painter.setFont(opt.font)
        painter.drawText(area, int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft),
                         shown)
        painter.restore()
