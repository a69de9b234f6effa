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
from selfcheck.core.reports.results import Results, ResultsFormatError
from selfcheck.core.review import analysis, tables
from selfcheck.core.review.entries import PackTexts, RegisterEntry, register_entries
from selfcheck.core.review.export import Table, write_tables
from selfcheck.core.review.importing import ImportOutcome, ImportSummary, OutcomeKind, ProgressFn, import_files
from selfcheck.core.review.notes import InstalledPacks
from selfcheck.core.review.register import new_report, stored_results
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

    def _register(self, check: FileCheck) -> ImportOutcome:
        """Store one checked file when it is an authentic report; say what became of it."""
        path = check.path
        if check.result is None and not check.duplicate:
            return ImportOutcome(path, OutcomeKind.REJECTED, check.reason, check.reason_zh)
        if check.sha256 is not None and (check.duplicate or check.result is not None):
            known = self._store.review_id_of_file(check.sha256)
            if known is not None:
                return self._outcome(path, OutcomeKind.DUPLICATE, known)
        result = check.result
        if result is None or not result.authentic or check.sha256 is None:
            reasons = result.reasons if result else ("not verified",)
            return ImportOutcome(path, OutcomeKind.REJECTED, reasons[0],
                                 result.localized_reason("zh") if result else "未核验")
        try:
            report = new_report(result, sha256=check.sha256, size=check.size or 0,
                                received_at=utc_now())
        except ResultsFormatError as exc:
            return ImportOutcome(
                path, OutcomeKind.REJECTED,
                f"authentic, but the register cannot read its results: {exc.message}",
                f"签名可信，但登记簿无法读取其结果：{exc.localized('zh')}")
        try:
            report_id = self._store.review_add(report.record, report.results_json,
                                               report.themes, report.gaps)
        except StoreError as exc:
            return ImportOutcome(path, OutcomeKind.REJECTED,
                                 f"authentic, but it could not be stored: {exc.message}",
                                 f"签名可信，但未能存入登记簿：{exc.localized('zh')}")
        if report_id is None:
            known = self._store.review_id_of_file(check.sha256)
            return self._outcome(path, OutcomeKind.DUPLICATE, known)
        return self._outcome(path, OutcomeKind.ADDED, report_id)

    def _outcome(self, path: str, kind: OutcomeKind, report_id: int | None) -> ImportOutcome:
        if report_id is None:
            return ImportOutcome(path, kind)
        row = self._store.review_row(report_id)
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
        return InstalledPacks(newest, hashes)

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
        return sorted(self._store.review_rows(assessment_uid=uid), key=lambda r: r.version)

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
