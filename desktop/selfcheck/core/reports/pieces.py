"""The small pieces every section of the PDF report is built from: paragraphs from
plain text, status words in their colours, table cells for owners and due dates, the
table grid and section headings. The sections are in :mod:`selfcheck.core.reports.pdf`
and :mod:`selfcheck.core.reports.closing`.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, Paragraph, Spacer

from selfcheck.core.answers import Status
from selfcheck.core.reports.data import ReportData
from selfcheck.core.reports.layout import (
    CONTENT_WIDTH,
    GREY,
    INK,
    LIGHTER,
    MARK_RED,
    NAVY,
    RULE,
    STATUS_TEXT_COLORS,
    FlowingTable,
    Heading,
    Rule,
    Styles,
    format_time,
    markup_text,
    para,
    parse_time,
    table_style,
)
from selfcheck.core.reports.results import AnswerEntry, ScoreSection
from selfcheck.core.reports.texts import t

UNANSWERED = AnswerEntry(item="", status=Status.UNANSWERED, justification="", evidence="",
                         attachments=(), remediation_owner="", remediation_due=None,
                         flagged=False, needs_review=False, updated_at=None)


def hex_color(color: Any) -> str:
    """A reportlab colour as ``#rrggbb`` for paragraph markup."""
    return f"#{color.hexval()[2:]}"


class Pieces:
    """The small pieces every section uses."""

    def __init__(self, data: ReportData, lang: str, styles: Styles) -> None:
        self.data, self.lang, self.s = data, lang, styles
        self.results = data.results
        self.score: ScoreSection = data.results.score
        self.answers = data.answers_by_item()
        self.items = {i.id: i for i in data.items}
        self.local_zone = data.generated_at.tzinfo

    def p(self, text: str, style: ParagraphStyle | None = None) -> Paragraph:
        return self.markup(markup_text(text), style)

    def markup(self, markup: str, style: ParagraphStyle | None = None) -> Paragraph:
        return para(markup, style or self.s.body)

    def answer(self, item_id: str) -> AnswerEntry:
        return self.answers.get(item_id, UNANSWERED)

    def question(self, item_id: str) -> str:
        item = self.items.get(item_id)
        return item.question(self.lang) if item else item_id

    def status_markup(self, status: Status) -> str:
        color = hex_color(STATUS_TEXT_COLORS.get(status, INK))
        return f'<font color="{color}">{markup_text(status.label(self.lang))}</font>'

    def grey(self, text: str) -> str:
        return f'<font color="{hex_color(GREY)}">{markup_text(text)}</font>'

    def time_text(self, value: str) -> str:
        parsed = parse_time(value)
        return format_time(parsed, self.local_zone) if parsed else value

    def missing(self) -> Paragraph:
        return self.markup(f'<font color="{hex_color(MARK_RED)}">'
                           f"{markup_text(t('not_set', self.lang))}</font>", self.s.cell)

    def owner_cell(self, answer: AnswerEntry) -> Paragraph:
        owner = answer.remediation_owner.strip()
        return self.p(owner, self.s.cell) if owner else self.missing()

    def due_cell(self, answer: AnswerEntry) -> Paragraph:
        due = answer.remediation_due
        return self.p(due.isoformat(), self.s.cell) if due else self.missing()

    def grid(self, rows: list[list[Any]], widths: list[float],
             extra: Sequence[tuple[Any, ...]] = ()) -> FlowingTable:
        """A table with a navy header row repeated on every page, split cleanly."""
        table = FlowingTable(rows, widths)
        cmds: list[tuple[Any, ...]] = [
            ("BACKGROUND", (0, 0), (-1, 0), NAVY),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("VALIGN", (0, 0), (-1, 0), "MIDDLE"),
            ("LINEBELOW", (0, 1), (-1, -1), 0.4, RULE),
            ("BOX", (0, 0), (-1, -1), 0.6, RULE),
            ("TOPPADDING", (0, 0), (-1, -1), 3.5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 4.5),
            ("LEFTPADDING", (0, 0), (-1, -1), 4.5),
            ("RIGHTPADDING", (0, 0), (-1, -1), 4.5),
        ]
        for index in range(2, len(rows), 2):
            cmds.append(("BACKGROUND", (0, index), (-1, index), LIGHTER))
        table.setStyle(table_style(cmds + list(extra)))
        return table

    def head_row(self, *keys: str) -> list[Paragraph]:
        return [self.p(t(key, self.lang), self.s.cell_head) for key in keys]

    def section_heading(self, key: str, anchor: str) -> list[Flowable]:
        return [Heading(t(key, self.lang), self.s.h1, anchor),
                Rule(CONTENT_WIDTH, thickness=0.8, space=2), Spacer(1, 2)]

    def detail(self, label: str, body_markup: str) -> Paragraph:
        return self.markup(self.grey(label) + body_markup, self.s.detail)
