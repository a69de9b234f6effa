"""File → Sign-off…: who prepared (the assessor), reviewed and approved an assessment,
with their roles and dates, as the report's sign-off block prints them. What is left
empty is printed as a blank line to be filled in by hand."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from selfcheck.core.assessment import Signatory, SignOff
from selfcheck.ui.context import AppContext
from selfcheck.ui.i18n import FollowsLanguage
from selfcheck.ui.style import set_role
from selfcheck.ui.tasks import run_collection_task
from selfcheck.ui.widgets import ProblemLabel

ROLES = ("prepared", "reviewed", "approved")
FIELDS = ("name", "role", "date")


class SignOffDialog(FollowsLanguage, QDialog):
    """Edit the sign-off of one assessment; saved on OK (in the background)."""

    def __init__(self, ctx: AppContext, assessment_id: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.assessment_id = assessment_id
        self.setObjectName("signOffDialog")
        self.saved = False
        current = ctx.collection.assessment(assessment_id).sign_off
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.role_labels = {role: QLabel() for role in ROLES}
        self.headers = {key: QLabel() for key in FIELDS}
        self.fields: dict[tuple[str, str], QLineEdit] = {}
        grid = QGridLayout()
        for column, key in enumerate(FIELDS, start=1):
            set_role(self.headers[key], "mutedLabel")
            grid.addWidget(self.headers[key], 0, column)
        for row, role in enumerate(ROLES, start=1):
            person: Signatory = getattr(current, role)
            grid.addWidget(self.role_labels[role], row, 0)
            values = (person.name, person.role, person.date.isoformat() if person.date else "")
            for column, (key, value) in enumerate(zip(FIELDS, values, strict=True), start=1):
                edit = QLineEdit(value)
                edit.setObjectName(f"{role}_{key}")
                edit.setMaxLength(10 if key == "date" else 200)
                self.fields[role, key] = edit
                grid.addWidget(edit, row, column)
        grid.setColumnStretch(1, 2)
        grid.setColumnStretch(2, 3)
        self.problem = ProblemLabel()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(grid)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.resize(640, 260)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Sign-off"))
        self.intro.setText(self.tr(
            "Who prepared, reviewed and approved this assessment. The report's sign-off "
            "block prints what is filled in here; what is left empty is a blank line to "
            "be filled in and signed by hand."))
        self.role_labels["prepared"].setText(self.tr("Prepared by (assessor):"))
        self.role_labels["reviewed"].setText(self.tr("Reviewed by:"))
        self.role_labels["approved"].setText(self.tr("Approved by:"))
        self.headers["name"].setText(self.tr("Name"))
        self.headers["role"].setText(self.tr("Role"))
        self.headers["date"].setText(self.tr("Date"))
        for role in ROLES:
            self.fields[role, "date"].setPlaceholderText(self.tr("YYYY-MM-DD"))

    def sign_off(self) -> SignOff | None:
        """The sign-off as typed, or None (with an inline message) for a date that is
        not one."""
        people = {}
        for role in ROLES:
            text = self.fields[role, "date"].text().strip()
            try:
                date = dt.date.fromisoformat(text) if text else None
            except ValueError:
                self.problem.show_problem(self.tr("“%1” is not a date: write it as 2027-03-31, "
                                                  "or leave it empty.").replace("%1", text))
                self.fields[role, "date"].setFocus()
                return None
            people[role] = Signatory(self.fields[role, "name"].text(),
                                     self.fields[role, "role"].text(), date)
        return SignOff(**people)

    def save(self) -> None:
        self.problem.setVisible(False)
        sign_off = self.sign_off()
        if sign_off is None:
            return
        collection, assessment_id = self.ctx.collection, self.assessment_id
        self.buttons.setEnabled(False)

        def done(_result: None) -> None:
            self.saved = True
            self.accept()

        def failed(error: BaseException) -> None:
            self.buttons.setEnabled(True)
            self.problem.show_failure(error, self.ctx.lang,
                                      lambda bug: self.ctx.errors.report(bug, self))

        run_collection_task(lambda _progress: collection.set_sign_off(assessment_id, sign_off),
                            on_finished=done, on_failed=failed)
