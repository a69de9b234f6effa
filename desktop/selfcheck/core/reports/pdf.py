"""Rendering of the PDF report with reportlab (no signing here; see selfcheck.core.signing).

Layout: A4; every page has a header and footer with the marking, the assessment and
"page x of y". Page 1 is the cover with a reserved signature panel (the signature
stamp is placed into :data:`SIGNATURE_BOX` when signing); then the executive summary,
results by theme, findings and remediation plan, and the item-by-item appendix.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from io import BytesIO
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
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
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from selfcheck.core.answers import Status
from selfcheck.core.reports import checkline
from selfcheck.core.reports.data import ReportData, check_language, results_json_bytes, sha256_hex
from selfcheck.core.reports.fonts import BODY_FONT, MONO_FONT, printable, register_fonts, subset_lock
from selfcheck.core.reports.texts import (
    gap_reason,
    grade_label,
    sector_label,
    severity_label,
    status_label,
    t,
    verdict_label,
    verdict_reasons,
)
from selfcheck.core.scoring import PASS_PERCENT

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN_X = 20 * mm
MARGIN_TOP = 25 * mm
MARGIN_BOTTOM = 22 * mm
CONTENT_WIDTH = PAGE_WIDTH - 2 * MARGIN_X

#: The signature panel at the bottom of the cover page (x1, y1, x2, y2 in points).
SIGNATURE_PANEL = (MARGIN_X, 24 * mm, PAGE_WIDTH - MARGIN_X, 76 * mm)
#: Where the visible signature stamp goes on page 1 (x1, y1, x2, y2 in points).
SIGNATURE_BOX = (PAGE_WIDTH - MARGIN_X - 86 * mm, 28 * mm,
                 PAGE_WIDTH - MARGIN_X - 4 * mm, 64 * mm)
SIGNATURE_PAGE = 0
COVER_BOTTOM = SIGNATURE_PANEL[3] + 6 * mm
COVER_HEIGHT = PAGE_HEIGHT - MARGIN_TOP - COVER_BOTTOM

MAX_TEXT_IN_APPENDIX = 2000
MAX_TEXT_IN_TABLE = 320
MAX_SHORT_TEXT = 120
LONG_ITEM_TEXT = 600

NAVY = colors.HexColor("#1F3A5F")
INK = colors.HexColor("#1E2329")
GREY = colors.HexColor("#5F6B7A")
RULE = colors.HexColor("#B9C3D0")
LIGHT = colors.HexColor("#EEF2F7")
LIGHTER = colors.HexColor("#F7F9FB")
MARK_RED = colors.HexColor("#B3261E")

STATUS_COLORS: dict[str, colors.Color] = {
    Status.IMPLEMENTED: colors.HexColor("#2E7D32"),
    Status.PARTIAL: colors.HexColor("#D08A00"),
    Status.NOT_IMPLEMENTED: colors.HexColor("#C0392B"),
    Status.NOT_APPLICABLE: colors.HexColor("#8D96A3"),
    Status.UNANSWERED: colors.HexColor("#D5DAE1"),
}
STATUS_TEXT_COLORS: dict[str, colors.Color] = {
    **STATUS_COLORS,
    Status.PARTIAL: colors.HexColor("#A86A00"),
    Status.UNANSWERED: colors.HexColor("#6B7684"),
}
VERDICT_COLORS: dict[str, colors.Color] = {
    "met": colors.HexColor("#2E7D32"),
    "partially-met": colors.HexColor("#A86A00"),
    "incomplete": colors.HexColor("#4A6078"),
    "not-met": colors.HexColor("#B3261E"),
}
STATUS_ORDER = [Status.IMPLEMENTED, Status.PARTIAL, Status.NOT_IMPLEMENTED,
                Status.NOT_APPLICABLE, Status.UNANSWERED]


# -- text helpers -----------------------------------------------------------------------

def _x(text: str) -> str:
    """Escape user text for a reportlab Paragraph, keeping line breaks."""
    return escape(printable(text)).replace("\n", "<br/>")


def _clip(text: str, limit: int, lang: str) -> str:
    text = text.strip()
    if len(text) <= limit:
        return text
    return text[:limit].rstrip() + t("truncated", lang)


def _short(text: str, limit: int = MAX_SHORT_TEXT) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _parse_time(value: str) -> dt.datetime | None:
    try:
        parsed = dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
    except (ValueError, AttributeError):
        return None
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=dt.UTC)
    return parsed


def format_time(moment: dt.datetime, local: dt.tzinfo | None = None) -> str:
    """``2026-11-22 18:05 (UTC+08:00)`` in the zone of ``local`` (or the moment's own)."""
    shown = moment.astimezone(local) if local else moment
    offset = shown.utcoffset() or dt.timedelta(0)
    minutes = int(offset.total_seconds() // 60)
    sign = "+" if minutes >= 0 else "-"
    hours, mins = divmod(abs(minutes), 60)
    return f"{shown:%Y-%m-%d %H:%M} (UTC{sign}{hours:02d}:{mins:02d})"


def _fit(text: str, size: float, width: float) -> str:
    """``text`` shortened with … so that it is at most ``width`` points wide."""
    if stringWidth(text, BODY_FONT, size) <= width:
        return text
    while text and stringWidth(text + "…", BODY_FONT, size) > width:
        text = text[:-1]
    return text.rstrip() + "…"


def _size(num: int) -> str:
    if num < 1024:
        return f"{num} B"
    if num < 1024 * 1024:
        return f"{num / 1024:.1f} KB"
    return f"{num / 1048576:.1f} MB"


def _has_cjk(text: str) -> bool:
    return any("\u2e80" <= c <= "\u9fff" or "\uf900" <= c <= "\uffef" for c in text)


def _wrapping(text: str, style: ParagraphStyle) -> ParagraphStyle:
    """Text without any CJK character wraps at spaces only (reportlab's CJK line breaker
    may cut a long English word); text with CJK wraps between any two characters."""
    if _has_cjk(text) or style.wordWrap != "CJK":
        return style
    latin: ParagraphStyle | None = getattr(style, "_latin_variant", None)
    if latin is None:
        latin = ParagraphStyle(style.name + "-latin", parent=style, wordWrap=None)
        style._latin_variant = latin
    return latin


def _para(markup: str, style: ParagraphStyle, **kwargs: Any) -> Paragraph:
    return Paragraph(markup, _wrapping(markup, style), **kwargs)


# -- styles ------------------------------------------------------------------------------

class _Styles:
    def __init__(self) -> None:
        base = ParagraphStyle("base", fontName=BODY_FONT, fontSize=9.5, leading=14.5,
                              textColor=INK, wordWrap="CJK")
        self.body = base
        self.small = ParagraphStyle("small", parent=base, fontSize=8, leading=11.5)
        self.small_grey = ParagraphStyle("small_grey", parent=self.small, textColor=GREY)
        self.cell = ParagraphStyle("cell", parent=base, fontSize=8.3, leading=12)
        self.cell_grey = ParagraphStyle("cell_grey", parent=self.cell, textColor=GREY)
        self.cell_head = ParagraphStyle("cell_head", parent=self.cell, textColor=colors.white)
        self.cell_center = ParagraphStyle("cell_center", parent=self.cell, alignment=TA_CENTER)
        self.cell_right = ParagraphStyle("cell_right", parent=self.cell, alignment=TA_RIGHT)
        self.label = ParagraphStyle("label", parent=self.cell, textColor=GREY)
        self.value = ParagraphStyle("value", parent=base, fontSize=9.5, leading=13.5)
        self.mono = ParagraphStyle("mono", parent=self.cell, fontName=MONO_FONT, fontSize=7.6,
                                   leading=11)
        self.title = ParagraphStyle("title", parent=base, fontSize=25, leading=34,
                                    textColor=NAVY, alignment=TA_CENTER)
        self.subtitle = ParagraphStyle("subtitle", parent=base, fontSize=12, leading=17,
                                       textColor=GREY, alignment=TA_CENTER)
        self.basis = ParagraphStyle("basis", parent=base, fontSize=10, leading=15,
                                    alignment=TA_CENTER, textColor=INK)
        self.h1 = ParagraphStyle("h1", parent=base, fontSize=15, leading=21, textColor=NAVY,
                                 spaceBefore=2, spaceAfter=3)
        self.h2 = ParagraphStyle("h2", parent=base, fontSize=11.2, leading=16, textColor=NAVY,
                                 spaceBefore=9, spaceAfter=4)
        self.bullet = ParagraphStyle("bullet", parent=base, leftIndent=11, bulletIndent=2,
                                     spaceAfter=2)
        self.kpi_label = ParagraphStyle("kpi_label", parent=self.small, textColor=GREY,
                                        alignment=TA_CENTER)
        self.kpi_value = ParagraphStyle("kpi_value", parent=base, fontSize=17, leading=22,
                                        alignment=TA_CENTER)
        self.detail = ParagraphStyle("detail", parent=self.cell, leftIndent=8, spaceAfter=1.5)
        self.question = ParagraphStyle("question", parent=base, fontSize=9.2, leading=13.6,
                                       leftIndent=8, spaceBefore=3, spaceAfter=2)
        self.sig_head = ParagraphStyle("sig_head", parent=base, fontSize=10.5, leading=14,
                                       textColor=NAVY)
        self.sig_note = ParagraphStyle("sig_note", parent=self.small, leading=11.2, textColor=INK)
        self.check = ParagraphStyle("check", parent=self.small_grey, spaceBefore=10)


# -- flowables ---------------------------------------------------------------------------

class _Heading(Paragraph):  # type: ignore[misc]
    """A section heading that also adds a PDF outline (bookmark) entry."""

    def __init__(self, text: str, style: ParagraphStyle, key: str, level: int = 0) -> None:
        super().__init__(_x(text), _wrapping(text, style))
        self._outline_title = text
        self._key = key
        self._level = level

    def draw(self) -> None:
        super().draw()
        self.canv.bookmarkPage(self._key)
        self.canv.addOutlineEntry(self._outline_title, self._key, level=self._level,
                                  closed=self._level > 0)


class _Rule(Flowable):  # type: ignore[misc]
    def __init__(self, width: float, color: colors.Color = NAVY, thickness: float = 1.2,
                 space: float = 4) -> None:
        super().__init__()
        self.width, self.color, self.thickness, self.space = width, color, thickness, space

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return self.width, self.thickness + 2 * self.space

    def draw(self) -> None:
        self.canv.setStrokeColor(self.color)
        self.canv.setLineWidth(self.thickness)
        y = self.space + self.thickness / 2
        self.canv.line(0, y, self.width, y)


class _StatusBar(Flowable):  # type: ignore[misc]
    """A horizontal bar split by answer status."""

    def __init__(self, counts: dict[str, int], width: float, height: float = 9) -> None:
        super().__init__()
        self.counts, self.width, self.height = counts, width, height

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        canv = self.canv
        total = sum(self.counts.get(s, 0) for s in STATUS_ORDER)
        x = 0.0
        if total:
            for status in STATUS_ORDER:
                n = self.counts.get(status, 0)
                if not n:
                    continue
                w = self.width * n / total
                canv.setFillColor(STATUS_COLORS[status])
                canv.rect(x, 0, w, self.height, stroke=0, fill=1)
                x += w
        canv.setStrokeColor(RULE)
        canv.setLineWidth(0.5)
        canv.rect(0, 0, self.width, self.height, stroke=1, fill=0)


class _CheckLines(Flowable):  # type: ignore[misc]
    """The machine check lines, each drawn with one text operator in Courier."""

    FONT_SIZE = 6.4
    LEADING = 8.4

    def __init__(self, lines: Sequence[str]) -> None:
        super().__init__()
        self.lines = list(lines)

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return avail_width, self.LEADING * len(self.lines) + 2

    def draw(self) -> None:
        canv = self.canv
        canv.setFillColor(GREY)
        canv.setFont(MONO_FONT, self.FONT_SIZE)
        y = self.LEADING * (len(self.lines) - 1) + 2.5
        for line in self.lines:
            canv.drawString(0, y, line)
            y -= self.LEADING


# -- page decoration --------------------------------------------------------------------

class _PageDecor:
    """Draws header, footer and the cover's signature panel on finished pages."""

    def __init__(self, data: ReportData, lang: str, signed: bool, styles: _Styles) -> None:
        self.data, self.lang, self.signed, self.styles = data, lang, signed, styles
        head = data.results["assessment"]
        self.left_head = f"{head['organisation']} · {head['system_name']}"
        self.reference = f"#{head['id']} · {str(head['uid'])[:8]}"

    def __call__(self, canv: Canvas, page: int, total: int) -> None:
        lang = self.lang
        canv.saveState()
        marking = printable(self.data.marking)
        # header: marking left, report and assessment right, both fitted to the width
        top = PAGE_HEIGHT - 13 * mm
        head_mark = _fit(marking, 11, CONTENT_WIDTH * 0.45)
        canv.setFillColor(MARK_RED)
        canv.setFont(BODY_FONT, 11)
        canv.drawString(MARGIN_X, top, head_mark)
        room = CONTENT_WIDTH - stringWidth(head_mark, BODY_FONT, 11) - 10 * mm
        canv.setFillColor(GREY)
        canv.setFont(BODY_FONT, 7.6)
        canv.drawRightString(PAGE_WIDTH - MARGIN_X, top + 1, _fit(
            f"{t('report_title', lang)}  ·  {printable(self.left_head)}", 7.6, room))
        canv.setStrokeColor(NAVY)
        canv.setLineWidth(0.8)
        canv.line(MARGIN_X, top - 2.6 * mm, PAGE_WIDTH - MARGIN_X, top - 2.6 * mm)
        if not self.signed:
            canv.setFillColor(MARK_RED)
            canv.setFont(BODY_FONT, 8)
            canv.drawCentredString(PAGE_WIDTH / 2, top - 6.4 * mm, t("unsigned_banner", lang))
        # footer: marking left, page x of y centred, assessment reference right
        bottom = 12 * mm
        canv.setStrokeColor(RULE)
        canv.setLineWidth(0.5)
        canv.line(MARGIN_X, bottom + 4.2 * mm, PAGE_WIDTH - MARGIN_X, bottom + 4.2 * mm)
        page_text = t("page_of", lang, page=page, total=total)
        side = (CONTENT_WIDTH - stringWidth(page_text, BODY_FONT, 8)) / 2 - 5 * mm
        canv.setFillColor(MARK_RED)
        canv.setFont(BODY_FONT, 8.5)
        canv.drawString(MARGIN_X, bottom, _fit(marking, 8.5, side))
        canv.setFillColor(GREY)
        canv.setFont(BODY_FONT, 8)
        canv.drawCentredString(PAGE_WIDTH / 2, bottom, page_text)
        canv.setFont(BODY_FONT, 7.6)
        canv.drawRightString(PAGE_WIDTH - MARGIN_X, bottom, _fit(
            f"{t('assessment_ref', lang)} {self.reference}", 7.6, side))
        if page == 1:
            self._signature_panel(canv)
        canv.restoreState()

    def _signature_panel(self, canv: Canvas) -> None:
        lang = self.lang
        x1, y1, x2, y2 = SIGNATURE_PANEL
        canv.setFillColor(LIGHTER)
        canv.setStrokeColor(RULE)
        canv.setLineWidth(0.6)
        canv.rect(x1, y1, x2 - x1, y2 - y1, stroke=1, fill=1)
        bx1, by1, bx2, by2 = SIGNATURE_BOX
        canv.setFillColor(colors.white)
        canv.setStrokeColor(RULE)
        canv.setDash(2, 2)
        # signed: the stamp draws its own border over this white box
        canv.rect(bx1, by1, bx2 - bx1, by2 - by1, stroke=0 if self.signed else 1, fill=1)
        canv.setDash()
        if not self.signed:
            canv.setFillColor(MARK_RED)
            canv.setFont(BODY_FONT, 15)
            canv.drawCentredString((bx1 + bx2) / 2, (by1 + by2) / 2 - 5, t("unsigned_box", lang))
        text_width = bx1 - x1 - 10 * mm
        note_key = "signature_note_signed" if self.signed else "signature_note_unsigned"
        parts: list[Flowable] = [
            _para(_x(t("signature_heading", lang)), self.styles.sig_head),
            Spacer(1, 3),
            _para(_x(t(note_key, lang)), self.styles.sig_note),
        ]
        if self.signed:
            parts += [Spacer(1, 3),
                      _para(_x(t("signature_verify_hint", lang)), self.styles.small_grey)]
        y = y2 - 5 * mm
        for part in parts:
            _, height = part.wrap(text_width, y2 - y1)
            part.drawOn(canv, x1 + 5 * mm, y - height)
            y -= height


def _numbered_canvas(decorate: Callable[[Canvas, int, int], None]) -> type[Canvas]:
    class NumberedCanvas(Canvas):  # type: ignore[misc]
        """Keeps pages until the end so every footer can say "page x of y"."""

        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for number, state in enumerate(self._pages, start=1):
                self.__dict__.update(state)
                decorate(self, number, total)
                super().showPage()
            super().save()

    return NumberedCanvas


# -- content -----------------------------------------------------------------------------

class _Builder:
    def __init__(self, data: ReportData, lang: str, styles: _Styles) -> None:
        self.data, self.lang, self.s = data, lang, styles
        self.results = data.results
        self.answers = data.answers_by_item()
        self.items = {i.id: i for i in data.items}
        self.local_zone = data.generated_at.tzinfo

    # small pieces
    def p(self, text: str, style: ParagraphStyle | None = None) -> Paragraph:
        return self.markup(_x(text), style)

    def markup(self, markup: str, style: ParagraphStyle | None = None) -> Paragraph:
        return _para(markup, style or self.s.body)

    def status_markup(self, status: str, style_size: float | None = None) -> str:
        color = STATUS_TEXT_COLORS.get(status, INK).hexval()[2:]
        size = f' size="{style_size}"' if style_size else ""
        return f'<font color="#{color}"{size}>{_x(status_label(status, self.lang))}</font>'

    def time_text(self, value: str) -> str:
        parsed = _parse_time(value)
        return format_time(parsed, self.local_zone) if parsed else value

    # sections
    def cover(self) -> list[Flowable]:
        lang, s, r = self.lang, self.s, self.results
        head = r["assessment"]
        pack = head["pack"]
        score = r["score"]
        pack_title = self.data.pack_title_en if lang == "en" else self.data.pack_title_zh
        source = self.data.source_title_en if lang == "en" else self.data.source_title_zh
        story: list[Flowable] = [
            Spacer(1, 12 * mm),
            self.p(t("report_title", lang), s.title),
            self.p(t("report_title_other", lang), s.subtitle),
            Spacer(1, 5 * mm),
            _Rule(CONTENT_WIDTH),
            Spacer(1, 3 * mm),
            self.p(f"{t('basis', lang)}{'：' if lang != 'en' else ': '}{pack_title}", s.basis),
            self.p(source, ParagraphStyle("src", parent=s.small_grey, alignment=TA_CENTER)),
            Spacer(1, 8 * mm),
        ]
        risk_text = (f"{grade_label(r['risk']['grade'], lang)}"
                     f"（{t('points', lang, points=r['risk']['points'])}）" if lang != "en" else
                     f"{grade_label(r['risk']['grade'], lang)} "
                     f"({t('points', lang, points=r['risk']['points'])})")
        rows: list[tuple[str, Flowable]] = [
            (t("organisation", lang), self.p(_short(head["organisation"], 60), s.value)),
            (t("system", lang), self.p(_short(head["system_name"], 60), s.value)),
        ]
        if head.get("system_description"):
            rows.append((t("system_description", lang),
                         self.p(_short(head["system_description"], 120), s.cell)))
        rows += [
            (t("sector", lang), self.p(sector_label(head["sector"], lang), s.value)),
            (t("risk_grade", lang), self.p(risk_text, s.value)),
            (t("assessor", lang), self.p(_short(head.get("assessor") or "—", 40), s.value)),
            (t("report_date", lang), self.p(format_time(self.data.generated_at), s.value)),
            (t("assessment_dates", lang),
             self.p(f"{self.time_text(head['created_at'])}  /  "
                    f"{self.time_text(head['updated_at'])}", s.cell)),
            (t("pack", lang),
             self.p(f"{pack['pack_id']}  ·  v{pack['version']}  ·  {pack['label']}", s.value)),
            (t("pack_hash", lang), self.markup(_x(pack["content_sha256"]), s.mono)),
            (t("assessment_ref", lang),
             self.markup(f"#{head['id']}  ·  <font name='{MONO_FONT}' size='7.6'>"
                         f"{_x(str(head['uid']))}</font>", s.value)),
            (t("program", lang), self.p(f"{self.data.program_version}", s.value)),
            (t("marking", lang),
             self.markup(f'<font color="#{MARK_RED.hexval()[2:]}">{_x(self.data.marking)}</font>',
                         s.value)),
        ]
        table = Table([[self.p(label, s.label), value] for label, value in rows],
                      colWidths=[42 * mm, CONTENT_WIDTH - 42 * mm])
        table.setStyle(TableStyle([
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
            ("LINEABOVE", (0, 0), (-1, 0), 0.8, NAVY),
            ("BACKGROUND", (0, 0), (0, -1), LIGHTER),
            ("TOPPADDING", (0, 0), (-1, -1), 3.2),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3.6),
            ("LEFTPADDING", (0, 0), (-1, -1), 6),
        ]))
        story += [table, Spacer(1, 7 * mm), self.kpi_strip(score, r["risk"]["grade"])]
        # the cover is one page whatever the texts: shrink rather than overflow
        return [KeepInFrame(CONTENT_WIDTH, COVER_HEIGHT, story, mode="shrink")]

    def kpi_strip(self, score: dict[str, Any], grade: str) -> Table:
        lang, s = self.lang, self.s
        overall = score["overall"]
        verdict = score["verdict"]
        vcolor = VERDICT_COLORS.get(verdict, INK).hexval()[2:]
        cells = [
            (t("verdict", lang),
             f'<font color="#{vcolor}">{_x(verdict_label(verdict, lang))}</font>'),
            (t("weighted_score", lang), f"{overall['percent']:.1f}%"),
            (t("answered", lang), f"{overall['answered']} / {overall['items']}"),
            (t("critical_gaps", lang),
             f'<font color="#{MARK_RED.hexval()[2:] if score["critical_gaps"] else "2E7D32"}">'
             f'{len(score["critical_gaps"])}</font>'),
        ]
        row = [[self.p(label, s.kpi_label), self.markup(value, s.kpi_value)]
               for label, value in cells]
        table = Table([row], colWidths=[CONTENT_WIDTH / 4] * 4)
        table.setStyle(TableStyle([
            ("BOX", (0, 0), (-1, -1), 0.8, NAVY),
            ("LINEAFTER", (0, 0), (-2, -1), 0.4, RULE),
            ("BACKGROUND", (0, 0), (-1, -1), LIGHTER),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("TOPPADDING", (0, 0), (-1, -1), 6),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 7),
        ]))
        return table

    def summary(self, results_sha256: str) -> list[Flowable]:
        lang, s, r = self.lang, self.s, self.results
        score = r["score"]
        overall = score["overall"]
        story: list[Flowable] = [_Heading(t("toc_summary", lang), s.h1, "summary"),
                                 _Rule(CONTENT_WIDTH, thickness=0.8, space=2), Spacer(1, 3)]
        verdict = score["verdict"]
        vcolor = VERDICT_COLORS.get(verdict, INK)
        verdict_cell = self.markup(
            f'<font color="#{vcolor.hexval()[2:]}" size="15">'
            f'{_x(verdict_label(verdict, lang))}</font>',
            ParagraphStyle("v", parent=s.body, leading=20, alignment=TA_CENTER))
        high_not_impl = any(
            self.answers.get(i.id, {}).get("status") == Status.NOT_IMPLEMENTED
            and i.severity == "high" for i in self.data.items)
        reasons = [_para(_x(text), s.bullet, bulletText="•")
                   for text in verdict_reasons(r, high_not_impl, lang)]
        box = Table([[[self.p(t("verdict", lang), s.kpi_label), verdict_cell],
                      [self.p(t("verdict_basis", lang), s.label), *reasons]]],
                    colWidths=[38 * mm, CONTENT_WIDTH - 38 * mm])
        box.setStyle(TableStyle([
            ("BOX", (0, 0), (-1, -1), 0.8, vcolor),
            ("LINEBEFORE", (0, 0), (0, -1), 4, vcolor),
            ("BACKGROUND", (0, 0), (0, -1), LIGHTER),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("TOPPADDING", (0, 0), (-1, -1), 6),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 7),
            ("LEFTPADDING", (1, 0), (1, 0), 10),
        ]))
        story += [box, self.p(t("key_figures", lang), s.h2)]

        counts = overall["counts"]
        header = [t("items_applicable", lang), t("weighted_score", lang)] + [
            status_label(st, lang) for st in STATUS_ORDER]
        values = [str(overall["items"]), f"{overall['percent']:.1f}%"] + [
            str(counts[st]) for st in STATUS_ORDER]
        figures = Table(
            [[self.p(h, s.cell_center) for h in header],
             [self.markup(f'<font size="12">{_x(v)}</font>',
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
        figures.setStyle(TableStyle(style_cmds))
        story.append(figures)

        story.append(self.p(t("risk_heading", lang), s.h2))
        risk = r["risk"]
        story.append(self.markup(
            f"{_x(t('risk_grade', lang))}{'：' if lang != 'en' else ': '}"
            f'<font color="#{NAVY.hexval()[2:]}">{_x(grade_label(risk["grade"], lang))}</font>'
            f"{'（' if lang != 'en' else ' ('}{_x(t('points', lang, points=risk['points']))}"
            f"{'）' if lang != 'en' else ')'}", s.body))
        for reason in risk["reasons_en" if lang == "en" else "reasons_zh"]:
            story.append(_para(_x(reason), s.bullet, bulletText="•"))

        story.append(self.p(t("critical_gaps", lang), s.h2))
        gaps = score["critical_gaps"]
        if gaps:
            story.append(self.gap_table(gaps))
        else:
            story.append(self.p(t("critical_gaps_none", lang)))
        if score["critical_unanswered"]:
            story.append(Spacer(1, 4))
            story.append(self.markup(
                f'<font color="#{GREY.hexval()[2:]}">{_x(t("critical_unanswered", lang))}'
                f"{'：' if lang != 'en' else ': '}</font>"
                + _x(("、" if lang != "en" else ", ").join(score["critical_unanswered"])),
                s.small))
        if score["remediation_missing"]:
            story.append(Spacer(1, 3))
            story.append(self.markup(
                f'<font color="#{GREY.hexval()[2:]}">{_x(t("remediation_missing", lang))}'
                f"{'：' if lang != 'en' else ': '}</font>"
                + _x(("、" if lang != "en" else ", ").join(score["remediation_missing"])),
                s.small))

        fields = checkline.summary_fields(r, results_sha256)
        story.append(KeepTogether([self.p(t("machine_check", lang), s.check),
                                   _CheckLines(checkline.check_lines(fields))]))
        return story

    def gap_table(self, gaps: list[dict[str, Any]]) -> Table:
        lang, s = self.lang, self.s
        widths = [16 * mm, CONTENT_WIDTH - 16 * mm - 30 * mm - 28 * mm - 22 * mm,
                  30 * mm, 28 * mm, 22 * mm]
        rows: list[list[Any]] = [[self.p(h, s.cell_head) for h in (
            t("col_item", lang), t("col_question", lang), t("col_status", lang),
            t("col_owner", lang), t("col_due", lang))]]
        for gap in gaps:
            item = self.items.get(gap["item"])
            answer = self.answers.get(gap["item"], {})
            question = item.question(lang) if item else gap["item"]
            rows.append([
                self.p(gap["item"], s.cell),
                self.p(_clip(question, MAX_TEXT_IN_TABLE, lang), s.cell),
                self.markup(self.status_markup(gap["status"]) + "<br/>"
                            f'<font color="#{GREY.hexval()[2:]}" size="7">'
                            f"{_x(gap_reason(gap, lang))}</font>", s.cell),
                self.owner_cell(answer),
                self.due_cell(answer),
            ])
        return self.grid(rows, widths)

    def owner_cell(self, answer: dict[str, Any]) -> Paragraph:
        owner = (answer.get("remediation_owner") or "").strip()
        if owner:
            return self.p(_short(owner, 40), self.s.cell)
        return self.markup(f'<font color="#{MARK_RED.hexval()[2:]}">'
                           f"{_x(t('not_set', self.lang))}</font>", self.s.cell)

    def due_cell(self, answer: dict[str, Any]) -> Paragraph:
        due = answer.get("remediation_due")
        if due:
            return self.p(str(due), self.s.cell)
        return self.markup(f'<font color="#{MARK_RED.hexval()[2:]}">'
                           f"{_x(t('not_set', self.lang))}</font>", self.s.cell)

    def grid(self, rows: list[list[Any]], widths: list[float],
             extra: Sequence[tuple[Any, ...]] = ()) -> Table:
        table = Table(rows, colWidths=widths, repeatRows=1)
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
        table.setStyle(TableStyle(cmds + list(extra)))
        return table

    def themes(self) -> list[Flowable]:
        lang, s, r = self.lang, self.s, self.results
        score = r["score"]
        story: list[Flowable] = [
            _Heading(t("toc_themes", lang), s.h1, "themes"),
            _Rule(CONTENT_WIDTH, thickness=0.8, space=2), Spacer(1, 2),
            self.p(t("themes_intro", lang, threshold=f"{PASS_PERCENT:.0f}"), s.small_grey),
            Spacer(1, 4),
        ]
        legend = "　".join(
            f'<font color="#{STATUS_COLORS[st].hexval()[2:]}">■</font> {_x(status_label(st, lang))}'
            for st in STATUS_ORDER)
        story += [self.markup(legend, s.small), Spacer(1, 5)]
        bar_width = 62 * mm
        widths = [CONTENT_WIDTH - bar_width - 22 * mm - 22 * mm - 2, bar_width + 2, 22 * mm,
                  22 * mm]
        rows: list[list[Any]] = [[self.p(h, s.cell_head) for h in (
            t("col_theme", lang), t("col_distribution", lang), t("col_score", lang),
            t("col_answered", lang))]]
        bar_inner = bar_width - 9
        for theme in self.data.themes:
            tally = score["themes"].get(theme.id)
            if not tally:
                continue
            rows.append(self.theme_row(theme.title(lang), tally, bar_inner))
        total_label = "合计" if lang != "en" else "Overall"
        rows.append(self.theme_row(total_label, score["overall"], bar_inner, strong=True))
        extra = [("VALIGN", (0, 1), (-1, -1), "MIDDLE"),
                 ("LINEABOVE", (0, -1), (-1, -1), 0.9, NAVY),
                 ("BACKGROUND", (0, -1), (-1, -1), LIGHT)]
        story.append(self.grid(rows, widths, extra))
        return [KeepTogether(story)]

    def theme_row(self, title: str, tally: dict[str, Any], bar_width: float,
                  strong: bool = False) -> list[Any]:
        s = self.s
        percent = tally["percent"]
        if percent >= PASS_PERCENT:
            color = STATUS_TEXT_COLORS[Status.IMPLEMENTED]
        elif percent >= 60:
            color = STATUS_TEXT_COLORS[Status.PARTIAL]
        else:
            color = STATUS_TEXT_COLORS[Status.NOT_IMPLEMENTED]
        title_style = ParagraphStyle("tt", parent=s.cell, textColor=NAVY) if strong else s.cell
        return [
            self.p(title, title_style),
            _StatusBar(tally["counts"], bar_width),
            self.markup(f'<font color="#{color.hexval()[2:]}">{percent:.1f}%</font>',
                        s.cell_right),
            self.p(f"{tally['answered']} / {tally['items']}", s.cell_right),
        ]

    def finding_rows(self) -> list[tuple[str, bool]]:
        """Items to remediate: (item id, is critical gap), critical gaps first."""
        gaps = [g["item"] for g in self.results["score"]["critical_gaps"]]
        weight = {"critical": 4, "high": 3, "medium": 2, "low": 1}
        others = []
        for item in self.data.items:
            status = self.answers.get(item.id, {}).get("status")
            if item.id in gaps or status not in (Status.PARTIAL, Status.NOT_IMPLEMENTED):
                continue
            credit = 0.5 if status == Status.PARTIAL else 0.0
            others.append((-(weight.get(item.severity, 1) * (1 - credit)), item.id))
        others.sort()
        return [(g, True) for g in gaps] + [(item_id, False) for _, item_id in others]

    def findings(self) -> list[Flowable]:
        lang, s = self.lang, self.s
        story: list[Flowable] = [
            _Heading(t("toc_findings", lang), s.h1, "findings"),
            _Rule(CONTENT_WIDTH, thickness=0.8, space=2), Spacer(1, 2),
        ]
        entries = self.finding_rows()
        if not entries:
            story.append(self.p(t("findings_none", lang)))
            return story
        story += [self.p(t("findings_intro", lang), s.small_grey), Spacer(1, 5)]
        widths = [19 * mm, 0.0, 17 * mm, 22 * mm, 28 * mm, 21 * mm]
        widths[1] = CONTENT_WIDTH - sum(widths)
        rows: list[list[Any]] = [[self.p(h, s.cell_head) for h in (
            t("col_item", lang), t("col_finding", lang), t("col_severity", lang),
            t("col_status", lang), t("col_owner", lang), t("col_due", lang))]]
        extra: list[tuple[Any, ...]] = []
        for index, (item_id, critical) in enumerate(entries, start=1):
            item = self.items.get(item_id)
            answer = self.answers.get(item_id, {})
            question = item.question(lang) if item else item_id
            finding = f"{_x(_clip(question, MAX_TEXT_IN_TABLE, lang))}"
            justification = (answer.get("justification") or "").strip()
            if justification:
                finding += (f'<br/><font color="#{GREY.hexval()[2:]}">'
                            f"{_x(t('justification', lang))}{'：' if lang != 'en' else ': '}"
                            f"{_x(_clip(justification, MAX_TEXT_IN_TABLE, lang))}</font>")
            id_cell = _x(item_id)
            if critical:
                id_cell += (f'<br/><font color="#{MARK_RED.hexval()[2:]}" size="6.8">'
                            f"{_x(t('critical_tag', lang))}</font>")
                extra.append(("LINEBEFORE", (0, index), (0, index), 2.5, MARK_RED))
            rows.append([
                self.markup(id_cell, s.cell),
                self.markup(finding, s.cell),
                self.p(severity_label(item.severity if item else "", lang), s.cell),
                self.markup(self.status_markup(answer.get("status", "unanswered")), s.cell),
                self.owner_cell(answer),
                self.due_cell(answer),
            ])
        story.append(self.grid(rows, widths, extra))
        return story

    def appendix(self) -> list[Flowable]:
        lang, s = self.lang, self.s
        story: list[Flowable] = [
            _Heading(t("toc_appendix", lang), s.h1, "appendix"),
            _Rule(CONTENT_WIDTH, thickness=0.8, space=2), Spacer(1, 2),
            self.p(t("appendix_intro", lang), s.small_grey),
        ]
        colon = "：" if lang != "en" else ": "
        for theme in self.data.themes:
            theme_items = [i for i in self.data.items if i.theme == theme.id]
            if not theme_items:
                continue
            heading = _Heading(theme.title(lang), s.h2, f"theme-{theme.id}", level=1)
            for position, item in enumerate(theme_items):
                answer = self.answers.get(item.id, {})
                status = answer.get("status", "unanswered")
                clauses = ", ".join(c.replace("AISGF-1.0 ", "") for c in item.clauses)
                head = Table([[
                    self.markup(f'<font color="#{NAVY.hexval()[2:]}">{_x(item.id)}</font>',
                                s.cell),
                    self.markup(
                        f"{_x(severity_label(item.severity, lang))}"
                        f'<font color="#{GREY.hexval()[2:]}">　·　AISGF-1.0 {_x(clauses)}</font>',
                        s.cell),
                    self.markup(self.status_markup(status),
                                ParagraphStyle("st", parent=s.cell, alignment=TA_RIGHT)),
                ]], colWidths=[20 * mm, CONTENT_WIDTH - 20 * mm - 40 * mm, 40 * mm])
                head.setStyle(TableStyle([
                    ("BACKGROUND", (0, 0), (-1, -1), LIGHT),
                    ("LINEBEFORE", (0, 0), (0, 0), 2.5, STATUS_COLORS.get(status, RULE)),
                    ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                    ("TOPPADDING", (0, 0), (-1, -1), 2.5),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 3.5),
                ]))
                block: list[Flowable] = [head, self.p(item.question(lang), s.question)]
                details: list[Flowable] = []
                justification = (answer.get("justification") or "").strip()
                if justification:
                    details.append(self.detail(t("justification", lang) + colon,
                                               _x(_clip(justification, MAX_TEXT_IN_APPENDIX,
                                                        lang))))
                evidence = (answer.get("evidence") or "").strip()
                if evidence:
                    details.append(self.detail(t("evidence", lang) + colon,
                                               _x(_clip(evidence, MAX_TEXT_IN_APPENDIX, lang))))
                for attachment in answer.get("attachments", []):
                    details.append(self.detail(
                        t("attachments", lang) + colon,
                        f"{_x(_short(attachment['file_name'], 90))}　({_size(attachment['size'])})"
                        f"<br/><font name='{MONO_FONT}' size='7.2'>SHA-256 "
                        f"{_x(attachment['sha256'])}</font>"))
                owner = (answer.get("remediation_owner") or "").strip()
                due = answer.get("remediation_due")
                if status in (Status.PARTIAL, Status.NOT_IMPLEMENTED) or owner or due:
                    details.append(self.detail(
                        t("remediation", lang) + colon,
                        f"{_x(t('owner_short', lang))} {_x(_short(owner) or t('not_set', lang))}；"
                        f"{_x(t('due_short', lang))} {_x(str(due) if due else t('not_set', lang))}"
                        if lang != "en" else
                        f"owner {_x(_short(owner) or t('not_set', lang))}; "
                        f"due {_x(str(due) if due else t('not_set', lang))}"))
                if answer.get("flagged"):
                    details.append(self.markup(
                        f'<font color="#{GREY.hexval()[2:]}">{_x(t("flagged", lang))}</font>',
                        s.detail))
                if position == 0:
                    block = [heading, *block]
                # a usual item moves to the next page as a whole rather than split; an
                # item with long texts keeps only its head with the question and flows on
                if len(justification) + len(evidence) <= LONG_ITEM_TEXT:
                    story.append(KeepTogether(block + details))
                else:
                    story += [KeepTogether(block + details[:1]), *details[1:]]
                story.append(Spacer(1, 6))
        return story

    def detail(self, label: str, body_markup: str) -> Paragraph:
        return self.markup(
            f'<font color="#{GREY.hexval()[2:]}">{_x(label)}</font>{body_markup}', self.s.detail)


def render_report(data: ReportData, lang: str, *, signed: bool = False) -> bytes:
    """Render the report PDF (one revision, no attachment, no signature) and return its bytes.

    ``signed`` leaves the cover's signature box empty for the stamp; without it the
    report is marked UNSIGNED on every page. Pure computation: safe on a worker thread.
    """
    lang = check_language(lang)
    register_fonts()
    styles = _Styles()
    results_sha256 = sha256_hex(results_json_bytes(data, lang))
    fields = checkline.summary_fields(data.results, results_sha256)
    builder = _Builder(data, lang, styles)
    head = data.results["assessment"]
    buffer = BytesIO()
    doc = BaseDocTemplate(
        buffer, pagesize=A4, leftMargin=MARGIN_X, rightMargin=MARGIN_X, topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM,
        title=f"{t('report_title', lang)} — {printable(head['organisation'])} · "
              f"{printable(head['system_name'])}",
        author=printable(head.get("assessor") or head["organisation"]),
        subject=t("doc_subject", lang), creator=f"AI Safety Self-Check {data.program_version}",
        keywords=checkline.keywords(fields), lang="zh-CN" if lang == "zh" else "en",
        pageCompression=1, invariant=0,
    )
    cover = Frame(MARGIN_X, COVER_BOTTOM, CONTENT_WIDTH, COVER_HEIGHT,
                  id="cover", leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    body = Frame(MARGIN_X, MARGIN_BOTTOM, CONTENT_WIDTH,
                 PAGE_HEIGHT - MARGIN_TOP - MARGIN_BOTTOM, id="body", leftPadding=0,
                 rightPadding=0, topPadding=0, bottomPadding=0)
    doc.addPageTemplates([PageTemplate("cover", [cover]), PageTemplate("body", [body])])
    story: list[Flowable] = [NextPageTemplate("body"), *builder.cover(), PageBreak(),
                             *builder.summary(results_sha256), CondPageBreak(95 * mm),
                             Spacer(1, 8), *builder.themes(), PageBreak(), *builder.findings(),
                             PageBreak(), *builder.appendix()]
    decorate = _PageDecor(data, lang, signed, styles)
    with subset_lock:  # reportlab's font objects are not safe for concurrent use
        doc.build(story, canvasmaker=_numbered_canvas(decorate))
    return buffer.getvalue()


__all__ = ["SIGNATURE_BOX", "SIGNATURE_PAGE", "format_time", "render_report"]
