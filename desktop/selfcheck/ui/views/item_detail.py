"""The detail pane of one item: the question and guidance, and the answer controls.

Every change is saved at once: a status, flag or date change immediately,
typed text after a short pause, on leaving the field, on switching items and
on closing. An answer the core rejects (a justification missing, a due date
in the past) stays on screen as a draft with an inline message and is saved
as soon as it is valid.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QDate, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QDateEdit,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from selfcheck.core.answers import Answer, Attachment, Status
from selfcheck.core.errors import AnswerValidationError, SelfCheckError
from selfcheck.core.files import size_text
from selfcheck.core.model import Item, Text
from selfcheck.core.text import escape_html
from selfcheck.ui import icons
from selfcheck.ui.context import AppContext
from selfcheck.ui.i18n import FollowsLanguage
from selfcheck.ui.models.items import SEVERITY_COLORS
from selfcheck.ui.style import item_view, mark_checked, mark_invalid, set_badge_color, set_role, set_save_state
from selfcheck.ui.tasks import run_task

#: The statuses offered, in shortcut order 1-4.
ANSWER_STATUSES = (Status.IMPLEMENTED, Status.PARTIAL, Status.NOT_IMPLEMENTED,
                   Status.NOT_APPLICABLE)
NO_DATE = QDate(2000, 1, 1)
TEXT_SAVE_DELAY_MS = 700
_COMPARED = ("status", "justification", "evidence", "remediation_owner", "remediation_due",
             "flagged", "needs_review")


def same_answer(a: Answer, b: Answer) -> bool:
    """Whether two answers hold the same user-visible values (texts compared trimmed)."""
    for key in _COMPARED:
        x, y = getattr(a, key), getattr(b, key)
        if isinstance(x, str):
            x, y = x.strip(), str(y).strip()
        if x != y:
            return False
    return True


class _FocusOut(QObject):
    """Calls ``callback`` when a watched widget loses focus."""

    def __init__(self, callback: Callable[[], None], parent: QObject) -> None:
        super().__init__(parent)
        self._callback = callback

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusOut:
            self._callback()
        return False


class ItemDetail(FollowsLanguage, QWidget):
    """Shows one item and edits its answer."""

    #: An answer was saved (the saved value).
    saved = Signal(object)
    #: (item id, draft Answer or None): an unsaved draft appeared or went away.
    draftChanged = Signal(str, object)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("itemDetail")
        self.assessment_id = 0
        self.item: Item | None = None
        self.theme_title: Text | None = None
        self.critical = False
        self.read_only = False
        self._saved = Answer(item_id="")
        self._status = Status.UNANSWERED
        self._loading = False
        self._pending = False
        self._error = ""
        self._saved_at = ""
        self._needs_review = False
        self.save_answer: Callable[[Answer], Answer] | None = None

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(TEXT_SAVE_DELAY_MS)
        self._timer.timeout.connect(self.flush)
        self._build()
        self.retranslate()
        self.clear()

    # -- construction ----------------------------------------------------------

    def _build(self) -> None:
        self.id_label = QLabel()
        set_role(self.id_label, "itemIdBadge")
        self.severity_label = QLabel()
        set_role(self.severity_label, "severityBadge")
        self.critical_label = QLabel()
        set_role(self.critical_label, "criticalBadge")
        self.theme_label = QLabel()
        set_role(self.theme_label, "mutedLabel")
        self.theme_label.setWordWrap(True)
        self.question = QLabel()
        set_role(self.question, "questionLabel")
        self.question.setWordWrap(True)
        self.question.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.clause_label = QLabel()
        set_role(self.clause_label, "mutedLabel")
        self.clause_label.setWordWrap(True)
        self.guidance_title = QLabel()
        set_role(self.guidance_title, "sectionLabel")
        self.guidance = QLabel()
        self.guidance.setWordWrap(True)
        self.guidance.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.examples_title = QLabel()
        set_role(self.examples_title, "sectionLabel")
        self.examples = QLabel()
        self.examples.setWordWrap(True)
        self.examples.setTextFormat(Qt.TextFormat.RichText)

        # re-review banner
        self.review_box = QFrame()
        set_role(self.review_box, "reviewBanner")
        self.review_text = QLabel()
        self.review_text.setWordWrap(True)
        self.review_previous = QLabel()
        self.review_previous.setWordWrap(True)
        set_role(self.review_previous, "mutedLabel")
        self.review_done = QPushButton()
        self.review_done.setObjectName("reviewedButton")
        review_layout = QVBoxLayout(self.review_box)
        review_layout.addWidget(self.review_text)
        review_layout.addWidget(self.review_previous)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.review_done)
        review_layout.addLayout(row)

        # answer
        self.answer_box = QGroupBox()
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
            lambda n: self.set_status(ANSWER_STATUSES[n - 1]))

        self.justification_label = QLabel()
        self.justification_label.setWordWrap(True)
        self.justification = QPlainTextEdit()
        self.justification.setObjectName("justification")
        self.justification.setTabChangesFocus(True)
        self.justification.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 14)
        self.inline_error = QLabel()
        set_role(self.inline_error, "inlineError")
        self.inline_error.setWordWrap(True)
        self.inline_error.setVisible(False)
        self.evidence_label = QLabel()
        self.evidence_label.setWordWrap(True)
        self.evidence = QPlainTextEdit()
        self.evidence.setObjectName("evidence")
        self.evidence.setTabChangesFocus(True)
        self.evidence.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 14)

        self.files_label = QLabel()
        self.files_label.setWordWrap(True)
        self.files = QTableWidget(0, 3)
        self.files.setObjectName("attachments")
        item_view(self.files)
        self.files.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.files.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.files.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.files.verticalHeader().setVisible(False)
        self.files.setShowGrid(False)
        self.files.setWordWrap(False)
        self.files.setTabKeyNavigation(False)
        header = self.files.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(60)
        self.files.setFixedHeight(self.fontMetrics().lineSpacing() * 5 + 16)
        self.attach_button = QPushButton()
        self.attach_button.setObjectName("attachButton")
        self.save_copy_button = QPushButton()
        self.remove_file_button = QPushButton()
        file_buttons = QHBoxLayout()
        file_buttons.addWidget(self.attach_button)
        file_buttons.addWidget(self.save_copy_button)
        file_buttons.addWidget(self.remove_file_button)
        file_buttons.addStretch(1)
        self.file_progress = QLabel()
        set_role(self.file_progress, "mutedLabel")
        file_buttons.addWidget(self.file_progress)

        self.owner = QLineEdit()
        self.owner.setObjectName("remediationOwner")
        self.due = QDateEdit()
        self.due.setObjectName("remediationDue")
        self.due.setCalendarPopup(True)
        self.due.setMinimumDate(NO_DATE)
        self.due.setMaximumDate(QDate(2100, 12, 31))
        self.due.setDisplayFormat("yyyy-MM-dd")
        self.due.setDate(NO_DATE)
        self.due_clear = QToolButton()
        self.due_clear.setObjectName("clearDueButton")
        due_row = QHBoxLayout()
        due_row.addWidget(self.due, 1)
        due_row.addWidget(self.due_clear)
        self.remediation_box = QGroupBox()
        self.remediation_form = QFormLayout(self.remediation_box)
        self.remediation_form.setFieldGrowthPolicy(
            QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.owner_label = QLabel()
        self.due_label = QLabel()
        self.owner_label.setBuddy(self.owner)
        self.due_label.setBuddy(self.due)
        self.remediation_form.addRow(self.owner_label, self.owner)
        self.remediation_form.addRow(self.due_label, due_row)

        self.review_text.setMinimumWidth(10)
        self.flag = QCheckBox()
        self.flag.setObjectName("flagCheck")
        self.flag.setIcon(icons.flag_icon())

        self.save_state = QLabel()
        self.save_state.setWordWrap(True)
        set_role(self.save_state, "saveState")
        self.save_state.setAccessibleName("save state")

        answer_layout = QVBoxLayout(self.answer_box)
        answer_layout.setSpacing(8)
        answer_layout.addLayout(status_row)
        answer_layout.addWidget(self.justification_label)
        answer_layout.addWidget(self.justification)
        answer_layout.addWidget(self.inline_error)
        answer_layout.addWidget(self.evidence_label)
        answer_layout.addWidget(self.evidence)
        answer_layout.addWidget(self.files_label)
        answer_layout.addWidget(self.files)
        answer_layout.addLayout(file_buttons)
        answer_layout.addWidget(self.remediation_box)
        flag_row = QHBoxLayout()
        flag_row.addWidget(self.flag)
        flag_row.addStretch(1)
        flag_row.addWidget(self.save_state)
        answer_layout.addLayout(flag_row)

        # assembled in a scroll area
        content = QWidget()
        set_role(content, "detailContent")
        layout = QVBoxLayout(content)
        layout.setContentsMargins(14, 12, 14, 12)
        layout.setSpacing(8)
        badges = QHBoxLayout()
        badges.setSpacing(6)
        badges.addWidget(self.id_label)
        badges.addWidget(self.severity_label)
        badges.addWidget(self.critical_label)
        badges.addStretch(1)
        layout.addLayout(badges)
        layout.addWidget(self.theme_label)
        layout.addWidget(self.question)
        layout.addWidget(self.clause_label)
        layout.addWidget(self.guidance_title)
        layout.addWidget(self.guidance)
        layout.addWidget(self.examples_title)
        layout.addWidget(self.examples)
        layout.addWidget(self.review_box)
        layout.addWidget(self.answer_box)
        layout.addStretch(1)
        self.empty = QLabel()
        set_role(self.empty, "emptyLabel")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        layout.addWidget(self.empty)
        self.content = content

        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        self.scroll_area = scroll

        # saving
        for edit in (self.justification, self.evidence):
            edit.textChanged.connect(self._text_edited)
        self.owner.textEdited.connect(self._text_edited)
        self.due.dateChanged.connect(self._text_edited)
        self.due.editingFinished.connect(self.flush)
        self.due_clear.clicked.connect(self._clear_due)
        self.flag.toggled.connect(self._flag_toggled)
        self.review_done.clicked.connect(self._mark_reviewed)
        self.attach_button.clicked.connect(self.attach_file)
        self.save_copy_button.clicked.connect(self._save_copy)
        self.remove_file_button.clicked.connect(self._remove_file)
        self.files.itemSelectionChanged.connect(self._update_file_buttons)
        watcher = _FocusOut(self._flush_quietly, self)
        for widget in (self.justification, self.evidence, self.owner, self.due):
            widget.installEventFilter(watcher)

        self.setTabOrder(self.status_buttons[Status.IMPLEMENTED],
                         self.status_buttons[Status.PARTIAL])
        self.setTabOrder(self.status_buttons[Status.PARTIAL],
                         self.status_buttons[Status.NOT_IMPLEMENTED])
        self.setTabOrder(self.status_buttons[Status.NOT_IMPLEMENTED],
                         self.status_buttons[Status.NOT_APPLICABLE])
        self.setTabOrder(self.status_buttons[Status.NOT_APPLICABLE], self.justification)
        self.setTabOrder(self.justification, self.evidence)
        self.setTabOrder(self.evidence, self.files)
        self.setTabOrder(self.files, self.attach_button)
        self.setTabOrder(self.attach_button, self.save_copy_button)
        self.setTabOrder(self.save_copy_button, self.remove_file_button)
        self.setTabOrder(self.remove_file_button, self.owner)
        self.setTabOrder(self.owner, self.due)
        self.setTabOrder(self.due, self.due_clear)
        self.setTabOrder(self.due_clear, self.flag)

    # -- language --------------------------------------------------------------


    def retranslate(self) -> None:
        lang = self.ctx.lang
        self.guidance_title.setText(self.tr("What good looks like"))
        self.examples_title.setText(self.tr("Evidence examples"))
        self.answer_box.setTitle(self.tr("Your answer"))
        for number, status in enumerate(ANSWER_STATUSES, start=1):
            button = self.status_buttons[status]
            button.setText(f"{status.label(lang)}  [{number}]")
            button.setAccessibleName(status.label(lang))
            button.setToolTip(self.tr("Shortcut: %1 (Ctrl+%1 while typing in a text field)")
                              .replace("%1", str(number)))
        self.evidence_label.setText(self.tr("Evidence references (documents, records, where they are kept)"))
        self.evidence.setAccessibleName(self.tr("Evidence references"))
        self.evidence.setPlaceholderText(self.tr("e.g. Risk assessment report 2026-03, archive no. …"))
        self.files_label.setText(self.tr("Attached evidence files (stored in the database with their SHA-256)"))
        self.files.setHorizontalHeaderLabels([self.tr("File"), self.tr("Size"), self.tr("SHA-256")])
        self.files.setAccessibleName(self.tr("Attached evidence files"))
        self.attach_button.setText(self.tr("Attach file…"))
        self.save_copy_button.setText(self.tr("Save a copy…"))
        self.remove_file_button.setText(self.tr("Remove"))
        self.remediation_box.setTitle(self.tr("Remediation (for partial or not implemented)"))
        self.owner_label.setText(self.tr("Owner:"))
        self.owner.setAccessibleName(self.tr("Remediation owner"))
        self.owner.setPlaceholderText(self.tr("Person or department responsible"))
        self.due_label.setText(self.tr("Due date:"))
        self.due.setAccessibleName(self.tr("Remediation due date"))
        self.due.setSpecialValueText(self.tr("not set"))
        self.due_clear.setText(self.tr("Clear"))
        self.due_clear.setAccessibleName(self.tr("Clear the due date"))
        self.flag.setText(self.tr("Flag for review  [F]"))
        self.review_done.setText(self.tr("Mark as reviewed"))
        self.empty.setText(self.tr("Select an item in the list to answer it."))
        self._show_texts()
        self._show_justification_state()
        self._show_save_state()

    # -- showing an item -------------------------------------------------------

    def clear(self) -> None:
        """Show no item."""
        self.item = None
        self.content.setEnabled(True)
        for widget in (self.id_label, self.severity_label, self.critical_label, self.theme_label,
                       self.question, self.clause_label, self.guidance_title, self.guidance,
                       self.examples_title, self.examples, self.review_box, self.answer_box):
            widget.setVisible(False)
        self.empty.setVisible(True)

    def show_item(self, assessment_id: int, item: Item, theme_title: Text, answer: Answer,
                  critical: bool, draft: Answer | None = None, read_only: bool = False) -> None:
        """Show ``item`` with its saved ``answer`` (and an unsaved ``draft`` on top)."""
        self._timer.stop()
        self.assessment_id = assessment_id
        self.item = item
        self.theme_title = theme_title
        self.critical = critical
        self.read_only = read_only
        self._saved = answer
        self._error = ""
        self._saved_at = ""
        for widget in (self.id_label, self.severity_label, self.theme_label, self.question,
                       self.clause_label, self.guidance_title, self.guidance,
                       self.examples_title, self.examples, self.answer_box):
            widget.setVisible(True)
        self.empty.setVisible(False)
        self._load_widgets(draft or answer)
        self._show_texts()
        self.answer_box.setEnabled(not read_only)
        self.review_done.setEnabled(not read_only)
        self.scroll_area.verticalScrollBar().setValue(0)
        if draft is not None and not same_answer(draft, answer):
            self.flush()

    def _load_widgets(self, answer: Answer) -> None:
        self._loading = True
        try:
            self._status = answer.status
            for status, button in self.status_buttons.items():
                button.setChecked(status is answer.status)
            if answer.status not in self.status_buttons:
                self.status_group.setExclusive(False)
                for button in self.status_buttons.values():
                    button.setChecked(False)
                self.status_group.setExclusive(True)
            if self.justification.toPlainText() != answer.justification:
                self.justification.setPlainText(answer.justification)
            if self.evidence.toPlainText() != answer.evidence:
                self.evidence.setPlainText(answer.evidence)
            self.owner.setText(answer.remediation_owner)
            due = answer.remediation_due
            self.due.setDate(QDate(due.year, due.month, due.day) if due else NO_DATE)
            self.flag.setChecked(answer.flagged)
            self._needs_review = answer.needs_review
            self._show_files(answer.attachments)
        finally:
            self._loading = False
        self._show_justification_state()
        self._show_review(answer)
        self._show_save_state()

    def _show_texts(self) -> None:
        item = self.item
        if item is None:
            return
        lang = self.ctx.lang
        self.id_label.setText(item.id)
        color = SEVERITY_COLORS[item.severity]
        self.severity_label.setText(self.tr("Severity: %1").replace(
            "%1", item.severity.label(lang)))
        set_badge_color(self.severity_label, color)
        self.critical_label.setVisible(self.critical)
        self.critical_label.setText(self.tr("Counts as critical"))
        self.critical_label.setToolTip(self.tr(
            "A partial or missing answer to this item is a critical gap at this risk grade."))
        self.theme_label.setText(self.theme_title.get(lang) if self.theme_title else "")
        self.question.setText(item.question.get(lang))
        self.clause_label.setText(self.tr("Cites: %1").replace("%1", "; ".join(item.clauses)))
        self.guidance.setText(item.guidance.get(lang))
        bullets = "".join(f"<li>{escape_html(e)}</li>" for e in item.evidence_examples.get(lang))
        self.examples.setText(f"<ul style='margin-left:-20px'>{bullets}</ul>")
        self._show_review(self._saved if not self._needs_review else self._draft())

    def _show_review(self, answer: Answer) -> None:
        show = bool(self.item) and answer.needs_review
        self.review_box.setVisible(show)
        if not show:
            return
        self.review_text.setText(self.tr(
            "This item changed in the new pack version. Check the answer below and confirm it, "
            "or change it."))
        previous = describe_previous(answer.previous, self.ctx.lang)
        self.review_previous.setText(self.tr("Previous answer: %1").replace(
            "%1", previous or self.tr("(none recorded)")))

    def _show_files(self, attachments: tuple[Attachment, ...]) -> None:
        self.files.setRowCount(len(attachments))
        mono = QFont("monospace")
        mono.setStyleHint(QFont.StyleHint.Monospace)
        for row, attachment in enumerate(attachments):
            name = QTableWidgetItem(attachment.file_name)
            name.setData(Qt.ItemDataRole.UserRole, attachment.id)
            name.setToolTip(attachment.file_name)
            name.setIcon(icons.clip_icon())
            size = QTableWidgetItem(size_text(attachment.size))
            size.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            digest = QTableWidgetItem(attachment.sha256)
            digest.setFont(mono)
            digest.setToolTip(attachment.sha256)
            self.files.setItem(row, 0, name)
            self.files.setItem(row, 1, size)
            self.files.setItem(row, 2, digest)
        self._update_file_buttons()

    def _update_file_buttons(self) -> None:
        has = bool(self.files.selectedItems())
        self.save_copy_button.setEnabled(has)
        self.remove_file_button.setEnabled(has and not self.read_only)

    def _show_justification_state(self) -> None:
        needs = self._status.needs_justification
        label = self.tr("Justification")
        if needs:
            label += " " + self.tr("(required for “%1”)").replace(
                "%1", self._status.label(self.ctx.lang))
        self.justification_label.setText(label)
        self.justification.setAccessibleName(self.tr("Justification"))
        self.justification.setPlaceholderText(
            self.tr("Why this status? What is missing, or why the item does not apply?")
            if needs else self.tr("Optional: how the requirement is met"))
        wants = self._status.wants_remediation
        self.remediation_box.setEnabled(wants or bool(self.owner.text())
                                        or self.due.date() != NO_DATE)
        self.inline_error.setText(self._error)
        self.inline_error.setVisible(bool(self._error))
        mark_invalid(self.justification, bool(self._error))

    def _show_save_state(self) -> None:
        if self.item is None:
            self.save_state.setText("")
            return
        if self._error:
            text = self.tr("Draft — not saved yet")
            state = "draft"
        elif self._saved_at:
            text = self.tr("Saved %1").replace("%1", self._saved_at)
            state = "saved"
        elif self._saved.updated_at:
            text = self.tr("Last saved %1").replace("%1", _local(self._saved.updated_at))
            state = ""
        else:
            text = self.tr("Not answered yet") if not self.read_only else ""
            state = ""
        if self.read_only:
            text = self.tr("Read-only (kept as history)")
        self.save_state.setText(text)
        set_save_state(self.save_state, state)

    # -- editing ---------------------------------------------------------------

    def _draft(self) -> Answer:
        date = self.due.date()
        due = None if date == NO_DATE else dt.date(date.year(), date.month(), date.day())
        return self._saved.with_changes(
            status=self._status,
            justification=self.justification.toPlainText(),
            evidence=self.evidence.toPlainText(),
            remediation_owner=self.owner.text(),
            remediation_due=due,
            flagged=self.flag.isChecked(),
            needs_review=self._needs_review,
        )

    def current_draft(self) -> Answer | None:
        """The answer on screen when it differs from the saved one."""
        if self.item is None:
            return None
        draft = self._draft()
        return None if same_answer(draft, self._saved) else draft

    @property
    def has_error(self) -> bool:
        return bool(self._error)

    @property
    def error_text(self) -> str:
        return self._error

    def set_status(self, status: Status) -> None:
        """Choose a status (buttons and shortcuts 1–4); saves at once."""
        if self.item is None or self.read_only:
            return
        self._status = status
        self._needs_review = False
        for s, button in self.status_buttons.items():
            button.setChecked(s is status)
        self._show_justification_state()
        self.flush()
        if self._error and status.needs_justification and not self.justification.hasFocus():
            self.justification.setFocus(Qt.FocusReason.OtherFocusReason)

    def toggle_flag(self) -> None:
        if self.item is not None and not self.read_only:
            self.flag.toggle()

    def _flag_toggled(self) -> None:
        if not self._loading:
            self.flush()

    def _mark_reviewed(self) -> None:
        self._needs_review = False
        self.flush()

    def _clear_due(self) -> None:
        self.due.setDate(NO_DATE)
        self.flush()

    def _text_edited(self) -> None:
        if self._loading or self.item is None:
            return
        self._pending = True
        self._timer.start()
        self._show_justification_state()

    def _flush_quietly(self) -> None:
        self.flush()

    def flush(self) -> bool:
        """Save what is on screen now. False when it had to stay a draft."""
        self._timer.stop()
        self._pending = False
        if self.item is None or self.read_only or self.save_answer is None:
            return True
        draft = self._draft()
        if same_answer(draft, self._saved):
            if self._error:
                self._error = ""
                self.draftChanged.emit(self.item.id, None)
                self._show_justification_state()
                self._show_save_state()
            return True
        try:
            saved = self.save_answer(draft)
        except AnswerValidationError as exc:
            self._error = self._explain(draft, exc)
            self.draftChanged.emit(self.item.id, draft)
            self._show_justification_state()
            self._show_save_state()
            return False
        except SelfCheckError as exc:
            self._error = exc.localized(self.ctx.lang)
            self.draftChanged.emit(self.item.id, draft)
            self._show_justification_state()
            self._show_save_state()
            self.ctx.errors.report(exc, self)
            return False
        self._saved = saved.with_changes(attachments=self._saved.attachments)
        self._error = ""
        self._saved_at = dt.datetime.now().strftime("%H:%M:%S")
        self._show_justification_state()
        self._show_save_state()
        self._show_review(self._saved)
        self.draftChanged.emit(self.item.id, None)
        self.saved.emit(self._saved)
        return True

    def _explain(self, draft: Answer, exc: AnswerValidationError) -> str:
        """The inline message for a rejected draft, in the window's language."""
        lang = self.ctx.lang
        if draft.status.needs_justification and not draft.justification.strip():
            return self.tr("A justification is required for “%1”. Your answer is kept here as "
                           "a draft and saved as soon as you write one.").replace(
                               "%1", draft.status.label(lang))
        due = draft.remediation_due
        if due is not None and due < dt.date.today():
            return self.tr("The due date %1 is in the past. Choose today or a later date; "
                           "the rest of your answer is kept as a draft.").replace(
                               "%1", due.isoformat())
        return exc.localized(lang)

    # -- files -----------------------------------------------------------------

    def attach_file(self, path: str | None = None) -> None:
        """Ask for a file (or take ``path``) and store it with the answer, off the GUI thread."""
        if self.item is None or self.read_only:
            return
        if not path:
            path = self.ctx.prompts.open_file(self, self.tr("Attach an evidence file"),
                                              self.ctx.settings.last_directory)
        if not path:
            return
        self.ctx.settings.last_directory = str(Path(path).parent)
        collection = self.ctx.collection
        assessment_id, item_id = self.assessment_id, self.item.id
        self.attach_button.setEnabled(False)
        self.file_progress.setText(self.tr("Storing %1…").replace("%1", Path(path).name))

        def done(attachment: object) -> None:
            self.attach_button.setEnabled(True)
            self.file_progress.setText("")
            assert isinstance(attachment, Attachment)
            self._file_added(assessment_id, attachment)

        def failed(error: BaseException) -> None:
            self.attach_button.setEnabled(True)
            self.file_progress.setText("")
            self.ctx.errors.report(error, self, self.tr("The file was not attached"))

        run_task(lambda progress: collection.attach_file(assessment_id, item_id, Path(path)),
                 on_finished=done, on_failed=failed)

    def _file_added(self, assessment_id: int, attachment: Attachment) -> None:
        if self.item is None or self.assessment_id != assessment_id \
                or self.item.id != attachment.item_id:
            self.saved.emit(None)  # another item is shown: just refresh the list
            return
        self._saved = self._saved.with_changes(
            attachments=(*self._saved.attachments, attachment))
        self._show_files(self._saved.attachments)
        self._saved_at = dt.datetime.now().strftime("%H:%M:%S")
        self._show_save_state()
        self.saved.emit(self._saved)

    def _selected_attachment(self) -> Attachment | None:
        rows = self.files.selectionModel().selectedRows()
        if not rows:
            return None
        item = self.files.item(rows[0].row(), 0)
        attachment_id = item.data(Qt.ItemDataRole.UserRole) if item else None
        for attachment in self._saved.attachments:
            if attachment.id == attachment_id:
                return attachment
        return None

    def _save_copy(self) -> None:
        attachment = self._selected_attachment()
        if attachment is None:
            return
        start = str(Path(self.ctx.settings.last_directory or Path.home()) / attachment.file_name)
        target = self.ctx.prompts.save_file(self, self.tr("Save a copy of the evidence file"),
                                            start)
        if not target:
            return
        collection = self.ctx.collection

        def work(progress: object) -> str:
            _name, content = collection.attachment_content(attachment.id)
            try:
                Path(target).write_bytes(content)
            except OSError as exc:
                raise SelfCheckError(f"{target}: cannot be written ({exc.strerror})",
                                     zh=f"{target}：无法写入（{exc.strerror}）") from None
            return target

        run_task(work, on_finished=lambda _: self.file_progress.setText(self.tr("Copy saved")),
                 on_failed=lambda e: self.ctx.errors.report(e, self))

    def _remove_file(self) -> None:
        attachment = self._selected_attachment()
        if attachment is None or self.item is None:
            return
        if not self.ctx.prompts.confirm(
                self, self.tr("Remove evidence file"),
                self.tr("Remove “%1” from this answer? The removal is recorded in the audit "
                        "log.").replace("%1", attachment.file_name)):
            return
        try:
            self.ctx.collection.remove_attachment(self.assessment_id, attachment.id)
        except SelfCheckError as exc:
            self.ctx.errors.report(exc, self)
            return
        self._saved = self._saved.with_changes(attachments=tuple(
            a for a in self._saved.attachments if a.id != attachment.id))
        self._show_files(self._saved.attachments)
        self.saved.emit(self._saved)


def _local(stamp: str) -> str:
    from selfcheck.ui.models.assessments import local_time

    return local_time(stamp)


def describe_previous(previous: str, lang: str) -> str:
    """The stored previous answer (and old wording) in words."""
    if not previous:
        return ""
    from selfcheck.core.upgrade import parse_previous

    parsed = parse_previous(previous)
    if parsed is None:
        return previous
    parts = [parsed.status.label(lang)]
    for text in (parsed.justification, parsed.evidence):
        if text.strip():
            parts.append(text.strip())
    if parsed.attachments:
        parts.append(", ".join(parsed.attachments))
    text = " — ".join(parts)
    if parsed.question is not None:
        old = parsed.question.get(lang)
        text += "\n" + (f"v{parsed.pack_version}: " if parsed.pack_version else "") + old
    return text
