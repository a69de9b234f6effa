"""Signing identity, signed PDF export and verification, driven through their dialogs."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from selfcheck.core.answers import Answer, Status
from selfcheck.ui.dialogs.export_pdf import ExportDialog
from selfcheck.ui.dialogs.signing_identity import SigningIdentityDialog
from selfcheck.ui.dialogs.verify_report import VerifyDialog
from tests.report_support import ID_PASS, make_pki, new_assessment, open_collection
from tests.ui.conftest import ScriptedPrompts

pytestmark = pytest.mark.gui



def test_identity_export_and_verify(qtbot: Any, wait_tasks: Any, launch_window: Any, data_dir: Path,
                                    tmp_path: Path, prompts: ScriptedPrompts) -> None:
    pki = make_pki(tmp_path / "pki")
    with open_collection(data_dir) as collection:
        assessment_id = new_assessment(collection)
        for item in collection.assessment(assessment_id).items[:10]:
            collection.save_answer(assessment_id, Answer(item_id=item.id,
                                                         status=Status.IMPLEMENTED,
                                                         evidence="report"))
    session = launch_window("zh")
    ctx = session.ctx

    # choose and check the identity; a wrong passphrase is a plain inline message
    identity_dialog = SigningIdentityDialog(ctx, session.window)
    prompts.open_paths.append(str(pki.identity))
    identity_dialog.choose()
    identity_dialog.check()  # no passphrase yet: asked for, not called wrong
    assert identity_dialog.problem.text() == "请输入口令。"
    identity_dialog.passphrase.setText("wrong")
    identity_dialog.check()
    wait_tasks()
    assert identity_dialog.problem.isVisibleTo(identity_dialog)
    assert identity_dialog.identity is None
    identity_dialog.passphrase.setText(ID_PASS)
    identity_dialog.check()
    wait_tasks()
    assert identity_dialog.identity is not None
    assert "Zhang San" in identity_dialog.details.text()
    identity_dialog.accept()
    assert ctx.settings.identity_path == str(pki.identity)
    ctx.settings.sync()
    assert ID_PASS not in ctx.settings.path.read_text(encoding="utf-8")

    # export: wrong passphrase first (nothing written), then the right one
    output = tmp_path / "out" / "report.pdf"
    output.parent.mkdir()
    dialog = ExportDialog(ctx, assessment_id, session.window)
    assert dialog.sign.isChecked()
    assert dialog.identity.text() == str(pki.identity)
    assert dialog.marking.text() == "内部"
    dialog.output.setText(str(output))
    dialog.export()  # no passphrase typed: asked for
    assert dialog.problem.text() == "请输入签名身份的口令。" and not output.exists()
    dialog.passphrase.setText("wrong")
    dialog.export()
    wait_tasks()
    assert dialog.problem.isVisibleTo(dialog)
    assert not output.exists()
    dialog.passphrase.setText(ID_PASS)
    dialog.export()
    wait_tasks()
    assert dialog.outcome is not None and dialog.outcome.signed
    assert output.is_file()

    # verify: not trusted until the organisation root is added
    verify = VerifyDialog(ctx, session.window)
    verify.add_paths([output])
    wait_tasks()
    entry = verify.model.row_at(0)
    assert entry is not None and entry.result is not None and not entry.result.authentic
    assert verify.model.index(0, 1).data() == "不可信"
    verify.roots_page.add_root(str(pki.root_pem))
    wait_tasks()
    assert verify.roots_page.table.rowCount() == 1
    assert entry.result is not None and entry.result.authentic
    assert verify.model.index(0, 1).data() == "可信"
    assert "Zhang San" in verify.details.text()
    assert "未完成" in verify.details.text()  # the verdict, in the window's language
    assert not prompts.errors


def test_after_an_export_the_file_or_its_folder_can_be_opened(
        qtbot: Any, wait_tasks: Any, launch_window: Any, data_dir: Path, tmp_path: Path,
        prompts: ScriptedPrompts) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    with open_collection(data_dir) as collection:
        assessment_id = new_assessment(collection)
    session = launch_window("zh")
    window = session.window
    window.open_assessment(assessment_id)
    output = tmp_path / "导出" / "报告.pdf"
    output.parent.mkdir()

    def export_unsigned() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, ExportDialog)
        dialog.sign.setChecked(False)
        dialog.output.setText(str(output))
        dialog.export()

    for answer in (0, 1, -1):  # open the file, open its folder, close
        prompts.choice_answers.append(answer)
        QTimer.singleShot(0, export_unsigned)
        window.export_report()
        wait_tasks()
        assert output.is_file()
        assert prompts.choices[-1] == ["打开文件", "打开所在文件夹"]
        assert prompts.infos[-1][0] == "报告已导出" and str(output) in prompts.infos[-1][1]
    assert prompts.opened == [output, output.parent]
