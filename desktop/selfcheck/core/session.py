"""The open assessment: its answers, unsaved drafts and score in one place.

An :class:`AssessmentSession` is the single source of truth of answering one
assessment. Every change (set a status, edit a draft, save, discard, attach or remove
a file) goes through it; it validates and stores through the :class:`Collection`
facade, keeps the score current and then emits ONE change event,
:class:`SessionChange`, naming the items that changed and whether the score did. The
views subscribe (``session.changed.connect(callback)``) and refresh themselves; none
keeps its own copy of the answers. Plain Python observers, no Qt: the CLI and tests use
the session as the window does.

A draft is an unsaved edit of one item: what the user typed when the answer could not
be saved yet (a justification missing, a due date in the past), or was edited without
saving. Drafts are kept in the database (:class:`DraftManager`) as soon as they exist,
so nothing typed is lost when the program or the machine stops.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from pathlib import Path
from types import MappingProxyType
from typing import Generic, NamedTuple, TypeVar

from selfcheck.core.answers import EDITABLE_FIELDS, Answer, Attachment, Status, same_answer
from selfcheck.core.collection import Assessment, Collection
from selfcheck.core.errors import NotFoundError, SelfCheckError, UsageError
from selfcheck.core.model import Item
from selfcheck.core.scoring import Score, score_assessment

log = logging.getLogger(__name__)

T = TypeVar("T")


class Observers(Generic[T]):
    """Callbacks called with each emitted value, in the order they were connected."""

    def __init__(self) -> None:
        self._callbacks: list[Callable[[T], None]] = []

    def connect(self, callback: Callable[[T], None]) -> None:
        if callback not in self._callbacks:
            self._callbacks.append(callback)

    def disconnect(self, callback: Callable[[T], None]) -> None:
        if callback in self._callbacks:
            self._callbacks.remove(callback)

    def emit(self, value: T) -> None:
        for callback in list(self._callbacks):
            callback(value)

    def clear(self) -> None:
        self._callbacks.clear()


class SessionChange(NamedTuple):
    """One change of the session: the items whose answer, draft or files changed, and
    whether the score changed with them."""

    items: frozenset[str]
    score_changed: bool


class SaveOutcome(NamedTuple):
    """What saving one item gave: the saved answer, or the draft that was kept and why."""

    answer: Answer
    error: SelfCheckError | None = None

    @property
    def saved(self) -> bool:
        return self.error is None


class AssessmentSession:
    """Answering one assessment: its answers, drafts and score, and one change event."""

    def __init__(self, collection: Collection, assessment: Assessment,
                 answers: Mapping[str, Answer], drafts: Mapping[str, Answer]) -> None:
        self._collection = collection
        self.assessment = assessment
        self.items: list[Item] = assessment.items
        self._item_ids = frozenset(item.id for item in self.items)
        self._answers: dict[str, Answer] = dict(answers)
        self._drafts: dict[str, Answer] = {}
        self._unstored: set[str] = set()
        self._editors: list[Callable[[], object]] = []
        self._closed = False
        #: Emitted once per change, after the session's state is updated.
        self.changed: Observers[SessionChange] = Observers()
        stale = []
        for item_id, fields in drafts.items():
            if item_id not in self._item_ids:
                continue  # cannot be shown here; left in the database as it is
            saved = self.answer(item_id)
            draft = _lay_over(saved, fields)
            if same_answer(draft, saved):
                stale.append(item_id)  # the same was saved meanwhile
            else:
                self._drafts[item_id] = draft
        if stale and not self.read_only:
            collection.drafts.discard(assessment.id, stale)
        self.score: Score = self._compute_score()

    @classmethod
    def open(cls, collection: Collection, assessment_id: int) -> AssessmentSession:
        """Load an assessment with its answers and drafts (raises SelfCheckError)."""
        assessment = collection.assessment(assessment_id)
        return cls(collection, assessment, collection.answers(assessment_id),
                   collection.drafts.of(assessment_id))

    # -- reading ---------------------------------------------------------------

    @property
    def assessment_id(self) -> int:
        return self.assessment.id

    @property
    def read_only(self) -> bool:
        return self.assessment.read_only

    @property
    def closed(self) -> bool:
        return self._closed

    @property
    def answers(self) -> Mapping[str, Answer]:
        """The saved answers by item id (items never answered are absent)."""
        return MappingProxyType(self._answers)

    @property
    def drafts(self) -> Mapping[str, Answer]:
        """The unsaved drafts by item id, each a whole answer (over the saved one)."""
        return MappingProxyType(self._drafts)

    def answer(self, item_id: str) -> Answer:
        """The saved answer of an item (an unanswered one when there is none)."""
        return self._answers.get(item_id) or Answer(item_id=item_id)

    def current(self, item_id: str) -> Answer:
        """What the user last gave for an item: its draft, else its saved answer."""
        return self._drafts.get(item_id) or self.answer(item_id)

    def attachments(self, item_id: str) -> tuple[Attachment, ...]:
        """The evidence files stored with an item's answer."""
        return self.answer(item_id).attachments

    # -- changing --------------------------------------------------------------

    def edit(self, item_id: str, **fields: object) -> Answer:
        """Change fields of an item's draft (started from its saved answer) without
        saving; the draft is kept durably. Editing back to the saved values drops it."""
        self._check_writable(item_id)
        draft = self.current(item_id).with_changes(**fields)
        if same_answer(draft, self.answer(item_id)):
            self.discard_draft(item_id)
            return self.answer(item_id)
        if self._keep_draft(draft):
            self._store_draft(draft)
            self._emit({item_id}, False)
        return draft

    def save(self, item_id: str, **fields: object) -> SaveOutcome:
        """Apply ``fields`` (if any) to the item's draft and save it through the facade.

        An answer the core refuses stays a draft, kept durably; the outcome says why."""
        self._check_writable(item_id)
        candidate = self.current(item_id).with_changes(**fields)
        saved = self.answer(item_id)
        if same_answer(candidate, saved):
            self.discard_draft(item_id)
            return SaveOutcome(saved)
        try:
            stored = self._collection.save_answer(self.assessment_id, candidate)
        except SelfCheckError as exc:
            if self._keep_draft(candidate):
                self._store_draft(candidate, quietly=True)
                self._emit({item_id}, False)
            return SaveOutcome(candidate, exc)
        self._answers[item_id] = stored
        self._forget_draft(item_id)
        self._emit({item_id}, self._rescore())
        return SaveOutcome(stored)

    def set_status(self, item_id: str, status: Status) -> SaveOutcome:
        """Choose a status (confirming an answer awaiting re-review) and save."""
        return self.save(item_id, status=status, needs_review=False)

    def discard_draft(self, item_id: str) -> None:
        """Forget the unsaved draft of an item (the saved answer stays)."""
        if item_id in self._drafts:
            self._forget_draft(item_id)
            self._emit({item_id}, False)

    def store_file(self, item_id: str, path: Path) -> Attachment:
        """Read, hash and store an evidence file for an item. The slow part of
        :meth:`attach_file`, safe to run on a worker thread: it does not change the
        session; hand the result to :meth:`add_attachment` on the session's thread."""
        self._check_writable(item_id)
        return self._collection.attach_file(self.assessment_id, item_id, path)

    def add_attachment(self, attachment: Attachment) -> None:
        """Record a file stored by :meth:`store_file` (ignored once the session is closed:
        the file is in the database and shows when the assessment is opened again)."""
        if self._closed:
            return
        item_id = attachment.item_id
        self._set_attachments(item_id, (*self.attachments(item_id), attachment))

    def attach_file(self, item_id: str, path: Path) -> Attachment:
        """Store an evidence file with an item's answer."""
        attachment = self.store_file(item_id, path)
        self.add_attachment(attachment)
        return attachment

    def remove_attachment(self, item_id: str, attachment_id: int) -> None:
        """Remove an evidence file from an item's answer (recorded in the audit log)."""
        self._check_writable(item_id)
        self._collection.remove_attachment(self.assessment_id, attachment_id)
        self._set_attachments(item_id, tuple(
            a for a in self.attachments(item_id) if a.id != attachment_id))

    # -- flushing and closing --------------------------------------------------

    def add_editor(self, commit: Callable[[], object]) -> None:
        """Register a view's ``commit()``, which hands its unsaved on-screen edits to the
        session (:meth:`save`); :meth:`flush` calls it first."""
        if commit not in self._editors:
            self._editors.append(commit)

    def flush(self) -> list[str]:
        """Take the editors' on-screen edits, save every draft that is valid now and keep
        the rest durably. Returns the items still unsaved."""
        if self._closed:
            return list(self._drafts)
        for commit in list(self._editors):
            commit()
        if not self.read_only:
            for item_id in list(self._drafts):
                self.save(item_id)
        for item_id in sorted(self._unstored):
            self._store_draft(self._drafts[item_id])
        return list(self._drafts)

    def close(self) -> bool:
        """Flush, then let go of the views. True when nothing was left unsaved."""
        if self._closed:
            return not self._drafts
        try:
            remaining = self.flush()
        finally:
            self._closed = True
            self._editors.clear()
            self.changed.clear()
        return not remaining

    # -- inside ----------------------------------------------------------------

    def _check_writable(self, item_id: str) -> None:
        if self._closed:
            raise UsageError(f"assessment {self.assessment_id} is no longer open here",
                             zh=f"自查 {self.assessment_id} 已在此关闭")
        self.assessment.check_writable()
        if item_id not in self._item_ids:
            raise NotFoundError(f"item {item_id!r} is not part of assessment {self.assessment_id}",
                                zh=f"检查项 {item_id!r} 不属于自查 {self.assessment_id}")

    def _keep_draft(self, draft: Answer) -> bool:
        """Hold ``draft`` in memory; False when it is the draft held already."""
        if self._drafts.get(draft.item_id) == draft:
            return False
        self._drafts[draft.item_id] = draft
        self._unstored.add(draft.item_id)
        return True

    def _store_draft(self, draft: Answer, quietly: bool = False) -> None:
        """Write a held draft to the database; ``quietly`` logs a failure (the draft stays
        held and is written again on :meth:`flush`) instead of raising it."""
        try:
            self._collection.drafts.save(self.assessment_id, draft)
        except SelfCheckError:
            if not quietly:
                raise
            log.warning("the draft of %s could not be stored yet", draft.item_id, exc_info=True)
            return
        self._unstored.discard(draft.item_id)

    def _forget_draft(self, item_id: str) -> None:
        if self._drafts.pop(item_id, None) is not None:
            self._unstored.discard(item_id)
            self._collection.drafts.discard(self.assessment_id, [item_id])

    def _set_attachments(self, item_id: str, attachments: tuple[Attachment, ...]) -> None:
        answer = self.answer(item_id).with_changes(attachments=attachments)
        if answer == Answer(item_id=item_id):  # never answered and no file left: as stored
            self._answers.pop(item_id, None)
        else:
            self._answers[item_id] = answer
        draft = self._drafts.get(item_id)
        if draft is not None:
            self._drafts[item_id] = draft.with_changes(attachments=attachments)
        self._emit({item_id}, self._rescore())

    def _compute_score(self) -> Score:
        assessment = self.assessment
        return score_assessment(assessment.pack, assessment.sector, assessment.grade,
                                self._answers, assessment.answers_all)

    def _rescore(self) -> bool:
        """Score the answers again; True when the score changed."""
        score = self._compute_score()
        changed = score != self.score
        self.score = score
        return changed

    def _emit(self, items: set[str], score_changed: bool) -> None:
        self.changed.emit(SessionChange(frozenset(items), score_changed))


def _lay_over(saved: Answer, fields: Answer) -> Answer:
    """A stored draft's fields over the saved answer (its history and files)."""
    return saved.with_changes(**{key: getattr(fields, key) for key in EDITABLE_FIELDS})
