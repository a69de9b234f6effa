"""Writing the register's tables to Excel (XLSX, with openpyxl) and CSV.

Every text in these tables may come from a report's signer, so it is written as
text, never as a formula: in XLSX each cell is typed as a string; in CSV a text that
a spreadsheet would read as a formula (starting with = + - @) gets a leading
apostrophe. Control characters are dropped and cells are cut to what Excel holds.
CSV is UTF-8 with a byte-order mark, which Excel needs to read Chinese. Files are
written atomically: a failure leaves no half-written file and any earlier one as it was.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import field
from pathlib import Path

from selfcheck.core.errors import SelfCheckError
from selfcheck.core.files import check_write_target, write_atomically
from selfcheck.core.immutable import immutable

Cell = str | int | float | None
EXPORT_SUFFIXES = (".xlsx", ".csv")
#: Excel's limit on the characters of one cell.
MAX_CELL = 32_767
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_SHEET_FORBIDDEN = re.compile(r"[\[\]:*?/\\]")
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


class ExportFileError(SelfCheckError):
    """A table cannot be written to the file asked for."""


@immutable
class Table:
    """A titled table; ``fills`` colours cells (row, column) → RGB hex, in XLSX only."""

    title: str
    headers: Sequence[str]
    rows: Sequence[Sequence[Cell]]
    fills: Mapping[tuple[int, int], str] = field(default_factory=dict)
    widths: Sequence[int] = ()


def clean_text(text: str) -> str:
    """A cell's text without control characters, cut to what a cell holds."""
    return _CONTROL.sub("", text)[:MAX_CELL]


def csv_text(value: Cell) -> str:
    """A cell as CSV text, defused so that no spreadsheet runs it as a formula."""
    if value is None:
        return ""
    if isinstance(value, int | float):
        return str(value)
    text = clean_text(value)
    return "'" + text if text.startswith(_FORMULA_START) else text


def check_export_path(output: Path, *, overwrite: bool, protected: Iterable[Path] = ()) -> str:
    """Refuse an unusable target before any work; returns its kind ("xlsx" or "csv")."""
    suffix = output.suffix.lower()
    if suffix not in EXPORT_SUFFIXES:
        raise ExportFileError(f"{output.name}: the file name must end in .xlsx or .csv",
                              zh=f"{output.name}：文件名须以 .xlsx 或 .csv 结尾")
    if output.is_dir():
        raise ExportFileError(f"{output}: is a folder; give a file name",
                              zh=f"{output}：这是文件夹，请给出文件名")
    target = output.resolve()
    if any(target == keep.resolve() for keep in protected):
        raise ExportFileError(f"{output}: this file is in use by the program; choose another name",
                              zh=f"{output}：该文件正由程序使用，请另选文件名")
    check_write_target(output, overwrite=overwrite, error=ExportFileError)
    return suffix[1:]


def csv_bytes(table: Table) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow([csv_text(h) for h in table.headers])
    for row in table.rows:
        writer.writerow([csv_text(value) for value in row])
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")


def _sheet_title(title: str, used: set[str]) -> str:
    base = _SHEET_FORBIDDEN.sub(" ", clean_text(title)).strip()[:31] or "Sheet"
    name, number = base, 2
    while name.casefold() in used:
        suffix = f" ({number})"
        name, number = base[: 31 - len(suffix)] + suffix, number + 1
    used.add(name.casefold())
    return name


def xlsx_bytes(tables: Sequence[Table]) -> bytes:
    from openpyxl import Workbook
    from openpyxl.styles import Font, PatternFill
    from openpyxl.utils import get_column_letter

    book = Workbook()
    book.remove(book.active)
    used: set[str] = set()
    bold = Font(bold=True)
    for table in tables:
        sheet = book.create_sheet(_sheet_title(table.title, used))
        for column, header in enumerate(table.headers, start=1):
            cell = sheet.cell(row=1, column=column)
            cell.value = clean_text(header)
            cell.data_type = "s"
            cell.font = bold
        for row_index, row in enumerate(table.rows, start=2):
            for column, value in enumerate(row, start=1):
                cell = sheet.cell(row=row_index, column=column)
                if isinstance(value, str):
                    cell.value = clean_text(value)
                    cell.data_type = "s"  # a text, even when it starts with "="
                else:
                    cell.value = value
                colour = table.fills.get((row_index - 2, column - 1))
                if colour:
                    cell.fill = PatternFill("solid", start_color=colour, end_color=colour)
        sheet.freeze_panes = "A2"
        for column, width in enumerate(table.widths, start=1):
            sheet.column_dimensions[get_column_letter(column)].width = width
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def write_tables(output: Path, tables: Sequence[Table], *, overwrite: bool = False,
                 protected: Iterable[Path] = ()) -> Path:
    """Write ``tables`` to ``output``: every table as a sheet of an .xlsx file, or the
    single table of a .csv file."""
    kind = check_export_path(output, overwrite=overwrite, protected=protected)
    if kind == "csv" and len(tables) != 1:
        raise ExportFileError("a CSV file holds one table; choose .xlsx for several",
                              zh="CSV 文件只能容纳一张表；如需多张表请选择 .xlsx")
    content = csv_bytes(tables[0]) if kind == "csv" else xlsx_bytes(tables)
    try:
        write_atomically(output, content, overwrite=overwrite)
    except OSError as exc:
        why = exc.strerror or type(exc).__name__
        raise ExportFileError(f"{output}: cannot be written ({why}); nothing was written",
                              zh=f"{output}：无法写入（{why}），未写入任何内容") from None
    return output
