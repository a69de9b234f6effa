"""Drafts an earlier version kept in the settings file move into the database on the
first start: shown again, nothing typed dropped, the settings key removed."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings

from selfcheck.core.answers import Status
from selfcheck.core.collection import Collection
from selfcheck.core.paths import resolve_paths
from tests.ui.conftest import ScriptedPrompts
from tests.ui.test_bad_input import make_assessment

pytestmark = pytest.mark.gui


def _earlier_settings(data_dir: Path) -> QSettings:
    folder = resolve_paths(data_dir).config_dir
    folder.mkdir(parents=True, exist_ok=True)
    return QSettings(str(folder / "selfcheck-ui.ini"), QSettings.Format.IniFormat)


def test_drafts_of_an_earlier_version_come_back_from_the_database(
        launch_window: Any, data_dir: Path, prompts: ScriptedPrompts) -> None:
    assessment_id = make_assessment(data_dir)
    with Collection.open(resolve_paths(data_dir)) as collection:
        assessment = collection.assessment(assessment_id)
        uid, item_id = assessment.record.uid, assessment.items[2].id
    earlier = _earlier_settings(data_dir)
    earlier.setValue(f"drafts/{uid}", json.dumps({
        item_id: {"status": "partial", "justification": "", "evidence": "Register of AI uses",
                  "remediation_owner": "", "remediation_due": None, "flagged": False,
                  "needs_review": False},
        "GONE-01": {"status": "partial", "justification": "typed for a removed item"},
    }))
    earlier.setValue("drafts/uid-of-another-database", "{no longer readable")
    earlier.sync()

    session = launch_window("en")
    # text that fits no item was kept in a file, and the user is told where
    title, message = prompts.infos[-1]
    assert title == "Unsaved drafts kept"
    kept = next(data_dir.glob("recovered-drafts-*.txt"))
    assert str(kept) in message
    text = kept.read_text("utf-8")
    assert "typed for a removed item" in text and "{no longer readable" in text
    assert "drafts" not in QSettings(earlier.fileName(), QSettings.Format.IniFormat).childGroups()

    # the draft is shown first, with its message, as before the upgrade
    window = session.window
    assert window.open_assessment(assessment_id)
    workspace = window.workspace
    detail = workspace.detail
    assert workspace.current_item_id() == item_id
    assert detail.form.status_buttons[Status.PARTIAL].isChecked()
    assert detail.form.evidence.toPlainText() == "Register of AI uses"
    assert "justification" in detail.form.inline_error.text().lower()
    assert item_id in workspace.drafts


def test_no_drafts_of_an_earlier_version_means_no_message(launch_window: Any, data_dir: Path,
                                                          prompts: ScriptedPrompts) -> None:
    make_assessment(data_dir)
    launch_window("en")
    assert prompts.infos == []
    assert not list(data_dir.glob("recovered-drafts-*.txt"))
