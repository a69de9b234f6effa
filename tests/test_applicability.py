"""Assessments of a pack with profile questions: which items apply, and changing a profile
answer later without losing any answer."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from selfcheck.core.answers import Answer, Status
from selfcheck.core.collection import Collection
from selfcheck.core.errors import UsageError
from selfcheck.core.paths import AppPaths

from .conftest import TEST_DATA, make_profile, store_of
from .pack_helpers import build, mini_files, to_current_format, trusted_key

PACK = "cond-pack"


@pytest.fixture
def collection(app_paths: AppPaths, mini_packs: Path) -> Iterator[Collection]:
    with Collection.open(app_paths) as opened:
        opened.packs.install_builtin(TEST_DATA)  # tests/data/conditional-pack/v1
        yield opened


def create(collection: Collection, **answers: str) -> int:
    return collection.new_assessment(pack_id=PACK, organisation="Bureau", system_name="Hotline",
                                     sector="government", profile=make_profile(),
                                     profile_answers=answers)


def applying(collection: Collection, assessment_id: int) -> list[str]:
    return [item.id for item in collection.assessment(assessment_id).items]


def test_items_follow_the_profile_answers(collection: Collection) -> None:
    plain = create(collection, genai="no", level="central")
    assert applying(collection, plain) == ["GN-01", "GN-02", "GN-04"]
    county = create(collection, genai="yes", agents="yes", level="county")
    assert applying(collection, county) == ["GN-01", "GN-02", "GA-01", "GA-02", "GN-03"]
    stored = json.loads(store_of(collection).assessment(county).profile_json)
    assert stored["genai"] == "yes" and stored["criticality"] == "medium"
    assert collection.score(county).overall.total == 5


def test_a_profile_must_answer_what_the_pack_asks(collection: Collection) -> None:
    with pytest.raises(UsageError, match="answer the profile question 'level'"):
        create(collection, genai="no")
    with pytest.raises(UsageError, match="'agents' is not asked"):
        create(collection, genai="no", agents="no", level="city")


def test_changing_the_profile_keeps_every_answer(collection: Collection) -> None:
    assessment_id = create(collection, genai="yes", agents="no", level="city")
    collection.save_answer(assessment_id, Answer("GA-01", Status.IMPLEMENTED,
                                                 evidence="Handbook §3"))
    collection.save_answer(assessment_id, Answer("GN-04", Status.PARTIAL,
                                                 justification="half done"))
    before = collection.answers(assessment_id)

    change = collection.change_profile(assessment_id,
                                       profile_answers={"genai": "no", "level": "county"})
    assert change.no_longer_applying == ("GA-01", "GN-04")
    assert change.now_applying == ("GN-03",)
    assert collection.answers(assessment_id) == before  # nothing removed
    assessment = collection.assessment(assessment_id)
    assert [i.id for i in assessment.items_not_applying] == ["GA-01", "GA-02", "GN-04"]
    score = collection.score(assessment_id)
    assert score.overall.total == 3 and score.overall.count(Status.IMPLEMENTED) == 0
    with pytest.raises(UsageError, match="does not apply with the assessment's profile"):
        collection.set_answer(assessment_id, "GA-01", Status.NOT_IMPLEMENTED,
                              justification="x")

    collection.change_profile(assessment_id,
                              profile_answers={"genai": "yes", "agents": "no", "level": "city"})
    assert collection.answers(assessment_id)["GA-01"].evidence == "Handbook §3"
    assert collection.score(assessment_id).overall.count(Status.IMPLEMENTED) == 1
    entries = [e for e in collection.audit_entries(assessment_id)
               if e.action == "assessment-changed"]
    assert len(entries) == 2 and "profile_json" in json.loads(entries[0].payload)


def test_an_unchanged_profile_changes_nothing(collection: Collection) -> None:
    assessment_id = create(collection, genai="no", level="city")
    audit = len(collection.audit_entries(assessment_id))
    change = collection.change_profile(assessment_id, profile_answers={"genai": "no",
                                                                       "level": "city"})
    assert change.is_empty and len(collection.audit_entries(assessment_id)) == audit


def test_changing_the_risk_profile_regrades(collection: Collection) -> None:
    assessment_id = create(collection, genai="no", level="city")
    change = collection.change_profile(assessment_id,
                                       profile=make_profile("critical", "acts", "over-1m",
                                                            "sensitive"))
    assert change.grade_after.code == "very-high"
    assert collection.assessment(assessment_id).grade.code == "very-high"
    assert collection.assessment(assessment_id).profile_answers == {"genai": "no",
                                                                    "level": "city"}


def test_upgrade_to_a_version_with_a_new_question(mini_collection: Collection) -> None:
    collection = mini_collection
    key = trusted_key(collection, ["mini-pack"])

    def with_question(meta: dict, items: list) -> None:  # type: ignore[type-arg]
        to_current_format(meta, items)

    files = mini_files(2, change=with_question)
    path = Path(collection.paths.data_dir) / "mini-v2.ckpack"
    path.write_bytes(build(files, key))
    collection.packs.install_file(path)
    old_id = collection.new_assessment(pack_id="mini-pack", pack_version=1, organisation="O",
                                       system_name="S", sector="cii", profile=make_profile())
    with pytest.raises(UsageError, match="answer the profile question 'genai'"):
        collection.plan_upgrade(old_id, 2)
    result = collection.apply_upgrade(collection.plan_upgrade(
        old_id, 2, profile_answers={"genai": "no"}))
    upgraded = collection.assessment(result.new_assessment_id)
    assert upgraded.profile_answers == {"genai": "no"}
    assert "HO-02" in [i.id for i in upgraded.items_not_applying]
