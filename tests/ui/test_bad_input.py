"""Bad input reaches the user as a clear message, and nothing already saved is lost."""

from __future__ import annotations

import datetime as dt
import sqlite3
import sys
from pathlib import Path
from typing import Any

import pytest

from selfcheck.core.answers import Answer, Status
from selfcheck.core.collection import Collection
from selfcheck.core.paths import resolve_paths
from selfcheck.ui.app import launch
from tests.conftest import REAL_PACK_ID, make_profile
from tests.ui.conftest import ScriptedPrompts

pytestmark = pytest.mark.gui


def make_assessment(data_dir: Path, answers: dict[str, Status] | None = None) -> int:
    with Collection.open(resolve_paths(data_dir)) as collection:
        new_id = collection.new_assessment(
            pack_id=REAL_PACK_ID, pack_version=1, organisation="Test Bureau",
            system_name="Case triage", sector="government", profile=make_profile())
        for item_id, status in (answers or {}).items():
            collection.save_answer(new_id, Answer(item_id=item_id, status=status,
                                                  justification="because"))
    return new_id



def test_second_instance_is_refused_politely(launch_window: Any, data_dir: Path,
                                             prompts: ScriptedPrompts) -> None:
    launch_window("en")
    assert launch(data_dir, prompts=prompts, language="en") is None
    _title, message = prompts.errors[-1]
    assert "already open" in message
    assert str(data_dir) in message


def test_second_instance_message_in_chinese(launch_window: Any, data_dir: Path,
                                            prompts: ScriptedPrompts) -> None:
    launch_window("zh")
    assert launch(data_dir, prompts=prompts, language="zh") is None
    assert "已在使用数据文件夹" in prompts.errors[-1][1]


def test_damaged_database_gives_a_clear_message(qapp: Any, data_dir: Path,
                                                prompts: ScriptedPrompts) -> None:
    data_dir.mkdir(parents=True)
    (data_dir / "selfcheck.sqlite3").write_bytes(b"this is not a database" * 200)
    assert launch(data_dir, prompts=prompts, language="en") is None
    _title, message = prompts.errors[-1]
    assert "cannot be opened" in message
    assert "selfcheck.sqlite3" in message
    # the lock was released: a later start with a good database works
    (data_dir / "selfcheck.sqlite3").unlink()
    session = launch(data_dir, prompts=prompts, language="en")
    assert session is not None
    session.close()


def test_database_from_a_newer_program_is_refused(qapp: Any, data_dir: Path,
                                                  prompts: ScriptedPrompts) -> None:
    make_assessment(data_dir)
    conn = sqlite3.connect(data_dir / "selfcheck.sqlite3")
    conn.execute("PRAGMA user_version = 99")
    conn.close()
    assert launch(data_dir, prompts=prompts, language="en") is None
    assert "newer version" in prompts.errors[-1][1]


def test_due_date_in_the_past_keeps_the_draft(launch_window: Any, data_dir: Path) -> None:
    assessment_id = make_assessment(data_dir)
    session = launch_window("en")
    window = session.window
    window.open_assessment(assessment_id)
    workspace, detail = window.workspace, window.workspace.detail
    item_id = workspace.current_item_id()
    detail.set_status(Status.NOT_IMPLEMENTED)
    detail.form.justification.setPlainText("No written assessment yet")
    detail.form.owner.setText("Security office")
    assert detail.flush()
    yesterday = dt.date.today() - dt.timedelta(days=1)
    detail.form.due.set_date(yesterday)
    assert not detail.flush()
    assert "in the past" in detail.form.inline_error.text()
    assert detail.form.due.date() == yesterday
    assert workspace.answers[item_id].remediation_due is None  # not saved
    assert workspace.answers[item_id].justification == "No written assessment yet"  # kept
    soon = dt.date.today() + dt.timedelta(days=30)
    detail.form.due.set_date(soon)
    assert detail.flush()
    assert workspace.answers[item_id].remediation_due == soon
    assert not detail.form.inline_error.isVisibleTo(detail)


def test_unreadable_or_too_large_evidence_is_refused(qtbot: Any, wait_tasks: Any, launch_window: Any,
                                                     data_dir: Path, tmp_path: Path,
                                                     prompts: ScriptedPrompts) -> None:
    assessment_id = make_assessment(data_dir, {"RA-01": Status.IMPLEMENTED})
    session = launch_window("en")
    window = session.window
    window.open_assessment(assessment_id)
    workspace, detail = window.workspace, window.workspace.detail
    workspace.select_item("RA-01")
    big = tmp_path / "scan.tif"
    with big.open("wb") as handle:
        handle.truncate(26 * 1024 * 1024)
    prompts.open_paths.append(str(big))
    detail.attachments.attach_button.click()
    wait_tasks()
    assert "limit" in prompts.errors[-1][1]
    prompts.open_paths.append(str(tmp_path / "missing.pdf"))
    detail.attachments.attach_button.click()
    wait_tasks()
    assert "missing.pdf" in prompts.errors[-1][1]
    assert detail.attachments.model.rowCount() == 0
    assert detail.attachments.attach_button.isEnabled()
    assert workspace.answers["RA-01"].status is Status.IMPLEMENTED


def test_an_unsaved_draft_survives_closing(launch_window: Any, data_dir: Path) -> None:
    assessment_id = make_assessment(data_dir)
    session = launch_window("en")
    window = session.window
    window.open_assessment(assessment_id)
    workspace = window.workspace
    item_id = workspace.current_item_id()
    workspace.detail.form.evidence.setPlainText("Register of AI uses, 2026")
    workspace.detail.set_status(Status.PARTIAL)  # no justification: stays a draft
    assert item_id in workspace.drafts
    session.close()

    again = launch_window("en")
    again.window.open_assessment(assessment_id)
    workspace = again.window.workspace
    detail = workspace.detail
    assert workspace.current_item_id() == item_id  # the draft is shown first
    assert detail.form.status_buttons[Status.PARTIAL].isChecked()
    assert detail.form.evidence.toPlainText() == "Register of AI uses, 2026"
    assert "justification" in detail.form.inline_error.text().lower()
    detail.form.justification.setPlainText("Only two of five departments are covered")
    assert detail.flush()
    assert workspace.answers[item_id].status is Status.PARTIAL
    assert item_id not in workspace.drafts


def test_unexpected_exception_shows_a_dialog_and_is_logged(launch_window: Any,
                                                          data_dir: Path,
                                                          prompts: ScriptedPrompts) -> None:
    session = launch_window("en")
    try:
        raise RuntimeError("boom in a slot")
    except RuntimeError:
        sys.excepthook(*sys.exc_info())  # type: ignore[arg-type]
    title, message = prompts.errors[-1]
    assert title == "Unexpected error"
    assert "boom in a slot" in message
    assert session.window.isVisible()
    log_text = (data_dir / "logs" / "selfcheck.log").read_text(encoding="utf-8")
    assert "RuntimeError: boom in a slot" in log_text


def test_backup_then_restore(qtbot: Any, wait_tasks: Any, launch_window: Any, data_dir: Path, tmp_path: Path,
                             prompts: ScriptedPrompts) -> None:
    assessment_id = make_assessment(data_dir, {"RA-01": Status.IMPLEMENTED})
    session = launch_window("en")
    window = session.window
    backup = tmp_path / "backup.sqlite3"
    prompts.save_paths.append(str(backup))
    window.backup_database()
    wait_tasks()
    assert backup.is_file()

    window.open_assessment(assessment_id)
    window.workspace.select_item("RA-02")
    window.workspace.detail.set_status(Status.IMPLEMENTED)
    assert window.workspace.answers["RA-02"].status is Status.IMPLEMENTED

    # a damaged file is refused and nothing changes
    broken = tmp_path / "broken.sqlite3"
    broken.write_bytes(b"garbage" * 100)
    prompts.open_paths.append(str(broken))
    window.restore_database()
    wait_tasks()
    assert "broken.sqlite3" in prompts.errors[-1][1]
    assert window.workspace.answers["RA-02"].status is Status.IMPLEMENTED

    prompts.open_paths.append(str(backup))
    window.restore_database()
    wait_tasks()
    assert prompts.confirms and str(data_dir) in prompts.confirms[-1]
    qtbot.waitUntil(lambda: prompts.infos and "restored" in prompts.infos[-1][1], timeout=10000)
    answers = session.ctx.collection.answers(assessment_id)
    assert answers["RA-01"].status is Status.IMPLEMENTED
    assert "RA-02" not in answers
    kept = list(data_dir.glob("selfcheck-before-restore-*.sqlite3"))
    assert len(kept) == 1
    assert window.isEnabled()
    assert window.list_view.model.rowCount() == 1
