"""The summary of an assessment: verdict, per-theme chart, critical gaps, remediation plan."""

from __future__ import annotations

from collections.abc import Mapping
from typing import NamedTuple

from PySide6.QtCore import QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPaintEvent, QPen, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from selfcheck.core import explain
from selfcheck.core.answers import Answer, Status
from selfcheck.core.collection import Assessment
from selfcheck.core.scoring import PASS_PERCENT, Score, Tally
from selfcheck.core.session import AssessmentSession, SessionChange
from selfcheck.core.text import count_separator, escape_html
from selfcheck.ui import icons
from selfcheck.ui.context import AppContext
from selfcheck.ui.i18n import FollowsLanguage
from selfcheck.ui.style import set_role
from selfcheck.ui.widgets import Badge, read_only_rows

#: Stacking order of the theme bars.
BAR_ORDER = (Status.IMPLEMENTED, Status.PARTIAL, Status.NOT_IMPLEMENTED, Status.NOT_APPLICABLE,
             Status.UNANSWERED)
BAR_COLORS = {**icons.STATUS_COLORS, Status.UNANSWERED: "#e0e0e0"}
#: Links to items in the reasons text: ``item:RA-01``.
ITEM_LINK = "item:"


def item_link(item_id: str) -> str:
    """An item id as a link that jumps to the item (rich text)."""
    return f'<a href="{ITEM_LINK}{escape_html(item_id)}">{escape_html(item_id)}</a>'


class ThemeBar(NamedTuple):
    title: str
    tally: Tally


class ThemeChart(QWidget):
    """Horizontal stacked bars: per theme, the items by status, and the weighted score."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("themeChart")
        self._bars: list[ThemeBar] = []
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAccessibleName("theme chart")

    def set_bars(self, bars: list[ThemeBar]) -> None:
        self._bars = bars
        self.setMinimumHeight(self._row_height() * max(1, len(bars)) + 8)
        self.updateGeometry()
        self.setAccessibleDescription("; ".join(
            f"{b.title}: {b.tally.answered}/{b.tally.total}, {b.tally.percent:.0f}%"
            for b in bars))
        self.update()

    def _row_height(self) -> int:
        return max(26, self.fontMetrics().height() + 12)

    def sizeHint(self) -> QSize:
        return QSize(600, self._row_height() * max(1, len(self._bars)) + 8)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = QFontMetrics(self.font())
        width = self.width()
        label_width = min(int(width * 0.38), max(
            (metrics.horizontalAdvance(b.title) for b in self._bars), default=100) + 12)
        value_width = metrics.horizontalAdvance("100%  (99/99)") + 12
        bar_left = label_width + 8
        bar_width = max(40, width - bar_left - value_width - 8)
        row_h = self._row_height()
        text_color = self.palette().color(self.foregroundRole())
        for n, bar in enumerate(self._bars):
            top = 4 + n * row_h
            title = metrics.elidedText(bar.title, Qt.TextElideMode.ElideRight, label_width - 4)
            painter.setPen(text_color)
            painter.drawText(QRectF(0, top, label_width, row_h),
                             int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight),
                             title)
            bar_rect = QRectF(bar_left, top + row_h * 0.22, bar_width, row_h * 0.56)
            total = max(1, bar.tally.total)
            x = bar_rect.left()
            painter.setPen(Qt.PenStyle.NoPen)
            for status in BAR_ORDER:
                count = bar.tally.count(status)
                if not count:
                    continue
                w = bar_rect.width() * count / total
                painter.setBrush(QColor(BAR_COLORS[status]))
                painter.drawRect(QRectF(x, bar_rect.top(), w, bar_rect.height()))
                x += w
            painter.setPen(QPen(QColor("#9e9e9e"), 1))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(bar_rect)
            # the pass mark
            mark = bar_rect.left() + bar_rect.width() * PASS_PERCENT / 100
            painter.setPen(QPen(QColor("#424242"), 1, Qt.PenStyle.DashLine))
            painter.drawLine(int(mark), int(bar_rect.top() - 3), int(mark),
                             int(bar_rect.bottom() + 3))
            painter.setPen(text_color)
            value = f"{bar.tally.percent:.0f}%  ({bar.tally.answered}/{bar.tally.total})"
            painter.drawText(QRectF(bar_rect.right() + 8, top, value_width, row_h),
                             int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft),
                             value)
        painter.end()


class Legend(QWidget):
    """Colour keys of the chart."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.layout_ = QHBoxLayout(self)
        self.layout_.setContentsMargins(0, 0, 0, 0)
        self.labels: list[QLabel] = []
        for status in BAR_ORDER:
            swatch = QLabel()
            swatch.setFixedSize(12, 12)
            swatch.setStyleSheet(f"background: {BAR_COLORS[status]}; border: 1px solid #9e9e9e;")
            label = QLabel()
            self.layout_.addWidget(swatch)
            self.layout_.addWidget(label)
            self.layout_.addSpacing(10)
            self.labels.append(label)
        self.mark_label = QLabel()
        self.layout_.addWidget(self.mark_label)
        self.layout_.addStretch(1)

    def retranslate(self, pass_text: str) -> None:
        for status, label in zip(BAR_ORDER, self.labels, strict=True):
            label.setText(status.label(self.ctx.lang))
        self.mark_label.setText(pass_text)


def _table(columns: int) -> QTableWidget:
    table = QTableWidget(0, columns)
    read_only_rows(table)
    table.setShowGrid(False)
    table.setWordWrap(False)
    table.setSizeAdjustPolicy(QAbstractItemView.SizeAdjustPolicy.AdjustToContents)
    table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    header = table.horizontalHeader()
    header.setHighlightSections(False)
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
    return table


class ItemTableBox(QGroupBox):
    """A titled table of items (first column: the item id) with "Go to item", or a line
    saying there is nothing to list. A long list can start folded away."""

    jumpToItem = Signal(str)

    def __init__(self, columns: int, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table = _table(columns)
        self.table.setObjectName(name)
        self.empty = QLabel()
        set_role(self.empty, "mutedLabel")
        self.jump = QPushButton()
        self.toggle = QPushButton()
        self.toggle.setObjectName(f"{name}Toggle")
        self.toggle.setCheckable(True)
        self.toggle.setVisible(False)
        self.fold_above = 0  # rows above which the table starts folded (0: never)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(self.empty)
        row = QHBoxLayout()
        row.addWidget(self.toggle)
        row.addStretch(1)
        row.addWidget(self.jump)
        layout.addLayout(row)
        self.table.activated.connect(lambda index: self._jump(index.row()))
        self.table.doubleClicked.connect(lambda index: self._jump(index.row()))
        self.jump.clicked.connect(lambda: self._jump(self.table.currentRow()))
        self.toggle.toggled.connect(self._show_rows)

    def set_texts(self, title: str, headers: list[str], empty: str) -> None:
        self.setTitle(title)
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setAccessibleName(title)
        self.empty.setText(empty)
        self.jump.setText(self.tr("Go to item"))
        self._toggle_text()

    def fill(self, rows: list[list[str]], statuses: list[Status], missing: str = "") -> None:
        """Show ``rows`` (their first cell an item id, with the status icon of
        ``statuses``); cells equal to ``missing`` in red."""
        table = self.table
        table.setRowCount(len(rows))
        for r, values in enumerate(rows):
            for c, value in enumerate(values):
                cell = QTableWidgetItem(value)
                cell.setToolTip(value)
                if c == 0:
                    cell.setIcon(icons.status_icon(statuses[r]))
                if c == 2:
                    cell.setForeground(QColor(icons.STATUS_COLORS[statuses[r]]))
                if missing and value == missing:
                    cell.setForeground(QColor("#c62828"))
                table.setItem(r, c, cell)
        if rows:
            table.selectRow(0)
        folded = bool(self.fold_above) and len(rows) > self.fold_above
        self.toggle.setVisible(folded)
        self.toggle.blockSignals(True)
        self.toggle.setChecked(not folded)
        self.toggle.blockSignals(False)
        self.empty.setVisible(not rows)
        self._show_rows(not folded)
        self._toggle_text()

    def _show_rows(self, shown: bool) -> None:
        has_rows = self.table.rowCount() > 0
        self.table.setVisible(has_rows and shown)
        self.jump.setVisible(has_rows and shown)
        self._toggle_text()

    def _toggle_text(self) -> None:
        self.toggle.setText(self.tr("Hide the list") if self.toggle.isChecked()
                            else self.tr("Show all %1").replace("%1", str(self.table.rowCount())))

    def _jump(self, row: int) -> None:
        cell = self.table.item(row, 0) if row >= 0 else None
        if cell is not None:
            self.jumpToItem.emit(cell.text())

    def item_ids(self) -> list[str]:
        cells = (self.table.item(r, 0) for r in range(self.table.rowCount()))
        return [cell.text() for cell in cells if cell is not None]


class SummaryView(FollowsLanguage, QWidget):
    """Shows the scoring result of the open assessment."""

    jumpToItem = Signal(str)
    exportRequested = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("summaryView")
        self._session: AssessmentSession | None = None
        self._stale = False
        self.assessment: Assessment | None = None
        self.score: Score | None = None
        self.answers: Mapping[str, Answer] = {}

        self.verdict_caption = QLabel()
        set_role(self.verdict_caption, "sectionLabel")
        self.verdict = Badge()
        set_role(self.verdict, "verdictBadge")
        self.reasons = QLabel()
        self.reasons.setWordWrap(True)
        self.reasons.setObjectName("reasonsLabel")
        self.reasons.setTextFormat(Qt.TextFormat.RichText)
        self.reasons.setTextInteractionFlags(
            Qt.TextInteractionFlag.LinksAccessibleByMouse
            | Qt.TextInteractionFlag.LinksAccessibleByKeyboard)
        self.reasons.linkActivated.connect(self._link_activated)
        self.figures = QLabel()
        self.figures.setObjectName("figuresLabel")
        self.figures.setWordWrap(True)

        self.chart_box = QGroupBox()
        self.chart = ThemeChart()
        self.legend = Legend(ctx)
        chart_layout = QVBoxLayout(self.chart_box)
        chart_layout.addWidget(self.chart)
        chart_layout.addWidget(self.legend)

        # real gaps first, apart from the critical items merely not answered yet (a long
        # list, folded away, that would otherwise bury them)
        self.gaps_box = ItemTableBox(4, "criticalGaps")
        self.gaps, self.gap_jump = self.gaps_box.table, self.gaps_box.jump
        self.gap_jump.setObjectName("gapJumpButton")
        self.unanswered_box = ItemTableBox(3, "criticalUnanswered")
        self.unanswered_box.fold_above = 8
        self.plan_box = ItemTableBox(5, "remediationPlan")
        self.plan, self.plan_jump = self.plan_box.table, self.plan_box.jump

        head = QGridLayout()
        head.setHorizontalSpacing(12)
        head.addWidget(self.verdict_caption, 0, 0)
        head.addWidget(self.verdict, 0, 1)
        head.setColumnStretch(2, 1)
        self.export_button = QPushButton()
        self.export_button.setObjectName("summaryExportButton")
        self.export_button.clicked.connect(self.exportRequested)
        head.addWidget(self.export_button, 0, 3)
        head.addWidget(self.figures, 1, 0, 1, 3)
        head.addWidget(self.reasons, 2, 0, 1, 3)

        content = QWidget()
        layout = QVBoxLayout(content)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(12)
        layout.addLayout(head)
        layout.addWidget(self.chart_box)
        layout.addWidget(self.gaps_box)
        layout.addWidget(self.unanswered_box)
        layout.addWidget(self.plan_box)
        layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

        for box in (self.gaps_box, self.unanswered_box, self.plan_box):
            box.jumpToItem.connect(self.jumpToItem)
        self.retranslate()


    def retranslate(self) -> None:
        self.verdict_caption.setText(self.tr("Verdict:"))
        self.export_button.setText(self.tr("Export signed PDF…"))
        self.chart_box.setTitle(self.tr("Themes: items by status and weighted score"))
        self.legend.retranslate(self.tr("┆ pass mark %1%").replace("%1", f"{PASS_PERCENT:.0f}"))
        item, question, status = self.tr("Item"), self.tr("Question"), self.tr("Status")
        self.gaps_box.set_texts(self.tr("Critical gaps"),
                                [item, question, status, self.tr("Why")],
                                self.tr("No critical gaps."))
        self.unanswered_box.set_texts(
            self.tr("Critical items not answered yet"),
            [item, question, self.tr("Severity")],
            self.tr("Every critical item is answered."))
        self.plan_box.set_texts(self.tr("Remediation plan"),
                                [item, question, status, self.tr("Owner"), self.tr("Due date")],
                                self.tr("Nothing to remediate: no item is partial or not "
                                        "implemented."))
        if self.assessment is not None and self.score is not None:
            self.show_score(self.assessment, self.score, self.answers)

    # -- the session -----------------------------------------------------------

    def bind(self, session: AssessmentSession | None) -> None:
        """Show the score of ``session`` from now on and follow its changes."""
        if self._session is not None:
            self._session.changed.disconnect(self._session_changed)
        self._session = session
        if session is not None:
            session.changed.connect(self._session_changed)
        self._session_changed(None)

    def _session_changed(self, _change: SessionChange | None) -> None:
        self._stale = True
        if self.isVisible():
            self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        if self._stale:
            self.refresh()
        super().showEvent(event)

    def refresh(self) -> None:
        """Show the session's current score."""
        session = self._session
        self._stale = False
        if session is not None:
            self.show_score(session.assessment, session.score, session.answers)

    # -- content ---------------------------------------------------------------

    def show_score(self, assessment: Assessment, score: Score,
                   answers: Mapping[str, Answer]) -> None:
        """Show ``score`` (computed by the core) of ``assessment``."""
        self.assessment, self.score, self.answers = assessment, score, answers
        lang = self.ctx.lang
        pack = assessment.pack
        self.verdict.set_badge(score.verdict.label(lang), icons.VERDICT_COLORS[score.verdict],
                               filled=True)
        self.verdict.setAccessibleName(score.verdict.label(lang))
        overall = score.overall
        counts = count_separator(lang).join(f"{s.label(lang)} {overall.count(s)}"
                                            for s in BAR_ORDER)
        self.figures.setText(
            self.tr("Weighted score %1% · answered %2 of %3 · %4").replace(
                "%1", f"{overall.percent:.1f}").replace("%2", str(overall.answered))
            .replace("%3", str(overall.total)).replace("%4", counts))
        self.reasons.setText("<br>".join(
            f"• {line}" for line in explain.render_all(score.reasons, lang, item=item_link,
                                                       text=escape_html)))
        bars = []
        for theme in pack.themes:
            tally = score.themes.get(theme.id)
            if tally is not None:
                bars.append(ThemeBar(theme.title.get(lang), tally))
        self.chart.set_bars(bars)

        gaps = score.critical_gaps
        self.gaps_box.fill([
            [gap.item_id, pack.item(gap.item_id).question.get(lang), gap.status.label(lang),
             explain.gap_text(gap.reason, gap.severity, gap.status, lang,
                              assessment.grade.label(lang))] for gap in gaps],
            [gap.status for gap in gaps])
        unanswered = score.critical_unanswered
        self.unanswered_box.setTitle(self.tr("Critical items not answered yet (%1)").replace(
            "%1", str(len(unanswered))))
        self.unanswered_box.fill([
            [item_id, pack.item(item_id).question.get(lang),
             pack.item(item_id).severity.label(lang)] for item_id in unanswered],
            [Status.UNANSWERED] * len(unanswered))
        self.unanswered_box.setVisible(bool(unanswered))

        plan_rows: list[list[str]] = []
        plan_status: list[Status] = []
        for item in assessment.items:
            answer = answers.get(item.id)
            if answer is None or not answer.status.wants_remediation:
                continue
            due = answer.remediation_due.isoformat() if answer.remediation_due else ""
            plan_rows.append([item.id, item.question.get(lang), answer.status.label(lang),
                              answer.remediation_owner or self.tr("not given"),
                              due or self.tr("not given")])
            plan_status.append(answer.status)
        self.plan_box.fill(plan_rows, plan_status, missing=self.tr("not given"))

    def _link_activated(self, link: str) -> None:
        if link.startswith(ITEM_LINK):
            self.jumpToItem.emit(link[len(ITEM_LINK):])

    def gap_item_ids(self) -> list[str]:
        return self.gaps_box.item_ids()

    def unanswered_item_ids(self) -> list[str]:
        return self.unanswered_box.item_ids()

    def plan_item_ids(self) -> list[str]:
        return self.plan_box.item_ids()
