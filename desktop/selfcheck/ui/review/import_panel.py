"""The import strip of the register window: progress with a cancel button while files are
checked, then what became of them, with every rejected file and its reason."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from selfcheck.core.review import ImportProgress, ImportSummary
from selfcheck.core.review.export import Table
from selfcheck.ui.i18n import FollowsLanguage
from selfcheck.ui.review.table_model import TableModel
from selfcheck.ui.style import item_view, progress_bar, set_role


class ImportPanel(FollowsLanguage, QWidget):
    """Progress of the running import, or the outcome of the last one."""

    cancelRequested = Signal()
    closeRequested = Signal()

    def __init__(self, lang: Callable[[], str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._lang = lang
        self.summary: ImportSummary | None = None
        self.bar = QProgressBar()
        self.bar.setObjectName("importProgress")
        progress_bar(self.bar)
        self.status = QLabel()
        self.status.setObjectName("importStatus")
        self.status.setWordWrap(True)
        self.cancel_button = QPushButton()
        self.cancel_button.setObjectName("importCancel")
        self.close_button = QPushButton()
        self.close_button.setObjectName("importClose")
        self.rejected_model = TableModel()
        self.rejected = QTableView()
        self.rejected.setObjectName("importRejected")
        self.rejected.setModel(self.rejected_model)
        item_view(self.rejected)
        self.rejected.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.rejected.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.rejected.verticalHeader().setVisible(False)
        self.rejected.horizontalHeader().setStretchLastSection(True)
        self.rejected.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        set_role(self.status, "mutedLabel")
        top = QHBoxLayout()
        top.addWidget(self.bar, 2)
        top.addWidget(self.status, 3)
        top.addWidget(self.cancel_button)
        top.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.rejected)
        self.cancel_button.clicked.connect(self.cancelRequested)
        self.close_button.clicked.connect(self.closeRequested)
        self.retranslate()
        self.setVisible(False)

    def start(self) -> None:
        """An import begins: progress, the cancel button, no old outcome."""
        self.summary = None
        self.bar.setRange(0, 0)
        self.bar.setVisible(True)
        self.cancel_button.setVisible(True)
        self.cancel_button.setEnabled(True)
        self.close_button.setVisible(False)
        self.rejected.setVisible(False)
        self.status.setText(self.tr("Looking for reports…"))
        self.setVisible(True)

    def show_progress(self, step: ImportProgress) -> None:
        if step.total:
            self.bar.setRange(0, step.total)
            self.bar.setValue(step.done)
            self.status.setText(self.tr("Checked %1 of %2 files: %3 added, %4 already "
                                        "registered, %5 rejected").replace(
                "%1", str(step.done)).replace("%2", str(step.total)).replace(
                "%3", str(step.added)).replace("%4", str(step.duplicates)).replace(
                "%5", str(step.rejected)))

    def cancelling(self) -> None:
        self.cancel_button.setEnabled(False)
        self.status.setText(self.tr("Cancelling… the reports registered so far stay."))

    def finish(self, summary: ImportSummary) -> None:
        """Show what became of the files (the rejected ones with their reasons)."""
        self.summary = summary
        self.bar.setVisible(False)
        self.cancel_button.setVisible(False)
        self.close_button.setVisible(True)
        self._describe()
        self.setVisible(True)

    def _describe(self) -> None:
        summary = self.summary
        if summary is None:
            return
        text = self.tr("%1 added, %2 already in the register, %3 rejected; %4 other files in "
                       "the folders skipped.").replace("%1", str(len(summary.added))).replace(
            "%2", str(len(summary.duplicates))).replace("%3", str(len(summary.rejected))).replace(
            "%4", str(summary.skipped))
        if summary.cancelled:
            text += " " + self.tr("Cancelled: %1 files were not checked.").replace(
                "%1", str(summary.not_checked))
        self.status.setText(text)
        lang = self._lang()
        self.rejected_model.set_table(Table("", [self.tr("Rejected file"), self.tr("Reason")], [
            (outcome.path, outcome.localized_reason(lang)) for outcome in summary.rejected]))
        self.rejected.setVisible(bool(summary.rejected))
        self.rejected.horizontalHeader().resizeSection(0, 420)
        rows = min(len(summary.rejected), 4)
        self.rejected.setFixedHeight(self.rejected.horizontalHeader().height() + 4 + sum(
            self.rejected.rowHeight(row) for row in range(rows)))

    def retranslate(self) -> None:
        self.cancel_button.setText(self.tr("Cancel import"))
        self.close_button.setText(self.tr("Hide"))
        self.rejected.setAccessibleName(self.tr("Files not registered, with the reason"))
        self._describe()
