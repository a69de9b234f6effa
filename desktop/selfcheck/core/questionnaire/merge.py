"""What importing a returned questionnaire would do, item by item, before anything is
written: each row is checked (known item, valid status and date, no formula, the rules
every answer obeys) and compared with the current answer and with the answer as it was
when the questionnaire was exported:

* **unchanged**: the workbook says what the assessment says, or the colleague left the
  answer as it was exported (the current answer, perhaps changed since, stays);
* **new answer**: the colleague changed it and nobody changed it here since the export;
* **conflict**: both changed it, differently; both are shown and the current one stays
  unless the user takes the workbook's.

Rows with a problem are listed with the problem and never applied.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from enum import StrEnum
from typing import Any

from selfcheck.core.answers import Answer, Status, parse_due_date, validate_answer
from selfcheck.core.assessment import Assessment
from selfcheck.core.errors import AnswerValidationError
from selfcheck.core.immutable import immutable
from selfcheck.core.questionnaire.layout import COLUMNS, answer_digest
from selfcheck.core.questionnaire.reader import Questionnaire, QuestionnaireError, SheetRow
from selfcheck.core.text import colon, shown


class Change(StrEnum):
    UNCHANGED = "unchanged"
    NEW = "new"
    CONFLICT = "conflict"


@immutable
class PlannedAnswer:
    """One item of the workbook: what it says, what the assessment says, and which it is."""

    item_id: str
    row: int
    change: Change
    incoming: Answer
    current: Answer | None


@immutable
class RowProblem:
    """A row that cannot be imported, and why (in English and Chinese)."""

    row: int
    item_id: str
    message: str
    message_zh: str

    def localized(self, lang: str) -> str:
        return self.message if lang == "en" else self.message_zh


@immutable
class ImportPlan:
    """What importing a questionnaire would change; nothing is written until it is applied."""

    assessment_id: int
    file_name: str
    file_sha256: str
    supplied_by: str
    supplied_role: str
    entries: tuple[PlannedAnswer, ...]
    problems: tuple[RowProblem, ...]

    def of(self, change: Change) -> list[PlannedAnswer]:
        return [entry for entry in self.entries if entry.change is change]

    def default_accepted(self) -> set[str]:
        """The items applied unless the user decides otherwise: the new answers."""
        return {entry.item_id for entry in self.of(Change.NEW)}

    def counts(self) -> dict[str, int]:
        counts = {change.value: len(self.of(change)) for change in Change}
        counts["problems"] = len(self.problems)
        return counts


_STATUS_WORDS: dict[str, Status] = {
    **{status.label(lang).lower(): status for status in Status for lang in ("zh", "en")},
    **{status.value: status for status in Status},
}
_FIELD_NAMES = {column.key: (column.en, column.zh) for column in COLUMNS}


_LINE_LABELS = (("justification", "说明", "justification"), ("evidence", "证据", "evidence"),
                ("remediation_owner", "整改责任人", "owner"), ("remediation_due", "完成期限", "due"))


def answer_line(answer: Answer | None, lang: str) -> str:
    """An answer in one line: its status, then what it says (for previews)."""
    answer = answer or Answer(item_id="")
    parts = [answer.status.label(lang)]
    for key, zh, en in _LINE_LABELS:
        value = getattr(answer, key)
        words = " ".join((value.isoformat() if isinstance(value, dt.date) else value or "").split())
        if words:
            parts.append(f"{en if lang == 'en' else zh}{colon(lang)}{words}")
    return ("; " if lang == "en" else "；").join(parts)


def check_identity(questionnaire: Questionnaire, assessment: Assessment, pack_hash: str) -> None:
    """Refuse a questionnaire of another assessment or of another version of its pack."""
    meta, record, pack = questionnaire.meta, assessment.record, assessment.pack
    name = shown(questionnaire.file_name)
    if meta.get("assessment_uid") != record.uid:
        raise QuestionnaireError(
            f"{name}: this questionnaire was exported from another assessment "
            f"(#{shown(meta.get('assessment_id', '?'))}), not from assessment {record.id}; "
            "nothing was imported",
            zh=f"{name}：此问卷导出自另一次自查（#{shown(meta.get('assessment_id', '?'))}），"
            f"不是自查 {record.id}，未导入任何内容")
    if (meta.get("pack_id"), meta.get("pack_version"), meta.get("pack_sha256")) != (
            pack.pack_id, str(pack.version), pack_hash):
        raise QuestionnaireError(
            f"{name}: the questionnaire was written for {shown(meta.get('pack_id', '?'))} "
            f"v{shown(meta.get('pack_version', '?'))}; the assessment now uses "
            f"{pack.pack_id} v{pack.version}: export a new questionnaire; nothing was imported",
            zh=f"{name}：问卷针对检查清单 {shown(meta.get('pack_id', '?'))} 第 "
            f"{shown(meta.get('pack_version', '?'))} 版，本次自查现使用第 {pack.version} 版；"
            "请重新导出问卷，未导入任何内容")


def plan_import(questionnaire: Questionnaire, assessment: Assessment,
                current: Mapping[str, Answer], pack_hash: str,
                today: dt.date) -> ImportPlan:
    """Check every row and compare it with the current answers (nothing is written)."""
    check_identity(questionnaire, assessment, pack_hash)
    applicable = {item.id for item in assessment.items}
    entries: list[PlannedAnswer] = []
    problems: list[RowProblem] = []
    seen: dict[str, int] = {}
    for row in questionnaire.rows:
        try:
            if row.item_id in seen:
                raise _RowError(f"the item is also on row {seen[row.item_id]}",
                                f"该检查项在第 {seen[row.item_id]} 行已出现")
            if row.item_id not in applicable:
                raise _RowError(f"{shown(row.item_id) or 'no item'} is not an item of this "
                                "assessment", f"{shown(row.item_id) or '（空）'} 不是本次自查的检查项")
            seen[row.item_id] = row.row
            previous = current.get(row.item_id)
            incoming = _answer(row, previous, today)
        except _RowError as problem:
            problems.append(RowProblem(row.row, row.item_id, problem.english, problem.chinese))
            continue
        entries.append(PlannedAnswer(row.item_id, row.row, _change(
            incoming, previous, questionnaire.base.get(row.item_id)), incoming, previous))
    return ImportPlan(assessment.id, questionnaire.file_name, questionnaire.sha256,
                      questionnaire.supplied_by, questionnaire.supplied_role,
                      tuple(entries), tuple(problems))


def _change(incoming: Answer, current: Answer | None, base: str | None) -> Change:
    theirs, ours = answer_digest(incoming), answer_digest(current)
    if theirs in (ours, base):
        return Change.UNCHANGED
    if ours == base or (base is None and (current is None
                                          or current.status is Status.UNANSWERED)):
        return Change.NEW
    return Change.CONFLICT


class _RowError(Exception):
    def __init__(self, english: str, chinese: str) -> None:
        super().__init__(english)
        self.english, self.chinese = english, chinese


def _answer(row: SheetRow, previous: Answer | None, today: dt.date) -> Answer:
    """The answer a row gives, checked like any answer (the flag stays as it is)."""
    for key, cell in row.cells.items():
        if cell.formula:
            english, chinese = _FIELD_NAMES.get(key, ("Item", "检查项"))
            raise _RowError(f"the {english} cell holds a formula; type the value instead",
                            f"“{chinese}”单元格中是公式，请直接填写内容")
    status = _status(row.cells["status"].value)
    due = _due(row.cells["due"].value)
    texts = {key: _text(row.cells[key].value) for key in ("justification", "evidence", "owner")}
    answer = Answer(item_id=row.item_id, status=status, justification=texts["justification"],
                    evidence=texts["evidence"], remediation_owner=texts["owner"],
                    remediation_due=due, flagged=previous.flagged if previous else False)
    try:
        return validate_answer(answer, previous, today)
    except AnswerValidationError as exc:
        english = exc.message.removeprefix(f"{row.item_id}: ")
        chinese = (exc.message_zh or exc.message).removeprefix(f"{row.item_id}：")
        raise _RowError(english, chinese) from None


def _status(value: Any) -> Status:
    if value is None or (isinstance(value, str) and not value.strip()):
        return Status.UNANSWERED
    status = _STATUS_WORDS.get(str(value).strip().lower())
    if status is None:
        choices = "、".join(s.label("zh") for s in Status)
        raise _RowError(f"the status {shown(str(value), 40)!r} is not one of "
                        f"{', '.join(s.label('en') for s in Status)}",
                        f"状态“{shown(str(value), 40)}”无效，应为：{choices}")
    return status


def _due(value: Any) -> dt.date | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, dt.date):
        return value
    try:
        return parse_due_date(str(value))
    except AnswerValidationError:
        raise _RowError(f"the due date {shown(str(value), 40)!r} is not a date; write it "
                        "as 2027-03-31", f"完成期限“{shown(str(value), 40)}”不是日期，请按 "
                        "2027-03-31 的格式填写") from None


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value)
