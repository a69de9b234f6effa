"""The item list of the workspace: the filter bar over the items table (a view of the
session through :class:`ItemTableModel` and :class:`ItemFilterProxy`)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QStyledItemDelegate,
    QVBoxLayout,
    QWidget,
)

from selfcheck.core.answers import Status
from selfcheck.ui import icons
from selfcheck.ui.models.items import ItemColumn, ItemFilter, ItemFilterProxy, ItemTableModel
from selfcheck.ui.style import set_role
from selfcheck.ui.views.detail.answer_form import ANSWER_STATUSES
from selfcheck.ui.widgets import HighlightDelegate, MarksDelegate, list_table

translate = QCoreApplication.translate


class ItemListPanel(QWidget):
    """Search, status and mark filters, the count shown, and the items table."""

    #: A filter control changed.
    filtersChanged = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.search = QLineEdit()
        self.search.setObjectName("itemSearch")
        self.search.setClearButtonEnabled(True)
        self.status_filter = QComboBox()
        self.status_filter.setObjectName("statusFilter")
        self.flagged_filter = QCheckBox()
        self.flagged_filter.setObjectName("flaggedFilter")
        self.critical_filter = QCheckBox()
        self.critical_filter.setObjectName("criticalFilter")
        self.review_filter = QCheckBox()
        self.review_filter.setObjectName("reviewFilter")
        self.count_label = QLabel()
        set_role(self.count_label, "mutedLabel")
        filters = QHBoxLayout()
        filters.setSpacing(8)
        filters.addWidget(self.search, 1)
        filters.addWidget(self.status_filter)
        marks = QHBoxLayout()
        marks.setSpacing(12)
        for box in self._mark_boxes():
            marks.addWidget(box)
        marks.addStretch(1)
        marks.addWidget(self.count_label)

        self.model = ItemTableModel(self)
        self._lang = "zh"
        self.model.modelReset.connect(lambda: self._fit_columns(self._lang))
        self.proxy = ItemFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = list_table("itemTable", self.proxy)
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        vheader = self.table.verticalHeader()
        vheader.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vheader.setDefaultSectionSize(self.fontMetrics().height() + 12)
        hheader = self.table.horizontalHeader()
        hheader.setSectionResizeMode(ItemColumn.QUESTION, QHeaderView.ResizeMode.Stretch)
        self.table.setItemDelegateForColumn(ItemColumn.MARKS, MarksDelegate(self.table))
        # The text columns get the highlighting delegate only while a search is typed:
        # a delegate written in Python costs every cell's painting a call into Python.
        self._highlight = HighlightDelegate(lambda: self.proxy.item_filter.words(), self.table)
        self._plain = QStyledItemDelegate(self.table)
        self.empty_filter = QLabel()
        set_role(self.empty_filter, "emptyLabel")
        self.empty_filter.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_filter.setVisible(False)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addLayout(filters)
        layout.addLayout(marks)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty_filter)

        self.search.textChanged.connect(self.filtersChanged)
        self.status_filter.currentIndexChanged.connect(self.filtersChanged)
        for box in self._mark_boxes():
            box.toggled.connect(self.filtersChanged)

    def _mark_boxes(self) -> tuple[QCheckBox, QCheckBox, QCheckBox]:
        return self.flagged_filter, self.critical_filter, self.review_filter

    def controls(self) -> list[QWidget]:
        """The filter controls in tab order, then the table."""
        return [self.search, self.status_filter, *self._mark_boxes(), self.table]

    def retranslate(self, lang: str) -> None:
        self.search.setPlaceholderText(translate(
            "WorkspaceView", "Search questions, guidance, notes (Ctrl+F)"))
        self.search.setAccessibleName(translate("WorkspaceView", "Search items"))
        current = self.status_filter.currentData()
        self.status_filter.blockSignals(True)
        self.status_filter.clear()
        self.status_filter.addItem(translate("WorkspaceView", "All statuses"), "")
        for status in (Status.UNANSWERED, *ANSWER_STATUSES):
            self.status_filter.addItem(icons.status_icon(status), status.label(lang),
                                       status.value)
        self.status_filter.setCurrentIndex(max(0, self.status_filter.findData(current or "")))
        self.status_filter.blockSignals(False)
        self.status_filter.setAccessibleName(translate("WorkspaceView", "Filter by status"))
        self.flagged_filter.setText(translate("WorkspaceView", "Flagged for follow-up"))
        self.critical_filter.setText(translate("WorkspaceView", "Critical"))
        self.critical_filter.setToolTip(translate(
            "WorkspaceView", "Items that count as critical at this risk grade"))
        self.review_filter.setText(translate("WorkspaceView", "Awaiting re-review"))
        self.table.setAccessibleName(translate("WorkspaceView", "Items"))
        self.empty_filter.setText(translate("WorkspaceView", "No item matches the filter."))
        self.model.set_language(lang)
        self._lang = lang
        self._fit_columns(lang)

    def _fit_columns(self, lang: str) -> None:
        """Fit the narrow columns to the longest text they show in ``lang``."""
        metrics = self.table.fontMetrics()
        header = self.table.horizontalHeader()
        # the labels of every status, and those of the kept answers of items that no
        # longer apply ("已落实 · 不再适用"), which would otherwise be cut off
        shown = [s.label(lang) for s in Status] + [
            self.model.status_text(row) for row in self.model.rows() if not row.applies]
        longest_status = max(metrics.horizontalAdvance(text) for text in shown)
        header.resizeSection(ItemColumn.ID, metrics.horizontalAdvance("MM-0000") + 40)
        header.resizeSection(ItemColumn.SEVERITY, max(
            metrics.horizontalAdvance(translate("WorkspaceView", "Severity")),
            metrics.horizontalAdvance("Critical ★")) + 24)
        header.resizeSection(ItemColumn.STATUS, max(
            longest_status, metrics.horizontalAdvance(translate("WorkspaceView", "Status"))) + 24)
        header.resizeSection(ItemColumn.MARKS, max(84, metrics.horizontalAdvance(
            translate("WorkspaceView", "Marks")) + 20))

    # -- the filter ------------------------------------------------------------

    def apply_filter(self, item_filter: ItemFilter) -> None:
        """Show the rows ``item_filter`` accepts, with its search words marked."""
        self.proxy.set_filter(item_filter)
        delegate = self._highlight if item_filter.words() else self._plain
        for column in (ItemColumn.ID, ItemColumn.QUESTION):
            if self.table.itemDelegateForColumn(column) is not delegate:
                self.table.setItemDelegateForColumn(column, delegate)

    def current_filter(self, theme: str) -> ItemFilter:
        """The filter the controls describe, within ``theme`` ("" for all)."""
        status = str(self.status_filter.currentData() or "")
        return ItemFilter(
            text=self.search.text(),
            statuses=frozenset({Status(status)}) if status else frozenset(),
            flagged=self.flagged_filter.isChecked(),
            critical=self.critical_filter.isChecked(),
            needs_review=self.review_filter.isChecked(),
            theme=theme,
        )

    def set_status_filter(self, status: Status | None) -> None:
        index = self.status_filter.findData(status.value if status else "")
        self.status_filter.setCurrentIndex(max(0, index))

    def reset_controls(self) -> None:
        """Empty the search and clear the other filters (without announcing it: this
        panel's ``filtersChanged`` is held back, not the controls' own signals — the
        search box hides its clear button on its ``textChanged``)."""
        self.blockSignals(True)
        try:
            self.search.clear()
            self.status_filter.setCurrentIndex(0)
            for box in self._mark_boxes():
                box.setChecked(False)
        finally:
            self.blockSignals(False)

    def update_count(self) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        self.count_label.setText(translate("WorkspaceView", "%1 of %2 items shown").replace(
            "%1", str(shown)).replace("%2", str(total)))
        self.empty_filter.setVisible(shown == 0 and total > 0)

    def select_row(self, row: int, scroll: bool = True) -> None:
        """Make the row ``row`` of the list the current and selected one."""
        index = self.proxy.index(row, 0)
        self.table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows)
        if scroll:
            self.table.scrollTo(index, QAbstractItemView.ScrollHint.EnsureVisible)
