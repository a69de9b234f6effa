"""The answer form of the detail pane: status buttons, justification with its inline
message, evidence references, the evidence files (a part of their own, placed here),
remediation owner and due date, the review flag and the save state."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from selfcheck.core.answers import Answer, Status
from selfcheck.ui import icons
from selfcheck.ui.style import mark_checked, mark_invalid, set_role, set_save_state
from selfcheck.ui.views.detail.due_date import DueDateEdit
from selfcheck.ui.widgets import ProblemLabel

translate = QCoreApplication.translate

#: The statuses offered, in shortcut order 1-4.
ANSWER_STATUSES = (Status.IMPLEMENTED, Status.PARTIAL, Status.NOT_IMPLEMENTED,
                   Status.NOT_APPLICABLE)


class _FocusOut(QObject):
    """Calls ``callback`` when a watched widget loses focus."""

    def __init__(self, callback: Callable[[], None], parent: QObject) -> None:
        super().__init__(parent)
        self._callback = callback

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusOut:
            self._callback()
        return False


class AnswerForm(QGroupBox):
    """The controls of one answer. It holds what is on screen; the pane saves it."""

    #: A status button was pressed (the Status).
    statusChosen = Signal(object)
    #: Text was typed (save after a pause).
    edited = Signal()
    #: A change to save now (flag, a due date accepted or cleared, a field left).
    committed = Signal()

    def __init__(self, files: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._status = Status.UNANSWERED
        self._loading = False
        self._error = ""
        self._lang = "zh"
        status_row = self._build_statuses()
        self._build_texts()
        self._build_remediation()
        self.flag = QCheckBox()
        self.flag.setObjectName("flagCheck")
        self.flag.setIcon(icons.flag_icon())
        self.save_state = QLabel()
        self.save_state.setWordWrap(True)
        set_role(self.save_state, "saveState")
        self.save_state.setAccessibleName("save state")

        layout = QVBoxLayout(self)
        layout.setSpacing(8)
        layout.addLayout(status_row)
        for widget in (self.justification_label, self.justification, self.inline_error,
                       self.evidence_label, self.evidence, files, self.remediation_box):
            layout.addWidget(widget)
        flag_row = QHBoxLayout()
        flag_row.addWidget(self.flag)
        flag_row.addStretch(1)
        flag_row.addWidget(self.save_state)
        layout.addLayout(flag_row)

        for edit in (self.justification, self.evidence):
            edit.textChanged.connect(self._text_edited)
        self.owner.textEdited.connect(self._text_edited)
        self.due.committed.connect(self._due_committed)
        self.flag.toggled.connect(self._flag_toggled)
        watcher = _FocusOut(self.committed.emit, self)
        for widget in (self.justification, self.evidence, self.owner, self.due.edit):
            widget.installEventFilter(watcher)

    def _build_statuses(self) -> QGridLayout:
        self.status_group = QButtonGroup(self)
        self.status_group.setExclusive(True)
        self.status_buttons: dict[Status, QPushButton] = {}
        status_row = QGridLayout()
        status_row.setHorizontalSpacing(6)
        status_row.setVerticalSpacing(6)
        for number, status in enumerate(ANSWER_STATUSES, start=1):
            button = QPushButton()
            button.setObjectName(f"status_{status.value}")
            button.setCheckable(True)
            button.setIcon(icons.status_icon(status))
            button.setProperty("shortcutNumber", number)
            button.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
            button.setMinimumWidth(120)
            button.toggled.connect(lambda _on, b=button: mark_checked(b))
            self.status_group.addButton(button, number)
            self.status_buttons[status] = button
            status_row.addWidget(button, (number - 1) // 2, (number - 1) % 2)
        self.status_group.idClicked.connect(
            lambda n: self.statusChosen.emit(ANSWER_STATUSES[n - 1]))
        return status_row

    def _build_texts(self) -> None:
        self.justification_label = QLabel()
        self.justification_label.setWordWrap(True)
        self.justification = QPlainTextEdit()
        self.justification.setObjectName("justification")
        self.justification.setTabChangesFocus(True)
        self.justification.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 14)
        self.inline_error = ProblemLabel()
        self.evidence_label = QLabel()
        self.evidence_label.setWordWrap(True)
        self.evidence = QPlainTextEdit()
        self.evidence.setObjectName("evidence")
        self.evidence.setTabChangesFocus(True)
        self.evidence.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 14)

    def _build_remediation(self) -> None:
        self.owner = QLineEdit()
        self.owner.setObjectName("remediationOwner")
        self.due = DueDateEdit()
        self.remediation_box = QGroupBox()
        self.remediation_form = QFormLayout(self.remediation_box)
        self.remediation_form.setFieldGrowthPolicy(
            QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.owner_label = QLabel()
        self.due_label = QLabel()
        self.owner_label.setBuddy(self.owner)
        self.due_label.setBuddy(self.due)
        self.remediation_form.addRow(self.owner_label, self.owner)
        self.remediation_form.addRow(self.due_label, self.due)

    def retranslate(self, lang: str) -> None:
        self._lang = lang
        self.setTitle(translate("ItemDetail", "Your answer"))
        for number, status in enumerate(ANSWER_STATUSES, start=1):
            button = self.status_buttons[status]
            button.setText(f"{status.label(lang)}  [{number}]")
            button.setAccessibleName(status.label(lang))
            button.setToolTip(translate(
                "ItemDetail", "Shortcut: %1 (Ctrl+%1 while typing in a text field)")
                .replace("%1", str(number)))
        self.evidence_label.setText(translate(
            "ItemDetail", "Evidence references (documents, records, where they are kept)"))
        self.evidence.setAccessibleName(translate("ItemDetail", "Evidence references"))
        self.evidence.setPlaceholderText(translate(
            "ItemDetail", "e.g. Risk assessment report 2026-03, archive no. …"))
        self.remediation_box.setTitle(translate(
            "ItemDetail", "Remediation (for partial or not implemented)"))
        self.owner_label.setText(translate("ItemDetail", "Owner:"))
        self.owner.setAccessibleName(translate("ItemDetail", "Remediation owner"))
        self.owner.setPlaceholderText(translate("ItemDetail", "Person or department responsible"))
        self.due_label.setText(translate("ItemDetail", "Due date:"))
        self.due.retranslate()
        self.flag.setText(translate("ItemDetail", "Flag for follow-up  [F]"))
        self.show_hints()

    # -- what is on screen -----------------------------------------------------

    @property
    def status(self) -> Status:
        return self._status

    def load(self, answer: Answer) -> None:
        """Show ``answer`` in the controls (without announcing edits)."""
        self._loading = True
        try:
            self.set_status(answer.status)
            if self.justification.toPlainText() != answer.justification:
                self.justification.setPlainText(answer.justification)
            if self.evidence.toPlainText() != answer.evidence:
                self.evidence.setPlainText(answer.evidence)
            self.owner.setText(answer.remediation_owner)
            self.due.set_date(answer.remediation_due)
            self.flag.setChecked(answer.flagged)
        finally:
            self._loading = False
        self.show_hints()

    def values(self) -> dict[str, object]:
        """The answer fields on screen (all but ``needs_review``, which the pane keeps).
        A due date typed but not yet taken is taken now; text that is no date leaves the
        due date as it was (the field says so)."""
        self.due.read_text()
        due = self.due.date()
        return {"status": self._status, "justification": self.justification.toPlainText(),
                "evidence": self.evidence.toPlainText(),
                "remediation_owner": self.owner.text(), "remediation_due": due,
                "flagged": self.flag.isChecked()}

    def set_status(self, status: Status) -> None:
        """Check the button of ``status`` (none for unanswered)."""
        self._status = status
        if status in self.status_buttons:
            for s, button in self.status_buttons.items():
                button.setChecked(s is status)
        else:
            self.status_group.setExclusive(False)
            for button in self.status_buttons.values():
                button.setChecked(False)
            self.status_group.setExclusive(True)
        self.show_hints()

    def set_error(self, message: str) -> None:
        """Show (or, with "", clear) the inline message about the justification or date."""
        self._error = message
        self.show_hints()

    def show_hints(self) -> None:
        """The justification's label and placeholder for the status, the inline message,
        and whether the remediation fields are in use."""
        needs = self._status.needs_justification
        label = translate("ItemDetail", "Justification")
        if needs:
            label += " " + translate("ItemDetail", "(required for “%1”)").replace(
                "%1", self._status.label(self._lang))
        self.justification_label.setText(label)
        self.justification.setAccessibleName(translate("ItemDetail", "Justification"))
        self.justification.setPlaceholderText(
            translate("ItemDetail", "Why this status? What is missing, or why the item does "
                      "not apply?")
            if needs else translate("ItemDetail", "Optional: how the requirement is met"))
        wants = self._status.wants_remediation
        self.remediation_box.setEnabled(wants or bool(self.owner.text())
                                        or self.due.date() is not None)
        self.inline_error.setText(self._error)
        self.inline_error.setVisible(bool(self._error))
        mark_invalid(self.justification, bool(self._error))

    def show_save_state(self, text: str, state: str) -> None:
        """The save line: ``state`` "saved", "draft" or "" (plain)."""
        self.save_state.setText(text)
        set_save_state(self.save_state, state)

    # -- editing ---------------------------------------------------------------

    def _text_edited(self) -> None:
        if self._loading:
            return
        self.show_hints()
        self.edited.emit()

    def _flag_toggled(self) -> None:
        if not self._loading:
            self.committed.emit()

    def _due_committed(self) -> None:
        if not self._loading:
            self.show_hints()
            self.committed.emit()
