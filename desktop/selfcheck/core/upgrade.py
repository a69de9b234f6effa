"""Carrying an assessment's answers over to a newer version of its pack.

Rules (per item that applies to the assessment's sector in the new version):

* **carried** — the item existed and its meaning hash
  (:func:`selfcheck.core.packdiff.item_meaning_hash`: normalised question text
  and sectors) is unchanged: the answer and its evidence files move as they are.
* **needs re-review** — the item's question or sectors changed: the answer
  moves with its status kept, ``needs_review=True``, and ``previous`` holding
  the old question and the old answer (JSON, see :func:`parse_previous`) so the
  window can show them beside the new wording.
* **new** — the item did not apply before: it starts unanswered.
* **dropped** — an answered item that is gone from the new version or no longer
  applies to the sector. Its answer is not lost: the old assessment is kept,
  archived and read-only, with ``superseded_by`` pointing at the new one.

The upgrade is one transaction (new assessment, answers, evidence files,
archiving the old one and the audit entries with the counts).
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import field, replace
from functools import cached_property
from typing import Any

from selfcheck.core.answers import Answer, Status
from selfcheck.core.assessment import Assessment, stored_profile_json
from selfcheck.core.conditions import carried_answers, checked_answers
from selfcheck.core.errors import NotFoundError, UsageError
from selfcheck.core.immutable import immutable
from selfcheck.core.model import Item, Pack, Sector, Text
from selfcheck.core.packs.diff import PackDiff, diff_packs, item_meaning_hash, same_meaning
from selfcheck.core.records import PackRecord

PREVIOUS_FORMAT = "selfcheck-previous-answer/1"


class _AnswerFates:
    """What an upgrade does with each item's answer, and how many of each (the part of
    :class:`UpgradePlan` and :class:`UpgradeResult` they share)."""

    carried: tuple[str, ...]
    needs_review: tuple[str, ...]
    dropped: tuple[str, ...]
    new: tuple[str, ...]

    @property
    def counts(self) -> dict[str, int]:
        return {"carried": len(self.carried), "needs_review": len(self.needs_review),
                "dropped": len(self.dropped), "new": len(self.new)}


@immutable
class UpgradePlan(_AnswerFates):
    """What :func:`upgrade_assessment` will do; computed without changing anything."""

    assessment_id: int
    pack_id: str
    from_version: int
    to_version: int
    sector: Sector
    carried: tuple[str, ...]
    needs_review: tuple[str, ...]
    dropped: tuple[str, ...]
    new: tuple[str, ...]
    answers: tuple[Answer, ...] = field(repr=False)
    source_answers: dict[str, Answer] = field(repr=False)
    old_pack: Pack = field(repr=False)
    new_pack: Pack = field(repr=False)
    #: The new assessment's ``profile_json`` (profile answers checked against the new pack)
    #: and its risk grade's rank by the new pack's risk model.
    profile_json: str = field(default="", repr=False)
    risk_grade: int = 0

    @cached_property
    def diff(self) -> PackDiff:
        """The full diff of the two pack versions (computed on first use)."""
        return diff_packs(self.old_pack, self.new_pack)


@immutable
class UpgradeResult(_AnswerFates):
    """The outcome of an upgrade: the new assessment and what happened to each answer."""

    old_assessment_id: int
    new_assessment_id: int
    pack_id: str
    from_version: int
    to_version: int
    carried: tuple[str, ...]
    needs_review: tuple[str, ...]
    dropped: tuple[str, ...]
    new: tuple[str, ...]

    def to_dict(self) -> dict[str, Any]:
        return {"old_assessment": self.old_assessment_id,
                "new_assessment": self.new_assessment_id, "pack_id": self.pack_id,
                "from_version": self.from_version, "to_version": self.to_version,
                "counts": self.counts, "needs_review": list(self.needs_review),
                "dropped": list(self.dropped), "new": list(self.new)}


@immutable
class PreviousAnswer:
    """The old wording and old answer kept with an answer that needs re-review."""

    assessment_id: int
    pack_version: int
    reasons: tuple[str, ...]
    question: Text | None
    sectors: tuple[str, ...]
    status: Status
    justification: str
    evidence: str
    remediation_owner: str
    remediation_due: str | None
    attachments: tuple[str, ...]
    earlier: PreviousAnswer | None


def _reasons(old: Item | None, new: Item) -> list[str]:
    if old is None:
        return ["not-in-old-version"]
    reasons = []
    if item_meaning_hash(replace(old, sectors=new.sectors, applies_if=new.applies_if)) != \
            item_meaning_hash(new):
        reasons.append("question-changed")
    if sorted(old.sectors) != sorted(new.sectors):
        reasons.append("sectors-changed")
    if old.applies_if != new.applies_if:
        reasons.append("condition-changed")
    return reasons or ["meaning-changed"]


def previous_document(answer: Answer, old_item: Item | None, new_item: Item,
                      assessment_id: int, old_version: int) -> str:
    """The ``previous`` text stored with an answer that needs re-review."""
    earlier: Any = None
    if answer.previous:
        try:
            earlier = json.loads(answer.previous)
        except json.JSONDecodeError:
            earlier = {"text": answer.previous}
    doc = {
        "format": PREVIOUS_FORMAT,
        "assessment_id": assessment_id,
        "pack_version": old_version,
        "reasons": _reasons(old_item, new_item),
        "question": old_item.question.to_dict() if old_item else None,
        "sectors": [s.value for s in old_item.sectors] if old_item else [],
        "answer": {
            "status": answer.status.value, "justification": answer.justification,
            "evidence": answer.evidence, "remediation_owner": answer.remediation_owner,
            "remediation_due": (answer.remediation_due.isoformat()
                                if answer.remediation_due else None),
            "attachments": [a.file_name for a in answer.attachments],
        },
        "earlier": earlier,
    }
    return json.dumps(doc, ensure_ascii=False, sort_keys=True)


def parse_previous(text: str) -> PreviousAnswer | None:
    """Read an answer's ``previous`` text; None when empty or not in this format."""
    if not text:
        return None
    try:
        doc = json.loads(text)
    except json.JSONDecodeError:
        return None
    return _previous_from(doc)


def _previous_from(doc: Any) -> PreviousAnswer | None:
    if not isinstance(doc, dict) or doc.get("format") != PREVIOUS_FORMAT:
        return None
    try:
        answer = doc["answer"]
        question = Text.from_trusted_dict(doc["question"]) if doc.get("question") else None
        return PreviousAnswer(
            assessment_id=int(doc["assessment_id"]), pack_version=int(doc["pack_version"]),
            reasons=tuple(doc.get("reasons", ())), question=question,
            sectors=tuple(doc.get("sectors", ())), status=Status(answer["status"]),
            justification=str(answer.get("justification", "")),
            evidence=str(answer.get("evidence", "")),
            remediation_owner=str(answer.get("remediation_owner", "")),
            remediation_due=answer.get("remediation_due"),
            attachments=tuple(answer.get("attachments", ())),
            earlier=_previous_from(doc.get("earlier")))
    except (KeyError, TypeError, ValueError):
        return None


def target_version(records: Sequence[PackRecord], pack_id: str, to_version: int | None) -> int:
    """The version to upgrade to: ``to_version`` if installed, else the newest installed."""
    if not records:
        raise NotFoundError(f"pack {pack_id!r} is not installed",
                            zh=f"检查清单包 {pack_id!r} 未安装")
    if to_version is None:
        return records[0].version
    if to_version not in {r.version for r in records}:
        installed = ", ".join(f"v{r.version}" for r in sorted(records, key=lambda r: r.version))
        raise NotFoundError(f"pack {pack_id} version {to_version} is not installed "
                            f"(installed: {installed})",
                            zh=f"检查清单包 {pack_id} 第 {to_version} 版未安装（已安装：{installed}）")
    return to_version


def check_upgradable(assessment: Assessment, target: int) -> None:
    """Refuse upgrading a superseded assessment, or to a version that is not newer."""
    assessment_id = assessment.id
    if assessment.read_only:
        raise UsageError(f"assessment {assessment_id} was already upgraded to assessment "
                         f"{assessment.record.superseded_by}; upgrade that one instead",
                         zh=f"自查 {assessment_id} 已升级为自查 {assessment.record.superseded_by}，"
                            "请对后者进行升级")
    old_pack = assessment.pack
    if target <= old_pack.version:
        raise UsageError(f"assessment {assessment_id} uses {old_pack.pack_id} "
                         f"v{old_pack.version}; it can only be upgraded to a newer version "
                         f"(not v{target})",
                         zh=f"自查 {assessment_id} 使用{old_pack.name('zh')}，"
                            f"只能升级到更新的版本（不能升级到第 {target} 版）")


def plan_upgrade(assessment: Assessment, source: Mapping[str, Answer], new_pack: Pack,
                 profile_answers: Mapping[str, str] | None = None) -> UpgradePlan:
    """Work out how the answers ``source`` of ``assessment`` carry over to ``new_pack``.

    Answers to the profile questions carry over where the new version still asks them;
    ``profile_answers`` answers (or changes) the others. Items whose conditions do not
    hold keep their answers like any other item of the sector."""
    assessment_id = assessment.id
    old_pack = assessment.pack
    target = new_pack.version
    check_upgradable(assessment, target)
    sector = assessment.sector
    if sector not in new_pack.sectors:
        raise UsageError(f"{new_pack.pack_id} v{target} no longer covers the sector "
                         f"{sector.value}; the assessment cannot be upgraded",
                         zh=f"{new_pack.name('zh')}不再适用于领域“{sector.label('zh')}”，"
                            "该自查无法升级")
    questions = new_pack.all_questions
    answers = checked_answers(questions, {**carried_answers(questions, assessment.answers_all),
                                          **(profile_answers or {})})
    answered = {k: a for k, a in source.items() if not a.is_blank}
    old_items = {item.id: item for item in old_pack.items}
    old_applicable = {item.id for item in old_pack.items_for(sector)}
    new_applicable = new_pack.items_for(sector)
    new_ids = {item.id for item in new_applicable}
    carried: list[str] = []
    review: list[str] = []
    new: list[str] = []
    moved: list[Answer] = []
    for item in new_applicable:
        old_item = old_items.get(item.id)
        answer = answered.get(item.id)
        if answer is None:
            if item.id not in old_applicable:
                new.append(item.id)
            continue
        if old_item is not None and same_meaning(old_item, item):
            carried.append(item.id)
            moved.append(answer)
        else:
            review.append(item.id)
            moved.append(answer.with_changes(
                needs_review=True,
                previous=previous_document(answer, old_item, item, assessment_id,
                                           old_pack.version)))
    dropped = tuple(k for k in sorted(answered) if k not in new_ids)
    return UpgradePlan(
        assessment_id=assessment_id, pack_id=old_pack.pack_id, from_version=old_pack.version,
        to_version=target, sector=sector, carried=tuple(carried), needs_review=tuple(review),
        dropped=dropped, new=tuple(new), answers=tuple(moved), source_answers=dict(source),
        old_pack=old_pack, new_pack=new_pack,
        profile_json=stored_profile_json(new_pack, answers),
        risk_grade=new_pack.effective_risk_model.assess(answers).grade.rank)
