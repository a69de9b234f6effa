"""The detail pane of one item: the question with its guidance, the re-review banner,
the answer form and the evidence files, all showing the open assessment's session.

Every change is saved at once: a status, flag or date change immediately,
typed text after a short pause, on leaving the field, on switching items and
on closing (the session asks the pane for what is on screen before it flushes).
An answer the core rejects (a justification missing, a due date in the past)
stays on screen as a draft, kept by the session, with an inline message, and is
saved as soon as it is valid.
"""

from __future__ import annotations

import datetime as dt
from itertools import pairwise

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget

from selfcheck.core.answers import MIN_JUSTIFICATION_CHARS, Answer, Status
from selfcheck.core.errors import AnswerValidationError
from selfcheck.core.model import Item
from selfcheck.core.scoring import is_effectively_critical
from selfcheck.core.session import AssessmentSession, SessionChange
from selfcheck.ui.context import AppContext
from selfcheck.ui.i18n import FollowsLanguage
from selfcheck.ui.style import set_role
from selfcheck.ui.views.detail.answer_form import ANSWER_STATUSES, AnswerForm
from selfcheck.ui.views.detail.attachments import AttachmentsPanel
from selfcheck.ui.views.detail.question import QuestionPanel
from selfcheck.ui.views.detail.review_banner import ReviewBanner

__all__ = ["ANSWER_STATUSES", "TEXT_SAVE_DELAY_MS", "ItemDetail"]

TEXT_SAVE_DELAY_MS = 700


class ItemDetail(FollowsLanguage, QWidget):
    """Shows one item of the session and hands the edits on screen to it."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("itemDetail")
        self._session: AssessmentSession | None = None
        self.item: Item | None = None
        self._error = ""
        self._saved_at = ""
        self._needs_review = False
        self._applies = True  # False: the item no longer applies; its answer is read-only
        #: The saved answer last shown: another one means the answer was saved meanwhile.
        self._shown_saved: Answer | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(TEXT_SAVE_DELAY_MS)
        self._timer.timeout.connect(self.flush)

        self.question_panel = QuestionPanel()
        self.banner = ReviewBanner()
        self.attachments = AttachmentsPanel(ctx)
        self.form = AnswerForm(self.attachments)
        self.empty = QLabel()
        set_role(self.empty, "emptyLabel")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self._assemble()

        self.form.statusChosen.connect(self.set_status)
        self.form.edited.connect(self._text_edited)
        self.form.committed.connect(self.flush)
        self.banner.reviewed.connect(self._mark_reviewed)
        self.retranslate()
        self.clear()

    def _assemble(self) -> None:
        content = QWidget()
        set_role(content, "detailContent")
        layout = QVBoxLayout(content)
        layout.setContentsMargins(14, 12, 14, 12)
        layout.setSpacing(8)
        for part in (self.question_panel, self.banner, self.form):
            layout.addWidget(part)
        layout.addStretch(1)
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

        form, files = self.form, self.attachments
        order: list[QWidget] = [
            *(form.status_buttons[status] for status in ANSWER_STATUSES), form.justification,
            form.evidence, files.files, files.attach_button, files.save_copy_button,
            files.remove_file_button, form.owner, form.due.edit, form.due.calendar_button,
            form.due.clear_button, form.flag]
        for first, second in pairwise(order):
            self.setTabOrder(first, second)

    def retranslate(self) -> None:
        lang = self.ctx.lang
        self.question_panel.retranslate(lang)
        self.banner.retranslate(lang)
        self.attachments.retranslate()
        self.form.retranslate(lang)
        self.empty.setText(self.tr("Select an item in the list to answer it."))
        self._show_save_state()

    # -- the session -----------------------------------------------------------

    @property
    def session(self) -> AssessmentSession | None:
        return self._session

    @property
    def assessment_id(self) -> int:
        return self._session.assessment_id if self._session is not None else 0

    def bind(self, session: AssessmentSession | None) -> None:
        """Show items of ``session`` from now on (nothing for None)."""
        self._timer.stop()
        if self._session is not None:
            self._session.changed.disconnect(self._session_changed)
        self._session = session
        if session is not None:
            session.changed.connect(self._session_changed)
            session.add_editor(self.flush)
        self.clear()

    def _session_changed(self, change: SessionChange) -> None:
        session, item = self._session, self.item
        if session is None or item is None or item.id not in change.items:
            return
        saved = session.answer(item.id)
        if saved != self._shown_saved:  # saved meanwhile (here, or a file was added)
            self._shown_saved = saved
            self._saved_at = dt.datetime.now().strftime("%H:%M:%S")
            self.banner.show_answer(saved, self.ctx.lang)
        self._show_save_state()

    # -- showing an item -------------------------------------------------------

    def clear(self) -> None:
        """Show no item."""
        self._timer.stop()
        self.item = None
        self._shown_saved = None
        self.attachments.show_item(None, "")
        for part in (self.question_panel, self.banner, self.form):
            part.setVisible(False)
        self.empty.setVisible(True)

    def show_item(self, item_id: str) -> None:
        """Show an item of the session with its draft, if any, over its saved answer."""
        self._timer.stop()
        session = self._session
        if session is None:
            return
        assessment = session.assessment
        item = assessment.pack.item(item_id)
        self.item = item
        self._error = ""
        self._saved_at = ""
        self._shown_saved = session.answer(item_id)
        current = session.current(item_id)
        self._needs_review = current.needs_review
        self._applies = item.applies(assessment.sector, assessment.answers_all)
        self.question_panel.show_item(item, assessment.pack.theme(item.theme).title,
                                      is_effectively_critical(item, assessment.grade),
                                      self.ctx.lang, assessment.pack, self._applies)
        self.banner.show_answer(current, self.ctx.lang, item)
        self.form.load(current)
        self.form.set_error("")
        self.attachments.show_item(session, item_id)
        self.question_panel.setVisible(True)
        self.form.setVisible(True)
        self.empty.setVisible(False)
        self.form.setEnabled(self._editable())
        self.banner.review_done.setEnabled(self._editable())
        self._show_save_state()
        self.scroll_area.verticalScrollBar().setValue(0)
        if item_id in session.drafts:
            self.flush()  # saved if it became valid; else its message shows

    def _editable(self) -> bool:
        session = self._session
        return session is not None and not session.read_only and self._applies

    def _show_save_state(self) -> None:
        session, item = self._session, self.item
        if session is None or item is None:
            self.form.show_save_state("", "")
            return
        updated_at = session.answer(item.id).updated_at
        if session.read_only:
            text, state = self.tr("Read-only (kept as history)"), ""
        elif self._error:
            text, state = self.tr("Draft — not saved yet"), "draft"
        elif self._saved_at:
            text, state = self.tr("Saved %1").replace("%1", self._saved_at), "saved"
        elif updated_at:
            text, state = self.tr("Last saved %1").replace("%1", _local(updated_at)), ""
        else:
            text, state = self.tr("Not answered yet"), ""
        self.form.show_save_state(text, state)

    # -- editing ---------------------------------------------------------------

    @property
    def has_error(self) -> bool:
        return bool(self._error)

    @property
    def error_text(self) -> str:
        return self._error

    def set_status(self, status: Status) -> None:
        """Choose a status (buttons and shortcuts 1–4); saves at once. The keyboard stays
        where it is, so that the next key is never typed into a text field (J moves to
        the justification)."""
        if self.item is None or not self._editable():
            return
        self._needs_review = False
        self.form.set_status(status)
        self.flush()

    def write_justification(self) -> None:
        """J: the keyboard to the justification, to write it."""
        if self.item is not None and self._editable():
            self.form.justification.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def toggle_flag(self) -> None:
        if self.item is not None and self._editable():
            self.form.flag.toggle()

    def _mark_reviewed(self) -> None:
        self._needs_review = False
        self.flush()

    def _text_edited(self) -> None:
        if self.item is not None:
            self._timer.start()

    def flush(self) -> bool:
        """Hand what is on screen to the session to save. False when it stays a draft."""
        self._timer.stop()
        session, item = self._session, self.item
        if item is None or session is None or not self._editable() or session.closed:
            return True
        outcome = session.save(item.id, **self.form.values(), needs_review=self._needs_review)
        error = outcome.error
        if error is None:
            self._error = ""
        elif isinstance(error, AnswerValidationError):
            self._error = self._explain(outcome.answer, error)
        else:
            self._error = error.localized(self.ctx.lang)
        self.form.set_error(self._error)
        self._show_save_state()
        if error is not None and not isinstance(error, AnswerValidationError):
            self.ctx.errors.report(error, self)
        return error is None

    def _explain(self, draft: Answer, exc: AnswerValidationError) -> str:
        """The inline message for a rejected draft, in the window's language."""
        lang = self.ctx.lang
        if draft.status.needs_justification and not draft.justification.strip():
            return self.tr("A justification is required for “%1”: press J (or click the box) "
                           "to write it. Your answer is kept here as a draft and saved as soon "
                           "as you write one.").replace("%1", draft.status.label(lang))
        if draft.status.needs_justification and len(
                "".join(draft.justification.split())) < MIN_JUSTIFICATION_CHARS:
            return self.tr("A justification of one character does not say why. Write at "
                           "least %1 characters; your answer is kept here as a draft until "
                           "then.").replace("%1", str(MIN_JUSTIFICATION_CHARS))
        due = draft.remediation_due
        if due is not None and due < dt.date.today():
            return self.tr("The due date %1 is in the past. Choose today or a later date; "
                           "the rest of your answer is kept as a draft.").replace(
                               "%1", due.isoformat())
        return exc.localized(lang)


def _local(stamp: str) -> str:
    from selfcheck.ui.models.assessments import local_time

    return local_time(stamp)
