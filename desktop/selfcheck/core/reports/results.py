"""The machine-readable results of an assessment.

One JSON-ready document used by ``selfcheck assess show --json`` and embedded
as ``results.json`` in signed PDF reports, so a reviewer's tool can read the
results without retyping.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from selfcheck import __version__
from selfcheck.core.answers import Answer, Status
from selfcheck.core.assessment import Assessment
from selfcheck.core.scoring import Score, Tally

RESULTS_FORMAT = "selfcheck-results/1"


def tally_dict(tally: Tally) -> dict[str, Any]:
    return {
        "items": tally.total,
        "answered": tally.answered,
        "counts": {status.value: tally.count(status) for status in Status},
        "weighted_earned": round(tally.earned, 2),
        "weighted_possible": round(tally.possible, 2),
        "percent": round(tally.percent, 1),
        "progress_percent": round(tally.progress, 1),
    }


def score_dict(score: Score) -> dict[str, Any]:
    return {
        "verdict": score.verdict.value,
        "reasons": [reason.en for reason in score.reasons],
        "reasons_zh": [reason.zh for reason in score.reasons],
        "overall": tally_dict(score.overall),
        "themes": {theme: tally_dict(t) for theme, t in score.themes.items()},
        "critical_gaps": [
            {"item": g.item_id, "theme": g.theme, "severity": g.severity.value,
             "status": g.status.value, "reason": g.reason} for g in score.critical_gaps
        ],
        "critical_unanswered": list(score.critical_unanswered),
        "pending_review": list(score.pending_review),
        "drivers": [
            {"item": g.item_id, "status": g.status.value, "severity": g.severity.value,
             "lost_weight": g.lost_weight, "reason": g.reason} for g in score.drivers[:15]
        ],
        "remediation_missing": list(score.remediation_missing),
        "effectively_critical_items": sorted(score.effective_critical),
    }


def answer_dict(answer: Answer) -> dict[str, Any]:
    return {
        "item": answer.item_id,
        "status": answer.status.value,
        "justification": answer.justification,
        "evidence": answer.evidence,
        "attachments": [
            {"file_name": a.file_name, "sha256": a.sha256, "size": a.size}
            for a in answer.attachments
        ],
        "remediation_owner": answer.remediation_owner,
        "remediation_due": answer.remediation_due.isoformat() if answer.remediation_due else None,
        "flagged": answer.flagged,
        "needs_review": answer.needs_review,
        "updated_at": answer.updated_at or None,
    }


def assessment_header(assessment: Assessment, pack_hash: str) -> dict[str, Any]:
    record = assessment.record
    return {
        "id": record.id,
        "uid": record.uid,
        "organisation": record.organisation,
        "system_name": record.system_name,
        "system_description": record.system_description,
        "sector": record.sector,
        "assessor": record.assessor,
        "created_at": record.created_at,
        "updated_at": record.updated_at,
        "archived": record.archived,
        "superseded_by": record.superseded_by,
        "upgraded_from": record.upgraded_from,
        "pack": {
            "pack_id": assessment.pack.pack_id,
            "version": assessment.pack.version,
            "label": assessment.pack.label,
            "content_sha256": pack_hash,
        },
    }


def build_results(assessment: Assessment, answers: Mapping[str, Answer], score: Score,
                  pack_hash: str, audit_head: str) -> dict[str, Any]:
    """The full results document of an assessment."""
    return {
        "format": RESULTS_FORMAT,
        "program_version": __version__,
        "assessment": assessment_header(assessment, pack_hash),
        "profile": assessment.profile.to_dict(),
        "risk": {
            "grade": assessment.grade.code,
            "points": assessment.risk.points,
            "reasons_en": [r.en for r in assessment.risk.reasons],
            "reasons_zh": [r.zh for r in assessment.risk.reasons],
        },
        "score": score_dict(score),
        "answers": [answer_dict(answers.get(item.id) or Answer(item_id=item.id))
                    for item in assessment.items],
        "audit_chain_head": audit_head,
    }
