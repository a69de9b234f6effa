"""Risk grading (§6.3(a)): points, base grades and floors."""

from __future__ import annotations

import pytest

from selfcheck.core.risk import RiskGrade, grade_profile

from .conftest import make_profile


@pytest.mark.parametrize(
    ("profile", "points", "grade"),
    [
        (dict(criticality="low", autonomy="advises", people="under-100", data="public"), 0,
         RiskGrade.LOW),
        (dict(criticality="medium", autonomy="acts-with-approval", people="100-10k",
              data="public"), 3, RiskGrade.LOW),
        (dict(criticality="medium", autonomy="acts-with-approval", people="100-10k",
              data="internal"), 4, RiskGrade.MEDIUM),
        (dict(criticality="high", autonomy="acts-with-approval", people="10k-1m",
              data="personal"), 7, RiskGrade.HIGH),
        (dict(criticality="high", autonomy="acts-with-approval", people="over-1m",
              data="personal"), 8, RiskGrade.HIGH),
        (dict(criticality="high", autonomy="acts", people="over-1m", data="personal"), 10,
         RiskGrade.VERY_HIGH),
    ],
)
def test_base_grade_from_points(profile: dict[str, str], points: int, grade: RiskGrade) -> None:
    result = grade_profile(make_profile(**profile))
    assert result.points == points
    assert result.grade is grade


def test_critical_scenario_is_at_least_high() -> None:
    result = grade_profile(make_profile("critical", "advises", "under-100", "public"))
    assert result.points == 3
    assert result.grade is RiskGrade.HIGH
    assert any("critical scenario" in r.en for r in result.reasons)


def test_sensitive_data_is_at_least_high() -> None:
    result = grade_profile(make_profile("low", "advises", "under-100", "sensitive"))
    assert result.grade is RiskGrade.HIGH


def test_acting_alone_in_a_high_scenario_is_at_least_high() -> None:
    result = grade_profile(make_profile("high", "acts", "under-100", "public"))
    assert result.points == 5
    assert result.grade is RiskGrade.HIGH


def test_acting_alone_in_a_critical_scenario_is_very_high() -> None:
    result = grade_profile(make_profile("critical", "acts", "under-100", "public"))
    assert result.grade is RiskGrade.VERY_HIGH


def test_reasons_explain_every_factor_in_both_languages() -> None:
    result = grade_profile(make_profile())
    assert len(result.reasons) == 5
    assert all(r.zh and r.en for r in result.reasons)
    assert "分" in result.reasons[0].zh
