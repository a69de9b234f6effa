"""The facade's report manager: the results document and the report data of an
assessment (read from the database, quickly), and exporting a report file: the signed
PDF, the workbook (整改台账) or the Word working draft, by the file name's ending."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING, Any

from selfcheck.core.errors import UsageError
from selfcheck.core.immutable import immutable
from selfcheck.core.progress import Progress
from selfcheck.core.reports.data import ReportData, check_language, report_data
from selfcheck.core.reports.office import SUFFIXES, ReportFormat, build_office_file, format_of
from selfcheck.core.reports.output import ExportResult, check_output_path
from selfcheck.core.reports.results import Results, build_results, results_to_dict

if TYPE_CHECKING:
    from selfcheck.core.collection.collection import Collection
    from selfcheck.core.pki.ca import Identity


class ReportManager:
    """Reports of the assessments in one collection."""

    def __init__(self, collection: Collection) -> None:
        self._collection = collection

    def results(self, assessment_id: int) -> dict[str, Any]:
        """The machine-readable results document (``results.json``, ``assess show --json``)."""
        return results_to_dict(self.typed_results(assessment_id))

    def typed_results(self, assessment_id: int) -> Results:
        """The results of an assessment as typed data."""
        col = self._collection
        assessment = col.assessment(assessment_id)
        pack_hash = col.packs.content_hash(assessment.pack.pack_id, assessment.pack.version)
        return build_results(assessment, col.answers(assessment_id), col.score(assessment_id),
                             pack_hash, col.audit_head())

    def data(self, assessment_id: int, *, marking: str, distribution: str = "",
             now: dt.datetime | None = None) -> ReportData:
        """Everything the report shows (fast; call on the thread that owns the collection).

        The result is immutable plain data: rendering and signing may then run on a
        worker thread without touching the database."""
        assessment = self._collection.assessment(assessment_id)
        return report_data(assessment, self.typed_results(assessment_id), marking=marking,
                           distribution=distribution, now=now)

    def protected_files(self) -> tuple[Path, ...]:
        """Files a report may never be written over (the database and its companions)."""
        return self._collection.database_files()

    def prepare_export(self, assessment_id: int, output: Path, *, identity: Path | None,
                       passphrase: str | None, lang: str, marking: str,
                       distribution: str = "", overwrite: bool = False) -> PreparedExport:
        """Check the output and open the identity (``identity``: a PKCS#12 path), then
        gather the report's data: the part of an export that reads the database.

        ``output`` ends in .pdf, .xlsx or .docx; only a PDF is signed. The identity is
        opened and checked before any rendering, so a wrong passphrase or an expired
        certificate fails fast and nothing is written. An existing ``output`` is
        replaced only with ``overwrite``; the identity and the database never are.
        """
        lang = check_language(lang)
        protected = (*self.protected_files(), *((identity,) if identity is not None else ()))
        check_output_path(output, overwrite=overwrite, protected=protected, suffixes=SUFFIXES)
        fmt = format_of(output)
        if identity is not None and fmt is not ReportFormat.PDF:
            raise UsageError("only the PDF report is signed; a workbook or Word draft is "
                             "exported without a signature",
                             zh="只有 PDF 报告可以签名；工作簿和 Word 工作稿导出时不签名")
        opened: Identity | None = None
        if identity is not None:
            if passphrase is None:
                raise UsageError("a passphrase is needed to open the signer identity",
                                 zh="打开签名身份需要口令")
            from selfcheck.core.pki.ca import load_identity  # the certificate machinery, when signing

            opened = load_identity(identity, passphrase)
            opened.check_fit()
        data = self.data(assessment_id, marking=marking, distribution=distribution)
        return PreparedExport(data, output, lang, opened, overwrite, protected, fmt)

    def export(self, assessment_id: int, output: Path, *, identity: Path | None,
               passphrase: str | None, lang: str, marking: str, distribution: str = "",
               progress: Progress | None = None, overwrite: bool = False) -> ExportResult:
        """Gather, render, sign (if ``identity`` is a PKCS#12 path) and write a report
        (:meth:`prepare_export`, then :meth:`PreparedExport.run`)."""
        return self.prepare_export(
            assessment_id, output, identity=identity, passphrase=passphrase, lang=lang,
            marking=marking, distribution=distribution, overwrite=overwrite).run(progress)


@immutable
class PreparedExport:
    """A report whose data is gathered: rendering, signing and writing it need no database,
    so :meth:`run` may go on a worker thread while the collection serves others."""

    data: ReportData
    output: Path
    lang: str
    identity: Identity | None
    overwrite: bool
    protected: tuple[Path, ...]
    format: ReportFormat = ReportFormat.PDF

    def run(self, progress: Progress | None = None) -> ExportResult:
        """Render, attach ``results.json``, sign (with an identity) and write the file
        (a workbook or Word draft: build and write it)."""
        if self.format is not ReportFormat.PDF:
            return build_office_file(self.data, self.output, self.format, lang=self.lang,
                                     progress=progress, overwrite=self.overwrite,
                                     protected=self.protected)
        from selfcheck.core.reports.signing import build_report_file  # reportlab, pyHanko

        return build_report_file(self.data, self.output, lang=self.lang,
                                 identity=self.identity, progress=progress,
                                 overwrite=self.overwrite, protected=self.protected)
