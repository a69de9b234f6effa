"""Tools → Signing identity…: choose the signer identity file (.p12) used for signed
exports, open it with its passphrase to check it, and remember its path (never the
passphrase)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from selfcheck.core.errors import SelfCheckError
from selfcheck.core.pki.algorithms import label as algorithm_label
from selfcheck.core.pki.ca import Identity, load_identity
from selfcheck.ui.context import AppContext
from selfcheck.ui.folders import start_folder
from selfcheck.ui.i18n import FollowsLanguage
from selfcheck.ui.style import set_role
from selfcheck.ui.tasks import run_task
from selfcheck.ui.widgets import ProblemLabel


class SigningIdentityDialog(FollowsLanguage, QDialog):
    """Pick and check the signer identity."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("signingIdentityDialog")
        self.identity: Identity | None = None
        self.path = ctx.settings.identity_path
        self.busy = False

        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.path_label = QLabel()
        set_role(self.path_label, "mutedLabel")
        self.path_label.setWordWrap(True)
        self.path_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.choose_button = QPushButton()
        self.choose_button.setObjectName("chooseIdentityButton")
        self.passphrase = QLineEdit()
        self.passphrase.setObjectName("identityPassphrase")
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.check_button = QPushButton()
        self.check_button.setObjectName("checkIdentityButton")
        self.details = QLabel()
        self.details.setObjectName("identityDetails")
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.problem = ProblemLabel()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        file_row = QHBoxLayout()
        file_row.addWidget(self.path_label, 1)
        file_row.addWidget(self.choose_button)
        pass_row = QHBoxLayout()
        pass_row.addWidget(self.passphrase, 1)
        pass_row.addWidget(self.check_button)
        self.form = QFormLayout()
        self.file_caption = QLabel()
        self.pass_caption = QLabel()
        self.pass_caption.setBuddy(self.passphrase)
        self.form.addRow(self.file_caption, file_row)
        self.form.addRow(self.pass_caption, pass_row)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(self.form)
        layout.addWidget(self.details)
        layout.addWidget(self.problem)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.choose_button.clicked.connect(self.choose)
        self.check_button.clicked.connect(self.check)
        self.passphrase.returnPressed.connect(self.check)
        self.resize(640, 360)
        self.retranslate()


    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Signing identity"))
        self.intro.setText(self.tr(
            "Signed reports are certified with your signer identity: a .pem (SM2) or .p12 "
            "(ECDSA) file issued by your organisation's certificate authority. Only the file's location is "
            "remembered; the passphrase is asked for each time you sign."))
        self.file_caption.setText(self.tr("Identity file:"))
        self.pass_caption.setText(self.tr("&Passphrase:"))
        self.passphrase.setAccessibleName(self.tr("Passphrase of the identity"))
        self.choose_button.setText(self.tr("Choose…"))
        self.check_button.setText(self.tr("Open and check"))
        self._show()

    def choose(self) -> None:
        start = str(Path(self.path).parent) if self.path else start_folder(self.ctx.settings)
        path = self.ctx.prompts.open_file(self, self.tr("Choose your signer identity"), start,
                                          self.tr("Signer identity (*.pem *.p12 *.pfx);;All files (*)"))
        if path:
            self.path = path
            self.identity = None
            self.problem.setVisible(False)
            self._show()

    def check(self) -> None:
        """Open the identity with the passphrase (in the background) and show it."""
        if not self.path:
            return
        path, passphrase = Path(self.path), self.passphrase.text()
        if not passphrase:
            self.identity = None
            self.problem.setText(self.tr("Enter the passphrase of the identity."))
            self.problem.setVisible(True)
            self.passphrase.setFocus()
            self._show()
            return
        self.busy = True
        self._show()

        def opened(identity: Identity) -> None:
            self.busy = False
            self.identity = identity
            problems = identity.problems(lang=self.ctx.lang)
            self.problem.setText("\n".join(problems))
            self.problem.setVisible(bool(problems))
            self._show()

        def failed(error: BaseException) -> None:
            self.busy = False
            self.identity = None
            if isinstance(error, SelfCheckError):
                self.problem.setText(error.localized(self.ctx.lang))
                self.problem.setVisible(True)
            else:
                self.ctx.errors.report(error, self)
            self._show()

        run_task(lambda progress: load_identity(path, passphrase), on_finished=opened,
                 on_failed=failed)

    def _show(self) -> None:
        self.path_label.setText(self.path or self.tr("No identity chosen yet."))
        self.check_button.setEnabled(bool(self.path) and not self.busy)
        if self.busy:
            self.details.setText(self.tr("Opening…"))
        elif self.identity is not None:
            identity = self.identity
            rows = [
                (self.tr("Signer:"), identity.subject),
                (self.tr("Issued by:"), identity.issuer),
                (self.tr("Algorithm:"), algorithm_label(identity.algorithm)),
                (self.tr("Valid:"),
                 f"{identity.not_before:%Y-%m-%d} — {identity.not_after:%Y-%m-%d}"),
                (self.tr("Fingerprint (SHA-256):"), identity.fingerprint),
            ]
            days = (self.identity.not_after - dt.datetime.now(dt.UTC)).days
            rows.append((self.tr("Expires in:"), self.tr("%1 days").replace("%1", str(days))))
            self.details.setText("\n".join(f"{label} {value}" for label, value in rows))
        else:
            self.details.setText("")

    def accept(self) -> None:
        self.ctx.settings.identity_path = self.path
        self.passphrase.clear()
        super().accept()
