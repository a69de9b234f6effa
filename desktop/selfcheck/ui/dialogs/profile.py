"""The profile questions a checklist pack asks (yes/no or a choice), for a new assessment
and for changing an assessment's answers later.

Questions start unanswered: nothing is assumed. A question asked only after certain
answers (``asked_if``) appears when they are given and disappears when they change.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QGroupBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from selfcheck.core.assessment import ProfileChange
from selfcheck.core.conditions import ProfileQuestion
from selfcheck.core.errors import SelfCheckError
from selfcheck.core.riskmodel import factor_questions
from selfcheck.ui.context import AppContext
from selfcheck.ui.i18n import FollowsLanguage
from selfcheck.ui.widgets import ProblemLabel


class ProfileQuestionsBox(QGroupBox):
    """One combo box per profile question; rows of questions not asked are hidden."""

    changed = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, *,
                 title: Callable[[], str] | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._title = title
        self.setObjectName("profileQuestions")
        self.questions: tuple[ProfileQuestion, ...] = ()
        self.boxes: dict[str, QComboBox] = {}
        self.labels: dict[str, QLabel] = {}
        # a grid, not a form layout: word-wrapped questions get the width and their height
        self.grid = QGridLayout(self)
        self.grid.setColumnStretch(0, 1)
        self.grid.setHorizontalSpacing(12)

    def set_questions(self, questions: Sequence[ProfileQuestion],
                      answers: Mapping[str, str] | None = None) -> None:
        """Show ``questions`` with ``answers`` chosen (the others unanswered)."""
        for widget in [*self.boxes.values(), *self.labels.values()]:
            self.grid.removeWidget(widget)
            widget.hide()  # at once: deleteLater waits for the event loop
            widget.deleteLater()
        self.questions = tuple(questions)
        self.boxes, self.labels = {}, {}
        for row, question in enumerate(self.questions):
            box = QComboBox()
            box.setObjectName(f"question_{question.id}")
            box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            label = QLabel()
            label.setWordWrap(True)
            label.setBuddy(box)
            self.boxes[question.id], self.labels[question.id] = box, label
            self.grid.addWidget(label, row, 0)
            self.grid.addWidget(box, row, 1)
            box.currentIndexChanged.connect(self._changed)
        self.retranslate()
        for question_id, option in (answers or {}).items():
            if question_id in self.boxes:
                self.boxes[question_id].setCurrentIndex(self.boxes[question_id].findData(option))
        self._show_asked()
        self.setVisible(bool(self.questions))

    def retranslate(self) -> None:
        lang = self.ctx.lang
        self.setTitle(self._title() if self._title is not None else
                      self.tr("Questions of this checklist (they decide which items apply)"))
        for question in self.questions:
            box, label = self.boxes[question.id], self.labels[question.id]
            label.setText(question.text.get(lang))
            box.setAccessibleName(question.text.get(lang))
            box.setToolTip(question.help.get(lang) if question.help else "")
            box.setPlaceholderText(self.tr("— choose an answer —"))
            current = box.currentData()
            box.blockSignals(True)
            box.clear()
            for option in question.options:
                box.addItem(option.label.get(lang), option.id)
            box.setCurrentIndex(box.findData(current) if current is not None else -1)
            box.blockSignals(False)

    def _changed(self) -> None:
        self._show_asked()
        self.changed.emit()

    def _show_asked(self) -> None:
        answers: dict[str, str] = {}
        for question in self.questions:
            asked = question.is_asked(answers)
            self.boxes[question.id].setVisible(asked)
            self.labels[question.id].setVisible(asked)
            value = self.boxes[question.id].currentData()
            if asked and value is not None:
                answers[question.id] = str(value)

    def answers(self) -> dict[str, str]:
        """The answers to the questions asked (unanswered ones left out)."""
        answers: dict[str, str] = {}
        for question in self.questions:
            value = self.boxes[question.id].currentData()
            if question.is_asked(answers) and value is not None:
                answers[question.id] = str(value)
        return answers

    def open_questions(self) -> list[str]:
        """The questions asked but not answered yet (their texts)."""
        answers = self.answers()
        return [q.text.get(self.ctx.lang) for q in self.questions
                if q.is_asked(answers) and q.id not in answers]


class ProfileDialog(FollowsLanguage, QDialog):
    """Change an assessment's profile answers (the risk factors and the pack's questions);
    the grade is worked out again and items that stop applying keep their answers."""

    def __init__(self, ctx: AppContext, assessment_id: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.assessment_id = assessment_id
        self.outcome: ProfileChange | None = None
        self.setObjectName("profileDialog")
        self.setModal(True)
        self.assessment = ctx.collection.assessment(assessment_id)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        pack = self.assessment.pack
        self.risk_box = ProfileQuestionsBox(ctx, title=lambda: self.tr("Risk profile — %1")
                                            .replace("%1", pack.effective_risk_model.title
                                                     .get(self.ctx.lang)))
        self.risk_box.set_questions(factor_questions(pack.effective_risk_model),
                                    self.assessment.risk_answers)
        self.box = ProfileQuestionsBox(ctx)
        self.box.set_questions(pack.profile_questions, self.assessment.profile_answers)
        self.effect = QLabel()
        self.effect.setObjectName("profileEffect")
        self.effect.setWordWrap(True)
        self.error = ProblemLabel()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (self.intro, self.risk_box, self.box, self.effect, self.error,
                       self.buttons):
            layout.addWidget(widget)
        self.risk_box.changed.connect(self._show_effect)
        self.box.changed.connect(self._show_effect)
        self.retranslate()
        self.resize(640, self.sizeHint().height())

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Profile questions"))
        self.intro.setText(self.tr(
            "Changing an answer changes which items apply. No answer is lost: the answers "
            "of items that stop applying are kept and shown as such, and count again if "
            "the items apply again."))
        self.risk_box.retranslate()
        self.box.retranslate()
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Apply"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self._show_effect()

    def _show_effect(self) -> None:
        apply = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        open_questions = self.risk_box.open_questions() + self.box.open_questions()
        if open_questions:
            separator = "、" if self.ctx.lang == "zh" else ", "
            self.effect.setText(self.tr("Still to answer: %1.").replace(
                "%1", separator.join(open_questions)))
            apply.setEnabled(False)
            return
        apply.setEnabled(True)
        assessment = self.assessment
        answers = self.answers()
        now = {i.id for i in assessment.items}
        after = {i.id for i in assessment.pack.items_for(assessment.sector, answers)}
        lines = []
        grade = assessment.pack.effective_risk_model.assess(answers).grade
        if grade != assessment.grade:
            lang = self.ctx.lang
            lines.append(self.tr("Risk grade: %1 → %2").replace(
                "%1", assessment.grade.label(lang)).replace("%2", grade.label(lang)))
        if after - now:
            lines.append(self.tr("Will apply: %1").replace(
                "%1", ", ".join(sorted(after - now))))
        if now - after:
            lines.append(self.tr("Will stop applying (answers kept): %1").replace(
                "%1", ", ".join(sorted(now - after))))
        self.effect.setText("\n".join(lines) or self.tr("No item changes."))

    def answers(self) -> dict[str, str]:
        """The profile answers on screen: risk factors and the pack's questions."""
        return {**self.risk_box.answers(), **self.box.answers()}

    def accept(self) -> None:
        try:
            self.outcome = self.ctx.collection.change_profile(
                self.assessment_id, profile_answers=self.answers())
        except SelfCheckError as exc:
            self.error.setText(exc.localized(self.ctx.lang))
            self.error.setVisible(True)
            return
        super().accept()
