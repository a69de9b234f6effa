"""How the report's tables split across pages: between rows with the header repeated,
never leaving one body row alone on either side, and inside a row only when the row is
taller than a page."""

from __future__ import annotations

from reportlab.platypus import Paragraph, Spacer

from selfcheck.core.reports.fonts import register_fonts
from selfcheck.core.reports.layout import BODY_HEIGHT, CONTENT_WIDTH, FlowingTable, Styles, para

ROW = 40.0  # a body row: 34 points of content and reportlab's cell padding of 3 + 3
HEAD = 18.0  # the header row: 12 points and the padding


def table(body_rows: int, tall: int | None = None) -> FlowingTable:
    """A header row of 18 points and ``body_rows`` rows of 40 (row ``tall`` holds a text
    taller than a page)."""
    register_fonts()
    styles = Styles()
    rows: list[list[object]] = [[Spacer(1, 12), Spacer(1, 12)]]
    for index in range(body_rows):
        if index == tall:
            rows.append([Spacer(1, 10), Paragraph("很长的说明。" * 3000, styles.cell)])
        else:
            rows.append([Spacer(1, ROW - 6), Spacer(1, 10)])
    return FlowingTable(rows, [CONTENT_WIDTH / 2] * 2)


def body_rows(part: FlowingTable) -> int:
    return len(part._cellvalues) - FlowingTable.HEADER_ROWS


def test_a_table_that_fits_is_not_split() -> None:
    whole = table(5)
    assert whole.split(CONTENT_WIDTH, 1000) == [whole]


def test_split_between_rows_repeats_the_header() -> None:
    first, rest = table(10).split(CONTENT_WIDTH, HEAD + 4.5 * ROW)
    assert (body_rows(first), body_rows(rest)) == (4, 6)
    assert len(rest._cellvalues) == 7  # the header row again, then six


def test_no_body_row_is_left_alone_at_the_end() -> None:
    # room for 9 of 10 rows: the 9th goes on with the 10th
    first, rest = table(10).split(CONTENT_WIDTH, HEAD + 9.5 * ROW)
    assert (body_rows(first), body_rows(rest)) == (8, 2)


def test_no_body_row_is_left_alone_at_the_start() -> None:
    # room for one row only: the table moves to the next page as a whole
    assert table(10).split(CONTENT_WIDTH, HEAD + 1.5 * ROW) == []
    first, rest = table(10).split(CONTENT_WIDTH, HEAD + 2.2 * ROW)
    assert (body_rows(first), body_rows(rest)) == (2, 8)


def test_a_short_table_moves_as_a_whole_rather_than_split() -> None:
    assert table(3).split(CONTENT_WIDTH, HEAD + 2.5 * ROW) == []


def test_on_a_fresh_page_a_short_first_part_is_allowed() -> None:
    tall_rows = FlowingTable([[Spacer(1, 12)], [Spacer(1, BODY_HEIGHT * 0.6)],
                              [Spacer(1, BODY_HEIGHT * 0.6)], [Spacer(1, 20)]], [100])
    parts = tall_rows.split(100, BODY_HEIGHT)
    assert len(parts) == 2 and body_rows(parts[0]) == 1


def test_a_row_taller_than_a_page_is_split_inside() -> None:
    first, rest = table(4, tall=2).split(CONTENT_WIDTH, HEAD + 3 * ROW)
    # the two rows before it, then as much of the tall row as fits
    assert body_rows(first) == 3
    assert first.wrap(CONTENT_WIDTH, BODY_HEIGHT)[1] <= HEAD + 3 * ROW + 0.5
    assert body_rows(rest) == 2


def line_texts(markup: str, width: float) -> list[str]:
    """The lines of a CJK-wrapped body paragraph set ``width`` points wide."""
    register_fonts()
    paragraph = para(markup, Styles().body)
    paragraph.wrap(width, 10_000)
    lines = paragraph.blPara.lines
    if paragraph.blPara.kind == 0:  # one fragment: (extra space, [text]) per line
        return ["".join(words) for _, words in lines]
    return ["".join(frag.text for frag in line.words) for line in lines]


CANNOT_START = "，。、；：？！）》」”,;:.?!)"
CANNOT_END = "（《「“("
WRAPPED = [
    # a closing bracket then a comma: the breaker used to hang the one and start the
    # next line with the other
    "选用人工智能产品、模型和服务供应商前，是否开展供应链安全评估（包括资质、安全能力、"
    "服务持续性和合规情况），并在合同中约定安全责任和保密义务？",
    # an English citation with Chinese anchors: the line used to start with ", "
    "Medium · Guidelines, General requirements (总体要求) “工作导向和基本参照”, "
    "General requirements (总体要求) “动态调整”",
    # several fragments (the grey citation after a bold severity)
    "<b>高</b> · 《指引》「数据安全、保密和个人信息保护」（所属部分待核实；据第三方研究笔记，"
    "措辞和所属部分待核实）；《人工智能安全治理框架》1.0版第6.3条（c）、第6.3条（f）",
]


def test_no_line_starts_with_a_closing_mark_or_ends_with_an_opening_one() -> None:
    from html import unescape
    from itertools import pairwise
    from re import sub

    for markup in WRAPPED:
        text = unescape(sub("<[^>]+>", "", markup))
        for width in range(120, 420, 3):
            lines = line_texts(markup, width)
            assert "".join(lines).replace(" ", "") == text.replace(" ", ""), width
            for before, after in pairwise(lines):
                assert after and after[0] not in CANNOT_START + " ", (width, before, after)
                assert before.rstrip()[-1] not in CANNOT_END, (width, before, after)
