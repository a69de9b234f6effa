"""Reading a questionnaire workbook someone hands back, defensively.

Before openpyxl parses anything the file is checked as a ZIP archive: its size, the
number, sizes and compression ratios of its entries (a "zip bomb" is refused), no
encrypted entries, no macros, no links to other workbooks or data connections and no
document type declarations in its XML. A password-protected workbook (an encrypted
OLE file) and an old ``.xls`` are named as such. Then the workbook is opened read-only,
formulas kept as formulas (a cell holding one is reported, never evaluated), and its
structure is compared with what the program writes: the two sheets, the hidden data,
the header row. A workbook that fails any of these is refused as a whole, with one
line saying why; a row with a problem is reported and left out.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import zipfile
from collections.abc import Iterator
from dataclasses import field
from io import BytesIO
from pathlib import Path
from typing import Any

from selfcheck.core.errors import SelfCheckError
from selfcheck.core.files import read_input_file, size_text
from selfcheck.core.immutable import immutable
from selfcheck.core.questionnaire.layout import (
    BASE_PREFIX,
    COLUMN_INDEX,
    COLUMNS,
    FIRST_ROW,
    FORMAT,
    HEADER_ROW,
    META_SHEET,
    NAME_COLUMN,
    ROLE_COLUMN,
    SHEET_TITLES,
    WHO_ROW,
)
from selfcheck.core.text import shown

MAX_FILE_BYTES = 20 * 1024 * 1024
MAX_ENTRIES = 400
MAX_ENTRY_BYTES = 48 * 1024 * 1024
MAX_TOTAL_BYTES = 64 * 1024 * 1024
#: Compression ratio above which a large entry is taken for a "zip bomb" (spreadsheet
#: XML compresses about 5 to 30 times).
MAX_RATIO = 150
MAX_ROWS = 20_000
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_REFUSED_PARTS = (
    (re.compile(r"^xl/externalLinks/", re.I), "links to other workbooks", "含有指向其他工作簿的链接"),
    (re.compile(r"vbaProject\.bin$", re.I), "macros", "含有宏"),
    (re.compile(r"^xl/connections\.xml$", re.I), "data connections", "含有外部数据连接"),
    (re.compile(r"^xl/(activeX|embeddings)/", re.I), "embedded objects", "含有嵌入对象"),
)


class QuestionnaireError(SelfCheckError):
    """A workbook cannot be imported as a questionnaire (nothing was changed)."""


@immutable
class Cell:
    """One answered cell as read: its value (text, number, date or None) and whether it
    held a formula."""

    value: Any
    formula: bool = False


@immutable
class SheetRow:
    """A row of the items sheet: its number, item id and the answer cells by column key."""

    row: int
    item_id: str
    cells: dict[str, Cell] = field(default_factory=dict)


@immutable
class Questionnaire:
    """What a returned questionnaire holds (not yet checked against the assessment)."""

    file_name: str
    sha256: str
    meta: dict[str, str]
    base: dict[str, str]
    rows: tuple[SheetRow, ...]
    supplied_by: str
    supplied_role: str

    @property
    def language(self) -> str:
        return self.meta.get("language", "zh")


def _refuse(name: str, english: str, *, zh: str) -> QuestionnaireError:
    return QuestionnaireError(f"{name}: {english}; nothing was imported",
                              zh=f"{name}：{zh}，未导入任何内容")


def read_questionnaire(path: Path) -> Questionnaire:
    """Read a questionnaire workbook; QuestionnaireError (naming the file and what is
    wrong) if it is not one this program can import."""
    name = shown(path.name)
    raw = read_input_file(path, MAX_FILE_BYTES, what=("questionnaire workbook", "问卷工作簿"),
                          error=QuestionnaireError)
    archive = _open_archive(raw, name)
    _check_entries(archive, name)
    workbook = _open_workbook(raw, name)
    try:
        meta, base = _meta(workbook, name)
        sheet = _items_sheet(workbook, meta, name)
        who = _who(sheet)
        rows = tuple(_rows(sheet, meta.get("language", "zh"), name))
    finally:
        workbook.close()
    return Questionnaire(file_name=path.name, sha256=hashlib.sha256(raw).hexdigest(), meta=meta,
                         base=base, rows=rows, supplied_by=who[0], supplied_role=who[1])


def _open_archive(raw: bytes, name: str) -> zipfile.ZipFile:
    if raw.startswith(OLE_MAGIC):
        raise _refuse(name, "this is a password-protected (encrypted) workbook or an old .xls "
                      "file; save it as an .xlsx workbook without a password and try again",
                      zh="这是设置了打开密码（加密）的工作簿或旧版 .xls 文件；请另存为不设密码的 .xlsx "
                      "工作簿后重试")
    if not raw.startswith(b"PK\x03\x04"):
        raise _refuse(name, "not an .xlsx workbook", zh="不是 .xlsx 工作簿")
    try:
        return zipfile.ZipFile(BytesIO(raw))
    except (zipfile.BadZipFile, ValueError, OSError):
        raise _refuse(name, "the workbook is damaged (not a readable ZIP archive)",
                      zh="工作簿已损坏（不是可读的 ZIP 压缩包）") from None


def _check_entries(archive: zipfile.ZipFile, name: str) -> None:
    entries = archive.infolist()
    if len(entries) > MAX_ENTRIES:
        raise _refuse(name, f"the workbook has {len(entries)} parts, more than any "
                      "questionnaire", zh=f"工作簿含有 {len(entries)} 个部件，远多于问卷应有的数量")
    total = 0
    for entry in entries:
        total += entry.file_size
        ratio = entry.file_size / max(entry.compress_size, 1)
        if (entry.file_size > MAX_ENTRY_BYTES or total > MAX_TOTAL_BYTES
                or (entry.file_size > 1024 * 1024 and ratio > MAX_RATIO)):
            raise _refuse(name, f"the workbook unpacks to more than it may "
                          f"({shown(entry.filename)}: {size_text(entry.file_size)}); it may be "
                          "a 'zip bomb'",
                          zh=f"工作簿解压后的大小超出上限（{shown(entry.filename)}："
                          f"{size_text(entry.file_size)}），可能是“压缩炸弹”")
        if entry.flag_bits & 0x1:
            raise _refuse(name, "the workbook's parts are encrypted", zh="工作簿的部件经过加密")
        for pattern, english, chinese in _REFUSED_PARTS:
            if pattern.search(entry.filename):
                raise _refuse(name, f"the workbook contains {english}; a questionnaire holds "
                              "only values", zh=f"工作簿{chinese}；问卷只应包含填写的内容")
    for entry in entries:
        if entry.filename.lower().endswith((".xml", ".rels", ".vml")):
            head = archive.read(entry)
            if b"<!DOCTYPE" in head or b"<!ENTITY" in head:
                raise _refuse(name, f"{shown(entry.filename)} declares a document type, which "
                              "a workbook never needs", zh=f"{shown(entry.filename)} 含有文档类型声明"
                              "（工作簿不需要，可能是恶意构造的文件）")


def _open_workbook(raw: bytes, name: str) -> Any:
    import warnings

    from openpyxl import load_workbook

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # e.g. "Data Validation extension is not supported"
            return load_workbook(BytesIO(raw), read_only=True, data_only=False,
                                 keep_links=False, keep_vba=False)
    except Exception as exc:  # openpyxl raises many kinds for a damaged workbook
        what = f"{type(exc).__name__}: {shown(str(exc), 120)}"
        raise _refuse(name, f"the workbook cannot be read ({what})",
                      zh=f"无法读取该工作簿（{what}）") from None


def _meta(workbook: Any, name: str) -> tuple[dict[str, str], dict[str, str]]:
    if META_SHEET not in workbook.sheetnames:
        raise _refuse(name, "this is not a questionnaire exported by this program (its "
                      "hidden data sheet is missing)", zh="这不是本程序导出的问卷（缺少隐藏的数据工作表）")
    meta: dict[str, str] = {}
    base: dict[str, str] = {}
    for row in workbook[META_SHEET].iter_rows(min_row=1, max_row=MAX_ROWS + 50, max_col=2,
                                               values_only=True):
        key, value = ((*row, None, None))[:2]
        if not isinstance(key, str):
            continue
        if key.startswith(BASE_PREFIX):
            base[key[len(BASE_PREFIX):]] = str(value or "")
        else:
            meta[key] = "" if value is None else str(value)
    if meta.get("format") != FORMAT:
        raise _refuse(name, f"this is not a {FORMAT} questionnaire (format "
                      f"{shown(meta.get('format', ''))!r})",
                      zh=f"这不是 {FORMAT} 格式的问卷（格式为 {shown(meta.get('format', ''))!r}）")
    return meta, base


def _items_sheet(workbook: Any, meta: dict[str, str], name: str) -> Any:
    lang = meta.get("language", "zh")
    expected = {SHEET_TITLES.get(lang, SHEET_TITLES["zh"]), META_SHEET}
    extra = [shown(sheet) for sheet in workbook.sheetnames if sheet not in expected]
    if extra:
        raise _refuse(name, f"the workbook has sheets a questionnaire does not have "
                      f"({', '.join(extra)}); copy the answers into the questionnaire as "
                      "it was exported", zh=f"工作簿含有问卷之外的工作表（{'、'.join(extra)}）；"
                      "请把答复填回原样导出的问卷")
    title = SHEET_TITLES.get(lang, SHEET_TITLES["zh"])
    if title not in workbook.sheetnames:
        raise _refuse(name, f"the sheet {title!r} is missing", zh=f"缺少工作表“{title}”")
    sheet = workbook[title]
    header = next(sheet.iter_rows(min_row=HEADER_ROW, max_row=HEADER_ROW,
                                  max_col=len(COLUMNS) + 1, values_only=True), ())
    header = tuple(header) + (None,) * (len(COLUMNS) + 1 - len(header))
    for index, column in enumerate(COLUMNS):
        found = header[index]
        if found != column.header(lang):
            letter = chr(ord("A") + index)
            raise _refuse(name, f"the columns were changed: column {letter} is "
                          f"{shown(str(found or ''))!r}, expected {column.header(lang)!r}",
                          zh=f"列被改动：第 {letter} 列为“{shown(str(found or ''))}”，"
                          f"应为“{column.header(lang)}”")
    if header[len(COLUMNS)] not in (None, ""):
        raise _refuse(name, "the columns were changed: there is a column after the last one",
                      zh="列被改动：最后一列之后多出了列")
    return sheet


def _who(sheet: Any) -> tuple[str, str]:
    row = next(sheet.iter_rows(min_row=WHO_ROW, max_row=WHO_ROW, max_col=ROLE_COLUMN,
                               values_only=True), ())
    row = tuple(row) + (None,) * (ROLE_COLUMN - len(row))

    def value(column: int) -> str:
        found = row[column - 1]
        return " ".join(str(found).split()) if found is not None else ""

    return value(NAME_COLUMN), value(ROLE_COLUMN)


def _rows(sheet: Any, lang: str, name: str) -> Iterator[SheetRow]:
    answered = [column for column in COLUMNS if column.answered]
    for number, cells in enumerate(sheet.iter_rows(min_row=FIRST_ROW,
                                                   max_row=FIRST_ROW + MAX_ROWS,
                                                   max_col=len(COLUMNS)), start=FIRST_ROW):
        values = list(cells) + [None] * (len(COLUMNS) - len(cells))
        item_cell = values[COLUMN_INDEX["item"] - 1]
        item = getattr(item_cell, "value", None)
        content = {column.key: _cell(values[COLUMN_INDEX[column.key] - 1]) for column in answered}
        if item is None and all(c.value in (None, "") for c in content.values()):
            continue
        if number == FIRST_ROW + MAX_ROWS:
            raise _refuse(name, f"the sheet has more than {MAX_ROWS} rows",
                          zh=f"工作表超过 {MAX_ROWS} 行")
        item_id = "" if item is None else str(item).strip()
        if getattr(item_cell, "data_type", None) == "f":
            content["item"] = Cell(item, formula=True)
        yield SheetRow(number, item_id, content)


def _cell(cell: Any) -> Cell:
    if cell is None:
        return Cell(None)
    value = cell.value
    if cell.data_type == "f" or (isinstance(value, str) and value.startswith("=")
                                 and cell.data_type != "s"):
        return Cell(value, formula=True)
    if isinstance(value, dt.datetime):
        value = value.date()
    return Cell(value)
