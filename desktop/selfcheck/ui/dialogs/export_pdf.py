"""File → Export report…: the format (the signed PDF, the workbook with the 整改台账, or
the Word working draft), report language, handling mark (标识) and distribution
(发放范围), signer identity and passphrase, output file; building, rendering and
signing run off the GUI thread with progress.

The PDF is signed by default when a signer identity is set up; otherwise the dialog
says plainly that the report will be unsigned and offers to set one up. Workbooks and
drafts are never signed. The output always ends in the format's suffix and is never the
signer identity or the program's database (the core refuses those too); an existing
file is replaced only after a confirmation that names it.
"""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from selfcheck.core.collection import PreparedExport
from selfcheck.core.errors import SelfCheckError
from selfcheck.core.files import is_database_file, same_file
from selfcheck.core.progress import ProgressStep
from selfcheck.core.reports.data import DEFAULT_MARKINGS
from selfcheck.core.reports.output import ExportResult
from selfcheck.ui.context import AppContext
from selfcheck.ui.filenames import with_suffix_added
from selfcheck.ui.folders import start_folder
from selfcheck.ui.i18n import FollowsLanguage
from selfcheck.ui.style import set_role
from selfcheck.ui.tasks import run_collection_task, run_task
from selfcheck.ui.widgets import ProblemLabel

FORMATS = ("pdf", "xlsx", "docx")


def suggested_name(organisation: str, system: str, lang: str, suffix: str = ".pdf") -> str:
    """A file name like ``自查报告-某局-热线助手.pdf`` (characters unsafe in names removed)."""
    base = f"{'自查报告' if lang == 'zh' else 'self-check'}-{organisation}-{system}"
    return re.sub(r'[\\/:*?"<>|\s]+', "-", base).strip("-") + suffix


class ExportDialog(FollowsLanguage, QDialog):
    """Export one assessment as a (signed) PDF report."""

    def __init__(self, ctx: AppContext, assessment_id: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("exportDialog")
        self.assessment_id = assessment_id
        self.outcome: ExportResult | None = None
        self.busy = False
        assessment = ctx.collection.assessment(assessment_id)
        self._names = (assessment.record.organisation, assessment.record.system_name)

        self.format = QComboBox()
        self.format.setObjectName("reportFormat")
        for fmt in FORMATS:
            self.format.addItem("", fmt)
        self.language = QComboBox()
        self.language.setObjectName("reportLanguage")
        self.language.addItem("中文", "zh")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(0 if ctx.lang == "zh" else 1)
        self.marking = QLineEdit(DEFAULT_MARKINGS[ctx.lang])
        self.marking.setObjectName("reportMarking")
        self.marking.setMaxLength(40)
        self._marking_edited = False
        self.distribution = QLineEdit()
        self.distribution.setObjectName("reportDistribution")
        self.distribution.setMaxLength(200)
        self.sign_off_button = QPushButton()
        self.sign_off_button.setObjectName("signOffButton")
        self.office_note = QLabel()
        set_role(self.office_note, "mutedLabel")
        self.office_note.setWordWrap(True)
        self.sign = QCheckBox()
        self.sign.setObjectName("signReport")
        self.identity = QLineEdit(ctx.settings.identity_path)
        self.identity.setObjectName("identityPath")
        self.identity_button = QPushButton()
        self.passphrase = QLineEdit()
        self.passphrase.setObjectName("exportPassphrase")
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        # shown whenever the report would go out unsigned
        self.unsigned_notice = QFrame()
        set_role(self.unsigned_notice, "unsignedNotice")
        self.unsigned_text = QLabel()
        self.unsigned_text.setObjectName("unsignedText")
        self.unsigned_text.setWordWrap(True)
        self.setup_identity_button = QPushButton()
        self.setup_identity_button.setObjectName("setupIdentityButton")
        notice_layout = QHBoxLayout(self.unsigned_notice)
        notice_layout.setContentsMargins(8, 6, 8, 6)
        notice_layout.addWidget(self.unsigned_text, 1)
        notice_layout.addWidget(self.setup_identity_button)
        folder = Path(start_folder(ctx.settings))
        self.output = QLineEdit(str(folder / suggested_name(*self._names, ctx.lang)))
        self.output.setObjectName("outputPath")
        self.output_button = QPushButton()
        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        self.progress.setVisible(False)
        self.progress_text = QLabel()
        set_role(self.progress_text, "mutedLabel")
        self.problem = ProblemLabel()
        self.buttons = QDialogButtonBox()
        self.export_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.export_button.setObjectName("exportButton")
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.export_button.clicked.connect(self.export)
        self.cancel_button.clicked.connect(self.reject)

        self._lay_out()

        self.sign.setChecked(self.identity_ready())
        self.sign.toggled.connect(self._update)
        self.identity.textChanged.connect(self._update)
        self.language.currentIndexChanged.connect(self._language_changed)
        self.format.currentIndexChanged.connect(self._format_changed)
        self.sign_off_button.clicked.connect(self.edit_sign_off)
        self.marking.textEdited.connect(self._marking_typed)
        self.identity_button.clicked.connect(self._choose_identity)
        self.setup_identity_button.clicked.connect(self.setup_identity)
        self.output_button.clicked.connect(self._choose_output)
        self.resize(720, 380)
        self.retranslate()

    def _lay_out(self) -> None:
        """The form with its captions (texts in :meth:`retranslate`) and the notices."""
        self.captions = {key: QLabel() for key in
                         ("format", "language", "marking", "distribution", "sign_off", "sign",
                          "identity", "passphrase", "output")}
        identity_row = QHBoxLayout()
        identity_row.addWidget(self.identity, 1)
        identity_row.addWidget(self.identity_button)
        output_row = QHBoxLayout()
        output_row.addWidget(self.output, 1)
        output_row.addWidget(self.output_button)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.captions["format"], self.format)
        form.addRow(self.captions["language"], self.language)
        form.addRow(self.captions["marking"], self.marking)
        form.addRow(self.captions["distribution"], self.distribution)
        form.addRow(self.captions["sign_off"], self.sign_off_button)
        form.addRow(self.captions["sign"], self.sign)
        form.addRow(self.captions["identity"], identity_row)
        form.addRow(self.captions["passphrase"], self.passphrase)
        form.addRow(self.captions["output"], output_row)
        for key, widget in (("format", self.format), ("language", self.language),
                            ("marking", self.marking), ("distribution", self.distribution),
                            ("identity", self.identity), ("passphrase", self.passphrase),
                            ("output", self.output)):
            self.captions[key].setBuddy(widget)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.unsigned_notice)
        layout.addWidget(self.office_note)
        layout.addWidget(self.progress)
        layout.addWidget(self.progress_text)
        layout.addWidget(self.problem)
        layout.addStretch(1)
        layout.addWidget(self.buttons)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Export report"))
        texts = {"format": self.tr("&Format:"), "language": self.tr("Report &language:"),
                 "marking": self.tr("Handling &mark:"), "distribution": self.tr("&Distribution:"),
                 "sign_off": self.tr("Sign-off:"), "sign": self.tr("Signature:"),
                 "identity": self.tr("Signer &identity:"), "passphrase": self.tr("&Passphrase:"),
                 "output": self.tr("Save &as:")}
        for key, text in texts.items():
            self.captions[key].setText(text)
        names = (self.tr("PDF report (signed)"),
                 self.tr("Workbook: remediation register and all answers (.xlsx)"),
                 self.tr("Word working draft, editable and unsigned (.docx)"))
        for index, name in enumerate(names):
            self.format.setItemText(index, name)
        self.distribution.setPlaceholderText(self.tr("Who the report goes to (optional)"))
        self.sign_off_button.setText(self.tr("Prepared, reviewed and approved by…"))
        self.office_note.setText(self.tr("Workbooks and Word drafts are not signed: the "
                                         "signed PDF report is the formal result."))
        self.sign.setText(self.tr("Sign the report (recommended)"))
        self.marking.setToolTip(self.tr("Printed on every page, e.g. 内部 or 公开"))
        self.identity.setPlaceholderText(self.tr("Your identity file, .pem or .p12 (Tools → Signing identity…)"))
        self.passphrase.setAccessibleName(self.tr("Passphrase of the identity"))
        self.identity_button.setText(self.tr("Choose…"))
        self.setup_identity_button.setText(self.tr("Set up a signing identity…"))
        self.output_button.setText(self.tr("Browse…"))
        self.output.setToolTip(self.tr("The file name's ending follows the format; it is added "
                                       "when the name lacks it"))
        self._update()

    # -- state -----------------------------------------------------------------

    def identity_ready(self) -> bool:
        """Whether a signer identity file is chosen and exists."""
        text = self.identity.text().strip()
        return bool(text) and Path(text).expanduser().is_file()

    def chosen_format(self) -> str:
        return str(self.format.currentData())

    def _update(self) -> None:
        pdf = self.chosen_format() == "pdf"
        signing = pdf and self.sign.isChecked()
        signer_widgets: tuple[QWidget, ...] = (self.identity, self.identity_button,
                                               self.passphrase)
        for widget in signer_widgets:
            widget.setEnabled(signing and not self.busy)
        other_widgets: tuple[QWidget, ...] = (self.format, self.language, self.marking,
                                              self.distribution, self.sign_off_button,
                                              self.output, self.output_button,
                                              self.setup_identity_button)
        for widget in other_widgets:
            widget.setEnabled(not self.busy)
        self.sign.setEnabled(pdf and not self.busy)
        self.export_button.setEnabled(not self.busy)
        self.export_button.setText(self.tr("Export and sign") if signing
                                   else self.tr("Export unsigned") if pdf else self.tr("Export"))
        self.unsigned_notice.setVisible(pdf and not signing)
        self.office_note.setVisible(not pdf)
        ready = self.identity_ready()
        chosen = self.identity.text().strip()
        if ready:
            advice = self.tr("Tick “Sign the report” to sign it.")
        elif chosen:
            advice = self.tr("The signer identity file %1 cannot be found.").replace("%1", chosen)
        else:
            advice = self.tr("No signing identity is set up yet.")
        sentences = (self.tr("This report will be exported unsigned: recipients cannot check "
                             "who issued it or whether it was changed."), advice)
        # Chinese sentences follow each other without a space
        self.unsigned_text.setText(("" if self.ctx.lang == "zh" else " ").join(sentences))
        self.setup_identity_button.setVisible(not ready)

    def _language_changed(self) -> None:
        lang = str(self.language.currentData())
        if not self._marking_edited:
            self.marking.setText(DEFAULT_MARKINGS[lang])
        current = Path(self.output.text())
        suffix = current.suffix
        if current.name in (suggested_name(*self._names, "zh", suffix),
                            suggested_name(*self._names, "en", suffix)):
            self.output.setText(str(current.with_name(suggested_name(*self._names, lang,
                                                                     suffix))))

    def _format_changed(self) -> None:
        """The output's ending follows the format."""
        text = self.output.text().strip()
        if text:
            current = Path(text)
            if current.suffix.lower() in {f".{fmt}" for fmt in FORMATS}:
                current = current.with_suffix("")
            self.output.setText(str(current.with_name(current.name + "." + self.chosen_format())))
        self._update()

    def edit_sign_off(self) -> None:
        """Who prepared, reviewed and approved the assessment (printed in the report)."""
        from selfcheck.ui.dialogs.sign_off import SignOffDialog

        SignOffDialog(self.ctx, self.assessment_id, self).exec()

    def _marking_typed(self) -> None:
        self._marking_edited = True

    def _choose_identity(self) -> None:
        path = self.ctx.prompts.open_file(self, self.tr("Choose your signer identity"),
                                          str(Path(self.identity.text()).parent)
                                          if self.identity.text().strip()
                                          else start_folder(self.ctx.settings),
                                          self.tr("Signer identity (*.pem *.p12 *.pfx);;All files (*)"))
        if path:
            self.identity.setText(path)

    def setup_identity(self) -> None:
        """Tools → Signing identity… from here; signs the report once one is chosen."""
        from selfcheck.ui.dialogs.signing_identity import SigningIdentityDialog

        dialog = SigningIdentityDialog(self.ctx, self)
        if dialog.exec() and self.ctx.settings.identity_path:
            self.identity.setText(self.ctx.settings.identity_path)
            self.sign.setChecked(True)
            self.passphrase.setFocus()
        self._update()

    # -- the output file -------------------------------------------------------

    def refusal(self, path: Path) -> str:
        """Why ``path`` must not be written, or "" when it may be."""
        identities = {self.identity.text().strip(), self.ctx.settings.identity_path}
        for identity in filter(None, identities):
            if same_file(path, Path(identity)):
                return self.tr("“%1” is your signer identity file. Choose another name for "
                               "the report; the identity is never overwritten.").replace(
                                   "%1", str(path))
        if is_database_file(path, self.ctx.paths.database):
            return self.tr("“%1” is the program's database. Choose another name for the "
                           "report.").replace("%1", str(path))
        return ""

    def output_path(self) -> Path | None:
        """The output file as typed, with the format's ending added when missing; None
        (with an inline message) when it is empty or a file the program needs."""
        text = self.output.text().strip()
        if not text:
            self._fail(self.tr("Choose where to save the report."))
            return None
        typed = Path(text).expanduser()
        output = with_suffix_added(typed, "." + self.chosen_format())
        for path in (typed, output):
            reason = self.refusal(path)
            if reason:
                self._fail(reason)
                return None
        if output != typed:
            self.output.setText(str(output))
        return output

    def _choose_output(self) -> None:
        self.problem.setVisible(False)
        suffix = "." + self.chosen_format()
        filters = {"pdf": self.tr("PDF report (*.pdf)"), "xlsx": self.tr("Workbook (*.xlsx)"),
                   "docx": self.tr("Word document (*.docx)")}
        path = self.ctx.prompts.save_file(self, self.tr("Save the report as"), self.output.text(),
                                          filters[self.chosen_format()], confirm_overwrite=False)
        if not path:
            return
        reason = self.refusal(Path(path)) or self.refusal(with_suffix_added(Path(path), suffix))
        if reason:
            self._fail(reason)
            return
        self.output.setText(str(with_suffix_added(Path(path), suffix)))

    def _fail(self, message: str) -> None:
        self.problem.setText(message)
        self.problem.setVisible(True)

    # -- exporting -------------------------------------------------------------

    def export(self) -> None:
        """Check the form, then render, sign and write in the background."""
        self.problem.setVisible(False)
        output = self.output_path()
        if output is None:
            return
        overwrite = False
        if output.is_file():
            if not self.ctx.prompts.confirm(
                    self, self.tr("Replace the report?"),
                    self.tr("A file named “%1” already exists in %2.\n\nReplace it with the "
                            "new report?").replace("%1", output.name)
                    .replace("%2", str(output.parent))):
                return
            overwrite = True
        identity: Path | None = None
        passphrase: str | None = None
        if self.sign.isChecked() and self.chosen_format() == "pdf":
            if not self.identity.text().strip():
                self._fail(self.tr("Choose your signer identity (.pem or .p12), or untick “Sign the "
                                   "report”."))
                return
            identity = Path(self.identity.text().strip()).expanduser()
            passphrase = self.passphrase.text()
            if not passphrase:
                self._fail(self.tr("Enter the passphrase of your signer identity."))
                self.passphrase.setFocus()
                return
        collection, assessment_id = self.ctx.collection, self.assessment_id
        lang, marking = str(self.language.currentData()), self.marking.text()
        distribution = self.distribution.text()
        self.busy = True
        self.progress.setValue(0)
        self.progress.setVisible(True)
        self._update()

        def progress(percent: int, step: ProgressStep) -> None:
            self.progress.setValue(percent)
            self.progress_text.setText(step.label(self.ctx.lang))

        def done(result: ExportResult) -> None:
            self.busy = False
            self.outcome = result
            self.passphrase.clear()
            self.ctx.settings.last_directory = str(output.parent)
            if identity is not None:
                self.ctx.settings.identity_path = str(identity)
            self.accept()

        def failed(error: BaseException) -> None:
            self.busy = False
            self.progress.setVisible(False)
            self.progress_text.setText("")
            self._update()
            if isinstance(error, SelfCheckError):
                self._fail(error.localized(self.ctx.lang))
            else:
                self.ctx.errors.report(error, self)

        def prepared(export: PreparedExport) -> None:  # rendering and signing: CPU work
            run_task(export.run, on_finished=done, on_failed=failed, on_progress=progress)

        run_collection_task(lambda _progress: collection.reports.prepare_export(
            assessment_id, output, identity=identity, passphrase=passphrase,
            lang=lang, marking=marking, distribution=distribution, overwrite=overwrite),
            on_finished=prepared, on_failed=failed)
