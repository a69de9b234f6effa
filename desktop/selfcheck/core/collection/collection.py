"""The one facade over the store, packs, scoring and reports, used by the CLI and the UI.

:class:`Collection` keeps its :class:`~selfcheck.core.store.Store` private and offers
what callers need, the assessments and answers directly and the rest through managers:
``packs`` (installed packs), ``pack_keys`` (trusted pack signing keys), ``reports``
(results, report data, export), ``report_roots`` (the report signers' roots this
machine trusts), ``drafts`` (unsaved edits of answers) and ``review`` (the
reviewer's register of received reports).
"""

from __future__ import annotations

import datetime as dt
import functools
import logging
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from selfcheck.core.answerfile import read_answers_file
from selfcheck.core.answers import Answer, Attachment, Status, same_answer, validate_answer
from selfcheck.core.assessment import (
    Assessment,
    AssessmentOverview,
    ProfileChange,
    SignOff,
    resolve_assessment,
    stored_profile_json,
)
from selfcheck.core.collection.drafts import DraftManager
from selfcheck.core.collection.packs import PackKeyring, PackManager
from selfcheck.core.conditions import checked_answers, merged_answers
from selfcheck.core.errors import (
    AnswersFileError,
    AnswerValidationError,
    AttachmentError,
    DatabaseDamagedError,
    NotFoundError,
    UsageError,
)
from selfcheck.core.files import read_input_file
from selfcheck.core.model import Item, Sector
from selfcheck.core.paths import AppPaths
from selfcheck.core.records import AssessmentRecord, AuditEntry, ChainReport
from selfcheck.core.risk import RiskProfile
from selfcheck.core.scoring import Score, score_assessment
from selfcheck.core.store import Store, check_backup_file, restore_database, restore_unreadable_database
from selfcheck.core.text import NAME_MAX, checked_text, shown

log = logging.getLogger(__name__)

MAX_ATTACHMENT_BYTES = 25 * 1024 * 1024

if TYPE_CHECKING:
    from selfcheck.core.collection.questionnaires import QuestionnaireManager
    from selfcheck.core.collection.reports import ReportManager
    from selfcheck.core.collection.review import ReviewManager
    from selfcheck.core.pki.roots import ReportRoots
    from selfcheck.core.upgrade import UpgradePlan, UpgradeResult


class DoctorReport(NamedTuple):
    integrity_problems: list[str]
    chain: ChainReport
    schema_version: int

    @property
    def ok(self) -> bool:
        return not self.integrity_problems and self.chain.ok


class ImportResult(NamedTuple):
    saved: int
    unchanged: int


class Collection:
    """The user's packs and assessments in one data directory."""

    def __init__(self, store: Store, paths: AppPaths) -> None:
        self._store = store
        self.paths = paths
        self.pack_keys = PackKeyring(store)
        self.packs = PackManager(store, self.pack_keys)
        self.drafts = DraftManager(store, self)

    # The managers that write and read documents load the report, workbook, certificate
    # and verification machinery: each is made on first use, so that opening the window
    # does not pay for them.
    @functools.cached_property
    def reports(self) -> ReportManager:
        """Results, report data and export (PDF, workbook, Word draft)."""
        from selfcheck.core.collection import reports

        return reports.ReportManager(self)

    @functools.cached_property
    def questionnaires(self) -> QuestionnaireManager:
        """Questionnaire workbooks: out to colleagues, and their answers back in."""
        from selfcheck.core.collection import questionnaires

        return questionnaires.QuestionnaireManager(self)

    @functools.cached_property
    def report_roots(self) -> ReportRoots:
        """The report trust roots of this machine (PEM files in the trust folder)."""
        from selfcheck.core.pki import roots

        return roots.ReportRoots(self.paths.trust_dir)

    @functools.cached_property
    def review(self) -> ReviewManager:
        """The register of received reports (the security officer's desk)."""
        from selfcheck.core.collection import review

        return review.ReviewManager(self._store, self.packs, self.report_roots, self.database_files)

    @classmethod
    def open(cls, paths: AppPaths, *, install_builtin: bool = True) -> Collection:
        """Open the data directory, creating the database and built-in packs on first use."""
        paths.ensure()
        collection = cls(Store.open(paths.database), paths)
        if install_builtin and collection.damage is None:
            try:
                collection.packs.install_builtin()
            except BaseException:
                collection.close()
                raise
        return collection

    def close(self) -> None:
        self._store.close()

    @property
    def damage(self) -> DatabaseDamagedError | None:
        """Set when the database failed SQLite's check at open: the collection is then
        read-only, every change raises this error, and its message (``localized``) says
        how to restore a backup — for the window to show at start."""
        return self._store.damage

    def __enter__(self) -> Collection:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- assessments -----------------------------------------------------------

    def new_assessment(self, *, pack_id: str, organisation: str, system_name: str,
                       sector: Sector | str, profile: RiskProfile | None = None,
                       assessor: str = "",
                       system_description: str = "", pack_version: int | None = None,
                       profile_answers: Mapping[str, str] | None = None) -> int:
        """Create an assessment; returns its id. ``profile_answers`` answer the risk
        factors of the pack's risk model and its profile questions (id → option id);
        ``profile`` may give the default model's four factors as a :class:`RiskProfile`."""
        pack = self.packs.get(pack_id, pack_version)
        answers = checked_answers(pack.all_questions, _given(profile, profile_answers))
        try:
            sector = Sector(sector)
        except ValueError:
            valid = ", ".join(s.value for s in Sector)
            raise UsageError(f"unknown sector {sector!r}; use one of: {valid}",
                             zh=f"未知的领域 {sector!r}，可用：{valid}") from None
        if sector not in pack.sectors:
            raise UsageError(f"pack {pack_id} does not cover the sector {sector.value}",
                             zh=f"{pack.name('zh')}不适用于领域“{sector.label('zh')}”")
        organisation = _name(organisation, "organisation")
        system_name = _name(system_name, "system_name")
        assessor = _name(assessor, "assessor")
        system_description = checked_text(system_description, "the system description",
                                          UsageError, single_line=False, max_length=4000,
                                          what_zh=HEADER_FIELDS_ZH["system_description"])
        if not organisation:
            raise UsageError("the organisation name is required", zh="请填写单位名称")
        if not system_name:
            raise UsageError("the AI system name is required", zh="请填写人工智能系统名称")
        risk = pack.effective_risk_model.assess(answers)
        return self._store.create_assessment(
            pack_id=pack.pack_id, pack_version=pack.version, organisation=organisation,
            system_name=system_name, system_description=system_description,
            sector=sector.value, assessor=assessor,
            profile_json=stored_profile_json(pack, answers), risk_grade=risk.grade.rank)

    def assessment(self, assessment_id: int) -> Assessment:
        return self._assessment_of(self._store.assessment(assessment_id))

    def _assessment_of(self, record: AssessmentRecord) -> Assessment:
        return resolve_assessment(record, self.packs.get(record.pack_id, record.pack_version))

    def overviews(self, include_archived: bool = False) -> list[AssessmentOverview]:
        """The assessments list with progress and verdict of each."""
        result = []
        for record in self._store.assessments(include_archived):
            assessment = self._assessment_of(record)
            score = score_assessment(assessment.pack, assessment.sector, assessment.grade,
                                     self._store.answers(record.id), assessment.answers_all)
            result.append(AssessmentOverview(record, assessment.pack.label,
                                             assessment.pack.title.zh, assessment.grade, score,
                                             assessment.pack.title.en))
        return result

    def change_profile(self, assessment_id: int, *, profile: RiskProfile | None = None,
                       profile_answers: Mapping[str, str] | None = None) -> ProfileChange:
        """Change profile answers: the risk factors (``profile``, or in ``profile_answers``)
        and/or the pack's questions. Answers not given stay as they are, except those of
        questions no longer asked.

        The grade and which items apply are worked out again; no answer to an item is
        removed: answers of items that stop applying are kept (and shown as such)."""
        before = self._writable(assessment_id)
        questions = before.pack.all_questions
        answers = checked_answers(questions, merged_answers(
            questions, before.answers_all, _given(profile, profile_answers)))
        change = ProfileChange.between(before, answers)
        if change.is_empty:
            return change
        self._store.update_assessment_header(assessment_id, {
            "profile_json": stored_profile_json(before.pack, answers),
            "risk_grade": change.grade_after.rank})
        return change

    def update_header(self, assessment_id: int, **fields: str) -> None:
        """Change organisation, system_name, system_description or assessor."""
        self._writable(assessment_id)
        allowed = {"organisation", "system_name", "system_description", "assessor"}
        if set(fields) - allowed:
            raise UsageError(f"cannot change {sorted(set(fields) - allowed)}",
                             zh=f"不能修改 {sorted(set(fields) - allowed)}")
        cleaned = {
            k: checked_text(v, f"the {k.replace('_', ' ')}", UsageError,
                            single_line=k != "system_description",
                            max_length=4000 if k == "system_description" else NAME_MAX,
                            what_zh=HEADER_FIELDS_ZH[k])
            for k, v in fields.items()
        }
        for required in ("organisation", "system_name"):
            if required in cleaned and not cleaned[required]:
                raise UsageError(f"the {required.replace('_', ' ')} may not be empty",
                                 zh="单位名称和系统名称不能为空")
        self._store.update_assessment_header(assessment_id, cleaned)

    def set_sign_off(self, assessment_id: int, sign_off: SignOff) -> None:
        """Record who prepared (the assessor), reviewed and approved the assessment, with
        their roles and dates: the sign-off block of the report. One audit entry names
        what changed; nothing is written when nothing did."""
        current = self._writable(assessment_id).record
        cleaned = {
            key: value if key.endswith("_on") else checked_text(
                value, SIGN_OFF_FIELDS[key][1], UsageError, single_line=True,
                max_length=NAME_MAX, what_zh=SIGN_OFF_FIELDS[key][0])
            for key, value in sign_off.columns().items()}
        changes = {key: value for key, value in cleaned.items() if getattr(current, key) != value}
        if changes:
            self._store.update_assessment_header(assessment_id, changes)

    def set_archived(self, assessment_id: int, archived: bool) -> None:
        self._store.update_assessment_header(assessment_id, {"archived": int(archived)})

    def duplicate(self, assessment_id: int) -> int:
        """A new, editable copy of an assessment with all its answers and files."""
        return self._store.copy_assessment(assessment_id)

    def _writable(self, assessment_id: int) -> Assessment:
        assessment = self.assessment(assessment_id)
        assessment.check_writable()
        return assessment

    # -- answers ---------------------------------------------------------------

    def answers(self, assessment_id: int) -> dict[str, Answer]:
        return self._store.answers(assessment_id)

    def _check_item(self, assessment: Assessment, item_id: str) -> Item:
        try:
            item = assessment.pack.item(item_id)
        except KeyError:
            raise NotFoundError(
                f"item '{shown(item_id)}' is not in pack {assessment.pack.pack_id} "
                f"v{assessment.pack.version}",
                zh=f"检查项“{shown(item_id)}”不在{assessment.pack.name('zh')}中") from None
        if not item.applies_to(assessment.sector):
            raise UsageError(f"item {item_id} does not apply to the sector "
                             f"{assessment.sector.value}",
                             zh=f"检查项 {item_id} 不适用于领域“{assessment.sector.label('zh')}”")
        if not item.applies(assessment.sector, assessment.answers_all):
            raise UsageError(f"item {item_id} does not apply with the assessment's profile "
                             "answers; an answer given earlier is kept but cannot be changed",
                             zh=f"根据本次自查的画像答案，检查项 {item_id} 不适用；此前的答复予以保留，"
                             "但不能修改")
        return item

    def save_answer(self, assessment_id: int, answer: Answer,
                    today: dt.date | None = None) -> Answer:
        """Validate and durably save one answer with its audit entry."""
        assessment = self._writable(assessment_id)
        self._check_item(assessment, answer.item_id)
        previous = self._store.answer(assessment_id, answer.item_id)
        cleaned = validate_answer(answer, previous, today or dt.date.today())
        if previous is not None:
            cleaned = cleaned.with_changes(attachments=previous.attachments)
            if same_answer(previous, cleaned):
                return previous
        saved_at = self._store.save_answers(assessment_id, [cleaned])
        return cleaned.with_changes(updated_at=saved_at)

    def set_answer(self, assessment_id: int, item_id: str, status: Status, *,
                   justification: str | None = None, evidence: str | None = None) -> Answer:
        """Change the status (and optionally texts) of an answer, keeping its other fields."""
        current = self._store.answer(assessment_id, item_id) or Answer(item_id=item_id)
        changes: dict[str, Any] = {"status": status, "needs_review": False}
        if justification is not None:
            changes["justification"] = justification
        if evidence is not None:
            changes["evidence"] = evidence
        return self.save_answer(assessment_id, current.with_changes(**changes))

    def attach_file(self, assessment_id: int, item_id: str, path: Path) -> Attachment:
        """Store an evidence file (read fully, hashed) with an answer."""
        assessment = self._writable(assessment_id)
        self._check_item(assessment, item_id)
        content = read_input_file(path, MAX_ATTACHMENT_BYTES,
                                  what=("evidence file", "证明材料文件"), error=AttachmentError)
        return self._store.add_attachment(assessment_id, item_id, path.name, content)

    def remove_attachment(self, assessment_id: int, attachment_id: int) -> None:
        self._writable(assessment_id)
        self._store.remove_attachment(assessment_id, attachment_id)

    def attachment_content(self, attachment_id: int) -> tuple[str, bytes]:
        return self._store.attachment_content(attachment_id)

    def save_answers(self, assessment_id: int, answers: Sequence[Answer],
                     today: dt.date | None = None) -> ImportResult:
        """Validate several answers and save them in one transaction: all or none."""
        return self._save_many(assessment_id, answers, today, "answer-saved", None)

    def import_answers(self, assessment_id: int, path: Path,
                       today: dt.date | None = None) -> ImportResult:
        """Import an answers file (see docs/answers-format.md): all answers or none."""
        entries = read_answers_file(path, self._writable(assessment_id).pack)
        return self._save_many(assessment_id, entries, today, "answer-imported", path.name)

    def merge_answers(self, assessment_id: int, answers: Sequence[Answer], *,
                      expect: Mapping[str, Answer | None], audit: Mapping[str, Any]) -> None:
        """Save answers merged in from elsewhere (already checked), with ``audit`` in
        each audit entry; refused unless the ``expect`` items still have those answers."""
        self._writable(assessment_id)
        self._store.merge_answers(assessment_id, answers, expect=expect, audit=audit)

    def _save_many(self, assessment_id: int, answers: Sequence[Answer],
                   today: dt.date | None, action: str, file_name: str | None) -> ImportResult:
        """Validate ``answers``; a problem names ``file_name`` and the entry when given."""
        assessment = self._writable(assessment_id)
        current = self._store.answers(assessment_id)
        today = today or dt.date.today()
        to_save: list[Answer] = []
        for index, answer in enumerate(answers):
            try:
                self._check_item(assessment, answer.item_id)
                previous = current.get(answer.item_id)
                cleaned = validate_answer(answer, previous, today)
            except (NotFoundError, UsageError, AnswerValidationError) as exc:
                if file_name is None:
                    raise
                message = exc.message.removeprefix(f"{answer.item_id}: ")
                message_zh = (exc.message_zh or message).removeprefix(
                    f"{answer.item_id}：").removeprefix(f"{answer.item_id}: ")
                item = shown(answer.item_id)
                raise AnswersFileError(
                    f"{file_name}: answers[{index}] ({item}): {message}",
                    zh=f"{file_name}：answers[{index}]（{item}）：{message_zh}") from None
            if previous is not None and same_answer(previous, cleaned):
                continue
            to_save.append(cleaned)
        if to_save:
            self._store.save_answers(assessment_id, to_save, action=action)
        return ImportResult(saved=len(to_save), unchanged=len(answers) - len(to_save))

    # -- results ---------------------------------------------------------------

    def score(self, assessment_id: int) -> Score:
        assessment = self.assessment(assessment_id)
        return score_assessment(assessment.pack, assessment.sector, assessment.grade,
                                self._store.answers(assessment_id), assessment.answers_all)

    def doctor(self) -> DoctorReport:
        """Check the database file and the audit chain."""
        return DoctorReport(self._store.integrity_check(), self._store.verify_audit_chain(),
                            self._store.schema_version)

    def backup(self, destination: Path, *, overwrite: bool = False) -> None:
        """A consistent copy of the database; see :meth:`Store.backup_to`."""
        self._store.backup_to(destination, overwrite=overwrite)

    # -- upgrades --------------------------------------------------------------

    def plan_upgrade(self, assessment_id: int, to_version: int | None = None, *,
                     profile_answers: Mapping[str, str] | None = None) -> UpgradePlan:
        """Work out an upgrade (to the newest installed version when ``to_version`` is None);
        ``profile_answers`` answer profile questions the new version adds or changes."""
        from selfcheck.core import upgrade as rules  # loaded on first use, not at start

        assessment = self.assessment(assessment_id)
        pack_id = assessment.pack.pack_id
        target = rules.target_version(self.packs.records(pack_id), pack_id, to_version)
        return rules.plan_upgrade(assessment, self.answers(assessment_id),
                            self.packs.get(pack_id, target), profile_answers)

    def apply_upgrade(self, plan: UpgradePlan) -> UpgradeResult:
        """Carry out a plan in one transaction; refused if the assessment changed meanwhile.

        Creates a new assessment; the old one stays, archived and read-only."""
        from selfcheck.core.upgrade import UpgradeResult

        new_id = self._store.copy_assessment(
            plan.assessment_id, pack_version=plan.to_version, answers=list(plan.answers),
            upgraded=True, expect_answers=plan.source_answers,
            profile_json=plan.profile_json or None, risk_grade=plan.risk_grade or None,
            audit={"pack_id": plan.pack_id, "from_version": plan.from_version,
                   "to_version": plan.to_version, **plan.counts,
                   "needs_review_items": list(plan.needs_review),
                   "dropped_items": list(plan.dropped)})
        return UpgradeResult(plan.assessment_id, new_id, plan.pack_id, plan.from_version,
                             plan.to_version, plan.carried, plan.needs_review, plan.dropped,
                             plan.new)

    def upgrade(self, assessment_id: int, to_version: int | None = None, *,
                profile_answers: Mapping[str, str] | None = None) -> UpgradeResult:
        """Upgrade an assessment to a newer installed version of its pack."""
        return self.apply_upgrade(self.plan_upgrade(assessment_id, to_version,
                                                    profile_answers=profile_answers))

    # -- the database ----------------------------------------------------------

    def audit_entries(self, assessment_id: int | None = None) -> list[AuditEntry]:
        """The audit log, oldest first (of one assessment, or all)."""
        return self._store.audit_entries(assessment_id)

    def audit_head(self) -> str:
        """The hash of the newest audit entry (it fixes the whole history before it)."""
        return self._store.audit_head()

    def database_files(self) -> tuple[Path, ...]:
        """The database file and its WAL companions, which nothing else may overwrite."""
        return self._store.files()

    @staticmethod
    def check_backup(source: Path, database: Path) -> None:
        """Raise StoreError unless ``source`` is a healthy database this program can restore
        over ``database`` (the one in use, which is never a backup of itself)."""
        check_backup_file(source, database)

    def restore(self, source: Path) -> Path:
        """Replace the database with the backup ``source``; this collection is closed after.

        ``source`` is checked first; the current database is kept as a copy beside it
        (its path is returned) and is left in place if anything fails. Reopen with
        :meth:`open` afterwards."""
        return restore_database(self._store, source)

    @staticmethod
    def restore_unreadable(paths: AppPaths, source: Path) -> Path:
        """Replace a database that cannot be opened at all with the backup ``source``; the
        damaged file is kept beside it (its path is returned)."""
        return restore_unreadable_database(paths.database, source)


#: The assessment header fields, as the Chinese messages name them.
HEADER_FIELDS_ZH = {"organisation": "单位名称", "system_name": "人工智能系统名称",
                    "system_description": "系统用途说明", "assessor": "自查人"}
#: The sign-off fields (Chinese, English) as messages name them.
SIGN_OFF_FIELDS = {
    "assessor": ("编制人姓名", "the name of who prepared it"),
    "assessor_role": ("编制人职务", "the role of who prepared it"),
    "reviewer": ("审核人姓名", "the reviewer's name"),
    "reviewer_role": ("审核人职务", "the reviewer's role"),
    "approver": ("批准人姓名", "the approver's name"),
    "approver_role": ("批准人职务", "the approver's role"),
}
_HEADER_FIELDS_EN = {"organisation": "the organisation name", "system_name": "the AI system name",
                     "assessor": "the assessor"}


def _name(value: str, field: str) -> str:
    return checked_text(value, _HEADER_FIELDS_EN[field], UsageError, single_line=True,
                        max_length=NAME_MAX, what_zh=HEADER_FIELDS_ZH[field])


def _given(profile: RiskProfile | None, answers: Mapping[str, str] | None) -> dict[str, str]:
    """Profile answers given as a :class:`RiskProfile` and/or as a mapping."""
    return {**(profile.to_dict() if profile is not None else {}), **(answers or {})}
