"""The plain rows the store reads and writes, shared by the facade and the parts that
work on them (e.g. pack install policy on ``PackRecord``). Immutable NamedTuples:
cheap to define at start."""

from __future__ import annotations

from typing import NamedTuple

GENESIS_HASH = "0" * 64


# Rows are NamedTuples: immutable like frozen dataclasses, and much cheaper to define
# (dataclass creation was a measurable part of the program's start).
class PackRecord(NamedTuple):
    """An installed pack version."""

    pack_id: str
    version: int
    label: str
    content_hash: str
    origin: str
    signer_key_id: str | None
    installed_at: str
    pack_json: str


class AssessmentRecord(NamedTuple):
    """The stored header of an assessment."""

    id: int
    uid: str
    pack_id: str
    pack_version: int
    organisation: str
    system_name: str
    system_description: str
    sector: str
    assessor: str
    profile_json: str
    risk_grade: int
    created_at: str
    updated_at: str
    archived: bool
    superseded_by: int | None
    upgraded_from: int | None
    # who prepared (the assessor), reviewed and approved it: the report's sign-off block;
    # dates are ISO text or "" (schema 6)
    assessor_role: str = ""
    prepared_on: str = ""
    reviewer: str = ""
    reviewer_role: str = ""
    reviewed_on: str = ""
    approver: str = ""
    approver_role: str = ""
    approved_on: str = ""


class AuditEntry(NamedTuple):
    seq: int
    at: str
    actor: str
    action: str
    assessment_id: int | None
    payload: str
    prev_hash: str
    hash: str


class ChainReport(NamedTuple):
    """Result of verifying the audit chain."""

    entries: int
    ok: bool
    broken_at: int | None = None
    problem: str = ""
    head_hash: str = GENESIS_HASH
    problem_zh: str = ""

    def localized_problem(self, lang: str) -> str:
        """The problem in Chinese for ``lang`` "zh", else in English."""
        return self.problem_zh if lang == "zh" and self.problem_zh else self.problem


class TrustedPackKey(NamedTuple):
    key_id: str
    public_key: str
    label: str
    allowed_packs: tuple[str, ...] | None
    added_at: str
    revoked_at: str | None


class ReviewReportRecord(NamedTuple):
    """A verified report in the reviewer's register: what the register lists of it.

    ``version`` and ``versions`` place it among the reports of the same assessment
    (same ``assessment_uid``), ordered by signing time; they are computed when read.
    ``verify_notes`` is the verifier's notes as JSON (a list of [English, Chinese]).
    """

    id: int
    file_sha256: str
    file_name: str
    source_path: str
    file_size: int
    received_at: str
    assessment_uid: str
    organisation: str
    system_name: str
    sector: str
    risk_grade: str
    verdict: str
    percent: float
    critical_gaps: int
    pending_review: int
    unanswered: int
    items: int
    pack_id: str
    pack_version: int
    pack_label: str
    pack_sha256: str
    signer: str
    signer_organisation: str
    signer_fingerprint: str
    issuer: str
    trust_root: str
    signing_time: str
    results_sha256: str
    verify_notes: str
    version: int = 1
    versions: int = 1


class ReviewThemeRecord(NamedTuple):
    """One theme's tally in a registered report."""

    theme: str
    items: int
    answered: int
    percent: float
    earned: float
    possible: float


class ReviewGapRecord(NamedTuple):
    """One critical gap of a registered report."""

    item_id: str
    theme: str
    severity: str
    status: str


class NewReport(NamedTuple):
    """An authentic report ready to be stored in the register: its row (id 0 until
    stored), its results.json, its theme tallies and its critical gaps."""

    record: ReviewReportRecord
    results_json: str
    themes: tuple[ReviewThemeRecord, ...]
    gaps: tuple[ReviewGapRecord, ...]
