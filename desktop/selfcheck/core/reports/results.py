"""The results of an assessment as typed data, and their JSON document.

:func:`build_results` gathers them in one place from the assessment, its answers and
its score; :func:`results_to_dict` is the ``selfcheck-results/1`` document used by
``selfcheck assess show --json`` and embedded as ``results.json`` in the PDF reports (so
a reviewer's tool can read the results without retyping); :func:`parse_results` reads
such a document back, strictly.

Besides the reasons of the verdict in words (``score.reasons`` in English,
``score.reasons_zh`` in Chinese) the document carries them as records
(``score.reason_records``: code, item ids, numbers; see
:class:`selfcheck.core.scoring.VerdictReason`), and each critical gap and driver its
``reason_code`` beside the English ``reason``. Documents written before the records
existed lack both; the parser accepts that.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import field
from typing import Any

from selfcheck import __version__
from selfcheck.core import explain, glossary
from selfcheck.core.answers import Answer, Status
from selfcheck.core.assessment import Assessment, SignOff
from selfcheck.core.errors import UsageError
from selfcheck.core.immutable import immutable
from selfcheck.core.model import Sector, Severity
from selfcheck.core.reports.codec import OPTIONAL, CodecError, from_json, to_json
from selfcheck.core.riskmodel import default_risk_model
from selfcheck.core.scoring import Gap, GapReason, Score, Tally, Verdict, VerdictReason

RESULTS_FORMAT = "selfcheck-results/1"
#: How many of the items that drive the result the document lists.
DRIVERS_LISTED = 15


@immutable
class PackRef:
    """The pack a report was assessed against."""

    pack_id: str
    version: int
    label: str
    content_sha256: str


@immutable
class Header:
    """The assessment's header and the pack it answers."""

    id: int
    uid: str
    organisation: str
    system_name: str
    system_description: str
    sector: Sector
    assessor: str
    created_at: str
    updated_at: str
    archived: bool
    superseded_by: int | None
    upgraded_from: int | None
    pack: PackRef
    #: who prepared, reviewed and approved it (documents before the sign-off lack it)
    sign_off: SignOff | None = field(default=None, metadata=OPTIONAL)


@immutable
class RiskSection:
    """The risk grade (its code in the model), its points and why, in both languages; the
    model that gave it and the grade's labels (documents written before risk models were
    data lack them: their grades are the default model's)."""

    grade: str
    points: int
    reasons_en: tuple[str, ...]
    reasons_zh: tuple[str, ...]
    model: str | None = field(default=None, metadata=OPTIONAL)
    label_zh: str | None = field(default=None, metadata=OPTIONAL)
    label_en: str | None = field(default=None, metadata=OPTIONAL)
    max_points: int | None = field(default=None, metadata=OPTIONAL)

    def label(self, lang: str) -> str:
        """The grade's label in ``lang``."""
        named = self.label_en if lang == "en" else self.label_zh
        return named or glossary.label("risk_grade", self.grade, lang)


@immutable
class TallyData:
    """Counts and the weighted score over a set of items (rounded as the document shows)."""

    items: int
    answered: int
    counts: Mapping[Status, int]
    weighted_earned: float
    weighted_possible: float
    percent: float
    progress_percent: float

    @classmethod
    def of(cls, tally: Tally) -> TallyData:
        return cls(items=tally.total, answered=tally.answered,
                   counts={status: tally.count(status) for status in Status},
                   weighted_earned=round(tally.earned, 2),
                   weighted_possible=round(tally.possible, 2),
                   percent=round(tally.percent, 1), progress_percent=round(tally.progress, 1))


@immutable
class GapEntry:
    """A critical gap; ``reason`` is fixed English for older readers, ``reason_code`` the
    reason as data."""

    item: str
    theme: str
    severity: Severity
    status: Status
    reason: str
    reason_code: GapReason | None = field(default=None, metadata=OPTIONAL)


@immutable
class DriverEntry:
    """An item that drives the result: it lost weight, or is a critical gap."""

    item: str
    status: Status
    severity: Severity
    lost_weight: float
    reason: str
    reason_code: GapReason | None = field(default=None, metadata=OPTIONAL)


@immutable
class ScoreSection:
    """The verdict, why (in words and as records), the tallies and the gaps."""

    verdict: Verdict
    reasons: tuple[str, ...]
    reasons_zh: tuple[str, ...]
    overall: TallyData
    themes: Mapping[str, TallyData]
    critical_gaps: tuple[GapEntry, ...]
    critical_unanswered: tuple[str, ...]
    pending_review: tuple[str, ...]
    drivers: tuple[DriverEntry, ...]
    remediation_missing: tuple[str, ...]
    effectively_critical_items: tuple[str, ...]
    reason_records: tuple[VerdictReason, ...] = field(default=(), metadata=OPTIONAL)


@immutable
class AttachmentEntry:
    """An evidence file named in a report: name, SHA-256 and size."""

    file_name: str
    sha256: str
    size: int


@immutable
class AnswerEntry:
    """The answer to one applicable item (unanswered items are listed too)."""

    item: str
    status: Status
    justification: str
    evidence: str
    attachments: tuple[AttachmentEntry, ...]
    remediation_owner: str
    remediation_due: dt.date | None
    flagged: bool
    needs_review: bool
    updated_at: str | None

    @classmethod
    def of(cls, answer: Answer) -> AnswerEntry:
        return cls(
            item=answer.item_id, status=answer.status, justification=answer.justification,
            evidence=answer.evidence,
            attachments=tuple(AttachmentEntry(a.file_name, a.sha256, a.size)
                              for a in answer.attachments),
            remediation_owner=answer.remediation_owner, remediation_due=answer.remediation_due,
            flagged=answer.flagged, needs_review=answer.needs_review,
            updated_at=answer.updated_at or None)


@immutable
class ReportSection:
    """What a report adds to the results in its ``results.json``."""

    format: str
    language: str
    marking: str
    generated_at: str
    program_version: str
    #: who the report goes to (发放范围); left out when not given
    distribution: str | None = field(default=None, metadata=OPTIONAL)


@immutable
class Results:
    """The results of one assessment (the ``selfcheck-results/1`` document)."""

    format: str
    program_version: str
    assessment: Header
    profile: Mapping[str, str]  # the answers to the risk model's factors
    risk: RiskSection
    score: ScoreSection
    answers: tuple[AnswerEntry, ...]
    audit_chain_head: str
    report: ReportSection | None = field(default=None, metadata=OPTIONAL)
    #: Answers to the pack's profile questions (absent for packs that ask none).
    profile_answers: Mapping[str, str] | None = field(default=None, metadata=OPTIONAL)
    #: Answers kept for items that no longer apply with the profile answers (not scored;
    #: absent when there are none).
    answers_not_applying: tuple[AnswerEntry, ...] | None = field(default=None,
                                                                 metadata=OPTIONAL)

    def answers_by_item(self) -> dict[str, AnswerEntry]:
        return {answer.item: answer for answer in self.answers}


def legacy_reason(reason: GapReason, severity: Severity, status: Status) -> str:
    """The English ``reason`` of a gap or driver in the document (fixed by the format)."""
    if reason is GapReason.CRITICAL_WITHOUT_EVIDENCE:
        return "critical item implemented without evidence (risk grade very-high)"
    if reason is GapReason.SHORTFALL:
        return f"{severity.value} item {status.value}"
    return f"critical item {status.value}"


def _gap(gap: Gap) -> GapEntry:
    return GapEntry(item=gap.item_id, theme=gap.theme, severity=gap.severity, status=gap.status,
                    reason=legacy_reason(gap.reason, gap.severity, gap.status),
                    reason_code=gap.reason)


def _driver(gap: Gap) -> DriverEntry:
    return DriverEntry(item=gap.item_id, status=gap.status, severity=gap.severity,
                       lost_weight=gap.lost_weight,
                       reason=legacy_reason(gap.reason, gap.severity, gap.status),
                       reason_code=gap.reason)


def score_section(score: Score) -> ScoreSection:
    """The score as the document shows it."""
    return ScoreSection(
        verdict=score.verdict,
        reasons=tuple(explain.render_all(score.reasons, "en")),
        reasons_zh=tuple(explain.render_all(score.reasons, "zh")),
        overall=TallyData.of(score.overall),
        themes={theme: TallyData.of(tally) for theme, tally in score.themes.items()},
        critical_gaps=tuple(_gap(g) for g in score.critical_gaps),
        critical_unanswered=tuple(score.critical_unanswered),
        pending_review=tuple(score.pending_review),
        drivers=tuple(_driver(g) for g in score.drivers[:DRIVERS_LISTED]),
        remediation_missing=tuple(score.remediation_missing),
        effectively_critical_items=tuple(sorted(score.effective_critical)),
        reason_records=tuple(score.reasons),
    )


def header(assessment: Assessment, pack_hash: str) -> Header:
    record, pack = assessment.record, assessment.pack
    return Header(
        id=record.id, uid=record.uid, organisation=record.organisation,
        system_name=record.system_name, system_description=record.system_description,
        sector=assessment.sector, assessor=record.assessor, created_at=record.created_at,
        updated_at=record.updated_at, archived=bool(record.archived),
        superseded_by=record.superseded_by, upgraded_from=record.upgraded_from,
        pack=PackRef(pack.pack_id, pack.version, pack.label, pack_hash),
        sign_off=assessment.sign_off)


def build_results(assessment: Assessment, answers: Mapping[str, Answer], score: Score,
                  pack_hash: str, audit_head: str) -> Results:
    """The results of an assessment, gathered in one place."""
    risk = assessment.risk
    return Results(
        format=RESULTS_FORMAT,
        program_version=__version__,
        assessment=header(assessment, pack_hash),
        profile=dict(assessment.risk_answers),
        risk=RiskSection(grade=risk.grade.code, points=risk.points,
                         reasons_en=tuple(r.en for r in risk.reasons),
                         reasons_zh=tuple(r.zh for r in risk.reasons), model=risk.model_id,
                         label_zh=risk.grade.name.zh, label_en=risk.grade.name.en,
                         max_points=risk.max_points),
        score=score_section(score),
        answers=tuple(AnswerEntry.of(answers.get(item.id) or Answer(item_id=item.id))
                      for item in assessment.items),
        audit_chain_head=audit_head,
        profile_answers=dict(assessment.profile_answers) or None,
        answers_not_applying=tuple(AnswerEntry.of(answers[item.id])
                                   for item in assessment.items_not_applying
                                   if item.id in answers and not answers[item.id].is_blank)
        or None,
    )


def results_to_dict(results: Results) -> dict[str, Any]:
    """The JSON document of ``results``."""
    document: dict[str, Any] = to_json(results)
    return document


class ResultsFormatError(UsageError):
    """A results document does not have the ``selfcheck-results/1`` shape."""


def parse_results(data: Any) -> Results:
    """Read a ``selfcheck-results/1`` document (e.g. a verified report's ``results.json``)
    into typed data. Strict: a missing, unknown or ill-typed field is a
    :class:`ResultsFormatError` naming the field."""
    if isinstance(data, dict) and data.get("format") != RESULTS_FORMAT:
        raise ResultsFormatError(
            f"results: format: expected {RESULTS_FORMAT!r}, found {data.get('format')!r}",
            zh=f"结果文档：format 字段应为 {RESULTS_FORMAT!r}，实际为 {data.get('format')!r}")
    try:
        results: Results = from_json(Results, data)
        _check_grade(results.risk)
    except CodecError as exc:
        raise ResultsFormatError(f"results: {exc}",
                                 zh=f"结果文档格式不符：{exc.message_zh}") from None
    return results


def _check_grade(risk: RiskSection) -> None:
    """A grade of the default model (named, or of a document without a model) must be one
    of its grades; other models' grades are the pack's and cannot be checked here."""
    default = default_risk_model()
    if risk.model not in (None, default.id):
        return
    codes = [grade.id for grade in default.grades]
    if risk.grade not in codes:
        raise CodecError("risk.grade", f"unknown risk grade {risk.grade!r} (the grades of "
                         f"{default.id}: {', '.join(codes)})",
                         f"未知的风险等级 {risk.grade!r}（{default.id} 的等级：{'、'.join(codes)}）")
