"""Views across the reports of the register.

* :func:`gap_matrix` — organisation × theme: the weighted score of each theme over an
  organisation's reports, and its status (a critical gap, unanswered items, below the
  pass mark, or met);
* :func:`frequent_gaps` — the critical gaps found most often: item → reports → units;
* :func:`history` — the versions of one assessment over time, with the critical gaps
  each version opened and closed;
* :func:`compare` — two reports item by item: improved, regressed, unchanged, new.

They work on the newest version of each assessment where a view is across
assessments (the caller passes those rows), and never read the database themselves.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

from selfcheck.core.answers import Status
from selfcheck.core.immutable import immutable
from selfcheck.core.model import SEVERITY_WEIGHT, Severity
from selfcheck.core.records import ReviewGapRecord, ReviewReportRecord, ReviewThemeRecord
from selfcheck.core.reports.results import Results
from selfcheck.core.review.notes import name_key
from selfcheck.core.scoring import PASS_PERCENT

#: How good an answer is, for telling improved from regressed (not applicable apart).
_RANK = {Status.IMPLEMENTED: 3, Status.PARTIAL: 2, Status.NOT_IMPLEMENTED: 1,
         Status.UNANSWERED: 0}


# -- organisation × theme ------------------------------------------------------------

@immutable
class MatrixCell:
    """One organisation's result in one theme (or overall), over its reports."""

    percent: float
    status: str
    items: int
    answered: int
    gaps: tuple[str, ...]
    reports: tuple[int, ...]


@immutable
class GapMatrix:
    """Gaps by organisation and theme across the selected reports."""

    organisations: tuple[str, ...]
    themes: tuple[str, ...]
    cells: Mapping[tuple[str, str], MatrixCell]
    overall: Mapping[str, MatrixCell]
    reports: Mapping[str, tuple[int, ...]]

    def cell(self, organisation: str, theme: str) -> MatrixCell | None:
        return self.cells.get((organisation, theme))


def _cell(tallies: Sequence[ReviewThemeRecord], gaps: Sequence[str],
          reports: Sequence[int]) -> MatrixCell:
    items = sum(t.items for t in tallies)
    answered = sum(t.answered for t in tallies)
    earned = sum(t.earned for t in tallies)
    possible = sum(t.possible for t in tallies)
    percent = round(100.0 * earned / possible, 1) if possible else 100.0
    if gaps:
        status = "gap"
    elif answered < items:
        status = "incomplete"
    elif percent < PASS_PERCENT:
        status = "partial"
    else:
        status = "met"
    return MatrixCell(percent, status, items, answered, tuple(sorted(set(gaps))),
                      tuple(reports))


def organisation_groups(rows: Iterable[ReviewReportRecord]) -> dict[str, list[ReviewReportRecord]]:
    """Rows grouped by organisation (names equal but for width, case and spaces are one
    organisation, shown as first spelt); sorted by name."""
    groups: dict[str, list[ReviewReportRecord]] = {}
    names: dict[str, str] = {}
    for row in rows:
        name = names.setdefault(name_key(row.organisation), row.organisation)
        groups.setdefault(name, []).append(row)
    return dict(sorted(groups.items()))


def gap_matrix(rows: Sequence[ReviewReportRecord],
               themes: Mapping[int, Sequence[ReviewThemeRecord]],
               gaps: Mapping[int, Sequence[ReviewGapRecord]],
               theme_order: Sequence[str] = ()) -> GapMatrix:
    """The organisation × theme table of ``rows`` (one row per assessment: its newest)."""
    groups = organisation_groups(rows)
    seen = {t.theme for row in rows for t in themes.get(row.id, ())}
    order = [t for t in theme_order if t in seen] + sorted(seen - set(theme_order))
    cells: dict[tuple[str, str], MatrixCell] = {}
    overall: dict[str, MatrixCell] = {}
    for organisation, members in groups.items():
        ids = [row.id for row in members]
        all_tallies = [t for i in ids for t in themes.get(i, ())]
        all_gaps = [g.item_id for i in ids for g in gaps.get(i, ())]
        overall[organisation] = _cell(all_tallies, all_gaps, ids)
        for theme in order:
            tallies = [t for t in all_tallies if t.theme == theme]
            if tallies:
                theme_gaps = [g.item_id for i in ids for g in gaps.get(i, ()) if g.theme == theme]
                cells[(organisation, theme)] = _cell(tallies, theme_gaps, ids)
    return GapMatrix(tuple(groups), tuple(order), cells, overall,
                     {name: tuple(row.id for row in members) for name, members in groups.items()})


# -- the most frequent critical gaps ---------------------------------------------------------

@immutable
class FrequentGap:
    """An item found as a gap in several reports."""

    item: str
    theme: str
    severity: str
    reports: tuple[int, ...]
    organisations: tuple[str, ...]

    @property
    def count(self) -> int:
        return len(self.reports)


def frequent_gaps(rows: Sequence[ReviewReportRecord],
                  gaps: Mapping[int, Sequence[ReviewGapRecord]]) -> list[FrequentGap]:
    """Critical gaps by item over ``rows``, the most frequent first."""
    organisation_of = {row.id: name for name, members in organisation_groups(rows).items()
                       for row in members}
    by_item: dict[str, list[tuple[int, ReviewGapRecord]]] = {}
    for row in rows:
        for gap in gaps.get(row.id, ()):
            by_item.setdefault(gap.item_id, []).append((row.id, gap))
    found = []
    for item, entries in by_item.items():
        worst = max((gap.severity for _, gap in entries), key=_severity_weight)
        found.append(FrequentGap(
            item, entries[0][1].theme, worst, tuple(report for report, _ in entries),
            tuple(sorted({organisation_of[report] for report, _ in entries}))))
    found.sort(key=lambda gap: (-gap.count, -len(gap.organisations), gap.item))
    return found


def _severity_weight(code: str) -> int:
    try:
        return SEVERITY_WEIGHT[Severity(code)]
    except ValueError:
        return 0


# -- the versions of one assessment -------------------------------------------------------

@immutable
class HistoryStep:
    """One version of an assessment, with what changed since the one before."""

    row: ReviewReportRecord
    gaps: tuple[str, ...]
    opened: tuple[str, ...]
    closed: tuple[str, ...]
    score_change: float | None


def history(rows: Sequence[ReviewReportRecord],
            gaps: Mapping[int, Sequence[ReviewGapRecord]]) -> list[HistoryStep]:
    """The versions in ``rows`` (one assessment's) in order, with gaps opened and closed."""
    steps: list[HistoryStep] = []
    previous: ReviewReportRecord | None = None
    before: list[str] = []
    for row in sorted(rows, key=lambda r: (r.version, r.id)):
        now = [gap.item_id for gap in gaps.get(row.id, ())]
        if previous is None:
            steps.append(HistoryStep(row, tuple(now), tuple(now), (), None))
        else:
            steps.append(HistoryStep(
                row, tuple(now), tuple(i for i in now if i not in before),
                tuple(i for i in before if i not in now),
                round(row.percent - previous.percent, 1)))
        previous, before = row, now
    return steps


# -- two reports, item by item ----------------------------------------------------------------

@immutable
class ItemChange:
    """How one item's status changed between two reports."""

    item: str
    before: Status | None
    after: Status | None
    kind: str


@immutable
class Comparison:
    """Two reports compared, the older (by signing time) first."""

    older: ReviewReportRecord
    newer: ReviewReportRecord
    changes: tuple[ItemChange, ...]
    gaps_opened: tuple[str, ...]
    gaps_closed: tuple[str, ...]

    @property
    def same_assessment(self) -> bool:
        return self.older.assessment_uid == self.newer.assessment_uid

    def counts(self) -> dict[str, int]:
        counts = dict.fromkeys(("improved", "regressed", "unchanged", "new", "removed",
                                "applicability"), 0)
        for change in self.changes:
            counts[change.kind] += 1
        return counts


def _change(before: Status | None, after: Status | None) -> str:
    if before is None:
        return "new"
    if after is None:
        return "removed"
    if before == after:
        return "unchanged"
    if Status.NOT_APPLICABLE in (before, after):
        return "applicability"
    return "improved" if _RANK[after] > _RANK[before] else "regressed"


def compare(a: tuple[ReviewReportRecord, Results],
            b: tuple[ReviewReportRecord, Results]) -> Comparison:
    """Compare two reports item by item, the older by signing time first."""
    (older, old), (newer, new) = sorted((a, b), key=lambda pair: (pair[0].signing_time,
                                                                  pair[0].id))
    before = {answer.item: answer.status for answer in old.answers}
    after = {answer.item: answer.status for answer in new.answers}
    changes = [ItemChange(item, before.get(item), status, _change(before.get(item), status))
               for item, status in after.items()]
    changes += [ItemChange(item, status, None, "removed")
                for item, status in before.items() if item not in after]
    old_gaps = [gap.item for gap in old.score.critical_gaps]
    new_gaps = [gap.item for gap in new.score.critical_gaps]
    return Comparison(older, newer, tuple(changes),
                      tuple(i for i in new_gaps if i not in old_gaps),
                      tuple(i for i in old_gaps if i not in new_gaps))
