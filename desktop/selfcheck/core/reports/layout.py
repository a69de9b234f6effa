"""The page layout of the PDF report: geometry, colours, paragraph styles, the small
flowables (headings with bookmarks, rules, status bars, check lines), the header and
footer of every page with the cover's signature panel, and text helpers for reportlab
markup. The sections themselves are built in :mod:`selfcheck.core.reports.pdf`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping, Sequence
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle

from selfcheck.core.answers import Status
from selfcheck.core.reports.data import ReportData
from selfcheck.core.reports.fonts import BODY_FONT, printable
from selfcheck.core.reports.texts import t
from selfcheck.core.scoring import Verdict
from selfcheck.core.text import escape_html

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN_X = 20 * mm
MARGIN_TOP = 25 * mm
MARGIN_BOTTOM = 22 * mm
CONTENT_WIDTH = PAGE_WIDTH - 2 * MARGIN_X
#: The height of the body frame of every page after the cover.
BODY_HEIGHT = PAGE_HEIGHT - MARGIN_TOP - MARGIN_BOTTOM

#: The signature panel at the bottom of the cover page (x1, y1, x2, y2 in points).
SIGNATURE_PANEL = (MARGIN_X, 24 * mm, PAGE_WIDTH - MARGIN_X, 76 * mm)
#: Where the visible signature stamp goes on page 1 (x1, y1, x2, y2 in points).
SIGNATURE_BOX = (PAGE_WIDTH - MARGIN_X - 86 * mm, 28 * mm,
                 PAGE_WIDTH - MARGIN_X - 4 * mm, 64 * mm)
SIGNATURE_PAGE = 0
COVER_BOTTOM = SIGNATURE_PANEL[3] + 6 * mm
COVER_HEIGHT = PAGE_HEIGHT - MARGIN_TOP - COVER_BOTTOM

#: An appendix item whose texts are longer than this may split across pages.
LONG_ITEM_TEXT = 600

NAVY = colors.HexColor("#1F3A5F")
INK = colors.HexColor("#1E2329")
GREY = colors.HexColor("#5F6B7A")
RULE = colors.HexColor("#B9C3D0")
LIGHT = colors.HexColor("#EEF2F7")
LIGHTER = colors.HexColor("#F7F9FB")
MARK_RED = colors.HexColor("#B3261E")

STATUS_COLORS: dict[Status, colors.Color] = {
    Status.IMPLEMENTED: colors.HexColor("#2E7D32"),
    Status.PARTIAL: colors.HexColor("#D08A00"),
    Status.NOT_IMPLEMENTED: colors.HexColor("#C0392B"),
    Status.NOT_APPLICABLE: colors.HexColor("#8D96A3"),
    Status.UNANSWERED: colors.HexColor("#D5DAE1"),
}
STATUS_TEXT_COLORS: dict[Status, colors.Color] = {
    **STATUS_COLORS,
    Status.PARTIAL: colors.HexColor("#A86A00"),
    Status.UNANSWERED: colors.HexColor("#6B7684"),
}
VERDICT_COLORS: dict[Verdict, colors.Color] = {
    Verdict.MET: colors.HexColor("#2E7D32"),
    Verdict.PARTIALLY_MET: colors.HexColor("#A86A00"),
    Verdict.INCOMPLETE: colors.HexColor("#4A6078"),
    Verdict.NOT_MET: colors.HexColor("#B3261E"),
}
STATUS_ORDER = [Status.IMPLEMENTED, Status.PARTIAL, Status.NOT_IMPLEMENTED,
                Status.NOT_APPLICABLE, Status.UNANSWERED]


# -- text helpers -----------------------------------------------------------------------

def markup_text(text: str) -> str:
    """User text as reportlab Paragraph markup: escaped, what the font lacks replaced,
    line breaks kept."""
    return escape_html(printable(text), quote=False).replace("\n", "<br/>")


def parse_time(value: str) -> dt.datetime | None:
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


def fit(text: str, size: float, width: float) -> str:
    """``text`` shortened with … so that it is at most ``width`` points wide."""
    if stringWidth(text, BODY_FONT, size) <= width:
        return text
    while text and stringWidth(text + "…", BODY_FONT, size) > width:
        text = text[:-1]
    return text.rstrip() + "…"


def has_cjk(text: str) -> bool:
    return any("\u2e80" <= c <= "\u9fff" or "\uf900" <= c <= "\uffef" for c in text)


def wrapping(text: str, style: ParagraphStyle) -> ParagraphStyle:
    """Text without any CJK character wraps at spaces only (reportlab's CJK line breaker
    may cut a long English word); text with CJK wraps between any two characters."""
    if has_cjk(text) or style.wordWrap != "CJK":
        return style
    latin: ParagraphStyle | None = getattr(style, "_latin_variant", None)
    if latin is None:
        latin = ParagraphStyle(style.name + "-latin", parent=style, wordWrap=None)
        style._latin_variant = latin
    return latin


def para(markup: str, style: ParagraphStyle, **kwargs: Any) -> Paragraph:
    return Paragraph(markup, wrapping(markup, style), **kwargs)


def table_style(commands: Sequence[tuple[Any, ...]]) -> TableStyle:
    """A table style whose cells use the body font (reportlab's default for table cells
    is Helvetica, a font the report must not use: it would not be embedded)."""
    return TableStyle([("FONTNAME", (0, 0), (-1, -1), BODY_FONT), *commands])


# -- styles ------------------------------------------------------------------------------

class Styles:
    def __init__(self) -> None:
        base = ParagraphStyle("base", fontName=BODY_FONT, bulletFontName=BODY_FONT,
                              fontSize=9.5, leading=14.5, textColor=INK, wordWrap="CJK")
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
        self.mono = ParagraphStyle("mono", parent=self.cell, fontSize=7.6, leading=11)
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

class Heading(Paragraph):  # type: ignore[misc]
    """A section heading that also adds a PDF outline (bookmark) entry."""

    def __init__(self, text: str, style: ParagraphStyle, key: str, level: int = 0) -> None:
        super().__init__(markup_text(text), wrapping(text, style))
        self._outline_title = text
        self._key = key
        self._level = level

    def draw(self) -> None:
        super().draw()
        self.canv.bookmarkPage(self._key)
        self.canv.addOutlineEntry(self._outline_title, self._key, level=self._level,
                                  closed=self._level > 0)


class Rule(Flowable):  # type: ignore[misc]
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


class StatusBar(Flowable):  # type: ignore[misc]
    """A horizontal bar split by answer status."""

    def __init__(self, counts: Mapping[Status, int], width: float, height: float = 9) -> None:
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


class FlowingTable(Table):  # type: ignore[misc]
    """A table with a header row repeated on every page that splits cleanly: between
    rows, never leaving a single body row alone before or after the split, and inside a
    row only when that row is taller than a whole page (so no text is ever cut short)."""

    HEADER_ROWS = 1
    PAGE_HEIGHT = BODY_HEIGHT

    def __init__(self, data: list[list[Any]], colWidths: list[float],
                 **kwargs: Any) -> None:
        # reportlab builds the parts of a split table with its own keyword arguments
        kwargs.setdefault("repeatRows", self.HEADER_ROWS)
        kwargs.setdefault("splitInRow", 1)
        super().__init__(data, colWidths=colWidths, **kwargs)

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        self._calc(avail_width, avail_height)
        heights: list[float] = self._rowHeights
        total, head = len(heights), self.HEADER_ROWS
        fitting = self._getFirstPossibleSplitRowPosition(avail_height)
        if fitting >= total:
            return [self]
        if fitting >= head and heights[fitting] > self.PAGE_HEIGHT - sum(heights[:head]):
            parts: list[Flowable] = self._splitRows(avail_height, doInRowSplit=1)
            return parts
        at = min(fitting, total - 2)  # at least two rows go on to the next page
        fresh_page = avail_height >= self.PAGE_HEIGHT - 1
        if at <= head or (at < head + 2 and not fresh_page):  # and two stay here
            return []
        parts = self._splitRows(sum(heights[:at]) + 0.01, doInRowSplit=0)
        return parts


class CheckLines(Flowable):  # type: ignore[misc]
    """The machine check lines, each drawn with one text operator in the embedded body
    font (ASCII text stays readable in the content stream: the verifier reads it)."""

    FONT_SIZE = 6.2
    LEADING = 8.2

    def __init__(self, lines: Sequence[str]) -> None:
        super().__init__()
        self.lines = list(lines)

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return avail_width, self.LEADING * len(self.lines) + 2

    def draw(self) -> None:
        canv = self.canv
        canv.setFillColor(GREY)
        canv.setFont(BODY_FONT, self.FONT_SIZE)
        y = self.LEADING * (len(self.lines) - 1) + 2.5
        for line in self.lines:
            canv.drawString(0, y, line)
            y -= self.LEADING


# -- page decoration --------------------------------------------------------------------

class PageDecor:
    """Draws header, footer and the cover's signature panel on finished pages."""

    def __init__(self, data: ReportData, lang: str, signed: bool, styles: Styles) -> None:
        self.data, self.lang, self.signed, self.styles = data, lang, signed, styles
        head = data.results.assessment
        self.left_head = f"{head.organisation} · {head.system_name}"
        self.reference = f"#{head.id} · {head.uid[:8]}"

    def __call__(self, canv: Canvas, page: int, total: int) -> None:
        lang = self.lang
        canv.saveState()
        marking = printable(self.data.marking)
        # header: marking left, report and assessment right, both fitted to the width
        top = PAGE_HEIGHT - 13 * mm
        head_mark = fit(marking, 11, CONTENT_WIDTH * 0.45)
        canv.setFillColor(MARK_RED)
        canv.setFont(BODY_FONT, 11)
        canv.drawString(MARGIN_X, top, head_mark)
        room = CONTENT_WIDTH - stringWidth(head_mark, BODY_FONT, 11) - 10 * mm
        canv.setFillColor(GREY)
        canv.setFont(BODY_FONT, 7.6)
        canv.drawRightString(PAGE_WIDTH - MARGIN_X, top + 1, fit(
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
        canv.drawString(MARGIN_X, bottom, fit(marking, 8.5, side))
        canv.setFillColor(GREY)
        canv.setFont(BODY_FONT, 8)
        canv.drawCentredString(PAGE_WIDTH / 2, bottom, page_text)
        canv.setFont(BODY_FONT, 7.6)
        canv.drawRightString(PAGE_WIDTH - MARGIN_X, bottom, fit(
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
            para(markup_text(t("signature_heading", lang)), self.styles.sig_head),
            Spacer(1, 3),
            para(markup_text(t(note_key, lang)), self.styles.sig_note),
        ]
        if self.signed:
            parts += [Spacer(1, 3),
                      para(markup_text(t("signature_verify_hint", lang)), self.styles.small_grey)]
        y = y2 - 5 * mm
        for part in parts:
            _, height = part.wrap(text_width, y2 - y1)
            part.drawOn(canv, x1 + 5 * mm, y - height)
            y -= height


def numbered_canvas(decorate: Callable[[Canvas, int, int], None]) -> type[Canvas]:
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


