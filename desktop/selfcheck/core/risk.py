"""The default risk model's profile and grades as Python types (AISGF-1.0 §6.3(a)).

The rule itself is data: ``resources/risk/aisgf-1.0-four-factor.json``, read by
:func:`selfcheck.core.riskmodel.default_risk_model` (see :mod:`selfcheck.core.riskmodel`
for how any model grades). In words, it is (and it is printed with every grade):

* Four factors each score 0–3 points: scenario criticality, degree of
  autonomy, people affected and data sensitivity.
* The sum (0–12) gives the base grade: 0–3 low, 4–6 medium, 7–9 high,
  10–12 very high.
* Floors: a critical scenario, sensitive data (sensitive personal
  information, important data or state secrets), or an AI that acts by itself
  in a high or critical scenario is graded at least high; an AI that acts by
  itself in a critical scenario is graded very high.
* From high upwards, items of high severity count as critical; at very high, a
  critical item answered "implemented" without any evidence is a critical gap.

This module keeps the typed names of that model's answers and grades
(:class:`RiskProfile`, :class:`RiskGrade`) for the command line's flags and for callers
that work with the default model; :func:`grade_profile` grades with the data.
"""

from __future__ import annotations

import json
from enum import IntEnum, StrEnum
from typing import Any

from selfcheck.core import glossary
from selfcheck.core.immutable import immutable
from selfcheck.core.riskmodel import Reason as Reason  # re-exported
from selfcheck.core.riskmodel import default_risk_model


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


PROFILE_FIELDS = ("criticality", "autonomy", "people_affected", "data_sensitivity")


@immutable(slots=True)
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


@immutable(slots=True)
class RiskAssessment:
    """A risk grade of the default model and why."""

    grade: RiskGrade
    points: int
    reasons: tuple[Reason, ...]


def grade_profile(profile: RiskProfile) -> RiskAssessment:
    """The grade of ``profile`` by the default risk model (the data, see the module
    docstring)."""
    result = default_risk_model().assess(profile.to_dict())
    return RiskAssessment(grade=RiskGrade.from_code(result.grade.id), points=result.points,
                          reasons=result.reasons)
