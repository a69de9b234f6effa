"""Answers to checklist items: statuses, the rules they obey, and their record."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import field, replace
from enum import StrEnum
from typing import Any

from selfcheck.core import glossary
from selfcheck.core.errors import AnswerValidationError
from selfcheck.core.immutable import immutable
from selfcheck.core.text import NAME_MAX, TEXT_MAX, checked_text, shown


class Status(StrEnum):
    IMPLEMENTED = "implemented"
    PARTIAL = "partial"
    NOT_IMPLEMENTED = "not-implemented"
    NOT_APPLICABLE = "not-applicable"
    UNANSWERED = "unanswered"

    def label(self, lang: str) -> str:
        return glossary.label("status", self, lang)

    @property
    def needs_justification(self) -> bool:
        return self in (Status.PARTIAL, Status.NOT_IMPLEMENTED, Status.NOT_APPLICABLE)

    @property
    def wants_remediation(self) -> bool:
        return self in (Status.PARTIAL, Status.NOT_IMPLEMENTED)


#: Accepted spellings on the command line and in answers files.
STATUS_ALIASES: dict[str, Status] = {
    "implemented": Status.IMPLEMENTED, "yes": Status.IMPLEMENTED, "done": Status.IMPLEMENTED,
    "partial": Status.PARTIAL, "partially-implemented": Status.PARTIAL,
    "not-implemented": Status.NOT_IMPLEMENTED, "no": Status.NOT_IMPLEMENTED,
    "not_implemented": Status.NOT_IMPLEMENTED,
    "not-applicable": Status.NOT_APPLICABLE, "na": Status.NOT_APPLICABLE,
    "n/a": Status.NOT_APPLICABLE, "not_applicable": Status.NOT_APPLICABLE,
    "unanswered": Status.UNANSWERED,
}

MAX_TEXT_LENGTH = TEXT_MAX
#: The fewest characters (white space not counted) a required justification has: a
#: single character says nothing and is most often a stray key press.
MIN_JUSTIFICATION_CHARS = 2


def parse_status(text: str) -> Status:
    """Parse a status name or alias; raise AnswerValidationError naming the valid ones."""
    status = STATUS_ALIASES.get(text.strip().lower())
    if status is None:
        valid = ", ".join(s.value for s in Status)
        raise AnswerValidationError(f"invalid status '{shown(text)}'; use one of: {valid}",
                                    zh=f"无效的状态 '{shown(text)}'，可用：{valid}")
    return status


def parse_due_date(text: str) -> dt.date:
    """Parse an ISO date (YYYY-MM-DD)."""
    try:
        return dt.date.fromisoformat(text.strip())
    except ValueError:
        raise AnswerValidationError(
            f"invalid due date '{shown(text)}'; use the form YYYY-MM-DD, e.g. 2027-03-31",
            zh=f"整改期限 '{shown(text)}' 格式无效，请按“年-月-日”填写，例如 2027-03-31",
        ) from None


@immutable
class Attachment:
    """An evidence file stored with an answer."""

    id: int
    item_id: str
    file_name: str
    sha256: str
    size: int
    added_at: str


@immutable
class Answer:
    """The answer to one item of one assessment."""

    item_id: str
    status: Status = Status.UNANSWERED
    justification: str = ""
    evidence: str = ""
    remediation_owner: str = ""
    remediation_due: dt.date | None = None
    flagged: bool = False
    needs_review: bool = False
    previous: str = ""
    updated_at: str = ""
    attachments: tuple[Attachment, ...] = field(default=())

    @property
    def is_blank(self) -> bool:
        """Holds nothing: no status, text, file, flag or history."""
        return (self.status is Status.UNANSWERED and not self.justification
                and not self.evidence and not self.remediation_owner
                and self.remediation_due is None and not self.attachments
                and not self.flagged and not self.needs_review and not self.previous)

    @property
    def has_evidence(self) -> bool:
        return bool(self.evidence.strip()) or bool(self.attachments)

    @property
    def remediation_missing(self) -> bool:
        return self.status.wants_remediation and not (
            self.remediation_owner.strip() and self.remediation_due
        )

    def with_changes(self, **changes: object) -> Answer:
        return replace(self, **changes)  # type: ignore[arg-type]


def answer_to_dict(answer: Answer) -> dict[str, Any]:
    """The JSON form of an answer's own fields: the audit log's payload (its format is
    fixed: the audit chain hashes it), the drafts earlier versions of the window kept, and
    the base of an answer in ``results.json``."""
    return {
        "item": answer.item_id,
        "status": answer.status.value,
        "justification": answer.justification,
        "evidence": answer.evidence,
        "remediation_owner": answer.remediation_owner,
        "remediation_due": answer.remediation_due.isoformat() if answer.remediation_due else None,
        "flagged": answer.flagged,
        "needs_review": answer.needs_review,
    }


def answer_from_dict(data: Mapping[str, Any], base: Answer) -> Answer:
    """``base`` with the fields of :func:`answer_to_dict`'s form (missing fields take
    their defaults; the item, attachments and history stay those of ``base``).
    ValueError or TypeError when a value is unusable."""
    due = data.get("remediation_due")
    return base.with_changes(
        status=Status(data.get("status", Status.UNANSWERED.value)),
        justification=str(data.get("justification", "")),
        evidence=str(data.get("evidence", "")),
        remediation_owner=str(data.get("remediation_owner", "")),
        remediation_due=dt.date.fromisoformat(due) if due else None,
        flagged=bool(data.get("flagged", False)),
        needs_review=bool(data.get("needs_review", False)))


#: The fields of an answer that a user changes (the rest is kept by the program).
EDITABLE_FIELDS = ("status", "justification", "evidence", "remediation_owner",
                   "remediation_due", "flagged", "needs_review")


def same_answer(a: Answer, b: Answer) -> bool:
    """Whether two answers hold the same user-changeable values (texts compared trimmed,
    as they are saved)."""
    for key in EDITABLE_FIELDS:
        x, y = getattr(a, key), getattr(b, key)
        if isinstance(x, str) and isinstance(y, str):
            x, y = x.strip(), y.strip()
        if x != y:
            return False
    return True


def validate_answer(answer: Answer, previous: Answer | None, today: dt.date) -> Answer:
    """Check an answer before it is saved; returns it with text fields trimmed.

    A justification is required for partial, not-implemented and not-applicable, of at
    least :data:`MIN_JUSTIFICATION_CHARS` characters. A remediation due date that is being
    set or changed may not lie in the past.
    """
    def field(value: str, what: str, what_zh: str, single_line: bool = False) -> str:
        return checked_text(value, f"{answer.item_id}: the {what}", AnswerValidationError,
                            single_line=single_line,
                            max_length=NAME_MAX if single_line else MAX_TEXT_LENGTH,
                            what_zh=f"{answer.item_id}：{what_zh}")

    cleaned = answer.with_changes(
        justification=field(answer.justification, "justification", "说明理由"),
        evidence=field(answer.evidence, "evidence", "证据说明"),
        remediation_owner=field(answer.remediation_owner, "remediation owner", "整改责任人",
                                single_line=True),
    )
    if cleaned.status.needs_justification and not cleaned.justification:
        raise AnswerValidationError(
            f"{answer.item_id}: a justification is required for status '{cleaned.status.value}'",
            zh=f"{answer.item_id}：选择“{cleaned.status.label('zh')}”时必须填写理由说明",
        )
    due = cleaned.remediation_due
    changed_due = previous is None or previous.remediation_due != due
    if due is not None and changed_due and due < today:
        raise AnswerValidationError(
            f"{answer.item_id}: the remediation due date {due.isoformat()} is in the past",
            zh=f"{answer.item_id}：整改期限 {due.isoformat()} 早于今天",
        )
    if cleaned.status.needs_justification and len(
            "".join(cleaned.justification.split())) < MIN_JUSTIFICATION_CHARS:
        raise AnswerValidationError(
            f"{answer.item_id}: a justification of one character says nothing; write at "
            f"least {MIN_JUSTIFICATION_CHARS} characters for status '{cleaned.status.value}'",
            zh=f"{answer.item_id}：只有一个字的理由说明不足以说明原因；选择“"
               f"{cleaned.status.label('zh')}”时理由说明至少 {MIN_JUSTIFICATION_CHARS} 个字",
        )
    return cleaned
