"""Tools → Report register…: the security officer's desk, in a window of its own.

Reports come in by the File menu (files, or a whole folder such as a USB stick) or by
dropping files and folders on the window; every file is verified strictly in worker
processes (``collection.review.import_paths`` on a ``run_task`` worker thread), with
progress and a cancel button. The tabs show the register, the organisation × theme
table, the most frequent critical gaps, the history of one assessment and two reports
compared; each can be exported to Excel or CSV.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QUrl
from PySide6.QtGui import QAction, QCloseEvent, QDragEnterEvent, QDragMoveEvent, QDropEvent, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow, QTabWidget, QVBoxLayout, QWidget

from selfcheck.core.errors import SelfCheckError
from selfcheck.core.progress import Progress, ProgressStep
from selfcheck.core.review import ImportProgress, ImportSummary, RegisterEntry
from selfcheck.ui import icons
from selfcheck.ui.context import AppContext
from selfcheck.ui.folders import remember_folder, start_file, start_folder
from selfcheck.ui.i18n import FollowsLanguage
from selfcheck.ui.review.cross_views import CompareView, GapsView, HistoryView, MatrixView
from selfcheck.ui.review.import_panel import ImportPanel
from selfcheck.ui.review.register_view import RegisterView
from selfcheck.ui.style import set_role
from selfcheck.ui.tasks import run_collection_task

REGISTER, MATRIX, GAPS, HISTORY, COMPARE = range(5)


class ReviewWindow(FollowsLanguage, QMainWindow):
    """The register of received reports and the views across them."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("reviewWindow")
        self.setWindowIcon(icons.app_icon())
        self.setAcceptDrops(True)
        lang = lambda: self.ctx.lang  # noqa: E731
        self.register = RegisterView(lang)
        self.matrix = MatrixView(lang)
        self.gaps = GapsView(lang)
        self.history = HistoryView(lang)
        self.compare = CompareView(lang)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("reviewTabs")
        for view in (self.register, self.matrix, self.gaps, self.history, self.compare):
            self.tabs.addTab(view, "")
        self.panel = ImportPanel(lang)
        self.drop_hint = QLabel()
        set_role(self.drop_hint, "mutedLabel")
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.addWidget(self.drop_hint)
        layout.addWidget(self.panel)
        layout.addWidget(self.tabs, 1)
        self.setCentralWidget(central)
        self._cancel: threading.Event | None = None
        self._stale = True
        self._build_menus()
        self._connect()
        geometry = ctx.settings.geometry("review_window")
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1360, 820)
        self.retranslate()

    # -- menus -------------------------------------------------------------------------

    def _action(self, name: str, slot: Callable[[], Any], shortcut: str | None = None) -> QAction:
        action = QAction(self)
        action.setObjectName(name)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        return action

    def _shows_tab(self, index: int) -> Callable[[], None]:
        return lambda: self.tabs.setCurrentIndex(index)

    def _build_menus(self) -> None:
        self.import_files_action = self._action("actionImportReports", self.import_files, "Ctrl+O")
        self.import_folder_action = self._action("actionImportFolder", self.import_folder,
                                                 "Ctrl+Shift+O")
        self.export_register_action = self._action("actionExportRegister",
                                                   lambda: self.export("register"), "Ctrl+E")
        self.export_matrix_action = self._action("actionExportMatrix", lambda: self.export("matrix"))
        self.export_compare_action = self._action("actionExportComparison",
                                                  lambda: self.export("compare"))
        self.export_all_action = self._action("actionExportAll", lambda: self.export("all"))
        self.close_action = self._action("actionCloseRegister", self.close, "Ctrl+W")
        self.refresh_action = self._action("actionRefreshRegister", self.refresh, "F5")
        self.tab_actions = [self._action(f"actionShowTab{n}", self._shows_tab(n), f"Ctrl+{n + 1}")
                            for n in range(5)]
        bar = self.menuBar()
        self.file_menu = bar.addMenu("")
        for action in (self.import_files_action, self.import_folder_action, None,
                       self.export_register_action, self.export_matrix_action,
                       self.export_compare_action, self.export_all_action, None, self.close_action):
            if action is None:
                self.file_menu.addSeparator()
            else:
                self.file_menu.addAction(action)
        self.view_menu = bar.addMenu("")
        for action in self.tab_actions:
            self.view_menu.addAction(action)
        self.view_menu.addSeparator()
        self.view_menu.addAction(self.refresh_action)
        self.export_compare_action.setEnabled(False)

    def _connect(self) -> None:
        self.register.historyRequested.connect(self.show_history)
        self.register.compareRequested.connect(self.show_comparison)
        self.register.removeRequested.connect(self.remove_reports)
        for view in (self.matrix, self.gaps, self.history):
            view.reportsRequested.connect(self.show_reports)
        self.tabs.currentChanged.connect(self._tab_changed)
        self.panel.cancelRequested.connect(self.cancel_import)
        self.panel.closeRequested.connect(lambda: self.panel.setVisible(False))

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Report register"))
        self.drop_hint.setText(self.tr(
            "Import signed reports with File → Import, or drop files and folders (a USB "
            "stick) on this window. Each file is verified strictly; only authentic reports "
            "are registered."))
        for index, text in enumerate((self.tr("Register"), self.tr("Organisations × themes"),
                                      self.tr("Frequent gaps"), self.tr("History"),
                                      self.tr("Comparison"))):
            self.tabs.setTabText(index, text)
            self.tab_actions[index].setText(text)
        self.file_menu.setTitle(self.tr("&File"))
        self.view_menu.setTitle(self.tr("&View"))
        self.import_files_action.setText(self.tr("&Import reports…"))
        self.import_folder_action.setText(self.tr("Import a &folder (USB stick)…"))
        self.export_register_action.setText(self.tr("&Export the register as shown…"))
        self.export_matrix_action.setText(self.tr("Export organisations × &themes…"))
        self.export_compare_action.setText(self.tr("Export the &comparison…"))
        self.export_all_action.setText(self.tr("Export &everything to Excel…"))
        self.close_action.setText(self.tr("&Close"))
        self.refresh_action.setText(self.tr("&Refresh"))
        self._stale = True
        self._tab_changed(self.tabs.currentIndex())

    # -- reading the register -------------------------------------------------------------

    def refresh(self) -> None:
        """Read the register again and redraw the open view (the others when shown)."""
        try:
            entries = self.ctx.collection.review.entries()
        except SelfCheckError as exc:
            self.ctx.errors.report(exc, self, self.tr("The register cannot be read"))
            return
        self.register.set_entries(entries)
        self._stale = True
        self._tab_changed(self.tabs.currentIndex())

    def _tab_changed(self, index: int) -> None:
        if index not in (MATRIX, GAPS) or not self._stale:
            return
        review = self.ctx.collection.review
        try:
            texts = review.pack_texts()
            self.matrix.show_matrix(review.gap_matrix(texts), texts)
            self.gaps.show_gaps(review.frequent_gaps(), texts)
        except SelfCheckError as exc:
            self.ctx.errors.report(exc, self, self.tr("The register cannot be read"))
            return
        self._stale = False

    def show_reports(self, report_ids: list[int]) -> None:
        """Show the register with only these reports (from a cell or row of a view)."""
        self.register.show_reports(report_ids)
        self.tabs.setCurrentIndex(REGISTER)

    def show_history(self, report_id: int) -> None:
        try:
            self.history.show_history(self.ctx.collection.review.history(report_id))
        except SelfCheckError as exc:
            self.ctx.errors.report(exc, self)
            return
        self.tabs.setCurrentIndex(HISTORY)

    def show_comparison(self, first: int, second: int) -> None:
        """Compare two reports; ``second`` 0 means the version before ``first``."""
        review = self.ctx.collection.review
        try:
            if not second:
                versions = [row.id for row in review.versions(first)]
                position = versions.index(first)
                if position == 0:
                    return
                second = versions[position - 1]
            comparison = review.compare(first, second)
            self.compare.show_comparison(comparison, review.pack_texts())
        except SelfCheckError as exc:
            self.ctx.errors.report(exc, self)
            return
        self.export_compare_action.setEnabled(True)
        self.tabs.setCurrentIndex(COMPARE)

    # -- importing ---------------------------------------------------------------------------

    def import_files(self) -> None:
        chosen = self.ctx.prompts.open_files(self, self.tr("Import signed reports"),
                                             start_folder(self.ctx.settings),
                                             self.tr("PDF reports (*.pdf);;All files (*)"))
        if chosen:
            remember_folder(self.ctx.settings, chosen[0])
            self.import_paths([Path(path) for path in chosen])

    def import_folder(self) -> None:
        chosen = self.ctx.prompts.open_folder(self, self.tr("Import every report in a folder"),
                                              start_folder(self.ctx.settings))
        if chosen:
            remember_folder(self.ctx.settings, chosen)
            self.import_paths([Path(chosen)])

    @property
    def importing(self) -> bool:
        return self._cancel is not None

    def import_paths(self, paths: Sequence[Path]) -> None:
        """Verify and register ``paths`` (files and folders) off the GUI thread."""
        if self.importing:
            self.statusBar().showMessage(self.tr("An import is running; wait for it or cancel "
                                                 "it first."), 6000)
            return
        cancel = threading.Event()
        self._cancel = cancel
        review = self.ctx.collection.review
        self._set_importing(True)
        self.panel.start()

        latest: list[ImportProgress] = []

        def work(progress: Progress) -> ImportSummary:
            def report(step: ImportProgress) -> None:
                latest[:] = [step]  # read on the GUI thread when the signal arrives
                progress(step.percent, ProgressStep.CHECKING_REPORTS)
            return review.import_paths(list(paths), progress=report, cancelled=cancel.is_set)

        def shown(percent: int, step: ProgressStep) -> None:
            if latest:
                self.panel.show_progress(latest[0])

        # collection work: one at a time, in order (the verification itself runs in
        # worker processes)
        run_collection_task(work, on_finished=self._import_finished,
                            on_failed=self._import_failed, on_progress=shown)

    def _import_finished(self, summary: ImportSummary) -> None:
        self._set_importing(False)
        self.panel.finish(summary)
        self.refresh()
        self.register.select_reports(o.report_id for o in summary.added if o.report_id)

    def _import_failed(self, error: BaseException) -> None:
        self._set_importing(False)
        self.panel.setVisible(False)
        self.refresh()
        self.ctx.errors.report(error, self, self.tr("The import stopped"))

    def _set_importing(self, running: bool) -> None:
        if not running:
            self._cancel = None
        for action in (self.import_files_action, self.import_folder_action):
            action.setEnabled(not running)

    def cancel_import(self) -> None:
        if self._cancel is not None:
            self._cancel.set()
            self.panel.cancelling()

    # -- removing and exporting -------------------------------------------------------------

    def remove_reports(self, report_ids: list[int]) -> None:
        if not report_ids:
            return
        question = self.tr("Remove %n report(s) from the register? The files they came from "
                           "are not touched, and the removal is recorded in the audit log.", "",
                           len(report_ids))
        if not self.ctx.prompts.confirm(self, self.tr("Remove from register"), question):
            return
        try:
            for report_id in report_ids:
                self.ctx.collection.review.remove(report_id)
        except SelfCheckError as exc:
            self.ctx.errors.report(exc, self)
        self.refresh()

    def export(self, view: str) -> None:
        """Export a view to a file the user names (.xlsx or .csv)."""
        ids: tuple[int, ...] = ()
        entries: list[RegisterEntry] | None = None
        if view == "compare":
            comparison = self.compare.comparison
            if comparison is None:
                return
            ids = (comparison.older.id, comparison.newer.id)
        if view == "register":
            entries = self.register.proxy.visible_entries()
        names = {"register": self.tr("register"), "matrix": self.tr("organisations-themes"),
                 "compare": self.tr("comparison"), "all": self.tr("register")}
        filters = self.tr("Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)") if view != "all" \
            else self.tr("Excel workbook (*.xlsx)")
        chosen = self.ctx.prompts.save_file(self, self.tr("Export"),
                                            start_file(self.ctx.settings, f"{names[view]}.xlsx"),
                                            filters)
        if not chosen:
            return
        remember_folder(self.ctx.settings, chosen)
        review, lang = self.ctx.collection.review, self.ctx.lang

        def work(progress: Progress) -> Path:
            return review.export(Path(chosen), view, lang, overwrite=True, report_ids=ids,
                                 entries=entries)

        run_collection_task(work, on_finished=lambda path: self.statusBar().showMessage(
            self.tr("Written to %1").replace("%1", str(path)), 8000),
                            on_failed=lambda error: self.ctx.errors.report(
                                error, self, self.tr("The export failed")))

    # -- drag and drop, closing ----------------------------------------------------------------

    @staticmethod
    def _local_paths(urls: Sequence[QUrl]) -> list[Path]:
        return [Path(url.toLocalFile()) for url in urls if url.isLocalFile()]

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        mime = event.mimeData()
        if mime is not None and mime.hasUrls() and self._local_paths(mime.urls()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        self.dragEnterEvent(event)  # type: ignore[arg-type]

    def dropEvent(self, event: QDropEvent) -> None:
        mime = event.mimeData()
        paths = self._local_paths(mime.urls()) if mime is not None and mime.hasUrls() else []
        if not paths:
            event.ignore()
            return
        event.acceptProposedAction()
        self.import_paths(paths)

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        self.refresh()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.cancel_import()
        self.ctx.settings.set_geometry("review_window", self.saveGeometry())
        self.ctx.settings.sync()
        super().closeEvent(event)
