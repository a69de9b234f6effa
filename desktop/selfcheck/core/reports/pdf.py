"""Rendering of the PDF report with reportlab (no signing here; see selfcheck.core.signing).

Layout: A4; every page has a header and footer with the marking, the assessment and
"page x of y" (see :mod:`selfcheck.core.reports.layout`). Page 1 is the cover with a
reserved signature panel (the signature stamp is placed into :data:`SIGNATURE_BOX` when
signing); then the executive summary, results by theme, findings and remediation plan,
the sign-off block, the item-by-item appendix and, last, the verification data in small
type with the machine check lines (:mod:`selfcheck.core.reports.closing`). No text is
shortened: tables wrap and split between rows (inside a row only when it is taller than
a page). The content comes from the typed report data
(:class:`~selfcheck.core.reports.data.ReportData`); the reasons of the verdict are
worded by :mod:`selfcheck.core.explain`, the labels come from :mod:`selfcheck.core.glossary`,
sources and packs are named by :mod:`selfcheck.core.reports.citations`. The only font is
the bundled one, embedded.
"""

from __future__ import annotations

from collections.abc import Sequence
from io import BytesIO
from typing import Any

from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    KeepInFrame,
    KeepTogether,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Spacer,
    Table,
)

from selfcheck.core import explain
from selfcheck.core.answers import Status
from selfcheck.core.files import size_text
from selfcheck.core.reports import checkline
from selfcheck.core.reports.citations import (
    item_citations,
    pack_name,
    risk_points,
    risk_text,
    source_title,
)
from selfcheck.core.reports.closing import Closing
from selfcheck.core.reports.data import (
    ItemText,
    ReportData,
    check_language,
    document_bytes,
    results_document,
    sha256_hex,
)
from selfcheck.core.reports.fonts import BODY_FONT, printable, register_fonts, subset_lock
from selfcheck.core.reports.layout import (
    BODY_HEIGHT,
    CONTENT_WIDTH,
    COVER_BOTTOM,
    COVER_HEIGHT,
    GREY,
    LIGHT,
    LIGHTER,
    LONG_ITEM_TEXT,
    MARGIN_BOTTOM,
    MARGIN_TOP,
    MARGIN_X,
    MARK_RED,
    NAVY,
    RULE,
    SIGNATURE_BOX,
    SIGNATURE_PAGE,
    STATUS_COLORS,
    STATUS_ORDER,
    STATUS_TEXT_COLORS,
    VERDICT_COLORS,
    Heading,
    PageDecor,
    Rule,
    StatusBar,
    Styles,
    format_time,
    markup_text,
    numbered_canvas,
    para,
    table_style,
)
from selfcheck.core.reports.pieces import Pieces
from selfcheck.core.reports.pieces import hex_color as _hex
from selfcheck.core.reports.results import AnswerEntry, GapEntry, TallyData
from selfcheck.core.reports.texts import t
from selfcheck.core.scoring import PASS_PERCENT
from selfcheck.core.sources import SECONDARY_BASIS_NOTICE
from selfcheck.core.text import colon, list_separator


class _Front(Pieces):
    """The cover and the executive summary."""

    def cover(self) -> list[Flowable]:
        lang, s = self.lang, self.s
        head = self.results.assessment
        pack_title = self.data.pack_title_en if lang == "en" else self.data.pack_title_zh
        source = source_title(self.data, lang)
        story: list[Flowable] = [
            Spacer(1, 12 * mm),
            self.p(t("report_title", lang), s.title),
            self.p(t("report_title_other", lang), s.subtitle),
            Spacer(1, 5 * mm),
            Rule(CONTENT_WIDTH),
            Spacer(1, 3 * mm),
            self.p(f"{t('basis', lang)}{colon(lang)}{pack_title}", s.basis),
            self.p(source, ParagraphStyle("src", parent=s.small_grey, alignment=TA_CENTER)),
            *([self.p(t("trial_pack", lang),
                      ParagraphStyle("trial", parent=s.small_grey, alignment=TA_CENTER))]
              if self.data.pack_trial else []),
            Spacer(1, 8 * mm),
        ]
        distribution = self.data.distribution
        rows: list[tuple[str, Flowable]] = [
            (t("organisation", lang), self.p(head.organisation, s.value)),
            (t("system", lang), self.p(head.system_name, s.value)),
            (t("sector", lang), self.p(head.sector.label(lang), s.value)),
            (t("risk_grade", lang), self.p(risk_text(self.data, lang), s.value)),
            (t("assessor", lang), self.p(head.assessor or "—", s.value)),
            (t("pack", lang), self.p(pack_name(self.data, lang), s.value)),
            (t("report_date", lang), self.p(format_time(self.data.generated_at), s.value)),
            (t("assessment_dates", lang),
             self.p(f"{self.time_text(head.created_at)}  /  {self.time_text(head.updated_at)}",
                    s.cell)),
            (t("assessment_ref", lang), self.p(f"#{head.id}", s.value)),
            (t("marking", lang),
             self.markup(f'<font color="{_hex(MARK_RED)}">{markup_text(self.data.marking)}'
                         "</font>", s.value)),
            (t("distribution", lang),
             self.p(distribution, s.value) if distribution
             else self.markup(self.grey(t("distribution_none", lang)), s.value)),
        ]
        table = Table([[self.p(label, s.label), value] for label, value in rows],
                      colWidths=[42 * mm, CONTENT_WIDTH - 42 * mm])
        table.setStyle(table_style([
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
            ("LINEABOVE", (0, 0), (-1, 0), 0.8, NAVY),
            ("BACKGROUND", (0, 0), (0, -1), LIGHTER),
            ("TOPPADDING", (0, 0), (-1, -1), 3.2),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3.6),
            ("LEFTPADDING", (0, 0), (-1, -1), 6),
        ]))
        story += [table, Spacer(1, 7 * mm), self.kpi_strip()]
        # the cover is one page whatever the texts: shrink rather than overflow
        return [KeepInFrame(CONTENT_WIDTH, COVER_HEIGHT, story, mode="shrink")]

    def kpi_strip(self) -> Table:
        lang, s, score = self.lang, self.s, self.score
        overall = score.overall
        gaps_color = MARK_RED if score.critical_gaps else STATUS_COLORS[Status.IMPLEMENTED]
        cells = [
            (t("verdict", lang),
             f'<font color="{_hex(VERDICT_COLORS[score.verdict])}">'
             f"{markup_text(score.verdict.label(lang))}</font>"),
            (t("weighted_score", lang), f"{overall.percent:.1f}%"),
            (t("answered", lang), f"{overall.answered} / {overall.items}"),
            (t("critical_gaps", lang),
             f'<font color="{_hex(gaps_color)}">{len(score.critical_gaps)}</font>'),
        ]
        row = [[self.p(label, s.kpi_label), self.markup(value, s.kpi_value)]
               for label, value in cells]
        table = Table([row], colWidths=[CONTENT_WIDTH / 4] * 4)
        table.setStyle(table_style([
            ("BOX", (0, 0), (-1, -1), 0.8, NAVY),
            ("LINEAFTER", (0, 0), (-2, -1), 0.4, RULE),
            ("BACKGROUND", (0, 0), (-1, -1), LIGHTER),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("TOPPADDING", (0, 0), (-1, -1), 6),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 7),
        ]))
        return table

    def summary(self) -> list[Flowable]:
        lang, s = self.lang, self.s
        story: list[Flowable] = [Heading(t("toc_summary", lang), s.h1, "summary"),
                                 Rule(CONTENT_WIDTH, thickness=0.8, space=2), Spacer(1, 3)]
        description = self.results.assessment.system_description.strip()
        if description:
            story += [self.markup(self.grey(t("system_description", lang) + colon(lang))
                                  + markup_text(description), s.body), Spacer(1, 5)]
        story += [self.verdict_box(), self.p(t("key_figures", lang), s.h2),
                  self.key_figures(), *self.risk_block(), *self.gap_block()]
        return story

    def verdict_box(self) -> Table:
        lang, s, score = self.lang, self.s, self.score
        color = VERDICT_COLORS[score.verdict]
        verdict_cell = self.markup(
            f'<font color="{_hex(color)}" size="15">{markup_text(score.verdict.label(lang))}'
            "</font>", ParagraphStyle("v", parent=s.body, leading=20, alignment=TA_CENTER))
        reasons = [para(markup_text(text), s.bullet, bulletText="•")
                   for text in explain.render_all(score.reason_records, lang)]
        box = Table([[[self.p(t("verdict", lang), s.kpi_label), verdict_cell],
                      [self.p(t("verdict_basis", lang), s.label), *reasons]]],
                    colWidths=[38 * mm, CONTENT_WIDTH - 38 * mm])
        box.setStyle(table_style([
            ("BOX", (0, 0), (-1, -1), 0.8, color),
            ("LINEBEFORE", (0, 0), (0, -1), 4, color),
            ("BACKGROUND", (0, 0), (0, -1), LIGHTER),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("TOPPADDING", (0, 0), (-1, -1), 6),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 7),
            ("LEFTPADDING", (1, 0), (1, 0), 10),
        ]))
        return box

    def key_figures(self) -> Table:
        lang, s, overall = self.lang, self.s, self.score.overall
        header = [t("items_applicable", lang), t("weighted_score", lang)] + [
            status.label(lang) for status in STATUS_ORDER]
        values = [str(overall.items), f"{overall.percent:.1f}%"] + [
            str(overall.counts[status]) for status in STATUS_ORDER]
        figures = Table(
            [[self.p(h, s.cell_center) for h in header],
             [self.markup(f'<font size="12">{markup_text(v)}</font>',
                          ParagraphStyle("fv", parent=s.cell_center, leading=16))
              for v in values]],
            colWidths=[CONTENT_WIDTH / len(header)] * len(header))
        style_cmds: list[tuple[Any, ...]] = [
            ("BACKGROUND", (0, 0), (-1, 0), LIGHT),
            ("BOX", (0, 0), (-1, -1), 0.6, RULE),
            ("INNERGRID", (0, 0), (-1, -1), 0.4, RULE),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("TOPPADDING", (0, 0), (-1, -1), 4),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
        ]
        for index, status in enumerate(STATUS_ORDER, start=2):
            style_cmds.append(("LINEABOVE", (index, 0), (index, 0), 2.2, STATUS_COLORS[status]))
        figures.setStyle(table_style(style_cmds))
        return figures

    def risk_block(self) -> list[Flowable]:
        lang, s, risk = self.lang, self.s, self.results.risk
        grade = (f'<font color="{_hex(NAVY)}">{markup_text(risk.label(lang))}</font>'
                 + markup_text(risk_points(self.data, self.lang)))
        story: list[Flowable] = [
            self.p(t("risk_heading", lang), s.h2),
            self.markup(markup_text(t("risk_grade", lang) + colon(lang)) + grade, s.body)]
        if self.data.risk_model(lang):
            story.append(self.p(t("risk_model_name", lang) + colon(lang)
                                + self.data.risk_model(lang), s.small_grey))
        for reason in risk.reasons_en if lang == "en" else risk.reasons_zh:
            story.append(para(markup_text(reason), s.bullet, bulletText="•"))
        if self.data.profile_lines(lang):
            story.append(self.p(t("profile_heading", lang), s.label))
            story += [para(markup_text(line), s.bullet, bulletText="•")
                      for line in self.data.profile_lines(lang)]
        return story

    def gap_block(self) -> list[Flowable]:
        lang, s, score = self.lang, self.s, self.score
        story: list[Flowable] = [self.p(t("critical_gaps", lang), s.h2)]
        if score.critical_gaps:
            story.append(self.gap_table(score.critical_gaps))
        else:
            story.append(self.p(t("critical_gaps_none", lang)))
        for key, ids in (("critical_unanswered", score.critical_unanswered),
                         ("remediation_missing", score.remediation_missing)):
            if ids:
                story.append(Spacer(1, 4))
                story.append(self.markup(
                    self.grey(t(key, lang) + colon(lang))
                    + markup_text(list_separator(lang).join(ids)), s.small))
        return story

    def gap_why(self, gap: GapEntry) -> str:
        if gap.reason_code is None:  # a document from before the reason codes
            return gap.reason
        return explain.gap_text(gap.reason_code, gap.severity, gap.status, self.lang,
                                self.results.risk.label(self.lang))

    def gap_table(self, gaps: Sequence[GapEntry]) -> Table:
        s = self.s
        widths = [16 * mm, CONTENT_WIDTH - 16 * mm - 30 * mm - 28 * mm - 22 * mm,
                  30 * mm, 28 * mm, 22 * mm]
        rows: list[list[Any]] = [self.head_row("col_item", "col_question", "col_status",
                                               "col_owner", "col_due")]
        for gap in gaps:
            answer = self.answer(gap.item)
            rows.append([
                self.p(gap.item, s.cell),
                self.p(self.question(gap.item), s.cell),
                self.markup(self.status_markup(gap.status) + "<br/>"
                            f'<font color="{_hex(GREY)}" size="7">'
                            f"{markup_text(self.gap_why(gap))}</font>", s.cell),
                self.owner_cell(answer),
                self.due_cell(answer),
            ])
        return self.grid(rows, widths)


class _Back(Pieces):
    """Results by theme, findings and the appendix."""

    def themes(self) -> list[Flowable]:
        lang, s = self.lang, self.s
        story: list[Flowable] = [
            *self.section_heading("toc_themes", "themes"),
            self.p(t("themes_intro", lang, threshold=f"{PASS_PERCENT:.0f}"), s.small_grey),
            Spacer(1, 4),
        ]
        legend = "　".join(
            f'<font color="{_hex(STATUS_COLORS[st])}">■</font> {markup_text(st.label(lang))}'
            for st in STATUS_ORDER)
        story += [self.markup(legend, s.small), Spacer(1, 5)]
        bar_width = 62 * mm
        widths = [CONTENT_WIDTH - bar_width - 22 * mm - 22 * mm - 2, bar_width + 2, 22 * mm,
                  22 * mm]
        rows: list[list[Any]] = [self.head_row("col_theme", "col_distribution", "col_score",
                                               "col_answered")]
        bar_inner = bar_width - 9
        for theme in self.data.themes:
            tally = self.score.themes.get(theme.id)
            if tally is not None:
                rows.append(self.theme_row(theme.title(lang), tally, bar_inner))
        rows.append(self.theme_row(t("overall", lang), self.score.overall, bar_inner,
                                   strong=True))
        extra = [("VALIGN", (0, 1), (-1, -1), "MIDDLE"),
                 ("LINEABOVE", (0, -1), (-1, -1), 0.9, NAVY),
                 ("BACKGROUND", (0, -1), (-1, -1), LIGHT)]
        story.append(self.grid(rows, widths, extra))
        return [KeepTogether(story)]

    def theme_row(self, title: str, tally: TallyData, bar_width: float,
                  strong: bool = False) -> list[Any]:
        s = self.s
        percent = tally.percent
        if percent >= PASS_PERCENT:
            color = STATUS_TEXT_COLORS[Status.IMPLEMENTED]
        elif percent >= 60:
            color = STATUS_TEXT_COLORS[Status.PARTIAL]
        else:
            color = STATUS_TEXT_COLORS[Status.NOT_IMPLEMENTED]
        title_style = ParagraphStyle("tt", parent=s.cell, textColor=NAVY) if strong else s.cell
        return [
            self.p(title, title_style),
            StatusBar(tally.counts, bar_width),
            self.markup(f'<font color="{_hex(color)}">{percent:.1f}%</font>', s.cell_right),
            self.p(f"{tally.answered} / {tally.items}", s.cell_right),
        ]

    def findings(self) -> list[Flowable]:
        lang, s = self.lang, self.s
        story = self.section_heading("toc_findings", "findings")
        entries = self.data.findings()
        if not entries:
            story.append(self.p(t("findings_none", lang)))
            return story
        story += [self.p(t("findings_intro", lang), s.small_grey), Spacer(1, 5)]
        widths = [19 * mm, 0.0, 17 * mm, 22 * mm, 28 * mm, 21 * mm]
        widths[1] = CONTENT_WIDTH - sum(widths)
        rows: list[list[Any]] = [self.head_row("col_item", "col_finding", "col_severity",
                                               "col_status", "col_owner", "col_due")]
        extra: list[tuple[Any, ...]] = []
        for index, entry in enumerate(entries, start=1):
            item_id = entry.item
            item = self.items.get(item_id)
            answer = self.answer(item_id)
            finding = markup_text(self.question(item_id))
            justification = answer.justification.strip()
            if justification:
                finding += "<br/>" + self.grey(t("justification", lang) + colon(lang)
                                               + justification)
            id_cell = markup_text(item_id)
            if entry.critical_gap:
                id_cell += (f'<br/><font color="{_hex(MARK_RED)}" size="6.8">'
                            f"{markup_text(t('critical_tag', lang))}</font>")
                extra.append(("LINEBEFORE", (0, index), (0, index), 2.5, MARK_RED))
            rows.append([
                self.markup(id_cell, s.cell),
                self.markup(finding, s.cell),
                self.p(item.severity.label(lang) if item else "", s.cell),
                self.markup(self.status_markup(answer.status), s.cell),
                self.owner_cell(answer),
                self.due_cell(answer),
            ])
        story.append(self.grid(rows, widths, extra))
        return story

    def appendix(self) -> list[Flowable]:
        story = self.section_heading("toc_appendix", "appendix")
        story.append(self.p(t("appendix_intro", self.lang), self.s.small_grey))
        for theme in self.data.themes:
            theme_items = [i for i in self.data.items if i.theme == theme.id]
            for position, item in enumerate(theme_items):
                heading = None
                if position == 0:
                    heading = Heading(theme.title(self.lang), self.s.h2, f"theme-{theme.id}",
                                      level=1)
                story += self.appendix_item(item, heading)
                story.append(Spacer(1, 6))
        if self.data.not_applying:
            kept = {a.item: a for a in self.results.answers_not_applying or ()}
            story += [Heading(t("not_applying_heading", self.lang), self.s.h2, "not-applying",
                              level=1),
                      self.p(t("not_applying_intro", self.lang), self.s.small_grey),
                      Spacer(1, 3)]
            for item in self.data.not_applying:
                story += self.appendix_item(item, None, kept.get(item.id))
                story.append(Spacer(1, 6))
        return story

    def item_head(self, item: ItemText, status: Status) -> Table:
        s = self.s
        # ideographic spaces only in Chinese: with them an English head would wrap as CJK
        # text, character by character (slower, and words could break)
        separator = "　·　" if self.lang == "zh" else "  ·  "
        head = Table([[
            self.markup(f'<font color="{_hex(NAVY)}">{markup_text(item.id)}</font>', s.cell),
            self.markup(markup_text(item.severity.label(self.lang))
                        + self.grey(separator + item_citations(item, self.lang)),
                        s.cell),
            self.markup(self.status_markup(status),
                        ParagraphStyle("st", parent=s.cell, alignment=TA_RIGHT)),
        ]], colWidths=[20 * mm, CONTENT_WIDTH - 20 * mm - 40 * mm, 40 * mm])
        head.setStyle(table_style([
            ("BACKGROUND", (0, 0), (-1, -1), LIGHT),
            ("LINEBEFORE", (0, 0), (0, 0), 2.5, STATUS_COLORS.get(status, RULE)),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("TOPPADDING", (0, 0), (-1, -1), 2.5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3.5),
        ]))
        return head

    def item_details(self, answer: AnswerEntry) -> list[Flowable]:
        lang = self.lang
        details: list[Flowable] = []
        for key, text in (("justification", answer.justification.strip()),
                          ("evidence", answer.evidence.strip())):
            if text:
                details.append(self.detail(t(key, lang) + colon(lang), markup_text(text)))
        for attachment in answer.attachments:
            details.append(self.detail(
                t("attachments", lang) + colon(lang),
                f"{markup_text(attachment.file_name)}"
                f"　({size_text(attachment.size)})"
                f"<br/><font size='7.2'>SHA-256 {markup_text(attachment.sha256)}</font>"))
        owner = answer.remediation_owner.strip()
        due = answer.remediation_due
        if answer.status.wants_remediation or owner or due:
            not_set = t("not_set", lang)
            owner_text = owner or not_set
            due_text = due.isoformat() if due else not_set
            separator = "; " if lang == "en" else "；"
            details.append(self.detail(
                t("remediation", lang) + colon(lang),
                markup_text(f"{t('owner_short', lang)} {owner_text}{separator}"
                            f"{t('due_short', lang)} {due_text}")))
        if answer.flagged:
            details.append(self.markup(self.grey(t("flagged", lang)), self.s.detail))
        return details

    def appendix_item(self, item: ItemText, heading: Flowable | None,
                      answer: AnswerEntry | None = None) -> list[Flowable]:
        """One item of the appendix with its answer (by default, its answer as an
        applicable item): head line, question, basis notice and the answer's details."""
        answer = answer or self.answer(item.id)
        block: list[Flowable] = [self.item_head(item, answer.status),
                                 self.p(item.question(self.lang), self.s.question)]
        if item.secondary_basis:
            block.append(self.markup(
                self.grey(f"※ {SECONDARY_BASIS_NOTICE.get(self.lang)}"), self.s.detail))
        if heading is not None:
            block.insert(0, heading)
        details = self.item_details(answer)
        # a usual item moves to the next page as a whole rather than split; an item with
        # long texts keeps only its head with the question and flows on
        if len(answer.justification.strip()) + len(answer.evidence.strip()) <= LONG_ITEM_TEXT:
            return [KeepTogether(block + details)]
        return [KeepTogether(block + details[:1]), *details[1:]]


def render_report(data: ReportData, lang: str, *, signed: bool = False) -> bytes:
    """Render the report PDF (one revision, no attachment, no signature) and return its bytes.

    ``signed`` leaves the cover's signature box empty for the stamp; without it the
    report is marked UNSIGNED on every page. Pure computation: safe on a worker thread.
    """
    lang = check_language(lang)
    register_fonts()
    styles = Styles()
    document = results_document(data, lang)
    fields = checkline.summary_fields(document, sha256_hex(document_bytes(document)))
    front, back = _Front(data, lang, styles), _Back(data, lang, styles)
    closing = Closing(data, lang, styles)
    head = data.results.assessment
    buffer = BytesIO()
    doc = BaseDocTemplate(
        buffer, pagesize=A4, leftMargin=MARGIN_X, rightMargin=MARGIN_X, topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM,
        title=f"{t('report_title', lang)} — {printable(head.organisation)} · "
              f"{printable(head.system_name)}",
        author=printable(head.assessor or head.organisation),
        subject=t("doc_subject", lang), creator=f"AI Safety Self-Check {data.program_version}",
        keywords=checkline.keywords(fields), lang="zh-CN" if lang == "zh" else "en",
        pageCompression=1, invariant=0, initialFontName=BODY_FONT,
    )
    cover = Frame(MARGIN_X, COVER_BOTTOM, CONTENT_WIDTH, COVER_HEIGHT,
                  id="cover", leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    body = Frame(MARGIN_X, MARGIN_BOTTOM, CONTENT_WIDTH, BODY_HEIGHT, id="body",
                 leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    doc.addPageTemplates([PageTemplate("cover", [cover]), PageTemplate("body", [body])])
    story: list[Flowable] = [NextPageTemplate("body"), *front.cover(), PageBreak(),
                             *front.summary(), CondPageBreak(95 * mm), Spacer(1, 8),
                             *back.themes(), PageBreak(), *back.findings(), Spacer(1, 10),
                             *closing.sign_off(signed), PageBreak(), *back.appendix(),
                             Spacer(1, 10), *closing.verification(fields)]
    decorate = PageDecor(data, lang, signed, styles)
    with subset_lock:  # reportlab's font objects are not safe for concurrent use
        doc.build(story, canvasmaker=numbered_canvas(decorate))
    return buffer.getvalue()


__all__ = ["SIGNATURE_BOX", "SIGNATURE_PAGE", "format_time", "render_report"]
