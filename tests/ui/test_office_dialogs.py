"""The window's part of the official document and the office formats: the export dialog's
formats, the sign-off dialog, the questionnaire export and the import preview that shows
new answers and conflicts (both sides) and applies only what is ticked."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt

from selfcheck.core.answers import Answer, Status
from selfcheck.core.assessment import Signatory
from selfcheck.ui.dialogs.export_pdf import ExportDialog
from selfcheck.ui.dialogs.questionnaire_export import QuestionnaireExportDialog
from selfcheck.ui.dialogs.sign_off import SignOffDialog
from selfcheck.ui.dialogs.workbook_import import WorkbookImportDialog
from tests.report_support import new_assessment, open_collection
from tests.ui.conftest import ScriptedPrompts

pytestmark = pytest.mark.gui


def _assessment(data_dir: Path) -> int:
    with open_collection(data_dir) as collection:
        assessment = new_assessment(collection)
        collection.save_answers(assessment, [
            Answer(item_id="BR-01", status=Status.IMPLEMENTED, evidence="备份策略"),
            Answer(item_id="BR-02", status=Status.PARTIAL, justification="部分系统",
                   remediation_owner="运维组",
                   remediation_due=dt.date.today() + dt.timedelta(days=30))])
    return assessment


def test_export_dialog_writes_the_workbook_and_the_draft(
        qtbot: Any, wait_tasks: Any, launch_window: Any, data_dir: Path, tmp_path: Path,
        prompts: ScriptedPrompts) -> None:
    assessment = _assessment(data_dir)
    session = launch_window("zh")
    dialog = ExportDialog(session.ctx, assessment, session.window)
    assert dialog.captions["marking"].text() == "标识(&M)："
    dialog.output.setText(str(tmp_path / "台账.pdf"))
    dialog.format.setCurrentIndex(dialog.format.findData("xlsx"))
    assert dialog.output.text() == str(tmp_path / "台账.xlsx")
    assert not dialog.sign.isEnabled() and not dialog.unsigned_notice.isVisibleTo(dialog)
    assert dialog.office_note.isVisibleTo(dialog) and dialog.export_button.text() == "导出"
    dialog.distribution.setText("本单位信息中心")
    dialog.export()
    wait_tasks()
    assert dialog.outcome is not None and dialog.outcome.format == "xlsx", dialog.problem.text()
    register = load_workbook(tmp_path / "台账.xlsx")["整改台账"]
    assert any("本单位信息中心" in str(row[0]) for row in register.iter_rows(max_row=5,
                                                                        values_only=True))
    draft = ExportDialog(session.ctx, assessment, session.window)
    draft.format.setCurrentIndex(draft.format.findData("docx"))
    draft.output.setText(str(tmp_path / "草稿"))
    draft.export()
    wait_tasks()
    assert draft.outcome is not None and (tmp_path / "草稿.docx").is_file()
    assert not prompts.errors


def test_sign_off_dialog(qtbot: Any, wait_tasks: Any, launch_window: Any, data_dir: Path,
                         prompts: ScriptedPrompts) -> None:
    assessment = _assessment(data_dir)
    session = launch_window("zh")
    dialog = SignOffDialog(session.ctx, assessment, session.window)
    assert dialog.fields["prepared", "name"].text() == "李四"  # the assessor
    dialog.fields["reviewed", "name"].setText("赵六")
    dialog.fields["reviewed", "role"].setText("信息中心主任")
    dialog.fields["reviewed", "date"].setText("1.12.2026")
    dialog.save()
    assert dialog.problem.isVisibleTo(dialog) and "不是日期" in dialog.problem.text()
    assert session.ctx.collection.assessment(assessment).sign_off.reviewed == Signatory()
    dialog.fields["reviewed", "date"].setText("2026-12-01")
    dialog.save()
    wait_tasks()
    assert dialog.saved
    assert session.ctx.collection.assessment(assessment).sign_off.reviewed == Signatory(
        "赵六", "信息中心主任", dt.date(2026, 12, 1))
    assert not prompts.errors


def test_questionnaire_out_and_back_in(qtbot: Any, wait_tasks: Any, launch_window: Any,
                                       data_dir: Path, tmp_path: Path,
                                       prompts: ScriptedPrompts) -> None:
    assessment = _assessment(data_dir)
    session = launch_window("zh")
    ctx = session.ctx
    export = QuestionnaireExportDialog(ctx, assessment, session.window)
    for index in range(export.themes.count()):
        entry = export.themes.item(index)
        if entry.data(Qt.ItemDataRole.UserRole) != "backup-recovery":
            entry.setCheckState(Qt.CheckState.Unchecked)
    export.output.setText(str(tmp_path / "问卷"))
    export.export()
    wait_tasks()
    assert export.outcome is not None and export.outcome.items == 8
    book = load_workbook(tmp_path / "问卷.xlsx")
    sheet = book["问卷"]
    sheet["B4"] = "王工"
    sheet["F7"], sheet["G7"] = "部分落实", "只覆盖了核心系统"  # BR-01: changed here too below
    sheet["F9"] = "已落实"  # BR-03: new
    sheet["F10"] = "乱写"  # BR-04: a problem
    book.save(tmp_path / "交回.xlsx")
    ctx.collection.set_answer(assessment, "BR-01", Status.NOT_IMPLEMENTED, justification="回退")

    dialog = WorkbookImportDialog(ctx, assessment, tmp_path / "交回.xlsx", session.window)
    dialog.load()
    wait_tasks()
    assert dialog.plan is not None and dialog.supplied_by.text() == "王工"
    rows = {dialog.table.item(row, 1).text(): row for row in range(dialog.table.rowCount())}
    assert set(rows) == {"BR-01", "BR-03"}
    conflict, new = rows["BR-01"], rows["BR-03"]
    assert dialog.table.item(conflict, 2).text() == "冲突"
    assert dialog.table.item(conflict, 0).checkState() == Qt.CheckState.Unchecked
    assert dialog.table.item(conflict, 3).text().startswith("未落实；说明：回退")
    assert dialog.table.item(conflict, 4).text().startswith("部分落实；说明：只覆盖了核心系统")
    assert dialog.table.item(new, 0).checkState() == Qt.CheckState.Checked
    assert "第 10 行（BR-04）" in dialog.problems.toPlainText()
    assert "冲突 1 项" in dialog.summary.text()
    dialog.apply()
    wait_tasks()
    assert dialog.outcome is not None and dialog.outcome.applied == ("BR-03",)
    answers = ctx.collection.answers(assessment)
    assert answers["BR-03"].status is Status.IMPLEMENTED
    assert answers["BR-01"].justification == "回退"  # the conflict kept the current answer
    audit = json.loads(ctx.collection.audit_entries(assessment)[-1].payload)
    assert audit["supplied_by"] == "王工" and audit["item"] == "BR-03"
    assert not prompts.errors


def test_a_refused_workbook_is_said_in_the_dialog(qtbot: Any, wait_tasks: Any,
                                                  launch_window: Any, data_dir: Path,
                                                  tmp_path: Path) -> None:
    assessment = _assessment(data_dir)
    session = launch_window("en")
    (tmp_path / "locked.xlsx").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 512)
    dialog = WorkbookImportDialog(session.ctx, assessment, tmp_path / "locked.xlsx",
                                  session.window)
    dialog.load()
    wait_tasks()
    assert dialog.plan is None and "password-protected" in dialog.summary.text()
    assert not dialog.apply_button.isEnabled()
