"""The typed results: built in one place, serialised to the selfcheck-results/1 document
(whose keys are pinned here), and read back strictly with errors that name the field."""

from __future__ import annotations

import copy
import datetime as dt
import json
import re
from pathlib import Path
from typing import Any

import pytest

from selfcheck.core.answers import Answer, Status
from selfcheck.core.collection import Collection
from selfcheck.core.reports.data import results_document, results_json_bytes
from selfcheck.core.reports.results import (
    Results,
    ResultsFormatError,
    parse_results,
    results_to_dict,
)
from selfcheck.core.scoring import GapReason, ReasonCode

from .conftest import REAL_PACK_ID, make_profile
from .report_support import fill_answers

#: The keys of the document, as before the typed data (plus the reason records and codes,
#: and the sign-off).
TOP_KEYS = {"format", "program_version", "assessment", "profile", "risk", "score", "answers",
            "audit_chain_head"}
HEADER_KEYS = {"id", "uid", "organisation", "system_name", "system_description", "sector",
               "assessor", "created_at", "updated_at", "archived", "superseded_by",
               "upgraded_from", "pack", "sign_off"}
SCORE_KEYS = {"verdict", "reasons", "reasons_zh", "reason_records", "overall", "themes",
              "critical_gaps", "critical_unanswered", "pending_review", "drivers",
              "remediation_missing", "effectively_critical_items"}
TALLY_KEYS = {"items", "answered", "counts", "weighted_earned", "weighted_possible", "percent",
              "progress_percent"}
ANSWER_KEYS = {"item", "status", "justification", "evidence", "attachments",
               "remediation_owner", "remediation_due", "flagged", "needs_review", "updated_at"}


@pytest.fixture
def graded(collection: Collection, tmp_path: Path) -> int:
    """An assessment at grade high with gaps, drivers, attachments and a re-review."""
    assessment_id = collection.new_assessment(
        pack_id=REAL_PACK_ID, pack_version=1, organisation="Test Bureau",
        system_name="Case triage", sector="government", assessor="Tester",
        profile=make_profile("high", "acts-with-approval", "10k-1m", "personal"))
    fill_answers(collection, assessment_id, tmp_path / "evidence")
    first = collection.assessment(assessment_id).items[0]
    collection.save_answer(assessment_id, collection.answers(assessment_id)[first.id]
                           .with_changes(needs_review=True))
    return assessment_id


def test_the_document_keeps_its_keys_and_types(collection: Collection, graded: int) -> None:
    document = collection.reports.results(graded)
    assert set(document) == TOP_KEYS
    assert set(document["assessment"]) == HEADER_KEYS
    assert set(document["assessment"]["pack"]) == {"pack_id", "version", "label",
                                                   "content_sha256"}
    assert set(document["profile"]) == {"criticality", "autonomy", "people_affected",
                                        "data_sensitivity"}
    assert set(document["risk"]) == {"grade", "points", "reasons_en", "reasons_zh", "model",
                                     "label_zh", "label_en", "max_points"}
    assert document["risk"]["model"] == "aisgf-1.0-four-factor"  # which model gave the grade
    assert (document["risk"]["label_zh"], document["risk"]["max_points"]) == ("高", 12)
    score = document["score"]
    assert set(score) == SCORE_KEYS
    assert set(score["overall"]) == TALLY_KEYS
    assert set(score["overall"]["counts"]) == {s.value for s in Status}
    assert all(set(t) == TALLY_KEYS for t in score["themes"].values())
    assert score["critical_gaps"] and score["drivers"]
    for gap in score["critical_gaps"]:
        assert set(gap) == {"item", "theme", "severity", "status", "reason", "reason_code"}
        assert gap["reason"] == f"critical item {gap['status']}"
    for driver in score["drivers"]:
        assert set(driver) == {"item", "status", "severity", "lost_weight", "reason",
                               "reason_code"}
        assert isinstance(driver["lost_weight"], float)
    shortfall = [d for d in score["drivers"] if d["reason_code"] == GapReason.SHORTFALL]
    assert shortfall and all(d["reason"] == f"{d['severity']} item {d['status']}"
                             for d in shortfall)
    assert [r["code"] for r in score["reason_records"]] == [
        ReasonCode.CRITICAL_GAPS, ReasonCode.GRADE_RAISES_BAR]
    assert set(score["reason_records"][0]) == {"code", "items", "values"}
    assert score["reason_records"][0]["items"] == [g["item"] for g in score["critical_gaps"]]
    assert document["risk"]["grade"] == "high" and document["assessment"]["archived"] is False
    for answer in document["answers"]:
        assert set(answer) == ANSWER_KEYS
        for attachment in answer["attachments"]:
            assert set(attachment) == {"file_name", "sha256", "size"}
    due = [a["remediation_due"] for a in document["answers"] if a["remediation_due"]]
    assert due and all(dt.date.fromisoformat(d) for d in due)


def test_typed_results_and_the_document_convert_both_ways(collection: Collection,
                                                          graded: int) -> None:
    typed = collection.reports.typed_results(graded)
    document = results_to_dict(typed)
    assert document == collection.reports.results(graded)
    assert parse_results(document) == typed
    assert results_to_dict(parse_results(json.loads(json.dumps(document)))) == document
    # a report's results.json (with its report section) reads back too
    data = collection.reports.data(graded, marking="内部")
    report_document = json.loads(results_json_bytes(data, "zh"))
    parsed = parse_results(report_document)
    assert parsed.report is not None and parsed.report.marking == "内部"
    assert results_to_dict(parsed) == results_document(data, "zh")


def _document(collection: Collection, graded: int) -> dict[str, Any]:
    return json.loads(json.dumps(collection.reports.results(graded)))


@pytest.mark.parametrize(("change", "field", "problem"), [
    (lambda d: d["score"]["overall"].pop("percent"), "score.overall.percent", "missing"),
    (lambda d: d["assessment"].update(colour="red"), "assessment.colour", "unknown field"),
    (lambda d: d["answers"][2].update(status="done"), "answers[2].status", "must be one of"),
    (lambda d: d["score"]["overall"]["counts"].pop("partial"), "score.overall.counts.partial",
     "missing"),
    (lambda d: d["score"]["themes"].update(x=[]), "score.themes.x", "must be a JSON object"),
    (lambda d: d["risk"].update(grade="extreme"), "risk.grade", "unknown risk grade"),
    (lambda d: d["assessment"].update(archived=0), "assessment.archived", "must be true or false"),
    (lambda d: d["assessment"]["pack"].update(version=True), "assessment.pack.version",
     "must be a whole number"),
    (lambda d: d["answers"][0].update(remediation_due="31.12.2030"),
     "answers[0].remediation_due", "must be a date"),
    (lambda d: d["score"]["reason_records"][0].update(code="luck"),
     "score.reason_records[0].code", "must be one of"),
    (lambda d: d["score"]["reason_records"][0]["values"].update(count=[1]),
     "score.reason_records[0].values.count", "must be"),
    (lambda d: d.pop("audit_chain_head"), "audit_chain_head", "missing"),
])
def test_the_parser_names_the_field_that_does_not_fit(collection: Collection, graded: int,
                                                      change: Any, field: str,
                                                      problem: str) -> None:
    document = _document(collection, graded)
    change(document)
    with pytest.raises(ResultsFormatError) as caught:
        parse_results(document)
    assert f"{field}: {problem}" in caught.value.message
    chinese = caught.value.message_zh or ""
    assert f"{field}：" in chinese
    assert re.search(r"[\u4e00-\u9fff]", chinese.split(f"{field}：", 1)[1])  # said in Chinese


def test_the_parser_wants_the_format(collection: Collection, graded: int) -> None:
    document = _document(collection, graded)
    document["format"] = "selfcheck-results/2"
    with pytest.raises(ResultsFormatError, match="format"):
        parse_results(document)
    with pytest.raises(ResultsFormatError, match="must be a JSON object"):
        parse_results([document])


def test_documents_from_before_the_reason_records_are_read(collection: Collection,
                                                          graded: int) -> None:
    document = _document(collection, graded)
    older = copy.deepcopy(document)
    del older["score"]["reason_records"]
    for entry in older["score"]["critical_gaps"] + older["score"]["drivers"]:
        del entry["reason_code"]
    parsed = parse_results(older)
    assert parsed.score.reason_records == ()
    assert all(gap.reason_code is None for gap in parsed.score.critical_gaps)
    assert parsed.score.reasons == tuple(document["score"]["reasons"])
    rewritten = results_to_dict(parsed)
    assert "reason_code" not in rewritten["score"]["critical_gaps"][0]


def test_unanswered_items_are_listed_as_unanswered(collection: Collection,
                                                  assessment_id: int) -> None:
    typed: Results = collection.reports.typed_results(assessment_id)
    items = collection.assessment(assessment_id).items
    assert [a.item for a in typed.answers] == [i.id for i in items]
    assert all(a.status is Status.UNANSWERED and a.updated_at is None for a in typed.answers)
    collection.save_answer(assessment_id, Answer(item_id=items[0].id, status=Status.IMPLEMENTED))
    first = collection.reports.typed_results(assessment_id).answers[0]
    assert first.status is Status.IMPLEMENTED and first.updated_at
