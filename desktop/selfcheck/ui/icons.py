"""Status, marker and grade icons drawn with QPainter (crisp at any DPI), and colours."""

from __future__ import annotations

from collections.abc import Callable
from functools import cache

from PySide6.QtCore import QPointF, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QIcon, QIconEngine, QPainter, QPainterPath, QPen, QPixmap
from PySide6.QtWidgets import QApplication, QStyleOption

from selfcheck.core.answers import Status
from selfcheck.core.paths import resources_dir
from selfcheck.core.risk import RiskGrade
from selfcheck.core.riskmodel import Grade, grade_colors_index
from selfcheck.core.scoring import Verdict, as_grade

STATUS_COLORS: dict[Status, str] = {
    Status.IMPLEMENTED: "#2e7d32",
    Status.PARTIAL: "#e08a00",
    Status.NOT_IMPLEMENTED: "#c62828",
    Status.NOT_APPLICABLE: "#607d8b",
    Status.UNANSWERED: "#9e9e9e",
}

VERDICT_COLORS: dict[Verdict, str] = {
    Verdict.MET: "#2e7d32",
    Verdict.PARTIALLY_MET: "#e08a00",
    Verdict.INCOMPLETE: "#546e7a",
    Verdict.NOT_MET: "#c62828",
}

#: Grade colours from the lowest grade to the highest (a model with other than four grades
#: is spread over them).
GRADE_COLORS: tuple[str, ...] = ("#2e7d32", "#e08a00", "#d84315", "#b71c1c")


def grade_color(grade: Grade | RiskGrade) -> str:
    """The colour of a risk grade, by its place among its model's grades."""
    return grade_colors_index(as_grade(grade), GRADE_COLORS)

FLAG_COLOR = "#e65100"
REVIEW_COLOR = "#1565c0"
DRAFT_COLOR = "#8e24aa"

class DrawnIconEngine(QIconEngine):
    """Draws an icon when Qt asks for it, once per pixel size (instead of at every size
    up front, which cost a noticeable part of the start)."""

    def __init__(self, draw: Callable[[QPainter, float], None], keep_when_selected: bool) -> None:
        super().__init__()
        self._draw = draw
        self._keep_when_selected = keep_when_selected
        self._pixmaps: dict[tuple[int, QIcon.Mode], QPixmap] = {}

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        side = max(1, min(size.width(), size.height()))
        if mode == QIcon.Mode.Active or (mode == QIcon.Mode.Selected and self._keep_when_selected):
            mode = QIcon.Mode.Normal
        pixmap = self._pixmaps.get((side, mode))
        if pixmap is None:
            if mode == QIcon.Mode.Normal:
                pixmap = QPixmap(side, side)
                pixmap.fill(Qt.GlobalColor.transparent)
                painter = QPainter(pixmap)
                painter.setRenderHint(QPainter.RenderHint.Antialiasing)
                self._draw(painter, float(side))
                painter.end()
            else:  # disabled or selected: the style's usual treatment of the drawing
                option = QStyleOption()
                option.palette = QApplication.palette()
                pixmap = QApplication.style().generatedIconPixmap(
                    mode, self.pixmap(QSize(side, side), QIcon.Mode.Normal, state), option)
            self._pixmaps[(side, mode)] = pixmap
        return pixmap

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        # drawn at the device's pixel size (scaled displays), shown at the logical size
        device = painter.device()
        ratio = device.devicePixelRatioF() if device is not None else 1.0
        wanted = QSize(round(rect.width() * ratio), round(rect.height() * ratio))
        painter.drawPixmap(rect, self.pixmap(wanted, mode, state))

    def clone(self) -> QIconEngine:
        # Qt takes the copy without taking it from Python's ownership, so the copy must be
        # kept alive for as long as the program runs (copies are rare: only when a shared
        # icon is changed).
        copy = DrawnIconEngine(self._draw, self._keep_when_selected)
        _ENGINE_COPIES.append(copy)
        return copy


_ENGINE_COPIES: list[DrawnIconEngine] = []


def _icon(draw: Callable[[QPainter, float], None], *, keep_when_selected: bool = False) -> QIcon:
    """An icon drawn by ``draw`` at the size shown; ``keep_when_selected`` keeps its colours
    in a selected row (instead of the style's tint), for marks whose colour is the message."""
    return QIcon(DrawnIconEngine(draw, keep_when_selected))


def _disc(painter: QPainter, size: float, color: str) -> QRectF:
    rect = QRectF(size * 0.08, size * 0.08, size * 0.84, size * 0.84)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(color))
    painter.drawEllipse(rect)
    return rect


def _white_pen(size: float) -> QPen:
    pen = QPen(QColor("white"), max(1.5, size * 0.13))
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    return pen


@cache
def status_icon(status: Status) -> QIcon:
    """A coloured circle: check, half, cross, dash, or an empty ring for unanswered."""
    color = STATUS_COLORS[status]

    def draw(p: QPainter, s: float) -> None:
        if status is Status.UNANSWERED:
            pen = QPen(QColor(color), max(1.2, s * 0.09))
            p.setPen(pen)
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawEllipse(QRectF(s * 0.14, s * 0.14, s * 0.72, s * 0.72))
            return
        if status is Status.PARTIAL:
            rect = QRectF(s * 0.1, s * 0.1, s * 0.8, s * 0.8)
            p.setPen(QPen(QColor(color), max(1.2, s * 0.09)))
            p.setBrush(QColor("white"))
            p.drawEllipse(rect)
            path = QPainterPath()
            path.moveTo(rect.center())
            path.arcTo(rect, 90, 180)
            path.closeSubpath()
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(QColor(color))
            p.drawPath(path)
            return
        _disc(p, s, color)
        p.setPen(_white_pen(s))
        if status is Status.IMPLEMENTED:
            path = QPainterPath(QPointF(s * 0.29, s * 0.52))
            path.lineTo(QPointF(s * 0.44, s * 0.67))
            path.lineTo(QPointF(s * 0.72, s * 0.36))
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawPath(path)
        elif status is Status.NOT_IMPLEMENTED:
            p.drawLine(QPointF(s * 0.34, s * 0.34), QPointF(s * 0.66, s * 0.66))
            p.drawLine(QPointF(s * 0.66, s * 0.34), QPointF(s * 0.34, s * 0.66))
        else:
            p.drawLine(QPointF(s * 0.3, s * 0.5), QPointF(s * 0.7, s * 0.5))

    return _icon(draw)


@cache
def flag_icon() -> QIcon:
    """An orange pennant: flagged for review."""

    def draw(p: QPainter, s: float) -> None:
        pen = QPen(QColor("#5d4037"), max(1.2, s * 0.08))
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        p.setPen(pen)
        p.drawLine(QPointF(s * 0.25, s * 0.12), QPointF(s * 0.25, s * 0.9))
        path = QPainterPath(QPointF(s * 0.28, s * 0.14))
        path.lineTo(QPointF(s * 0.82, s * 0.32))
        path.lineTo(QPointF(s * 0.28, s * 0.52))
        path.closeSubpath()
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(QColor(FLAG_COLOR))
        p.drawPath(path)

    return _icon(draw)


@cache
def review_icon() -> QIcon:
    """A blue circle with '!': the answer needs re-review after a pack upgrade."""

    def draw(p: QPainter, s: float) -> None:
        _disc(p, s, REVIEW_COLOR)
        p.setPen(_white_pen(s))
        p.drawLine(QPointF(s * 0.5, s * 0.27), QPointF(s * 0.5, s * 0.56))
        p.setBrush(QBrush(QColor("white")))
        p.setPen(Qt.PenStyle.NoPen)
        p.drawEllipse(QPointF(s * 0.5, s * 0.72), s * 0.07, s * 0.07)

    return _icon(draw)


@cache
def draft_icon() -> QIcon:
    """A purple pencil: a draft that could not be saved yet."""

    def draw(p: QPainter, s: float) -> None:
        p.translate(s / 2, s / 2)
        p.rotate(45)
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(QColor(DRAFT_COLOR))
        p.drawRect(QRectF(-s * 0.12, -s * 0.4, s * 0.24, s * 0.58))
        tip = QPainterPath(QPointF(-s * 0.12, s * 0.2))
        tip.lineTo(QPointF(s * 0.12, s * 0.2))
        tip.lineTo(QPointF(0, s * 0.42))
        tip.closeSubpath()
        p.drawPath(tip)

    return _icon(draw)


@cache
def clip_icon() -> QIcon:
    """A small document: evidence is recorded."""

    def draw(p: QPainter, s: float) -> None:
        pen = QPen(QColor("#455a64"), max(1.0, s * 0.07))
        p.setPen(pen)
        p.setBrush(QColor("#eceff1"))
        path = QPainterPath(QPointF(s * 0.22, s * 0.1))
        path.lineTo(QPointF(s * 0.6, s * 0.1))
        path.lineTo(QPointF(s * 0.78, s * 0.28))
        path.lineTo(QPointF(s * 0.78, s * 0.9))
        path.lineTo(QPointF(s * 0.22, s * 0.9))
        path.closeSubpath()
        p.drawPath(path)
        for y in (0.42, 0.56, 0.7):
            p.drawLine(QPointF(s * 0.33, s * y), QPointF(s * 0.67, s * y))

    return _icon(draw)


@cache
def calendar_icon() -> QIcon:
    """A calendar sheet: pick a date."""

    def draw(p: QPainter, s: float) -> None:
        pen = QPen(QColor("#455a64"), max(1.0, s * 0.07))
        p.setPen(pen)
        p.setBrush(QColor("white"))
        p.drawRoundedRect(QRectF(s * 0.12, s * 0.2, s * 0.76, s * 0.68), s * 0.06, s * 0.06)
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(QColor(REVIEW_COLOR))
        p.drawRect(QRectF(s * 0.12, s * 0.2, s * 0.76, s * 0.18))
        p.setBrush(QColor("#455a64"))
        for row in range(2):
            for column in range(3):
                p.drawRect(QRectF(s * (0.24 + column * 0.2), s * (0.48 + row * 0.18),
                                  s * 0.11, s * 0.1))

    return _icon(draw)


@cache
def dot_icon(color: str) -> QIcon:
    """A plain coloured dot (risk grades, verdicts)."""

    def draw(p: QPainter, s: float) -> None:
        _disc(p, s, color)

    return _icon(draw)


@cache
def app_icon() -> QIcon:
    """The program icon from resources/icons: the 256-pixel PNG, else the SVG (an SVG
    icon loads Qt's SVG engine, which costs the start a few milliseconds)."""
    folder = resources_dir() / "icons"
    path = next((folder / name for name in ("app.png", "app.svg") if (folder / name).is_file()), None)
    return QIcon(str(path)) if path is not None else QIcon()


def _shield(p: QPainter, s: float, color: str) -> None:
    path = QPainterPath(QPointF(s * 0.5, s * 0.06))
    path.lineTo(QPointF(s * 0.88, s * 0.2))
    path.cubicTo(QPointF(s * 0.88, s * 0.6), QPointF(s * 0.72, s * 0.82),
                 QPointF(s * 0.5, s * 0.95))
    path.cubicTo(QPointF(s * 0.28, s * 0.82), QPointF(s * 0.12, s * 0.6),
                 QPointF(s * 0.12, s * 0.2))
    path.closeSubpath()
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(QColor(color))
    p.drawPath(path)
    p.setPen(_white_pen(s))
    p.setBrush(Qt.BrushStyle.NoBrush)


AUTHENTIC_COLOR = "#2e7d32"
REJECTED_COLOR = "#c62828"
PENDING_COLOR = "#78909c"


@cache
def authentic_icon() -> QIcon:
    """A green shield with a check: the report verified."""

    def draw(p: QPainter, s: float) -> None:
        _shield(p, s, AUTHENTIC_COLOR)
        path = QPainterPath(QPointF(s * 0.31, s * 0.5))
        path.lineTo(QPointF(s * 0.45, s * 0.64))
        path.lineTo(QPointF(s * 0.7, s * 0.36))
        p.drawPath(path)

    return _icon(draw, keep_when_selected=True)


@cache
def rejected_icon() -> QIcon:
    """A red shield with a cross: the report failed verification."""

    def draw(p: QPainter, s: float) -> None:
        _shield(p, s, REJECTED_COLOR)
        p.drawLine(QPointF(s * 0.36, s * 0.34), QPointF(s * 0.64, s * 0.62))
        p.drawLine(QPointF(s * 0.64, s * 0.34), QPointF(s * 0.36, s * 0.62))

    return _icon(draw, keep_when_selected=True)


@cache
def pending_icon() -> QIcon:
    """A grey shield with a dot: the report is being checked."""

    def draw(p: QPainter, s: float) -> None:
        _shield(p, s, PENDING_COLOR)
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(QColor("white"))
        p.drawEllipse(QRectF(s * 0.42, s * 0.4, s * 0.16, s * 0.16))

    return _icon(draw, keep_when_selected=True)
