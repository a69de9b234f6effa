"""The assessment workspace: themes, the item list (model/view) and the item detail,
with the summary in a second tab.

The open assessment lives in one :class:`AssessmentSession`; the item list, the detail
pane, the header and the summary show it and follow its change event. The workspace
opens and closes the session and moves between items."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from itertools import pairwise
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QSplitter, QTabWidget, QVBoxLayout, QWidget

from selfcheck.core.answers import Answer, Status
from selfcheck.core.collection import Assessment
from selfcheck.core.scoring import Score
from selfcheck.core.session import AssessmentSession, SessionChange
from selfcheck.ui.context import AppContext
from selfcheck.ui.i18n import FollowsLanguage
from selfcheck.ui.views.item_detail import ANSWER_STATUSES, ItemDetail
from selfcheck.ui.views.item_list import ItemListPanel
from selfcheck.ui.views.theme_list import ThemeList
from selfcheck.ui.views.workspace_header import WorkspaceHeader

if TYPE_CHECKING:  # built on first use: the summary tab is often never opened
    from selfcheck.ui.views.summary import SummaryView


class WorkspaceView(FollowsLanguage, QWidget):
    """Answering one assessment."""

    backRequested = Signal()
    #: The user wants the open assessment upgraded to this pack version.
    upgradeRequested = Signal(int)
    #: The user wants to change the open assessment's profile answers.
    profileRequested = Signal()
    #: The summary's "Export signed PDF…" was pressed.
    exportRequested = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("workspace")
        self.session: AssessmentSession | None = None
        self._current_item = ""
        self._summary: SummaryView | None = None
        self.header = WorkspaceHeader(ctx)
        self.themes = ThemeList()
        self.item_list = ItemListPanel()
        self.detail = ItemDetail(ctx)
        self._build()
        self._shortcuts()
        self.retranslate()

    # -- construction ----------------------------------------------------------

    def _build(self) -> None:
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("workspaceSplitter")
        for pane in (self.themes, self.item_list, self.detail):
            self.splitter.addWidget(pane)
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

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 10, 16, 10)
        layout.setSpacing(8)
        layout.addWidget(self.header)
        layout.addWidget(self.tabs, 1)

        self.header.back_button.clicked.connect(self.backRequested)
        self.header.upgradeRequested.connect(self._upgrade_requested)
        self.header.profileRequested.connect(self.profileRequested)
        self.themes.currentItemChanged.connect(self.apply_filter)
        self.item_list.filtersChanged.connect(self.apply_filter)
        self.item_list.table.selectionModel().currentRowChanged.connect(self._row_changed)
        self.tabs.currentChanged.connect(self._tab_changed)

        order = [self.header.back_button, self.themes, *self.item_list.controls(),
                 self.detail.form.status_buttons[Status.IMPLEMENTED]]
        for first, second in pairwise(order):
            self.setTabOrder(first, second)

    def _shortcuts(self) -> None:
        """Answer keys. Plain keys do not fire while typing in a text field (the field
        takes them); the Ctrl/Alt variants work everywhere in the workspace."""

        def add(keys: str, slot: Callable[..., object]) -> None:
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)

        for number, status in enumerate(ANSWER_STATUSES, start=1):
            add(str(number), lambda s=status: self._status_key(s))
            add(f"Ctrl+{number}", lambda s=status: self._status_key(s))
        for keys, forward in (("N", True), ("Alt+N", True), ("P", False), ("Alt+P", False)):
            add(keys, lambda f=forward: self.move_to_unanswered(f))
        add("F", self.detail.toggle_flag)
        add("J", self._write_justification)
        add("Ctrl+F", self.focus_search)
        add("Escape", self._escape)

    def retranslate(self) -> None:
        self.header.retranslate()
        self.tabs.setTabText(0, self.tr("Items"))
        self.tabs.setTabText(1, self.tr("Summary"))
        self.themes.retranslate()
        self.item_list.retranslate(self.ctx.lang)
        session = self.session
        if session is not None:
            self.themes.fill(session.assessment, session.score, self.ctx.lang)
            self.item_list.update_count()

    # -- the session -----------------------------------------------------------

    @property
    def assessment(self) -> Assessment | None:
        return self.session.assessment if self.session is not None else None

    @property
    def assessment_id(self) -> int | None:
        return self.session.assessment_id if self.session is not None else None

    @property
    def answers(self) -> Mapping[str, Answer]:
        """The open assessment's saved answers (the session's, read-only)."""
        return self.session.answers if self.session is not None else {}

    @property
    def drafts(self) -> Mapping[str, Answer]:
        """The open assessment's unsaved drafts (the session's, read-only)."""
        return self.session.drafts if self.session is not None else {}

    @property
    def score(self) -> Score | None:
        return self.session.score if self.session is not None else None

    def open_assessment(self, assessment_id: int) -> None:
        """Load an assessment into the workspace (raises SelfCheckError)."""
        self.close_assessment()
        session = AssessmentSession.open(self.ctx.collection, assessment_id)
        self._current_item = ""  # an item of the previous assessment may have the same id
        self.session = session
        self.item_list.model.bind(session)
        self.detail.bind(session)
        if self._summary is not None:
            self._summary.bind(session)
        session.changed.connect(self._session_changed)
        self.item_list.proxy.refilter()
        self.themes.fill(session.assessment, session.score, self.ctx.lang)
        self.header.show_assessment(session.assessment)
        self.header.show_score(session.score)
        self.item_list.update_count()
        self.tabs.setCurrentIndex(0)
        first = self._first_item_to_show()
        if first:
            self.select_item(first)

    def _first_item_to_show(self) -> str:
        """The first item with a draft, else the first unanswered, else the first."""
        session = self.session
        if session is None or not session.items:
            return ""
        ids = [item.id for item in session.items]
        drafts, answers = session.drafts, session.answers
        return (next((i for i in ids if i in drafts), "")
                or next((i for i in ids if i not in answers
                         or answers[i].status is Status.UNANSWERED), "")
                or ids[0])

    def close_assessment(self) -> bool:
        """Save what is on screen and let go of the assessment; unsaved drafts are kept
        for the next time. True when nothing is left unsaved."""
        session = self.session
        if session is None:
            return True
        self.ctx.settings.set_geometry("workspace_splitter", self.splitter.saveState())
        try:
            clean = session.close()
        finally:
            self._let_go()
        return clean

    def _let_go(self) -> None:
        self.session = None
        self._current_item = ""
        self.item_list.model.bind(None)
        self.detail.bind(None)
        if self._summary is not None:
            self._summary.bind(None)

    def flush(self) -> None:
        """Save what is on screen and every draft that is valid now (before another part
        of the program reads the database)."""
        if self.session is not None:
            self.session.flush()

    def _session_changed(self, change: SessionChange) -> None:
        session = self.session
        if session is not None and change.score_changed:
            self.header.show_score(session.score)
            self.themes.update_progress(session.score)

    def _upgrade_requested(self, version: int) -> None:
        self.flush()
        self.upgradeRequested.emit(version)

    def refresh_header(self) -> None:
        """Show the header again (e.g. after a pack was installed)."""
        if self.session is not None:
            self.header.show_assessment(self.session.assessment)

    # -- filtering -------------------------------------------------------------

    def apply_filter(self) -> None:
        """Apply the filter bar and the chosen theme to the item list.

        The item being worked on stays in the detail pane even when the filter hides it
        (the list then has no selection): typing a search never swaps the item under
        the user's hands, as Qt's moving the current row to a neighbour would."""
        keep = self._current_item
        items = self.item_list
        selection = items.table.selectionModel()
        selection.blockSignals(True)
        try:
            items.apply_filter(items.current_filter(self.themes.current_theme()))
        finally:
            selection.blockSignals(False)
        items.update_count()
        row = items.proxy.proxy_row_of(keep) if keep else -1
        if row >= 0:
            items.select_row(row)
        else:
            selection.clear()

    def focus_search(self) -> None:
        self.tabs.setCurrentIndex(0)
        self.item_list.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.item_list.search.selectAll()

    def focus_items(self) -> None:
        self.item_list.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def set_status_filter(self, status: Status | None) -> None:
        self.item_list.set_status_filter(status)

    def set_theme_filter(self, theme_id: str) -> None:
        self.themes.choose(theme_id)

    def clear_filters(self) -> None:
        self.item_list.reset_controls()
        self.themes.choose_all()
        self.apply_filter()

    # -- moving between items --------------------------------------------------

    def select_item(self, item_id: str) -> bool:
        """Show ``item_id`` (clearing the filter if it hides the item)."""
        proxy = self.item_list.proxy
        row = proxy.proxy_row_of(item_id)
        if row < 0:
            if self.item_list.model.row_of(item_id) < 0:
                return False
            self.clear_filters()
            row = proxy.proxy_row_of(item_id)
        self.item_list.select_row(row)
        if self._current_item != item_id:  # same row as before: show it anyway
            self._show_item(item_id)
        return True

    def jump_to_item(self, item_id: str) -> None:
        """From the summary: show the item in the Items tab."""
        self.tabs.setCurrentIndex(0)
        self.select_item(item_id)
        self.focus_items()

    def current_item_id(self) -> str:
        return self._current_item

    def _row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid():
            return
        item_id = self.item_list.proxy.item_id(current.row())
        if item_id and item_id != self._current_item:
            self._show_item(item_id)

    def _show_item(self, item_id: str) -> None:
        if self.session is None or self.item_list.model.row_of(item_id) < 0:
            return
        if self._current_item and self._current_item != item_id:
            self.detail.flush()
        self._current_item = item_id
        self.detail.show_item(item_id)

    def next_unanswered(self, forward: bool = True) -> bool:
        """Move to the next (or previous) unanswered item in the list's order."""
        session, proxy = self.session, self.item_list.proxy
        count = proxy.rowCount()
        if session is None or count == 0:
            return False
        self.detail.flush()
        current = proxy.proxy_row_of(self._current_item) if self._current_item else -1
        step = 1 if forward else -1
        applying = {item.id for item in session.items}  # not the kept answers of the others
        for offset in range(1, count + 1):
            row = (current + step * offset) % count
            item_id = proxy.item_id(row)
            if item_id is None or item_id not in applying:
                continue
            if item_id in session.drafts:
                wanted = item_id != self._current_item
            else:
                wanted = session.answer(item_id).status is Status.UNANSWERED
            if wanted:
                self.item_list.select_row(row)
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
            self.item_list.table.setFocus(Qt.FocusReason.ShortcutFocusReason)
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

    def _write_justification(self) -> None:
        if self.tabs.currentIndex() == 0:
            self.detail.write_justification()

    def _escape(self) -> None:
        self.detail.flush()
        self.item_list.table.setFocus(Qt.FocusReason.ShortcutFocusReason)

    # -- summary ---------------------------------------------------------------

    def _tab_changed(self, index: int) -> None:
        if index == 1:
            self.detail.flush()
            self.summary.refresh()  # built the first time; follows the session from then on

    @property
    def summary(self) -> SummaryView:
        """The summary tab's view, built the first time it is needed."""
        if self._summary is None:
            from selfcheck.ui.views.summary import SummaryView

            view = SummaryView(self.ctx)
            view.jumpToItem.connect(self.jump_to_item)
            view.exportRequested.connect(self._export_requested)
            layout = self.summary_tab.layout()
            if layout is not None:
                layout.addWidget(view)
            view.bind(self.session)
            self._summary = view
        return self._summary

    def _export_requested(self) -> None:
        self.flush()
        self.exportRequested.emit()

    def show_summary(self) -> None:
        self.tabs.setCurrentIndex(1)

    def show_items(self) -> None:
        self.tabs.setCurrentIndex(0)
