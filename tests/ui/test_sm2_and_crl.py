"""The window with SM2: the identity dialog and the verify view name the algorithm, and a
reviewer adds a revocation list under “Trusted roots”, which checks the reports again."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from selfcheck.core import pki as core_pki
from selfcheck.core.pki import revocation
from selfcheck.ui.dialogs.signing_identity import SigningIdentityDialog
from selfcheck.ui.dialogs.verify_report import VerifyDialog
from selfcheck.ui.models.verified_reports import AUTHENTIC
from tests.report_support import CA_PASS, ID_PASS, fill_answers, make_pki, new_assessment, open_collection
from tests.ui.conftest import ScriptedPrompts

pytestmark = pytest.mark.gui


def test_sm2_identity_report_and_revocation_list(qtbot: Any, wait_tasks: Any, launch_window: Any,
                                                 prompts: ScriptedPrompts, data_dir: Path,
                                                 tmp_path: Path) -> None:
    pki = make_pki(tmp_path / "pki", core_pki.SM2)
    report = tmp_path / "报告.pdf"
    with open_collection(data_dir) as collection:
        assessment_id = new_assessment(collection)
        fill_answers(collection, assessment_id, tmp_path / "evidence")
        collection.reports.export(assessment_id, report, identity=pki.identity,
                                  passphrase=ID_PASS, lang="zh", marking="内部")
    session = launch_window("zh")
    ctx = session.ctx

    identity_dialog = SigningIdentityDialog(ctx, session.window)
    qtbot.addWidget(identity_dialog)
    prompts.open_paths.append(str(pki.identity))
    identity_dialog.choose()
    identity_dialog.passphrase.setText(ID_PASS)
    identity_dialog.check()
    wait_tasks()
    assert identity_dialog.identity is not None
    assert "签名算法： SM2/SM3" in identity_dialog.details.text()

    dialog = VerifyDialog(ctx, session.window)
    qtbot.addWidget(dialog)
    dialog.roots_page.add_root(str(pki.root_pem))
    dialog.add_paths([report])
    wait_tasks()
    assert dialog.model.index(0, AUTHENTIC).data() == "可信"
    dialog.table.selectRow(0)
    dialog.table.setCurrentIndex(dialog.model.index(0, 0))
    assert "SM2/SM3" in dialog.details.text()
    assert dialog.roots_page.table.item(0, 3).text() == "无"

    # the CA holder revokes the signer; the reviewer adds the list: the report is refused
    revocation.revoke(pki.ca_dir, "张三 Zhang San", "key-compromise")
    crl = tmp_path / "2026-12.crl"
    revocation.issue_crl(pki.ca_dir, CA_PASS, crl)
    prompts.open_paths.append(str(crl))
    dialog.roots_page.add_crl()
    assert dialog.checking == 1
    wait_tasks()
    assert dialog.model.index(0, AUTHENTIC).data() == "不可信"
    entry = dialog.model.row_at(0)
    assert entry is not None and entry.result is not None
    assert "被吊销" in entry.result.localized_reason("zh")
    assert dialog.roots_page.table.item(0, 3).text().startswith("第 1 号：吊销 1 个")

    # an older list is not kept and says so; a file that is no CRL is a plain error
    prompts.open_paths.append(str(crl))
    dialog.roots_page.add_crl()
    assert prompts.infos and "更新的吊销列表" in prompts.infos[-1][1]
    junk = tmp_path / "junk.crl"
    junk.write_bytes(b"junk")
    prompts.open_paths.append(str(junk))
    dialog.roots_page.add_crl()
    assert prompts.errors and "证书吊销列表" in prompts.errors[-1][1]


def test_a_root_and_a_revocation_list_are_added_only_after_confirmation(
        qtbot: Any, launch_window: Any, prompts: ScriptedPrompts, data_dir: Path,
        tmp_path: Path) -> None:
    from selfcheck.core.pki.roots import ReportRoots

    pki = make_pki(tmp_path / "pki", core_pki.SM2)
    session = launch_window("zh")
    dialog = VerifyDialog(session.ctx, session.window)
    qtbot.addWidget(dialog)
    page = dialog.roots_page
    root = ReportRoots(session.ctx.paths.trust_dir).inspect(pki.root_pem)

    # declined: nothing is trusted, though the whole fingerprint, subject and validity
    # were shown
    prompts.confirm_answer = False
    page.add_root(str(pki.root_pem))
    shown = prompts.confirms[-1]
    assert " ".join(root.fingerprint[n:n + 8] for n in range(0, 64, 8)) in shown
    assert root.subject in shown and f"{root.not_after:%Y-%m-%d}" in shown
    assert "逐位核对" in shown
    assert page.count() == 0 and dialog.no_roots.isVisibleTo(dialog)

    prompts.confirm_answer = True
    page.add_root(str(pki.root_pem))
    assert page.count() == 1
    confirms = len(prompts.confirms)
    page.add_root(str(pki.root_pem))  # the same root again: said so, not asked
    assert len(prompts.confirms) == confirms and "已是本机信任的根证书" in prompts.infos[-1][1]

    revocation.revoke(pki.ca_dir, "张三 Zhang San", "key-compromise")
    crl = tmp_path / "2026-12.crl"
    revocation.issue_crl(pki.ca_dir, CA_PASS, crl)
    prompts.confirm_answer = False
    page.add_crl(str(crl))
    assert "编号：1" in prompts.confirms[-1] and "已吊销的签名证书：1 个" in prompts.confirms[-1]
    assert page.table.item(0, 3).text() == "无"  # not kept
    prompts.confirm_answer = True
    page.add_crl(str(crl))
    assert page.table.item(0, 3).text().startswith("第 1 号")
