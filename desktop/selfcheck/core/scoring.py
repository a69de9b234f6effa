"""Scoring of an assessment: per theme and overall, critical gaps and the verdict.

Rules (each is shown to the user through :class:`Score.reasons`):

* Only items that apply to the assessment's sector count.
* Credit: implemented 1, partial 0.5, not implemented 0, unanswered 0;
  not applicable is left out of both sides. Each item weighs by severity
  (critical 4, high 3, medium 2, low 1). Percentages are weighted credit over
  weighted possible; counts are plain numbers of items.
* An item is *effectively critical* if its severity is critical, or — at risk
  grade high or very high — high.
* A *critical gap* is an effectively critical item answered partial or not
  implemented; at risk grade very high, also one answered implemented without
  any evidence (reference text or attached file).
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

from selfcheck.core.answers import Answer, Status
from selfcheck.core.model import SEVERITY_WEIGHT, Item, Pack, Sector, Severity
from selfcheck.core.risk import Reason, RiskGrade

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
        zh, en = VERDICT_LABELS[self]
        return en if lang == "en" else zh


VERDICT_LABELS: dict[Verdict, tuple[str, str]] = {
    Verdict.MET: ("符合", "Met"),
    Verdict.PARTIALLY_MET: ("基本符合", "Partially met"),
    Verdict.INCOMPLETE: ("未完成", "Incomplete"),
    Verdict.NOT_MET: ("不符合", "Not met"),
}


@dataclass(frozen=True)
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


@dataclass(frozen=True)
class Gap:
    """An item that drives the result, with why."""

    item_id: str
    theme: str
    severity: Severity
    status: Status
    reason: str
    lost_weight: float


@dataclass(frozen=True)
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
    reasons: list[Reason]
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


def is_effectively_critical(item: Item, grade: RiskGrade) -> bool:
    """Whether ``item`` counts as critical at risk grade ``grade``."""
    if item.severity is Severity.CRITICAL:
        return True
    return item.severity is Severity.HIGH and grade >= RiskGrade.HIGH


def score_assessment(
    pack: Pack, sector: Sector, grade: RiskGrade, answers: Mapping[str, Answer]
) -> Score:
    """Score the answers of an assessment (see the module docstring for the rules)."""
    items = pack.items_for(sector)
    overall = _tally(items, answers)
    themes = {
        theme.id: _tally([i for i in items if i.theme == theme.id], answers)
        for theme in pack.themes
        if any(i.theme == theme.id for i in items)
    }

    critical_gaps: list[Gap] = []
    critical_unanswered: list[str] = []
    drivers: list[Gap] = []
    remediation_missing: list[str] = []
    pending_review: list[str] = []
    effective_critical: set[str] = set()
    high_not_implemented = False
    for item in items:
        answer = answers.get(item.id) or Answer(item_id=item.id)
        status = answer.status
        weight = SEVERITY_WEIGHT[item.severity]
        critical = is_effectively_critical(item, grade)
        if critical:
            effective_critical.add(item.id)
        if answer.remediation_missing:
            remediation_missing.append(item.id)
        if answer.needs_review and status is not Status.UNANSWERED:
            pending_review.append(item.id)
        if status is Status.NOT_IMPLEMENTED and item.severity is Severity.HIGH:
            high_not_implemented = True
        lost = 0.0 if status is Status.NOT_APPLICABLE else weight * (1.0 - CREDIT[status])
        gap_reason = ""
        if critical and status in (Status.PARTIAL, Status.NOT_IMPLEMENTED):
            gap_reason = f"critical item {status.value}"
        elif (
            critical
            and grade is RiskGrade.VERY_HIGH
            and status is Status.IMPLEMENTED
            and not answer.has_evidence
        ):
            gap_reason = "critical item implemented without evidence (risk grade very-high)"
        if gap_reason:
            critical_gaps.append(Gap(item.id, item.theme, item.severity, status, gap_reason, lost))
        if critical and status is Status.UNANSWERED:
            critical_unanswered.append(item.id)
        if lost > 0 or gap_reason:
            drivers.append(
                Gap(item.id, item.theme, item.severity, status,
                    gap_reason or f"{item.severity.value} item {status.value}", lost)
            )
    drivers.sort(key=lambda g: (not any(c.item_id == g.item_id for c in critical_gaps),
                                -g.lost_weight, g.item_id))

    reasons: list[Reason] = []
    unanswered = overall.count(Status.UNANSWERED)
    if critical_gaps:
        verdict = Verdict.NOT_MET
        ids = ", ".join(g.item_id for g in critical_gaps)
        reasons.append(Reason(
            zh=f"存在 {len(critical_gaps)} 项关键差距：{ids}；关键差距不会被其他得分抵消",
            en=f"{len(critical_gaps)} critical gap(s): {ids} — a critical gap is not averaged away"))
    elif unanswered or pending_review:
        verdict = Verdict.INCOMPLETE
        if unanswered:
            reasons.append(Reason(
                zh=f"{overall.total} 个适用条目中有 {unanswered} 个尚未作答",
                en=f"{unanswered} of {overall.total} applicable item(s) unanswered"))
        if pending_review:
            ids = ", ".join(pending_review)
            reasons.append(Reason(
                zh=f"清单升级后有 {len(pending_review)} 项答复待复核：{ids}",
                en=f"{len(pending_review)} answer(s) need re-review after a pack upgrade: {ids}"))
    elif overall.percent < PASS_PERCENT or high_not_implemented:
        verdict = Verdict.PARTIALLY_MET
        if overall.percent < PASS_PERCENT:
            reasons.append(Reason(
                zh=f"加权得分 {overall.percent:.1f}% 低于 {PASS_PERCENT:.0f}%",
                en=f"weighted score {overall.percent:.1f}% is below {PASS_PERCENT:.0f}%"))
        if high_not_implemented:
            reasons.append(Reason(zh="有高重要程度条目未落实",
                                  en="a high-severity item is not implemented"))
    else:
        verdict = Verdict.MET
        reasons.append(Reason(
            zh=f"无关键差距，全部条目均已作答，加权得分 {overall.percent:.1f}%",
            en=f"no critical gap, all items answered, weighted score {overall.percent:.1f}%"))
    if grade >= RiskGrade.HIGH:
        reasons.append(Reason(
            zh=f"风险等级为“{grade.label('zh')}”：重要程度为“高”的条目按关键项计",
            en=f"risk grade {grade.code}: high-severity items count as critical"))
    return Score(
        overall=overall,
        themes=themes,
        verdict=verdict,
        critical_gaps=critical_gaps,
        critical_unanswered=critical_unanswered,
        pending_review=pending_review,
        drivers=drivers,
        remediation_missing=remediation_missing,
        reasons=reasons,
        effective_critical=frozenset(effective_critical),
    )
