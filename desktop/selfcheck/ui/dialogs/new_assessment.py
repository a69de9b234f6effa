"""New assessment: pack, organisation, AI system, sector, assessor and the risk profile,
with the resulting risk grade and why, shown live.

The four risk-profile questions start unanswered: a grade is never assumed. The
assessment can be created only when all four are answered; until then the dialog
names the questions still open.
"""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from selfcheck.core import glossary
from selfcheck.core.errors import SelfCheckError
from selfcheck.core.model import Pack, Sector
from selfcheck.core.risk import (
    Autonomy,
    Criticality,
    DataSensitivity,
    PeopleAffected,
    RiskProfile,
    grade_profile,
)
from selfcheck.core.text import colon, list_separator
from selfcheck.ui import icons
from selfcheck.ui.context import AppContext
from selfcheck.ui.i18n import FollowsLanguage
from selfcheck.ui.style import set_role
from selfcheck.ui.widgets import Badge

FACTORS: tuple[tuple[str, type[StrEnum]], ...] = (
    ("criticality", Criticality),
    ("autonomy", Autonomy),
    ("people_affected", PeopleAffected),
    ("data_sensitivity", DataSensitivity),
)
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
        self.factor_boxes: dict[str, QComboBox] = {}
        for name, _enum in FACTORS:
            box = QComboBox()
            box.setObjectName(f"factor_{name}")
            box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            box.setCurrentIndex(-1)  # no answer is assumed
            self.factor_boxes[name] = box

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

        self.profile_box = QGroupBox()
        profile_form = QFormLayout(self.profile_box)
        profile_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for name, _enum in FACTORS:
            label = QLabel()
            label.setBuddy(self.factor_boxes[name])
            self.labels[name] = label
            profile_form.addRow(label, self.factor_boxes[name])

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
        self.error = QLabel()
        set_role(self.error, "inlineError")
        self.error.setWordWrap(True)
        self.error.setVisible(False)
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
        layout.addLayout(grade_row)
        layout.addWidget(self.reasons)
        layout.addWidget(self.open_hint)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

        self._load_packs()
        self.pack.currentIndexChanged.connect(self._pack_changed)
        for box in self.factor_boxes.values():
            box.currentIndexChanged.connect(self._update_grade)
        self.retranslate()
        self._pack_changed()
        self.resize(720, self.sizeHint().height())

    # -- language --------------------------------------------------------------


    def retranslate(self) -> None:
        lang = self.ctx.lang
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
        self.profile_box.setTitle(self.tr("Risk profile — AISGF-1.0 §6.3(a)"))
        for name, enum in FACTORS:
            factor = glossary.RISK_FACTORS[name].get(lang)
            self.labels[name].setText(factor + colon(lang).rstrip())
            box = self.factor_boxes[name]
            box.setAccessibleName(factor)
            box.setPlaceholderText(self.tr("— choose an answer —"))
            current = box.currentData()
            box.blockSignals(True)
            box.clear()
            for value in enum:
                box.addItem(glossary.choice_label(name, value, lang), value.value)
            box.setCurrentIndex(box.findData(current) if current is not None else -1)
            box.blockSignals(False)
        for index, pack in enumerate(self._packs):
            self.pack.setItemText(index, self._pack_text(pack))
        current = self.sector.currentData()
        self._fill_sectors(current)
        self.grade_caption.setText(self.tr("Resulting risk grade:"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            self.tr("Create assessment"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self._update_grade()

    def _pack_text(self, pack: Pack) -> str:
        return self.tr("%1 — version %2 · %3 · %4 items").replace(
            "%1", pack.title.get(self.ctx.lang)).replace("%2", str(pack.version)).replace(
            "%3", pack.label).replace("%4", str(len(pack.items)))

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

    def open_questions(self) -> list[str]:
        """The risk-profile questions not answered yet (their names, in the window's
        language)."""
        lang = self.ctx.lang
        return [glossary.RISK_FACTORS[name].get(lang) for name, _enum in FACTORS
                if self.factor_boxes[name].currentIndex() < 0]

    def profile(self) -> RiskProfile | None:
        """The risk profile answered, or None while a question is still open."""
        if self.open_questions():
            return None
        return RiskProfile.from_dict({name: str(self.factor_boxes[name].currentData())
                                      for name, _enum in FACTORS})

    def _update_grade(self) -> None:
        lang = self.ctx.lang
        profile = self.profile()
        create = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        if profile is None:
            open_questions = self.open_questions()
            self.grade.set_badge(self.tr("not graded yet"), UNGRADED_COLOR)
            self.grade.setAccessibleName(self.tr("not graded yet"))
            self.reasons.setText(self.tr(
                "Answer the four risk-profile questions to see the risk grade. The grade "
                "decides which items count as critical."))
            self.open_hint.setText(self.tr("Still to answer: %1.").replace(
                "%1", list_separator(lang).join(open_questions)))
            self.open_hint.setVisible(True)
            create.setEnabled(False)
            create.setToolTip(self.tr("Answer the four risk-profile questions first."))
            return
        risk = grade_profile(profile)
        self.grade.set_badge(risk.grade.label(lang), icons.GRADE_COLORS[risk.grade], filled=True)
        self.grade.setAccessibleName(risk.grade.label(lang))
        self.reasons.setText("\n".join(f"• {reason.get(lang)}" for reason in risk.reasons))
        self.open_hint.setVisible(False)
        create.setEnabled(True)
        create.setToolTip("")

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
        profile = self.profile()
        if profile is None:
            self._show_error(self.tr("Answer the four risk-profile questions first."))
            return
        try:
            self.created_id = self.ctx.collection.new_assessment(
                pack_id=pack.pack_id, pack_version=pack.version,
                organisation=self.organisation.text(), system_name=self.system_name.text(),
                system_description=self.description.toPlainText(),
                sector=str(self.sector.currentData()), assessor=self.assessor.text(),
                profile=profile)
        except SelfCheckError as exc:
            self._show_error(exc.message)
            return
        super().accept()

    def _show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.setVisible(True)
