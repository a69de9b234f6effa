"""The report as a workbook (XLSX) for the office: a 整改台账 (remediation register) the
department keeps tracking in a spreadsheet, and every answer on a second sheet.

The register lists the items to remediate in the report's order (critical gaps first),
with the question, the current answer, the gap, a remediation measure (filled with the
pack's guidance, to be changed), owner, due date, progress and the basis. Both sheets
print on A4 landscape with the header row on every page. Built from the same typed
report data as the PDF; texts are never written as formulas.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from selfcheck.core.reports.citations import item_citations, pack_name
from selfcheck.core.reports.data import ItemText, ReportData, check_language
from selfcheck.core.reports.layout import format_time
from selfcheck.core.reports.texts import t
from selfcheck.core.sources import SECONDARY_BASIS_NOTICE
from selfcheck.core.text import colon, list_separator
from selfcheck.core.workbooks import (
    Column,
    RowWriter,
    finish_table,
    new_workbook,
    print_setup,
    table_header,
    title_rows,
    workbook_bytes,
)

if TYPE_CHECKING:
    from openpyxl.worksheet.worksheet import Worksheet

REGISTER_COLUMNS = (("col_no", 6), ("col_item_id", 10), ("col_ask", 46), ("col_current", 17),
                    ("col_gap", 40), ("col_measure", 46), ("col_owner", 16),
                    ("col_due_by", 13.5), ("col_progress", 11), ("col_basis", 28))
ANSWER_COLUMNS = (("col_no", 6), ("col_item_id", 10), ("col_theme", 20), ("col_ask", 46),
                  ("col_severity", 9), ("col_status", 13), ("col_gap", 40),
                  ("col_evidence", 36), ("col_files", 28), ("col_owner", 16),
                  ("col_due_by", 13.5), ("col_basis", 28), ("col_notes", 12))
PROGRESS = ("progress_open", "progress_doing", "progress_done")


def render_workbook(data: ReportData, lang: str) -> bytes:
    """The XLSX workbook of a report in ``lang``: the register, then all answers."""
    lang = check_language(lang)
    workbook = new_workbook(lang)
    register = workbook.worksheets[0]
    register.title = t("xlsx_register", lang)
    _register(register, data, lang)
    _answers(workbook.create_sheet(t("xlsx_answers", lang)), data, lang)
    workbook.properties.title = t("xlsx_title", lang)
    workbook.properties.creator = f"AI Safety Self-Check {data.program_version}"
    return workbook_bytes(workbook)


def _columns(keys: tuple[tuple[str, float], ...], lang: str) -> list[Column]:
    return [Column(t(key, lang), width) for key, width in keys]


def _about(data: ReportData, lang: str) -> list[str]:
    """The lines above each table: what was assessed, the result, when and how marked."""
    head, score = data.results.assessment, data.results.score
    sep = colon(lang)
    gap = "；" if lang == "zh" else "; "
    lines = [
        gap.join((f"{t('organisation', lang)}{sep}{head.organisation}",
                  f"{t('system', lang)}{sep}{head.system_name}",
                  f"{t('pack', lang)}{sep}{pack_name(data, lang)}")),
        t("verdict_line", lang, verdict=score.verdict.label(lang),
          percent=f"{score.overall.percent:.1f}", grade=data.results.risk.label(lang)),
        gap.join((f"{t('report_date', lang)}{sep}{format_time(data.generated_at)}",
                  f"{t('marking', lang)}{sep}{data.marking}",
                  f"{t('distribution', lang)}{sep}"
                  f"{data.distribution or t('distribution_none', lang)}")),
    ]
    if data.pack_trial:
        lines.append(t("trial_pack", lang))
    return lines


def _basis(item: ItemText, lang: str) -> str:
    """What an item cites, with the notice when it rests on public summaries only."""
    if item.secondary_basis:
        return f"{item_citations(item, lang)}\n※ {SECONDARY_BASIS_NOTICE.get(lang)}"
    return item_citations(item, lang)


def _register(sheet: Worksheet, data: ReportData, lang: str) -> None:
    from openpyxl.worksheet.datavalidation import DataValidation

    columns = _columns(REGISTER_COLUMNS, lang)
    row = title_rows(sheet, columns, t("xlsx_title", lang),
                     [*_about(data, lang), t("xlsx_note", lang)])
    header = row
    table_header(sheet, header, columns)
    answers, items = data.answers_by_item(), {item.id: item for item in data.items}
    rows = RowWriter(sheet, [column.width for column in columns])
    findings = data.findings()
    for number, finding in enumerate(findings, start=1):
        item, answer = items[finding.item], answers[finding.item]
        current = answer.status.label(lang)
        if finding.critical_gap:
            current += t("critical_gap_mark", lang)
        values = (number, item.id, item.question(lang), current, answer.justification,
                  item.guidance(lang), answer.remediation_owner, answer.remediation_due,
                  t(PROGRESS[0], lang), _basis(item, lang))
        rows.append(values)
    last = header + len(findings)
    if last > header:
        choices = ",".join(t(key, lang) for key in PROGRESS)
        progress = DataValidation(type="list", formula1=f'"{choices}"', allow_blank=True)
        sheet.add_data_validation(progress)
        progress.add(f"I{header + 1}:I{last}")
    finish_table(sheet, header, len(columns), last)
    print_setup(sheet, columns, marking=data.marking, title=t("xlsx_title", lang),
                page_text=t("page_of_sheet", lang))


def _answers(sheet: Worksheet, data: ReportData, lang: str) -> None:
    columns = _columns(ANSWER_COLUMNS, lang)
    row = title_rows(sheet, columns, t("xlsx_answers_title", lang), _about(data, lang))
    header = row
    table_header(sheet, header, columns)
    answers = data.answers_by_item()
    themes = {theme.id: theme.title(lang) for theme in data.themes}
    rows = RowWriter(sheet, [column.width for column in columns])
    for number, item in enumerate(data.items, start=1):
        answer = answers[item.id]
        notes = [t(key, lang) for key, on in (("flagged_short", answer.flagged),
                                              ("needs_review", answer.needs_review)) if on]
        files = "\n".join(f"{a.file_name} (SHA-256 {a.sha256})" for a in answer.attachments)
        values = (number, item.id, themes.get(item.theme, item.theme), item.question(lang),
                  item.severity.label(lang), answer.status.label(lang), answer.justification,
                  answer.evidence, files, answer.remediation_owner, answer.remediation_due,
                  _basis(item, lang), list_separator(lang).join(notes))
        rows.append(values)
    finish_table(sheet, header, len(columns), header + len(data.items))
    print_setup(sheet, columns, marking=data.marking, title=t("xlsx_answers_title", lang),
                page_text=t("page_of_sheet", lang))

