"""Risk profile of an AI use and its risk grade (AISGF-1.0 §6.3(a)).

The rule, in words (it is also printed with every grade):

* Four factors each score 0–3 points: scenario criticality, degree of
  autonomy, people affected and data sensitivity.
* The sum (0–12) gives the base grade: 0–3 low, 4–6 medium, 7–9 high,
  10–12 very high.
* Floors: a critical scenario, sensitive data (sensitive personal
  information, important data or state secrets), or an AI that acts by itself
  in a high or critical scenario is graded at least high; an AI that acts by
  itself in a critical scenario is graded very high.

The grade raises the bar in scoring (see :mod:`selfcheck.core.scoring`): from
high upwards, items of high severity count as critical; at very high, a
critical item answered "implemented" without any evidence is a critical gap.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from enum import IntEnum, StrEnum
from typing import Any

from selfcheck.core import glossary
from selfcheck.core.errors import StoreError


class Criticality(StrEnum):
    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"
    CRITICAL = "critical"


class Autonomy(StrEnum):
    ADVISES = "advises"
    ACTS_WITH_APPROVAL = "acts-with-approval"
    ACTS = "acts"


class PeopleAffected(StrEnum):
    FEW = "under-100"
    HUNDREDS = "100-10k"
    MANY = "10k-1m"
    POPULATION = "over-1m"


class DataSensitivity(StrEnum):
    PUBLIC = "public"
    INTERNAL = "internal"
    PERSONAL = "personal"
    SENSITIVE = "sensitive"


class RiskGrade(IntEnum):
    LOW = 1
    MEDIUM = 2
    HIGH = 3
    VERY_HIGH = 4

    @property
    def code(self) -> str:
        return self.name.lower().replace("_", "-")

    def label(self, lang: str) -> str:
        return glossary.label("risk_grade", self.code, lang)

    @classmethod
    def from_code(cls, code: str) -> RiskGrade:
        """The grade whose :attr:`code` is ``code``; ValueError for an unknown code."""
        for grade in cls:
            if grade.code == code:
                return grade
        raise ValueError(f"unknown risk grade {code!r}")


_POINTS: dict[str, int] = {
    Criticality.LOW: 0, Criticality.MEDIUM: 1, Criticality.HIGH: 2, Criticality.CRITICAL: 3,
    Autonomy.ADVISES: 0, Autonomy.ACTS_WITH_APPROVAL: 1, Autonomy.ACTS: 3,
    PeopleAffected.FEW: 0, PeopleAffected.HUNDREDS: 1, PeopleAffected.MANY: 2,
    PeopleAffected.POPULATION: 3,
    DataSensitivity.PUBLIC: 0, DataSensitivity.INTERNAL: 1, DataSensitivity.PERSONAL: 2,
    DataSensitivity.SENSITIVE: 3,
}


PROFILE_FIELDS = ("criticality", "autonomy", "people_affected", "data_sensitivity")


@dataclass(frozen=True, slots=True)
class RiskProfile:
    """A short profile of the AI use under assessment (values may be given as their codes)."""

    criticality: Criticality
    autonomy: Autonomy
    people_affected: PeopleAffected
    data_sensitivity: DataSensitivity

    def __post_init__(self) -> None:
        object.__setattr__(self, "criticality", Criticality(self.criticality))
        object.__setattr__(self, "autonomy", Autonomy(self.autonomy))
        object.__setattr__(self, "people_affected", PeopleAffected(self.people_affected))
        object.__setattr__(self, "data_sensitivity", DataSensitivity(self.data_sensitivity))

    def to_dict(self) -> dict[str, str]:
        """The JSON form: each factor's code."""
        return {name: str(getattr(self, name).value) for name in PROFILE_FIELDS}

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), separators=(",", ":"))

    @classmethod
    def from_dict(cls, data: Any) -> RiskProfile:
        """A profile from its JSON form; ValueError names what is wrong."""
        if not isinstance(data, dict) or set(data) != set(PROFILE_FIELDS):
            raise ValueError(f"a risk profile needs exactly the fields {', '.join(PROFILE_FIELDS)}")
        for name in PROFILE_FIELDS:
            if not isinstance(data[name], str):
                raise ValueError(f"{name}: expected a code, found {type(data[name]).__name__}")
        return cls(**data)

    @classmethod
    def from_stored_json(cls, text: str, where: str) -> RiskProfile:
        """The profile stored with an assessment; a damaged one is a StoreError naming ``where``."""
        try:
            return cls.from_dict(json.loads(text))
        except (ValueError, TypeError, RecursionError) as exc:
            raise StoreError(f"{where}: the stored risk profile is damaged ({exc})",
                             zh=f"{where}：存储的风险画像已损坏（{exc}）") from None


@dataclass(frozen=True, slots=True)
class Reason:
    """One line of the explanation of a grade, in both languages."""

    zh: str
    en: str

    def get(self, lang: str) -> str:
        return self.en if lang == "en" else self.zh


@dataclass(frozen=True, slots=True)
class RiskAssessment:
    """A risk grade and why."""

    grade: RiskGrade
    points: int
    reasons: tuple[Reason, ...]


def _base_grade(points: int) -> RiskGrade:
    if points >= 10:
        return RiskGrade.VERY_HIGH
    if points >= 7:
        return RiskGrade.HIGH
    if points >= 4:
        return RiskGrade.MEDIUM
    return RiskGrade.LOW


def grade_profile(profile: RiskProfile) -> RiskAssessment:
    """Derive the risk grade of ``profile`` with the rule in the module docstring."""
    reasons: list[Reason] = []
    points = 0
    for field in PROFILE_FIELDS:
        value = getattr(profile, field)
        gained = _POINTS[value]
        points += gained
        factor = glossary.RISK_FACTORS[field]
        choice = glossary.RISK_CHOICES[field][value]
        reasons.append(Reason(zh=f"{factor.zh}：{choice.zh}（{gained}分）",
                              en=f"{factor.en}: {choice.en} ({gained} pt)"))
    grade = _base_grade(points)
    bzh, ben = grade.label("zh"), grade.label("en")
    reasons.append(
        Reason(zh=f"合计{points}分（满分12分），基础等级：{bzh}", en=f"Total {points} of 12 points: base grade {ben}")
    )

    acts_alone = profile.autonomy is Autonomy.ACTS
    high_scene = profile.criticality in (Criticality.HIGH, Criticality.CRITICAL)
    floors: list[tuple[RiskGrade, Reason]] = []
    if profile.criticality is Criticality.CRITICAL:
        floors.append((RiskGrade.HIGH, Reason(
            zh="场景关键程度为极高，等级至少为高", en="A critical scenario is graded at least High")))
    if profile.data_sensitivity is DataSensitivity.SENSITIVE:
        floors.append((RiskGrade.HIGH, Reason(
            zh="涉及敏感个人信息、重要数据或涉密信息，等级至少为高",
            en="Sensitive data is graded at least High")))
    if acts_alone and high_scene:
        floors.append((RiskGrade.HIGH, Reason(
            zh="在高关键场景中自动执行，等级至少为高",
            en="An AI acting by itself in a high or critical scenario is graded at least High")))
    if acts_alone and profile.criticality is Criticality.CRITICAL:
        floors.append((RiskGrade.VERY_HIGH, Reason(
            zh="在极高关键场景中自动执行，等级为很高",
            en="An AI acting by itself in a critical scenario is graded Very high")))
    for floor, reason in floors:
        if floor > grade:
            grade = floor
            reasons.append(reason)
    return RiskAssessment(grade=grade, points=points, reasons=tuple(reasons))
