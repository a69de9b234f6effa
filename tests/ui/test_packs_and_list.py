"""Installing a signed pack, upgrading an assessment, and the assessments list actions."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from selfcheck.core.answers import Answer, Status
from selfcheck.core.collection import Collection
from selfcheck.core.paths import resolve_paths
from selfcheck.ui.dialogs.pack_install import PackInstallDialog
from selfcheck.ui.dialogs.upgrade import UpgradeDialog
from tests.conftest import REAL_PACK_ID, make_profile
from tests.pack_helpers import build, mini_files, trusted_key
from tests.ui.conftest import ScriptedPrompts

pytestmark = pytest.mark.gui



def test_install_signed_pack_then_upgrade_assessment(
        qtbot: Any, wait_tasks: Any, launch_window: Any, data_dir: Path, mini_packs: Path, tmp_path: Path,
        prompts: ScriptedPrompts) -> None:
    with Collection.open(resolve_paths(data_dir)) as collection:
        key = trusted_key(collection, ["mini-pack"])
        pack = collection.packs.get("mini-pack", 1)
        item_ids = [i.id for i in pack.items_for(pack.sectors[0])]
        assessment_id = collection.new_assessment(
            pack_id="mini-pack", organisation="Bureau", system_name="Triage",
            sector=pack.sectors[0], profile=make_profile())
        for item_id in item_ids[:2]:
            collection.save_answer(assessment_id, Answer(item_id=item_id,
                                                         status=Status.IMPLEMENTED))

    def reword(meta: dict[str, Any], items: list[dict[str, Any]]) -> None:
        items[0]["question"]["en"] += " (including contractors)"
        items[0]["question"]["zh"] += "（含外包人员）"

    pack_file = tmp_path / "mini-v2.ckpack"
    pack_file.write_bytes(build(mini_files(2, change=reword), key))
    garbage = tmp_path / "broken.ckpack"
    garbage.write_bytes(b"PK\x03\x04 not really a zip")

    session = launch_window("en")
    window = session.window
    window.open_assessment(assessment_id)
    assert not window.workspace.header.upgrade_button.isVisible()

    dialog = PackInstallDialog(session.ctx, window)
    dialog.inspect(garbage)
    wait_tasks()
    assert dialog.problem.isVisibleTo(dialog)
    assert "not accepted" in dialog.problem.text()
    assert not dialog.install_button.isEnabled()

    dialog.inspect(pack_file)
    wait_tasks()
    assert dialog.preview is not None
    assert "Newer version" in dialog.summary.text()
    assert item_ids[0] in dialog.details.text()
    assert dialog.install_button.isEnabled()
    dialog.install()
    wait_tasks()
    assert dialog.outcome is not None and dialog.outcome.installed
    window.workspace.refresh_header()
    assert window.workspace.header.upgrade_button.isVisibleTo(window)
    assert "2" in window.workspace.header.upgrade_button.text()

    def confirm_upgrade() -> None:
        upgrade = QApplication.activeModalWidget()
        assert isinstance(upgrade, UpgradeDialog)
        qtbot.waitUntil(lambda: upgrade.plan is not None, timeout=10000)
        assert "awaiting re-review: 1" in upgrade.counts.text()
        upgrade.upgrade_button.click()

    QTimer.singleShot(0, confirm_upgrade)
    window.workspace.header.upgrade_button.click()
    new_id = window.workspace.assessment_id
    assert new_id != assessment_id
    workspace = window.workspace
    assert workspace.assessment.pack.version == 2
    review = workspace.answers[item_ids[0]]
    assert review.needs_review and review.status is Status.IMPLEMENTED
    workspace.item_list.review_filter.setChecked(True)
    assert workspace.item_list.proxy.rowCount() == 1
    workspace.select_item(item_ids[0])
    detail = workspace.detail
    assert detail.banner.isVisibleTo(detail)
    assert "Implemented" in detail.banner.review_previous.text()
    # what changed in the wording: the added words marked, the rest as it was
    assert detail.banner.wording.isVisibleTo(detail)
    wording = detail.banner.wording.text()
    assert "(including contractors)" in wording and "line-through" not in wording
    assert "#e8f5e9" in wording
    detail.banner.review_done.click()
    assert not workspace.answers[item_ids[0]].needs_review
    # the old assessment is kept, read-only
    window.show_list()
    window.list_view.show_archived.setChecked(True)
    rows = {r.id: r for r in window.list_view.model.rows()}
    assert rows[assessment_id].read_only and rows[assessment_id].archived


def test_list_search_sector_duplicate_archive(launch_window: Any, data_dir: Path) -> None:
    with Collection.open(resolve_paths(data_dir)) as collection:
        first = collection.new_assessment(
            pack_id=REAL_PACK_ID, organisation="Water Authority", system_name="Leak finder",
            sector="cii", profile=make_profile())
        collection.new_assessment(
            pack_id=REAL_PACK_ID, organisation="Police Bureau", system_name="Case triage",
            sector="public-safety", profile=make_profile())
    session = launch_window("en")
    view = session.window.list_view
    assert view.proxy.rowCount() == 2
    view.search.setText("water")
    assert view.proxy.rowCount() == 1
    view.search.setText("")
    view.sector.setCurrentIndex(view.sector.findData("public-safety"))
    assert view.proxy.rowCount() == 1
    view.sector.setCurrentIndex(0)
    view.select(first)
    view.duplicate_button.click()
    assert view.model.rowCount() == 3
    view.select(first)
    view.archive_button.click()
    assert view.model.rowCount() == 2
    view.show_archived.setChecked(True)
    assert view.model.rowCount() == 3
    view.select(first)
    assert view.archive_button.text() == "Unarchive"
    view.open_button.click()
    assert session.window.workspace.assessment_id == first


def test_language_follows_settings_and_every_view_has_chinese(launch_window: Any,
                                                              data_dir: Path) -> None:
    with Collection.open(resolve_paths(data_dir)) as collection:
        assessment_id = collection.new_assessment(
            pack_id=REAL_PACK_ID, organisation="某局", system_name="智能助手",
            sector="government", profile=make_profile())
    session = launch_window("en")
    window = session.window
    window.set_language("zh")
    window.open_assessment(assessment_id)
    workspace = window.workspace
    assert workspace.header.back_button.text() == "◀ 自查列表"
    assert workspace.item_list.status_filter.itemText(0) == "全部状态"
    assert workspace.detail.form.title() == "您的回答"
    window.actions_.show_summary.trigger()
    assert workspace.summary.gaps_box.title() == "关键差距"
    assert workspace.summary.verdict.text() == "未完成"
    session.close()
    # the choice is remembered
    again = launch_window(None)
    assert again.ctx.lang == "zh"
    assert again.window.list_view.title.text() == "自查列表"
    assert again.window.windowTitle() == "人工智能安全自查"
