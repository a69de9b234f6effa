"""The reviewer's register in the database: received reports that passed verification.

:class:`ReviewTables` runs the register's SQL on the store's connection, under the
store's lock and in its transactions, with an audit entry for every report added
or removed. A report's place among the versions of its assessment (same uid,
ordered by signing time) is computed when the rows are read, so a report that
arrives late still takes its right place.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from selfcheck.core.errors import NotFoundError
from selfcheck.core.records import NewReport, ReviewGapRecord, ReviewReportRecord, ReviewThemeRecord
from selfcheck.core.store.base import StoreBase

#: The stored columns of a register row, in :class:`ReviewReportRecord` order.
_COLUMNS = ReviewReportRecord._fields[: ReviewReportRecord._fields.index("version")]
_SELECT = (
    f"SELECT {', '.join(_COLUMNS)},"
    " ROW_NUMBER() OVER (PARTITION BY assessment_uid ORDER BY signing_time, id),"
    " COUNT(*) OVER (PARTITION BY assessment_uid)"
    " FROM review_reports"
)
#: SQLite's limit on the parameters of one statement is 999 in older builds.
_CHUNK = 900


def _chunks(values: Sequence[int]) -> Iterable[Sequence[int]]:
    for start in range(0, len(values), _CHUNK):
        yield values[start:start + _CHUNK]


class ReviewTables(StoreBase):
    """Reads and writes of the register's tables."""

    def review_known_hashes(self) -> set[str]:
        """The SHA-256 of every file in the register."""
        with self._lock, self._translate("read the register"):
            return {row[0] for row in self._conn.execute("SELECT file_sha256 FROM review_reports")}

    def review_id_of_file(self, sha256: str) -> int | None:
        """The id of the registered report whose file has this SHA-256."""
        with self._lock, self._translate("read the register"):
            row = self._conn.execute("SELECT id FROM review_reports WHERE file_sha256 = ?",
                                      (sha256,)).fetchone()
        return int(row[0]) if row else None

    def review_add(self, reports: Sequence[NewReport]) -> list[int | None]:
        """Store verified reports, each with its audit entry, in one transaction; returns
        each one's id, or None for a file whose SHA-256 is already registered."""
        with self.transaction():
            return [self._review_insert(report) for report in reports]

    def _review_insert(self, report: NewReport) -> int | None:
        conn = self._conn
        record = report.record
        values = record._asdict()
        columns = [name for name in _COLUMNS if name != "id"]
        cursor = conn.execute(
            f"INSERT INTO review_reports ({', '.join(columns)})"
            f" VALUES ({', '.join('?' * len(columns))})"
            " ON CONFLICT (file_sha256) DO NOTHING",
            [values[name] for name in columns])
        if cursor.rowcount == 0:
            return None
        report_id = int(cursor.lastrowid or 0)
        conn.execute("INSERT INTO review_results (report_id, results_json) VALUES (?, ?)",
                     (report_id, report.results_json))
        conn.executemany(
            "INSERT INTO review_themes (report_id, theme, items, answered, percent, earned,"
            " possible) VALUES (?, ?, ?, ?, ?, ?, ?)",
            [(report_id, *theme) for theme in report.themes])
        conn.executemany(
            "INSERT INTO review_gaps (report_id, item_id, theme, severity, status)"
            " VALUES (?, ?, ?, ?, ?)", [(report_id, *gap) for gap in report.gaps])
        self._append_audit("review-report-added", None, {
            "report": report_id, "file_sha256": record.file_sha256,
            "file_name": record.file_name, "assessment_uid": record.assessment_uid,
            "organisation": record.organisation, "system_name": record.system_name,
            "signer_fingerprint": record.signer_fingerprint,
            "results_sha256": record.results_sha256})
        return report_id

    def review_rows(self, *, report_ids: Sequence[int] | None = None,
                    assessment_uids: Sequence[str] | None = None) -> list[ReviewReportRecord]:
        """Register rows (all, some ids, or those of some assessments), oldest first."""
        sql = _SELECT
        args: list[Any] = []
        if assessment_uids is not None:
            sql += f" WHERE assessment_uid IN ({', '.join('?' * len(assessment_uids))})"
            args.extend(assessment_uids)
        with self._lock, self._translate("read the register"):
            found = [ReviewReportRecord(*row) for row in
                     self._conn.execute(f"{sql} ORDER BY id", args)]
        if report_ids is not None:
            wanted = set(report_ids)
            found = [row for row in found if row.id in wanted]
        return found

    def _review_value(self, sql: str, report_id: int) -> Any:
        """The one value ``sql`` selects for ``report_id``; NotFoundError when there is none."""
        with self._lock, self._translate("read the register"):
            row = self._conn.execute(sql, (report_id,)).fetchone()
        if row is None:
            raise NotFoundError(f"report {report_id} is not in the register",
                                zh=f"登记簿中没有编号为 {report_id} 的报告")
        return row[0]

    def review_row(self, report_id: int) -> ReviewReportRecord:
        """One register row (with its version among its assessment's reports)."""
        uid = self._review_value("SELECT assessment_uid FROM review_reports WHERE id = ?",
                                 report_id)
        return next(row for row in self.review_rows(assessment_uids=[uid])
                    if row.id == report_id)

    def review_results_json(self, report_id: int) -> str:
        """The stored results.json of a registered report."""
        return str(self._review_value(
            "SELECT results_json FROM review_results WHERE report_id = ?", report_id))

    def review_themes(self, report_ids: Sequence[int]) -> dict[int, list[ReviewThemeRecord]]:
        """The theme tallies of the given reports."""
        return self._review_per_report(
            "SELECT report_id, theme, items, answered, percent, earned, possible"
            " FROM review_themes", report_ids, ReviewThemeRecord)

    def review_gaps(self, report_ids: Sequence[int]) -> dict[int, list[ReviewGapRecord]]:
        """The critical gaps of the given reports."""
        return self._review_per_report(
            "SELECT report_id, item_id, theme, severity, status FROM review_gaps",
            report_ids, ReviewGapRecord)

    def _review_per_report(self, select: str, report_ids: Sequence[int],
                    kind: Any) -> dict[int, list[Any]]:
        result: dict[int, list[Any]] = {report_id: [] for report_id in report_ids}
        with self._lock, self._translate("read the register"):
            for chunk in _chunks(list(report_ids)):
                marks = ",".join("?" * len(chunk))
                for row in self._conn.execute(
                        f"{select} WHERE report_id IN ({marks}) ORDER BY report_id, rowid", chunk):
                    result[row[0]].append(kind(*row[1:]))
        return result

    def review_remove(self, report_id: int, reason: Mapping[str, Any] | None = None) -> ReviewReportRecord:
        """Remove a report from the register (never the file it came from), audited."""
        with self.transaction():
            row = self.review_row(report_id)
            self._conn.execute("DELETE FROM review_reports WHERE id = ?", (report_id,))
            self._append_audit("review-report-removed", None, {
                "report": report_id, "file_sha256": row.file_sha256, "file_name": row.file_name,
                "assessment_uid": row.assessment_uid, "organisation": row.organisation,
                "system_name": row.system_name, **(reason or {})})
        return row
