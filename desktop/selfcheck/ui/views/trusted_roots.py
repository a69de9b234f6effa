"""The “Trusted roots” tab of the verify dialog: this machine's report root certificates
(报告根证书) and the revocation list (CRL) kept for each. A root or a revocation list is
added only after what it is — for a root its subject, validity and full SHA-256
fingerprint — was shown and confirmed."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from selfcheck.core.errors import SelfCheckError
from selfcheck.core.pki.algorithms import key_algorithm
from selfcheck.core.pki.algorithms import label as algorithm_label
from selfcheck.core.pki.revocation import RevocationList, newest_list
from selfcheck.core.pki.roots import ReportRoots, TrustedRoot
from selfcheck.ui.context import AppContext
from selfcheck.ui.folders import remember_folder, start_folder
from selfcheck.ui.style import set_role
from selfcheck.ui.widgets import read_only_rows
from selfcheck.ui.wording import grouped


class TrustedRootsPage(QWidget):
    """The “Trusted roots” tab: this machine's report root certificates (报告根证书) and
    the revocation list (CRL) kept for each.

    ``changed`` is emitted after a root or a revocation list was added, or a root removed
    (the reports are then checked again)."""

    changed = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.hint = QLabel()
        set_role(self.hint, "mutedLabel")
        self.hint.setWordWrap(True)
        self.table = QTableWidget(0, 4)
        self.table.setObjectName("trustedRoots")
        read_only_rows(self.table)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        self.add_button = QPushButton()
        self.add_button.setObjectName("addRootButton")
        self.remove_button = QPushButton()
        self.remove_button.setObjectName("removeRootButton")
        self.add_crl_button = QPushButton()
        self.add_crl_button.setObjectName("addCrlButton")
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addWidget(self.add_crl_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.add_button.clicked.connect(lambda: self.add_root())
        self.remove_button.clicked.connect(self.remove_root)
        self.add_crl_button.clicked.connect(lambda: self.add_crl())
        self.table.itemSelectionChanged.connect(self._update_buttons)

    def retranslate(self) -> None:
        self.hint.setText(self.tr(
            "A report is authentic only if its signer was issued by one of these roots and "
            "is not revoked by the root's revocation list. Adding or removing a root, or "
            "adding a revocation list, checks every report in the list again."))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Root certificate"), self.tr("Valid until"), self.tr("Fingerprint"),
             self.tr("Revocation list")])
        self.table.setAccessibleName(self.tr("Trusted roots"))
        self.add_button.setText(self.tr("Add root certificate…"))
        self.add_button.setAccessibleName(self.tr("Add root certificate"))
        self.remove_button.setText(self.tr("Remove root"))
        self.remove_button.setAccessibleName(self.tr("Remove the selected root"))
        self.add_crl_button.setText(self.tr("Add revocation list…"))
        self.add_crl_button.setAccessibleName(self.tr("Add a revocation list (CRL)"))
        self.refresh()

    def count(self) -> int:
        return self.table.rowCount()

    def refresh(self) -> None:
        """Show the roots trusted now."""
        store = ReportRoots(self.ctx.paths.trust_dir)
        roots = store.entries()
        lists = store.revocation_lists()
        self.table.setRowCount(len(roots))
        for row, root in enumerate(roots):
            subject = QTableWidgetItem(root.subject)
            subject.setData(Qt.ItemDataRole.UserRole, root.fingerprint)
            self.table.setItem(row, 0, subject)
            self.table.setItem(row, 1, QTableWidgetItem(f"{root.not_after:%Y-%m-%d}"))
            fingerprint = QTableWidgetItem(root.fingerprint[:16] + "…")
            fingerprint.setToolTip(grouped(root.fingerprint))
            self.table.setItem(row, 2, fingerprint)
            self.table.setItem(row, 3, QTableWidgetItem(self._crl_text(
                newest_list(lists, root.certificate))))
        self._update_buttons()

    def _crl_text(self, listed: RevocationList | None) -> str:
        if listed is None:
            return self.tr("none")
        return (self.tr("No. %1: %2 revoked; next update %3")
                .replace("%1", str(listed.number)).replace("%2", str(len(listed.revoked)))
                .replace("%3", f"{listed.next_update:%Y-%m-%d}"))

    def add_crl(self, path: str | None = None) -> None:
        """Keep the revocation list at ``path`` (asked for when not given) if a trusted
        root signed it, it is newer than the one kept, and the user confirms it."""
        if not path:
            path = self.ctx.prompts.open_file(
                self, self.tr("Choose the revocation list from the CA holder"),
                start_folder(self.ctx.settings),
                self.tr("Revocation lists (*.crl *.pem *.der);;All files (*)"))
        if not path:
            return
        remember_folder(self.ctx.settings, path)
        store = ReportRoots(self.ctx.paths.trust_dir)
        try:
            listed = store.inspect_crl(Path(path))
        except SelfCheckError as exc:
            self.ctx.errors.report(exc, self, self.tr("The revocation list was not added"))
            return
        kept = store.kept_crl(listed)
        if kept is not None and not listed.is_newer_than(kept):
            self.ctx.prompts.info(
                self, self.tr("Revocation list not added"),
                self.tr("This computer already keeps a newer revocation list of that root."))
            return
        if not self.ctx.prompts.confirm(self, self.tr("Keep this revocation list?"),
                                        self._crl_description(listed)):
            return
        try:
            store.keep_crl(listed)
        except SelfCheckError as exc:
            self.ctx.errors.report(exc, self, self.tr("The revocation list was not added"))
            return
        self.refresh()
        self.changed.emit()

    def _crl_description(self, listed: RevocationList) -> str:
        return "\n".join([
            self.tr("Issued by the root: %1").replace("%1", listed.issuer_name),
            self.tr("Number: %1").replace("%1", str(listed.number)),
            self.tr("Issued on: %1").replace("%1", f"{listed.this_update:%Y-%m-%d %H:%M} UTC"),
            self.tr("Next update: %1").replace("%1", f"{listed.next_update:%Y-%m-%d}"),
            self.tr("Revoked signer certificates: %1").replace("%1", str(len(listed.revoked))),
            "",
            self.tr("Reports signed with a revoked certificate will be rejected on this "
                    "computer. Keep this list?"),
        ])

    def _update_buttons(self) -> None:
        self.remove_button.setEnabled(bool(self.table.selectedItems()))

    def add_root(self, path: str | None = None) -> None:
        """Trust the root certificate at ``path`` (asked for when not given) once the user
        has compared its fingerprint and confirmed."""
        if not path:
            path = self.ctx.prompts.open_file(
                self, self.tr("Choose the organisation's root certificate"),
                start_folder(self.ctx.settings),
                self.tr("Certificates (*.pem *.crt *.cer *.der);;All files (*)"))
        if not path:
            return
        remember_folder(self.ctx.settings, path)
        store = ReportRoots(self.ctx.paths.trust_dir)
        try:
            root = store.inspect(Path(path))
        except SelfCheckError as exc:
            self.ctx.errors.report(exc, self, self.tr("The certificate was not added"))
            return
        if store.is_trusted(root):
            self.ctx.prompts.info(self, self.tr("Already trusted"), self.tr(
                "“%1” is a trusted root on this computer already.").replace("%1", root.subject))
            return
        if not self.ctx.prompts.confirm(self, self.tr("Trust this root certificate?"),
                                        self._root_description(root)):
            return
        try:
            store.trust(root)
        except SelfCheckError as exc:
            self.ctx.errors.report(exc, self, self.tr("The certificate was not added"))
            return
        self.refresh()
        self.changed.emit()

    def _root_description(self, root: TrustedRoot) -> str:
        return "\n".join([
            self.tr("Subject: %1").replace("%1", root.subject),
            self.tr("Valid: %1 to %2").replace("%1", f"{root.not_before:%Y-%m-%d}")
            .replace("%2", f"{root.not_after:%Y-%m-%d}"),
            self.tr("Key: %1").replace("%1", algorithm_label(key_algorithm(root.certificate))),
            self.tr("SHA-256 fingerprint:"),
            grouped(root.fingerprint),
            "",
            self.tr("Compare the whole fingerprint with the one the CA holder gave you on paper "
                    "or by phone. Trust this root only if every digit matches: reports its "
                    "signers sign will be accepted as authentic on this computer."),
        ])

    def remove_root(self) -> None:
        """Stop trusting the selected root, after a confirmation that names it."""
        items = self.table.selectedItems()
        if not items:
            return
        cell = self.table.item(items[0].row(), 0)
        if cell is None:
            return
        fingerprint = str(cell.data(Qt.ItemDataRole.UserRole))
        if not self.ctx.prompts.confirm(
                self, self.tr("Stop trusting this root?"),
                self.tr("Reports signed under “%1” will no longer verify on this computer.")
                .replace("%1", cell.text())):
            return
        try:
            ReportRoots(self.ctx.paths.trust_dir).remove(fingerprint)
        except SelfCheckError as exc:
            self.ctx.errors.report(exc, self)
        self.refresh()
        self.changed.emit()
