"""Carrying answers over to a new pack version: nothing lost, nothing silently carried
onto a changed question."""

from __future__ import annotations

import datetime as dt
import itertools
import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from selfcheck.core.answers import Answer, Status
from selfcheck.core.collection import Collection
from selfcheck.core.errors import NotFoundError, StoreError, UsageError
from selfcheck.core.model import Pack, Sector
from selfcheck.core.packs.diff import item_meaning_hash
from selfcheck.core.packs.source import pack_content_hash, pack_from_files, pack_to_json
from selfcheck.core.upgrade import parse_previous

from .conftest import REAL_PACK_ID, make_profile, store_of
from .pack_helpers import db_snapshot, encode, mini_data

FUTURE = dt.date.today() + dt.timedelta(days=365)
STATUSES = [Status.IMPLEMENTED, Status.PARTIAL, Status.NOT_IMPLEMENTED, Status.NOT_APPLICABLE]
CONTENT_FIELDS = ("status", "justification", "evidence", "remediation_owner",
                  "remediation_due", "flagged")


def new_assessment(collection: Collection, sector: str, version: int = 1,
                   pack_id: str = REAL_PACK_ID) -> int:
    return collection.new_assessment(
        pack_id=pack_id, pack_version=version, organisation="Bureau", system_name="Triage",
        sector=sector, profile=make_profile())


def answer_for(item_id: str, status: Status, n: int = 0) -> Answer:
    wants = status.wants_remediation
    return Answer(item_id=item_id, status=status,
                  justification=f"reason {item_id}" if status.needs_justification else "",
                  evidence=f"evidence {item_id} {n}",
                  remediation_owner=f"owner {item_id}" if wants else "",
                  remediation_due=FUTURE if wants else None, flagged=n % 5 == 0)


def answer_all(collection: Collection, assessment_id: int) -> dict[str, Answer]:
    assessment = collection.assessment(assessment_id)
    answers = [answer_for(item.id, STATUSES[n % 4], n) for n, item in enumerate(assessment.items)]
    collection.save_answers(assessment_id, answers)
    return collection.answers(assessment_id)


def content(answer: Answer) -> tuple[Any, ...]:
    return tuple(getattr(answer, f) for f in CONTENT_FIELDS)


def files_of(answer: Answer) -> list[tuple[str, str, int]]:
    return [(a.file_name, a.sha256, a.size) for a in answer.attachments]


# --- the real pack, v1 → v2 ------------------------------------------------------------

def test_upgrade_cii_assessment_v1_to_v2(collection: Collection, tmp_path: Path) -> None:
    old_id = new_assessment(collection, "cii")
    evidence = tmp_path / "evidence.pdf"
    evidence.write_bytes(b"%PDF-1.4 evidence")
    for item_id in ("RA-01", "AU-07", "DP-02"):
        collection.attach_file(old_id, item_id, evidence)
    before = answer_all(collection, old_id)
    v1, v2 = collection.packs.get(REAL_PACK_ID, 1), collection.packs.get(REAL_PACK_ID, 2)

    result = collection.upgrade(old_id, 2)

    assert set(result.needs_review) == {"DP-02", "NS-05", "NS-06"}
    assert result.dropped == ("AU-07",)
    assert result.new == ("HO-11",)
    assert len(result.carried) == len(v1.items_for(Sector.CII)) - 4
    assert result.counts == {"carried": len(result.carried), "needs_review": 3, "dropped": 1,
                             "new": 1}
    after = collection.answers(result.new_assessment_id)
    for item_id in result.carried:
        assert content(after[item_id]) == content(before[item_id])
        assert not after[item_id].needs_review and not after[item_id].previous
        assert files_of(after[item_id]) == files_of(before[item_id])
        assert item_meaning_hash(v1.item(item_id)) == item_meaning_hash(v2.item(item_id))
    assert files_of(after["RA-01"]) == [("evidence.pdf", files_of(before["RA-01"])[0][1], 17)]
    for item_id in result.needs_review:
        moved = after[item_id]
        assert moved.needs_review and moved.status == before[item_id].status
        assert content(moved) == content(before[item_id])
        previous = parse_previous(moved.previous)
        assert previous is not None
        assert previous.question == v1.item(item_id).question
        assert previous.status == before[item_id].status
        assert previous.justification == before[item_id].justification
        assert previous.assessment_id == old_id and previous.pack_version == 1
    assert parse_previous(after["NS-06"].previous).reasons == ("sectors-changed",)  # type: ignore[union-attr]
    assert parse_previous(after["DP-02"].previous).reasons == ("question-changed",)  # type: ignore[union-attr]
    assert parse_previous(after["DP-02"].previous).attachments == ("evidence.pdf",)  # type: ignore[union-attr]
    assert "AU-07" not in after and "HO-11" not in after

    # The old assessment stays: archived, read-only, every answer and file intact.
    old = collection.assessment(old_id)
    assert old.read_only and old.record.archived
    assert old.record.superseded_by == result.new_assessment_id
    assert collection.answers(old_id) == before
    assert files_of(collection.answers(old_id)["AU-07"]) == files_of(before["AU-07"])
    with pytest.raises(UsageError, match="kept read-only as history"):
        collection.set_answer(old_id, "RA-01", Status.IMPLEMENTED)
    assert collection.reports.results(old_id)["assessment"]["superseded_by"] == \
        result.new_assessment_id

    new = collection.assessment(result.new_assessment_id)
    assert new.pack.version == 2 and new.record.upgraded_from == old_id
    assert not new.read_only

    upgraded = [e for e in collection.audit_entries(result.new_assessment_id)
                if e.action == "assessment-upgraded"]
    payload = json.loads(upgraded[0].payload)
    assert payload["from"] == old_id and payload["from_version"] == 1
    assert payload["to_version"] == 2
    assert (payload["carried"], payload["needs_review"], payload["dropped"], payload["new"]) == \
        (len(result.carried), 3, 1, 1)
    assert payload["dropped_items"] == ["AU-07"]
    assert any(e.action == "assessment-superseded" for e in collection.audit_entries(old_id))
    assert collection.doctor().chain.ok


def test_upgrade_government_assessment_gets_ns06_as_new(collection: Collection) -> None:
    old_id = new_assessment(collection, "government")
    answer_all(collection, old_id)
    result = collection.upgrade(old_id)  # newest installed: v3, whose items are v2's
    assert result.to_version == 3
    assert set(result.needs_review) == {"DP-02", "NS-05"}
    assert set(result.new) == {"HO-11", "NS-06"}
    assert result.dropped == ("AU-07",)


def test_v2_to_v3_carries_every_answer(collection: Collection) -> None:
    """v3 only declares its source and cites it with the basis: no question changed."""
    old_id = new_assessment(collection, "cii", version=2)
    answer_all(collection, old_id)
    result = collection.upgrade(old_id, 3)
    assert not result.needs_review and not result.dropped and not result.new
    assert collection.answers(result.new_assessment_id) == collection.answers(old_id)


def test_reviewing_clears_the_flag(collection: Collection) -> None:
    old_id = new_assessment(collection, "cii")
    answer_all(collection, old_id)
    new_id = collection.upgrade(old_id, 2).new_assessment_id
    saved = collection.set_answer(new_id, "DP-02", Status.IMPLEMENTED)
    assert not saved.needs_review


def test_blank_answers_are_neither_carried_nor_counted(collection: Collection) -> None:
    old_id = new_assessment(collection, "cii")
    collection.save_answers(old_id, [Answer(item_id="RA-01"), Answer(item_id="DP-02")])
    result = collection.upgrade(old_id, 2)
    assert result.counts == {"carried": 0, "needs_review": 0, "dropped": 0, "new": 1}


# --- refusals -------------------------------------------------------------------------------

def test_upgrade_refusals(collection: Collection) -> None:
    old_id = new_assessment(collection, "cii")
    with pytest.raises(UsageError, match="can only be upgraded to a newer version"):
        collection.upgrade(old_id, 1)
    with pytest.raises(NotFoundError, match="version 7 is not installed"):
        collection.upgrade(old_id, 7)
    current = new_assessment(collection, "cii", version=3)
    with pytest.raises(UsageError, match="uses aisgf-key-sector v3"):
        collection.upgrade(current)
    new_id = collection.upgrade(old_id, 2).new_assessment_id
    with pytest.raises(UsageError, match=f"already upgraded to assessment {new_id}"):
        collection.upgrade(old_id, 2)
    with pytest.raises(NotFoundError, match="assessment 999 does not exist"):
        collection.upgrade(999, 2)


def test_upgrade_refused_when_sector_dropped(mini_collection: Collection) -> None:
    old_id = new_assessment(mini_collection, "public-safety", pack_id="mini-pack")

    def drop_sector(meta: dict[str, Any], items: list[dict[str, Any]]) -> None:
        meta["sectors"] = ["government", "cii"]
        for item in items:
            item["sectors"] = [s for s in item["sectors"] if s != "public-safety"] or ["cii"]

    install_mini(mini_collection, 2, drop_sector)
    with pytest.raises(UsageError, match="no longer covers the sector public-safety"):
        mini_collection.upgrade(old_id, 2)


def test_upgrade_refused_if_answers_change_meanwhile(collection: Collection) -> None:
    old_id = new_assessment(collection, "cii")
    answer_all(collection, old_id)
    plan = collection.plan_upgrade(old_id, 2)
    collection.set_answer(old_id, "RA-01", Status.IMPLEMENTED, evidence="changed meanwhile")
    before = db_snapshot(collection)
    with pytest.raises(StoreError, match="changed while it was being copied"):
        collection.apply_upgrade(plan)
    assert db_snapshot(collection) == before
    assert collection.apply_upgrade(collection.plan_upgrade(old_id, 2)).new_assessment_id


# --- property: random pack changes on the mini pack ----------------------------------------

def install_mini(collection: Collection, version: int, change: Any) -> Pack:
    meta, items = mini_data()
    meta["version"], meta["label"] = version, f"mini {version}"
    change(meta, items)
    pack = pack_from_files(encode(meta, items), f"mini v{version}")
    store_of(collection).install_pack(pack.pack_id, version, pack.label, pack_content_hash(pack),
                                  "test", pack_to_json(pack))
    return pack


OPS = ["keep", "reword", "cosmetic", "rescope", "remove", "severity", "guidance"]
_versions = itertools.count(2)


def _mutate(ops: list[str], add_new: bool) -> Any:
    def change(meta: dict[str, Any], items: list[dict[str, Any]]) -> None:
        kept = []
        for op, item in zip(ops, items, strict=False):
            if op == "reword":
                item["question"]["en"] += " (revised)"
            elif op == "cosmetic":  # full-width punctuation, spacing, case: same meaning
                item["question"]["en"] = "  " + item["question"]["en"].upper().replace("?", "？")
            elif op == "rescope":
                item["sectors"] = ["government"] if len(item["sectors"]) > 1 else \
                    ["government", "cii", "public-safety"]
            elif op == "severity":
                item["severity"] = "low" if item["severity"] != "low" else "critical"
            elif op == "guidance":
                item["guidance"]["en"] += " More guidance."
            if op != "remove":
                kept.append(item)
        if add_new:
            new = json.loads(json.dumps(items[0]))
            new["id"] = "HO-99"
            new["question"] = {"zh": "新问题？", "en": "A new question?"}
            kept.append(new)
        if not kept:
            kept.append(items[0])
        items[:] = kept
    return change


@settings(max_examples=60, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(ops=st.lists(st.sampled_from(OPS), min_size=7, max_size=7), add_new=st.booleans(),
       sector=st.sampled_from(["government", "cii", "public-safety"]),
       answered=st.lists(st.tuples(st.booleans(), st.sampled_from(STATUSES)), min_size=7,
                         max_size=7))
def test_no_answer_lost_and_none_silently_carried(
        mini_collection: Collection, ops: list[str], add_new: bool, sector: str,
        answered: list[tuple[bool, Status]]) -> None:
    collection = mini_collection
    version = next(_versions)
    old_pack = collection.packs.get("mini-pack", 1)
    new_pack = install_mini(collection, version, _mutate(ops, add_new))
    old_id = new_assessment(collection, sector, pack_id="mini-pack")
    items = old_pack.items_for(Sector(sector))
    chosen = [answer_for(item.id, status, n) for n, (item, (yes, status))
              in enumerate(zip(items, answered, strict=False)) if yes]
    if chosen:
        collection.save_answers(old_id, chosen)
    before = collection.answers(old_id)

    result = collection.upgrade(old_id, version)
    after = collection.answers(result.new_assessment_id)
    new_applicable = {i.id for i in new_pack.items_for(Sector(sector))}

    # Nothing lost: every answer moved (same content) or was dropped and is still readable.
    assert collection.answers(old_id) == before
    for item_id, answer in before.items():
        if item_id in new_applicable:
            assert content(after[item_id]) == content(answer)
        else:
            assert item_id in result.dropped
    assert set(after) == set(before) & new_applicable
    assert len(result.carried) + len(result.needs_review) + len(result.dropped) == len(before)
    # Nothing silently carried onto a changed question.
    for item_id, answer in after.items():
        same = item_meaning_hash(old_pack.item(item_id)) == item_meaning_hash(
            new_pack.item(item_id))
        assert answer.needs_review == (not same)
        if not same:
            previous = parse_previous(answer.previous)
            assert previous is not None and previous.status == before[item_id].status
            assert previous.question == old_pack.item(item_id).question
    # Cosmetic edits keep answers; real rewordings never do.
    for op, item in zip(ops, old_pack.items, strict=False):
        if item.id in after:
            if op in ("reword", "rescope"):
                assert item.id in result.needs_review
            elif op in ("keep", "cosmetic", "severity", "guidance"):
                assert item.id in result.carried


def test_second_upgrade_keeps_the_earlier_history(mini_collection: Collection) -> None:
    old_id = new_assessment(mini_collection, "government", pack_id="mini-pack")
    mini_collection.save_answers(old_id, [answer_for("HO-01", Status.PARTIAL)])

    def reword(times: int) -> Any:
        def change(meta: dict[str, Any], items: list[dict[str, Any]]) -> None:
            items[0]["question"]["en"] += " (revised)" * times
        return change

    install_mini(mini_collection, 2, reword(1))
    install_mini(mini_collection, 3, reword(2))
    second = mini_collection.upgrade(old_id, 2).new_assessment_id
    third = mini_collection.upgrade(second, 3).new_assessment_id
    answer = mini_collection.answers(third)["HO-01"]
    previous = parse_previous(answer.previous)
    assert answer.needs_review and answer.status is Status.PARTIAL
    assert previous is not None and previous.pack_version == 2
    assert previous.earlier is not None and previous.earlier.pack_version == 1
    assert previous.question is not None and previous.question.en.endswith("(revised)")
