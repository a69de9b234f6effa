"""What the register reads from results.json: a real document gives its facts; every
malformed field is refused with its path (the signer's tool may not be ours)."""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from typing import Any

import pytest

from selfcheck.core.answers import Status
from selfcheck.core.collection import Collection
from selfcheck.core.review.facts import ResultsShapeError, report_facts
from selfcheck.core.scoring import Verdict

from .conftest import make_profile
from .review_support import A_V1, answer


@pytest.fixture
def results(mini_collection: Collection) -> dict[str, Any]:
    assessment = mini_collection.new_assessment(
        pack_id="mini-pack", organisation="某市交通运输局", system_name="热线助手",
        sector="government", profile=make_profile("high"), assessor="王芳")
    answer(mini_collection, assessment, A_V1)
    document = mini_collection.reports.results(assessment)
    return dict(json.loads(json.dumps(document)))  # as read back from results.json


def test_the_facts_of_a_real_results_document(results: dict[str, Any]) -> None:
    facts = report_facts(results)
    assert (facts.organisation, facts.system_name, facts.sector) == (
        "某市交通运输局", "热线助手", "government")
    assert facts.uid == results["assessment"]["uid"]
    assert facts.verdict is Verdict.NOT_MET
    assert facts.risk_grade.code == results["risk"]["grade"]
    assert [gap.item for gap in facts.critical_gaps] == [
        g["item"] for g in results["score"]["critical_gaps"]]
    assert facts.statuses["HO-01"] is Status.NOT_IMPLEMENTED
    assert facts.items == 6 and facts.unanswered == 0
    assert {t.theme for t in facts.themes} == set(results["score"]["themes"])
    assert facts.pack_id == "mini-pack" and facts.pack_version == 1
    assert facts.generated_at == "" and facts.language == ""  # no report section here


def _set(path: str, value: Any) -> Callable[[dict[str, Any]], None]:
    def change(document: dict[str, Any]) -> None:
        *parents, last = path.split(".")
        target: Any = document
        for key in parents:
            target = target[int(key)] if key.isdigit() else target[key]
        if value is KeyError:
            del target[last]
        else:
            target[int(last) if last.isdigit() else last] = value
    return change


@pytest.mark.parametrize(("change", "where"), [
    (_set("assessment", KeyError), "assessment"),
    (_set("assessment.uid", 7), "assessment.uid"),
    (_set("assessment.organisation", "  "), "assessment.organisation"),
    (_set("assessment.organisation", "局\x1b[31m"), "assessment.organisation"),
    (_set("assessment.system_name", "x" * 1001), "assessment.system_name"),
    (_set("risk.grade", "extreme"), "risk.grade"),
    (_set("score.verdict", "passed"), "score.verdict"),
    (_set("score.overall.percent", 100.5), "score.overall.percent"),
    (_set("score.overall.percent", float("nan")), "score.overall.percent"),
    (_set("score.overall.items", True), "score.overall.items"),
    (_set("score.overall.answered", 99), "score.overall.answered"),
    (_set("score.critical_gaps.0.severity", "huge"), "score.critical_gaps[0].severity"),
    (_set("score.critical_gaps.0.status", "maybe"), "score.critical_gaps[0].status"),
    (_set("score.critical_gaps.0.item", ["HO-01"]), "score.critical_gaps[0].item"),
    (_set("score.pending_review", "HO-01"), "score.pending_review"),
    (_set("score.themes", []), "score.themes"),
    (_set("answers.0.status", "yes"), "answers[0].status"),
    (_set("answers.1.item", "HO-01"), "answers[1].item"),  # the same item twice
    (_set("assessment.pack.version", -1), "assessment.pack.version"),
])
def test_malformed_fields_are_refused_with_their_path(results: dict[str, Any],
                                                      change: Callable[[dict[str, Any]], None],
                                                      where: str) -> None:
    document = copy.deepcopy(results)
    change(document)
    with pytest.raises(ResultsShapeError) as refused:
        report_facts(document)
    assert refused.value.where == where
    assert where in str(refused.value) and where in refused.value.zh
