"""Writing spreadsheet workbooks (XLSX, with openpyxl) the way every workbook of the
program looks: text that stays text (a justification starting with "=" is never a
formula), a header row in the report's navy, wrapped cells, frozen headers, and A4
printing with the header row on every page and the marking in the page header.

Used by the report workbook (:mod:`selfcheck.core.reports.xlsx`) and the questionnaire
workbooks (:mod:`selfcheck.core.questionnaire`). openpyxl is imported only when a
workbook is made.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from copy import copy
from functools import cache
from io import BytesIO
from typing import TYPE_CHECKING, Any

from selfcheck.core.immutable import immutable
from selfcheck.core.text import xml_text

if TYPE_CHECKING:
    from openpyxl import Workbook
    from openpyxl.worksheet.worksheet import Worksheet

#: Excel keeps at most this many characters in a cell, and rows at most this tall.
CELL_MAX = 32_767
ROW_MAX_POINTS = 409
#: The body font of the workbooks by language (宋体 is on every Chinese Windows; other
#: systems substitute their own CJK font) and its size, and the height of one line.
FONTS = {"zh": "宋体", "en": "Calibri"}
FONT_SIZE = 10
LINE_POINTS = 13.5
#: A4 landscape less 0.5" margins, in points, and the printed width of one unit of
#: column width: Excel prints 宋体 at about 5.3 points a unit, LibreOffice with its
#: substitute fonts at up to 6.5; the larger is used so that no column spills onto a
#: page of its own.
PRINT_WIDTH = 842 - 72
UNIT_POINTS = 6.6
NAVY = "1F3A5F"
LIGHT = "EEF2F7"
GREY = "5F6B7A"
RED = "B3261E"
DATE_FORMAT = "yyyy-mm-dd"


@immutable
class Column:
    """A column of a table sheet: its header and width (in characters)."""

    header: str
    width: float


def cell_text(text: str) -> str:
    """``text`` as a cell can hold it: characters XML cannot carry dropped, and cut at
    Excel's limit (answers are limited to far less; only damaged data reaches it)."""
    clean = xml_text(text)
    return clean if len(clean) <= CELL_MAX else clean[: CELL_MAX - 1] + "…"


def put(sheet: Worksheet, row: int, column: int, value: str | int | float | dt.date | None,
        *, wrap: bool = True) -> Any:
    """Write one cell and return it: text always as text (never a formula or an error
    code), a date as a date; wrapped and top-aligned unless ``wrap`` is False."""
    return _set(sheet.cell(row=row, column=column), value, wrap=wrap)


def _set(cell: Any, value: str | int | float | dt.date | None, *, wrap: bool) -> Any:
    if isinstance(value, str):
        cell.value = cell_text(value)
        cell.data_type = "s"
    else:
        cell.value = value
        if isinstance(value, dt.date):
            cell.number_format = DATE_FORMAT
    if wrap:
        cell.alignment = _wrapped()
    return cell


class RowWriter:
    """Appends the rows of a large table quickly: text as text, dates as dates, every cell
    wrapped and top-aligned, the row's height fitted to its texts (as :func:`put` and
    :func:`fit_row` do one cell at a time).

    openpyxl looks a cell's style up by hashing it each time one is assigned and checks
    each text again when it is set; for tables of thousands of rows (the 5,000-item
    register must be written within two seconds) the first cell of each column and
    kind is styled the ordinary way and its style array copied to the cells below it,
    and texts already cleaned by :func:`cell_text` are set as they are."""

    def __init__(self, sheet: Worksheet, widths: Sequence[float],
                 styler: Callable[[Any, int], None] | None = None) -> None:
        """``styler(cell, column)`` adds a column's own style (a fill, unlocking) to its
        first cell; the others of the column copy it."""
        self.sheet, self.widths, self.styler = sheet, list(widths), styler
        self._styles: dict[tuple[int, bool], Any] = {}

    def append(self, values: Sequence[str | int | float | dt.date | None]) -> int:
        """Write ``values`` in the row below the last one; returns its number."""
        from openpyxl.cell.cell import Cell

        sheet = self.sheet
        row: int = sheet._current_row + 1
        cells: list[Any] = []
        for column, value in enumerate(values, start=1):
            kind = (column, isinstance(value, dt.date))
            style = self._styles.get(kind)
            if style is None:  # styled the ordinary way, once
                cell = _set(Cell(sheet, row=row, column=column), value, wrap=True)
                if self.styler is not None:
                    self.styler(cell, column)
                self._styles[kind] = cell._style
            else:
                cell = Cell(sheet, row=row, column=column, style_array=copy(style))
                if isinstance(value, str):
                    cell._value = cell_text(value)
                    cell.data_type = "s"
                elif value is not None:
                    cell.value = value
            cells.append(cell)
        sheet.append(cells)
        fit_row(sheet, row, values, self.widths)
        return row


@cache
def _wrapped() -> Any:
    """The one alignment object of wrapped cells (shared: openpyxl keeps one per style)."""
    from openpyxl.styles import Alignment

    return Alignment(wrap_text=True, vertical="top")


def table_header(sheet: Worksheet, row: int, columns: Sequence[Column]) -> None:
    """The header row of a table at ``row``: white on navy, the column widths set, an
    autofilter over the table, frozen above the rows below it."""
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    fill = PatternFill("solid", start_color=NAVY, end_color=NAVY)
    font = Font(name=_font_name(sheet), size=FONT_SIZE, bold=True, color="FFFFFF")
    align = Alignment(wrap_text=True, vertical="center")
    for index, column in enumerate(columns, start=1):
        cell = put(sheet, row, index, column.header)
        cell.fill, cell.font, cell.alignment = fill, font, align
        sheet.column_dimensions[get_column_letter(index)].width = column.width
    fit_row(sheet, row, [column.header for column in columns],
            [column.width for column in columns])
    sheet.freeze_panes = f"A{row + 1}"  # a coordinate: no cell is made below the header
    sheet.print_title_rows = f"{row}:{row}"


def finish_table(sheet: Worksheet, header_row: int, columns: int, last_row: int) -> None:
    """An autofilter over the table (header and rows)."""
    from openpyxl.utils import get_column_letter

    sheet.auto_filter.ref = f"A{header_row}:{get_column_letter(columns)}{max(last_row, header_row)}"


def title_rows(sheet: Worksheet, columns: Sequence[Column], title: str,
               lines: Sequence[str]) -> int:
    """A bold title and lines of information above a table, each across the table's
    width; returns the next free row."""
    from openpyxl.styles import Font

    count, width = len(columns), sum(column.width for column in columns)
    put(sheet, 1, 1, title, wrap=False).font = Font(name=_font_name(sheet), bold=True,
                                                    size=14, color=NAVY)
    sheet.merge_cells(start_row=1, start_column=1, end_row=1, end_column=count)
    sheet.row_dimensions[1].height = 24
    row = 2
    for line in lines:
        put(sheet, row, 1, line).font = Font(name=_font_name(sheet), size=FONT_SIZE,
                                             color=GREY)
        sheet.merge_cells(start_row=row, start_column=1, end_row=row, end_column=count)
        fit_row(sheet, row, [line], [width])
        row += 1
    return row


def _font_name(sheet: Worksheet) -> str:
    """The workbook's body font (see :func:`new_workbook`)."""
    name: str = sheet.parent._fonts[0].name
    return name


def print_setup(sheet: Worksheet, columns: Sequence[Column], *, marking: str, title: str,
                page_text: str) -> None:
    """A4 landscape scaled to the page's width (a scale rather than "fit to one page
    wide", which LibreOffice reads as one page in all), the marking at the top left of
    every page, the title at the top right and "page x of y" (``page_text`` with &P and
    &N) at the bottom."""
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
    sheet.page_setup.orientation = sheet.ORIENTATION_LANDSCAPE
    sheet.page_setup.scale = print_scale([column.width for column in columns])
    sheet.print_options.gridLines = True
    sheet.page_margins.left = sheet.page_margins.right = 0.5
    sheet.page_margins.top = sheet.page_margins.bottom = 0.7
    sheet.oddHeader.left.text = _header_text(marking)
    sheet.oddHeader.left.color = RED
    sheet.oddHeader.right.text = _header_text(title)
    sheet.oddFooter.center.text = page_text


def _header_text(text: str) -> str:
    """Text for a page header or footer: "&" is a code there, so it is doubled."""
    return cell_text(text).replace("&", "&&")[:200]


def new_workbook(lang: str) -> Workbook:
    """An empty workbook whose cells use the body font of ``lang`` (its one sheet is to
    be renamed and used)."""
    from openpyxl import Workbook
    from openpyxl.styles import Font
    from openpyxl.utils.indexed_list import IndexedList

    workbook = Workbook()
    font = Font(name=FONTS.get(lang, FONTS["en"]), size=FONT_SIZE)
    # Cells without a font of their own use the first font; giving it to every cell
    # instead would take a third of the time of a large workbook.
    workbook._fonts = IndexedList([font])
    workbook._named_styles["Normal"].font = font
    return workbook


def text_width(text: str) -> float:
    """How many units of column width a line of text takes, at most (a CJK character
    about two units in Excel's 宋体, a Latin letter about one). CJK characters take
    three bytes in UTF-8, which counts them at C speed."""
    if text.isascii():
        return 0.9 * len(text)
    wide = (len(text.encode("utf-8")) - len(text)) / 2
    return 0.9 * len(text) + wide


def fit_row(sheet: Worksheet, row: int, values: Sequence[object],
            widths: Sequence[float]) -> None:
    """Make ``row`` tall enough for its wrapped texts (spreadsheet programs keep a saved
    row height as it is; at most Excel's limit, the cell keeps all of its text)."""
    lines = 1
    for value, width in zip(values, widths, strict=True):
        if isinstance(value, str) and value:
            room = max(width - 1.5, 1)
            cell_lines = sum(max(1, -(-int(text_width(part)) // int(room)))
                             for part in value.split("\n"))
            lines = max(lines, cell_lines)
    sheet.row_dimensions[row].height = min(ROW_MAX_POINTS, lines * LINE_POINTS + 3)


def print_scale(widths: Sequence[float]) -> int:
    """The print scale (percent) at which columns of ``widths`` fill an A4 landscape
    page's width (at most 100, at least 40)."""
    points = sum(UNIT_POINTS * width + 4 for width in widths)
    return max(40, min(100, int(PRINT_WIDTH / points * 100)))


def workbook_bytes(workbook: Workbook) -> bytes:
    """The XLSX file of ``workbook``."""
    buffer = BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()
