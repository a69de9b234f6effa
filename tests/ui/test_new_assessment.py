"""The New-assessment dialog assumes nothing about the risk: the four risk-profile
questions start unanswered and the assessment is created only when all are answered."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QComboBox, QDialogButtonBox

from selfcheck.core.collection import Collection
from selfcheck.core.paths import resolve_paths
from selfcheck.core.risk import RiskGrade
from selfcheck.ui.dialogs.new_assessment import NewAssessmentDialog

pytestmark = pytest.mark.gui


def test_risk_questions_start_open_and_block_creating(launch_window: Any,
                                                      data_dir: Path) -> None:
    session = launch_window("en")
    dialog = NewAssessmentDialog(session.ctx, session.window)
    create = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    boxes = dialog.factor_boxes
    assert all(box.currentIndex() == -1 for box in boxes.values())
    assert all(box.placeholderText() for box in boxes.values())
    assert dialog.profile() is None
    assert not create.isEnabled()
    assert dialog.open_hint.isVisibleTo(dialog)
    for name in ("Scenario criticality", "Degree of autonomy", "People affected",
                 "Data sensitivity"):
        assert name in dialog.open_hint.text()
    assert dialog.grade.text() == "not graded yet"
    assert "Answer the risk-profile questions" in dialog.reasons.text()

    # only the names: nothing is created, no grade is assumed
    dialog.organisation.setText("Test Bureau")
    dialog.system_name.setText("Case triage")
    dialog.accept()
    assert dialog.created_id is None
    assert "risk-profile questions" in dialog.error.text()

    # three answered: the hint names the one still open
    for name in ("criticality", "autonomy", "people_affected"):
        boxes[name].setCurrentIndex(boxes[name].count() - 1)
    assert not create.isEnabled()
    assert dialog.open_hint.text() == "Still to answer: Data sensitivity."

    # the language switches while the dialog is open: answers and open questions stay
    session.window.set_language("zh")
    assert boxes["data_sensitivity"].currentIndex() == -1
    assert boxes["criticality"].currentIndex() == boxes["criticality"].count() - 1
    assert dialog.open_hint.text() == "尚待回答：数据敏感程度。"
    assert dialog.grade.text() == "尚未定级"
    assert not create.isEnabled()
    session.window.set_language("en")

    boxes["data_sensitivity"].setCurrentIndex(0)
    assert create.isEnabled()
    assert not dialog.open_hint.isVisibleTo(dialog)
    profile = dialog.profile()
    assert profile is not None
    assert dialog.grade.text() == RiskGrade.VERY_HIGH.label("en")
    create.click()
    assert dialog.created_id is not None
    with Collection.open(resolve_paths(data_dir), install_builtin=False) as other:
        assert other.assessment(dialog.created_id).profile == profile

    # Duplicate keeps the source's risk profile
    view = session.window.list_view
    view.refresh(select_id=dialog.created_id)
    view.duplicate_button.click()
    with Collection.open(resolve_paths(data_dir), install_builtin=False) as other:
        profiles = [other.assessment(o.record.id).profile
                    for o in other.overviews(include_archived=True)]
    assert profiles == [profile, profile]


def test_the_packs_own_questions(launch_window: Any, data_dir: Path) -> None:
    """The government pack asks its profile questions; a follow-up question appears only
    after the answer it depends on, and the assessment keeps the answers."""
    session = launch_window("zh")
    dialog = NewAssessmentDialog(session.ctx, session.window)
    create = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    dialog.pack.setCurrentIndex(next(n for n, pack in enumerate(dialog._packs)
                                     if pack.pack_id == "gov-llm-deployment"))
    dialog.show()
    # the risk factors' boxes were rebuilt for the new pack: the old ones are gone at once
    shown = [combo for combo in dialog.profile_box.findChildren(QComboBox)
             if combo.isVisibleTo(dialog)]
    assert sorted(shown, key=id) == sorted(dialog.factor_boxes.values(), key=id)
    assert "（试行）" in dialog.pack.currentText()
    box = dialog.questions_box
    assert box.isVisibleTo(dialog) and set(box.boxes) == {
        "genai", "agents", "public_facing", "internet_resources", "own_model", "personal_info",
        "unit_level"}
    assert box.labels["genai"].text() == "是否使用生成式大模型（生成文字、答复或文稿）？"
    assert not box.boxes["agents"].isVisibleTo(dialog)  # asked only for generative models
    for name, choice in (("criticality", 1), ("autonomy", 0), ("people_affected", 1),
                         ("data_sensitivity", 2)):
        dialog.factor_boxes[name].setCurrentIndex(choice)
    dialog.organisation.setText("某县政务服务中心")
    dialog.system_name.setText("政务问答")
    assert not create.isEnabled() and "本单位的层级？" in dialog.open_hint.text()

    def answer(question: str, option: str) -> None:
        combo = box.boxes[question]
        combo.setCurrentIndex(combo.findData(option))

    answer("genai", "yes")
    assert box.boxes["agents"].isVisibleTo(dialog)
    for question, option in (("agents", "no"), ("public_facing", "yes"),
                             ("internet_resources", "no"), ("own_model", "no"),
                             ("personal_info", "yes"), ("unit_level", "county")):
        answer(question, option)
    assert create.isEnabled()
    session.window.set_language("en")
    assert box.labels["genai"].text().startswith("Is a generative large model used")
    assert box.boxes["unit_level"].currentData() == "county"
    create.click()
    assert dialog.created_id is not None
    with Collection.open(resolve_paths(data_dir), install_builtin=False) as other:
        assessment = other.assessment(dialog.created_id)
        assert assessment.profile_answers["unit_level"] == "county"
        assert "DP-05" in [i.id for i in assessment.items]
        assert "DP-06" not in [i.id for i in assessment.items]
