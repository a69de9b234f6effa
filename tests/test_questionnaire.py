"""Several people, one assessment: questionnaire workbooks out, answers back in, each
item previewed (unchanged / new answer / conflict / problem) before anything is saved,
and every kind of bad workbook refused or reported with nothing changed."""

from __future__ import annotations

import datetime as dt
import io
import json
import zipfile
from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook, load_workbook

from selfcheck.cli.main import main
from selfcheck.core.answers import Answer, Status
from selfcheck.core.collection import Collection
from selfcheck.core.errors import StoreError, UsageError
from selfcheck.core.questionnaire import Change, QuestionnaireError
from selfcheck.core.questionnaire.layout import FIRST_ROW, META_SHEET

from .conftest import store_of
from .office_support import soffice_pdf

SHEET = "问卷"
#: column letters of the answer cells (see core/questionnaire/layout.py)
STATUS, JUSTIFICATION, EVIDENCE, OWNER, DUE = "F", "G", "H", "I", "J"
LATER = dt.date.today() + dt.timedelta(days=60)


def export(collection: Collection, assessment: int, path: Path,
           themes: set[str] | None = None, lang: str = "zh") -> Path:
    collection.questionnaires.export(assessment, path, themes=themes, lang=lang, overwrite=True)
    return path


def fill(path: Path, target: Path, who: str, answers: dict[str, dict[str, Any]],
         sheet: str = SHEET) -> Path:
    """A colleague's work: open the questionnaire, answer items, save it under ``target``."""
    workbook = load_workbook(path)
    worksheet = workbook[sheet]
    worksheet["B4"] = who
    worksheet["D4"] = "信息中心"
    rows = {worksheet[f"A{row}"].value: row for row in range(FIRST_ROW, worksheet.max_row + 1)}
    for item, cells in answers.items():
        for column, value in cells.items():
            worksheet[f"{column}{rows[item]}"] = value
    workbook.save(target)
    return target


def snapshot(collection: Collection, assessment: int) -> tuple[Any, ...]:
    return (collection.answers(assessment), collection.audit_head())


@pytest.fixture
def answered(collection: Collection, assessment_id: int) -> int:
    """The assessment with two backup items answered here."""
    collection.save_answers(assessment_id, [
        Answer(item_id="BR-01", status=Status.IMPLEMENTED, evidence="备份策略 v3"),
        Answer(item_id="BR-02", status=Status.PARTIAL, justification="仅覆盖核心系统",
               remediation_owner="运维组", remediation_due=LATER),
    ])
    return assessment_id


# -- the workbook ------------------------------------------------------------------------

def test_questionnaire_of_chosen_themes(collection: Collection, answered: int,
                                        tmp_path: Path) -> None:
    path = export(collection, answered, tmp_path / "q.xlsx", {"backup-recovery"})
    workbook = load_workbook(path)
    assert workbook.sheetnames == [SHEET, META_SHEET]
    assert workbook[META_SHEET].sheet_state == "veryHidden"
    sheet = workbook[SHEET]
    assert sheet.protection.sheet  # the structure is protected; the answer cells are not
    ids = [sheet[f"A{row}"].value for row in range(FIRST_ROW, sheet.max_row + 1)]
    theme_items = [i.id for i in collection.assessment(answered).items
                   if i.theme == "backup-recovery"]
    assert ids == theme_items
    row = FIRST_ROW + 1  # BR-02, answered here
    assert sheet[f"{STATUS}{row}"].value == "部分落实"
    assert sheet[f"{JUSTIFICATION}{row}"].value == "仅覆盖核心系统"
    assert sheet[f"{DUE}{row}"].value.date() == LATER
    assert not sheet[f"{STATUS}{row}"].protection.locked
    assert sheet[f"C{row}"].protection.locked
    assert any("部分落实" in str(v.formula1) for v in sheet.data_validations.dataValidation)
    meta = {r[0]: r[1] for r in workbook[META_SHEET].iter_rows(values_only=True)}
    assert meta["format"] == "selfcheck-questionnaire/1"
    assert meta["assessment_uid"] == collection.assessment(answered).record.uid
    with pytest.raises(UsageError, match="unknown theme"):
        export(collection, answered, tmp_path / "x.xlsx", {"no-such-theme"})


def test_english_questionnaire_of_every_item(collection: Collection, answered: int,
                                             tmp_path: Path) -> None:
    path = export(collection, answered, tmp_path / "q-en.xlsx", lang="en")
    sheet = load_workbook(path)["Questionnaire"]
    rows = {sheet[f"A{row}"].value: row for row in range(FIRST_ROW, sheet.max_row + 1)}
    assert sheet["F6"].value == "Status"
    assert sheet[f"{STATUS}{rows['BR-02']}"].value == "Partially implemented"
    assert sheet.max_row - FIRST_ROW + 1 == len(collection.assessment(answered).items)
    # unchanged, it imports as unchanged
    plan = collection.questionnaires.preview(answered, path)
    assert plan.counts() == {"unchanged": len(collection.assessment(answered).items),
                             "new": 0, "conflict": 0, "problems": 0}


# -- the round trip ------------------------------------------------------------------------

def test_two_colleagues_answer_different_themes(collection: Collection, answered: int,
                                                tmp_path: Path) -> None:
    """IT answers backup and recovery, the business unit human oversight; both change
    BR-03 (differently): their answers are merged, the conflict is shown with both sides,
    nothing is lost, and the audit log names who supplied each answer."""
    before = collection.answers(answered)
    to_it = export(collection, answered, tmp_path / "to-it.xlsx", {"backup-recovery"})
    to_business = export(collection, answered, tmp_path / "to-business.xlsx",
                         {"human-oversight", "backup-recovery"})
    from_it = fill(to_it, tmp_path / "from-it.xlsx", "王工", {
        "BR-03": {STATUS: "已落实", EVIDENCE: "恢复演练记录 2026-10"},
        "BR-04": {STATUS: "未落实", JUSTIFICATION: "尚未配置异地备份", OWNER: "运维组",
                  DUE: LATER.isoformat()},
    })
    from_business = fill(to_business, tmp_path / "from-business.xlsx", "李处", {
        "HO-01": {STATUS: "已落实", EVIDENCE: "人工复核制度"},
        "HO-02": {STATUS: "不适用", JUSTIFICATION: "系统不作出处置决定"},
        "BR-03": {STATUS: "部分落实", JUSTIFICATION: "只演练过一次"},
    })

    first = collection.questionnaires.preview(answered, from_it)
    assert (first.supplied_by, first.supplied_role) == ("王工", "信息中心")
    assert {e.item_id for e in first.of(Change.NEW)} == {"BR-03", "BR-04"}
    assert first.of(Change.CONFLICT) == [] and first.problems == ()
    result = collection.questionnaires.apply(first, first.default_accepted(),
                                             supplied_by=first.supplied_by,
                                             supplied_role=first.supplied_role)
    assert sorted(result.applied) == ["BR-03", "BR-04"]

    second = collection.questionnaires.preview(answered, from_business)
    assert {e.item_id for e in second.of(Change.NEW)} == {"HO-01", "HO-02"}
    [conflict] = second.of(Change.CONFLICT)
    assert conflict.item_id == "BR-03"
    assert conflict.current is not None and conflict.current.status is Status.IMPLEMENTED
    assert conflict.incoming.status is Status.PARTIAL
    # BR-04: left as exported in this workbook, so IT's answer stays (not a conflict)
    assert next(e for e in second.entries if e.item_id == "BR-04").change is Change.UNCHANGED
    collection.questionnaires.apply(second, second.default_accepted(), supplied_by="李处")

    answers = collection.answers(answered)
    assert answers["BR-03"].status is Status.IMPLEMENTED  # the conflict kept the current one
    assert answers["BR-03"].evidence == "恢复演练记录 2026-10"
    assert answers["BR-04"].justification == "尚未配置异地备份"
    assert answers["BR-04"].remediation_due == LATER
    assert answers["HO-01"].status is Status.IMPLEMENTED
    assert answers["HO-02"].status is Status.NOT_APPLICABLE
    assert answers["BR-01"].evidence == "备份策略 v3"  # untouched by both
    # nothing lost: every other answer is as it was, BR-02 (in both workbooks, left as
    # exported) with its owner and due date
    supplied = {"BR-03", "BR-04", "HO-01", "HO-02"}
    assert set(answers) == set(before) | supplied
    assert {k: v for k, v in answers.items() if k not in supplied} == before
    assert answers["BR-02"].remediation_owner == "运维组"
    assert answers["BR-02"].remediation_due == LATER
    imported = [json.loads(e.payload) for e in collection.audit_entries(answered)
                if e.action == "answer-imported"]
    assert {(p["item"], p["supplied_by"]) for p in imported} == {
        ("BR-03", "王工"), ("BR-04", "王工"), ("HO-01", "李处"), ("HO-02", "李处")}
    assert all(p["source"] in ("from-it.xlsx", "from-business.xlsx") for p in imported)

    # the user may take the workbook's side of the conflict instead
    again = collection.questionnaires.preview(answered, from_business)
    [conflict] = again.of(Change.CONFLICT)
    collection.questionnaires.apply(again, {"BR-03"}, supplied_by="李处")
    assert collection.answers(answered)["BR-03"].justification == "只演练过一次"


def test_apply_is_refused_when_the_answers_changed_since_the_preview(
        collection: Collection, answered: int, tmp_path: Path) -> None:
    returned = fill(export(collection, answered, tmp_path / "q.xlsx", {"backup-recovery"}),
                    tmp_path / "back.xlsx", "王工", {"BR-01": {STATUS: "部分落实",
                                                             JUSTIFICATION: "仍在建设"}})
    plan = collection.questionnaires.preview(answered, returned)
    assert {e.item_id for e in plan.of(Change.NEW)} == {"BR-01"}
    collection.set_answer(answered, "BR-01", Status.NOT_IMPLEMENTED, justification="改了")
    before = snapshot(collection, answered)
    with pytest.raises(StoreError, match="changed after the import was previewed"):
        collection.questionnaires.apply(plan, {"BR-01"}, supplied_by="王工")
    assert snapshot(collection, answered) == before
    with pytest.raises(UsageError, match="who filled in"):
        collection.questionnaires.apply(plan, {"BR-01"}, supplied_by="  ")


# -- bad workbooks ---------------------------------------------------------------------------

def refused(collection: Collection, assessment: int, path: Path, message: str) -> None:
    before = snapshot(collection, assessment)
    with pytest.raises(QuestionnaireError, match=message) as caught:
        collection.questionnaires.preview(assessment, path)
    assert "\n" not in str(caught.value) and caught.value.message_zh
    assert "nothing was imported" in str(caught.value)
    assert snapshot(collection, assessment) == before


def test_a_workbook_that_is_not_ours(collection: Collection, answered: int,
                                     tmp_path: Path) -> None:
    book = Workbook()
    book.active["A1"] = "检查项"
    book.save(tmp_path / "other.xlsx")
    refused(collection, answered, tmp_path / "other.xlsx", "not a questionnaire exported")
    (tmp_path / "text.xlsx").write_text("item,status\nBR-01,done\n")
    refused(collection, answered, tmp_path / "text.xlsx", "not an .xlsx workbook")
    (tmp_path / "broken.xlsx").write_bytes(b"PK\x03\x04" + b"\x00" * 200)
    refused(collection, answered, tmp_path / "broken.xlsx", "damaged")


def test_edited_structure(collection: Collection, answered: int, tmp_path: Path) -> None:
    source = export(collection, answered, tmp_path / "q.xlsx", {"backup-recovery"})
    book = load_workbook(source)
    sheet = book[SHEET]
    sheet["F6"], sheet["G6"] = sheet["G6"].value, sheet["F6"].value  # columns swapped
    book.save(tmp_path / "moved.xlsx")
    refused(collection, answered, tmp_path / "moved.xlsx", "column F is '说明', expected '状态'")
    book = load_workbook(source)
    book.create_sheet("我的备注")
    book.save(tmp_path / "extra.xlsx")
    refused(collection, answered, tmp_path / "extra.xlsx", "sheets a questionnaire does not have")
    book = load_workbook(source)
    book[SHEET]["K6"] = "备注"
    book.save(tmp_path / "wider.xlsx")
    refused(collection, answered, tmp_path / "wider.xlsx", "column after the last")


def test_rows_with_problems_are_reported_and_left_out(collection: Collection, answered: int,
                                                      tmp_path: Path) -> None:
    source = export(collection, answered, tmp_path / "q.xlsx", {"backup-recovery"})
    book = load_workbook(source)
    sheet = book[SHEET]
    sheet["F7"] = "部分落实"  # BR-01: no justification
    sheet["F8"] = "done-ish"  # BR-02: not a status
    sheet["J9"] = "31.12.2027"  # BR-03: not a date
    sheet["G10"] = "=HYPERLINK(\"http://example.com\")"  # BR-04: a formula
    sheet["J11"] = "2001-01-01"  # BR-05: a due date in the past
    sheet["A12"] = "XX-99"  # not an item of the assessment
    sheet["A13"] = "BR-01"  # twice
    sheet["F14"] = "已落实"  # BR-09: fine
    book.save(tmp_path / "rows.xlsx")
    plan = collection.questionnaires.preview(answered, tmp_path / "rows.xlsx")
    problems = {p.row: p.message for p in plan.problems}
    assert "justification is required" in problems[7]
    assert "'done-ish' is not one of" in problems[8]
    assert "'31.12.2027' is not a date" in problems[9]
    assert "holds a formula" in problems[10]
    assert "in the past" in problems[11]
    assert "XX-99 is not an item of this assessment" in problems[12]
    assert "also on row 7" in problems[13]
    assert all(p.message_zh for p in plan.problems)
    assert [e.item_id for e in plan.of(Change.NEW)] == ["BR-09"]


def _rezip(source: Path, target: Path, extra: dict[str, bytes] | None = None,
           replace: dict[str, bytes] | None = None) -> Path:
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as new:
        for entry in old.infolist():
            new.writestr(entry.filename, (replace or {}).get(entry.filename, old.read(entry)))
        for name, data in (extra or {}).items():
            new.writestr(name, data)
    return target


def test_links_macros_bombs_and_encryption(collection: Collection, answered: int,
                                           tmp_path: Path) -> None:
    source = export(collection, answered, tmp_path / "q.xlsx", {"backup-recovery"})
    link = b'<externalLink xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"/>'
    refused(collection, answered, _rezip(source, tmp_path / "link.xlsx",
                                         {"xl/externalLinks/externalLink1.xml": link}),
            "links to other workbooks")
    refused(collection, answered, _rezip(source, tmp_path / "macro.xlsx",
                                         {"xl/vbaProject.bin": b"\x00" * 64}), "macros")
    with zipfile.ZipFile(source) as archive:
        sheet_xml = archive.read("xl/worksheets/sheet1.xml")
    doctype = b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaa">]>' + sheet_xml[
        sheet_xml.index(b"<worksheet"):]
    refused(collection, answered, _rezip(source, tmp_path / "dtd.xlsx",
                                         replace={"xl/worksheets/sheet1.xml": doctype}),
            "declares a document type")
    refused(collection, answered, _rezip(source, tmp_path / "bomb.xlsx",
                                         {"xl/media/zeros.bin": b"\x00" * (60 * 1024 * 1024)}),
            "zip bomb")
    # smaller, but compressed a thousand times: refused by its ratio
    refused(collection, answered, _rezip(source, tmp_path / "dense.xlsx",
                                         {"xl/media/zeros.bin": b"\x00" * (8 * 1024 * 1024)}),
            "zip bomb")
    ole = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 4096  # an encrypted OOXML file
    (tmp_path / "locked.xlsx").write_bytes(ole)
    refused(collection, answered, tmp_path / "locked.xlsx", "password-protected")
    huge = tmp_path / "huge.xlsx"
    with huge.open("wb") as handle:
        handle.truncate(100 * 1024 * 1024)
    before = snapshot(collection, answered)
    with pytest.raises(QuestionnaireError, match="larger than the 20 MB limit"):
        collection.questionnaires.preview(answered, huge)
    assert snapshot(collection, answered) == before


def test_a_questionnaire_of_another_assessment_or_pack_version(
        collection: Collection, answered: int, tmp_path: Path) -> None:
    other = collection.duplicate(answered)
    refused(collection, other, export(collection, answered, tmp_path / "q.xlsx"),
            "exported from another assessment")
    book = load_workbook(tmp_path / "q.xlsx")
    meta = book[META_SHEET]
    for row in meta.iter_rows():
        if row[0].value == "pack_version":
            row[1].value = "1"
    book.save(tmp_path / "old-pack.xlsx")
    refused(collection, answered, tmp_path / "old-pack.xlsx", "written for aisgf-key-sector v1")


# -- the command line --------------------------------------------------------------------------

def test_command_line_previews_and_applies_only_when_confirmed(
        collection: Collection, answered: int, tmp_path: Path,
        capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    collection.close()
    out = tmp_path / "q.xlsx"
    assert main(["assess", "questionnaire", str(answered), "-o", str(out),
                 "--themes", "backup-recovery"]) == 0
    returned = fill(out, tmp_path / "back.xlsx", "王工", {
        "BR-02": {STATUS: "已落实"},  # changed here too (below): a conflict
        "BR-03": {STATUS: "不适用", JUSTIFICATION: "无备份需求"},
        "BR-04": {STATUS: "坏"},
    })
    assert main(["assess", "answer", str(answered), "BR-02", "not-implemented",
                 "--justification", "回退"]) == 0
    capsys.readouterr()
    with Collection.open(collection.paths) as reopened:
        before = snapshot(reopened, answered)
    monkeypatch.setattr("sys.stdin.isatty", lambda: False)
    assert main(["assess", "import", str(answered), str(returned)]) == 2  # no terminal, no --yes
    err = capsys.readouterr().err
    assert "--yes" in err
    assert main(["assess", "import", str(answered), str(returned), "--dry-run"]) == 0
    shown = capsys.readouterr().out
    assert "BR-03  new answer: Not applicable; justification: 无备份需求" in shown
    assert "BR-02  CONFLICT" in shown and "here: Not implemented" in shown
    assert "workbook: Implemented" in shown and "row 10 (BR-04)" in shown
    with Collection.open(collection.paths) as reopened:
        assert snapshot(reopened, answered) == before
    assert main(["assess", "import", str(answered), str(returned), "--yes", "--take",
                 "BR-02", "--json"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert result["applied"] == ["BR-02", "BR-03"] and result["counts"]["problems"] == 1
    with Collection.open(collection.paths) as reopened:
        answers = reopened.answers(answered)
        assert answers["BR-02"].status is Status.IMPLEMENTED
        assert answers["BR-03"].status is Status.NOT_APPLICABLE
    assert main(["assess", "import", str(answered), str(returned), "--take", "BR-09"]) == 2
    assert "--take names conflicting items" in capsys.readouterr().err


def test_the_json_import_keeps_working(collection: Collection, answered: int,
                                       tmp_path: Path) -> None:
    answers_file = tmp_path / "answers.json"
    answers_file.write_text(json.dumps({"format": "selfcheck-answers/1", "answers": [
        {"item": "BR-03", "status": "implemented"}]}), "utf-8")
    assert collection.import_answers(answered, answers_file).saved == 1
    assert store_of(collection).answer(answered, "BR-03").status is Status.IMPLEMENTED


def test_written_questionnaires_keep_text_as_text(collection: Collection, answered: int,
                                                  tmp_path: Path) -> None:
    collection.set_answer(answered, "BR-03", Status.PARTIAL, justification="=1+1 见附件")
    path = export(collection, answered, tmp_path / "q.xlsx", {"backup-recovery"})
    with zipfile.ZipFile(path) as archive:
        assert b"<f>" not in archive.read("xl/worksheets/sheet1.xml")
    assert load_workbook(io.BytesIO(path.read_bytes()))[SHEET]["G9"].value == "=1+1 见附件"
    plan = collection.questionnaires.preview(answered, path)
    assert plan.problems == () and plan.of(Change.NEW) == []


def test_a_questionnaire_saved_again_by_libreoffice_imports(collection: Collection, answered: int,
                                                            tmp_path: Path) -> None:
    """A colleague may use LibreOffice (or WPS) rather than Excel: the workbook it saves
    (shared strings, its own styles, the data sheet merely hidden) imports the same."""
    returned = fill(export(collection, answered, tmp_path / "q.xlsx", {"backup-recovery"}),
                    tmp_path / "filled.xlsx", "王工", {
                        "BR-03": {STATUS: "已落实", EVIDENCE: "恢复演练记录"},
                        "BR-04": {STATUS: "未落实", JUSTIFICATION: "未异地备份", DUE: "2030-01-31"}})
    resaved = soffice_pdf(returned, tmp_path / "libreoffice", to="xlsx")
    plan = collection.questionnaires.preview(answered, resaved)
    assert plan.supplied_by == "王工" and plan.problems == ()
    assert {e.item_id for e in plan.of(Change.NEW)} == {"BR-03", "BR-04"}
    incoming = {e.item_id: e.incoming for e in plan.entries}
    assert incoming["BR-04"].remediation_due == dt.date(2030, 1, 31)
    assert incoming["BR-02"].justification == "仅覆盖核心系统"  # unchanged rows read back whole
