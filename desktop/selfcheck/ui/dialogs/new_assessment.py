"""New assessment: pack, organisation, AI system, sector, assessor, the risk profile (the
factors of the chosen pack's risk model) and the pack's own profile questions, with the
resulting risk grade and why, shown live.

The risk factors and the pack's questions start unanswered: a grade or an answer is never
assumed. The assessment can be created only when every question asked is answered; until
then the dialog names the questions still open.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from selfcheck.core.errors import SelfCheckError
from selfcheck.core.model import Pack, Sector
from selfcheck.core.risk import PROFILE_FIELDS, RiskProfile
from selfcheck.core.riskmodel import factor_questions
from selfcheck.core.text import in_brackets, list_separator
from selfcheck.ui import icons
from selfcheck.ui.context import AppContext
from selfcheck.ui.dialogs.profile import ProfileQuestionsBox
from selfcheck.ui.i18n import FollowsLanguage
from selfcheck.ui.style import set_role
from selfcheck.ui.widgets import Badge, ProblemLabel

#: The grade badge while the risk profile is incomplete.
UNGRADED_COLOR = "#757575"


class NewAssessmentDialog(FollowsLanguage, QDialog):
    """Collects what a new assessment needs; creates it on OK."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.created_id: int | None = None
        self.setObjectName("newAssessmentDialog")
        self.setModal(True)
        self._packs: list[Pack] = []

        self.pack = QComboBox()
        self.pack.setObjectName("packChoice")
        self.organisation = QLineEdit()
        self.organisation.setObjectName("organisation")
        self.system_name = QLineEdit()
        self.system_name.setObjectName("systemName")
        self.description = QPlainTextEdit()
        self.description.setObjectName("systemDescription")
        self.description.setTabChangesFocus(True)
        self.description.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 14)
        self.sector = QComboBox()
        self.sector.setObjectName("sectorChoice")
        self.assessor = QLineEdit()
        self.assessor.setObjectName("assessor")
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.labels: dict[str, QLabel] = {}
        for key, widget in (("pack", self.pack), ("organisation", self.organisation),
                            ("system", self.system_name), ("description", self.description),
                            ("sector", self.sector), ("assessor", self.assessor)):
            label = QLabel()
            label.setBuddy(widget)
            self.labels[key] = label
            self.form.addRow(label, widget)

        self.profile_box = ProfileQuestionsBox(ctx, title=self._risk_title)
        self.profile_box.setObjectName("riskProfile")
        self.profile_box.changed.connect(self._update_grade)
        self.questions_box = ProfileQuestionsBox(ctx)
        self.questions_box.changed.connect(self._update_grade)

        self.grade_caption = QLabel()
        set_role(self.grade_caption, "sectionLabel")
        self.grade = Badge()
        set_role(self.grade, "gradeBadge")
        self.reasons = QLabel()
        self.reasons.setObjectName("reasonsLabel")
        self.reasons.setWordWrap(True)
        self.reasons.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.open_hint = QLabel()
        set_role(self.open_hint, "openQuestionsHint")
        self.open_hint.setWordWrap(True)
        self.error = ProblemLabel()
        grade_row = QHBoxLayout()
        grade_row.addWidget(self.grade_caption)
        grade_row.addWidget(self.grade)
        grade_row.addStretch(1)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addLayout(self.form)
        layout.addWidget(self.profile_box)
        layout.addWidget(self.questions_box)
        layout.addLayout(grade_row)
        layout.addWidget(self.reasons)
        layout.addWidget(self.open_hint)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

        self._load_packs()
        self.pack.currentIndexChanged.connect(self._pack_changed)
        self.retranslate()
        self._pack_changed()
        self.resize(720, self.sizeHint().height())

    # -- language --------------------------------------------------------------


    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("New assessment"))
        texts = {
            "pack": self.tr("Checklist &pack:"),
            "organisation": self.tr("&Organisation:"),
            "system": self.tr("AI &system:"),
            "description": self.tr("&What the system does:"),
            "sector": self.tr("S&ector:"),
            "assessor": self.tr("&Assessor:"),
        }
        for key, text in texts.items():
            self.labels[key].setText(text)
        self.organisation.setPlaceholderText(self.tr("e.g. Municipal Bureau of Transport"))
        self.system_name.setPlaceholderText(self.tr("e.g. Citizen hotline assistant"))
        self.description.setPlaceholderText(self.tr("What it is used for, by whom, on what data"))
        self.assessor.setPlaceholderText(self.tr("Your name and role"))
        self.profile_box.retranslate()
        for index, pack in enumerate(self._packs):
            self.pack.setItemText(index, self._pack_text(pack))
        current = self.sector.currentData()
        self._fill_sectors(current)
        self.questions_box.retranslate()
        self.grade_caption.setText(self.tr("Resulting risk grade:"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            self.tr("Create assessment"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self._update_grade()

    def _risk_title(self) -> str:
        pack = self.selected_pack()
        model = pack.effective_risk_model.title.get(self.ctx.lang) if pack else ""
        return self.tr("Risk profile — %1").replace("%1", model)

    @property
    def factor_boxes(self) -> dict[str, QComboBox]:
        """The answer boxes of the chosen pack's risk factors, by factor id."""
        return self.profile_box.boxes

    def _pack_text(self, pack: Pack) -> str:
        return self.tr("%1 — version %2 · %3 · %4 items").replace(
            "%1", pack.title.get(self.ctx.lang)).replace("%2", str(pack.version)).replace(
            "%3", pack.label + (in_brackets(pack.status.label(self.ctx.lang), self.ctx.lang)
                                if pack.status is not None and pack.trial else "")
        ).replace("%4", str(len(pack.items)))

    # -- content ---------------------------------------------------------------

    def _load_packs(self) -> None:
        self._packs = []
        collection = self.ctx.collection
        for record in collection.packs.records():
            try:
                self._packs.append(collection.packs.get(record.pack_id, record.version))
            except SelfCheckError as exc:  # a damaged pack: list it as unavailable
                self.ctx.errors.report(exc, self)
        self.pack.clear()
        for pack in self._packs:
            self.pack.addItem(self._pack_text(pack), (pack.pack_id, pack.version))

    def selected_pack(self) -> Pack | None:
        index = self.pack.currentIndex()
        return self._packs[index] if 0 <= index < len(self._packs) else None

    def _fill_sectors(self, current: object = None) -> None:
        pack = self.selected_pack()
        sectors = pack.sectors if pack is not None else list(Sector)
        self.sector.blockSignals(True)
        self.sector.clear()
        for sector in sectors:
            self.sector.addItem(sector.label(self.ctx.lang), sector.value)
        self.sector.setCurrentIndex(max(0, self.sector.findData(current)) if current else 0)
        self.sector.blockSignals(False)

    def _pack_changed(self) -> None:
        self._fill_sectors(self.sector.currentData())
        pack = self.selected_pack()
        self.profile_box.set_questions(
            factor_questions(pack.effective_risk_model) if pack else (),
            self.profile_box.answers())
        self.questions_box.set_questions(pack.profile_questions if pack else (),
                                         self.questions_box.answers())
        self._update_grade()

    def open_questions(self) -> list[str]:
        """The risk-profile and pack questions not answered yet (their names, in the
        window's language)."""
        return self.profile_box.open_questions() + self.questions_box.open_questions()

    def answers(self) -> dict[str, str]:
        """Every profile answer given so far: risk factors and the pack's questions."""
        return {**self.profile_box.answers(), **self.questions_box.answers()}

    def profile(self) -> RiskProfile | None:
        """The risk answers as a :class:`RiskProfile` when the pack grades with the default
        model's four factors and all are answered; otherwise None."""
        answers = self.profile_box.answers()
        if set(answers) != set(PROFILE_FIELDS):
            return None
        return RiskProfile.from_dict(answers)

    def _update_grade(self) -> None:
        lang = self.ctx.lang
        pack = self.selected_pack()
        if pack is None or pack.effective_risk_model.missing_answers(self.answers()):
            self.grade.set_badge(self.tr("not graded yet"), UNGRADED_COLOR)
            self.grade.setAccessibleName(self.tr("not graded yet"))
            self.reasons.setText(self.tr(
                "Answer the risk-profile questions to see the risk grade. The grade decides "
                "which items count as critical."))
        else:
            risk = pack.effective_risk_model.assess(self.answers())
            self.grade.set_badge(risk.grade.label(lang), icons.grade_color(risk.grade),
                                 filled=True)
            self.grade.setAccessibleName(risk.grade.label(lang))
            self.reasons.setText("\n".join(f"• {reason.get(lang)}" for reason in risk.reasons))
        open_questions = self.open_questions()
        self.open_hint.setText(self.tr("Still to answer: %1.").replace(
            "%1", list_separator(lang).join(open_questions)))
        self.open_hint.setVisible(bool(open_questions))
        create = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        create.setEnabled(not open_questions)
        create.setToolTip(self.tr("Answer the open questions first.") if open_questions else "")

    # -- creating --------------------------------------------------------------

    def accept(self) -> None:
        pack = self.selected_pack()
        if pack is None:
            self._show_error(self.tr("No checklist pack is installed."))
            return
        if not self.organisation.text().strip():
            self._show_error(self.tr("Enter the organisation."))
            self.organisation.setFocus()
            return
        if not self.system_name.text().strip():
            self._show_error(self.tr("Enter the name of the AI system."))
            self.system_name.setFocus()
            return
        if self.profile_box.open_questions():
            self._show_error(self.tr("Answer the risk-profile questions first."))
            return
        if self.open_questions():
            self._show_error(self.tr("Answer the open questions first."))
            return
        try:
            self.created_id = self.ctx.collection.new_assessment(
                pack_id=pack.pack_id, pack_version=pack.version,
                organisation=self.organisation.text(), system_name=self.system_name.text(),
                system_description=self.description.toPlainText(),
                sector=str(self.sector.currentData()), assessor=self.assessor.text(),
                profile_answers=self.answers())
        except SelfCheckError as exc:
            self._show_error(exc.message)
            return
        super().accept()

    def _show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.setVisible(True)
