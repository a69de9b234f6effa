"""The closing sections of the PDF report: the sign-off block (prepared, reviewed and
approved by, with room for signatures and the organisation's seal, and what the
electronic signature attests) and the final verification data in small type (the
internal identifiers and hashes, and the machine check lines the verifier compares with
the attached ``results.json``).
"""

from __future__ import annotations

from typing import Any

from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table

from selfcheck.core.assessment import Signatory, SignOff
from selfcheck.core.reports import checkline
from selfcheck.core.reports.layout import (
    CONTENT_WIDTH,
    LIGHT,
    LIGHTER,
    NAVY,
    RULE,
    CheckLines,
    Heading,
    Rule,
    format_time,
    markup_text,
    table_style,
)
from selfcheck.core.reports.pieces import Pieces
from selfcheck.core.reports.texts import t
from selfcheck.core.riskmodel import default_risk_model
from selfcheck.core.text import colon

SIGNATURE_ROW_HEIGHT = 13 * mm
SEAL_HEIGHT = 42 * mm


class Closing(Pieces):
    """The sign-off block and the verification data."""

    def sign_off(self, signed: bool) -> list[Flowable]:
        """编制/审核/批准 with names, roles and dates where known, blank lines otherwise;
        the seal; and the statement of what the electronic signature attests."""
        lang, s = self.lang, self.s
        head = self.results.assessment
        people = head.sign_off or SignOff(prepared=Signatory(name=head.assessor))
        rows: list[list[Any]] = [self.head_row("col_signoff", "col_name", "col_role",
                                               "col_signature", "col_date")]
        for key, person in (("prepared_by", people.prepared), ("reviewed_by", people.reviewed),
                            ("approved_by", people.approved)):
            rows.append([self.p(t(key, lang), s.label), self.p(person.name, s.value),
                         self.p(person.role, s.cell), "",
                         self.p(person.date.isoformat() if person.date else "", s.value)])
        widths = [24 * mm, 40 * mm, 44 * mm, 40 * mm]
        widths.append(CONTENT_WIDTH - sum(widths))
        table = Table(rows, colWidths=widths,
                      rowHeights=[None] + [SIGNATURE_ROW_HEIGHT] * 3)
        table.setStyle(table_style([
            ("BACKGROUND", (0, 0), (-1, 0), NAVY),
            ("BACKGROUND", (0, 1), (0, -1), LIGHTER),
            ("GRID", (0, 0), (-1, -1), 0.6, RULE),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("LEFTPADDING", (0, 0), (-1, -1), 5),
        ]))
        story: list[Flowable] = [
            *self.section_heading("toc_signoff", "signoff"),
            self.p(t("signoff_intro", lang), s.small_grey), Spacer(1, 5), table,
            Spacer(1, 6), self.seal(), Spacer(1, 6), self.signature_statement(signed)]
        return [KeepTogether(story)]

    def seal(self) -> Table:
        """Room for the organisation's seal, with its name and a date line."""
        lang, s = self.lang, self.s
        right = ParagraphStyle("seal", parent=s.value, alignment=TA_RIGHT)
        box = Table([
            [self.p(t("organisation", lang) + colon(lang) + self.results.assessment.organisation,
                    s.value), self.p(t("seal", lang), right)],
            ["", self.p(t("seal_date", lang), right)],
        ], colWidths=[CONTENT_WIDTH * 0.55, CONTENT_WIDTH * 0.45],
            rowHeights=[SEAL_HEIGHT - 10 * mm, 10 * mm])
        box.setStyle(table_style([
            ("BOX", (0, 0), (-1, -1), 0.6, RULE),
            ("VALIGN", (0, 0), (-1, 0), "TOP"),
            ("VALIGN", (0, 1), (-1, 1), "BOTTOM"),
            ("TOPPADDING", (0, 0), (-1, -1), 6),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
            ("LEFTPADDING", (0, 0), (-1, -1), 7),
            ("RIGHTPADDING", (0, 0), (-1, -1), 12),
        ]))
        return box

    def signature_statement(self, signed: bool) -> Table:
        lang, s = self.lang, self.s
        body = t("esign_signed" if signed else "esign_unsigned", lang)
        box = Table([[[self.p(t("esign_heading", lang), s.sig_head), Spacer(1, 2),
                       self.p(body, s.sig_note)]]], colWidths=[CONTENT_WIDTH])
        box.setStyle(table_style([
            ("BOX", (0, 0), (-1, -1), 0.6, RULE),
            ("LINEBEFORE", (0, 0), (0, -1), 3, NAVY),
            ("BACKGROUND", (0, 0), (-1, -1), LIGHTER),
            ("TOPPADDING", (0, 0), (-1, -1), 5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
            ("LEFTPADDING", (0, 0), (-1, -1), 8),
        ]))
        return box

    def verification(self, check_fields: dict[str, str]) -> list[Flowable]:
        """The identifiers and hashes a checker needs, and the machine check lines."""
        lang, s = self.lang, self.s
        head = self.results.assessment
        pack = head.pack
        small_mono = ParagraphStyle("vmono", parent=s.mono, fontSize=7, leading=9.4)
        rows = [
            ("assessment_uid", head.uid),
            ("pack_id", f"{pack.pack_id} v{pack.version} ({pack.label})"),
            ("pack_hash", pack.content_sha256),
            ("risk_model", self.results.risk.model or default_risk_model().id),
            ("audit_head", self.results.audit_chain_head),
            ("program", self.data.program_version),
            ("report_date", format_time(self.data.generated_at)),
            ("report_language", t("language_name", lang)),
            ("results_file", t("results_file_value", lang)),
        ]
        label_style = ParagraphStyle("vlabel", parent=s.small_grey, fontSize=7, leading=9.4)
        table = Table([[self.p(t(key, lang), label_style), Paragraph(markup_text(value),
                                                                     small_mono)]
                       for key, value in rows],
                      colWidths=[38 * mm, CONTENT_WIDTH - 38 * mm])
        table.setStyle(table_style([
            ("LINEBELOW", (0, 0), (-1, -1), 0.3, RULE),
            ("BACKGROUND", (0, 0), (0, -1), LIGHT),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("TOPPADDING", (0, 0), (-1, -1), 1.5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
        ]))
        heading_style = ParagraphStyle("vhead", parent=s.h2, fontSize=9.5, leading=13,
                                       spaceBefore=4)
        return [KeepTogether([
            Heading(t("toc_verification", lang), heading_style, "verification"),
            Rule(CONTENT_WIDTH, thickness=0.5, space=1.5),
            self.p(t("verification_intro", lang), label_style), Spacer(1, 3), table,
            Spacer(1, 4), self.p(t("machine_check", lang), label_style), Spacer(1, 1),
            CheckLines(checkline.check_lines(check_fields)),
        ])]
