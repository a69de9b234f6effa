"""Full-text search over the register in Chinese and English.

Each row gets one search text: its names, signer, pack and file, and the labels of
its sector, risk grade and verdict and its notes in both languages, normalised
(width, case). A query matches when every one of its words occurs in it, so “交通
不符合” and “transport not met” find the same rows. Substring matching suits
Chinese, which has no spaces between words.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence

from selfcheck.core.immutable import immutable
from selfcheck.core.records import ReviewReportRecord
from selfcheck.core.review.labels import both_labels
from selfcheck.core.review.notes import RowNote


def normalise(text: str) -> str:
    """The form searches compare: NFKC (full-width → half-width) and case-folded."""
    return unicodedata.normalize("NFKC", text).casefold()


def search_text(row: ReviewReportRecord, notes: Sequence[RowNote]) -> str:
    """Everything a search may find in a row, in both languages, normalised."""
    parts = [
        row.organisation, row.system_name, row.signer, row.signer_organisation, row.issuer,
        row.file_name, row.pack_id, row.pack_label, f"v{row.pack_version}", row.assessment_uid,
        row.file_sha256, row.sector, row.verdict, row.risk_grade,
        *both_labels("sector", row.sector), *both_labels("verdict", row.verdict),
        *both_labels("grade", row.risk_grade),
    ]
    for note in notes:
        parts += (note.en, note.zh)
    return normalise("\n".join(parts))


@immutable
class Query:
    """A parsed search: every term must occur."""

    terms: tuple[str, ...]

    @classmethod
    def parse(cls, text: str) -> Query:
        return cls(tuple(normalise(text).split()))

    def matches(self, text: str) -> bool:
        return all(term in text for term in self.terms)
