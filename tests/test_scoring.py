"""Scoring rules: weights, N/A, effective criticality, gaps and the verdict."""

from __future__ import annotations

import pytest

from selfcheck.core.answers import Answer, Status
from selfcheck.core.model import Pack, Sector
from selfcheck.core.packs.source import load_pack_dir
from selfcheck.core.risk import RiskGrade
from selfcheck.core.scoring import GapReason, ReasonCode, Verdict, VerdictReason, score_assessment

from .conftest import MINI_PACKS

# mini pack: HO-01 critical, HO-02 high, HO-03 medium, MF-01 critical, MF-02 low,
# DA-01 high, DA-02 medium (cii only). Weights: critical 4, high 3, medium 2, low 1.


@pytest.fixture(scope="module")
def pack() -> Pack:
    return load_pack_dir(MINI_PACKS / "mini" / "v1")


def answers(**statuses: str) -> dict[str, Answer]:
    result = {}
    for key, status in statuses.items():
        item_id = key.replace("_", "-")
        result[item_id] = Answer(item_id=item_id, status=Status(status), justification="j",
                                 evidence="doc 1")
    return result


def all_implemented() -> dict[str, str]:
    return dict(HO_01="implemented", HO_02="implemented", HO_03="implemented",
                MF_01="implemented", MF_02="implemented", DA_01="implemented")


def score(pack: Pack, grade: RiskGrade = RiskGrade.MEDIUM,
          sector: Sector = Sector.GOVERNMENT, **statuses: str):  # type: ignore[no-untyped-def]
    return score_assessment(pack, sector, grade, answers(**statuses))


def test_sector_decides_which_items_count(pack: Pack) -> None:
    assert score(pack).overall.total == 6
    assert score(pack, sector=Sector.CII).overall.total == 7


def test_all_implemented_is_met(pack: Pack) -> None:
    result = score(pack, **all_implemented())
    assert result.verdict is Verdict.MET
    assert result.overall.percent == 100.0
    assert result.overall.count(Status.IMPLEMENTED) == 6


def test_weighted_percent_counts_partial_as_half(pack: Pack) -> None:
    statuses = all_implemented() | {"HO_03": "partial", "MF_02": "not-implemented"}
    result = score(pack, **statuses)
    # possible = 4+3+2+4+1+3 = 17; lost = 2*0.5 + 1 = 2 → 15/17
    assert result.overall.possible == 17
    assert result.overall.earned == 15
    assert result.overall.percent == pytest.approx(100 * 15 / 17)
    # 88.2 % is above the threshold, but a low item not implemented does not block "met"
    assert result.verdict is Verdict.MET


def test_not_applicable_is_left_out_of_both_sides(pack: Pack) -> None:
    statuses = all_implemented() | {"HO_02": "not-applicable"}
    result = score(pack, **statuses)
    assert result.overall.possible == 14
    assert result.overall.percent == 100.0
    assert result.verdict is Verdict.MET


def test_critical_gap_is_never_averaged_away(pack: Pack) -> None:
    statuses = all_implemented() | {"MF_01": "partial"}
    result = score(pack, **statuses)
    assert result.overall.percent > 85
    assert result.verdict is Verdict.NOT_MET
    assert [g.item_id for g in result.critical_gaps] == ["MF-01"]
    assert result.drivers[0].item_id == "MF-01"


def test_critical_gap_wins_over_incomplete(pack: Pack) -> None:
    result = score(pack, HO_01="not-implemented")
    assert result.verdict is Verdict.NOT_MET


def test_unanswered_means_incomplete(pack: Pack) -> None:
    statuses = all_implemented()
    del statuses["HO_03"]
    result = score(pack, **statuses)
    assert result.verdict is Verdict.INCOMPLETE
    assert result.overall.answered == 5
    assert result.overall.progress == pytest.approx(500 / 6)


def test_high_grade_makes_high_severity_items_critical(pack: Pack) -> None:
    statuses = all_implemented() | {"DA_01": "partial"}
    medium = score(pack, RiskGrade.MEDIUM, **statuses)
    high = score(pack, RiskGrade.HIGH, **statuses)
    assert medium.verdict is Verdict.MET
    assert "DA-01" not in medium.effective_critical
    assert high.verdict is Verdict.NOT_MET
    assert [g.item_id for g in high.critical_gaps] == ["DA-01"]


def test_high_item_not_implemented_prevents_met(pack: Pack) -> None:
    statuses = all_implemented() | {"DA_01": "not-implemented"}
    result = score(pack, RiskGrade.LOW, **statuses)
    assert result.overall.percent == pytest.approx(100 * 14 / 17)
    assert result.verdict is Verdict.PARTIALLY_MET
    assert result.reasons[-1] == VerdictReason(ReasonCode.HIGH_NOT_IMPLEMENTED, ("DA-01",),
                                               {"count": 1})


def test_below_threshold_is_partially_met(pack: Pack) -> None:
    statuses = all_implemented() | {"HO_03": "not-implemented", "MF_02": "not-implemented"}
    result = score(pack, RiskGrade.LOW, **statuses)
    assert result.overall.percent == pytest.approx(100 * 14 / 17)  # 82.4 %
    assert result.verdict is Verdict.PARTIALLY_MET


def test_very_high_grade_wants_evidence_for_critical_items(pack: Pack) -> None:
    given = answers(**all_implemented())
    given["HO-01"] = given["HO-01"].with_changes(evidence="")
    high = score_assessment(pack, Sector.GOVERNMENT, RiskGrade.HIGH, given)
    very_high = score_assessment(pack, Sector.GOVERNMENT, RiskGrade.VERY_HIGH, given)
    assert high.verdict is Verdict.MET
    assert very_high.verdict is Verdict.NOT_MET
    assert very_high.critical_gaps[0].reason is GapReason.CRITICAL_WITHOUT_EVIDENCE


def test_per_theme_tallies(pack: Pack) -> None:
    result = score(pack, HO_01="implemented", HO_02="partial", MF_01="not-implemented")
    oversight = result.themes["human-oversight"]
    assert oversight.total == 3
    assert oversight.count(Status.PARTIAL) == 1
    assert oversight.earned == pytest.approx(4 + 1.5)
    assert result.themes["manual-fallback"].percent == 0.0
    assert set(result.themes) == {"human-oversight", "manual-fallback", "data-access"}


def test_remediation_missing_is_listed(pack: Pack) -> None:
    result = score(pack, HO_02="partial")
    assert result.remediation_missing == ["HO-02"]



def test_answers_awaiting_re_review_keep_the_verdict_incomplete(pack: Pack) -> None:
    given = answers(**all_implemented())
    given["HO-03"] = given["HO-03"].with_changes(needs_review=True)
    result = score_assessment(pack, Sector.GOVERNMENT, RiskGrade.MEDIUM, given)
    assert result.verdict is Verdict.INCOMPLETE
    assert result.pending_review == ["HO-03"]
    assert result.overall.percent == 100.0
    confirmed = given | {"HO-03": given["HO-03"].with_changes(needs_review=False)}
    assert score_assessment(pack, Sector.GOVERNMENT, RiskGrade.MEDIUM, confirmed).verdict is Verdict.MET


def test_a_gap_awaiting_re_review_is_still_a_gap(pack: Pack) -> None:
    given = answers(**all_implemented())
    given["MF-01"] = given["MF-01"].with_changes(status=Status.NOT_IMPLEMENTED, needs_review=True)
    result = score_assessment(pack, Sector.GOVERNMENT, RiskGrade.MEDIUM, given)
    assert result.verdict is Verdict.NOT_MET
