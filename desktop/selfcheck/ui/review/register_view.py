"""The register view: search and filters, the table of reports, the selected report's
details, and the buttons for its history, a comparison and removal."""

from __future__ import annotations

import html
from collections.abc import Callable, Iterable

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from selfcheck.core.review import RegisterEntry
from selfcheck.core.review.labels import column, label
from selfcheck.core.review.tables import local_time
from selfcheck.core.scoring import Verdict
from selfcheck.core.text import colon, in_brackets, shown
from selfcheck.ui.i18n import FollowsLanguage
from selfcheck.ui.review.register_model import ORGANISATION, RegisterFilter, RegisterModel
from selfcheck.ui.review.table_model import fit_columns
from selfcheck.ui.style import set_role
from selfcheck.ui.widgets import list_table


class RegisterView(FollowsLanguage, QWidget):
    """The reports in the register, filtered and sorted; details of the selected one."""

    historyRequested = Signal(int)
    compareRequested = Signal(int, int)
    removeRequested = Signal(list)

    def __init__(self, lang: Callable[[], str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._lang = lang
        self.model = RegisterModel(lang())
        self.proxy = RegisterFilter(self.model)
        self.search = QLineEdit()
        self.search.setObjectName("registerSearch")
        self.search.setClearButtonEnabled(True)
        self.verdict = QComboBox()
        self.verdict.setObjectName("registerVerdict")
        self.latest = QCheckBox()
        self.latest.setObjectName("registerLatestOnly")
        self.latest.setChecked(True)
        self.with_notes = QCheckBox()
        self.with_notes.setObjectName("registerNotesOnly")
        self.count = QLabel()
        set_role(self.count, "mutedLabel")
        self.chosen = QLabel()
        set_role(self.chosen, "openQuestionsHint")
        self.show_all = QPushButton()
        self.show_all.setObjectName("registerShowAll")
        self.table = self._make_table()
        self.details = QTextBrowser()
        self.details.setObjectName("registerDetails")
        self.details.setOpenLinks(False)
        self.history_button = QPushButton()
        self.history_button.setObjectName("registerHistory")
        self.compare_button = QPushButton()
        self.compare_button.setObjectName("registerCompare")
        self.remove_button = QPushButton()
        self.remove_button.setObjectName("registerRemove")
        self._lay_out()
        self._connect()
        self.retranslate()
        self._set_chosen(None)

    def _make_table(self) -> QTableView:
        table = list_table("registerTable", self.proxy)
        table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        table.horizontalHeader().setStretchLastSection(True)
        table.sortByColumn(ORGANISATION, Qt.SortOrder.AscendingOrder)
        return table

    def _lay_out(self) -> None:
        filters = QHBoxLayout()
        filters.addWidget(self.search, 3)
        filters.addWidget(self.verdict, 1)
        filters.addWidget(self.latest)
        filters.addWidget(self.with_notes)
        filters.addWidget(self.count)
        chosen = QHBoxLayout()
        chosen.addWidget(self.chosen, 1)
        chosen.addWidget(self.show_all)
        buttons = QHBoxLayout()
        buttons.addWidget(self.history_button)
        buttons.addWidget(self.compare_button)
        buttons.addStretch(1)
        buttons.addWidget(self.remove_button)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setObjectName("registerSplitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.details)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addLayout(chosen)
        layout.addWidget(self.splitter, 1)
        layout.addLayout(buttons)

    def _connect(self) -> None:
        self.search.textChanged.connect(self._search_changed)
        self.verdict.currentIndexChanged.connect(self._options_changed)
        self.latest.toggled.connect(self._options_changed)
        self.with_notes.toggled.connect(self._options_changed)
        self.show_all.clicked.connect(lambda: self._set_chosen(None))
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.table.doubleClicked.connect(self._open_history)
        self.history_button.clicked.connect(self._history_clicked)
        self.compare_button.clicked.connect(self._compare_clicked)
        self.remove_button.clicked.connect(
            lambda: self.removeRequested.emit([e.row.id for e in self.selected()]))
        self.proxy.rowsInserted.connect(self._update_count)
        self.proxy.rowsRemoved.connect(self._update_count)
        self.proxy.modelReset.connect(self._update_count)
        self.proxy.layoutChanged.connect(self._update_count)

    # -- texts -------------------------------------------------------------------------

    def retranslate(self) -> None:
        lang = self._lang()
        self.model.set_language(lang)
        self.search.setPlaceholderText(self.tr(
            "Search: organisation, system, signer, verdict, notes… (Chinese or English)"))
        self.search.setAccessibleName(self.tr("Search the register"))
        current = self.verdict.currentData()
        self.verdict.blockSignals(True)
        self.verdict.clear()
        self.verdict.addItem(self.tr("All verdicts"), "")
        for verdict in Verdict:
            self.verdict.addItem(label("verdict", verdict.value, lang), verdict.value)
        self.verdict.setCurrentIndex(max(0, self.verdict.findData(current or "")))
        self.verdict.blockSignals(False)
        self.verdict.setAccessibleName(self.tr("Verdict"))
        self.latest.setText(self.tr("Newest version of each assessment only"))
        self.with_notes.setText(self.tr("Only reports with notes"))
        self.show_all.setText(self.tr("Show all reports"))
        self.table.setAccessibleName(self.tr("Registered reports"))
        self.details.setAccessibleName(self.tr("Details of the selected report"))
        self.history_button.setText(self.tr("History of this assessment"))
        self.compare_button.setText(self.tr("Compare…"))
        self.compare_button.setToolTip(self.tr(
            "Two reports selected: compare them. One selected: compare it with the "
            "version before it."))
        self.remove_button.setText(self.tr("Remove from register…"))
        self.remove_button.setToolTip(self.tr("The report leaves the register; its file is "
                                              "not touched"))
        self._update_count()
        self._show_details()

    # -- the rows ----------------------------------------------------------------------

    def set_entries(self, entries: list[RegisterEntry]) -> None:
        """Show a freshly read register, keeping the selection where it can."""
        kept = [e.row.id for e in self.selected()]
        first = self.model.rowCount() == 0
        self.model.set_entries(entries)
        if first:
            fit_columns(self.table, 220)
        self.select_reports(kept)
        self._update_count()

    def selected(self) -> list[RegisterEntry]:
        found = []
        for index in self.table.selectionModel().selectedRows():
            entry = self.proxy.entry_at(index)
            if entry is not None:
                found.append(entry)
        return found

    def select_reports(self, report_ids: Iterable[int]) -> None:
        selection = self.table.selectionModel()
        selection.clearSelection()
        first = True
        for report_id in report_ids:
            row = self.model.row_of(report_id)
            if row < 0:
                continue
            index = self.proxy.mapFromSource(self.model.index(row, 0))
            if not index.isValid():
                continue
            flags = selection.SelectionFlag.Select | selection.SelectionFlag.Rows
            if first:
                self.table.setCurrentIndex(index)
                first = False
            selection.select(index, flags)
        self._selection_changed()

    def show_reports(self, report_ids: Iterable[int] | None) -> None:
        """Show only these reports (from a cell or row of another view), or all again."""
        self._set_chosen(report_ids)

    def _set_chosen(self, report_ids: Iterable[int] | None) -> None:
        ids = list(report_ids) if report_ids is not None else None
        self.proxy.set_report_ids(ids)
        visible = ids is not None
        self.chosen.setVisible(visible)
        self.show_all.setVisible(visible)
        if visible:
            self.chosen.setText(self.tr("Showing the %n report(s) chosen in another view.", "",
                                        len(ids or ())))
        self._update_count()

    def _search_changed(self, text: str) -> None:
        self.proxy.set_query(text)
        self._update_count()

    def _options_changed(self, *_: object) -> None:
        verdict = self.verdict.currentData()
        self.proxy.set_options(verdicts=[verdict] if verdict else [],
                               latest_only=self.latest.isChecked(),
                               notes_only=self.with_notes.isChecked())
        self._update_count()

    def _update_count(self, *_: object) -> None:
        self.count.setText(self.tr("%1 of %2 reports").replace(
            "%1", str(self.proxy.rowCount())).replace("%2", str(self.model.rowCount())))

    def _selection_changed(self, *_: object) -> None:
        chosen = self.selected()
        self.history_button.setEnabled(len(chosen) == 1)
        self.compare_button.setEnabled(len(chosen) == 2 or (
            len(chosen) == 1 and chosen[0].row.version > 1))
        self.remove_button.setEnabled(bool(chosen))
        self._show_details()

    def _open_history(self, index: QModelIndex) -> None:
        entry = self.proxy.entry_at(index)
        if entry is not None:
            self.historyRequested.emit(entry.row.id)

    def _history_clicked(self) -> None:
        chosen = self.selected()
        if len(chosen) == 1:
            self.historyRequested.emit(chosen[0].row.id)

    def _compare_clicked(self) -> None:
        chosen = self.selected()
        if len(chosen) == 2:
            self.compareRequested.emit(chosen[0].row.id, chosen[1].row.id)
        elif len(chosen) == 1:
            self.compareRequested.emit(chosen[0].row.id, 0)  # 0: the version before it

    def _show_details(self, *_: object) -> None:
        chosen = self.selected()
        self.details.setHtml(details_html(chosen[0], self._lang()) if len(chosen) == 1 else "")


def details_html(entry: RegisterEntry, lang: str) -> str:
    """The selected report's details as simple HTML (every text escaped)."""
    row = entry.row

    def e(text: str) -> str:
        return html.escape(shown(text, 300))

    lines = [f"<b>#{row.id} {e(row.organisation)} / {e(row.system_name)}</b>"]
    lines += [f"<span style='color:#b26a00'>⚠ {e(note.text(lang))}</span>" for note in entry.notes]
    pairs = [
        ("verdict", f"{label('verdict', row.verdict, lang)} · {row.percent:.1f}% · "
         f"{column('gaps', lang)} {row.critical_gaps}"),
        ("signer", row.signer), ("signer_org", row.signer_organisation or "—"),
        ("signed_at", local_time(row.signing_time)), ("received_at", local_time(row.received_at)),
        ("pack", f"{entry.pack_name(lang)}{in_brackets(row.pack_label, lang)}"),
        ("version", f"{row.version}/{row.versions}"), ("file", row.source_path),
        ("sha256", row.file_sha256), ("uid", row.assessment_uid),
    ]
    lines += [f"{e(column(key, lang))}{colon(lang)}{e(value)}" for key, value in pairs]
    return "<br>".join(lines)
