"""The report's formats and writing the office ones: besides the (signed) PDF, a workbook
(XLSX: the 整改台账 and all answers, :mod:`selfcheck.core.reports.xlsx`) and an
editable Word working draft (DOCX, :mod:`selfcheck.core.reports.docx`). The office
formats are never signed; like the PDF, they are written atomically.
"""

from __future__ import annotations

from collections.abc import Iterable
from enum import StrEnum
from pathlib import Path

from selfcheck.core.progress import Progress, ProgressStep, no_progress
from selfcheck.core.reports.data import ReportData, check_language
from selfcheck.core.reports.output import ExportError, ExportResult, write_report_file


class ReportFormat(StrEnum):
    """The kinds of report file, by their file name ending."""

    PDF = "pdf"
    XLSX = "xlsx"
    DOCX = "docx"

    @property
    def suffix(self) -> str:
        return f".{self.value}"


SUFFIXES = tuple(fmt.suffix for fmt in ReportFormat)


def format_of(path: Path) -> ReportFormat:
    """The format a report file name asks for (ExportError for any other ending)."""
    for fmt in ReportFormat:
        if path.suffix.lower() == fmt.suffix:
            return fmt
    raise ExportError(f"{path.name}: a report file name must end in .pdf (the report), "
                      ".xlsx (the remediation register and all answers) or .docx (a Word "
                      "working draft)",
                      zh=f"{path.name}：报告文件名须以 .pdf（报告）、.xlsx（整改台账和全部答复）"
                      "或 .docx（Word 工作稿）结尾")


def render_office(data: ReportData, fmt: ReportFormat, lang: str) -> bytes:
    """The bytes of an office report file (XLSX or DOCX)."""
    if fmt is ReportFormat.XLSX:
        from selfcheck.core.reports.xlsx import render_workbook

        return render_workbook(data, lang)
    if fmt is ReportFormat.DOCX:
        from selfcheck.core.reports.docx import render_draft

        return render_draft(data, lang)
    raise ValueError(f"{fmt} is not an office format")


def build_office_file(data: ReportData, output: Path, fmt: ReportFormat, *, lang: str,
                      progress: Progress | None = None, overwrite: bool = False,
                      protected: Iterable[Path] = ()) -> ExportResult:
    """Build the workbook or Word draft of a report and write it (never half a file).
    Does not touch the database: safe on a worker thread."""
    lang = check_language(lang)
    report = progress or no_progress
    report(5, ProgressStep.RENDERING)
    content = render_office(data, fmt, lang)
    report(90, ProgressStep.WRITING)
    write_report_file(output, content, overwrite=overwrite, protected=protected,
                      suffixes=(fmt.suffix,))
    report(100, ProgressStep.DONE)
    pack = data.results.assessment.pack
    return ExportResult(
        path=output, size=len(content), signed=False, language=lang, marking=data.marking,
        results_sha256="",  # nothing is attached to an office file
        verdict=data.results.score.verdict.value, pack=f"{pack.pack_id} v{pack.version}",
        format=fmt.value)
