"""The risk model as data: the default four-factor, four-grade model gives the same grade,
points and reasons as the program's code did before the model became data (kept below as
the oracle), for every profile; the model in aisgf-key-sector v3 is that model."""

from __future__ import annotations

import itertools
import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from selfcheck.core.errors import PackValidationError
from selfcheck.core.packs.source import load_pack_dir
from selfcheck.core.risk import (
    Autonomy,
    Criticality,
    DataSensitivity,
    PeopleAffected,
    RiskGrade,
    RiskProfile,
    grade_profile,
)
from selfcheck.core.riskmodel import RiskModel, default_risk_model

from .pack_helpers import REAL

REPO = Path(__file__).resolve().parents[1]

# --- the oracle: the grading code as it was before the model became data ---------------------

_ORACLE_POINTS: dict[str, int] = {
    Criticality.LOW: 0, Criticality.MEDIUM: 1, Criticality.HIGH: 2, Criticality.CRITICAL: 3,
    Autonomy.ADVISES: 0, Autonomy.ACTS_WITH_APPROVAL: 1, Autonomy.ACTS: 3,
    PeopleAffected.FEW: 0, PeopleAffected.HUNDREDS: 1, PeopleAffected.MANY: 2,
    PeopleAffected.POPULATION: 3,
    DataSensitivity.PUBLIC: 0, DataSensitivity.INTERNAL: 1, DataSensitivity.PERSONAL: 2,
    DataSensitivity.SENSITIVE: 3,
}
_ORACLE_FACTORS = {"criticality": ("场景关键程度", "Scenario criticality"),
                   "autonomy": ("自主程度", "Degree of autonomy"),
                   "people_affected": ("受影响人数", "People affected"),
                   "data_sensitivity": ("数据敏感程度", "Data sensitivity")}
_ORACLE_CHOICES: dict[str, tuple[str, str]] = {
    Criticality.LOW: ("低：出错只造成轻微不便", "Low: an error causes minor inconvenience"),
    Criticality.MEDIUM: ("中：出错影响业务效率或服务质量",
                         "Medium: an error harms efficiency or service quality"),
    Criticality.HIGH: ("高：出错影响公民权益或重要业务",
                       "High: an error harms citizens' rights or essential business"),
    Criticality.CRITICAL: ("极高：出错可能危及生命健康或公共安全",
                           "Critical: an error may endanger life, health or public safety"),
    Autonomy.ADVISES: ("仅提供建议，由人决定", "Advises only; a person decides"),
    Autonomy.ACTS_WITH_APPROVAL: ("经人批准后执行", "Acts after a person approves"),
    Autonomy.ACTS: ("自动执行，无需逐次批准", "Acts by itself, without approval each time"),
    PeopleAffected.FEW: ("少于100人", "Fewer than 100 people"),
    PeopleAffected.HUNDREDS: ("100至1万人", "100 to 10,000 people"),
    PeopleAffected.MANY: ("1万至100万人", "10,000 to 1 million people"),
    PeopleAffected.POPULATION: ("超过100万人", "More than 1 million people"),
    DataSensitivity.PUBLIC: ("公开数据", "Public data"),
    DataSensitivity.INTERNAL: ("内部工作数据", "Internal working data"),
    DataSensitivity.PERSONAL: ("个人信息", "Personal information"),
    DataSensitivity.SENSITIVE: ("敏感个人信息、重要数据或涉密信息",
                                "Sensitive personal information, important data or state "
                                "secrets"),
}
_ORACLE_GRADES = {RiskGrade.LOW: ("低", "Low"), RiskGrade.MEDIUM: ("中", "Medium"),
                  RiskGrade.HIGH: ("高", "High"), RiskGrade.VERY_HIGH: ("很高", "Very high")}


def oracle(profile: RiskProfile) -> tuple[RiskGrade, int, list[tuple[str, str]]]:
    """Grade, points and reasons (zh, en) exactly as the code before did."""
    reasons: list[tuple[str, str]] = []
    points = 0
    for name in ("criticality", "autonomy", "people_affected", "data_sensitivity"):
        value = getattr(profile, name)
        gained = _ORACLE_POINTS[value]
        points += gained
        fzh, fen = _ORACLE_FACTORS[name]
        vzh, ven = _ORACLE_CHOICES[value]
        reasons.append((f"{fzh}：{vzh}（{gained}分）", f"{fen}: {ven} ({gained} pt)"))
    grade = (RiskGrade.VERY_HIGH if points >= 10 else RiskGrade.HIGH if points >= 7
             else RiskGrade.MEDIUM if points >= 4 else RiskGrade.LOW)
    bzh, ben = _ORACLE_GRADES[grade]
    reasons.append((f"合计{points}分（满分12分），基础等级：{bzh}",
                    f"Total {points} of 12 points: base grade {ben}"))
    acts_alone = profile.autonomy is Autonomy.ACTS
    high_scene = profile.criticality in (Criticality.HIGH, Criticality.CRITICAL)
    floors: list[tuple[RiskGrade, tuple[str, str]]] = []
    if profile.criticality is Criticality.CRITICAL:
        floors.append((RiskGrade.HIGH, ("场景关键程度为极高，等级至少为高",
                                        "A critical scenario is graded at least High")))
    if profile.data_sensitivity is DataSensitivity.SENSITIVE:
        floors.append((RiskGrade.HIGH, ("涉及敏感个人信息、重要数据或涉密信息，等级至少为高",
                                        "Sensitive data is graded at least High")))
    if acts_alone and high_scene:
        floors.append((RiskGrade.HIGH, (
            "在高关键场景中自动执行，等级至少为高",
            "An AI acting by itself in a high or critical scenario is graded at least High")))
    if acts_alone and profile.criticality is Criticality.CRITICAL:
        floors.append((RiskGrade.VERY_HIGH, (
            "在极高关键场景中自动执行，等级为很高",
            "An AI acting by itself in a critical scenario is graded Very high")))
    for floor, reason in floors:
        if floor > grade:
            grade = floor
            reasons.append(reason)
    return grade, points, reasons


ALL_PROFILES = [RiskProfile(*values) for values in itertools.product(
    Criticality, Autonomy, PeopleAffected, DataSensitivity)]

profiles = st.builds(RiskProfile, st.sampled_from(Criticality), st.sampled_from(Autonomy),
                     st.sampled_from(PeopleAffected), st.sampled_from(DataSensitivity))


def _check(profile: RiskProfile, model: RiskModel) -> None:
    grade, points, reasons = oracle(profile)
    result = model.assess(profile.to_dict())
    assert (result.grade.id, result.points) == (grade.code, points), profile
    assert [(r.zh, r.en) for r in result.reasons] == reasons, profile
    legacy = grade_profile(profile)
    assert (legacy.grade, legacy.points) == (grade, points)
    assert [(r.zh, r.en) for r in legacy.reasons] == reasons


@settings(max_examples=400, deadline=None)
@given(profiles)
def test_the_data_model_grades_as_the_code_did(profile: RiskProfile) -> None:
    _check(profile, default_risk_model())


def test_every_one_of_the_192_profiles() -> None:
    assert len(ALL_PROFILES) == 192
    for profile in ALL_PROFILES:
        _check(profile, default_risk_model())


def test_the_grade_raises_the_bar_as_before() -> None:
    """From high upwards high-severity items count as critical; at very high a critical
    item implemented without evidence is a gap."""
    model = default_risk_model()
    for grade in model.grades:
        at_least_high = grade.rank >= model.grade("high").rank
        assert grade.counts_as_critical("critical")
        assert grade.counts_as_critical("high") is at_least_high
        assert not grade.counts_as_critical("medium")
        assert grade.evidence_required is (grade.id == "very-high")


def test_v3_and_the_government_pack_carry_the_same_model() -> None:
    default = default_risk_model()
    for folder in (REAL / "v3", REPO / "checklists" / "gov-llm-deployment" / "v1"):
        pack = load_pack_dir(folder)
        assert pack.risk_model == default, folder
    for version in ("v1", "v2"):
        pack = load_pack_dir(REAL / version)
        assert pack.risk_model is None and pack.effective_risk_model == default


def test_the_default_file_is_a_valid_pack_risk_model() -> None:
    """The shipped default passes the same validation as a pack's own model."""
    from selfcheck.core.packs.source import validate_pack_data

    from .test_pack_sources import cond_data

    data = cond_data()
    data["risk_model"] = json.loads(
        (REPO / "resources" / "risk" / "aisgf-1.0-four-factor.json").read_text("utf-8"))
    assert validate_pack_data(data, "pack").risk_model == default_risk_model()


# --- a pack's own risk model ---------------------------------------------------------------

def custom_model() -> dict[str, Any]:
    """Two factors, three grades; a floor reads one of the pack's own questions."""
    def text(zh: str, en: str) -> dict[str, str]:
        return {"zh": zh, "en": en}

    return {
        "id": "test-three-grades", "title": text("测试用三级模型", "Three-grade test model"),
        "factors": [
            {"id": "impact", "label": text("影响", "Impact"),
             "options": [{"id": "minor", "label": text("轻微", "Minor"), "points": 0},
                         {"id": "major", "label": text("重大", "Major"), "points": 5}]},
            {"id": "scale", "label": text("范围", "Scale"),
             "options": [{"id": "local", "label": text("本地", "Local"), "points": 0},
                         {"id": "national", "label": text("全国", "National"), "points": 3}]}],
        "grades": [
            {"id": "ordinary", "label": text("一般", "Ordinary"), "min_points": 0,
             "critical_severities": ["critical"], "evidence_required": False},
            {"id": "elevated", "label": text("较大", "Elevated"), "min_points": 3,
             "critical_severities": ["critical", "high"], "evidence_required": False},
            {"id": "severe", "label": text("重大", "Severe"), "min_points": 8,
             "critical_severities": ["critical", "high", "medium"], "evidence_required": True}],
        "floors": [
            {"when": {"all": [{"question": "impact", "is": "major"},
                              {"question": "agents", "is": "yes"}]},
             "grade": "severe", "reason": text("重大影响且智能体自动执行，等级为重大",
                                               "Major impact with agents acting: Severe")}],
    }


def custom_data() -> dict[str, Any]:
    from .test_pack_sources import cond_data

    data = cond_data()
    data["risk_model"] = custom_model()
    return data


def test_a_pack_model_grades_and_raises_the_bar_as_its_data_says() -> None:
    from selfcheck.core.answers import Answer, Status
    from selfcheck.core.model import Sector
    from selfcheck.core.packs.source import validate_pack_data
    from selfcheck.core.scoring import Verdict, score_assessment

    pack = validate_pack_data(custom_data(), "pack")
    model = pack.effective_risk_model
    assert model.id == "test-three-grades" and model.max_points == 8
    base = {"genai": "yes", "agents": "no", "level": "city"}
    assert model.assess({**base, "impact": "minor", "scale": "national"}).grade.id == "elevated"
    severe = model.assess({**base, "impact": "major", "scale": "local", "agents": "yes"})
    assert severe.grade.id == "severe" and severe.points == 5
    assert severe.reasons[-1].en == "Major impact with agents acting: Severe"
    assert severe.reasons[-2].en == "Total 5 of 8 points: base grade Elevated"
    answers = {i.id: Answer(i.id, Status.IMPLEMENTED, evidence="doc") for i in pack.items}
    answers["GN-03"] = Answer("GN-03", Status.PARTIAL, justification="half")  # medium
    profile = {**base, "impact": "major", "scale": "local", "agents": "yes"}
    score = score_assessment(pack, Sector.GOVERNMENT, severe.grade, answers, profile)
    assert "GN-03" not in score.effective_critical  # does not apply at this level
    county = {**profile, "level": "county"}
    score = score_assessment(pack, Sector.GOVERNMENT, severe.grade, answers, county)
    assert "GN-03" in score.effective_critical and score.verdict is Verdict.NOT_MET
    answers["GN-03"] = Answer("GN-03", Status.IMPLEMENTED)  # no evidence at grade severe
    score = score_assessment(pack, Sector.GOVERNMENT, severe.grade, answers, county)
    assert [g.item_id for g in score.critical_gaps] == ["GN-03"]


def test_an_assessment_states_which_model_graded_it(app_paths: Any, tmp_path: Path) -> None:
    from selfcheck.core.collection import Collection
    from selfcheck.core.errors import UsageError

    folder = tmp_path / "packs" / "cond-pack" / "v1"
    folder.mkdir(parents=True)
    data = custom_data()
    items = data.pop("items")
    (folder / "pack.json").write_text(json.dumps(data, ensure_ascii=False), "utf-8")
    (folder / "items.json").write_text(json.dumps(items, ensure_ascii=False), "utf-8")
    with Collection.open(app_paths, install_builtin=False) as collection:
        collection.packs.install_builtin(tmp_path / "packs")
        answers = {"impact": "major", "scale": "national", "genai": "no", "level": "city"}
        new_id = collection.new_assessment(pack_id="cond-pack", organisation="O",
                                           system_name="S", sector="cii",
                                           profile_answers=answers)
        assessment = collection.assessment(new_id)
        assert assessment.grade.id == "severe" and assessment.profile is None
        risk = collection.reports.results(new_id)["risk"]
        assert (risk["model"], risk["grade"], risk["label_zh"], risk["max_points"]) == (
            "test-three-grades", "severe", "重大", 8)
        with pytest.raises(UsageError, match="unknown profile question"):
            collection.new_assessment(pack_id="cond-pack", organisation="O", system_name="S",
                                      sector="cii", profile_answers={**answers,
                                                                     "criticality": "low"})
        change = collection.change_profile(new_id, profile_answers={"scale": "local"})
        assert (change.grade_before.id, change.grade_after.id) == ("severe", "elevated")


def _bad(change: Any) -> PackValidationError:
    from selfcheck.core.packs.source import validate_pack_data

    data = custom_data()
    change(data["risk_model"], data)
    with pytest.raises(PackValidationError) as caught:
        validate_pack_data(data, "pack")
    error = caught.value
    assert "\n" not in error.message and error.message_zh and "\n" not in error.message_zh
    return error


@pytest.mark.parametrize(("change", "where", "words"), [
    (lambda m, d: m["grades"][2].update(min_points=3),
     "risk_model.grades[2] (severe).min_points", "overlapping thresholds"),
    (lambda m, d: m["grades"][0].update(min_points=1),
     "risk_model.grades[0] (ordinary).min_points", "starts at 0 points"),
    (lambda m, d: (m["grades"][2].update(min_points=20), m.update(floors=[])),
     "risk_model.grades[2] (severe)", "unreachable grade: no profile scores 20 or more"),
    (lambda m, d: (m["grades"].insert(2, {**m["grades"][1], "id": "between",
                                           "min_points": 6}),),
     "risk_model.grades[2] (between)", "unreachable grade: no profile scores 6–7"),
    (lambda m, d: m["grades"][1]["label"].pop("en"),
     "risk_model.grades[1] (elevated).label.en", "Field required"),
    (lambda m, d: m["factors"][0]["options"][1].update(points=1000),
     "risk_model.factors[0] (impact).options[1] (major).points", "less than or equal to 100"),
    (lambda m, d: m["factors"].extend([dict(m["factors"][1], id=f"f{n}") for n in range(8)]),
     "risk_model.factors", "at most 8"),
    (lambda m, d: m["grades"].extend([dict(m["grades"][2], id=f"g{n}", min_points=9 + n)
                                      for n in range(9)]),
     "risk_model.grades", "at most 10"),
    (lambda m, d: m["floors"][0].update(grade="catastrophic"),
     "risk_model.floors[0].grade", "unknown grade 'catastrophic'"),
    (lambda m, d: m["floors"][0].update(when={"question": "impactt", "is": "major"}),
     "risk_model.floors[0].when.question", "unknown question 'impactt'"),
    (lambda m, d: m["floors"][0].update(when={"all": [{"question": "impact", "is": "major"},
                                                      {"question": "impact", "is": "minor"}]}),
     "risk_model.floors[0].when", "contradictory condition"),
    (lambda m, d: m["grades"][1].update(critical_severities=["high"]),
     "risk_model.grades[1] (elevated).critical_severities", "list \"critical\""),
    (lambda m, d: m["grades"][2].update(critical_severities=["critical"]),
     "risk_model.grades[2] (severe).critical_severities", "may not lower the bar"),
    (lambda m, d: m["grades"][2].update(id="elevated"),
     "risk_model.grades[2] (elevated).id", "two grades share an id"),
    (lambda m, d: m["factors"][1].update(id="impact"),
     "risk_model.factors[1] (impact).id", "two risk factors share an id"),
    (lambda m, d: d["profile_questions"][0].update(id="scale"),
     "profile_questions[0] (scale).id", "is a risk factor's"),
])
def test_bad_risk_models_are_refused(change: Any, where: str, words: str) -> None:
    error = _bad(change)
    assert f"pack: {where}: " in error.message, error.message
    assert words in error.message, error.message
    assert error.message_zh.startswith(f"pack：{where}：")


@pytest.mark.parametrize(("change", "zh"), [
    (lambda m, d: (m["grades"][2].update(min_points=20), m.update(floors=[])),
     "没有任何画像的合计分为 20 分或以上"),
    (lambda m, d: (m["grades"].insert(2, {**m["grades"][1], "id": "between",
                                           "min_points": 6}),),
     "没有任何画像的合计分为 6–7 分"),
])
def test_unreachable_grades_in_chinese(change: Any, zh: str) -> None:
    message = _bad(change).message_zh or ""
    assert zh in message and "or more" not in message, message


def test_items_may_apply_on_a_risk_factor() -> None:
    """Conditions read the risk factors like any profile question (e.g. an AI that acts)."""
    from selfcheck.core.model import Sector
    from selfcheck.core.packs.source import validate_pack_data

    data = custom_data()
    data["items"][0]["applies_if"] = {"question": "impact", "is": "major"}
    pack = validate_pack_data(data, "pack")
    assert pack.item("GN-01").applies(Sector.CII, {"impact": "major"})
    assert not pack.item("GN-01").applies(Sector.CII, {"impact": "minor"})
