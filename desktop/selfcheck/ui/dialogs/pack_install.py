"""Packs → Install…: verify a signed pack file (.ckpack), show what it would change,
install on confirmation. Verification and installing run off the GUI thread."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from selfcheck.core.packs.describe import pack_outline_lines
from selfcheck.core.packs.diff import format_diff
from selfcheck.core.packs.file import PACK_FILE_SUFFIX
from selfcheck.core.packs.install import InstallResult, InstallStatus, PackPreview
from selfcheck.ui.context import AppContext
from selfcheck.ui.i18n import FollowsLanguage
from selfcheck.ui.style import set_role
from selfcheck.ui.tasks import run_collection_task

PACK_FILTER_PATTERN = f"*{PACK_FILE_SUFFIX}"


class PackInstallDialog(FollowsLanguage, QDialog):
    """Choose a pack file, see its verification and differences, install it."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("packInstallDialog")
        self.preview: PackPreview | None = None
        self.outcome: InstallResult | None = None
        self.path: Path | None = None
        self.busy = False

        self.choose_button = QPushButton()
        self.choose_button.setObjectName("choosePackButton")
        self.file_label = QLabel()
        set_role(self.file_label, "mutedLabel")
        self.file_label.setWordWrap(True)
        self.summary = QLabel()
        self.summary.setObjectName("packSummary")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.problem = QLabel()
        set_role(self.problem, "inlineError")
        self.problem.setWordWrap(True)
        self.problem.setVisible(False)
        self.details = QPlainTextEdit()
        self.details.setObjectName("packDiff")
        self.details.setReadOnly(True)
        mono = QFont("monospace")
        mono.setStyleHint(QFont.StyleHint.Monospace)
        self.details.setFont(mono)
        self.buttons = QDialogButtonBox()
        self.install_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.install_button.setObjectName("installPackButton")
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.install_button.clicked.connect(self.install)
        self.close_button.clicked.connect(self.reject)
        self.choose_button.clicked.connect(self.choose)

        top = QHBoxLayout()
        top.addWidget(self.choose_button)
        top.addWidget(self.file_label, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(self.problem)
        layout.addWidget(self.details, 1)
        layout.addWidget(self.buttons)
        self.resize(820, 560)
        self.retranslate()
        self._update()


    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Install a checklist pack"))
        self.choose_button.setText(self.tr("Choose pack file…"))
        self.install_button.setText(self.tr("Install"))
        self.details.setAccessibleName(self.tr("Differences to the installed version"))
        self._update()

    def choose(self) -> None:
        path = self.ctx.prompts.open_file(
            self, self.tr("Choose a signed pack file"), self.ctx.settings.last_directory,
            self.tr("Signed checklist packs (%1);;All files (*)").replace(
                "%1", PACK_FILTER_PATTERN))
        if path:
            self.ctx.settings.last_directory = str(Path(path).parent)
            self.inspect(Path(path))

    def inspect(self, path: Path) -> None:
        """Verify ``path`` in the background and show what installing it would do."""
        self.path = path
        self.preview = None
        self.busy = True
        self.problem.setVisible(False)
        self._update()
        collection = self.ctx.collection

        def done(preview: PackPreview) -> None:
            self.busy = False
            self.preview = preview
            self._update()

        def failed(error: BaseException) -> None:
            self.busy = False
            self._show_problem(error)
            self._update()

        run_collection_task(lambda progress: collection.packs.inspect_file(path),
                            on_finished=done, on_failed=failed)

    def _show_problem(self, error: BaseException) -> None:
        from selfcheck.core.errors import SelfCheckError

        if isinstance(error, SelfCheckError):
            self.problem.setText(self.tr("This pack file is not accepted: %1").replace(
                "%1", error.localized(self.ctx.lang)))
            self.problem.setVisible(True)
        else:
            self.ctx.errors.report(error, self)

    def _update(self) -> None:
        lang = self.ctx.lang
        self.file_label.setText(str(self.path) if self.path else self.tr("No file chosen."))
        preview = self.preview
        can = preview is not None and preview.can_install() and not self.busy
        self.install_button.setEnabled(can)
        self.choose_button.setEnabled(not self.busy)
        if self.busy:
            self.summary.setText(self.tr("Checking the signature and the content…"))
            self.details.clear()
            return
        if preview is None:
            self.summary.setText(self.tr("Choose a signed pack file (.ckpack) from your "
                                         "administrator. It is checked against the trusted "
                                         "pack keys of this computer before anything is "
                                         "installed."))
            self.details.clear()
            return
        pack = preview.pack
        status_text = {
            InstallStatus.NEW: self.tr("New pack: not installed before."),
            InstallStatus.UPGRADE: self.tr("Newer version: installed versions %1.").replace(
                "%1", ", ".join(f"v{v}" for v in preview.installed_versions)),
            InstallStatus.ALREADY_INSTALLED: self.tr("This version is already installed."),
            InstallStatus.ROLLBACK: self.tr("Refused: older than the installed version."),
            InstallStatus.CONFLICT: self.tr("ALARM: this version number is installed with "
                                            "different content. Nothing will be installed; "
                                            "tell your administrator."),
        }[preview.status]
        lines = [
            self.tr("%1 — version %2 · %3 · %4 items").replace("%1", pack.title.get(lang))
            .replace("%2", str(pack.version)).replace("%3", pack.label)
            .replace("%4", str(len(pack.items))),
            self.tr("Signed by: %1 (%2)").replace("%1", preview.verified.key_label or "—")
            .replace("%2", preview.verified.key_id),
            self.tr("Content SHA-256: %1").replace("%1", preview.verified.content_hash),
            status_text,
        ]
        if preview.verified.expired:
            lines.append(self.tr("This pack file has expired; it is not installed."))
        lines += list(preview.warnings)
        self.summary.setText("\n".join(lines))
        if preview.problems:
            self.problem.setText("\n".join(preview.problems))
            self.problem.setVisible(True)
        outline = "\n".join(pack_outline_lines(pack, lang))
        if preview.diff is not None:
            self.details.setPlainText(f"{outline}\n\n{format_diff(preview.diff, lang)}")
        else:
            self.details.setPlainText(outline + "\n\n" + "\n".join(
                f"{item.id}  {item.question.get(lang)}" for item in pack.items))

    def install(self) -> None:
        """Install the previewed pack (the same bytes, re-verified) in the background."""
        preview = self.preview
        if preview is None or not preview.can_install():
            return
        self.busy = True
        self._update()
        collection = self.ctx.collection

        def done(result: InstallResult) -> None:
            self.busy = False
            self.outcome = result
            self.accept()

        def failed(error: BaseException) -> None:
            self.busy = False
            self._show_problem(error)
            self._update()

        run_collection_task(lambda progress: collection.packs.install_preview(preview),
                            on_finished=done, on_failed=failed)
