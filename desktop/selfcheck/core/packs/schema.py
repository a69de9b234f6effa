"""The pydantic schema of checklist packs: the shape and types of untrusted pack sources.

Imported only when a pack from outside the program's database is validated
(a source folder, a .ckpack file, a changed built-in pack), because building
pydantic's machinery is the slowest part of starting the program. Rules that
relate one part of a pack to another (declared sources, conditions, ids) are in
:mod:`selfcheck.core.packs.rules`; the result is turned into the plain dataclasses
of :mod:`selfcheck.core.model`.
"""

from __future__ import annotations

from typing import Annotated, Any

from pydantic import BaseModel, ConfigDict, Field, StringConstraints

from selfcheck.core.conditions import QuestionKind
from selfcheck.core.model import ITEM_ID_PATTERN, PACK_ID_PATTERN, PackStatus, Sector, Severity
from selfcheck.core.sources import Basis, SourceStatus

NonEmpty = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=4000)]
ShortText = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=200)]
Phrase = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=80)]
SourceId = Annotated[str, StringConstraints(pattern=r"^[A-Za-z0-9][A-Za-z0-9./_ -]{0,46}[A-Za-z0-9]$")]
QuestionId = Annotated[str, StringConstraints(pattern=r"^[a-z][a-z0-9_-]{0,39}$")]
OptionId = Annotated[str, StringConstraints(pattern=r"^[a-z0-9][a-z0-9_-]{0,39}$")]
DateText = Annotated[str, StringConstraints(pattern=r"^\d{4}(-\d{2}(-\d{2})?)?$")]

#: Limits that keep a pack's profile, sources and conditions of a sane size.
MAX_SOURCES = 20
MAX_SOURCE_PARTS = 500
MAX_PART_TEMPLATES = 10
MAX_QUESTIONS = 40
MAX_OPTIONS = 12
MAX_CITES = 10
MAX_FACTORS = 8
MAX_GRADES = 10
MAX_FLOORS = 20
MAX_POINTS = 100


class _Strict(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class TextSchema(_Strict):
    """A bilingual text: Simplified Chinese and English."""

    zh: NonEmpty
    en: NonEmpty


class TextListSchema(_Strict):
    """A bilingual list of short texts (e.g. evidence examples)."""

    zh: list[NonEmpty] = Field(min_length=1)
    en: list[NonEmpty] = Field(min_length=1)


class ThemeSchema(_Strict):
    """A group of items, e.g. "human oversight"."""

    id: Annotated[str, StringConstraints(pattern=r"^[a-z][a-z0-9-]{1,40}$")]
    title: TextSchema
    description: TextSchema
    priority: bool = Field(
        default=False, description="One of the themes the users named first."
    )


class CiteSchema(_Strict):
    """One citation: a declared source, a part in its declared form and/or an anchor
    phrase, and the basis of the item's wording."""

    source: SourceId
    part: Phrase | None = None
    anchor: Phrase | None = None
    basis: Basis
    note: TextSchema | None = None


class ItemSchema(_Strict):
    """One checkable question of a pack."""

    id: Annotated[str, StringConstraints(pattern=ITEM_ID_PATTERN)]
    theme: str
    question: TextSchema
    guidance: TextSchema = Field(description="What good looks like.")
    evidence_examples: TextListSchema
    clauses: list[ShortText] | None = Field(default=None, min_length=1)
    cites: list[CiteSchema] | None = Field(default=None, min_length=1, max_length=MAX_CITES)
    severity: Severity
    sectors: list[Sector] = Field(min_length=1)
    evidence_expected: bool = True
    applies_if: dict[str, Any] | None = None


class LegacySourceSchema(_Strict):
    """The one source of a pack in the first format."""

    title: TextSchema
    publisher: TextSchema
    published: NonEmpty
    citation_prefix: Annotated[str, StringConstraints(min_length=1, max_length=40)]


class SourcePartSchema(_Strict):
    id: Phrase
    title: TextSchema | None = None
    confirmed: bool = True


class PackSourceSchema(_Strict):
    """A document the pack derives from."""

    id: SourceId
    short: TextSchema
    title: TextSchema
    issuer: TextSchema
    date: DateText
    status: SourceStatus
    obtain: TextSchema
    note: TextSchema | None = None
    parts: list[SourcePartSchema] = Field(default_factory=list, max_length=MAX_SOURCE_PARTS)
    part_templates: list[Phrase] = Field(default_factory=list, max_length=MAX_PART_TEMPLATES)


class OptionSchema(_Strict):
    id: OptionId
    label: TextSchema


class ProfileQuestionSchema(_Strict):
    """A profile question (yes/no, or a choice of options)."""

    id: QuestionId
    text: TextSchema
    kind: QuestionKind
    options: list[OptionSchema] | None = Field(default=None, max_length=MAX_OPTIONS)
    help: TextSchema | None = None
    asked_if: dict[str, Any] | None = None


class RiskOptionSchema(_Strict):
    id: OptionId
    label: TextSchema
    points: int = Field(ge=0, le=MAX_POINTS)


class RiskFactorSchema(_Strict):
    """A factor of the risk profile: a choice whose options score points."""

    id: QuestionId
    label: TextSchema
    help: TextSchema | None = None
    options: list[RiskOptionSchema] = Field(min_length=2, max_length=MAX_OPTIONS)


class GradeSchema(_Strict):
    """A risk grade: from how many points, and how it raises the bar in scoring."""

    id: OptionId
    label: TextSchema
    min_points: int = Field(ge=0, le=MAX_POINTS * MAX_FACTORS)
    critical_severities: list[Severity] = Field(min_length=1)
    evidence_required: bool


class FloorSchema(_Strict):
    when: dict[str, Any]
    grade: str
    reason: TextSchema


class RiskModelSchema(_Strict):
    """A risk model: factors, grades (lowest first) and floors."""

    id: Annotated[str, StringConstraints(pattern=r"^[a-z0-9][a-z0-9.-]{1,62}[a-z0-9]$")]
    title: TextSchema
    factors: list[RiskFactorSchema] = Field(min_length=1, max_length=MAX_FACTORS)
    grades: list[GradeSchema] = Field(min_length=2, max_length=MAX_GRADES)
    floors: list[FloorSchema] = Field(default_factory=list, max_length=MAX_FLOORS)


class PackSchema(_Strict):
    """A versioned checklist pack."""

    pack_id: Annotated[str, StringConstraints(pattern=PACK_ID_PATTERN)]
    version: int = Field(ge=1)
    label: NonEmpty
    title: TextSchema
    description: TextSchema
    source: LegacySourceSchema | None = None
    sources: list[PackSourceSchema] | None = Field(default=None, min_length=1,
                                                   max_length=MAX_SOURCES)
    status: PackStatus | None = None
    sectors: list[Sector] = Field(min_length=1)
    themes: list[ThemeSchema] = Field(min_length=1)
    profile_questions: list[ProfileQuestionSchema] | None = Field(
        default=None, min_length=1, max_length=MAX_QUESTIONS)
    risk_model: RiskModelSchema | None = None
    items: list[ItemSchema] = Field(min_length=1)
