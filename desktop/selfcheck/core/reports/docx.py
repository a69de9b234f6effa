"""The report as an editable Word document (DOCX, with python-docx): a working draft,
headed on every page as unsigned and not the formal report, with the same sections as
the PDF (cover details, summary, results by theme, findings, sign-off, the item-by-item
appendix and the identifiers of the verification data). Built from the same typed
report data; nothing is shortened.
"""

from __future__ import annotations

from collections.abc import Sequence
from io import BytesIO
from typing import TYPE_CHECKING, Any

from selfcheck.core import explain
from selfcheck.core.assessment import Signatory, SignOff
from selfcheck.core.reports.citations import item_citations, pack_name, risk_text, source_title
from selfcheck.core.reports.data import ItemText, ReportData, check_language
from selfcheck.core.reports.layout import STATUS_ORDER, format_time
from selfcheck.core.reports.results import AnswerEntry, GapEntry
from selfcheck.core.reports.texts import t
from selfcheck.core.riskmodel import default_risk_model
from selfcheck.core.sources import SECONDARY_BASIS_NOTICE
from selfcheck.core.text import colon, list_separator, xml_text

if TYPE_CHECKING:
    from docx.document import Document

NAVY, GREY, RED, LIGHT = "1F3A5F", "5F6B7A", "B3261E", "EEF2F7"
FONTS = {"zh": ("宋体", "黑体"), "en": ("Calibri", "Calibri")}


def render_draft(data: ReportData, lang: str) -> bytes:
    """The DOCX working draft of a report in ``lang``."""
    from docx import Document as new_document

    lang = check_language(lang)
    document = new_document()
    draft = _Draft(document, data, lang)
    draft.setup()
    draft.cover()
    draft.summary()
    draft.themes()
    draft.findings()
    draft.sign_off()
    draft.appendix()
    draft.verification()
    buffer = BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _font(run_or_style: Any, name: str, *, size: float | None = None, bold: bool | None = None,
          color: str | None = None) -> None:
    """Set a run's or style's font, the East Asian one too (Word takes Chinese text from it)."""
    from docx.oxml.ns import qn
    from docx.shared import Pt, RGBColor

    font = run_or_style.font
    font.name = name
    if size is not None:
        font.size = Pt(size)
    if bold is not None:
        font.bold = bold
    if color is not None:
        font.color.rgb = RGBColor.from_string(color)
    properties = run_or_style.element.get_or_add_rPr()
    properties.get_or_add_rFonts().set(qn("w:eastAsia"), name)


def _shade(cell: Any, color: str) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    shading = OxmlElement("w:shd")
    shading.set(qn("w:val"), "clear")
    shading.set(qn("w:color"), "auto")
    shading.set(qn("w:fill"), color)
    cell._tc.get_or_add_tcPr().append(shading)


def _column_widths(table: Any, widths_mm: Sequence[float]) -> None:
    """Fix the columns' widths (Word reads the cells' widths, LibreOffice the table grid's)."""
    from docx.shared import Mm

    for column, width in zip(table.columns, widths_mm, strict=True):
        column.width = Mm(width)


def _field(paragraph: Any, code: str) -> None:
    """A field (PAGE, NUMPAGES) Word fills in."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    for kind, text in (("begin", None), (None, code), ("separate", None), (None, "1"),
                       ("end", None)):
        run = paragraph.add_run()
        if kind is None:
            element = OxmlElement("w:instrText" if text == code else "w:t")
            element.set(qn("xml:space"), "preserve")
            element.text = text
        else:
            element = OxmlElement("w:fldChar")
            element.set(qn("w:fldCharType"), kind)
        run._r.append(element)


class _Draft:
    """Writes the sections into a python-docx document."""

    def __init__(self, document: Document, data: ReportData, lang: str) -> None:
        self.doc, self.data, self.lang = document, data, lang
        self.body_font, self.heading_font = FONTS[lang]
        self.answers = data.answers_by_item()
        self.items = {item.id: item for item in data.items}

    # -- building blocks --------------------------------------------------------

    def text(self, text: str, *, size: float | None = None, bold: bool = False,
             color: str | None = None, style: str | None = None) -> Any:
        paragraph = self.doc.add_paragraph(style=style)
        self.run(paragraph, text, size=size, bold=bold, color=color)
        return paragraph

    def run(self, paragraph: Any, text: str, *, size: float | None = None, bold: bool = False,
            color: str | None = None) -> Any:
        run = paragraph.add_run(xml_text(text))
        _font(run, self.body_font, size=size, bold=bold or None, color=color)
        return run

    def labelled(self, label: str, text: str) -> Any:
        paragraph = self.doc.add_paragraph()
        self.run(paragraph, label + colon(self.lang), color=GREY)
        self.run(paragraph, text)
        return paragraph

    def heading(self, text: str, level: int = 1) -> None:
        heading = self.doc.add_heading(level=level)
        run = heading.add_run(xml_text(text))
        _font(run, self.heading_font, size=16 if level == 1 else 12.5, color=NAVY)

    def table(self, headers: Sequence[str], rows: Sequence[Sequence[str]],
              widths_mm: Sequence[float]) -> Any:
        """A bordered table with a navy header row repeated on every page."""
        from docx.oxml import OxmlElement
        from docx.oxml.ns import qn
        from docx.shared import Mm

        table = self.doc.add_table(rows=1 + len(rows), cols=len(headers))
        table.style = "Table Grid"
        table.autofit = False
        header_row = table.rows[0]
        repeat = OxmlElement("w:tblHeader")
        repeat.set(qn("w:val"), "true")
        header_row._tr.get_or_add_trPr().append(repeat)
        for index, (cell, title) in enumerate(zip(header_row.cells, headers, strict=True)):
            _shade(cell, NAVY)
            self.run(cell.paragraphs[0], title, size=9, bold=True, color="FFFFFF")
            cell.width = Mm(widths_mm[index])
        for row, values in zip(table.rows[1:], rows, strict=True):
            for index, (cell, value) in enumerate(zip(row.cells, values, strict=True)):
                lines = value.split("\n")
                self.run(cell.paragraphs[0], lines[0], size=9)
                for line in lines[1:]:
                    self.run(cell.add_paragraph(), line, size=9)
                cell.width = Mm(widths_mm[index])
        _column_widths(table, widths_mm)
        self.doc.add_paragraph()
        return table

    def page_break(self) -> None:
        from docx.enum.text import WD_BREAK

        self.doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    def details(self, rows: Sequence[tuple[str, str]]) -> None:
        """Label and value pairs in a two-column table, the labels shaded."""
        from docx.shared import Mm

        table = self.doc.add_table(rows=len(rows), cols=2)
        table.style = "Table Grid"
        table.autofit = False
        for row, (label, value) in zip(table.rows, rows, strict=True):
            label_cell, value_cell = row.cells
            _shade(label_cell, LIGHT)
            self.run(label_cell.paragraphs[0], label, size=9, color=GREY)
            self.run(value_cell.paragraphs[0], value)
            label_cell.width, value_cell.width = Mm(45), Mm(125)
        _column_widths(table, (45, 125))
        self.doc.add_paragraph()

    # -- the document -----------------------------------------------------------

    def setup(self) -> None:
        """A4 with margins, the fonts, and the draft banner and page numbers on every page."""
        from docx.enum.text import WD_ALIGN_PARAGRAPH
        from docx.shared import Mm

        section = self.doc.sections[0]
        section.page_width, section.page_height = Mm(210), Mm(297)
        section.left_margin = section.right_margin = Mm(20)
        section.top_margin, section.bottom_margin = Mm(25), Mm(20)
        _font(self.doc.styles["Normal"], self.body_font, size=10.5)
        for name in ("Heading 1", "Heading 2", "Title"):
            _font(self.doc.styles[name], self.heading_font, color=NAVY)
        header = section.header.paragraphs[0]
        self.run(header, f"{self.data.marking}　", size=9, color=RED, bold=True)
        self.run(header, t("draft_banner", self.lang), size=9, color=RED)
        footer = section.footer.paragraphs[0]
        footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
        self.run(footer, t("draft_title", self.lang) + "　", size=8, color=GREY)
        _field(footer, "PAGE")
        self.run(footer, " / ", size=8, color=GREY)
        _field(footer, "NUMPAGES")

    def cover(self) -> None:
        from docx.enum.text import WD_ALIGN_PARAGRAPH

        lang, data = self.lang, self.data
        head = data.results.assessment
        title = self.text(t("draft_title", lang), size=22, bold=True, color=NAVY)
        title.alignment = WD_ALIGN_PARAGRAPH.CENTER
        pack_title = data.pack_title_en if lang == "en" else data.pack_title_zh
        basis = self.text(f"{t('basis', lang)}{colon(lang)}{pack_title}")
        sources = self.text(source_title(data, lang), size=9.5, color=GREY)
        basis.alignment = sources.alignment = WD_ALIGN_PARAGRAPH.CENTER
        if data.pack_trial:
            self.text(t("trial_pack", lang), size=9.5,
                      color=GREY).alignment = WD_ALIGN_PARAGRAPH.CENTER
        note = self.text(t("draft_note", lang), size=9.5, color=RED)
        note.alignment = WD_ALIGN_PARAGRAPH.CENTER
        rows = [
            (t("organisation", lang), head.organisation),
            (t("system", lang), head.system_name),
            (t("sector", lang), head.sector.label(lang)),
            (t("risk_grade", lang), risk_text(self.data, lang)),
            (t("assessor", lang), head.assessor or "—"),
            (t("pack", lang), pack_name(data, lang)),
            (t("report_date", lang), format_time(data.generated_at)),
            (t("assessment_ref", lang), f"#{head.id}"),
            (t("marking", lang), data.marking),
            (t("distribution", lang), data.distribution or t("distribution_none", lang)),
        ]
        self.details(rows)

    def summary(self) -> None:
        lang, results = self.lang, self.data.results
        score = results.score
        self.page_break()
        self.heading(t("toc_summary", lang))
        if results.assessment.system_description.strip():
            self.labelled(t("system_description", lang), results.assessment.system_description)
        paragraph = self.doc.add_paragraph()
        self.run(paragraph, t("verdict", lang) + colon(lang), color=GREY)
        self.run(paragraph, score.verdict.label(lang), size=14, bold=True, color=NAVY)
        for sentence in explain.render_all(score.reason_records, lang):
            self.text(sentence, style="List Bullet")
        self.heading(t("key_figures", lang), 2)
        overall = score.overall
        headers = [t("items_applicable", lang), t("weighted_score", lang),
                   *(status.label(lang) for status in STATUS_ORDER)]
        values = [str(overall.items), f"{overall.percent:.1f}%",
                  *(str(overall.counts[status]) for status in STATUS_ORDER)]
        self.table(headers, [values], [170 / len(headers)] * len(headers))
        self.heading(t("risk_heading", lang), 2)
        self.labelled(t("risk_grade", lang), risk_text(self.data, lang))
        if self.data.risk_model(lang):
            self.labelled(t("risk_model_name", lang), self.data.risk_model(lang))
        for reason in results.risk.reasons_en if lang == "en" else results.risk.reasons_zh:
            self.text(reason, style="List Bullet")
        if self.data.profile_lines(lang):
            self.text(t("profile_heading", lang), size=9.5, color=GREY)
            for line in self.data.profile_lines(lang):
                self.text(line, style="List Bullet")
        self.heading(t("critical_gaps", lang), 2)
        if not score.critical_gaps:
            self.text(t("critical_gaps_none", lang))
        rows = [[gap.item, self.question(gap.item), f"{gap.status.label(lang)}\n{self.why(gap)}",
                 *self.remediation(gap.item)] for gap in score.critical_gaps]
        if rows:
            self.table([t(key, lang) for key in ("col_item", "col_question", "col_status",
                                                 "col_owner", "col_due")],
                       rows, (16, 70, 30, 28, 26))
        for key, ids in (("critical_unanswered", score.critical_unanswered),
                         ("remediation_missing", score.remediation_missing)):
            if ids:
                self.labelled(t(key, lang), list_separator(lang).join(ids))

    def why(self, gap: GapEntry) -> str:
        if gap.reason_code is None:  # a document from before the reason codes
            return gap.reason
        return explain.gap_text(gap.reason_code, gap.severity, gap.status, self.lang)

    def question(self, item_id: str) -> str:
        item = self.items.get(item_id)
        return item.question(self.lang) if item else item_id

    def remediation(self, item_id: str) -> list[str]:
        return self.remediation_of(self.answers.get(item_id))

    def remediation_of(self, answer: AnswerEntry | None) -> list[str]:
        """Owner and due date of a remediation, "not set" for what is missing."""
        not_set = t("not_set", self.lang)
        if answer is None:
            return [not_set, not_set]
        due = answer.remediation_due
        return [answer.remediation_owner.strip() or not_set, due.isoformat() if due else not_set]

    def themes(self) -> None:
        lang, score = self.lang, self.data.results.score
        self.heading(t("toc_themes", lang))
        rows = []
        for title, tally in [(theme.title(lang), score.themes.get(theme.id))
                             for theme in self.data.themes] + [(t("overall", lang),
                                                                score.overall)]:
            if tally is None:
                continue
            counts = list_separator(lang).join(
                f"{status.label(lang)} {tally.counts[status]}" for status in STATUS_ORDER
                if tally.counts[status])
            rows.append([title, counts, f"{tally.percent:.1f}%",
                         f"{tally.answered} / {tally.items}"])
        self.table([t(key, lang) for key in ("col_theme", "col_counts", "col_score",
                                             "col_answered")], rows, (50, 70, 25, 25))

    def findings(self) -> None:
        lang = self.lang
        self.heading(t("toc_findings", lang))
        findings = self.data.findings()
        if not findings:
            self.text(t("findings_none", lang))
            return
        self.text(t("findings_intro", lang), size=9, color=GREY)
        rows = []
        for finding in findings:
            item, answer = self.items[finding.item], self.answers[finding.item]
            text = item.question(lang)
            if answer.justification.strip():
                text += f"\n{t('justification', lang)}{colon(lang)}{answer.justification}"
            mark = f"\n{t('critical_tag', lang)}" if finding.critical_gap else ""
            rows.append([item.id + mark, text, item.severity.label(lang),
                         answer.status.label(lang), *self.remediation(item.id)])
        self.table([t(key, lang) for key in ("col_item", "col_finding", "col_severity",
                                             "col_status", "col_owner", "col_due")],
                   rows, (17, 68, 15, 20, 24, 26))

    def sign_off(self) -> None:
        lang = self.lang
        head = self.data.results.assessment
        people = head.sign_off or SignOff(prepared=Signatory(name=head.assessor))
        self.heading(t("toc_signoff", lang))
        self.text(t("signoff_intro", lang), size=9, color=GREY)
        rows = [[t(key, lang), person.name, person.role, "",
                 person.date.isoformat() if person.date else ""]
                for key, person in (("prepared_by", people.prepared),
                                    ("reviewed_by", people.reviewed),
                                    ("approved_by", people.approved))]
        table = self.table([t(key, lang) for key in ("col_signoff", "col_name", "col_role",
                                                     "col_signature", "col_date")],
                           rows, (24, 38, 42, 40, 26))
        from docx.enum.text import WD_ALIGN_PARAGRAPH
        from docx.shared import Mm

        for row in table.rows[1:]:
            row.height = Mm(12)
        self.labelled(t("organisation", lang), head.organisation)
        seal = self.text(f"{t('seal', lang)}\n\n\n{t('seal_date', lang)}")
        seal.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        self.heading(t("esign_heading", lang), 2)
        self.text(t("draft_esign", lang), size=9.5)

    def appendix(self) -> None:
        lang = self.lang
        self.page_break()
        self.heading(t("toc_appendix", lang))
        self.text(t("appendix_intro", lang), size=9, color=GREY)
        for theme in self.data.themes:
            self.heading(theme.title(lang), 2)
            for item in (i for i in self.data.items if i.theme == theme.id):
                self.appendix_item(item, self.answers[item.id])
        if self.data.not_applying:
            kept = {a.item: a for a in self.data.results.answers_not_applying or ()}
            self.heading(t("not_applying_heading", lang), 2)
            self.text(t("not_applying_intro", lang), size=9, color=GREY)
            for item in self.data.not_applying:
                answer = kept.get(item.id)
                if answer is not None:
                    self.appendix_item(item, answer)

    def appendix_item(self, item: ItemText, answer: AnswerEntry) -> None:
        """One item of the appendix: head line, question, basis notice and the answer."""
        lang = self.lang
        paragraph = self.doc.add_paragraph()
        self.run(paragraph, f"{item.id}　", bold=True, color=NAVY)
        self.run(paragraph, f"{item.severity.label(lang)} · "
                 f"{item_citations(item, lang)} · ", size=9, color=GREY)
        self.run(paragraph, answer.status.label(lang), bold=True)
        self.text(item.question(lang))
        if item.secondary_basis:
            self.text(f"※ {SECONDARY_BASIS_NOTICE.get(lang)}", size=9, color=GREY)
        for key, value in (("justification", answer.justification),
                           ("evidence", answer.evidence)):
            if value.strip():
                self.labelled(t(key, lang), value)
        for attachment in answer.attachments:
            self.labelled(t("attachments", lang),
                          f"{attachment.file_name} (SHA-256 {attachment.sha256})")
        if answer.status.wants_remediation or answer.remediation_owner.strip():
            owner, due = self.remediation_of(answer)
            self.labelled(t("remediation", lang),
                          f"{t('owner_short', lang)} {owner}"
                          f"{'; ' if lang == 'en' else '；'}{t('due_short', lang)} {due}")

    def verification(self) -> None:
        lang = self.lang
        head = self.data.results.assessment
        pack = head.pack
        self.heading(t("toc_verification", lang), 2)
        self.text(t("draft_verification", lang), size=9, color=GREY)
        rows = [
            (t("assessment_uid", lang), head.uid),
            (t("pack_id", lang), f"{pack.pack_id} v{pack.version} ({pack.label})"),
            (t("pack_hash", lang), pack.content_sha256),
            (t("risk_model", lang), self.data.results.risk.model or default_risk_model().id),
            (t("audit_head", lang), self.data.results.audit_chain_head),
            (t("program", lang), self.data.program_version),
            (t("report_date", lang), format_time(self.data.generated_at)),
        ]
        self.details(rows)
