"""Tools → Verify a report…: check signed PDF reports against this machine's trusted
roots, see why each one passed or failed and what it says, preview its pages, and
manage the trusted roots.

Reports are added with “Add reports…” (Ctrl+O, several at once) or dropped onto the
dialog. Each file is read once and verified off the GUI thread (``run_task``); the
preview shows those same bytes. Adding or removing a trusted root checks every file
in the list again.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import (
    QItemSelection,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    QUrl,
)
from PySide6.QtGui import (
    QColor,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QGuiApplication,
    QKeyEvent,
    QKeySequence,
    QPalette,
    QShortcut,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from selfcheck.core.errors import SelfCheckError
from selfcheck.core.model import Pack
from selfcheck.core.paths import AppPaths
from selfcheck.core.pki.roots import ReportRoots
from selfcheck.core.progress import Progress
from selfcheck.core.reports.verify import MAX_REPORT_BYTES, VerificationResult, verify_bytes, verify_report
from selfcheck.core.text import list_separator
from selfcheck.ui.context import AppContext
from selfcheck.ui.folders import remember_folder, start_folder
from selfcheck.ui.i18n import FollowsLanguage
from selfcheck.ui.models.verified_reports import (
    AUTHENTIC,
    FILE,
    SIGNED_AT,
    SIGNER,
    VERDICT,
    ReportRow,
    VerifiedReportsModel,
)
from selfcheck.ui.style import item_view, set_role
from selfcheck.ui.tasks import run_task
from selfcheck.ui.views.report_details import ReportDetails
from selfcheck.ui.views.report_preview import ReportPreview
from selfcheck.ui.views.trusted_roots import TrustedRootsPage

#: The dialog's size when nothing is remembered (shrunk to fit smaller screens).
DEFAULT_SIZE = (1280, 760)


def check_file(path: Path, paths: AppPaths) -> tuple[VerificationResult, bytes | None]:
    """Read ``path`` once and verify those bytes (runs on a worker thread).

    Returns the result and the bytes that were verified, for the preview. A file that
    cannot be read (missing, a folder, too large, unreadable) goes to
    :func:`verify_report`, which gives the exact reason.
    """
    store = ReportRoots(paths.trust_dir)
    roots, lists = store.certificates(), store.revocation_lists()
    data: bytes | None = None
    try:
        if path.is_file() and path.stat().st_size <= MAX_REPORT_BYTES:
            data = path.read_bytes()
    except OSError:
        data = None
    if data is None:
        return verify_report(path, roots, revocation_lists=lists), None
    return verify_bytes(data, roots, name=str(path), revocation_lists=lists), data


class KeepColourDelegate(QStyledItemDelegate):
    """Keeps a cell's own text colour in a selected row (green / red verdicts)."""

    def initStyleOption(self, option: QStyleOptionViewItem,
                        index: QModelIndex | QPersistentModelIndex) -> None:
        super().initStyleOption(option, index)
        colour = index.data(Qt.ItemDataRole.ForegroundRole)
        if isinstance(colour, QColor):
            option.palette.setColor(QPalette.ColorRole.HighlightedText, colour)


class ReportTable(QTableView):
    """The list of reports; Delete removes the selected ones."""

    def __init__(self, remove: object, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._remove = remove

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.matches(QKeySequence.StandardKey.Delete) or event.key() in (
                Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            if callable(self._remove):
                self._remove()
            event.accept()
            return
        super().keyPressEvent(event)


class VerifyDialog(FollowsLanguage, QDialog):
    """Several reports: whether each is authentic, why, what it says, and its pages."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("verifyDialog")
        self.setAcceptDrops(True)
        self.model = VerifiedReportsModel(ctx.lang)

        # -- top: add / remove, drop hint, notices ------------------------------
        self.add_button = QPushButton()
        self.add_button.setObjectName("addReportsButton")
        self.remove_button = QPushButton()
        self.remove_button.setObjectName("removeReportButton")
        self.drop_hint = QLabel()
        set_role(self.drop_hint, "mutedLabel")
        self.no_roots = QLabel()
        set_role(self.no_roots, "openQuestionsHint")
        self.no_roots.setWordWrap(True)
        self.note = QLabel()
        set_role(self.note, "openQuestionsHint")
        self.note.setWordWrap(True)
        self.note.setVisible(False)

        self.table = self._build_table()
        self.details = ReportDetails(lambda: self.ctx.lang, self._installed_pack)

        self.roots_page = TrustedRootsPage(ctx)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("verifyTabs")
        self.tabs.addTab(self.details, "")
        self.tabs.addTab(self.roots_page, "")
        self.preview = ReportPreview()
        self._lay_out()
        self._set_tab_order()
        self.add_shortcut = QShortcut(QKeySequence.StandardKey.Open, self)
        self.add_shortcut.activated.connect(self.add_reports)
        self.add_button.clicked.connect(self.add_reports)
        self.remove_button.clicked.connect(self.remove_selected)
        self.roots_page.changed.connect(self._roots_changed)
        selection = self.table.selectionModel()
        selection.currentRowChanged.connect(self._current_changed)
        selection.selectionChanged.connect(self._selection_changed)
        self.model.rowsRemoved.connect(self._update_buttons)
        self._restore_layout()
        self.retranslate()
        self.roots_page.refresh()
        self._update_roots_tab()

    def _build_table(self) -> ReportTable:
        table = ReportTable(self.remove_selected)
        table.setObjectName("verifiedReports")
        table.setModel(self.model)
        item_view(table)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setTabKeyNavigation(False)
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        table.verticalHeader().setVisible(False)
        table.setTextElideMode(Qt.TextElideMode.ElideRight)
        header = table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(FILE, QHeaderView.ResizeMode.Stretch)
        for column in (AUTHENTIC, SIGNED_AT, VERDICT):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(SIGNER, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(SIGNER, 130)
        header.setMinimumSectionSize(60)
        table.setItemDelegateForColumn(AUTHENTIC, KeepColourDelegate(table))
        return table

    def _lay_out(self) -> None:
        self.left_splitter = QSplitter(Qt.Orientation.Vertical)
        self.left_splitter.setObjectName("verifyLeftSplitter")
        self.left_splitter.setChildrenCollapsible(False)
        self.left_splitter.addWidget(self.table)
        self.left_splitter.addWidget(self.tabs)
        self.left_splitter.setStretchFactor(0, 2)
        self.left_splitter.setStretchFactor(1, 5)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.no_roots)
        left_layout.addWidget(self.left_splitter, 1)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("verifySplitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.preview)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        top = QHBoxLayout()
        top.addWidget(self.add_button)
        top.addWidget(self.remove_button)
        top.addSpacing(12)
        top.addWidget(self.drop_hint, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.note)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.buttons)

    def _set_tab_order(self) -> None:
        QWidget.setTabOrder(self.add_button, self.remove_button)
        QWidget.setTabOrder(self.remove_button, self.table)
        QWidget.setTabOrder(self.table, self.tabs)
        QWidget.setTabOrder(self.tabs, self.details)
        QWidget.setTabOrder(self.details, self.roots_page.table)
        QWidget.setTabOrder(self.roots_page.table, self.roots_page.add_button)
        QWidget.setTabOrder(self.roots_page.add_button, self.roots_page.remove_button)
        QWidget.setTabOrder(self.roots_page.remove_button, self.preview.view)
        close = self.buttons.button(QDialogButtonBox.StandardButton.Close)
        if close is not None:
            QWidget.setTabOrder(self.preview.view, close)

    # -- size and layout, remembered -----------------------------------------------------

    def _restore_layout(self) -> None:
        settings = self.ctx.settings
        geometry = settings.geometry("verify_dialog")
        if geometry is None or not self.restoreGeometry(geometry):
            width, height = DEFAULT_SIZE
            parent = self.parentWidget()
            screen = parent.screen() if parent is not None else QGuiApplication.primaryScreen()
            if screen is not None:
                room = screen.availableGeometry()
                width = min(width, room.width() - 40)
                height = min(height, room.height() - 60)
            self.resize(width, height)
        self.splitter.setSizes([self.width() // 2, self.width() - self.width() // 2])
        self.left_splitter.setSizes([170, 530])
        for name, splitter in (("verify_splitter", self.splitter),
                               ("verify_left_splitter", self.left_splitter)):
            state = settings.geometry(name)
            if state is not None:
                splitter.restoreState(state)

    def save_layout(self) -> None:
        settings = self.ctx.settings
        settings.set_geometry("verify_dialog", self.saveGeometry())
        settings.set_geometry("verify_splitter", self.splitter.saveState())
        settings.set_geometry("verify_left_splitter", self.left_splitter.saveState())
        settings.sync()

    def done(self, result: int) -> None:
        self.save_layout()
        self.preview.show_row(None)
        super().done(result)

    # -- texts -------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Verify signed reports"))
        self.add_button.setText(self.tr("Add reports…"))
        self.add_button.setToolTip(self.tr("Choose one or more signed PDF reports (Ctrl+O)"))
        self.add_button.setAccessibleName(self.tr("Add reports"))
        self.remove_button.setText(self.tr("Remove from list"))
        self.remove_button.setToolTip(self.tr("Remove the selected reports from the list "
                                              "(Delete); the files are not touched"))
        self.remove_button.setAccessibleName(self.tr("Remove from list"))
        self.drop_hint.setText(self.tr("Or drop PDF files anywhere on this window."))
        self.table.setAccessibleName(self.tr("Reports checked"))
        self.table.setAccessibleDescription(self.tr(
            "One row per file: verification result, signer, signing time and the "
            "assessment verdict. Delete removes the selected rows."))
        self.details.setAccessibleName(self.tr("Details of the selected report"))
        self.tabs.setTabText(0, self.tr("Details"))
        self.tabs.setAccessibleName(self.tr("Details and trusted roots"))
        self.roots_page.retranslate()
        self.no_roots.setText(self.tr(
            "No trusted root certificate is set up on this computer, so every report will be "
            "rejected. Add the organisation's root certificate under “Trusted roots”."))
        self.model.set_language(self.ctx.lang)
        self._update_roots_tab()
        self._show_current()

    def _update_roots_tab(self) -> None:
        count = self.roots_page.count()
        self.tabs.setTabText(1, self.tr("Trusted roots (%1)").replace("%1", str(count)))
        self.no_roots.setVisible(count == 0)

    def _roots_changed(self) -> None:
        self._update_roots_tab()
        self.verify_all()

    # -- adding and removing reports -----------------------------------------------------

    def add_reports(self) -> None:
        """Ask for one or more reports and check them."""
        paths = self.ctx.prompts.open_files(self, self.tr("Choose signed reports"),
                                            start_folder(self.ctx.settings),
                                            self.tr("PDF reports (*.pdf);;All files (*)"))
        if paths:
            remember_folder(self.ctx.settings, paths[0])
            self.add_paths([Path(path) for path in paths])

    def add_paths(self, paths: Sequence[Path]) -> None:
        """Check ``paths`` (a file already in the list is checked again, not added twice);
        the first of them becomes the selected row."""
        first = -1
        for path in paths:
            row = self.model.find(path)
            if row < 0:
                self.model.add(path)
                row = self.model.rowCount() - 1
            self._verify_row(row)
            if first < 0:
                first = row
        if first >= 0:
            self.table.selectRow(first)
            self.table.setCurrentIndex(self.model.index(first, FILE))
        self._update_buttons()

    def verify(self, path: Path) -> None:
        """Check one file: added to the list (or checked again) and selected."""
        self.add_paths([path])

    @property
    def outcome(self) -> VerificationResult | None:
        """The result of the selected report (None while it is checked or when none is)."""
        entry = self.current_row()
        return entry.result if entry is not None else None

    def remove_selected(self) -> None:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        if not rows:
            current = self.table.currentIndex()
            rows = [current.row()] if current.isValid() else []
        if not rows:
            return
        self.model.remove_rows(rows)
        if self.model.rowCount():
            row = min(rows[0], self.model.rowCount() - 1)
            self.table.selectRow(row)
            self.table.setCurrentIndex(self.model.index(row, FILE))
        self._show_current()
        self._update_buttons()

    # -- checking --------------------------------------------------------------------------

    @property
    def checking(self) -> int:
        """How many files are being checked."""
        return sum(1 for entry in self.model.rows() if entry.pending)

    def verify_all(self) -> None:
        """Check every file in the list again (after the trusted roots changed)."""
        for row in range(self.model.rowCount()):
            self._verify_row(row)
        self._show_current()

    def _verify_row(self, row: int) -> None:
        entry = self.model.row_at(row)
        if entry is None:
            return
        generation = self.model.start_check(row)
        key, path, paths = entry.key, entry.path, self.ctx.paths

        def work(progress: Progress) -> tuple[VerificationResult, bytes | None]:
            return check_file(path, paths)

        def done(outcome: tuple[VerificationResult, bytes | None]) -> None:
            result, data = outcome
            changed = self.model.set_result(key, generation, result, data)
            if changed >= 0 and changed == self.table.currentIndex().row():
                self._show_current()
            self._update_buttons()

        def failed(error: BaseException) -> None:
            # check_file never raises for a bad file; this is a fault of the program
            result = VerificationResult(str(path), False,
                                        (f"the file could not be checked ({error})",),
                                        reasons_zh=(f"无法核验该文件（{error}）",))
            self.model.set_result(key, generation, result, None)
            self._show_current()
            self.ctx.errors.report(error, self, self.tr("The report cannot be checked"))

        run_task(work, on_finished=done, on_failed=failed)
        if row == self.table.currentIndex().row():
            self._show_current()

    # -- selection -----------------------------------------------------------------------------

    def current_row(self) -> ReportRow | None:
        index = self.table.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def _current_changed(self, current: QModelIndex, previous: QModelIndex) -> None:
        self._show_current()

    def _selection_changed(self, selected: QItemSelection, deselected: QItemSelection) -> None:
        self._update_buttons()

    def _show_current(self) -> None:
        entry = self.current_row()
        self.details.show_row(entry)
        self.preview.show_row(entry)

    def _update_buttons(self, *_: object) -> None:
        has_rows = self.model.rowCount() > 0
        self.remove_button.setEnabled(has_rows and self.table.currentIndex().isValid())

    # -- drag and drop ------------------------------------------------------------------------

    @staticmethod
    def _local_urls(urls: Sequence[QUrl]) -> list[QUrl]:
        return [url for url in urls if url.isLocalFile()]

    def _accept_local_files(self, event: QDragMoveEvent) -> None:
        """Take a drag (entering or moving) as a copy when it carries local files."""
        mime = event.mimeData()
        if mime is not None and mime.hasUrls() and self._local_urls(mime.urls()):
            event.setDropAction(Qt.DropAction.CopyAction)
            event.accept()
        else:
            event.ignore()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        self._accept_local_files(event)

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        self._accept_local_files(event)

    def dropEvent(self, event: QDropEvent) -> None:
        mime = event.mimeData()
        if mime is None or not mime.hasUrls():
            event.ignore()
            return
        files: list[Path] = []
        folders: list[str] = []
        remote = 0
        for url in mime.urls():
            if not url.isLocalFile():
                remote += 1
                continue
            path = Path(url.toLocalFile())
            if path.is_dir():
                folders.append(path.name or str(path))
            else:
                files.append(path)
        notes = []
        if folders:
            notes.append(self.tr("Folders are not searched for reports; skipped: %1.")
                         .replace("%1", list_separator(self.ctx.lang).join(folders)))
        if remote:
            notes.append(self.tr("Only files on this computer can be checked; %n other "
                                 "item(s) skipped.", "", remote))
        self.note.setText(" ".join(notes))
        self.note.setVisible(bool(notes))
        if notes:
            # the note as context: no call once the dialog (and the note) is gone
            QTimer.singleShot(15000, self.note, lambda: self.note.setVisible(False))
        if files:
            self.add_paths(files)
        event.setDropAction(Qt.DropAction.CopyAction)
        event.accept()

    # -- the pack's questions, when it is installed here ------------------------------------------

    def _installed_pack(self, pack_id: str, version: int, pack_sha256: str) -> Pack | None:
        """The pack a report answers when this exact version is installed here."""
        collection = self.ctx.collection
        try:
            if collection.packs.content_hash(pack_id, version) != pack_sha256:
                return None
            return collection.packs.get(pack_id, version)
        except SelfCheckError:
            return None
