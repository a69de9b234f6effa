"""Exports of the register and its views: XLSX sheets and CSV, in either language; every
text from a report is written as text, never as a formula."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook

from selfcheck.core.collection import Collection
from selfcheck.core.review.export import ExportFileError, Table, write_tables

from .review_support import Corpus


@pytest.fixture
def desk(review_desk: Collection, review_corpus: Corpus) -> Collection:
    review_desk.review.import_paths([review_corpus.inbox], workers=2)
    return review_desk


def test_everything_to_one_workbook_in_chinese(desk: Collection, tmp_path: Path) -> None:
    output = desk.review.export(tmp_path / "登记簿.xlsx", "all", "zh")
    book = load_workbook(output)
    assert book.sheetnames == ["登记簿", "单位×主题", "常见关键差距"]
    register = book["登记簿"]
    header = [cell.value for cell in register[1]]
    assert header[:6] == ["编号", "单位", "人工智能系统", "领域", "风险等级", "结论"]
    rows = list(register.iter_rows(min_row=2, values_only=True))
    assert len(rows) == 4
    assert {row[5] for row in rows} == {"不符合", "符合"}
    assert any("签名证书所属单位为“测试局”" in (row[15] or "") for row in rows)
    matrix = book["单位×主题"]
    assert [cell.value for cell in matrix[1]][:2] == ["单位", "总体"]
    assert "人的有效监督" in [cell.value for cell in matrix[1]]
    assert matrix["A2"].value == "某区应急管理局"
    gap_cells = [cell for row in matrix.iter_rows(min_row=2) for cell in row
                 if isinstance(cell.value, str) and "存在关键差距" in cell.value]
    assert gap_cells and all(c.fill.start_color.rgb.endswith("F4CCCC") for c in gap_cells)
    gaps = book["常见关键差距"]
    assert [cell.value for cell in gaps[2]][:1] == ["HO-01"]


def test_the_register_to_csv_in_english(desk: Collection, tmp_path: Path) -> None:
    output = desk.review.export(tmp_path / "register.csv", "register", "en")
    raw = output.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # Excel reads Chinese only with the BOM
    lines = raw.decode("utf-8-sig").splitlines()
    assert lines[0].startswith("No.,Organisation,AI system,Sector,Risk grade,Verdict,Score")
    assert len(lines) == 5
    assert "Government department" in lines[1]


def test_history_and_comparison_exports(desk: Collection, tmp_path: Path) -> None:
    ids = [e.row.id for e in desk.review.entries() if e.row.versions == 2]
    history = desk.review.export(tmp_path / "history.csv", "history", "en", report_ids=ids[:1])
    assert len(history.read_text("utf-8-sig").splitlines()) == 3
    compared = desk.review.export(tmp_path / "compare.xlsx", "compare", "zh", report_ids=ids)
    sheet = load_workbook(compared)["逐项比较"]
    changes = {row[0]: row[5] for row in sheet.iter_rows(min_row=2, values_only=True)}
    assert changes["HO-01"] == "改善" and changes["DA-01"] == "退步"
    assert sheet["B2"].value  # the question from the installed pack
    with pytest.raises(Exception, match="give 2 report number"):
        desk.review.export(tmp_path / "x.csv", "compare", "en", report_ids=ids[:1])


def test_texts_from_reports_never_become_formulas(tmp_path: Path) -> None:
    hostile = ["=HYPERLINK(\"http://evil\",\"x\")", "+1+1", "-2", "@SUM(A1)", "a\x00b\x1bc"]
    table = Table("t", ["名称"], [[text] for text in hostile])
    book = load_workbook(write_tables(tmp_path / "t.xlsx", [table]))
    cells = [row[0] for row in book.active.iter_rows(min_row=2)]
    assert [c.data_type for c in cells] == ["s"] * 5
    assert [c.value for c in cells] == [*hostile[:4], "abc"]
    lines = write_tables(tmp_path / "t.csv", [table]).read_text("utf-8-sig").splitlines()
    assert lines[1:] == ['"\'=HYPERLINK(""http://evil"",""x"")"', "'+1+1", "'-2", "'@SUM(A1)",
                         "abc"]


@pytest.mark.parametrize(("name", "message"), [
    ("report.txt", "must end in .xlsx or .csv"),
    ("exists.csv", "already exists"),
    ("no-folder/x.csv", "no such folder"),
])
def test_unusable_targets_are_refused_before_any_work(tmp_path: Path, name: str,
                                                      message: str) -> None:
    (tmp_path / "exists.csv").write_text("keep me", encoding="utf-8")
    with pytest.raises(ExportFileError, match=message):
        write_tables(tmp_path / name, [Table("t", ["h"], [])])
    assert (tmp_path / "exists.csv").read_text(encoding="utf-8") == "keep me"


def test_a_csv_file_holds_one_table(tmp_path: Path) -> None:
    with pytest.raises(ExportFileError, match="one table"):
        write_tables(tmp_path / "two.csv", [Table("a", ["h"], []), Table("b", ["h"], [])])
