"""The facade's review manager: the reviewer's register of received signed reports.

``collection.review`` imports report files (each verified strictly against this
machine's report trust roots, in parallel), lists the register with notes, and gives
the views across reports and their exports. Removing a report from the register is
audited and never touches the file it came from.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import serialization

from selfcheck.core.collection.packs import PackManager
from selfcheck.core.errors import StoreError, UsageError
from selfcheck.core.pki.roots import ReportRoots
from selfcheck.core.records import ReviewReportRecord
from selfcheck.core.reports.results import Results
from selfcheck.core.review import analysis, tables
from selfcheck.core.review.entries import PackTexts, RegisterEntry, register_entries
from selfcheck.core.review.export import Table, write_tables
from selfcheck.core.review.importing import ImportOutcome, ImportSummary, OutcomeKind, ProgressFn, import_files
from selfcheck.core.review.notes import InstalledPacks
from selfcheck.core.review.register import stored_results
from selfcheck.core.review.worker import CheckSettings, FileCheck
from selfcheck.core.store import Store
from selfcheck.core.text import utc_now

#: What ``export`` can write: the register and the views across it.
EXPORT_VIEWS = ("register", "matrix", "gaps", "history", "compare", "all")


class ReviewManager:
    """The register of received reports in one collection."""

    def __init__(self, store: Store, packs: PackManager, roots: ReportRoots,
                 protected: Callable[[], Sequence[Path]]) -> None:
        self._store = store
        self._packs = packs
        self._roots = roots
        self._protected = protected

    # -- importing ---------------------------------------------------------------

    def import_paths(self, paths: Iterable[Path], *,
                     extra_roots: Sequence[x509.Certificate] = (),
                     progress: ProgressFn | None = None,
                     cancelled: Callable[[], bool] = lambda: False,
                     workers: int | None = None) -> ImportSummary:
        """Verify and register the reports in ``paths`` (files and folders, recursively).

        Trusted roots: this machine's report roots plus ``extra_roots``, with the revocation
        lists kept for them (a revoked signer's report is refused, as ``verify`` refuses
        it). Never raises for a bad file: each one's outcome is in the summary."""
        roots = [*self._roots.certificates(), *extra_roots]
        settings = CheckSettings(
            tuple(root.public_bytes(serialization.Encoding.DER) for root in roots),
            frozenset(self._store.review_known_hashes()), utc_now(),
            tuple(crl.der for crl in self._roots.revocation_lists()))
        return import_files(paths, settings, self._register, progress=progress,
                            cancelled=cancelled, workers=workers)

    def _register(self, checks: Sequence[FileCheck]) -> list[ImportOutcome]:
        """Store the authentic reports among ``checks`` (one transaction; a file the
        store refuses, e.g. on a full disk, is then tried alone and rejected with the
        reason); say what became of each file, in order."""
        outcomes: list[ImportOutcome | None] = [self._unstored(check) for check in checks]
        waiting = [i for i, outcome in enumerate(outcomes) if outcome is None]
        stored = self._store_reports([checks[i] for i in waiting])
        rows = self._rows_of([checks[i] for i in waiting])
        for i, result in zip(waiting, stored, strict=True):
            check = checks[i]
            if isinstance(result, StoreError):
                outcomes[i] = ImportOutcome(
                    check.path, OutcomeKind.REJECTED,
                    f"authentic, but it could not be stored: {result.message}",
                    f"签名可信，但未能存入登记簿：{result.localized('zh')}")
            elif result is None:
                outcomes[i] = self._outcome(check.path, OutcomeKind.DUPLICATE,
                                            self._store.review_id_of_file(check.sha256 or ""))
            else:
                outcomes[i] = self._outcome(check.path, OutcomeKind.ADDED, result, rows)
        return [outcome for outcome in outcomes if outcome is not None]

    def _unstored(self, check: FileCheck) -> ImportOutcome | None:
        """The outcome of a file that is not to be stored (None for one that is)."""
        if check.reason:
            return ImportOutcome(check.path, OutcomeKind.REJECTED, check.reason, check.reason_zh)
        if check.duplicate:
            return self._outcome(check.path, OutcomeKind.DUPLICATE,
                                 self._store.review_id_of_file(check.sha256 or ""))
        result = check.result
        if result is None or not result.authentic or check.report is None:
            reasons = result.reasons if result is not None and result.reasons else ("not verified",)
            return ImportOutcome(check.path, OutcomeKind.REJECTED, reasons[0],
                                 result.localized_reason("zh") if result else "未核验")
        return None

    def _store_reports(self, checks: Sequence[FileCheck]) -> list[int | StoreError | None]:
        reports = [check.report for check in checks if check.report is not None]
        try:
            return list(self._store.review_add(reports))
        except StoreError:
            pass
        found: list[int | StoreError | None] = []
        for report in reports:  # one by one: each file gets its own reason
            try:
                found.append(self._store.review_add([report])[0])
            except StoreError as exc:
                found.append(exc)
        return found

    def _rows_of(self, checks: Sequence[FileCheck]) -> dict[int, ReviewReportRecord]:
        uids = sorted({c.report.record.assessment_uid for c in checks if c.report is not None})
        return {row.id: row for row in self._store.review_rows(assessment_uids=uids)} \
            if uids else {}

    def _outcome(self, path: str, kind: OutcomeKind, report_id: int | None,
                 rows: dict[int, ReviewReportRecord] | None = None) -> ImportOutcome:
        if report_id is None:
            return ImportOutcome(path, kind)
        row = (rows or {}).get(report_id) or self._store.review_row(report_id)
        return ImportOutcome(path, kind, report_id=report_id, organisation=row.organisation,
                             system_name=row.system_name, version=row.version)

    # -- reading -------------------------------------------------------------------

    def installed_packs(self) -> InstalledPacks:
        """The pack versions installed here, which the rows' notes compare with."""
        newest: dict[str, int] = {}
        hashes: dict[tuple[str, int], str] = {}
        for record in self._packs.records():
            newest[record.pack_id] = max(newest.get(record.pack_id, 0), record.version)
            hashes[(record.pack_id, record.version)] = record.content_hash
        titles = {pack_id: self._packs.get(pack_id, version).title
                  for pack_id, version in newest.items()}
        return InstalledPacks(newest, hashes, titles)

    def pack_texts(self) -> PackTexts:
        """Theme titles and item questions from the packs installed here."""
        return PackTexts(self._packs.get(r.pack_id, r.version) for r in self._packs.records())

    def entries(self, *, latest_only: bool = False) -> list[RegisterEntry]:
        """The register: every report (or the newest of each assessment), with notes."""
        rows = self._store.review_rows()
        if latest_only:
            rows = [row for row in rows if row.version == row.versions]
        return register_entries(rows, self.installed_packs())

    def entry(self, report_id: int) -> RegisterEntry:
        return register_entries([self._store.review_row(report_id)], self.installed_packs())[0]

    def results(self, report_id: int) -> Results:
        """The results.json kept with a registered report, as typed data."""
        return stored_results(self._store.review_results_json(report_id))

    def versions(self, report_id: int) -> list[ReviewReportRecord]:
        """Every registered report of the same assessment, oldest first."""
        uid = self._store.review_row(report_id).assessment_uid
        return sorted(self._store.review_rows(assessment_uids=[uid]), key=lambda r: r.version)

    # -- views across reports ------------------------------------------------------------

    def _latest_rows(self) -> list[ReviewReportRecord]:
        return [row for row in self._store.review_rows() if row.version == row.versions]

    def gap_matrix(self, texts: PackTexts | None = None) -> analysis.GapMatrix:
        """Organisation × theme over the newest report of each assessment."""
        rows = self._latest_rows()
        ids = [row.id for row in rows]
        order = (texts or self.pack_texts()).order
        return analysis.gap_matrix(rows, self._store.review_themes(ids),
                                   self._store.review_gaps(ids), order)

    def frequent_gaps(self) -> list[analysis.FrequentGap]:
        """The critical gaps found most often in the newest report of each assessment."""
        rows = self._latest_rows()
        return analysis.frequent_gaps(rows, self._store.review_gaps([row.id for row in rows]))

    def history(self, report_id: int) -> list[analysis.HistoryStep]:
        """The versions of the assessment of ``report_id`` with gaps opened and closed."""
        rows = self.versions(report_id)
        return analysis.history(rows, self._store.review_gaps([row.id for row in rows]))

    def compare(self, first: int, second: int) -> analysis.Comparison:
        """Two registered reports compared item by item (the older first)."""
        if first == second:
            raise UsageError("choose two different reports to compare",
                             zh="请选择两份不同的报告进行比较")
        pairs = [(self._store.review_row(i), self.results(i)) for i in (first, second)]
        return analysis.compare(pairs[0], pairs[1])

    # -- changing and exporting ---------------------------------------------------------

    def remove(self, report_id: int) -> ReviewReportRecord:
        """Take a report out of the register (audited); the file it came from stays."""
        return self._store.review_remove(report_id)

    def tables(self, view: str, lang: str, *, report_ids: Sequence[int] = (),
               entries: Sequence[RegisterEntry] | None = None) -> list[Table]:
        """The tables of ``view`` (see :data:`EXPORT_VIEWS`) in ``lang``. ``history`` needs one
        report id, ``compare`` two; ``entries`` limits the register (e.g. to a filter)."""
        texts = self.pack_texts()
        if view == "history":
            return [tables.history_table(self.history(_ids(report_ids, 1)[0]), lang)]
        if view == "compare":
            first, second = _ids(report_ids, 2)
            return [tables.comparison_table(self.compare(first, second), texts, lang)]
        register = tables.register_table(entries if entries is not None else self.entries(), lang)
        matrix = tables.matrix_table(self.gap_matrix(texts), texts, lang)
        gaps = tables.gaps_table(self.frequent_gaps(), texts, lang)
        chosen = {"register": [register], "matrix": [matrix], "gaps": [gaps],
                  "all": [register, matrix, gaps]}
        if view not in chosen:
            raise UsageError(f"unknown view {view!r}; use one of {', '.join(EXPORT_VIEWS)}",
                             zh=f"未知的视图 {view!r}，可用：{', '.join(EXPORT_VIEWS)}")
        return chosen[view]

    def export(self, output: Path, view: str, lang: str, *, overwrite: bool = False,
               report_ids: Sequence[int] = (),
               entries: Sequence[RegisterEntry] | None = None) -> Path:
        """Write a view to ``output`` (.xlsx: one sheet per table; .csv: one table)."""
        return write_tables(output, self.tables(view, lang, report_ids=report_ids,
                                                entries=entries),
                            overwrite=overwrite, protected=self._protected())


def _ids(report_ids: Sequence[int], count: int) -> Sequence[int]:
    if len(report_ids) != count:
        raise UsageError(f"give {count} report number(s) for this view",
                         zh=f"该视图需要 {count} 个报告编号")
    return report_ids
