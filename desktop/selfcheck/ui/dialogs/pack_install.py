"""Packs → Install…: verify a signed pack file (.ckpack), show what it would change as a
table, install on confirmation. A pack key this computer does not trust yet can be
trusted here from its public-key file, after the full fingerprint was shown and
confirmed. Verification, trusting and installing run off the GUI thread."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from selfcheck.core.errors import SelfCheckError, UntrustedPackKeyError
from selfcheck.core.packs.describe import pack_outline_lines
from selfcheck.core.packs.diff import pack_level_lines
from selfcheck.core.packs.file import PACK_FILE_SUFFIX
from selfcheck.core.packs.install import InstallResult, InstallStatus, PackPreview
from selfcheck.core.packs.keys import PUBLIC_SUFFIX, PublicPackKey, read_public_key_file
from selfcheck.core.text import list_separator
from selfcheck.ui.context import AppContext
from selfcheck.ui.folders import remember_folder, start_folder
from selfcheck.ui.i18n import FollowsLanguage
from selfcheck.ui.style import set_role
from selfcheck.ui.tasks import run_collection_task
from selfcheck.ui.views.pack_diff import PackDiffTable, diff_rows, diff_summary, new_pack_rows
from selfcheck.ui.widgets import ProblemLabel
from selfcheck.ui.wording import grouped, pack_name

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
        #: The key the chosen file is signed with, when this computer does not trust it.
        self.untrusted_key = ""
        self._error: BaseException | None = None

        self.choose_button = QPushButton()
        self.choose_button.setObjectName("choosePackButton")
        self.trust_button = QPushButton()
        self.trust_button.setObjectName("trustPackKeyButton")
        self.file_label = QLabel()
        set_role(self.file_label, "mutedLabel")
        self.file_label.setWordWrap(True)
        self.summary = QLabel()
        self.summary.setObjectName("packSummary")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.problem = ProblemLabel()
        self.changes = QLabel()
        self.changes.setObjectName("figuresLabel")
        self.changes.setWordWrap(True)
        self.details = PackDiffTable()
        self.buttons = QDialogButtonBox()
        self.install_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.install_button.setObjectName("installPackButton")
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.install_button.clicked.connect(self.install)
        self.close_button.clicked.connect(self.reject)
        self.choose_button.clicked.connect(self.choose)
        self.trust_button.clicked.connect(lambda: self.trust_key())

        top = QHBoxLayout()
        top.addWidget(self.choose_button)
        top.addWidget(self.file_label, 1)
        top.addWidget(self.trust_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(self.problem)
        layout.addWidget(self.changes)
        layout.addWidget(self.details, 1)
        layout.addWidget(self.buttons)
        self.resize(920, 600)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Install a checklist pack"))
        self.choose_button.setText(self.tr("Choose pack file…"))
        self.trust_button.setText(self.tr("Trust a pack key…"))
        self.trust_button.setToolTip(self.tr(
            "Trust the public key (.public.json) your administrator signs packs with, after "
            "comparing its fingerprint"))
        self.install_button.setText(self.tr("Install"))
        self.details.retranslate()
        self._update()

    # -- choosing and checking a pack file ------------------------------------------

    def choose(self) -> None:
        path = self.ctx.prompts.open_file(
            self, self.tr("Choose a signed pack file"), start_folder(self.ctx.settings),
            self.tr("Signed checklist packs (%1);;All files (*)").replace(
                "%1", PACK_FILTER_PATTERN))
        if path:
            remember_folder(self.ctx.settings, path)
            self.inspect(Path(path))

    def inspect(self, path: Path) -> None:
        """Verify ``path`` in the background and show what installing it would do."""
        self.path = path
        self.preview = None
        self.untrusted_key = ""
        self._error = None
        self.busy = True
        self._update()
        collection = self.ctx.collection

        def done(preview: PackPreview) -> None:
            self.busy = False
            self.preview = preview
            self._update()

        def failed(error: BaseException) -> None:
            self.busy = False
            if not isinstance(error, SelfCheckError):
                self.ctx.errors.report(error, self)
            self._error = error
            if isinstance(error, UntrustedPackKeyError):
                self.untrusted_key = error.key_id
            self._update()

        run_collection_task(lambda progress: collection.packs.inspect_file(path),
                            on_finished=done, on_failed=failed)

    def _problem_text(self) -> str:
        error = self._error
        if isinstance(error, UntrustedPackKeyError):
            return self.tr(
                "This pack file is signed with the pack key %1, which this computer does not "
                "trust yet. If your administrator gave you that key's public-key file "
                "(.public.json), choose “Trust a pack key…”: its full fingerprint is shown "
                "for you to compare before anything changes.").replace("%1", error.key_id)
        if isinstance(error, SelfCheckError):
            return self.tr("This pack file is not accepted: %1").replace(
                "%1", error.localized(self.ctx.lang))
        return ""

    # -- trusting a pack key ------------------------------------------------------------

    def trust_key(self, path: str | None = None) -> bool:
        """Trust the pack key in a public-key file (asked for when not given), after showing
        its full fingerprint and asking; True when it was trusted (the pack file is then
        checked again)."""
        if not path:
            path = self.ctx.prompts.open_file(
                self, self.tr("Choose the pack key's public-key file"),
                start_folder(self.ctx.settings),
                self.tr("Pack public keys (*%1);;All files (*)").replace("%1", PUBLIC_SUFFIX))
        if not path:
            return False
        remember_folder(self.ctx.settings, path)
        try:
            key = read_public_key_file(Path(path))
        except SelfCheckError as exc:
            self.ctx.errors.report(exc, self, self.tr("The key was not trusted"))
            return False
        refusal = self._refusal(key)
        if refusal:
            self.ctx.prompts.info(self, self.tr("The key was not trusted"), refusal)
            return False
        if not self.ctx.prompts.confirm(self, self.tr("Trust this pack key?"),
                                        self._key_description(key)):
            return False
        collection = self.ctx.collection

        def trusted(_entry: object) -> None:
            if self.path is not None:
                self.inspect(self.path)

        def failed(error: BaseException) -> None:
            self.ctx.errors.report(error, self, self.tr("The key was not trusted"))

        run_collection_task(lambda progress: collection.pack_keys.trust(key),
                            on_finished=trusted, on_failed=failed)
        return True

    def _refusal(self, key: PublicPackKey) -> str:
        """Why ``key`` is not offered for trust ("" when it is)."""
        if self.untrusted_key and key.key_id != self.untrusted_key:
            return self.tr("This file holds the pack key %1, but the pack file is signed with "
                           "the key %2. Choose the public-key file of %2.").replace(
                               "%1", key.key_id).replace("%2", self.untrusted_key)
        for entry in self.ctx.collection.pack_keys.entries():
            if entry.key_id != key.key_id:
                continue
            if entry.revoked_at is not None:
                return self.tr("The pack key %1 was revoked on this computer on %2; it is not "
                               "trusted again from here. Ask your administrator.").replace(
                                   "%1", key.key_id).replace("%2", entry.revoked_at)
            return self.tr("The pack key %1 is trusted already.").replace("%1", key.key_id)
        return ""

    def _key_description(self, key: PublicPackKey) -> str:
        algorithm = "SM2 / SM3" if key.algorithm == "sm2" else "Ed25519"
        lines = [
            self.tr("Name: %1").replace("%1", key.label or self.tr("(none)")),
            self.tr("Algorithm: %1").replace("%1", algorithm),
            self.tr("Created: %1").replace("%1", key.created or self.tr("(not stated)")),
            self.tr("Key id: %1").replace("%1", key.key_id),
            self.tr("Fingerprint (SHA-256 of the key):"),
            grouped(key.fingerprint),
            "",
            self.tr("Compare the whole fingerprint with the one your administrator gave you "
                    "on paper or by phone. Trust this key only if every digit matches: packs "
                    "it signs will be installed on this computer."),
        ]
        return "\n".join(lines)

    # -- showing ----------------------------------------------------------------------

    def _update(self) -> None:
        lang = self.ctx.lang
        self.file_label.setText(str(self.path) if self.path else self.tr("No file chosen."))
        preview = self.preview
        self.install_button.setEnabled(
            preview is not None and preview.can_install() and not self.busy)
        self.choose_button.setEnabled(not self.busy)
        self.trust_button.setEnabled(not self.busy)
        problem = self._problem_text()
        self.problem.setText(problem)
        self.problem.setVisible(bool(problem))
        if self.busy or preview is None:
            self.summary.setText(
                self.tr("Checking the signature and the content…") if self.busy else
                "" if problem else
                self.tr("Choose a signed pack file (.ckpack) from your administrator. It is "
                        "checked against the trusted pack keys of this computer before "
                        "anything is installed."))
            self.changes.setText("")
            self.details.show_rows([])
            return
        self.summary.setText("\n".join(self._summary_lines(preview, lang)))
        if preview.problems:
            self.problem.setText("\n".join(preview.localized_problems(lang)))
            self.problem.setVisible(True)
        if preview.diff is not None:
            self.changes.setText("\n".join([diff_summary(preview.diff),
                                             *pack_level_lines(preview.diff, lang)]))
            self.details.show_rows(diff_rows(preview.diff, lang))
        else:
            self.changes.setText(self.tr("Every item is new on this computer."))
            self.details.show_rows(new_pack_rows(preview.pack, lang))

    def _summary_lines(self, preview: PackPreview, lang: str) -> list[str]:
        pack = preview.pack
        status_text = {
            InstallStatus.NEW: self.tr("New pack: not installed before."),
            InstallStatus.UPGRADE: self.tr("Newer version: installed versions %1.").replace(
                "%1", list_separator(lang).join(str(v) for v in sorted(preview.installed_versions))),
            InstallStatus.ALREADY_INSTALLED: self.tr("This version is already installed."),
            InstallStatus.ROLLBACK: self.tr("Refused: older than the installed version."),
            InstallStatus.CONFLICT: self.tr("ALARM: this version number is installed with "
                                            "different content. Nothing will be installed; "
                                            "tell your administrator."),
        }[preview.status]
        lines = [
            self.tr("%1 · %2 · %3 items").replace("%1", pack_name(pack, lang))
            .replace("%2", pack.label).replace("%3", str(len(pack.items))),
            self.tr("Signed by: %1 (key %2)").replace(
                "%1", preview.verified.key_label or self.tr("(none)"))
            .replace("%2", preview.verified.key_id),
            self.tr("Content SHA-256: %1").replace("%1", preview.verified.content_hash),
            status_text,
        ]
        if preview.verified.expired:  # the one warning the core gives (worded for the CLI)
            lines.append(self.tr("This pack file has expired; it is not installed."))
        lines += pack_outline_lines(pack, lang, ids=False)
        return lines

    # -- installing -----------------------------------------------------------------------

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
            self._error = error
            if not isinstance(error, SelfCheckError):
                self.ctx.errors.report(error, self)
            self._update()

        run_collection_task(lambda progress: collection.packs.install_preview(preview),
                            on_finished=done, on_failed=failed)
