"""The assessment workspace: themes, the item list (model/view) and the item detail,
with the summary in a second tab."""

from __future__ import annotations

import json
import logging
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from selfcheck.core import glossary
from selfcheck.core.answers import Answer, Status, answer_from_dict, answer_to_dict
from selfcheck.core.collection import Assessment
from selfcheck.core.errors import SelfCheckError
from selfcheck.core.scoring import Score, is_effectively_critical, score_assessment
from selfcheck.ui import icons
from selfcheck.ui.context import AppContext
from selfcheck.ui.i18n import FollowsLanguage
from selfcheck.ui.models.assessments import PROGRESS_ROLE
from selfcheck.ui.models.items import (
    ItemColumn,
    ItemFilter,
    ItemFilterProxy,
    ItemRow,
    ItemTableModel,
)
from selfcheck.ui.style import item_view, progress_bar, set_role
from selfcheck.ui.views.item_detail import ANSWER_STATUSES, ItemDetail
from selfcheck.ui.widgets import Badge, MarksDelegate, ProgressDelegate, WrappingDelegate, list_table

if TYPE_CHECKING:  # built on first use: the summary tab is often never opened
    from selfcheck.ui.views.summary import SummaryView

log = logging.getLogger(__name__)

ALL_THEMES = ""


class WorkspaceView(FollowsLanguage, QWidget):
    """Answering one assessment."""

    backRequested = Signal()
    #: The user wants the open assessment upgraded to this pack version.
    upgradeRequested = Signal(int)
    #: The assessment's answers changed (the list view refreshes on return).
    changed = Signal(int)
    #: The summary's "Export signed PDF…" was pressed.
    exportRequested = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("workspace")
        self.assessment: Assessment | None = None
        self.answers: dict[str, Answer] = {}
        self.drafts: dict[str, Answer] = {}
        self.score: Score | None = None
        self._current_item = ""
        self._summary: SummaryView | None = None
        self._build()
        self._shortcuts()
        self.retranslate()

    # -- construction ----------------------------------------------------------

    def _build(self) -> None:
        self.back_button = QPushButton()
        self.back_button.setObjectName("backButton")
        self.title = QLabel()
        set_role(self.title, "viewTitle")
        self.subtitle = QLabel()
        set_role(self.subtitle, "mutedLabel")
        self.grade_badge = Badge()
        set_role(self.grade_badge, "gradeBadge")
        self.verdict_badge = Badge()
        set_role(self.verdict_badge, "verdictBadge")
        self.upgrade_button = QPushButton()
        self.upgrade_button.setObjectName("upgradeButton")
        self.upgrade_button.setVisible(False)
        self.upgrade_button.clicked.connect(
            lambda: self.upgradeRequested.emit(int(self.upgrade_button.property("version"))))
        self.progress = QProgressBar()
        progress_bar(self.progress)
        self.progress.setObjectName("overallProgress")
        self.progress.setTextVisible(True)
        self.progress.setFixedWidth(220)
        head = QHBoxLayout()
        head.setSpacing(10)
        head.addWidget(self.back_button)
        titles = QVBoxLayout()
        titles.setSpacing(0)
        titles.addWidget(self.title)
        titles.addWidget(self.subtitle)
        head.addLayout(titles, 1)
        head.addWidget(self.upgrade_button)
        head.addWidget(self.grade_badge)
        head.addWidget(self.verdict_badge)
        head.addWidget(self.progress)

        # themes
        self.themes = QTreeWidget()
        self.themes.setObjectName("themeList")
        item_view(self.themes)
        self.themes.setColumnCount(2)
        self.themes.setRootIsDecorated(False)
        # long theme names (English ones especially) wrap instead of being cut off
        self.themes.setWordWrap(True)
        self.themes.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.themes.setUniformRowHeights(False)
        self.themes.setItemDelegateForColumn(0, WrappingDelegate(self.themes))
        self.themes.setItemDelegateForColumn(1, ProgressDelegate(self.themes))
        header = self.themes.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Fixed)
        header.resizeSection(1, 96)
        # the rows' heights follow the width of the name column
        header.sectionResized.connect(lambda *_: self.themes.scheduleDelayedItemsLayout())
        self.themes.currentItemChanged.connect(self._theme_chosen)

        # filter bar and items
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
        filters2 = QHBoxLayout()
        filters2.setSpacing(12)
        filters2.addWidget(self.flagged_filter)
        filters2.addWidget(self.critical_filter)
        filters2.addWidget(self.review_filter)
        filters2.addStretch(1)
        filters2.addWidget(self.count_label)

        self.model = ItemTableModel(self)
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
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)
        self.empty_filter = QLabel()
        set_role(self.empty_filter, "emptyLabel")
        self.empty_filter.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_filter.setVisible(False)

        items_panel = QWidget()
        items_layout = QVBoxLayout(items_panel)
        items_layout.setContentsMargins(0, 0, 0, 0)
        items_layout.setSpacing(6)
        items_layout.addLayout(filters)
        items_layout.addLayout(filters2)
        items_layout.addWidget(self.table, 1)
        items_layout.addWidget(self.empty_filter)

        self.detail = ItemDetail(self.ctx)
        self.detail.save_answer = self._save_answer
        self.detail.saved.connect(self._answer_saved)
        self.detail.draftChanged.connect(self._draft_changed)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("workspaceSplitter")
        self.splitter.addWidget(self.themes)
        self.splitter.addWidget(items_panel)
        self.splitter.addWidget(self.detail)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setStretchFactor(2, 2)
        self.splitter.setSizes([270, 640, 530])
        state = self.ctx.settings.geometry("workspace_splitter")
        if state is not None:
            self.splitter.restoreState(state)

        self.summary_tab = QWidget()
        summary_layout = QVBoxLayout(self.summary_tab)
        summary_layout.setContentsMargins(0, 0, 0, 0)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("workspaceTabs")
        self.tabs.setDocumentMode(True)
        items_tab = QWidget()
        tab_layout = QVBoxLayout(items_tab)
        tab_layout.setContentsMargins(0, 8, 0, 0)
        tab_layout.addWidget(self.splitter)
        self.tabs.addTab(items_tab, "")
        self.tabs.addTab(self.summary_tab, "")
        self.tabs.currentChanged.connect(self._tab_changed)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 10, 16, 10)
        layout.setSpacing(8)
        layout.addLayout(head)
        layout.addWidget(self.tabs, 1)

        self.back_button.clicked.connect(self.backRequested)
        self.search.textChanged.connect(self._filters_changed)
        self.status_filter.currentIndexChanged.connect(self._filters_changed)
        for box in (self.flagged_filter, self.critical_filter, self.review_filter):
            box.toggled.connect(self._filters_changed)

        self.setTabOrder(self.back_button, self.themes)
        self.setTabOrder(self.themes, self.search)
        self.setTabOrder(self.search, self.status_filter)
        self.setTabOrder(self.status_filter, self.flagged_filter)
        self.setTabOrder(self.flagged_filter, self.critical_filter)
        self.setTabOrder(self.critical_filter, self.review_filter)
        self.setTabOrder(self.review_filter, self.table)
        self.setTabOrder(self.table, self.detail.status_buttons[Status.IMPLEMENTED])

    def _shortcuts(self) -> None:
        """Answer keys. Plain keys do not fire while typing in a text field (the field
        takes them); the Ctrl/Alt variants work everywhere in the workspace."""

        def add(keys: str, slot: Any) -> None:
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)

        for number, status in enumerate(ANSWER_STATUSES, start=1):
            add(str(number), lambda s=status: self._status_key(s))
            add(f"Ctrl+{number}", lambda s=status: self._status_key(s))
        for keys, forward in (("N", True), ("Alt+N", True), ("P", False), ("Alt+P", False)):
            add(keys, lambda f=forward: self.move_to_unanswered(f))
        add("F", self.detail.toggle_flag)
        add("J", lambda: self.detail.justification.setFocus(Qt.FocusReason.ShortcutFocusReason))
        add("Ctrl+F", self.focus_search)
        add("Escape", self._escape)

    # -- language --------------------------------------------------------------


    def retranslate(self) -> None:
        lang = self.ctx.lang
        self.back_button.setText(self.tr("◀ Assessments"))
        self.back_button.setToolTip(self.tr("Back to the list of assessments"))
        self.tabs.setTabText(0, self.tr("Items"))
        self.tabs.setTabText(1, self.tr("Summary"))
        self.themes.setHeaderLabels([self.tr("Theme"), self.tr("Answered")])
        self.themes.setAccessibleName(self.tr("Themes"))
        self.search.setPlaceholderText(self.tr("Search questions, guidance, notes (Ctrl+F)"))
        self.search.setAccessibleName(self.tr("Search items"))
        current = self.status_filter.currentData()
        self.status_filter.blockSignals(True)
        self.status_filter.clear()
        self.status_filter.addItem(self.tr("All statuses"), "")
        for status in (Status.UNANSWERED, *ANSWER_STATUSES):
            self.status_filter.addItem(icons.status_icon(status), status.label(lang),
                                       status.value)
        self.status_filter.setCurrentIndex(max(0, self.status_filter.findData(current or "")))
        self.status_filter.blockSignals(False)
        self.status_filter.setAccessibleName(self.tr("Filter by status"))
        self.flagged_filter.setText(self.tr("Flagged"))
        self.critical_filter.setText(self.tr("Critical"))
        self.critical_filter.setToolTip(self.tr("Items that count as critical at this risk grade"))
        self.review_filter.setText(self.tr("Needs re-review"))
        self.table.setAccessibleName(self.tr("Items"))
        self.empty_filter.setText(self.tr("No item matches the filter."))
        self.model.set_language(lang)
        self._fit_columns()
        if self.assessment is not None:
            self._show_header()
            self._fill_themes()
            self._update_count()
            self._refresh_detail_texts()
            if self.tabs.currentIndex() == 1:
                self._refresh_summary()

    def _fit_columns(self) -> None:
        metrics = self.table.fontMetrics()
        header = self.table.horizontalHeader()
        longest_status = max(metrics.horizontalAdvance(s.label(self.ctx.lang)) for s in Status)
        header.resizeSection(ItemColumn.ID, metrics.horizontalAdvance("MM-0000") + 40)
        header.resizeSection(ItemColumn.SEVERITY, max(
            metrics.horizontalAdvance(self.tr("Severity")), metrics.horizontalAdvance("Critical ★"))
            + 24)
        header.resizeSection(ItemColumn.STATUS, max(longest_status,
                                                    metrics.horizontalAdvance(self.tr("Status")))
                             + 24)
        header.resizeSection(ItemColumn.MARKS, max(84, metrics.horizontalAdvance(
            self.tr("Marks")) + 20))

    # -- opening and closing ---------------------------------------------------

    def open_assessment(self, assessment_id: int) -> None:
        """Load an assessment into the workspace (raises SelfCheckError)."""
        self.close_assessment()
        collection = self.ctx.collection
        assessment = collection.assessment(assessment_id)
        answers = collection.answers(assessment_id)
        self._current_item = ""  # an item of the previous assessment may have the same id
        self.assessment = assessment
        self.answers = dict(answers)
        self.drafts = self._load_drafts(assessment)
        grade = assessment.grade
        rows = []
        for order, item in enumerate(assessment.items):
            answer = answers.get(item.id) or Answer(item_id=item.id)
            rows.append(ItemRow(item=item, order=order, answer=answer,
                                critical=is_effectively_critical(item, grade),
                                draft=item.id in self.drafts))
        self.model.set_rows(rows)
        self.proxy.refilter()
        self._recompute()
        self._fill_themes()
        self._show_header()
        self._update_count()
        self.tabs.setCurrentIndex(0)
        first = self._first_item_to_show()
        if first:
            self.select_item(first)
        else:
            self.detail.clear()

    def _first_item_to_show(self) -> str:
        for row in self.model.rows():
            if row.draft:
                return row.item.id
        for row in self.model.rows():
            if row.answer.status is Status.UNANSWERED:
                return row.item.id
        rows = self.model.rows()
        return rows[0].item.id if rows else ""

    def close_assessment(self) -> bool:
        """Save pending edits; keep unsaved drafts for the next time. True when nothing is left
        unsaved."""
        if self.assessment is None:
            return True
        self.detail.flush()
        self._store_drafts()
        self.ctx.settings.set_geometry("workspace_splitter", self.splitter.saveState())
        clean = not self.drafts
        return clean

    def reset(self) -> None:
        """Forget the assessment (after the database was replaced)."""
        self.assessment = None
        self.answers = {}
        self.drafts = {}
        self._current_item = ""
        self.model.set_rows([])
        self.detail.clear()

    @property
    def assessment_id(self) -> int | None:
        return self.assessment.id if self.assessment is not None else None

    def _load_drafts(self, assessment: Assessment) -> dict[str, Answer]:
        text = self.ctx.settings.drafts(assessment.record.uid)
        if not text:
            return {}
        drafts: dict[str, Answer] = {}
        try:
            data = json.loads(text)
            known = {item.id for item in assessment.items}
            for item_id, fields in data.items():
                if item_id in known and isinstance(fields, dict):
                    base = self.answers.get(item_id) or Answer(item_id=item_id)
                    drafts[item_id] = answer_from_dict(fields, base)
        except (ValueError, TypeError, AttributeError):
            log.warning("unsaved drafts of assessment %s could not be read", assessment.id)
        return drafts

    def _store_drafts(self) -> None:
        if self.assessment is None:
            return
        text = json.dumps({k: answer_to_dict(v) for k, v in self.drafts.items()},
                          ensure_ascii=False) if self.drafts else ""
        self.ctx.settings.set_drafts(self.assessment.record.uid, text)

    # -- header, themes, counts ------------------------------------------------

    def _recompute(self) -> None:
        assessment = self.assessment
        if assessment is None:
            return
        self.score = score_assessment(assessment.pack, assessment.sector, assessment.grade,
                                      self.answers)

    def _show_header(self) -> None:
        assessment, score = self.assessment, self.score
        if assessment is None or score is None:
            return
        lang = self.ctx.lang
        record = assessment.record
        self.title.setText(f"{record.organisation} — {record.system_name}")
        pack = assessment.pack
        parts = [glossary.label("sector", record.sector, lang),
                 self.tr("%1 · v%2 · %3").replace("%1", pack.title.get(lang))
                 .replace("%2", str(pack.version)).replace("%3", pack.label)]
        if record.assessor:
            parts.append(self.tr("Assessor: %1").replace("%1", record.assessor))
        if assessment.read_only:
            parts.append(self.tr("read-only: upgraded to a newer pack version"))
        self.subtitle.setText(" · ".join(parts))
        self.grade_badge.set_badge(self.tr("Risk grade: %1").replace(
            "%1", assessment.grade.label(lang)), icons.GRADE_COLORS[assessment.grade])
        self.grade_badge.setToolTip("\n".join(r.get(lang) for r in assessment.risk.reasons))
        newer = None
        if not assessment.read_only:
            try:
                versions = [r.version for r in self.ctx.collection.packs.records(pack.pack_id)]
                newer = max(versions) if versions and max(versions) > pack.version else None
            except SelfCheckError:
                newer = None
        self.upgrade_button.setVisible(newer is not None)
        if newer is not None:
            self.upgrade_button.setProperty("version", newer)
            self.upgrade_button.setText(self.tr("Upgrade to pack version %1…").replace(
                "%1", str(newer)))
            self.upgrade_button.setToolTip(self.tr(
                "A newer version of this checklist is installed. Your answers are carried "
                "over; changed items are marked for re-review."))
        self.verdict_badge.set_badge(score.verdict.label(lang),
                                     icons.VERDICT_COLORS[score.verdict], filled=True)
        self.verdict_badge.setToolTip(self.tr("Verdict"))
        overall = score.overall
        self.progress.setMaximum(max(1, overall.total))
        self.progress.setValue(overall.answered)
        self.progress.setFormat(self.tr("%1 of %2 answered").replace(
            "%1", str(overall.answered)).replace("%2", str(overall.total)))

    def _fill_themes(self) -> None:
        assessment, score = self.assessment, self.score
        if assessment is None or score is None:
            return
        lang = self.ctx.lang
        selected = self.proxy.item_filter.theme
        self.themes.blockSignals(True)
        self.themes.clear()
        overall = score.overall
        entries = [(ALL_THEMES, self.tr("All themes"), overall.answered, overall.total)]
        for theme in assessment.pack.themes:
            tally = score.themes.get(theme.id)
            if tally is not None:
                entries.append((theme.id, theme.title.get(lang), tally.answered, tally.total))
        current = None
        for theme_id, title, answered, total in entries:
            entry = QTreeWidgetItem([title, f"{answered} / {total}"])
            entry.setData(0, Qt.ItemDataRole.UserRole, theme_id)
            entry.setToolTip(0, title)
            entry.setData(1, PROGRESS_ROLE, 100.0 * answered / total if total else 100.0)
            self.themes.addTopLevelItem(entry)
            if theme_id == selected:
                current = entry
        first = current or self.themes.topLevelItem(0)
        if first is not None:
            self.themes.setCurrentItem(first)
        self.themes.blockSignals(False)

    def _theme_entries(self) -> list[QTreeWidgetItem]:
        entries = (self.themes.topLevelItem(n) for n in range(self.themes.topLevelItemCount()))
        return [entry for entry in entries if entry is not None]

    def _update_theme_progress(self) -> None:
        score = self.score
        if score is None:
            return
        for entry in self._theme_entries():
            theme_id = entry.data(0, Qt.ItemDataRole.UserRole)
            tally = score.overall if theme_id == ALL_THEMES else score.themes.get(theme_id)
            if tally is None:
                continue
            entry.setText(1, f"{tally.answered} / {tally.total}")
            entry.setData(1, PROGRESS_ROLE, tally.progress)

    def _update_count(self) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        self.count_label.setText(self.tr("%1 of %2 items shown").replace("%1", str(shown))
                                 .replace("%2", str(total)))
        self.empty_filter.setVisible(shown == 0 and total > 0)

    # -- filtering -------------------------------------------------------------

    def current_filter(self) -> ItemFilter:
        status = str(self.status_filter.currentData() or "")
        theme_item = self.themes.currentItem()
        theme = str(theme_item.data(0, Qt.ItemDataRole.UserRole) or "") if theme_item else ""
        return ItemFilter(
            text=self.search.text(),
            statuses=frozenset({Status(status)}) if status else frozenset(),
            flagged=self.flagged_filter.isChecked(),
            critical=self.critical_filter.isChecked(),
            needs_review=self.review_filter.isChecked(),
            theme=theme,
        )

    def _filters_changed(self) -> None:
        self.apply_filter()

    def _theme_chosen(self) -> None:
        self.apply_filter()

    def apply_filter(self) -> None:
        """Apply the filter bar and the chosen theme to the item list.

        The item being worked on stays in the detail pane even when the filter hides it
        (the list then has no selection): typing a search never swaps the item under
        the user's hands, as Qt's moving the current row to a neighbour would."""
        keep = self._current_item
        selection = self.table.selectionModel()
        selection.blockSignals(True)
        try:
            self.proxy.set_filter(self.current_filter())
        finally:
            selection.blockSignals(False)
        self._update_count()
        row = self.proxy.proxy_row_of(keep) if keep else -1
        if row >= 0:
            self._select_proxy_row(row, scroll=True)
        else:
            selection.clear()

    def focus_search(self) -> None:
        self.tabs.setCurrentIndex(0)
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def set_status_filter(self, status: Status | None) -> None:
        index = self.status_filter.findData(status.value if status else "")
        self.status_filter.setCurrentIndex(max(0, index))

    def set_theme_filter(self, theme_id: str) -> None:
        for entry in self._theme_entries():
            if entry.data(0, Qt.ItemDataRole.UserRole) == theme_id:
                self.themes.setCurrentItem(entry)
                return

    def clear_filters(self) -> None:
        for widget in (self.search, self.status_filter, self.flagged_filter,
                       self.critical_filter, self.review_filter, self.themes):
            widget.blockSignals(True)
        self.search.clear()
        self.status_filter.setCurrentIndex(0)
        for box in (self.flagged_filter, self.critical_filter, self.review_filter):
            box.setChecked(False)
        entries = self._theme_entries()
        if entries:
            self.themes.setCurrentItem(entries[0])
        for widget in (self.search, self.status_filter, self.flagged_filter,
                       self.critical_filter, self.review_filter, self.themes):
            widget.blockSignals(False)
        self.apply_filter()

    # -- selection -------------------------------------------------------------

    def _select_proxy_row(self, row: int, scroll: bool = True) -> None:
        index = self.proxy.index(row, 0)
        self.table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows)
        if scroll:
            self.table.scrollTo(index, QAbstractItemView.ScrollHint.EnsureVisible)

    def select_item(self, item_id: str) -> bool:
        """Show ``item_id`` (clearing the filter if it hides the item)."""
        row = self.proxy.proxy_row_of(item_id)
        if row < 0:
            if self.model.row_of(item_id) < 0:
                return False
            self.clear_filters()
            row = self.proxy.proxy_row_of(item_id)
        self._select_proxy_row(row)
        if self._current_item != item_id:  # same row as before: show it anyway
            self._show_item(item_id)
        return True

    def jump_to_item(self, item_id: str) -> None:
        """From the summary: show the item in the Items tab."""
        self.tabs.setCurrentIndex(0)
        self.select_item(item_id)
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def current_item_id(self) -> str:
        return self._current_item

    def _row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid():
            return
        item_id = self.proxy.item_id(current.row())
        if item_id and item_id != self._current_item:
            self._show_item(item_id)

    def _show_item(self, item_id: str) -> None:
        assessment = self.assessment
        if assessment is None:
            return
        if self._current_item and self._current_item != item_id:
            self.detail.flush()
        source_row = self.model.row_of(item_id)
        if source_row < 0:
            return
        row = self.model.row_at(source_row)
        self._current_item = item_id
        theme = assessment.pack.theme(row.item.theme)
        saved = self.answers.get(item_id) or Answer(item_id=item_id)
        self.detail.show_item(assessment.id, row.item, theme.title, saved, row.critical,
                              draft=self.drafts.get(item_id), read_only=assessment.read_only)

    def _refresh_detail_texts(self) -> None:
        self.detail.retranslate()

    def next_unanswered(self, forward: bool = True) -> bool:
        """Move to the next (or previous) unanswered item in the list's order."""
        count = self.proxy.rowCount()
        if count == 0:
            return False
        self.detail.flush()
        current = self.proxy.proxy_row_of(self._current_item) if self._current_item else -1
        step = 1 if forward else -1
        for offset in range(1, count + 1):
            row = (current + step * offset) % count
            item_id = self.proxy.item_id(row)
            if item_id is None:
                continue
            if item_id in self.drafts:
                wanted = item_id != self._current_item
            else:
                answer = self.answers.get(item_id)
                wanted = answer is None or answer.status is Status.UNANSWERED
            if wanted:
                self._select_proxy_row(row)
                return True
        window = self.window()
        bar = getattr(window, "statusBar", None)
        if callable(bar):
            bar().showMessage(self.tr("Every item in the list is answered."), 5000)
        return False

    def move_to_unanswered(self, forward: bool = True) -> bool:
        """N / P (Alt+N / Alt+P in a text field): save what is on screen, go to the next
        (previous) unanswered item and give the keyboard back to the item list, so that
        1–4 set the status of the item now shown instead of typing into its text fields."""
        moved = self.next_unanswered(forward)
        if self.tabs.currentIndex() == 0:
            self.table.setFocus(Qt.FocusReason.ShortcutFocusReason)
        return moved

    def _status_key(self, status: Status) -> None:
        if self.tabs.currentIndex() != 0 or self.detail.item is None:
            return
        if self.detail.item.id != self._current_item:
            # never apply a status (with the texts on screen) to another item than the
            # one chosen in the list
            self._show_item(self._current_item)
            if self.detail.item is None or self.detail.item.id != self._current_item:
                return
        self.detail.set_status(status)

    def _escape(self) -> None:
        self.detail.flush()
        self.table.setFocus(Qt.FocusReason.ShortcutFocusReason)

    # -- saving ----------------------------------------------------------------

    def _save_answer(self, answer: Answer) -> Answer:
        assessment = self.assessment
        if assessment is None:
            raise SelfCheckError("no assessment is open", zh="没有打开的自查")
        return self.ctx.collection.save_answer(assessment.id, answer)

    def _answer_saved(self, answer: object) -> None:
        if self.assessment is None:
            return
        if isinstance(answer, Answer):
            self.answers[answer.item_id] = answer
            self.model.update_row(answer.item_id, answer=answer)
        else:  # a file was added to an item not on screen: reload the answers
            try:
                self.answers = dict(self.ctx.collection.answers(self.assessment.id))
            except SelfCheckError as exc:
                self.ctx.errors.report(exc, self)
                return
            for row in self.model.rows():
                self.model.update_row(row.item.id,
                                      answer=self.answers.get(row.item.id)
                                      or Answer(item_id=row.item.id))
        self._recompute()
        self._show_header()
        self._update_theme_progress()
        self.changed.emit(self.assessment.id)

    def _draft_changed(self, item_id: str, draft: object) -> None:
        if isinstance(draft, Answer):
            self.drafts[item_id] = draft
            self.model.update_row(item_id, draft=True)
        elif item_id in self.drafts:
            del self.drafts[item_id]
            self.model.update_row(item_id, draft=False)
        else:
            return
        self._store_drafts()

    # -- summary ---------------------------------------------------------------

    def _tab_changed(self, index: int) -> None:
        if index == 1:
            self.detail.flush()
            self._refresh_summary()

    @property
    def summary(self) -> SummaryView:
        """The summary tab's view, built the first time it is needed."""
        if self._summary is None:
            from selfcheck.ui.views.summary import SummaryView

            view = SummaryView(self.ctx)
            view.jumpToItem.connect(self.jump_to_item)
            view.exportRequested.connect(self.exportRequested)
            layout = self.summary_tab.layout()
            assert layout is not None
            layout.addWidget(view)
            self._summary = view
        return self._summary

    def _refresh_summary(self) -> None:
        if self.assessment is None or self.score is None:
            return
        self.summary.show_score(self.assessment, self.score, self.answers)

    def show_summary(self) -> None:
        self.tabs.setCurrentIndex(1)

    def refresh_header(self) -> None:
        """Show the header again (e.g. after a pack was installed)."""
        self._show_header()

    def show_items(self) -> None:
        self.tabs.setCurrentIndex(0)
