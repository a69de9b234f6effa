"""The report in the office formats: the workbook (整改台账 and all answers) and the Word
working draft, read back with their libraries and opened with LibreOffice headless."""

from __future__ import annotations

import datetime as dt
import json
import re
import subprocess
import zipfile
from pathlib import Path

import pytest
from docx import Document
from openpyxl import load_workbook

from selfcheck.cli.main import main
from selfcheck.core.answers import Status
from selfcheck.core.assessment import Signatory, SignOff
from selfcheck.core.collection import Collection
from selfcheck.core.errors import UsageError
from selfcheck.core.reports import office
from selfcheck.core.reports.output import ExportError

from .office_support import ink, page_images, soffice_pdf
from .report_support import fill_answers

HEADER_ROW = 6  # title, three lines about the report, the note, then the header


@pytest.fixture
def filled(collection: Collection, assessment_id: int, tmp_path: Path) -> int:
    fill_answers(collection, assessment_id, tmp_path / "evidence", attach_every=9)
    collection.set_answer(assessment_id, collection.assessment(assessment_id).items[1].id,
                          Status.NOT_IMPLEMENTED,
                          justification="=cmd|' /C calc'!A0 尚未建立" + "很长的说明。" * 400)
    collection.set_sign_off(assessment_id, SignOff(
        prepared=Signatory("Tester", "信息中心工程师"), reviewed=Signatory("赵六", "信息中心主任",
                                                                        dt.date(2026, 12, 1))))
    return assessment_id


def export(collection: Collection, assessment: int, path: Path, lang: str = "zh") -> Path:
    steps: list[int] = []
    result = collection.reports.export(assessment, path, identity=None, passphrase=None,
                                       lang=lang, marking="内部", distribution="本单位信息中心",
                                       progress=lambda percent, _step: steps.append(percent),
                                       overwrite=True)
    assert result.path == path and result.size == path.stat().st_size and not result.signed
    assert result.format == path.suffix[1:] and steps[-1] == 100
    return path


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_workbook_register_and_all_answers(collection: Collection, filled: int,
                                           tmp_path: Path, lang: str) -> None:
    path = export(collection, filled, tmp_path / f"r-{lang}.xlsx", lang)
    data = collection.reports.data(filled, marking="内部")
    book = load_workbook(path)
    register_name, answers_name = ("整改台账", "全部答复") if lang == "zh" else (
        "Remediation register", "All answers")
    assert book.sheetnames == [register_name, answers_name]
    register, everything = book[register_name], book[answers_name]
    header = [cell.value for cell in register[HEADER_ROW]]
    assert header == (["序号", "检查项", "问题", "现状", "差距/说明", "整改措施", "整改责任人",
                       "完成时限", "整改状态", "依据"] if lang == "zh" else
                      ["No.", "Item", "Question", "Current state", "Gap / explanation",
                       "Remediation measure", "Owner", "Due by", "Progress", "Basis"])
    findings = data.findings()
    rows = list(register.iter_rows(min_row=HEADER_ROW + 1, values_only=True))
    assert [row[1] for row in rows] == [f.item for f in findings]
    answers, items = data.answers_by_item(), {i.id: i for i in data.items}
    for row, finding in zip(rows, findings, strict=True):
        answer, item = answers[finding.item], items[finding.item]
        assert row[2] == item.question(lang) and row[4] == (answer.justification or None)
        assert row[5] == item.guidance(lang)
        assert (row[7].date() if row[7] else None) == answer.remediation_due
    long = next(row for row in rows if row[4] and row[4].startswith("=cmd"))
    assert len(long[4]) > 2400  # whole, and text
    assert register.freeze_panes == f"A{HEADER_ROW + 1}"
    assert register.print_title_rows == f"${HEADER_ROW}:${HEADER_ROW}"
    assert register.page_setup.orientation == "landscape" and register.page_setup.paperSize == 9
    assert "内部" in register.oddHeader.left.text
    progress = register.data_validations.dataValidation[0]
    assert ("待整改" if lang == "zh" else "Open") in progress.formula1
    answers_header = HEADER_ROW - 1  # no note above this table
    assert everything.max_row - answers_header == len(data.items)
    assert [c.value for c in everything[answers_header]][:2] == (
        ["序号", "检查项"] if lang == "zh" else ["No.", "Item"])
    with zipfile.ZipFile(path) as archive:  # no cell is a formula
        assert all(b"<f>" not in archive.read(name) for name in archive.namelist()
                   if name.startswith("xl/worksheets/"))


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_word_working_draft(collection: Collection, filled: int, tmp_path: Path,
                            lang: str) -> None:
    path = export(collection, filled, tmp_path / f"d-{lang}.docx", lang)
    document = Document(str(path))
    header = document.sections[0].header.paragraphs[0].text
    assert "内部" in header and ("未签名" in header if lang == "zh" else "UNSIGNED" in header)
    text = "\n".join(p.text for p in document.paragraphs)
    cells = "\n".join(cell.text for table in document.tables for row in table.rows
                      for cell in row.cells)
    title = "人工智能安全自查报告（工作稿）" if lang == "zh" else "(working draft)"
    assert title in text
    for heading in (("执行摘要", "分主题结果", "问题清单与整改计划", "审核与签署", "逐项检查结果",
                     "核验信息") if lang == "zh" else
                    ("Executive summary", "Results by theme", "Findings and remediation plan",
                     "Review and sign-off", "item-by-item results", "Verification data")):
        assert heading in text, heading
    data = collection.reports.data(filled, marking="内部")
    for item in data.items:
        assert item.id in text
    assert "很长的说明。" * 400 in text + cells  # nothing shortened
    assert "赵六" in cells and "信息中心主任" in cells and "2026-12-01" in cells
    assert data.results.assessment.uid in cells
    assert "aisgf-key-sector" not in text  # internal ids only in the verification data


def test_office_formats_open_in_libreoffice(collection: Collection, filled: int,
                                            tmp_path: Path) -> None:
    for name, expected in (("register.xlsx", ("整改台账", "待整改", "《人工智能安全治理框架》")),
                           ("draft.docx", ("工作稿", "审核与签署", "单位（盖章）"))):
        source = export(collection, filled, tmp_path / name)
        pdf = soffice_pdf(source, tmp_path / f"lo-{source.stem}")
        text = subprocess.run(["pdftotext", str(pdf), "-"], check=True, capture_output=True,
                              text=True).stdout
        for fragment in expected:
            assert fragment in re.sub(r"\s+", "", text), (name, fragment)
        pages = page_images(pdf, tmp_path / f"page-{source.stem}")
        assert pages and all(ink(page) > 0.01 for page in pages), name


def test_export_formats_and_refusals(collection: Collection, filled: int,
                                     tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    with pytest.raises(ExportError, match=r"must end in \.pdf, \.xlsx or \.docx"):
        collection.reports.export(filled, tmp_path / "r.txt", identity=None, passphrase=None,
                                  lang="zh", marking="内部")
    with pytest.raises(UsageError, match="only the PDF report is signed"):
        collection.reports.export(filled, tmp_path / "r.xlsx", identity=tmp_path / "id.p12",
                                  passphrase="x", lang="zh", marking="内部")
    # a failure while building leaves the previous file and no temporary file
    previous = tmp_path / "keep.xlsx"
    previous.write_bytes(b"previous")

    def broken(*_args: object) -> bytes:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(office, "render_office", broken)
    with pytest.raises(OSError):
        export(collection, filled, previous)
    assert previous.read_bytes() == b"previous"
    assert [p.name for p in tmp_path.iterdir() if p.suffix == ".tmp"] == []


def test_command_line_exports(collection: Collection, filled: int, tmp_path: Path,
                              capsys: pytest.CaptureFixture[str]) -> None:
    collection.close()
    for name in ("r.xlsx", "r.docx"):
        assert main(["export", str(filled), "-o", str(tmp_path / name), "--json"]) == 0
        result = json.loads(capsys.readouterr().out)
        assert result["format"] == name[2:] and result["signed"] is False
    assert main(["export", str(filled), "-o", str(tmp_path / "x.xlsx"), "--sign",
                 str(tmp_path / "id.p12")]) == 2
    assert "never signed" in capsys.readouterr().err
    assert not (tmp_path / "x.xlsx").exists()
