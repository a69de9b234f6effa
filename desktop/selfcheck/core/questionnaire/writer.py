"""Writing a questionnaire workbook: the items of an assessment (all, or those of chosen
themes) with their current answers, for a colleague to fill in on another machine."""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection, Mapping
from typing import TYPE_CHECKING, Any

from selfcheck import __version__
from selfcheck.core.answers import Answer, Status
from selfcheck.core.assessment import Assessment
from selfcheck.core.errors import UsageError
from selfcheck.core.model import Item
from selfcheck.core.questionnaire.layout import (
    ANSWER_FILL,
    BASE_PREFIX,
    COLUMN_INDEX,
    COLUMNS,
    FORMAT,
    HEADER_ROW,
    META_SHEET,
    NAME_COLUMN,
    ROLE_COLUMN,
    SHEET_TITLES,
    TITLES,
    WHO_ROW,
    answer_digest,
    text,
)
from selfcheck.core.workbooks import (
    Column,
    RowWriter,
    finish_table,
    new_workbook,
    print_setup,
    put,
    table_header,
    title_rows,
    workbook_bytes,
)

if TYPE_CHECKING:
    from openpyxl.worksheet.worksheet import Worksheet


def chosen_items(assessment: Assessment, themes: Collection[str] | None) -> list[Item]:
    """The applicable items of ``themes`` (all with None); an unknown theme is refused."""
    items = assessment.items
    if themes is None:
        return items
    known = {item.theme for item in items}
    unknown = sorted(set(themes) - known)
    if unknown:
        valid = ", ".join(theme.id for theme in assessment.pack.themes if theme.id in known)
        raise UsageError(f"unknown theme(s) {', '.join(unknown)}; the assessment has: {valid}",
                         zh=f"本次自查没有主题 {'、'.join(unknown)}，可选：{valid}")
    if not themes:
        raise UsageError("choose at least one theme", zh="请至少选择一个主题")
    return [item for item in items if item.theme in themes]


def questionnaire_bytes(assessment: Assessment, answers: Mapping[str, Answer], pack_hash: str,
                        *, themes: Collection[str] | None, lang: str,
                        now: dt.datetime | None = None) -> bytes:
    """The questionnaire workbook of ``assessment`` in ``lang`` (``themes``: theme ids,
    or None for every item)."""
    items = chosen_items(assessment, themes)
    workbook = new_workbook(lang)
    sheet = workbook.worksheets[0]
    sheet.title = SHEET_TITLES[lang]
    _items_sheet(sheet, assessment, items, answers, lang)
    meta = workbook.create_sheet(META_SHEET)
    meta.sheet_state = "veryHidden"
    record, pack = assessment.record, assessment.pack
    rows: list[tuple[str, str]] = [
        ("format", FORMAT), ("assessment_uid", record.uid), ("assessment_id", str(record.id)),
        ("pack_id", pack.pack_id), ("pack_version", str(pack.version)),
        ("pack_sha256", pack_hash), ("language", lang),
        ("exported_at", (now or dt.datetime.now(dt.UTC)).isoformat(timespec="seconds")),
        ("program_version", __version__),
    ]
    rows += [(BASE_PREFIX + item.id, answer_digest(answers.get(item.id))) for item in items]
    for number, (key, value) in enumerate(rows, start=1):
        put(meta, number, 1, key, wrap=False)
        put(meta, number, 2, value, wrap=False)
    workbook.properties.title = TITLES[lang]
    workbook.properties.creator = f"AI Safety Self-Check {__version__}"
    return workbook_bytes(workbook)


def _items_sheet(sheet: Worksheet, assessment: Assessment, items: list[Item],
                 answers: Mapping[str, Answer], lang: str) -> None:
    from openpyxl.styles import Font, PatternFill, Protection
    from openpyxl.worksheet.datavalidation import DataValidation

    pack, record = assessment.pack, assessment.record
    columns = [Column(column.header(lang), column.width) for column in COLUMNS]
    pack_text = (f"{pack.title.get(lang)} · "
                 + (f"version {pack.version}" if lang == "en" else f"第 {pack.version} 版"))
    title_rows(sheet, columns, TITLES[lang], [
        text("about", lang, organisation=record.organisation, system=record.system_name,
             pack=pack_text, id=record.id),
        text("instructions", lang)])
    fill = PatternFill("solid", start_color=ANSWER_FILL, end_color=ANSWER_FILL)
    unlocked = Protection(locked=False)
    for label_column, key in ((NAME_COLUMN - 1, "name"), (ROLE_COLUMN - 1, "role")):
        put(sheet, WHO_ROW, label_column, text(key, lang), wrap=False).font = Font(bold=True)
        cell = put(sheet, WHO_ROW, label_column + 1, "", wrap=False)
        cell.fill, cell.protection = fill, unlocked
    table_header(sheet, HEADER_ROW, columns)
    themes = {theme.id: theme.title.get(lang) for theme in pack.themes}
    answered = {COLUMN_INDEX[column.key] for column in COLUMNS if column.answered}

    def answer_cell(cell: Any, column: int) -> None:
        if column in answered:
            cell.fill, cell.protection = fill, unlocked

    rows = RowWriter(sheet, [column.width for column in COLUMNS], answer_cell)
    for item in items:
        answer = answers.get(item.id) or Answer(item_id=item.id)
        values = {"item": item.id, "theme": themes.get(item.theme, item.theme),
                  "question": item.question.get(lang), "guidance": item.guidance.get(lang),
                  "severity": item.severity.label(lang), "status": answer.status.label(lang),
                  "justification": answer.justification, "evidence": answer.evidence,
                  "owner": answer.remediation_owner, "due": answer.remediation_due}
        rows.append([values[column.key] for column in COLUMNS])
    last = HEADER_ROW + len(items)
    if items:
        _validations(sheet, last, lang, DataValidation)
    finish_table(sheet, HEADER_ROW, len(columns), last)
    # protected without a password: the structure stays as the importer expects it,
    # the yellow cells stay open (and filtering and sorting rows stay allowed)
    sheet.protection.sheet = True
    sheet.protection.autoFilter = False
    sheet.protection.sort = False
    sheet.protection.formatRows = False
    print_setup(sheet, columns, marking="", title=TITLES[lang], page_text="&P / &N")


def _validations(sheet: Worksheet, last: int, lang: str, validation: type) -> None:
    from openpyxl.utils import get_column_letter

    status = get_column_letter(COLUMN_INDEX["status"])
    due = get_column_letter(COLUMN_INDEX["due"])
    choices = ",".join(member.label(lang) for member in Status)
    listed = validation(type="list", formula1=f'"{choices}"', allow_blank=True)
    sheet.add_data_validation(listed)
    listed.add(f"{status}{HEADER_ROW + 1}:{status}{last}")
    prompt = validation(allow_blank=True, showInputMessage=True,
                        promptTitle=COLUMNS[COLUMN_INDEX["due"] - 1].header(lang),
                        prompt=text("due_prompt", lang))
    sheet.add_data_validation(prompt)
    prompt.add(f"{due}{HEADER_ROW + 1}:{due}{last}")
