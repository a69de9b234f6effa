"""From a verified file to the register's rows, and back to its typed results."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import TYPE_CHECKING

from selfcheck.core.records import NewReport, ReviewGapRecord, ReviewReportRecord, ReviewThemeRecord
from selfcheck.core.reports.results import Results, parse_results
from selfcheck.core.text import loads_untrusted

if TYPE_CHECKING:
    from selfcheck.core.reports.verify import VerificationResult


def utc_text(moment: dt.datetime) -> str:
    """A moment as ISO 8601 UTC text with a Z, always with microseconds (so that texts
    sort as the moments do)."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)
    return moment.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def parse_utc(text: str) -> dt.datetime | None:
    """The moment of :func:`utc_text` (None for an empty or malformed text)."""
    try:
        moment = dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return None
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=dt.UTC)


def new_report(result: VerificationResult, *, sha256: str, size: int, received_at: dt.datetime
               ) -> NewReport:
    """The register's rows of an authentic report (raises :class:`ResultsFormatError` when
    its results.json is not a results document the strict parser reads)."""
    if not result.authentic or result.results is None or result.signing_time is None:
        raise ValueError("only an authentic report can be registered")
    from selfcheck.core.reports.verify import SIGNER_CLOCK_NOTE  # pyHanko's verifier

    results = parse_results(result.results)
    head, score = results.assessment, results.score
    notes = [[en, zh] for en, zh in zip(result.notes, result.localized_notes("zh"), strict=True)
             if en != SIGNER_CLOCK_NOTE]
    record = ReviewReportRecord(
        id=0, file_sha256=sha256, file_name=Path(result.file).name, source_path=result.file,
        file_size=size, received_at=utc_text(received_at), assessment_uid=head.uid,
        organisation=head.organisation, system_name=head.system_name,
        sector=head.sector.value, risk_grade=results.risk.grade,
        verdict=score.verdict.value, percent=score.overall.percent,
        critical_gaps=len(score.critical_gaps), pending_review=len(score.pending_review),
        unanswered=score.overall.items - score.overall.answered, items=score.overall.items,
        pack_id=head.pack.pack_id, pack_version=head.pack.version, pack_label=head.pack.label,
        pack_sha256=head.pack.content_sha256, signer=result.signer or "",
        signer_organisation=result.signer_organisation or "",
        signer_fingerprint=result.signer_fingerprint or "", issuer=result.issuer or "",
        trust_root=result.trust_root or "", signing_time=utc_text(result.signing_time),
        results_sha256=result.results_sha256 or "",
        verify_notes=json.dumps(notes, ensure_ascii=False))
    themes = tuple(ReviewThemeRecord(theme, t.items, t.answered, t.percent, t.weighted_earned,
                                     t.weighted_possible) for theme, t in score.themes.items())
    gaps = tuple(ReviewGapRecord(g.item, g.theme, g.severity.value, g.status.value)
                 for g in score.critical_gaps)
    return NewReport(record, json.dumps(result.results, ensure_ascii=False), themes, gaps)


def stored_results(results_json: str) -> Results:
    """The typed results of a stored results.json (read strictly when it was imported)."""
    return parse_results(loads_untrusted(results_json.encode("utf-8")))


def verify_notes(record: ReviewReportRecord) -> list[tuple[str, str]]:
    """The verifier's notes kept with a report, as (English, Chinese) pairs."""
    try:
        notes = json.loads(record.verify_notes)
    except ValueError:
        return []
    return [(str(n[0]), str(n[1])) for n in notes if isinstance(n, list) and len(n) == 2]
