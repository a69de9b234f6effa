"""The views across reports: organisation × theme, the most frequent critical gaps, the
history of one assessment and two reports compared. Each shows what the core computed
(and, except the matrix, the very table the export writes); a double click on a row
or cell asks for the reports behind it in the register."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QModelIndex, QSortFilterProxyModel, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from selfcheck.core.review import Comparison, FrequentGap, GapMatrix, HistoryStep, PackTexts
from selfcheck.core.review import tables as core_tables
from selfcheck.core.review.export import Table
from selfcheck.core.review.labels import label
from selfcheck.core.review.tables import CELL_FILLS, local_time
from selfcheck.ui.i18n import FollowsLanguage
from selfcheck.ui.review.matrix_model import MatrixModel
from selfcheck.ui.review.table_model import SORT_ROLE, TableModel, fit_columns
from selfcheck.ui.style import item_view, set_role


def _table(object_name: str, model: TableModel | MatrixModel,
           *, sort: bool = True) -> tuple[QTableView, QSortFilterProxyModel]:
    view = QTableView()
    view.setObjectName(object_name)
    proxy = QSortFilterProxyModel(view)
    proxy.setSourceModel(model)
    proxy.setSortRole(SORT_ROLE)
    view.setModel(proxy)
    item_view(view)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems
                              if isinstance(model, MatrixModel)
                              else QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setSortingEnabled(sort)
    view.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)  # as computed
    view.setTabKeyNavigation(False)
    view.setWordWrap(False)
    view.verticalHeader().setVisible(False)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    view.horizontalHeader().setStretchLastSection(True)
    return view, proxy


class _TitledView(FollowsLanguage, QWidget):
    """A heading, a hint and a table."""

    reportsRequested = Signal(list)

    def __init__(self, lang: Callable[[], str], object_name: str, model: TableModel | MatrixModel,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._lang = lang
        self.heading = QLabel()
        set_role(self.heading, "sectionHeading")
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        set_role(self.hint, "mutedLabel")
        self.table, self.proxy = _table(object_name, model)
        self.table.doubleClicked.connect(self._double_clicked)
        self.layout_ = QVBoxLayout(self)
        self.layout_.addWidget(self.heading)
        self.layout_.addWidget(self.hint)
        self.layout_.addWidget(self.table, 1)

    def _double_clicked(self, index: QModelIndex) -> None:
        source = self.proxy.mapToSource(index)
        reports = self.reports_at(source.row(), source.column())
        if reports:
            self.reportsRequested.emit(list(reports))

    def reports_at(self, row: int, col: int) -> Sequence[int]:
        return ()

    def retranslate(self) -> None:
        raise NotImplementedError


class MatrixView(_TitledView):
    """Organisation × theme: the score of each theme over an organisation's newest reports."""

    def __init__(self, lang: Callable[[], str], parent: QWidget | None = None) -> None:
        self.matrix_model = MatrixModel()
        super().__init__(lang, "gapMatrix", self.matrix_model, parent)
        self.legend = QLabel()
        self.legend.setTextFormat(Qt.TextFormat.RichText)
        self.layout_.insertWidget(2, self.legend)
        self.table.horizontalHeader().setStretchLastSection(False)
        self.retranslate()

    def show_matrix(self, matrix: GapMatrix, texts: PackTexts) -> None:
        self.matrix_model.set_matrix(matrix, texts, self._lang())
        fit_columns(self.table, 200)

    def reports_at(self, row: int, col: int) -> Sequence[int]:
        return self.matrix_model.reports(row, col)

    def retranslate(self) -> None:
        lang = self._lang()
        self.heading.setText(self.tr("Organisations × themes"))
        self.hint.setText(self.tr(
            "The weighted score of each theme over the newest report of each of an "
            "organisation's assessments. Double-click a cell to see its reports."))
        self.legend.setText("  ".join(
            f"<span style='background:#{colour}'>&nbsp;{label('cell', status, lang)}&nbsp;</span>"
            for status, colour in CELL_FILLS.items()))
        self.table.setAccessibleName(self.tr("Organisations by themes"))
        model = self.matrix_model
        if model.matrix.organisations:
            model.set_matrix(model.matrix, model.texts, lang)


class GapsView(_TitledView):
    """The critical gaps found most often: item → units → count."""

    def __init__(self, lang: Callable[[], str], parent: QWidget | None = None) -> None:
        self.rows_model = TableModel()
        super().__init__(lang, "frequentGaps", self.rows_model, parent)
        self.gaps: list[FrequentGap] = []
        self.texts = PackTexts(())
        self.retranslate()

    def show_gaps(self, gaps: list[FrequentGap], texts: PackTexts) -> None:
        self.gaps, self.texts = gaps, texts
        self.rows_model.set_table(core_tables.gaps_table(gaps, texts, self._lang()))
        fit_columns(self.table, 420)

    def reports_at(self, row: int, col: int) -> Sequence[int]:
        return self.gaps[row].reports if 0 <= row < len(self.gaps) else ()

    def retranslate(self) -> None:
        self.heading.setText(self.tr("The most frequent critical gaps"))
        self.hint.setText(self.tr(
            "Critical gaps in the newest report of each assessment, the most frequent first. "
            "Double-click a row to see the reports that have it."))
        self.table.setAccessibleName(self.tr("Frequent critical gaps"))
        if self.gaps:
            self.show_gaps(self.gaps, self.texts)


class HistoryView(_TitledView):
    """Every version of one assessment: score, grade, gaps opened and closed."""

    def __init__(self, lang: Callable[[], str], parent: QWidget | None = None) -> None:
        self.rows_model = TableModel()
        super().__init__(lang, "reportHistory", self.rows_model, parent)
        self.steps: list[HistoryStep] = []
        self.table.setSortingEnabled(False)
        self.retranslate()

    def show_history(self, steps: list[HistoryStep]) -> None:
        self.steps = steps
        self.rows_model.set_table(core_tables.history_table(steps, self._lang()))
        fit_columns(self.table)
        self._heading()

    def reports_at(self, row: int, col: int) -> Sequence[int]:
        return (self.steps[row].row.id,) if 0 <= row < len(self.steps) else ()

    def _heading(self) -> None:
        if self.steps:
            first = self.steps[0].row
            self.heading.setText(self.tr("History: %1 / %2").replace(
                "%1", first.organisation).replace("%2", first.system_name))
        else:
            self.heading.setText(self.tr("History"))

    def retranslate(self) -> None:
        self._heading()
        self.hint.setText(self.tr(
            "Select a report in the register and choose “History of this assessment”. "
            "Every version received, oldest first, with the critical gaps each one opened "
            "and closed."))
        self.table.setAccessibleName(self.tr("Versions of the assessment"))
        if self.steps:
            self.show_history(self.steps)


class CompareView(_TitledView):
    """Two reports item by item: improved, regressed, unchanged, new."""

    def __init__(self, lang: Callable[[], str], parent: QWidget | None = None) -> None:
        self.rows_model = TableModel()
        super().__init__(lang, "reportComparison", self.rows_model, parent)
        self.comparison: Comparison | None = None
        self.texts = PackTexts(())
        self.summary = QLabel()
        self.summary.setObjectName("comparisonSummary")
        self.summary.setWordWrap(True)
        self.show_unchanged = QCheckBox()
        self.show_unchanged.setObjectName("comparisonShowUnchanged")
        self.show_unchanged.toggled.connect(lambda _: self._refill())
        row = QHBoxLayout()
        row.addWidget(self.summary, 1)
        row.addWidget(self.show_unchanged)
        self.layout_.insertLayout(2, row)
        self.retranslate()

    def show_comparison(self, comparison: Comparison, texts: PackTexts) -> None:
        self.comparison, self.texts = comparison, texts
        self._refill()

    def visible_table(self) -> Table:
        """The comparison as shown (unchanged items only when asked for)."""
        return self.rows_model.table

    def _refill(self) -> None:
        comparison = self.comparison
        if comparison is None:
            return
        lang = self._lang()
        table = core_tables.comparison_table(comparison, self.texts, lang)
        if not self.show_unchanged.isChecked():
            keep = [i for i, change in enumerate(comparison.changes) if change.kind != "unchanged"]
            table = Table(table.title, table.headers, [table.rows[i] for i in keep],
                          {(n, col): fill for n, i in enumerate(keep) for (row, col), fill
                           in table.fills.items() if row == i}, table.widths)
        self.rows_model.set_table(table)
        fit_columns(self.table, 520)
        self._describe()

    def _describe(self) -> None:
        comparison = self.comparison
        if comparison is None:
            self.heading.setText(self.tr("Comparison"))
            self.summary.setText("")
            return
        lang = self._lang()
        older, newer = comparison.older, comparison.newer
        self.heading.setText(self.tr("Comparison: %1 / %2").replace(
            "%1", newer.organisation).replace("%2", newer.system_name))
        counts = "  ".join(f"{label('change', kind, lang)} {count}"
                           for kind, count in comparison.counts().items() if count)
        text = self.tr("#%1 (version %2, signed %3) → #%4 (version %5, signed %6)").replace(
            "%1", str(older.id)).replace("%2", str(older.version)).replace(
            "%3", local_time(older.signing_time)).replace("%4", str(newer.id)).replace(
            "%5", str(newer.version)).replace("%6", local_time(newer.signing_time))
        text += "<br>" + counts
        if not comparison.same_assessment:
            text += "<br>" + self.tr("Note: these reports are of different assessments.")
        self.summary.setText(text)

    def retranslate(self) -> None:
        self.hint.setText(self.tr(
            "Select two reports in the register (or one, to compare it with the version "
            "before it) and choose “Compare…”. The older report is on the left."))
        self.show_unchanged.setText(self.tr("Show unchanged items"))
        self.table.setAccessibleName(self.tr("Items compared"))
        if self.comparison is not None:
            self._refill()
        else:
            self._describe()
