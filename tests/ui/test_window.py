"""The real window, driven offscreen: create, answer by keyboard, attach, filter,
switch language, close and reopen."""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from selfcheck.core.answers import Status
from selfcheck.core.collection import Collection
from selfcheck.core.paths import resolve_paths
from selfcheck.ui.dialogs.new_assessment import NewAssessmentDialog
from tests.ui.conftest import ScriptedPrompts

pytestmark = pytest.mark.gui


def create_by_dialog(qtbot: Any, window: Any, organisation: str, system: str,
                     criticality_index: int = 2) -> int:
    """Fill the real New-assessment dialog with the keyboard and press OK."""
    seen: dict[str, Any] = {}

    def fill() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, NewAssessmentDialog)
        seen["dialog"] = dialog
        qtbot.keyClicks(dialog.organisation, organisation)
        qtbot.keyClicks(dialog.system_name, system)
        qtbot.keyClicks(dialog.assessor, "Li Hua")
        create = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
        # nothing is assumed about the risk: answer each of the four questions
        for name, box in dialog.factor_boxes.items():
            assert not create.isEnabled()
            box.setFocus()
            for _ in range((criticality_index if name == "criticality" else 0) + 1):
                qtbot.keyClick(box, Qt.Key.Key_Down)
        assert create.isEnabled()
        seen["grade_text"] = dialog.grade.text()
        seen["reasons"] = dialog.reasons.text()
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()

    QTimer.singleShot(0, fill)
    created = window.new_assessment()
    assert created is not None
    assert seen["grade_text"]  # the grade was shown live
    assert "Scenario criticality" in seen["reasons"]
    return int(created)



def test_create_answer_by_keyboard_attach_filter_language_reopen(
        qtbot: Any, wait_tasks: Any, launch_window: Any, prompts: ScriptedPrompts, tmp_path: Path,
        data_dir: Path) -> None:
    session = launch_window("en")
    window = session.window
    qtbot.waitExposed(window)
    window.activateWindow()

    assessment_id = create_by_dialog(qtbot, window, "Test Bureau", "Case triage")
    workspace = window.workspace
    assert window.stack.currentWidget() is workspace
    assert workspace.assessment_id == assessment_id
    table = workspace.item_list.table
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    table.setFocus()
    first = workspace.current_item_id()
    assert first == workspace.item_list.model.row_at(0).item.id

    # 1 = implemented, then N to the next unanswered
    qtbot.keyClick(table, Qt.Key.Key_1)
    assert workspace.answers[first].status is Status.IMPLEMENTED
    assert "Saved" in workspace.detail.form.save_state.text()
    qtbot.keyClick(table, Qt.Key.Key_N)
    second = workspace.current_item_id()
    assert second != first

    # 2 = partial: needs a justification; the draft stays visible with an inline message
    qtbot.keyClick(table, Qt.Key.Key_2)
    detail = workspace.detail
    assert detail.form.inline_error.isVisibleTo(detail)
    assert "justification" in detail.form.inline_error.text().lower()
    assert workspace.answers.get(second) is None or \
        workspace.answers[second].status is Status.UNANSWERED
    assert detail.form.status_buttons[Status.PARTIAL].isChecked()
    assert second in workspace.drafts
    # the keyboard stays in the list (the next key is never typed into a text field);
    # J moves it to the justification, where digits are text, not statuses
    assert table.hasFocus()
    qtbot.keyClick(table, Qt.Key.Key_J)
    assert detail.form.justification.hasFocus()
    assert detail.form.justification.toPlainText() == ""  # no "j" typed
    qtbot.keyClicks(detail.form.justification, "Budget for 2027 pending")
    assert detail.form.status_buttons[Status.PARTIAL].isChecked()
    qtbot.keyClick(detail.form.justification, Qt.Key.Key_Escape)  # back to the list: saves
    assert table.hasFocus()
    assert workspace.answers[second].status is Status.PARTIAL
    assert workspace.answers[second].justification == "Budget for 2027 pending"
    assert not detail.form.inline_error.isVisibleTo(detail)
    assert second not in workspace.drafts

    # remediation owner, typed; saved on leaving the field
    detail.form.owner.setFocus()
    qtbot.keyClicks(detail.form.owner, "IT department")
    table.setFocus()
    assert workspace.answers[second].remediation_owner == "IT department"

    # P goes back to the previous unanswered (none before: wraps to the end), N forward
    qtbot.keyClick(table, Qt.Key.Key_N)
    third = workspace.current_item_id()
    qtbot.keyClick(table, Qt.Key.Key_3)
    qtbot.keyClick(table, Qt.Key.Key_J)  # to the justification; type the reason
    assert detail.form.justification.hasFocus()
    qtbot.keyClicks(detail.form.justification, "Accounts are shared")
    qtbot.keyClick(detail.form.justification, Qt.Key.Key_N, Qt.KeyboardModifier.AltModifier)
    assert workspace.answers[third].status is Status.NOT_IMPLEMENTED
    assert workspace.answers[third].justification == "Accounts are shared"
    fourth = workspace.current_item_id()
    assert fourth not in (first, second, third)
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_4)  # not applicable: needs a reason too
    qtbot.keyClick(table, Qt.Key.Key_J)
    qtbot.keyClicks(detail.form.justification, "No such system here")
    qtbot.keyClick(detail.form.justification, Qt.Key.Key_Escape)
    assert workspace.answers[fourth].status is Status.NOT_APPLICABLE
    qtbot.keyClick(table, Qt.Key.Key_F)
    assert workspace.answers[fourth].flagged

    # attach an evidence file to the first item (stored with its SHA-256)
    evidence = tmp_path / "风险评估报告.pdf"
    evidence.write_bytes(b"%PDF-1.4 risk assessment report\n" * 100)
    workspace.select_item(first)
    prompts.open_paths.append(str(evidence))
    detail.attachments.attach_button.click()
    wait_tasks()
    digest = hashlib.sha256(evidence.read_bytes()).hexdigest()
    files = detail.attachments.model
    assert files.rowCount() == 1
    assert files.index(0, 0).data() == evidence.name
    assert files.index(0, 2).data() == digest
    assert workspace.answers[first].attachments[0].sha256 == digest

    # filters
    workspace.set_status_filter(Status.UNANSWERED)
    total = workspace.item_list.model.rowCount()
    assert workspace.item_list.proxy.rowCount() == total - 4
    workspace.set_status_filter(None)
    workspace.item_list.flagged_filter.setChecked(True)
    assert workspace.item_list.proxy.rowCount() == 1
    workspace.item_list.flagged_filter.setChecked(False)
    workspace.item_list.critical_filter.setChecked(True)
    critical = workspace.score.effective_critical
    assert workspace.item_list.proxy.rowCount() == len(critical)
    workspace.item_list.critical_filter.setChecked(False)
    workspace.item_list.search.setFocus()
    qtbot.keyClicks(workspace.item_list.search, "budget for 2027")  # the user's own notes
    assert workspace.item_list.proxy.rowCount() == 1
    workspace.item_list.search.clear()
    workspace.item_list.search.insert("多因素认证")  # Chinese text (an input method) in the English UI
    assert 0 < workspace.item_list.proxy.rowCount() < total
    workspace.item_list.search.clear()
    theme = workspace.item_list.model.row_at(0).item.theme
    workspace.set_theme_filter(theme)
    proxy = workspace.item_list.proxy
    assert all(workspace.item_list.model.row_at(proxy.mapToSource(proxy.index(r, 0)).row())
               .item.theme == theme for r in range(proxy.rowCount()))
    workspace.clear_filters()
    assert workspace.item_list.proxy.rowCount() == total

    # switch the language from the menu: the window and the pack texts follow
    item = workspace.item_list.model.row_at(0).item
    window.actions_.lang_zh.trigger()
    assert workspace.tabs.tabText(0) == "检查项"
    assert window.actions_._menus["file"].title().startswith("文件")
    assert workspace.item_list.model.index(0, 1).data() == item.question.zh
    assert detail.form.status_buttons[Status.IMPLEMENTED].text().startswith("已落实")
    window.actions_.lang_en.trigger()
    assert workspace.tabs.tabText(0) == "Items"
    assert workspace.item_list.model.index(0, 1).data() == item.question.en

    # the summary matches the core's scoring
    window.actions_.show_summary.trigger()
    summary = workspace.summary
    with Collection.open(resolve_paths(data_dir), install_builtin=False) as other:
        expected = other.score(assessment_id)
    assert summary.verdict.text() == expected.verdict.label("en")
    # the real gaps, apart from the critical items merely not answered yet
    expected_gaps = [g.item_id for g in expected.critical_gaps] or list(
        expected.critical_unanswered)
    assert summary.gap_item_ids() == [g.item_id for g in expected.critical_gaps]
    assert summary.unanswered_item_ids() == list(expected.critical_unanswered)
    assert summary.plan_item_ids() == [second, third]
    bars = {b.title: b.tally for b in summary.chart._bars}
    pack = workspace.assessment.pack
    for theme_id, tally in expected.themes.items():
        assert bars[pack.theme(theme_id).title.en] == tally
    # jump from a gap (or an unanswered critical item) to its item
    box = summary.gaps_box if expected.critical_gaps else summary.unanswered_box
    box.toggle.setChecked(True)
    box.table.selectRow(0)
    box.jump.click()
    assert workspace.tabs.currentIndex() == 0
    assert workspace.current_item_id() == expected_gaps[0]

    # type into a text field and close at once: the pending edit is saved on close
    workspace.select_item(third)
    detail.form.evidence.setFocus()
    qtbot.keyClicks(detail.form.evidence, "Account list 2026-11")
    session.close()

    reopened = launch_window("en")
    assert reopened.window.list_view.model.rowCount() == 1
    assert reopened.window.open_assessment(assessment_id)
    answers = reopened.window.workspace.answers
    assert answers[first].status is Status.IMPLEMENTED
    assert answers[first].attachments[0].sha256 == digest
    assert answers[second].status is Status.PARTIAL
    assert answers[second].justification == "Budget for 2027 pending"
    assert answers[second].remediation_owner == "IT department"
    assert answers[third].status is Status.NOT_IMPLEMENTED
    assert answers[third].evidence == "Account list 2026-11"
    assert answers[fourth].status is Status.NOT_APPLICABLE and answers[fourth].flagged
    assert not prompts.errors
