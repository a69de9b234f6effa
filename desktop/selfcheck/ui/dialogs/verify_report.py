"""Tools → Verify a report…: check a signed PDF report against this machine's trusted
roots, and manage those roots. Verification runs off the GUI thread."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from selfcheck.core import trust
from selfcheck.core.errors import SelfCheckError
from selfcheck.core.report.pdf import format_time
from selfcheck.core.scoring import Verdict
from selfcheck.core.verify import VerificationResult, verify_report
from selfcheck.ui.context import AppContext
from selfcheck.ui.tasks import run_task
from selfcheck.ui.widgets import Badge


class VerifyDialog(QDialog):
    """Choose a report, see whether it is authentic, and what it says."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("verifyDialog")
        self.outcome: VerificationResult | None = None
        self.busy = False
        self.path: Path | None = None

        self.choose_button = QPushButton()
        self.choose_button.setObjectName("chooseReportButton")
        self.file_label = QLabel()
        self.file_label.setObjectName("mutedLabel")
        self.file_label.setWordWrap(True)
        self.verdict = Badge()
        self.verdict.setObjectName("authenticBadge")
        self.verdict.setVisible(False)
        self.details = QLabel()
        self.details.setObjectName("verifyDetails")
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.roots_box = QGroupBox()
        self.roots = QTableWidget(0, 3)
        self.roots.setObjectName("trustedRoots")
        self.roots.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.roots.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.roots.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.roots.verticalHeader().setVisible(False)
        self.roots.setTabKeyNavigation(False)
        header = self.roots.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.add_root_button = QPushButton()
        self.remove_root_button = QPushButton()
        roots_buttons = QHBoxLayout()
        roots_buttons.addWidget(self.add_root_button)
        roots_buttons.addWidget(self.remove_root_button)
        roots_buttons.addStretch(1)
        roots_layout = QVBoxLayout(self.roots_box)
        roots_layout.addWidget(self.roots)
        roots_layout.addLayout(roots_buttons)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        top = QHBoxLayout()
        top.addWidget(self.choose_button)
        top.addWidget(self.file_label, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.verdict, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.details)
        layout.addWidget(self.roots_box, 1)
        layout.addWidget(self.buttons)
        self.choose_button.clicked.connect(self.choose)
        self.add_root_button.clicked.connect(self.add_root)
        self.remove_root_button.clicked.connect(self.remove_root)
        self.roots.itemSelectionChanged.connect(self._update_buttons)
        self.resize(780, 600)
        self.retranslate()
        self.refresh_roots()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Verify a signed report"))
        self.choose_button.setText(self.tr("Choose report…"))
        self.roots_box.setTitle(self.tr("Trusted roots of this computer"))
        self.roots.setHorizontalHeaderLabels(
            [self.tr("Root certificate"), self.tr("Valid until"), self.tr("Fingerprint")])
        self.roots.setAccessibleName(self.tr("Trusted roots"))
        self.add_root_button.setText(self.tr("Add root certificate…"))
        self.remove_root_button.setText(self.tr("Remove"))
        self._show()

    # -- roots -----------------------------------------------------------------

    def refresh_roots(self) -> None:
        roots = trust.list_roots(self.ctx.paths)
        self.roots.setRowCount(len(roots))
        for row, root in enumerate(roots):
            subject = QTableWidgetItem(root.subject)
            subject.setData(Qt.ItemDataRole.UserRole, root.fingerprint)
            self.roots.setItem(row, 0, subject)
            self.roots.setItem(row, 1, QTableWidgetItem(f"{root.not_after:%Y-%m-%d}"))
            fingerprint = QTableWidgetItem(root.fingerprint[:16] + "…")
            fingerprint.setToolTip(root.fingerprint)
            self.roots.setItem(row, 2, fingerprint)
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.remove_root_button.setEnabled(bool(self.roots.selectedItems()) and not self.busy)
        self.choose_button.setEnabled(not self.busy)

    def add_root(self, path: str | None = None) -> None:
        if not path:
            path = self.ctx.prompts.open_file(
                self, self.tr("Choose the organisation's root certificate"),
                self.ctx.settings.last_directory,
                self.tr("Certificates (*.pem *.crt *.cer *.der);;All files (*)"))
        if not path:
            return
        try:
            trust.add_root(self.ctx.paths, Path(path))
        except SelfCheckError as exc:
            self.ctx.errors.report(exc, self, self.tr("The certificate was not added"))
            return
        self.refresh_roots()
        if self.path is not None:
            self.verify(self.path)

    def remove_root(self) -> None:
        items = self.roots.selectedItems()
        if not items:
            return
        row = items[0].row()
        cell = self.roots.item(row, 0)
        if cell is None:
            return
        fingerprint = str(cell.data(Qt.ItemDataRole.UserRole))
        if not self.ctx.prompts.confirm(
                self, self.tr("Stop trusting this root?"),
                self.tr("Reports signed under “%1” will no longer verify on this computer.")
                .replace("%1", cell.text())):
            return
        try:
            trust.remove_root(self.ctx.paths, fingerprint)
        except SelfCheckError as exc:
            self.ctx.errors.report(exc, self)
        self.refresh_roots()

    # -- verifying -------------------------------------------------------------

    def choose(self) -> None:
        path = self.ctx.prompts.open_file(self, self.tr("Choose a signed report"),
                                          self.ctx.settings.last_directory,
                                          self.tr("PDF report (*.pdf);;All files (*)"))
        if path:
            self.ctx.settings.last_directory = str(Path(path).parent)
            self.verify(Path(path))

    def verify(self, path: Path) -> None:
        """Check ``path`` against the trusted roots (in the background)."""
        self.path = path
        self.outcome = None
        self.busy = True
        self._show()
        paths = self.ctx.paths

        def work(progress: object) -> VerificationResult:
            return verify_report(path, trust.trusted_certificates(paths))

        def done(result: object) -> None:
            self.busy = False
            assert isinstance(result, VerificationResult)
            self.outcome = result
            self._show()

        def failed(error: BaseException) -> None:
            self.busy = False
            self._show()
            self.ctx.errors.report(error, self, self.tr("The report cannot be checked"))

        run_task(work, on_finished=done, on_failed=failed)

    def _show(self) -> None:
        self._update_buttons()
        self.file_label.setText(str(self.path) if self.path else self.tr(
            "Choose a PDF report exported by AI Safety Self-Check."))
        result = self.outcome
        if self.busy:
            self.verdict.setVisible(False)
            self.details.setText(self.tr("Checking…"))
            return
        if result is None:
            self.verdict.setVisible(False)
            self.details.setText("")
            return
        lang = self.ctx.lang
        self.verdict.setVisible(True)
        if result.authentic:
            self.verdict.set_badge(self.tr("Authentic: signed, unchanged, from a trusted signer"),
                                   "#2e7d32", filled=True)
        else:
            self.verdict.set_badge(self.tr("NOT authentic"), "#c62828", filled=True)
        rows: list[str] = []
        if not result.authentic:
            rows.append(self.tr("Reason: %1").replace("%1", result.reason))
        if result.signer:
            rows.append(self.tr("Signer: %1").replace("%1", result.signer))
        if result.issuer:
            rows.append(self.tr("Issued by: %1").replace("%1", result.issuer))
        if result.signer_fingerprint:
            rows.append(self.tr("Signer fingerprint: %1").replace("%1", result.signer_fingerprint))
        if result.signing_time:
            rows.append(self.tr("Signed at: %1 — %2").replace(
                "%1", format_time(result.signing_time.astimezone())).replace(
                "%2", result.time_source))
        if result.authentic:
            if result.organisation:
                rows.append(self.tr("Assessment: %1 — %2").replace(
                    "%1", result.organisation).replace("%2", result.system_name or ""))
            if result.pack_id:
                rows.append(self.tr("Pack: %1 v%2").replace("%1", result.pack_id).replace(
                    "%2", str(result.pack_version)))
            if result.verdict:
                try:
                    verdict = Verdict(result.verdict).label(lang)
                except ValueError:
                    verdict = result.verdict
                percent = f" ({result.percent:.1f}%)" if result.percent is not None else ""
                rows.append(self.tr("Verdict: %1").replace("%1", verdict + percent))
        rows += list(result.notes)
        self.details.setText("\n".join(rows))
