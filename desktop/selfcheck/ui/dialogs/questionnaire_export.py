"""File → Export questionnaire workbook…: the items of chosen themes with their current
answers, as a workbook (XLSX) a colleague fills in on another machine and returns
(File → Import answers from a workbook…)."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from selfcheck.core.collection import QuestionnaireExport
from selfcheck.core.files import is_database_file
from selfcheck.ui.context import AppContext
from selfcheck.ui.filenames import with_suffix_added
from selfcheck.ui.i18n import FollowsLanguage
from selfcheck.ui.tasks import run_collection_task
from selfcheck.ui.widgets import ProblemLabel


class QuestionnaireExportDialog(FollowsLanguage, QDialog):
    """Choose themes, language and file; the workbook is written in the background."""

    def __init__(self, ctx: AppContext, assessment_id: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.assessment_id = assessment_id
        self.outcome: QuestionnaireExport | None = None
        self.setObjectName("questionnaireExportDialog")
        assessment = ctx.collection.assessment(assessment_id)
        used = {item.theme for item in assessment.items}
        self._themes = [theme for theme in assessment.pack.themes if theme.id in used]
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.themes = QListWidget()
        self.themes.setObjectName("questionnaireThemes")
        for theme in self._themes:
            entry = QListWidgetItem()
            entry.setData(Qt.ItemDataRole.UserRole, theme.id)
            entry.setFlags(entry.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            entry.setCheckState(Qt.CheckState.Checked)
            self.themes.addItem(entry)
        self.language = QComboBox()
        self.language.setObjectName("questionnaireLanguage")
        self.language.addItem("中文", "zh")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(0 if ctx.lang == "zh" else 1)
        name = re.sub(r'[\\/:*?"<>|\s]+', "-", f"{assessment.record.organisation}-"
                      f"{assessment.record.system_name}").strip("-")
        folder = Path(ctx.settings.last_directory or Path.home())
        self.output = QLineEdit(str(folder / f"{name}-questionnaire.xlsx"))
        self.output.setObjectName("questionnaireOutput")
        self.browse = QPushButton()
        self.captions = {key: QLabel() for key in ("themes", "language", "output")}
        self.problem = ProblemLabel()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.export)
        self.buttons.rejected.connect(self.reject)
        self.browse.clicked.connect(self._choose_output)
        output_row = QHBoxLayout()
        output_row.addWidget(self.output, 1)
        output_row.addWidget(self.browse)
        form = QFormLayout()
        form.addRow(self.captions["themes"], self.themes)
        form.addRow(self.captions["language"], self.language)
        form.addRow(self.captions["output"], output_row)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.resize(640, 480)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Export questionnaire workbook"))
        self.intro.setText(self.tr(
            "A workbook with the items of the chosen themes and their current answers, for "
            "a colleague to fill in. When it comes back, import it with File → Import answers "
            "from a workbook…: each answer is shown beside the current one before anything "
            "is saved."))
        self.captions["themes"].setText(self.tr("Themes:"))
        self.captions["language"].setText(self.tr("Language:"))
        self.captions["output"].setText(self.tr("Save as:"))
        self.browse.setText(self.tr("Browse…"))
        for index, theme in enumerate(self._themes):
            entry = self.themes.item(index)
            entry.setText(theme.title.get(self.ctx.lang))

    def chosen_themes(self) -> set[str]:
        return {str(self.themes.item(index).data(Qt.ItemDataRole.UserRole))
                for index in range(self.themes.count())
                if self.themes.item(index).checkState() == Qt.CheckState.Checked}

    def _choose_output(self) -> None:
        path = self.ctx.prompts.save_file(self, self.tr("Save the questionnaire as"),
                                          self.output.text(), self.tr("Workbook (*.xlsx)"),
                                          confirm_overwrite=False)
        if path:
            self.output.setText(str(with_suffix_added(Path(path), ".xlsx")))

    def export(self) -> None:
        self.problem.setVisible(False)
        themes = self.chosen_themes()
        if not themes:
            self.problem.show_problem(self.tr("Choose at least one theme."))
            return
        output = with_suffix_added(Path(self.output.text().strip()).expanduser(), ".xlsx")
        if is_database_file(output, self.ctx.paths.database):
            self.problem.show_problem(self.tr("“%1” is the program's database. Choose another name.")
                       .replace("%1", str(output)))
            return
        overwrite = output.is_file()
        if overwrite and not self.ctx.prompts.confirm(
                self, self.tr("Replace the file?"),
                self.tr("A file named “%1” already exists in %2.\n\nReplace it?")
                .replace("%1", output.name).replace("%2", str(output.parent))):
            return
        collection, assessment_id = self.ctx.collection, self.assessment_id
        lang = str(self.language.currentData())
        every = themes == {theme.id for theme in self._themes}
        self.buttons.setEnabled(False)

        def done(result: QuestionnaireExport) -> None:
            self.outcome = result
            self.ctx.settings.last_directory = str(output.parent)
            self.accept()

        def failed(error: BaseException) -> None:
            self.buttons.setEnabled(True)
            self.problem.show_failure(error, self.ctx.lang,
                                      lambda bug: self.ctx.errors.report(bug, self))

        run_collection_task(lambda _progress: collection.questionnaires.export(
            assessment_id, output, themes=None if every else themes, lang=lang,
            overwrite=overwrite), on_finished=done, on_failed=failed)
