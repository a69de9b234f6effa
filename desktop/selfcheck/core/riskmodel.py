"""Risk models as data: the factors of a risk profile with their options and points, the
grades with their thresholds, the floors that raise a grade, and how each grade raises
the bar in scoring.

A pack may define its own model (``risk_model`` in ``pack.json``); a pack without one is
graded with the default model, the four-factor, four-grade model of AISGF-1.0 §6.3(a)
shipped in ``resources/risk/`` (the same data as ``aisgf-key-sector`` v3 holds). The
rule, for any model:

* each factor's answer scores the points of its option; the sum gives the base grade:
  the highest grade whose ``min_points`` it reaches;
* floors, in order: a floor whose condition holds raises the grade to its grade (never
  lowers it), and its reason is given;
* the grade raises the bar in scoring: items whose severity is among the grade's
  ``critical_severities`` count as critical, and with ``evidence_required`` a critical
  item answered "implemented" without any evidence is a critical gap.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import field
from functools import cache
from typing import Any

from selfcheck.core.bilingual import Text, filled, flag, integer, optional_text, records, strings
from selfcheck.core.conditions import (
    Answers,
    Condition,
    ProfileOption,
    ProfileQuestion,
    QuestionKind,
    condition_from_trusted,
)
from selfcheck.core.immutable import immutable

DEFAULT_MODEL_FILE = "aisgf-1.0-four-factor.json"


@immutable(slots=True)
class RiskOption:
    """One answer of a factor and the points it scores."""

    id: str
    label: Text
    points: int

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "label": self.label.to_dict(), "points": self.points}

    @classmethod
    def from_trusted_dict(cls, data: Mapping[str, Any]) -> RiskOption:
        return cls(id=filled(data["id"]), label=Text.from_trusted_dict(data["label"]),
                   points=integer(data["points"]))


@immutable(slots=True)
class RiskFactor:
    """A question of the risk profile whose answer scores points."""

    id: str
    label: Text
    options: tuple[RiskOption, ...]
    help: Text | None = None

    def option(self, option_id: str) -> RiskOption | None:
        for option in self.options:
            if option.id == option_id:
                return option
        return None

    def as_question(self) -> ProfileQuestion:
        """The factor as a profile question (conditions may read it like one)."""
        return ProfileQuestion(id=self.id, text=self.label, kind=QuestionKind.CHOICE,
                               options=tuple(ProfileOption(o.id, o.label) for o in self.options),
                               help=self.help)

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {"id": self.id, "label": self.label.to_dict(),
                                "options": [option.to_dict() for option in self.options]}
        if self.help is not None:
            data["help"] = self.help.to_dict()
        return data

    @classmethod
    def from_trusted_dict(cls, data: Mapping[str, Any]) -> RiskFactor:
        return cls(id=filled(data["id"]), label=Text.from_trusted_dict(data["label"]),
                   options=tuple(RiskOption.from_trusted_dict(o)
                                 for o in records(data["options"])),
                   help=optional_text(data.get("help")))


@immutable(slots=True)
class Grade:
    """A risk grade of a model, and how it raises the bar in scoring.

    Grades compare by their rank in the model (1 is the lowest)."""

    id: str
    name: Text  # "label" in the JSON form
    min_points: int
    critical_severities: tuple[str, ...]
    evidence_required: bool
    rank: int = field(default=0, compare=False)
    of: int = field(default=0, compare=False)  # how many grades the model has

    @property
    def code(self) -> str:
        return self.id

    def label(self, lang: str) -> str:
        return self.name.get(lang)

    def counts_as_critical(self, severity: str) -> bool:
        """Whether an item of ``severity`` counts as critical at this grade."""
        return severity in self.critical_severities

    def raised_severities(self) -> tuple[str, ...]:
        """The severities that count as critical at this grade besides "critical"."""
        return tuple(s for s in self.critical_severities if s != "critical")

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "label": self.name.to_dict(), "min_points": self.min_points,
                "critical_severities": list(self.critical_severities),
                "evidence_required": self.evidence_required}

    @classmethod
    def from_trusted_dict(cls, data: Mapping[str, Any], rank: int = 0, of: int = 0) -> Grade:
        return cls(id=filled(data["id"]), name=Text.from_trusted_dict(data["label"]),
                   min_points=integer(data["min_points"]),
                   critical_severities=strings(data["critical_severities"]),
                   evidence_required=flag(data["evidence_required"]), rank=rank, of=of)


@immutable(slots=True)
class Floor:
    """When ``when`` holds, the grade is at least ``grade``; ``reason`` says why."""

    when: Condition
    grade: str
    reason: Text

    def to_dict(self) -> dict[str, Any]:
        return {"when": self.when.to_dict(), "grade": self.grade,
                "reason": self.reason.to_dict()}

    @classmethod
    def from_trusted_dict(cls, data: Mapping[str, Any]) -> Floor:
        return cls(when=condition_from_trusted(data["when"]), grade=filled(data["grade"]),
                   reason=Text.from_trusted_dict(data["reason"]))


@immutable(slots=True)
class Reason:
    """One line of the explanation of a grade, in both languages."""

    zh: str
    en: str

    def get(self, lang: str) -> str:
        return self.en if lang == "en" else self.zh


@immutable(slots=True)
class RiskResult:
    """A grade, the points it came from, and why."""

    model_id: str
    grade: Grade
    points: int
    max_points: int
    reasons: tuple[Reason, ...]


@immutable(slots=True)
class RiskModel:
    """Factors, grades (lowest first) and floors of a risk model."""

    id: str
    title: Text
    factors: tuple[RiskFactor, ...]
    grades: tuple[Grade, ...]
    floors: tuple[Floor, ...] = ()

    @property
    def factor_ids(self) -> tuple[str, ...]:
        return tuple(factor.id for factor in self.factors)

    @property
    def max_points(self) -> int:
        return sum(max(option.points for option in factor.options) for factor in self.factors)

    def grade(self, grade_id: str) -> Grade:
        """The grade with id ``grade_id`` (KeyError if the model has none)."""
        for grade in self.grades:
            if grade.id == grade_id:
                return grade
        raise KeyError(grade_id)

    def grade_of_rank(self, rank: int) -> Grade:
        """The grade of ``rank`` (1 is the lowest; IndexError outside the model)."""
        if not 1 <= rank <= len(self.grades):
            raise IndexError(rank)
        return self.grades[rank - 1]

    def base_grade(self, points: int) -> Grade:
        """The highest grade whose threshold ``points`` reaches."""
        reached = self.grades[0]
        for grade in self.grades:
            if points >= grade.min_points:
                reached = grade
        return reached

    def missing_answers(self, answers: Answers) -> list[RiskFactor]:
        """The factors ``answers`` do not answer with one of their options."""
        return [f for f in self.factors if f.option(answers.get(f.id, "")) is None]

    def assess(self, answers: Answers) -> RiskResult:
        """The grade of the profile ``answers`` (every factor must be answered)."""
        reasons: list[Reason] = []
        points = 0
        for factor in self.factors:
            option = factor.option(answers[factor.id])
            if option is None:
                raise KeyError(f"{factor.id}: no option {answers[factor.id]!r}")
            points += option.points
            reasons.append(Reason(
                zh=f"{factor.label.zh}：{option.label.zh}（{option.points}分）",
                en=f"{factor.label.en}: {option.label.en} ({option.points} pt)"))
        grade = self.base_grade(points)
        maximum = self.max_points
        reasons.append(Reason(
            zh=f"合计{points}分（满分{maximum}分），基础等级：{grade.name.zh}",
            en=f"Total {points} of {maximum} points: base grade {grade.name.en}"))
        for floor in self.floors:
            raised = self.grade(floor.grade)
            if floor.when.holds(answers) and raised.rank > grade.rank:
                grade = raised
                reasons.append(Reason(zh=floor.reason.zh, en=floor.reason.en))
        return RiskResult(self.id, grade, points, maximum, tuple(reasons))

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "title": self.title.to_dict(),
                "factors": [factor.to_dict() for factor in self.factors],
                "grades": [grade.to_dict() for grade in self.grades],
                "floors": [floor.to_dict() for floor in self.floors]}

    @classmethod
    def from_trusted_dict(cls, data: Mapping[str, Any]) -> RiskModel:
        raw_grades = records(data["grades"])
        grades = tuple(Grade.from_trusted_dict(g, rank, len(raw_grades))
                       for rank, g in enumerate(raw_grades, start=1))
        model = cls(id=filled(data["id"]), title=Text.from_trusted_dict(data["title"]),
                    factors=tuple(RiskFactor.from_trusted_dict(f)
                                  for f in records(data["factors"])),
                    grades=grades,
                    floors=tuple(Floor.from_trusted_dict(f)
                                 for f in records(data.get("floors") or [])))
        if not model.factors or not model.grades:
            raise ValueError("a risk model needs factors and grades")
        ids = {grade.id for grade in grades}
        if len(ids) != len(grades) or any(floor.grade not in ids for floor in model.floors):
            raise ValueError("grade ids are used twice or unknown")
        return model


def factor_questions(model: RiskModel) -> list[ProfileQuestion]:
    """The model's factors as profile questions, for conditions that read them."""
    return [factor.as_question() for factor in model.factors]


@cache
def default_risk_model() -> RiskModel:
    """The model of packs that define none: AISGF-1.0's four factors and four grades."""
    from selfcheck.core.paths import resources_dir

    path = resources_dir() / "risk" / DEFAULT_MODEL_FILE
    return RiskModel.from_trusted_dict(json.loads(path.read_text("utf-8")))


def grade_colors_index(grade: Grade, colors: Sequence[str]) -> str:
    """A colour for ``grade`` from ``colors`` (lowest to highest), by its place among the
    model's grades: the first and last grades take the first and last colours."""
    if grade.of <= 1:
        return colors[-1]
    position = (grade.rank - 1) * (len(colors) - 1) / (grade.of - 1)
    return colors[round(position)]
