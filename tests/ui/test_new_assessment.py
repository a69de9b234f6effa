"""The New-assessment dialog assumes nothing about the risk: the four risk-profile
questions start unanswered and the assessment is created only when all are answered."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QDialogButtonBox

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
    assert "Answer the four risk-profile questions" in dialog.reasons.text()

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
