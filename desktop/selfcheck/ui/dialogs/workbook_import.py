"""File → Import answers from a workbook…: a returned questionnaire, previewed item by
item before anything is saved: each new answer and each conflict (the current answer and
the workbook's side by side) with a tick to apply it, the rows with problems, and who
filled it in (recorded with every answer saved). New answers are ticked, conflicts are
not: the current answer stays unless the user takes the workbook's."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from selfcheck.core.collection import MergeResult
from selfcheck.core.errors import SelfCheckError
from selfcheck.core.questionnaire import Change, ImportPlan
from selfcheck.core.questionnaire.merge import answer_line
from selfcheck.core.text import colon, shown
from selfcheck.ui.context import AppContext
from selfcheck.ui.i18n import FollowsLanguage
from selfcheck.ui.style import set_role
from selfcheck.ui.tasks import run_collection_task
from selfcheck.ui.widgets import ProblemLabel

CONFLICT_COLOR = "#FCE8E6"


class WorkbookImportDialog(FollowsLanguage, QDialog):
    """Preview a returned questionnaire and apply what the user accepts."""

    def __init__(self, ctx: AppContext, assessment_id: int, path: Path,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.assessment_id = assessment_id
        self.path = path
        self.plan: ImportPlan | None = None
        self.outcome: MergeResult | None = None
        self.setObjectName("workbookImportDialog")
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.table = QTableWidget(0, 5)
        self.table.setObjectName("importTable")
        self.table.setWordWrap(True)
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        header = self.table.horizontalHeader()
        for column, mode in enumerate((QHeaderView.ResizeMode.ResizeToContents,) * 3
                                      + (QHeaderView.ResizeMode.Stretch,) * 2):
            header.setSectionResizeMode(column, mode)
        self.problems = QPlainTextEdit()
        self.problems.setObjectName("importProblems")
        self.problems.setReadOnly(True)
        self.problems.setMaximumHeight(110)
        self.problems_label = QLabel()
        self.supplied_by = QLineEdit()
        self.supplied_by.setObjectName("suppliedBy")
        self.supplied_role = QLineEdit()
        self.supplied_role.setObjectName("suppliedRole")
        self.captions = {key: QLabel() for key in ("by", "role")}
        self.problem = ProblemLabel()
        self.buttons = QDialogButtonBox()
        self.apply_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.apply_button.setObjectName("applyImportButton")
        self.apply_button.setEnabled(False)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.apply_button.clicked.connect(self.apply)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.captions["by"], self.supplied_by)
        form.addRow(self.captions["role"], self.supplied_role)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.problems_label)
        layout.addWidget(self.problems)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.resize(1080, 680)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Import answers from a workbook"))
        self.table.setHorizontalHeaderLabels([
            self.tr("Apply"), self.tr("Item"), self.tr("Change"), self.tr("Current answer"),
            self.tr("Answer in the workbook")])
        self.problems_label.setText(self.tr("Rows that cannot be imported:"))
        self.captions["by"].setText(self.tr("Filled in by:"))
        self.captions["role"].setText(self.tr("Department / role:"))
        self.apply_button.setText(self.tr("Apply the ticked answers"))
        if self.plan is None:
            self.summary.setText(self.tr("Reading %1…").replace("%1", self.path.name))
        else:
            self._show(self.plan)

    def load(self) -> None:
        """Read and compare the workbook in the background (nothing is written)."""
        collection, assessment_id, path = self.ctx.collection, self.assessment_id, self.path

        def failed(error: BaseException) -> None:
            if isinstance(error, SelfCheckError):
                self.summary.setText(error.localized(self.ctx.lang))
                set_role(self.summary, "inlineError")
            else:
                self.ctx.errors.report(error, self)

        run_collection_task(lambda _progress: collection.questionnaires.preview(
            assessment_id, path), on_finished=self._loaded, on_failed=failed)

    def _loaded(self, plan: ImportPlan) -> None:
        self.plan = plan
        self.supplied_by.setText(plan.supplied_by)
        self.supplied_role.setText(plan.supplied_role)
        self._show(plan)

    def _show(self, plan: ImportPlan) -> None:
        lang = self.ctx.lang
        counts = plan.counts()
        self.summary.setText(self.tr(
            "%1: %2 new answer(s), %3 conflict(s) with the current answers, %4 unchanged, "
            "%5 row(s) with problems. Nothing is saved until you apply the ticked answers.")
            .replace("%1", shown(plan.file_name)).replace("%2", str(counts["new"]))
            .replace("%3", str(counts["conflict"])).replace("%4", str(counts["unchanged"]))
            .replace("%5", str(counts["problems"])))
        shown_entries = plan.of(Change.NEW) + plan.of(Change.CONFLICT)
        ticked = self.ticked_items() if self.table.rowCount() else plan.default_accepted()
        self.table.setRowCount(len(shown_entries))
        words = {Change.NEW: self.tr("new answer"), Change.CONFLICT: self.tr("conflict")}
        for row, entry in enumerate(shown_entries):
            tick = QTableWidgetItem()
            tick.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
            tick.setCheckState(Qt.CheckState.Checked if entry.item_id in ticked
                               else Qt.CheckState.Unchecked)
            tick.setData(Qt.ItemDataRole.UserRole, entry.item_id)
            cells = [tick, QTableWidgetItem(entry.item_id), QTableWidgetItem(words[entry.change]),
                     QTableWidgetItem(answer_line(entry.current, lang)),
                     QTableWidgetItem(answer_line(entry.incoming, lang))]
            for column, cell in enumerate(cells):
                if column:
                    cell.setFlags(Qt.ItemFlag.ItemIsEnabled)
                if entry.change is Change.CONFLICT:
                    cell.setBackground(QColor(CONFLICT_COLOR))
                self.table.setItem(row, column, cell)
        self.table.resizeRowsToContents()
        self.problems.setPlainText("\n".join(
            self.tr("Row %1 (%2)").replace("%1", str(problem.row))
            .replace("%2", shown(problem.item_id) or "-") + colon(lang) + problem.localized(lang)
            for problem in plan.problems))
        self.problems.setVisible(bool(plan.problems))
        self.problems_label.setVisible(bool(plan.problems))
        self.apply_button.setEnabled(bool(shown_entries))

    def ticked_items(self) -> set[str]:
        """The items ticked to apply."""
        ticked = set()
        for row in range(self.table.rowCount()):
            tick = self.table.item(row, 0)
            if tick is not None and tick.checkState() == Qt.CheckState.Checked:
                ticked.add(str(tick.data(Qt.ItemDataRole.UserRole)))
        return ticked

    def apply(self) -> None:
        plan = self.plan
        if plan is None:
            return
        accepted = self.ticked_items()
        if not accepted:
            self.problem.show_problem(self.tr("Tick the answers to apply, or cancel."))
            return
        collection = self.ctx.collection
        by, role = self.supplied_by.text(), self.supplied_role.text()
        self.apply_button.setEnabled(False)

        def done(result: MergeResult) -> None:
            self.outcome = result
            self.accept()

        def failed(error: BaseException) -> None:
            self.apply_button.setEnabled(True)
            self.problem.show_failure(error, self.ctx.lang,
                                      lambda bug: self.ctx.errors.report(bug, self))

        run_collection_task(lambda _progress: collection.questionnaires.apply(
            plan, sorted(accepted), supplied_by=by, supplied_role=role),
            on_finished=done, on_failed=failed)
