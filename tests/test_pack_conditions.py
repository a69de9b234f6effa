"""Applicability conditions: profile questions a pack asks, items that apply only when the
answers match, and the circular, contradictory or unknown conditions refused."""

from __future__ import annotations

import itertools
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from selfcheck.core.conditions import (
    AllOf,
    AnswerIs,
    AnyOf,
    Condition,
    NotThis,
    ProfileQuestion,
    Satisfiability,
    checked_answers,
    condition_from_trusted,
)
from selfcheck.core.errors import PackValidationError, UsageError
from selfcheck.core.model import Sector
from selfcheck.core.packs.source import load_pack_dir, validate_pack_data

from .test_pack_sources import COND, cond_data


def refused(data: dict[str, Any]) -> PackValidationError:
    with pytest.raises(PackValidationError) as caught:
        validate_pack_data(data, "pack")
    assert "\n" not in caught.value.message
    return caught.value


@pytest.fixture(scope="module")
def pack():  # type: ignore[no-untyped-def]
    return load_pack_dir(COND)


def applying(pack: Any, **answers: str) -> list[str]:
    return [item.id for item in pack.items_for(Sector.GOVERNMENT, answers)]


def test_items_apply_when_the_answers_match(pack) -> None:  # type: ignore[no-untyped-def]
    assert applying(pack, genai="no", level="central") == ["GN-01", "GN-02", "GN-04"]
    assert applying(pack, genai="yes", agents="no", level="county") == [
        "GN-01", "GN-02", "GA-01", "GN-03"]
    assert applying(pack, genai="yes", agents="yes", level="city") == [
        "GN-01", "GN-02", "GA-01", "GA-02", "GN-04"]
    # without answers conditions are not looked at (the whole sector is in scope)
    assert len(pack.items_for(Sector.GOVERNMENT)) == 6
    assert [i.id for i in pack.items_not_applying(Sector.GOVERNMENT, {"genai": "no",
                                                                      "level": "city"})] == [
        "GA-01", "GA-02", "GN-03"]


def test_questions_are_asked_only_when_their_condition_holds(pack) -> None:  # type: ignore[no-untyped-def]
    assert [q.id for q in pack.asked_questions({"genai": "no"})] == ["genai", "level"]
    assert [q.id for q in pack.asked_questions({"genai": "yes"})] == ["genai", "agents", "level"]


def test_checked_answers(pack) -> None:  # type: ignore[no-untyped-def]
    questions = pack.profile_questions
    assert checked_answers(questions, {"genai": "no", "level": "city"}) == {
        "genai": "no", "level": "city"}
    with pytest.raises(UsageError, match="answer the profile question 'agents'") as missing:
        checked_answers(questions, {"genai": "yes", "level": "city"})
    assert missing.value.message_zh and "agents" in missing.value.message_zh
    with pytest.raises(UsageError, match="'agents' is not asked"):
        checked_answers(questions, {"genai": "no", "agents": "yes", "level": "city"})
    with pytest.raises(UsageError, match="has no option 'town'; use one of central, city, "
                       "county"):
        checked_answers(questions, {"genai": "no", "level": "town"})
    with pytest.raises(UsageError, match="unknown profile question"):
        checked_answers(questions, {"genai": "no", "level": "city", "colour": "red"})


@pytest.mark.parametrize(("change", "where", "words"), [
    (lambda d: d["items"][2].update(applies_if={"question": "gen_ai", "is": "yes"}),
     "items[2] (GA-01).applies_if.question", "unknown question 'gen_ai'"),
    (lambda d: d["items"][2].update(applies_if={"question": "genai", "is": "maybe"}),
     "items[2] (GA-01).applies_if.is", "has no option 'maybe'"),
    (lambda d: d["items"][2].update(applies_if={"any": [{"question": "level",
                                                        "in": ["city", "town"]}]}),
     "items[2] (GA-01).applies_if.any[0].in", "has no option 'town'"),
    (lambda d: d["items"][2].update(applies_if={"all": [{"question": "genai", "is": "yes"},
                                                        {"question": "genai", "is": "no"}]}),
     "items[2] (GA-01).applies_if", "contradictory condition"),
    # agents is asked only when genai is yes: this can never hold
    (lambda d: d["items"][3].update(applies_if={"all": [{"question": "agents", "is": "yes"},
                                                        {"question": "genai", "is": "no"}]}),
     "items[3] (GA-02).applies_if", "contradictory condition"),
    (lambda d: d["items"][2].update(applies_if={"question": "genai", "equals": "yes"}),
     "items[2] (GA-01).applies_if", 'has "question" and either "is"'),
    (lambda d: d["items"][2].update(applies_if={"all": []}),
     "items[2] (GA-01).applies_if.all", "at least one condition"),
    (lambda d: d["items"][2].update(applies_if={"xor": [{"question": "genai", "is": "yes"}]}),
     "items[2] (GA-01).applies_if", 'or {"not": {…}}'),
    (lambda d: d["items"][2].update(applies_if=_nested(8)),
     "items[2] (GA-01).applies_if.not.not.not.not.not.not.not", "nested deeper than 6"),
    (lambda d: d["profile_questions"][0].update(asked_if={"question": "agents", "is": "yes"}),
     "profile_questions[0] (genai).asked_if", "circular conditions: genai → agents → genai"),
    (lambda d: d["profile_questions"][2].update(asked_if={"question": "level", "is": "city"}),
     "profile_questions[2] (level).asked_if", "circular conditions: level → level"),
    (lambda d: d["profile_questions"][0].update(asked_if={"question": "level", "is": "city"}),
     "profile_questions[0] (genai).asked_if", "not listed before 'genai'"),
    (lambda d: d["profile_questions"][1].update(asked_if={"not": {"question": "genai",
                                                                  "in": ["yes", "no"]}}),
     "profile_questions[1] (agents).asked_if", "never be asked"),
    (lambda d: d["profile_questions"][0].update(options=[{"id": "yes", "label": {"zh": "是",
                                                                                 "en": "Yes"}}]),
     "profile_questions[0] (genai).options", "list no options"),
    (lambda d: d["profile_questions"][2]["options"].pop(),
     "profile_questions[2] (level).options", None),
    (lambda d: d["profile_questions"][2].update(options=d["profile_questions"][2]["options"][:1]),
     "profile_questions[2] (level).options", "at least two options"),
    (lambda d: d["profile_questions"][1].update(id="genai"),
     "profile_questions[1] (genai).id", "two profile questions share an id"),
    (lambda d: d["profile_questions"][0].update(id="Gen AI"),
     "profile_questions[0] (Gen AI).id", "String should match pattern"),
    (lambda d: d["profile_questions"][2]["options"].extend(
        [{"id": f"o{n}", "label": {"zh": "选项", "en": "option"}} for n in range(12)]),
     "profile_questions[2] (level).options", "at most 12"),
])
def test_bad_conditions_are_refused(change: Any, where: str, words: str | None) -> None:
    data = cond_data()
    change(data)
    if words is None:  # removing an option an item's condition uses
        data["items"][4]["applies_if"] = {"question": "level", "is": "county"}
        error = refused(data)
        assert "items[4] (GN-03).applies_if.is: question 'level' has no option 'county'" \
            in error.message
        return
    error = refused(data)
    assert f"pack: {where}: " in error.message, error.message
    assert words in error.message, error.message
    assert error.message_zh and error.message_zh.startswith(f"pack：{where}：")


def _nested(depth: int) -> dict[str, Any]:
    condition: dict[str, Any] = {"question": "genai", "is": "yes"}
    for _ in range(depth):
        condition = {"not": condition}
    return condition


def test_too_many_combinations_to_check_is_refused() -> None:
    data = cond_data()
    options = [{"id": f"o{n}", "label": {"zh": "选项", "en": "option"}} for n in range(12)]
    data["profile_questions"] = [
        {"id": f"q{n}", "kind": "choice", "text": {"zh": "问？", "en": "Q?"}, "options": options}
        for n in range(4)]
    data["items"] = data["items"][:2]
    data["items"][1]["applies_if"] = {"all": [{"question": f"q{n}", "is": "o1"} for n in range(4)]}
    assert "more than 4,096 combinations" in refused(data).message


# -- property: the satisfiability check agrees with trying every profile -------------------------

QUESTIONS = load_pack_dir(COND).profile_questions
OPTIONS = {q.id: q.option_ids() for q in QUESTIONS}


@st.composite
def conditions(draw: st.DrawFn, depth: int = 0) -> Condition:
    if depth >= 3 or draw(st.booleans()):
        question = draw(st.sampled_from(sorted(OPTIONS)))
        chosen = draw(st.lists(st.sampled_from(OPTIONS[question]), min_size=1, unique=True))
        return AnswerIs(question, tuple(chosen))
    kind = draw(st.sampled_from(["all", "any", "not"]))
    if kind == "not":
        return NotThis(draw(conditions(depth + 1)))
    parts = tuple(draw(st.lists(conditions(depth + 1), min_size=1, max_size=3)))
    return AllOf(parts) if kind == "all" else AnyOf(parts)


def every_consistent_profile(questions: tuple[ProfileQuestion, ...]) -> list[dict[str, str]]:
    """The oracle: the full product of (options or no answer), keeping the profiles in which
    exactly the asked questions are answered."""
    profiles = []
    for values in itertools.product(*[(*q.option_ids(), None) for q in questions]):
        answers = {q.id: v for q, v in zip(questions, values, strict=True) if v is not None}
        if all((q.id in answers) == q.is_asked(answers) for q in questions):
            profiles.append(answers)
    return profiles


PROFILES = every_consistent_profile(QUESTIONS)


@settings(max_examples=300, deadline=None)
@given(conditions())
def test_satisfiability_agrees_with_every_profile(condition: Condition) -> None:
    expected = any(condition.holds(p) for p in PROFILES)
    assert Satisfiability(QUESTIONS).check(condition) is expected
    assert condition_from_trusted(condition.to_dict()) == condition
