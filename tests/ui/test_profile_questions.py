"""The window with a pack that declares sources and asks profile questions: citations with
their basis, changing a profile answer, and the kept answers of items that stop applying."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtWidgets import QDialogButtonBox

from selfcheck.core.answers import Answer, Status
from selfcheck.core.sources import SECONDARY_BASIS_NOTICE
from selfcheck.ui.dialogs.profile import ProfileDialog
from selfcheck.ui.models.items import ItemColumn

from ..conftest import make_profile

pytestmark = pytest.mark.gui

ANSWERS = {"genai": "yes", "agents": "no", "public_facing": "yes", "internet_resources": "no",
           "own_model": "no", "personal_info": "no", "unit_level": "prefecture"}


def _gov_assessment(session: Any) -> int:
    collection = session.ctx.collection
    assessment_id = collection.new_assessment(
        pack_id="gov-llm-deployment", organisation="某市数据局", system_name="公文助手",
        sector="government", profile=make_profile(), profile_answers=ANSWERS)
    collection.save_answer(assessment_id, Answer("OP-04", Status.IMPLEMENTED,
                                                 evidence="《大模型使用规范》第3条"))
    return assessment_id


def test_citations_show_their_basis(launch_window: Any) -> None:
    session = launch_window("zh")
    assessment_id = _gov_assessment(session)
    window = session.window
    window.open_assessment(assessment_id)
    workspace = window.workspace
    assert workspace.select_item("OP-04")
    detail = workspace.detail
    assert detail.question_panel.clause_label.text() == (
        "依据：《指引》运行管理「辅助型」；《人工智能安全治理框架》1.0版第6.3条（i）")
    assert detail.question_panel.basis_notice.isVisibleTo(detail)
    assert detail.question_panel.basis_notice.text() == SECONDARY_BASIS_NOTICE.zh
    assert "第 1 版 · 1.0 (2026-11)（试行）" in workspace.header.subtitle.text()
    window.set_language("en")
    assert "v1 · 1.0 (2026-11) (trial)" in workspace.header.subtitle.text()
    assert "Guidelines, Operation and management (运行管理) “辅助型”" in detail.question_panel.clause_label.text()
    assert detail.question_panel.basis_notice.text() == "based on public summaries; the official text prevails"
    assert workspace.select_item("GR-01")  # rests on the primary text: no notice
    assert not detail.question_panel.basis_notice.isVisibleTo(detail)
    assert not detail.question_panel.scope_notice.isVisibleTo(detail)


def test_changing_a_profile_answer_keeps_the_answer(launch_window: Any) -> None:
    session = launch_window("en")
    assessment_id = _gov_assessment(session)
    window = session.window
    window.open_assessment(assessment_id)
    workspace = window.workspace
    assert workspace.header.profile_button.isVisibleTo(window)
    applying_before = workspace.score.overall.total

    dialog = ProfileDialog(session.ctx, assessment_id, window)
    assert dialog.box.boxes["genai"].currentData() == "yes"
    combo = dialog.box.boxes["genai"]
    combo.setCurrentIndex(combo.findData("no"))
    assert "OP-04" in dialog.effect.text() and "answers kept" in dialog.effect.text()
    assert not dialog.box.boxes["agents"].isVisibleTo(dialog)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert dialog.outcome is not None and "OP-04" in dialog.outcome.no_longer_applying

    window.open_assessment(assessment_id)
    assert workspace.score.overall.total < applying_before
    row = workspace.item_list.model.row_of("OP-04")
    assert row >= 0  # still listed, with its answer
    index = workspace.item_list.model.index(row, ItemColumn.STATUS)
    assert workspace.item_list.model.data(index) == "Implemented · no longer applies"
    table = workspace.item_list.table
    shown = table.fontMetrics().horizontalAdvance("Implemented · no longer applies")
    assert table.columnWidth(ItemColumn.STATUS) > shown  # not cut off
    assert workspace.select_item("OP-04")
    detail = workspace.detail
    assert detail.question_panel.scope_notice.isVisibleTo(detail)
    assert not detail.form.isEnabled()
    assert detail.form.evidence.toPlainText() == "《大模型使用规范》第3条"
    assert session.ctx.collection.answers(assessment_id)["OP-04"].status is Status.IMPLEMENTED
    window.set_language("zh")
    assert workspace.item_list.model.data(index) == "已落实 · 不再适用"
    assert table.columnWidth(ItemColumn.STATUS) > table.fontMetrics().horizontalAdvance("已落实 · 不再适用")
    assert detail.question_panel.scope_notice.text().startswith("根据本次自查的画像答案，此检查项不再适用")
