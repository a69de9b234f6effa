"""The facade's questionnaire manager: exporting questionnaire workbooks of an
assessment, previewing the import of a returned one, and applying what the user accepts
(each answer audited with who supplied it)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection as Items
from pathlib import Path
from typing import TYPE_CHECKING

from selfcheck.core.answers import Answer
from selfcheck.core.errors import UsageError
from selfcheck.core.immutable import immutable
from selfcheck.core.questionnaire import (
    Change,
    ImportPlan,
    plan_import,
    questionnaire_bytes,
    read_questionnaire,
)
from selfcheck.core.reports.data import check_language
from selfcheck.core.reports.output import check_output_path, write_report_file
from selfcheck.core.text import NAME_MAX, checked_text

if TYPE_CHECKING:
    from selfcheck.core.collection.collection import Collection

SUFFIX = ".xlsx"


@immutable
class QuestionnaireExport:
    """A written questionnaire: where, how large, and how many items it asks."""

    path: Path
    size: int
    items: int


@immutable
class MergeResult:
    """What applying an import did: answers saved, conflicts left as they were, rows
    with problems skipped."""

    applied: tuple[str, ...]
    conflicts_kept: tuple[str, ...]
    problems: int


class QuestionnaireManager:
    """Questionnaire workbooks of the assessments in one collection."""

    def __init__(self, collection: Collection) -> None:
        self._collection = collection

    def export(self, assessment_id: int, output: Path, *, themes: Items[str] | None,
               lang: str, overwrite: bool = False,
               now: dt.datetime | None = None) -> QuestionnaireExport:
        """Write the questionnaire of ``themes`` (None: every item) with the current answers."""
        lang = check_language(lang)
        col = self._collection
        protected = col.database_files()
        check_output_path(output, overwrite=overwrite, protected=protected, suffixes=(SUFFIX,))
        assessment = col.assessment(assessment_id)
        pack_hash = col.packs.content_hash(assessment.pack.pack_id, assessment.pack.version)
        content = questionnaire_bytes(assessment, col.answers(assessment_id), pack_hash,
                                      themes=themes, lang=lang, now=now)
        write_report_file(output, content, overwrite=overwrite, protected=protected,
                          suffixes=(SUFFIX,))
        items = len(assessment.items) if themes is None else sum(
            1 for item in assessment.items if item.theme in themes)
        return QuestionnaireExport(output, len(content), items)

    def preview(self, assessment_id: int, path: Path, today: dt.date | None = None) -> ImportPlan:
        """Read a returned questionnaire and say, item by item, what importing it would
        change (nothing is written)."""
        col = self._collection
        assessment = col.assessment(assessment_id)
        if assessment.read_only:
            raise UsageError(f"assessment {assessment_id} is kept read-only as history",
                             zh=f"自查 {assessment_id} 作为历史记录保留，不能修改")
        questionnaire = read_questionnaire(path)
        pack_hash = col.packs.content_hash(assessment.pack.pack_id, assessment.pack.version)
        return plan_import(questionnaire, assessment, col.answers(assessment_id), pack_hash,
                           today or dt.date.today())

    def apply(self, plan: ImportPlan, accepted: Items[str], *, supplied_by: str,
              supplied_role: str = "") -> MergeResult:
        """Save the workbook's answers of the ``accepted`` items (new answers, and
        conflicts the user decided for the workbook), each audited with who supplied
        them and the file. Refused, with nothing written, if any of them changed since
        the preview."""
        supplied_by = checked_text(supplied_by, "who supplied the answers", UsageError,
                                   single_line=True, max_length=NAME_MAX, what_zh="填写人")
        supplied_role = checked_text(supplied_role, "their department or role", UsageError,
                                     single_line=True, max_length=NAME_MAX,
                                     what_zh="填写人的部门或职务")
        if not supplied_by:
            raise UsageError("say who filled in the questionnaire (their name)",
                             zh="请填写问卷填写人的姓名")
        entries = {entry.item_id: entry for entry in plan.entries}
        unknown = sorted(set(accepted) - {item for item, entry in entries.items()
                                          if entry.change is not Change.UNCHANGED})
        if unknown:
            raise UsageError(f"nothing to apply for {', '.join(unknown)}",
                             zh=f"检查项 {'、'.join(unknown)} 没有可导入的答复")
        chosen = [entries[item] for item in accepted]
        answers = [_merged(entry.incoming, entry.current) for entry in chosen]
        if answers:
            self._collection.merge_answers(
                plan.assessment_id, answers,
                expect={entry.item_id: entry.current for entry in chosen},
                audit={"supplied_by": supplied_by, "supplied_role": supplied_role,
                       "source": plan.file_name, "source_sha256": plan.file_sha256})
        kept = tuple(entry.item_id for entry in plan.of(Change.CONFLICT)
                     if entry.item_id not in accepted)
        return MergeResult(tuple(entry.item_id for entry in chosen), kept, len(plan.problems))


def _merged(incoming: Answer, current: Answer | None) -> Answer:
    """The workbook's answer with what it does not carry kept from the current one."""
    if current is None:
        return incoming
    return incoming.with_changes(previous=current.previous, flagged=current.flagged,
                                 needs_review=False)
