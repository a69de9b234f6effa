"""PDF summary reports of assessments: gather the data, then render (see also
:mod:`selfcheck.core.signing` for attaching results.json and signing, and
:mod:`selfcheck.core.verify` for checking a signed report)."""

from selfcheck.core.report.data import (
    DEFAULT_MARKINGS,
    LANGUAGES,
    RESULTS_FILE_NAME,
    ItemText,
    ReportData,
    ThemeText,
    clean_marking,
    gather_report_data,
    results_document,
    results_json_bytes,
)
from selfcheck.core.report.pdf import SIGNATURE_BOX, SIGNATURE_PAGE, render_report

__all__ = [
    "DEFAULT_MARKINGS",
    "LANGUAGES",
    "RESULTS_FILE_NAME",
    "SIGNATURE_BOX",
    "SIGNATURE_PAGE",
    "ItemText",
    "ReportData",
    "ThemeText",
    "clean_marking",
    "gather_report_data",
    "render_report",
    "results_document",
    "results_json_bytes",
]
