"""What the export and backup dialogs write: always a .pdf report, never the signer
identity or the program's database, and an existing file only after a confirmation
that names it. The export signs by default when an identity is set up and says so
plainly when it does not."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from selfcheck.ui.dialogs.export_pdf import ExportDialog
from selfcheck.ui.dialogs.signing_identity import SigningIdentityDialog
from selfcheck.ui.tasks import pending_tasks
from tests.ui.conftest import ScriptedPrompts
from tests.ui.test_bad_input import make_assessment

pytestmark = pytest.mark.gui

DATABASE_FILES = ("selfcheck.sqlite3", "selfcheck.sqlite3-wal", "selfcheck.sqlite3-shm")



def _identity(tmp_path: Path) -> Path:
    identity = tmp_path / "keys" / "signer.p12"
    identity.parent.mkdir()
    identity.write_bytes(b"\x30\x82 not really a PKCS#12 file")
    return identity


def test_export_never_writes_the_identity_or_the_database(
        qtbot: Any, wait_tasks: Any, launch_window: Any, data_dir: Path, tmp_path: Path,
        prompts: ScriptedPrompts) -> None:
    assessment_id = make_assessment(data_dir)
    identity = _identity(tmp_path)
    identity_bytes = identity.read_bytes()
    session = launch_window("en")
    session.ctx.settings.identity_path = str(identity)
    dialog = ExportDialog(session.ctx, assessment_id, session.window)
    assert dialog.sign.isChecked()  # an identity is set up: signing is the default
    assert not dialog.unsigned_notice.isVisibleTo(dialog)
    assert dialog.export_button.text() == "Export and sign"

    # typed: the identity file itself is refused inline, before any work starts
    dialog.output.setText(str(identity))
    dialog.export()
    assert pending_tasks() == 0
    assert dialog.problem.isVisibleTo(dialog)
    assert "signer identity file" in dialog.problem.text()
    assert str(identity) in dialog.problem.text()
    # chosen with Browse…: refused as well, and the field keeps its previous value;
    # Qt's own (unnamed) replace question is not asked, the dialog asks by name
    dialog.output.setText(str(tmp_path / "report.pdf"))
    prompts.save_paths.append(str(identity))
    dialog._choose_output()
    assert "signer identity file" in dialog.problem.text()
    assert dialog.output.text() == str(tmp_path / "report.pdf")
    # the database and its companions
    for name in DATABASE_FILES:
        dialog.output.setText(str(data_dir / name))
        dialog.export()
        assert pending_tasks() == 0
        assert "the program's database" in dialog.problem.text(), name
    assert identity.read_bytes() == identity_bytes
    assert not prompts.confirms
    session.ctx.collection.answers(assessment_id)  # the database is intact

    # a name without .pdf gets it (unsigned here: the test identity is not real)
    dialog.sign.setChecked(False)
    out = tmp_path / "out"
    out.mkdir()
    dialog.output.setText(str(out / "report"))
    dialog.export()
    wait_tasks()
    assert dialog.outcome is not None, dialog.problem.text()
    assert dialog.output.text() == str(out / "report.pdf")
    assert (out / "report.pdf").is_file()
    assert not (out / "report").exists()
    assert not prompts.errors


def test_export_asks_by_name_before_replacing_a_report(
        qtbot: Any, wait_tasks: Any, launch_window: Any, data_dir: Path, tmp_path: Path,
        prompts: ScriptedPrompts) -> None:
    assessment_id = make_assessment(data_dir)
    session = launch_window("en")
    existing = tmp_path / "报告.pdf"
    existing.write_bytes(b"%PDF-1.4 an older report")
    dialog = ExportDialog(session.ctx, assessment_id, session.window)
    dialog.output.setText(str(existing))
    prompts.confirm_answer = False
    dialog.export()
    assert pending_tasks() == 0
    assert "“报告.pdf” already exists in " + str(tmp_path) in prompts.confirms[-1]
    assert existing.read_bytes() == b"%PDF-1.4 an older report"
    assert dialog.outcome is None

    prompts.confirm_answer = True
    dialog.export()
    wait_tasks()
    assert dialog.outcome is not None, dialog.problem.text()
    assert existing.read_bytes().startswith(b"%PDF") and existing.stat().st_size > 1000

    # the core's refusals appear in the dialog, in the window's language
    folder = tmp_path / "folder.pdf"
    folder.mkdir()
    again = ExportDialog(session.ctx, assessment_id, session.window)
    again.output.setText(str(folder))
    again.export()
    wait_tasks()
    assert again.outcome is None
    assert again.problem.isVisibleTo(again)
    assert "folder" in again.problem.text()
    assert not prompts.errors


def test_export_without_identity_is_plainly_unsigned_and_offers_one(
        qtbot: Any, launch_window: Any, data_dir: Path, tmp_path: Path,
        prompts: ScriptedPrompts) -> None:
    assessment_id = make_assessment(data_dir)
    session = launch_window("zh")
    ctx = session.ctx
    dialog = ExportDialog(ctx, assessment_id, session.window)
    assert not dialog.sign.isChecked()
    assert dialog.unsigned_notice.isVisibleTo(dialog)
    assert "未签名" in dialog.unsigned_text.text()
    assert "尚未设置签名身份" in dialog.unsigned_text.text()
    assert dialog.setup_identity_button.isVisibleTo(dialog)
    assert dialog.export_button.text() == "导出（不签名）"

    # a remembered identity that has gone away is not silently used
    ctx.settings.identity_path = str(tmp_path / "gone.p12")
    gone = ExportDialog(ctx, assessment_id, session.window)
    assert not gone.sign.isChecked()
    assert "找不到签名身份文件" in gone.unsigned_text.text()

    # set one up from the export dialog: the report is then signed
    identity = _identity(tmp_path)

    def choose() -> None:
        setup = QApplication.activeModalWidget()
        assert isinstance(setup, SigningIdentityDialog)
        prompts.open_paths.append(str(identity))
        setup.choose()
        setup.accept()

    QTimer.singleShot(0, choose)
    dialog.setup_identity_button.click()
    assert dialog.sign.isChecked()
    assert dialog.identity.text() == str(identity)
    assert not dialog.unsigned_notice.isVisibleTo(dialog)
    assert dialog.export_button.text() == "导出并签名"
    dialog.sign.setChecked(False)
    assert dialog.unsigned_notice.isVisibleTo(dialog)
    assert not dialog.setup_identity_button.isVisibleTo(dialog)
    assert "对报告进行数字签名" in dialog.unsigned_text.text()


def test_backup_refuses_the_live_database_and_names_the_file_it_replaces(
        qtbot: Any, wait_tasks: Any, launch_window: Any, data_dir: Path, tmp_path: Path,
        prompts: ScriptedPrompts) -> None:
    assessment_id = make_assessment(data_dir)
    session = launch_window("en")
    window = session.window
    before = (data_dir / "selfcheck.sqlite3").stat().st_size
    for name in DATABASE_FILES:
        prompts.save_paths.append(str(data_dir / name))
        window.backup_database()
        assert pending_tasks() == 0
        title, message = prompts.errors[-1]
        assert title == "Backup not written"
        assert "database the program is using" in message and name in message
    assert not prompts.confirms
    assert (data_dir / "selfcheck.sqlite3").stat().st_size >= before
    session.ctx.collection.answers(assessment_id)

    # restoring "from" the live database is refused too
    prompts.open_paths.append(str(data_dir / "selfcheck.sqlite3"))
    window.restore_database()
    assert pending_tasks() == 0
    assert "not a backup" in prompts.errors[-1][1]
    assert not prompts.confirms

    other = tmp_path / "old-backup.sqlite3"
    other.write_bytes(b"an older backup")
    prompts.confirm_answer = False
    prompts.save_paths.append(str(other))
    window.backup_database()
    assert pending_tasks() == 0
    assert "“old-backup.sqlite3” already exists in " + str(tmp_path) in prompts.confirms[-1]
    assert other.read_bytes() == b"an older backup"

    prompts.confirm_answer = True
    prompts.save_paths.append(str(other))
    errors = len(prompts.errors)
    window.backup_database()
    wait_tasks()
    assert len(prompts.errors) == errors
    with sqlite3.connect(other) as copy:
        assert copy.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
