"""An assessment as the program works with it: its stored header with the pack, the answers
to the risk factors of the pack's risk model and to the pack's profile questions, and the
grade resolved."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Mapping

from selfcheck.core.errors import StoreError, UsageError
from selfcheck.core.immutable import immutable
from selfcheck.core.model import Item, Pack, Sector
from selfcheck.core.records import AssessmentRecord
from selfcheck.core.risk import PROFILE_FIELDS, RiskProfile
from selfcheck.core.riskmodel import Grade, RiskResult
from selfcheck.core.scoring import Score


@immutable
class Signatory:
    """One line of the sign-off block: a person's name, role (职务) and the date they
    signed; what is not known stays empty and is printed as a blank line."""

    name: str = ""
    role: str = ""
    date: dt.date | None = None


@immutable
class SignOff:
    """Who prepared (编制), reviewed (审核) and approved (批准) an assessment."""

    prepared: Signatory = Signatory()
    reviewed: Signatory = Signatory()
    approved: Signatory = Signatory()

    @classmethod
    def of(cls, record: AssessmentRecord) -> SignOff:
        """The sign-off stored with ``record`` (a date that does not parse is left out)."""
        return cls(
            prepared=Signatory(record.assessor, record.assessor_role, _date(record.prepared_on)),
            reviewed=Signatory(record.reviewer, record.reviewer_role, _date(record.reviewed_on)),
            approved=Signatory(record.approver, record.approver_role, _date(record.approved_on)))

    def columns(self) -> dict[str, str]:
        """The stored columns of this sign-off (see :class:`AssessmentRecord`)."""
        def day(value: dt.date | None) -> str:
            return value.isoformat() if value else ""

        return {"assessor": self.prepared.name, "assessor_role": self.prepared.role,
                "prepared_on": day(self.prepared.date), "reviewer": self.reviewed.name,
                "reviewer_role": self.reviewed.role, "reviewed_on": day(self.reviewed.date),
                "approver": self.approved.name, "approver_role": self.approved.role,
                "approved_on": day(self.approved.date)}


def _date(text: str) -> dt.date | None:
    try:
        return dt.date.fromisoformat(text) if text else None
    except ValueError:
        return None


@immutable
class Assessment:
    """An assessment header with its pack, profile answers and grade resolved."""

    record: AssessmentRecord
    pack: Pack
    risk: RiskResult
    #: Answers to the risk factors of the pack's risk model (factor id → option id).
    risk_answers: Mapping[str, str]
    #: Answers to the pack's own profile questions (question id → option id).
    profile_answers: Mapping[str, str]

    @property
    def id(self) -> int:
        return self.record.id

    @property
    def sector(self) -> Sector:
        return Sector(self.record.sector)

    @property
    def grade(self) -> Grade:
        return self.risk.grade

    @property
    def answers_all(self) -> dict[str, str]:
        """Every profile answer: the risk factors' and the profile questions'."""
        return {**self.risk_answers, **self.profile_answers}

    @property
    def profile(self) -> RiskProfile | None:
        """The risk answers as a :class:`RiskProfile`, when the pack grades with the four
        factors of the default model; None for a pack with another model."""
        if set(self.risk_answers) != set(PROFILE_FIELDS):
            return None
        try:
            return RiskProfile.from_dict(dict(self.risk_answers))
        except ValueError:
            return None

    @property
    def items(self) -> list[Item]:
        """The items that apply: in the sector, and their conditions hold."""
        return self.pack.items_for(self.sector, self.answers_all)

    @property
    def items_not_applying(self) -> list[Item]:
        """Items of the sector whose conditions do not hold with the profile answers
        (answers given to them earlier are kept and shown as such)."""
        return self.pack.items_not_applying(self.sector, self.answers_all)

    @property
    def sign_off(self) -> SignOff:
        """Who prepared, reviewed and approved the assessment."""
        return SignOff.of(self.record)

    @property
    def read_only(self) -> bool:
        """Superseded assessments are kept as history and not changed any more."""
        return self.record.superseded_by is not None

    def check_writable(self) -> None:
        """Raise UsageError when the assessment is kept read-only as history."""
        if self.read_only:
            raise UsageError(
                f"assessment {self.id} was upgraded to assessment "
                f"{self.record.superseded_by} and is kept read-only as history",
                zh=f"自查 {self.id} 已升级为自查 {self.record.superseded_by}，"
                "原记录作为历史保留，不能再修改")


def resolve_assessment(record: AssessmentRecord, pack: Pack) -> Assessment:
    """An assessment from its stored header and its pack: the stored profile split into
    risk answers and question answers, graded with the pack's risk model."""
    where = f"assessment {record.id}"
    answers = read_stored_profile(record.profile_json, where)
    model = pack.effective_risk_model
    risk_answers = {f: answers[f] for f in model.factor_ids if f in answers}
    missing = model.missing_answers(risk_answers)
    if missing:
        names = ", ".join(factor.id for factor in missing)
        raise StoreError(f"{where}: the stored risk profile is damaged (no answer to {names})",
                         zh=f"{where}：存储的风险画像已损坏（缺少 {names} 的答案）")
    questions = {k: v for k, v in answers.items() if k not in risk_answers}
    return Assessment(record, pack, model.assess(answers), risk_answers, questions)


@immutable
class ProfileChange:
    """What changing an assessment's profile does: the grade, and items that start or
    stop applying (their answers are kept either way)."""

    grade_before: Grade
    grade_after: Grade
    answers_before: Mapping[str, str]
    answers_after: Mapping[str, str]
    now_applying: tuple[str, ...]
    no_longer_applying: tuple[str, ...]

    @property
    def is_empty(self) -> bool:
        return self.answers_before == self.answers_after

    @classmethod
    def between(cls, before: Assessment, answers: Mapping[str, str]) -> ProfileChange:
        """From ``before`` to every profile answer being ``answers``."""
        old = {item.id for item in before.items}
        new = {item.id for item in before.pack.items_for(before.sector, answers)}
        order = [item.id for item in before.pack.items]
        grade = before.pack.effective_risk_model.assess(answers).grade
        return cls(before.grade, grade, before.answers_all, dict(answers),
                   tuple(i for i in order if i in new - old),
                   tuple(i for i in order if i in old - new))

    def to_dict(self) -> dict[str, object]:
        return {"grade_before": self.grade_before.code, "grade_after": self.grade_after.code,
                "answers_before": dict(self.answers_before),
                "answers_after": dict(self.answers_after),
                "now_applying": list(self.now_applying),
                "no_longer_applying": list(self.no_longer_applying)}


@immutable
class AssessmentOverview:
    """One row of the assessments list."""

    record: AssessmentRecord
    pack_label: str
    pack_title: str
    grade: Grade
    score: Score
    pack_title_en: str = ""


def stored_profile_json(pack: Pack, answers: Mapping[str, str]) -> str:
    """The ``profile_json`` of an assessment: every profile answer in one flat JSON object,
    the risk factors first in the model's order (so an assessment of the default model
    without profile questions keeps the four-field form of earlier versions)."""
    factors = pack.effective_risk_model.factor_ids
    ordered = {**{f: answers[f] for f in factors if f in answers},
               **{k: v for k, v in answers.items() if k not in factors}}
    return json.dumps(ordered, separators=(",", ":"), ensure_ascii=False)


def read_stored_profile(text: str, where: str) -> dict[str, str]:
    """Every profile answer stored as ``profile_json``; a damaged one is a StoreError
    naming ``where``."""
    try:
        data = json.loads(text)
        if not isinstance(data, dict):
            raise ValueError("not a JSON object")
        if not all(isinstance(value, str) for value in data.values()):
            raise ValueError("an answer is not a text")
        return data
    except (ValueError, TypeError, RecursionError) as exc:
        raise StoreError(f"{where}: the stored risk profile is damaged ({exc})",
                         zh=f"{where}：存储的风险画像已损坏（{exc}）") from None
