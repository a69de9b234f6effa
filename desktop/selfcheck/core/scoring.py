"""Scoring of an assessment: per theme and overall, critical gaps and the verdict.

Rules (each is shown to the user through :class:`Score.reasons`):

* Only items that apply to the assessment count: in its sector, and with conditions
  that hold for its profile answers.
* Credit: implemented 1, partial 0.5, not implemented 0, unanswered 0;
  not applicable is left out of both sides. Each item weighs by severity
  (critical 4, high 3, medium 2, low 1). Percentages are weighted credit over
  weighted possible; counts are plain numbers of items.
* An item is *effectively critical* if its severity is among those the risk grade
  counts as critical (its ``critical_severities`` in the pack's risk model; with the
  default model: critical, and from grade high upwards also high).
* A *critical gap* is an effectively critical item answered partial or not
  implemented; at a grade with ``evidence_required`` (default model: very high), also
  one answered implemented without any evidence (reference text or attached file).
* Verdict: any critical gap → **not met** (a critical gap is never averaged
  away); otherwise any unanswered item, or any answer carried over from an
  older pack version whose question changed and that is not re-reviewed yet,
  → **incomplete**; otherwise below
  85 % or any high-severity item not implemented → **partially met**;
  otherwise **met**.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum

from selfcheck.core import glossary
from selfcheck.core.answers import Answer, Status
from selfcheck.core.immutable import immutable
from selfcheck.core.model import SEVERITY_WEIGHT, Item, Pack, Sector, Severity
from selfcheck.core.risk import RiskGrade
from selfcheck.core.riskmodel import Grade, default_risk_model

PASS_PERCENT = 85.0
CREDIT: dict[Status, float] = {
    Status.IMPLEMENTED: 1.0,
    Status.PARTIAL: 0.5,
    Status.NOT_IMPLEMENTED: 0.0,
    Status.UNANSWERED: 0.0,
}


class Verdict(StrEnum):
    MET = "met"
    PARTIALLY_MET = "partially-met"
    INCOMPLETE = "incomplete"
    NOT_MET = "not-met"

    def label(self, lang: str) -> str:
        return glossary.label("verdict", self, lang)


class ReasonCode(StrEnum):
    """Why the verdict is what it is (see :class:`VerdictReason`)."""

    CRITICAL_GAPS = "critical-gaps"
    UNANSWERED = "unanswered"
    PENDING_REVIEW = "pending-review"
    BELOW_PASS_MARK = "below-pass-mark"
    HIGH_NOT_IMPLEMENTED = "high-not-implemented"
    ALL_MET = "all-met"
    GRADE_RAISES_BAR = "grade-raises-bar"
    NO_EVIDENCE_RULE = "no-evidence-rule"


#: A number or code a reason refers to.
ReasonValue = int | float | str


@immutable
class VerdictReason:
    """One reason for the verdict, as data: its code, the items it names and its numbers
    (e.g. ``count``, ``total``, ``percent``, ``threshold``, ``grade``). The words are
    made by :mod:`selfcheck.core.explain`, the same for the report, the CLI and the window."""

    code: ReasonCode
    items: tuple[str, ...] = ()
    values: Mapping[str, ReasonValue] = field(default_factory=dict)


class GapReason(StrEnum):
    """Why an item is a critical gap, or why it lost weight."""

    CRITICAL_PARTIAL = "critical-partial"
    CRITICAL_NOT_IMPLEMENTED = "critical-not-implemented"
    CRITICAL_WITHOUT_EVIDENCE = "critical-without-evidence"
    CRITICAL_UNANSWERED = "critical-unanswered"
    #: Not a critical gap: the item lost weight (partial, not implemented or unanswered).
    SHORTFALL = "shortfall"


@immutable
class Tally:
    """Counts and weighted percentage over a set of items."""

    total: int = 0
    counts: Mapping[Status, int] = field(default_factory=dict)
    earned: float = 0.0
    possible: float = 0.0

    @property
    def answered(self) -> int:
        return self.total - self.counts.get(Status.UNANSWERED, 0)

    @property
    def percent(self) -> float:
        """Weighted compliance, 0–100; 100 when nothing counts (all not applicable)."""
        return 100.0 * self.earned / self.possible if self.possible else 100.0

    @property
    def progress(self) -> float:
        return 100.0 * self.answered / self.total if self.total else 100.0

    def count(self, status: Status) -> int:
        return self.counts.get(status, 0)


@immutable
class Gap:
    """An item that drives the result, with why."""

    item_id: str
    theme: str
    severity: Severity
    status: Status
    reason: GapReason
    lost_weight: float


@immutable
class Score:
    """The full scoring result of one assessment."""

    overall: Tally
    themes: Mapping[str, Tally]
    verdict: Verdict
    critical_gaps: list[Gap]
    critical_unanswered: list[str]
    pending_review: list[str]
    drivers: list[Gap]
    remediation_missing: list[str]
    reasons: list[VerdictReason]
    effective_critical: frozenset[str]


def _tally(items: list[Item], answers: Mapping[str, Answer]) -> Tally:
    counts: dict[Status, int] = {status: 0 for status in Status}
    earned = possible = 0.0
    for item in items:
        answer = answers.get(item.id)
        status = answer.status if answer else Status.UNANSWERED
        counts[status] += 1
        if status is Status.NOT_APPLICABLE:
            continue
        weight = SEVERITY_WEIGHT[item.severity]
        possible += weight
        earned += weight * CREDIT[status]
    return Tally(total=len(items), counts=counts, earned=earned, possible=possible)


def as_grade(grade: Grade | RiskGrade) -> Grade:
    """A grade of a risk model; a :class:`RiskGrade` is the default model's grade."""
    if isinstance(grade, RiskGrade):
        return default_risk_model().grade(grade.code)
    return grade


def is_effectively_critical(item: Item, grade: Grade | RiskGrade) -> bool:
    """Whether ``item`` counts as critical at risk grade ``grade``."""
    return as_grade(grade).counts_as_critical(item.severity.value)


def _gap_reason(critical: bool, grade: Grade, answer: Answer) -> GapReason | None:
    """Why ``answer`` to an item is a critical gap; None when it is not one."""
    if not critical:
        return None
    if answer.status is Status.PARTIAL:
        return GapReason.CRITICAL_PARTIAL
    if answer.status is Status.NOT_IMPLEMENTED:
        return GapReason.CRITICAL_NOT_IMPLEMENTED
    if (grade.evidence_required and answer.status is Status.IMPLEMENTED
            and not answer.has_evidence):
        return GapReason.CRITICAL_WITHOUT_EVIDENCE
    return None


@dataclass
class _Findings:
    """What the walk over the items finds, before the verdict."""

    critical_gaps: list[Gap] = field(default_factory=list)
    critical_unanswered: list[str] = field(default_factory=list)
    drivers: list[Gap] = field(default_factory=list)
    remediation_missing: list[str] = field(default_factory=list)
    pending_review: list[str] = field(default_factory=list)
    high_not_implemented: list[str] = field(default_factory=list)
    effective_critical: set[str] = field(default_factory=set)


def _find(items: list[Item], grade: Grade, answers: Mapping[str, Answer]) -> _Findings:
    found = _Findings()
    for item in items:
        answer = answers.get(item.id) or Answer(item_id=item.id)
        status = answer.status
        critical = is_effectively_critical(item, grade)
        if critical:
            found.effective_critical.add(item.id)
        if answer.remediation_missing:
            found.remediation_missing.append(item.id)
        if answer.needs_review and status is not Status.UNANSWERED:
            found.pending_review.append(item.id)
        if status is Status.NOT_IMPLEMENTED and item.severity is Severity.HIGH:
            found.high_not_implemented.append(item.id)
        if critical and status is Status.UNANSWERED:
            found.critical_unanswered.append(item.id)
        lost = (0.0 if status is Status.NOT_APPLICABLE
                else SEVERITY_WEIGHT[item.severity] * (1.0 - CREDIT[status]))
        gap_reason = _gap_reason(critical, grade, answer)
        if gap_reason is not None:
            found.critical_gaps.append(
                Gap(item.id, item.theme, item.severity, status, gap_reason, lost))
        if lost > 0 or gap_reason is not None:
            found.drivers.append(Gap(item.id, item.theme, item.severity, status,
                                     gap_reason or GapReason.SHORTFALL, lost))
    gap_ids = {g.item_id for g in found.critical_gaps}
    found.drivers.sort(key=lambda g: (g.item_id not in gap_ids, -g.lost_weight, g.item_id))
    return found


def _verdict(overall: Tally, grade: Grade,
             found: _Findings) -> tuple[Verdict, list[VerdictReason]]:
    """The verdict and its reasons (the rule is in the module docstring)."""
    reasons: list[VerdictReason] = []
    unanswered = overall.count(Status.UNANSWERED)
    percent = round(overall.percent, 1)
    if found.critical_gaps:
        verdict = Verdict.NOT_MET
        ids = tuple(g.item_id for g in found.critical_gaps)
        reasons.append(VerdictReason(ReasonCode.CRITICAL_GAPS, ids, {"count": len(ids)}))
    elif unanswered or found.pending_review:
        verdict = Verdict.INCOMPLETE
        if unanswered:
            reasons.append(VerdictReason(ReasonCode.UNANSWERED, (),
                                         {"count": unanswered, "total": overall.total}))
        if found.pending_review:
            ids = tuple(found.pending_review)
            reasons.append(VerdictReason(ReasonCode.PENDING_REVIEW, ids, {"count": len(ids)}))
    elif overall.percent < PASS_PERCENT or found.high_not_implemented:
        verdict = Verdict.PARTIALLY_MET
        if overall.percent < PASS_PERCENT:
            reasons.append(VerdictReason(ReasonCode.BELOW_PASS_MARK, (),
                                         {"percent": percent, "threshold": PASS_PERCENT}))
        if found.high_not_implemented:
            ids = tuple(found.high_not_implemented)
            reasons.append(VerdictReason(ReasonCode.HIGH_NOT_IMPLEMENTED, ids,
                                         {"count": len(ids)}))
    else:
        verdict = Verdict.MET
        reasons.append(VerdictReason(ReasonCode.ALL_MET, (), {"percent": percent}))
    named = {"grade": grade.code, "grade_zh": grade.name.zh, "grade_en": grade.name.en}
    if grade.raised_severities():
        reasons.append(VerdictReason(ReasonCode.GRADE_RAISES_BAR, (),
                                     {**named, "raised": ",".join(grade.raised_severities())}))
    if grade.evidence_required:
        reasons.append(VerdictReason(ReasonCode.NO_EVIDENCE_RULE, (), named))
    return verdict, reasons


def score_assessment(
    pack: Pack, sector: Sector, grade: Grade | RiskGrade, answers: Mapping[str, Answer],
    profile_answers: Mapping[str, str] | None = None,
) -> Score:
    """Score the answers of an assessment at risk ``grade`` (see the module docstring for
    the rules); ``profile_answers`` (every profile answer) decide which items apply."""
    grade = as_grade(grade)
    items = pack.items_for(sector, profile_answers or {})
    overall = _tally(items, answers)
    themes = {
        theme.id: _tally([i for i in items if i.theme == theme.id], answers)
        for theme in pack.themes
        if any(i.theme == theme.id for i in items)
    }
    found = _find(items, grade, answers)
    verdict, reasons = _verdict(overall, grade, found)
    return Score(
        overall=overall,
        themes=themes,
        verdict=verdict,
        critical_gaps=found.critical_gaps,
        critical_unanswered=found.critical_unanswered,
        pending_review=found.pending_review,
        drivers=found.drivers,
        remediation_missing=found.remediation_missing,
        reasons=reasons,
        effective_critical=frozenset(found.effective_critical),
    )
