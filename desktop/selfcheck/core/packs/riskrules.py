"""The rules a pack's risk model must keep, checked after the schema: ids used once,
thresholds that rise from 0 without overlapping, every grade reachable, a bar that never
drops as the grade rises, and floors on known factors with conditions that can hold.
Each problem names where it is (``risk_model.grades[2] (high).min_points``) and what is
wrong, in English and Chinese."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from selfcheck.core.conditions import Condition, ProfileQuestion, Satisfiability, parse_condition
from selfcheck.core.errors import Problem
from selfcheck.core.riskmodel import RiskFactor, RiskModel, default_risk_model, factor_questions

WHERE = "risk_model"


def model_factors(data: Mapping[str, Any], problems: list[Problem]) -> list[ProfileQuestion]:
    """The risk factors of the pack's model (or of the default model) as profile questions;
    factor and option ids used twice are problems."""
    raw = data.get("risk_model")
    if raw is None:
        return factor_questions(default_risk_model())
    seen: set[str] = set()
    factors = []
    for index, factor in enumerate(raw["factors"]):
        where = f"{WHERE}.factors[{index}] ({factor['id']})"
        if factor["id"] in seen:
            problems.append(Problem(f"{where}.id", "two risk factors share an id",
                                    "两个风险因素使用了相同的编号"))
        seen.add(factor["id"])
        options = [option["id"] for option in factor["options"]]
        if len(set(options)) != len(options):
            problems.append(Problem(f"{where}.options", "two options share an id",
                                    "两个选项使用了相同的编号"))
        factors.append(RiskFactor.from_trusted_dict(factor).as_question())
    return factors


def risk_model_problems(data: Mapping[str, Any], option_ids: Mapping[str, tuple[str, ...]],
                        checker: Satisfiability | None, problems: list[Problem]) -> None:
    """Every problem of the pack's risk model (nothing when it has none)."""
    raw = data.get("risk_model")
    if raw is None:
        return
    grade_ids = _grade_problems(raw["grades"], problems)
    floor_grades: set[str] = set()
    for index, floor in enumerate(raw["floors"]):
        where = f"{WHERE}.floors[{index}]"
        if floor["grade"] not in grade_ids:
            problems.append(Problem(f"{where}.grade", f"unknown grade {floor['grade']!r}; the "
                                    f"model's grades: {', '.join(grade_ids)}",
                                    f"未定义的风险等级 {floor['grade']!r}；该模型的等级："
                                    f"{'、'.join(grade_ids)}"))
        condition, found = parse_condition(floor["when"], f"{where}.when", option_ids)
        problems.extend(found)
        if condition is not None and _can_hold(condition, checker, f"{where}.when", problems):
            floor_grades.add(floor["grade"])
    if not any(p.where.startswith(WHERE) for p in problems):
        _reachability_problems(raw, floor_grades, problems)


def _grade_problems(grades: Sequence[Mapping[str, Any]], problems: list[Problem]) -> list[str]:
    ids: list[str] = []
    previous: Mapping[str, Any] | None = None
    for index, grade in enumerate(grades):
        where = f"{WHERE}.grades[{index}] ({grade['id']})"
        if grade["id"] in ids:
            problems.append(Problem(f"{where}.id", "two grades share an id",
                                    "两个风险等级使用了相同的编号"))
        ids.append(grade["id"])
        severities = grade["critical_severities"]
        if "critical" not in severities or len(set(severities)) != len(severities):
            problems.append(Problem(f"{where}.critical_severities", "critical items count as "
                                    "critical at every grade: list \"critical\", each severity "
                                    "once", "关键项在任何等级下都按关键项计：须列出“critical”，"
                                    "且每个严重程度只列一次"))
        if index == 0 and grade["min_points"] != 0:
            problems.append(Problem(f"{where}.min_points", "the lowest grade starts at 0 points "
                                    "(otherwise a small total has no grade)",
                                    "最低等级应从 0 分开始（否则较低的合计分没有对应等级）"))
        if previous is not None:
            _step_problems(previous, grade, where, problems)
        previous = grade
    return ids


def _step_problems(lower: Mapping[str, Any], grade: Mapping[str, Any], where: str,
                   problems: list[Problem]) -> None:
    """A grade must start above the grade below it and may not lower the bar."""
    if grade["min_points"] <= lower["min_points"]:
        problems.append(Problem(
            f"{where}.min_points", f"overlapping thresholds: {grade['min_points']} points is "
            f"not above the {lower['min_points']} of grade {lower['id']!r}; list the grades "
            "lowest first with rising thresholds",
            f"分数线重叠：{grade['min_points']} 分不高于等级 {lower['id']!r} 的 "
            f"{lower['min_points']} 分；请按从低到高排列等级，分数线逐级升高"))
    if not set(lower["critical_severities"]) <= set(grade["critical_severities"]) or (
            lower["evidence_required"] and not grade["evidence_required"]):
        problems.append(Problem(
            f"{where}.critical_severities", f"a higher grade may not lower the bar: grade "
            f"{grade['id']!r} counts fewer severities as critical, or drops the evidence rule, "
            f"compared with {lower['id']!r}",
            f"更高的等级不能降低要求：与等级 {lower['id']!r} 相比，等级 {grade['id']!r} "
            "按关键项计的严重程度更少，或取消了证据要求"))


def _can_hold(condition: Condition, checker: Satisfiability | None, where: str,
              problems: list[Problem]) -> bool:
    if checker is None:
        return True
    result = checker.check(condition)
    if result is None:
        problems.append(Problem(where, "the condition reads too many questions to check "
                                "(more than 4,096 combinations of answers)",
                                "条件涉及的问题过多，无法校验（答案组合超过 4096 种）"))
    elif not result:
        problems.append(Problem(where, "contradictory condition: it holds for no profile, so "
                                "the floor would never apply",
                                "条件自相矛盾：任何画像都不满足，该下限规则永远不会生效"))
    return bool(result)


def achievable_totals(model: RiskModel) -> set[int]:
    """Every total of points some profile scores."""
    totals = {0}
    for factor in model.factors:
        totals = {total + option.points for total in totals for option in factor.options}
    return totals


def _reachability_problems(raw: Mapping[str, Any], floor_grades: set[str],
                           problems: list[Problem]) -> None:
    model = RiskModel.from_trusted_dict(raw)
    totals = achievable_totals(model)
    for index, grade in enumerate(model.grades):
        upper = model.grades[index + 1].min_points if index + 1 < len(model.grades) else None
        band = [t for t in totals if t >= grade.min_points and (upper is None or t < upper)]
        if band or grade.id in floor_grades:
            continue
        low, high = grade.min_points, None if upper is None else upper - 1
        span = (f"{low} or more" if high is None else str(low) if high == low
                else f"{low}–{high}")
        span_zh = (f"{low} 分或以上" if high is None else f"{low} 分" if high == low
                   else f"{low}–{high} 分")
        problems.append(Problem(
            f"{WHERE}.grades[{index}] ({grade.id})",
            f"unreachable grade: no profile scores {span} points (the totals possible are "
            f"{min(totals)}–{max(totals)}) and no floor raises to it",
            f"等级永远不会给出：没有任何画像的合计分为 {span_zh}（可能的合计分为 "
            f"{min(totals)}–{max(totals)} 分），也没有下限规则提升到该等级"))
