"""File → Export signed PDF…: report language, handling mark, signer identity and
passphrase, output file; rendering and signing run off the GUI thread with progress."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from selfcheck.core.errors import SelfCheckError
from selfcheck.core.report.data import DEFAULT_MARKINGS
from selfcheck.core.signing import ExportResult, export_report
from selfcheck.ui.context import AppContext
from selfcheck.ui.tasks import run_task


def suggested_name(organisation: str, system: str, lang: str) -> str:
    """A file name like ``自查报告-某局-热线助手.pdf`` (characters unsafe in names removed)."""
    base = f"{'自查报告' if lang == 'zh' else 'self-check'}-{organisation}-{system}"
    return re.sub(r'[\\/:*?"<>|\s]+', "-", base).strip("-") + ".pdf"


class ExportDialog(QDialog):
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

        self.language = QComboBox()
        self.language.setObjectName("reportLanguage")
        self.language.addItem("中文", "zh")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(0 if ctx.lang == "zh" else 1)
        self.marking = QLineEdit(DEFAULT_MARKINGS[ctx.lang])
        self.marking.setObjectName("reportMarking")
        self.marking.setMaxLength(40)
        self._marking_edited = False
        self.sign = QCheckBox()
        self.sign.setObjectName("signReport")
        self.identity = QLineEdit(ctx.settings.identity_path)
        self.identity.setObjectName("identityPath")
        self.identity_button = QPushButton()
        self.passphrase = QLineEdit()
        self.passphrase.setObjectName("exportPassphrase")
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        folder = Path(ctx.settings.last_directory or Path.home())
        self.output = QLineEdit(str(folder / suggested_name(*self._names, ctx.lang)))
        self.output.setObjectName("outputPath")
        self.output_button = QPushButton()
        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        self.progress.setVisible(False)
        self.progress_text = QLabel()
        self.progress_text.setObjectName("mutedLabel")
        self.problem = QLabel()
        self.problem.setObjectName("inlineError")
        self.problem.setWordWrap(True)
        self.problem.setVisible(False)
        self.buttons = QDialogButtonBox()
        self.export_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.export_button.setObjectName("exportButton")
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.export_button.clicked.connect(self.export)
        self.cancel_button.clicked.connect(self.reject)

        self.captions = {key: QLabel() for key in
                         ("language", "marking", "sign", "identity", "passphrase", "output")}
        identity_row = QHBoxLayout()
        identity_row.addWidget(self.identity, 1)
        identity_row.addWidget(self.identity_button)
        output_row = QHBoxLayout()
        output_row.addWidget(self.output, 1)
        output_row.addWidget(self.output_button)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.captions["language"], self.language)
        form.addRow(self.captions["marking"], self.marking)
        form.addRow(self.captions["sign"], self.sign)
        form.addRow(self.captions["identity"], identity_row)
        form.addRow(self.captions["passphrase"], self.passphrase)
        form.addRow(self.captions["output"], output_row)
        for key, widget in (("language", self.language), ("marking", self.marking),
                            ("identity", self.identity), ("passphrase", self.passphrase),
                            ("output", self.output)):
            self.captions[key].setBuddy(widget)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.progress)
        layout.addWidget(self.progress_text)
        layout.addWidget(self.problem)
        layout.addStretch(1)
        layout.addWidget(self.buttons)

        self.sign.setChecked(bool(ctx.settings.identity_path))
        self.sign.toggled.connect(self._update)
        self.language.currentIndexChanged.connect(self._language_changed)
        self.marking.textEdited.connect(self._marking_typed)
        self.identity_button.clicked.connect(self._choose_identity)
        self.output_button.clicked.connect(self._choose_output)
        self.resize(720, 360)
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Export PDF report"))
        texts = {"language": self.tr("Report &language:"), "marking": self.tr("Handling &mark:"),
                 "sign": self.tr("Signature:"), "identity": self.tr("Signer &identity:"),
                 "passphrase": self.tr("&Passphrase:"), "output": self.tr("Save &as:")}
        for key, text in texts.items():
            self.captions[key].setText(text)
        self.sign.setText(self.tr("Sign the report (recommended)"))
        self.marking.setToolTip(self.tr("Printed on every page, e.g. 内部 or 公开"))
        self.identity.setPlaceholderText(self.tr("Your .p12 file (Tools → Signing identity…)"))
        self.passphrase.setAccessibleName(self.tr("Passphrase of the identity"))
        self.identity_button.setText(self.tr("Choose…"))
        self.output_button.setText(self.tr("Browse…"))
        self._update()

    def _update(self) -> None:
        signing = self.sign.isChecked()
        signer_widgets: tuple[QWidget, ...] = (self.identity, self.identity_button,
                                               self.passphrase)
        for widget in signer_widgets:
            widget.setEnabled(signing and not self.busy)
        other_widgets: tuple[QWidget, ...] = (self.language, self.marking, self.sign,
                                              self.output, self.output_button)
        for widget in other_widgets:
            widget.setEnabled(not self.busy)
        self.export_button.setEnabled(not self.busy)
        self.export_button.setText(self.tr("Export and sign") if signing else self.tr("Export"))

    def _language_changed(self) -> None:
        lang = str(self.language.currentData())
        if not self._marking_edited:
            self.marking.setText(DEFAULT_MARKINGS[lang])
        current = Path(self.output.text())
        if current.name in (suggested_name(*self._names, "zh"), suggested_name(*self._names, "en")):
            self.output.setText(str(current.with_name(suggested_name(*self._names, lang))))

    def _marking_typed(self) -> None:
        self._marking_edited = True

    def _choose_identity(self) -> None:
        path = self.ctx.prompts.open_file(self, self.tr("Choose your signer identity"),
                                          str(Path(self.identity.text()).parent),
                                          self.tr("Signer identity (*.p12 *.pfx);;All files (*)"))
        if path:
            self.identity.setText(path)

    def _choose_output(self) -> None:
        path = self.ctx.prompts.save_file(self, self.tr("Save the report as"), self.output.text(),
                                          self.tr("PDF report (*.pdf)"))
        if path:
            self.output.setText(path if path.lower().endswith(".pdf") else path + ".pdf")

    def _fail(self, message: str) -> None:
        self.problem.setText(message)
        self.problem.setVisible(True)

    def export(self) -> None:
        """Check the form, then render, sign and write in the background."""
        self.problem.setVisible(False)
        output = Path(self.output.text().strip()) if self.output.text().strip() else None
        if output is None:
            self._fail(self.tr("Choose where to save the report."))
            return
        if output.exists() and not self.ctx.prompts.confirm(
                self, self.tr("Replace the file?"),
                self.tr("%1 exists. Replace it?").replace("%1", str(output))):
            return
        identity: Path | None = None
        passphrase: str | None = None
        if self.sign.isChecked():
            if not self.identity.text().strip():
                self._fail(self.tr("Choose your signer identity (.p12), or untick “Sign the "
                                   "report”."))
                return
            identity = Path(self.identity.text().strip())
            passphrase = self.passphrase.text()
        collection, assessment_id = self.ctx.collection, self.assessment_id
        lang, marking = str(self.language.currentData()), self.marking.text()
        self.busy = True
        self.progress.setValue(0)
        self.progress.setVisible(True)
        self._update()

        steps = {"rendering": self.tr("Rendering the report…"),
                 "signing": self.tr("Signing…"),
                 "checking the signature": self.tr("Checking the signature…"),
                 "attaching results.json": self.tr("Attaching the machine-readable results…"),
                 "writing": self.tr("Writing the file…"), "done": self.tr("Done")}

        def progress(percent: int, text: str) -> None:
            self.progress.setValue(percent)
            self.progress_text.setText(steps.get(text, text))

        def done(result: object) -> None:
            self.busy = False
            assert isinstance(result, ExportResult)
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

        run_task(lambda report: export_report(
            collection, assessment_id, output, identity=identity, passphrase=passphrase,
            lang=lang, marking=marking, progress=report),
            on_finished=done, on_failed=failed, on_progress=progress)
