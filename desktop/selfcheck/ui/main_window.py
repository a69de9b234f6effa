"""The main window: composes the views, menus and status bar. No business logic here."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QApplication, QMainWindow, QStackedWidget, QWidget

from selfcheck import PRODUCT_NAME_EN, PRODUCT_NAME_ZH
from selfcheck.core.errors import SelfCheckError
from selfcheck.ui import icons
from selfcheck.ui.actions import Actions
from selfcheck.ui.context import AppContext
from selfcheck.ui.i18n import FollowsLanguage
from selfcheck.ui.style import set_role
from selfcheck.ui.tasks import pending_tasks, wait_for_workers
from selfcheck.ui.views.assessment_list import AssessmentListView
from selfcheck.ui.views.workspace import WorkspaceView
from selfcheck.ui.widgets import ElidedLabel, fit_to_screen, fits_screen
from selfcheck.ui.wording import pack_name

if TYPE_CHECKING:  # the register window is imported when first opened
    from selfcheck.ui.review.window import ReviewWindow

log = logging.getLogger(__name__)


class MainWindow(FollowsLanguage, QMainWindow):
    """The program's window: the assessments list and the workspace in a stack."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("mainWindow")
        self.setWindowIcon(icons.app_icon())
        self.list_view = AssessmentListView(ctx)
        self.workspace = WorkspaceView(ctx)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.list_view)
        self.stack.addWidget(self.workspace)
        self.setCentralWidget(self.stack)
        self.actions_ = Actions(self)
        self.data_label = ElidedLabel(mode=Qt.TextElideMode.ElideMiddle)  # a long path
        set_role(self.data_label, "mutedLabel")
        self.statusBar().addPermanentWidget(self.data_label)
        self.statusBar().setSizeGripEnabled(True)

        a = self.actions_
        a.new.triggered.connect(self.new_assessment)
        a.open.triggered.connect(self._open_selected)
        a.backup.triggered.connect(self.backup_database)
        a.restore.triggered.connect(self.restore_database)
        a.quit.triggered.connect(self.close)
        a.show_list.triggered.connect(self.show_list)
        a.show_items.triggered.connect(self.workspace.show_items)
        a.show_summary.triggered.connect(self.workspace.show_summary)
        a.lang_zh.triggered.connect(lambda: self.set_language("zh"))
        a.lang_en.triggered.connect(lambda: self.set_language("en"))
        a.export_pdf.triggered.connect(self.export_report)
        a.sign_off.triggered.connect(self.edit_sign_off)
        a.export_questionnaire.triggered.connect(self.export_questionnaire)
        a.import_workbook.triggered.connect(self.import_workbook)
        a.verify.triggered.connect(self.verify_report)
        a.identity.triggered.connect(self.signing_identity)
        a.register.triggered.connect(self.open_register)
        self.review_window: ReviewWindow | None = None
        self.workspace.exportRequested.connect(self.export_report)
        a.install_pack.triggered.connect(self.install_pack)
        a.upgrade.triggered.connect(self._upgrade_current)
        self.workspace.upgradeRequested.connect(
            lambda version: self.upgrade_assessment(self.workspace.assessment_id, version))
        self.workspace.profileRequested.connect(self.change_profile)
        a.guide.triggered.connect(self.show_guide)
        a.shortcuts.triggered.connect(self.show_shortcuts)
        a.about.triggered.connect(self.show_about)
        self.list_view.newRequested.connect(self.new_assessment)
        self.list_view.openRequested.connect(self.open_assessment)
        self.workspace.backRequested.connect(self.show_list)
        a.set_workspace_actions(False)

        geometry = ctx.settings.geometry("main_window")
        if geometry is None or not self.restoreGeometry(geometry) or not fits_screen(self):
            fit_to_screen(self, QSize(1440, 900))
        state = ctx.settings.geometry("main_window_state")
        if state is not None:
            self.restoreState(state)
        self.retranslate()

    # -- language --------------------------------------------------------------


    def retranslate(self) -> None:
        self.actions_.retranslate()
        lang = self.ctx.lang
        self.actions_.lang_zh.setChecked(lang == "zh")
        self.actions_.lang_en.setChecked(lang == "en")
        self.data_label.setText(self.tr("Data folder: %1").replace(
            "%1", str(self.ctx.paths.data_dir)))
        self._update_title()

    def _update_title(self) -> None:
        name = PRODUCT_NAME_ZH if self.ctx.lang == "zh" else PRODUCT_NAME_EN
        assessment = self.workspace.assessment
        if self.stack.currentWidget() is self.workspace and assessment is not None:
            record = assessment.record
            self.setWindowTitle(f"{record.organisation} — {record.system_name} — {name}")
        else:
            self.setWindowTitle(name)

    def set_language(self, lang: str) -> None:
        """Switch the language of the whole window (and remember it)."""
        self.ctx.settings.language = lang
        self.ctx.i18n.set_language(lang)

    # -- navigation ------------------------------------------------------------

    def show_list(self) -> None:
        current = self.workspace.assessment_id
        if self.workspace.assessment is not None:
            self.workspace.close_assessment()
        self.list_view.refresh(select_id=current)
        self.stack.setCurrentWidget(self.list_view)
        self.actions_.set_workspace_actions(False)
        self.list_view.table.setFocus()
        self._update_title()

    def open_assessment(self, assessment_id: int) -> bool:
        """Open an assessment in the workspace."""
        try:
            self.workspace.open_assessment(assessment_id)
        except SelfCheckError as exc:
            self.ctx.errors.report(exc, self, self.tr("The assessment cannot be opened"))
            return False
        self.stack.setCurrentWidget(self.workspace)
        self.actions_.set_workspace_actions(True)
        self.workspace.focus_items()
        self._update_title()
        return True

    def _open_selected(self) -> None:
        if self.stack.currentWidget() is not self.list_view:
            self.show_list()
        elif not self.list_view.open_selected():
            self.statusBar().showMessage(self.tr("Select an assessment in the list first."), 4000)

    def new_assessment(self) -> int | None:
        """Ask for a new assessment; open it when created."""
        from selfcheck.ui.dialogs.new_assessment import NewAssessmentDialog

        dialog = NewAssessmentDialog(self.ctx, self)
        if not dialog.exec() or dialog.created_id is None:
            return None
        self.list_view.refresh(select_id=dialog.created_id)
        self.open_assessment(dialog.created_id)
        return dialog.created_id

    # -- dialogs ---------------------------------------------------------------

    def show_about(self) -> None:
        from selfcheck.ui.dialogs.about import AboutDialog

        AboutDialog(self.ctx, self).exec()

    def show_guide(self) -> None:
        """Help → User guide: the documentation, offline."""
        from selfcheck.ui.dialogs.user_guide import UserGuideDialog

        UserGuideDialog(self.ctx, self).exec()

    def show_shortcuts(self) -> None:
        lines = [
            self.tr("In the workspace (outside text fields):"),
            self.tr("1 / 2 / 3 / 4 — implemented / partial / not implemented / not applicable"),
            self.tr("N / P — next / previous unanswered item"),
            self.tr("F — flag for follow-up;  J — write the justification"),
            self.tr("Inside text fields: Ctrl+1…4 set the status, Alt+N / Alt+P move, "
                    "Esc returns to the list"),
            self.tr("A status key leaves the keyboard in the list: after 2, 3 or 4 press J "
                    "to write the justification."),
            self.tr("Ctrl+F — search items;  Ctrl+Shift+S — summary;  Ctrl+Shift+I — items;  "
                    "Ctrl+L — assessments"),
            self.tr("Ctrl+N — new assessment;  Ctrl+O — open;  Ctrl+E — export;  F1 — this "
                    "list;  Ctrl+Q — quit"),
        ]
        self.ctx.prompts.info(self, self.tr("Keyboard shortcuts"), "\n".join(lines))

    def _chosen_assessment(self) -> int | None:
        """The open assessment (with what is on screen saved), or the one selected in the
        list."""
        if self.stack.currentWidget() is self.workspace:
            self.workspace.flush()
            return self.workspace.assessment_id
        return self.list_view.selected_id()

    def _assessment_or_hint(self) -> int | None:
        """The assessment a menu command acts on; None, with a hint in the status bar, when
        there is none."""
        assessment_id = self._chosen_assessment()
        if assessment_id is None:
            self.statusBar().showMessage(self.tr("Select an assessment in the list first."), 4000)
        return assessment_id

    def export_report(self) -> None:
        """File → Export report (PDF, workbook, Word)…"""
        from selfcheck.ui.dialogs.export_pdf import ExportDialog

        assessment_id = self._assessment_or_hint()
        if assessment_id is None:
            return
        try:
            dialog = ExportDialog(self.ctx, assessment_id, self)
        except SelfCheckError as exc:
            self.ctx.errors.report(exc, self)
            return
        dialog.exec()
        result = dialog.outcome
        if result is not None:
            message = self.tr("The report was written to %1.").replace("%1", str(result.path))
            if result.signed and result.signer:
                message += "\n" + self.tr("Signed by %1.").replace("%1", result.signer)
            self.statusBar().showMessage(message.replace("\n", " "), 10000)
            self.offer_to_open(result.path, self.tr("Report exported"), message)

    def offer_to_open(self, path: Path, title: str, message: str) -> None:
        """Say that ``path`` was written and offer to open it or the folder it is in."""
        choice = self.ctx.prompts.choose(self, title, message,
                                         [self.tr("Open file"), self.tr("Open containing folder")])
        if choice < 0:
            return
        target = path if choice == 0 else path.parent
        if not self.ctx.prompts.open_location(target):
            self.ctx.errors.report(self.tr("No program on this computer opens %1.").replace(
                "%1", str(target)), self)

    def edit_sign_off(self) -> None:
        """File → Prepared, reviewed and approved by…"""
        from selfcheck.ui.dialogs.sign_off import SignOffDialog

        assessment_id = self._assessment_or_hint()
        if assessment_id is None:
            return
        if SignOffDialog(self.ctx, assessment_id, self).exec():
            self.statusBar().showMessage(self.tr("Sign-off saved."), 6000)

    def export_questionnaire(self) -> None:
        """File → Export questionnaire workbook…"""
        from selfcheck.ui.dialogs.questionnaire_export import QuestionnaireExportDialog

        assessment_id = self._assessment_or_hint()
        if assessment_id is None:
            return
        dialog = QuestionnaireExportDialog(self.ctx, assessment_id, self)
        dialog.exec()
        if dialog.outcome is not None:
            self.statusBar().showMessage(self.tr("Questionnaire with %1 item(s) written to %2.")
                                         .replace("%1", str(dialog.outcome.items))
                                         .replace("%2", str(dialog.outcome.path)), 10000)

    def import_workbook(self) -> None:
        """File → Import answers from a workbook…: preview, then apply what is ticked."""
        from selfcheck.ui.dialogs.workbook_import import WorkbookImportDialog

        assessment_id = self._assessment_or_hint()
        if assessment_id is None:
            return
        path = self.ctx.prompts.open_file(self, self.tr("Choose the returned questionnaire"),
                                          self.ctx.settings.last_directory or "",
                                          self.tr("Workbook (*.xlsx)"))
        if not path:
            return
        dialog = WorkbookImportDialog(self.ctx, assessment_id, Path(path), self)
        dialog.load()
        dialog.exec()
        result = dialog.outcome
        if result is None:
            return
        if self.workspace.assessment_id == assessment_id:  # show the merged answers
            self.workspace.close_assessment()
            self.open_assessment(assessment_id)
        self.list_view.refresh(select_id=assessment_id)
        self.statusBar().showMessage(self.tr("%1 answer(s) imported.").replace(
            "%1", str(len(result.applied))), 10000)

    def verify_report(self) -> None:
        """Tools → Verify a report…"""
        try:
            from selfcheck.ui.dialogs.verify_report import VerifyDialog
        except ImportError:  # the PDF preview's Qt modules link libraries the window does not
            from selfcheck.syslibs import check_preview_libraries

            problem = check_preview_libraries()
            if problem is None:
                raise
            self.ctx.errors.report(problem, self)
            return
        dialog = VerifyDialog(self.ctx, self)
        dialog.add_reports()
        dialog.exec()

    def open_register(self) -> ReviewWindow:
        """Tools → Report register…: the register of received reports, in its own window."""
        if self.review_window is None:
            from selfcheck.ui.review.window import ReviewWindow as Window

            self.review_window = Window(self.ctx, self)
        self.review_window.show()
        self.review_window.raise_()
        self.review_window.activateWindow()
        return self.review_window

    def signing_identity(self) -> None:
        """Tools → Signing identity…"""
        from selfcheck.ui.dialogs.signing_identity import SigningIdentityDialog

        SigningIdentityDialog(self.ctx, self).exec()

    def install_pack(self) -> None:
        """Packs → Install…"""
        from selfcheck.ui.dialogs.pack_install import PackInstallDialog

        dialog = PackInstallDialog(self.ctx, self)
        dialog.choose()
        dialog.exec()
        result = dialog.outcome
        if result is not None and result.installed:
            try:
                name = pack_name(self.ctx.collection.packs.get(result.pack_id, result.version),
                                 self.ctx.lang)
            except SelfCheckError:
                name = f"{result.pack_id} v{result.version}"
            self.statusBar().showMessage(self.tr("Installed %1").replace("%1", name), 8000)
            self.list_view.refresh()
            self.workspace.refresh_header()

    def _upgrade_current(self) -> None:
        self.upgrade_assessment(self._assessment_or_hint(), None)

    def upgrade_assessment(self, assessment_id: int | None, version: int | None) -> int | None:
        """Show the upgrade plan; on confirmation open the upgraded assessment."""
        if assessment_id is None:
            return None
        from selfcheck.ui.dialogs.upgrade import UpgradeDialog

        dialog = UpgradeDialog(self.ctx, assessment_id, version, self)
        dialog.exec()
        result = dialog.outcome
        if result is None:
            return None
        self.list_view.refresh(select_id=result.new_assessment_id)
        self.open_assessment(result.new_assessment_id)
        return result.new_assessment_id

    def change_profile(self) -> None:
        """The workspace's "Profile questions…": change the answers, then show the items that
        apply now (the answers of the others are kept)."""
        assessment_id = self.workspace.assessment_id
        if assessment_id is None:
            return
        self.workspace.flush()
        from selfcheck.ui.dialogs.profile import ProfileDialog

        try:
            dialog = ProfileDialog(self.ctx, assessment_id, self)
        except SelfCheckError as exc:
            self.ctx.errors.report(exc, self)
            return
        dialog.exec()
        change = dialog.outcome
        if change is None or change.is_empty:
            return
        self.open_assessment(assessment_id)
        self.list_view.refresh(select_id=assessment_id)
        self.statusBar().showMessage(self.tr(
            "Profile changed: %1 item(s) apply now, %2 no longer apply (answers kept).")
            .replace("%1", str(len(change.now_applying)))
            .replace("%2", str(len(change.no_longer_applying))), 10000)

    def backup_database(self) -> None:
        from selfcheck.ui.dialogs import database

        self.workspace.flush()  # the backup holds what is on screen
        database.backup_database(self.ctx, self, done=lambda path: self.statusBar().showMessage(
            self.tr("Backup written to %1").replace("%1", path), 8000))

    def restore_database(self) -> None:
        def before() -> None:
            self.workspace.close_assessment()
            self.stack.setCurrentWidget(self.list_view)
            self.actions_.set_workspace_actions(False)

        def after(message: str) -> None:
            self.list_view.refresh()
            if self.review_window is not None and self.review_window.isVisible():
                self.review_window.refresh()
            if message:
                self.ctx.prompts.info(self, self.tr("Database restored"), message)

        from selfcheck.ui.dialogs import database

        database.restore_database(self.ctx, self, before=before, after=after)

    # -- closing ---------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:
        """Save everything on screen before the window goes."""
        try:
            self.workspace.close_assessment()
        except Exception:  # never keep the user from closing; the error is logged
            log.exception("saving on close failed")
        if self.review_window is not None:
            self.review_window.close()  # cancels a running import
        if pending_tasks():
            wait_for_workers(15000)
            QApplication.processEvents()
        settings = self.ctx.settings
        settings.set_geometry("main_window", self.saveGeometry())
        settings.set_geometry("main_window_state", self.saveState())
        settings.sync()
        super().closeEvent(event)

