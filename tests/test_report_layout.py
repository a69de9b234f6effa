"""How the report's tables split across pages: between rows with the header repeated,
never leaving one body row alone on either side, and inside a row only when the row is
taller than a page."""

from __future__ import annotations

from reportlab.platypus import Paragraph, Spacer

from selfcheck.core.reports.fonts import register_fonts
from selfcheck.core.reports.layout import BODY_HEIGHT, CONTENT_WIDTH, FlowingTable, Styles

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
