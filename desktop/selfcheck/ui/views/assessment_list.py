"""The start view: the table of assessments with New, Open, Duplicate, Archive and search."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from selfcheck.core.errors import SelfCheckError
from selfcheck.core.model import Sector
from selfcheck.ui.context import AppContext
from selfcheck.ui.i18n import FollowsLanguage
from selfcheck.ui.models.assessments import (
    AssessmentFilterProxy,
    AssessmentRow,
    AssessmentTableModel,
    Column,
)
from selfcheck.ui.style import set_role
from selfcheck.ui.widgets import ProgressDelegate, list_table


class AssessmentListView(FollowsLanguage, QWidget):
    """Lists the assessments; emits what the user wants to do with them."""

    openRequested = Signal(int)
    newRequested = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("assessmentList")

        self.title = QLabel()
        set_role(self.title, "viewTitle")
        self.new_button = QPushButton()
        self.new_button.setObjectName("newAssessmentButton")
        self.new_button.setDefault(False)
        self.open_button = QPushButton()
        self.duplicate_button = QPushButton()
        self.archive_button = QPushButton()
        self.search = QLineEdit()
        self.search.setObjectName("assessmentSearch")
        self.search.setClearButtonEnabled(True)
        self.sector = QComboBox()
        self.sector.setObjectName("sectorFilter")
        self.show_archived = QCheckBox()
        self.show_archived.setChecked(ctx.settings.show_archived)
        self.count_label = QLabel()
        set_role(self.count_label, "mutedLabel")

        self.model = AssessmentTableModel(self)
        self.proxy = AssessmentFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = list_table("assessmentTable", self.proxy)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() * 2 + 6)
        self.table.setItemDelegateForColumn(Column.PROGRESS, ProgressDelegate(self.table))
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(Column.SYSTEM, QHeaderView.ResizeMode.Stretch)
        self.table.sortByColumn(Column.CHANGED, Qt.SortOrder.DescendingOrder)
        self.empty_label = QLabel()
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        set_role(self.empty_label, "emptyLabel")
        self.empty_label.setWordWrap(True)

        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.duplicate_button)
        buttons.addWidget(self.archive_button)
        buttons.addSpacing(16)
        buttons.addWidget(self.search, 1)
        buttons.addWidget(self.sector)
        buttons.addWidget(self.show_archived)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(10)
        head = QHBoxLayout()
        head.addWidget(self.title)
        head.addStretch(1)
        head.addWidget(self.count_label)
        layout.addLayout(head)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        # with no assessments the message takes the table's place: the title and the
        # buttons stay at the top
        layout.addWidget(self.empty_label, 1)

        self.new_button.clicked.connect(self.newRequested)
        self.open_button.clicked.connect(self._open_selected)
        self.duplicate_button.clicked.connect(self._duplicate_selected)
        self.archive_button.clicked.connect(self._archive_selected)
        self.search.textChanged.connect(self._search_changed)
        self.sector.currentIndexChanged.connect(self._sector_changed)
        self.show_archived.toggled.connect(self._archived_toggled)
        self.table.activated.connect(lambda index: self._open_row(index.row()))
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)

        self.setTabOrder(self.new_button, self.open_button)
        self.setTabOrder(self.open_button, self.duplicate_button)
        self.setTabOrder(self.duplicate_button, self.archive_button)
        self.setTabOrder(self.archive_button, self.search)
        self.setTabOrder(self.search, self.sector)
        self.setTabOrder(self.sector, self.show_archived)
        self.setTabOrder(self.show_archived, self.table)

        self.retranslate()
        self.refresh()

    # -- language --------------------------------------------------------------


    def retranslate(self) -> None:
        lang = self.ctx.lang
        self.title.setText(self.tr("Assessments"))
        self.new_button.setText(self.tr("New assessment…"))
        self.new_button.setToolTip(QKeySequence(QKeySequence.StandardKey.New).toString(
            QKeySequence.SequenceFormat.NativeText))
        self.open_button.setText(self.tr("Open"))
        self.duplicate_button.setText(self.tr("Duplicate"))
        self._update_buttons()
        self.search.setPlaceholderText(self.tr("Search organisation, AI system, assessor…"))
        self.search.setAccessibleName(self.tr("Search assessments"))
        self.sector.setAccessibleName(self.tr("Filter by sector"))
        self.table.setAccessibleName(self.tr("Assessments"))
        current = self.sector.currentData()
        self.sector.blockSignals(True)
        self.sector.clear()
        self.sector.addItem(self.tr("All sectors"), "")
        for sector in Sector:
            self.sector.addItem(sector.label(lang), sector.value)
        index = self.sector.findData(current or "")
        self.sector.setCurrentIndex(max(0, index))
        self.sector.blockSignals(False)
        self.show_archived.setText(self.tr("Show archived"))
        self.empty_label.setText(self.tr(
            "No assessments yet. Choose “New assessment…” to start your first self-check."))
        self.model.set_language(lang)
        self._update_count()
        self._fit_columns()

    # -- content ---------------------------------------------------------------

    def refresh(self, select_id: int | None = None) -> None:
        """Reload the list from the collection, keeping (or setting) the selection."""
        if select_id is None:
            select_id = self.selected_id()
        try:
            overviews = self.ctx.collection.overviews(include_archived=True)
        except SelfCheckError as exc:
            self.ctx.errors.report(exc, self)
            overviews = []
        rows = [AssessmentRow.from_overview(o) for o in overviews]
        if not self.show_archived.isChecked():
            rows = [r for r in rows if not r.archived]
        self.model.set_rows(rows)
        self._update_count()
        self._fit_columns()
        if select_id is not None:
            self.select(select_id)
        elif self.proxy.rowCount():
            self.table.selectRow(0)
        self._update_buttons()

    def select(self, assessment_id: int) -> None:
        for row in range(self.proxy.rowCount()):
            if self.proxy.assessment_id(row) == assessment_id:
                self.table.selectRow(row)
                self.table.scrollTo(self.proxy.index(row, 0))
                return

    def selected_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return self.proxy.assessment_id(rows[0].row()) if rows else None

    def selected_row(self) -> AssessmentRow | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        return self.model.row_at(self.proxy.mapToSource(rows[0]).row())

    def _fit_columns(self) -> None:
        if not self.model.rowCount():  # no assessments: the message stands in the table's place
            return
        metrics = self.table.fontMetrics()
        header = self.table.horizontalHeader()
        widths = {Column.ORGANISATION: 200, Column.SECTOR: 150, Column.PACK: 160,
                  Column.GRADE: 90, Column.PROGRESS: 150, Column.VERDICT: 110,
                  Column.CHANGED: 130}
        for column, minimum in widths.items():
            texts = [str(self.proxy.index(r, column).data() or "")
                     for r in range(min(self.proxy.rowCount(), 200))]
            if column == Column.PROGRESS:
                texts = [t + "  (100%)" for t in texts]
            texts.append(str(self.model.headerData(column, Qt.Orientation.Horizontal) or ""))
            wanted = max(metrics.horizontalAdvance(t) for t in texts) + 40
            limit = {Column.ORGANISATION: 320, Column.SECTOR: 280, Column.PACK: 330}.get(
                column, 260)
            header.resizeSection(column, max(min(wanted, limit), minimum // 2))

    def _update_count(self) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        self.count_label.setText(self.tr("%1 of %2 shown").replace("%1", str(shown))
                                 .replace("%2", str(total)) if shown != total
                                 else self.tr("%n assessment(s)", "", total))
        self.empty_label.setVisible(total == 0)
        self.table.setVisible(total > 0)

    def _update_buttons(self) -> None:
        row = self.selected_row()
        self.open_button.setEnabled(row is not None)
        self.duplicate_button.setEnabled(row is not None)
        self.archive_button.setEnabled(row is not None and not row.read_only)
        self.archive_button.setText(self.tr("Unarchive") if row is not None and row.archived
                                    else self.tr("Archive"))

    # -- actions ---------------------------------------------------------------

    def _search_changed(self, text: str) -> None:
        self.proxy.set_search(text)
        self._update_count()

    def _sector_changed(self) -> None:
        self.proxy.set_sector(str(self.sector.currentData() or ""))
        self._update_count()

    def _archived_toggled(self, checked: bool) -> None:
        self.ctx.settings.show_archived = checked
        self.refresh()

    def _open_row(self, proxy_row: int) -> None:
        assessment_id = self.proxy.assessment_id(proxy_row)
        if assessment_id is not None:
            self.openRequested.emit(assessment_id)

    def _open_selected(self) -> None:
        assessment_id = self.selected_id()
        if assessment_id is not None:
            self.openRequested.emit(assessment_id)

    def open_selected(self) -> bool:
        """Open the selected assessment (File → Open); False when none is selected."""
        if self.selected_id() is None:
            return False
        self._open_selected()
        return True

    def _duplicate_selected(self) -> None:
        assessment_id = self.selected_id()
        if assessment_id is None:
            return
        try:
            new_id = self.ctx.collection.duplicate(assessment_id)
        except SelfCheckError as exc:
            self.ctx.errors.report(exc, self)
            return
        self.refresh(select_id=new_id)

    def _archive_selected(self) -> None:
        row = self.selected_row()
        if row is None:
            return
        try:
            self.ctx.collection.set_archived(row.id, not row.archived)
        except SelfCheckError as exc:
            self.ctx.errors.report(exc, self)
            return
        self.refresh(select_id=row.id)
