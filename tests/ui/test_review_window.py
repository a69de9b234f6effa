"""Tools → Report register…: a reviewer imports a folder of received reports (authentic,
tampered, unsigned, duplicate), filters and searches the register, opens the gap
matrix, the history and a comparison of two versions, exports and removes — in the
real window, offscreen."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt

from selfcheck.ui.review.register_model import NOTES, ORGANISATION, PACK, SCORE, SIGNED_AT, VERDICT
from selfcheck.ui.review.window import COMPARE, HISTORY, MATRIX, REGISTER, ReviewWindow
from tests.review_support import Corpus
from tests.ui.conftest import ScriptedPrompts
from tests.ui.test_verify_dialog import drop

pytestmark = pytest.mark.gui




def open_register(launch_window: Any, review_corpus: Corpus, lang: str = "en") -> tuple[Any, ReviewWindow]:
    session = launch_window(lang)
    session.ctx.collection.report_roots.add(review_corpus.root_pem)
    session.window.actions_.register.trigger()
    review = session.window.review_window
    assert isinstance(review, ReviewWindow) and review.isVisible()
    return session, review


def import_inbox(qtbot: Any, wait_tasks: Any, review: ReviewWindow, prompts: ScriptedPrompts,
                 corp: Corpus) -> None:
    prompts.open_folders.append(str(corp.inbox))
    review.import_folder_action.trigger()
    wait_tasks()
    qtbot.waitUntil(lambda: review.panel.summary is not None, timeout=60000)


def visible_systems(review: ReviewWindow) -> list[str]:
    return sorted(e.row.system_name for e in review.register.proxy.visible_entries())


def select_rows(review: ReviewWindow, predicate: Any) -> None:
    ids = [e.row.id for e in review.register.proxy.visible_entries() if predicate(e)]
    review.register.select_reports(ids)


def test_import_a_folder_filter_and_search(qtbot: Any, wait_tasks: Any, launch_window: Any, mini_packs: Path,
                                           prompts: ScriptedPrompts, review_corpus: Corpus) -> None:
    _, review = open_register(launch_window, review_corpus)
    import_inbox(qtbot, wait_tasks, review, prompts, review_corpus)
    panel = review.panel
    assert "4 added, 1 already in the register, 2 rejected" in panel.status.text()
    rejected = {Path(row[0]).name: row[1] for row in panel.rejected_model.table.rows}
    assert set(rejected) == {"A-unsigned.pdf", "B-tampered.pdf"}
    assert "not signed" in rejected["A-unsigned.pdf"]
    assert panel.rejected.isVisibleTo(review)

    register = review.register
    assert register.model.rowCount() == 4 and register.proxy.rowCount() == 3
    assert register.count.text() == "3 of 4 reports"
    register.latest.setChecked(False)
    assert register.proxy.rowCount() == 4
    register.search.insert("应急")  # as an input method commits it (QTest types ASCII only)
    assert visible_systems(review) == ["灾情信息自动汇总系统"]
    register.search.clear()
    qtbot.keyClicks(register.search, "not met")
    assert visible_systems(review) == ["市民热线智能问答助手", "灾情信息自动汇总系统"]
    register.search.clear()
    register.verdict.setCurrentIndex(register.verdict.findData("met"))
    assert visible_systems(review) == ["公文智能校对", "市民热线智能问答助手"]
    register.verdict.setCurrentIndex(0)
    register.with_notes.setChecked(True)
    (noted,) = register.proxy.visible_entries()
    assert noted.row.organisation == "某区应急管理局"
    row = register.proxy.index(0, VERDICT)
    assert register.proxy.data(row) == "Not met"
    notes_cell = register.proxy.index(0, NOTES)
    assert "测试局" in register.proxy.data(notes_cell, Qt.ItemDataRole.ToolTipRole)
    register.with_notes.setChecked(False)

    # sorting: numbers as numbers, the selection stays with its report
    select_rows(review, lambda e: e.row.organisation == "某区应急管理局")
    register.table.sortByColumn(SCORE, Qt.SortOrder.DescendingOrder)
    scores = [e.row.percent for e in register.proxy.visible_entries()]
    assert scores == sorted(scores, reverse=True) and len(scores) == 4
    assert [e.row.organisation for e in register.selected()] == ["某区应急管理局"]
    register.search.setText("交通")  # filtering keeps the order
    scores = [e.row.percent for e in register.proxy.visible_entries()]
    assert scores == sorted(scores, reverse=True) and len(scores) == 3
    register.search.clear()
    register.table.sortByColumn(SIGNED_AT, Qt.SortOrder.AscendingOrder)
    times = [e.row.signing_time for e in register.proxy.visible_entries()]
    assert times == sorted(times)

    # the same folder again: nothing new
    import_inbox(qtbot, wait_tasks, review, prompts, review_corpus)
    assert "0 added, 5 already in the register, 2 rejected" in review.panel.status.text()
    assert register.model.rowCount() == 4


def test_matrix_history_comparison_export_and_removal(
        qtbot: Any, wait_tasks: Any, launch_window: Any, mini_packs: Path, prompts: ScriptedPrompts,
        review_corpus: Corpus, tmp_path: Path) -> None:
    session, review = open_register(launch_window, review_corpus)
    import_inbox(qtbot, wait_tasks, review, prompts, review_corpus)
    register = review.register

    review.tab_actions[MATRIX].trigger()
    model = review.matrix.matrix_model
    assert model.rowCount() == 2 and model.columnCount() == 5
    assert model.headerData(2, Qt.Orientation.Horizontal) in {
        "Limiting the AI system's data access", "Human oversight",
        "No sole reliance; fallback to manual"}
    emergency = model.index(0, 1)
    assert model.data(emergency).startswith("88.2%")
    assert "Critical gap" in model.data(emergency, Qt.ItemDataRole.ToolTipRole)
    proxy_index = review.matrix.proxy.mapFromSource(model.index(1, 1))
    review.matrix.table.doubleClicked.emit(proxy_index)  # the bureau's two newest reports
    assert review.tabs.currentIndex() == REGISTER
    assert visible_systems(review) == ["公文智能校对", "市民热线智能问答助手"]
    assert register.show_all.isVisibleTo(review)
    qtbot.mouseClick(register.show_all, Qt.MouseButton.LeftButton)
    assert register.proxy.rowCount() == 3

    select_rows(review, lambda e: e.row.system_name == "市民热线智能问答助手")
    assert register.history_button.isEnabled()
    qtbot.mouseClick(register.history_button, Qt.MouseButton.LeftButton)
    assert review.tabs.currentIndex() == HISTORY
    history = review.history.rows_model.table.rows
    assert [row[0] for row in history] == ["1/2", "2/2"]
    assert history[1][-1] == "HO-01, MF-01"  # gaps closed by version 2

    # one selected: compared with the version before it
    qtbot.mouseClick(register.compare_button, Qt.MouseButton.LeftButton)
    assert review.tabs.currentIndex() == COMPARE
    shown = {row[0]: row[5] for row in review.compare.rows_model.table.rows}
    assert shown == {"HO-01": "Improved", "HO-02": "Improved", "MF-01": "Improved",
                     "DA-01": "Regressed", "MF-02": "Applicability changed"}
    review.compare.show_unchanged.setChecked(True)
    assert len(review.compare.rows_model.table.rows) == 6
    assert "Improved 3" in review.compare.summary.text()

    target = tmp_path / "comparison.xlsx"
    prompts.save_paths.append(str(target))
    review.export_compare_action.trigger()
    wait_tasks()
    sheet = load_workbook(target).active
    assert sheet.max_row == 7 and sheet["F2"].value in {"Improved", "Unchanged", "Regressed",
                                                        "Applicability changed"}

    review.tabs.setCurrentIndex(REGISTER)
    register.search.setText("应急")
    target = tmp_path / "filtered.csv"
    prompts.save_paths.append(str(target))
    review.export_register_action.trigger()
    wait_tasks()
    assert len(target.read_text("utf-8-sig").splitlines()) == 2  # the header and the one row
    register.search.clear()

    select_rows(review, lambda e: e.row.organisation == "某区应急管理局")
    prompts.confirm_answer = True
    qtbot.mouseClick(register.remove_button, Qt.MouseButton.LeftButton)
    assert register.model.rowCount() == 3 and review_corpus.b.is_file()
    assert prompts.confirms and "not touched" in prompts.confirms[-1]
    assert session.ctx.collection.audit_entries()[-1].action == "review-report-removed"


def test_drop_a_folder_and_read_it_in_chinese(qtbot: Any, wait_tasks: Any, launch_window: Any,
                                              mini_packs: Path,
                                              review_corpus: Corpus) -> None:
    _, review = open_register(launch_window, review_corpus, "zh")
    assert drop(review, [review_corpus.a_v1, review_corpus.a_v2, review_corpus.b])
    wait_tasks()
    qtbot.waitUntil(lambda: review.panel.summary is not None, timeout=60000)
    assert "新登记 3 份" in review.panel.status.text()
    assert review.windowTitle() == "报告登记簿"
    assert review.tabs.tabText(MATRIX) == "单位×主题"
    register = review.register
    assert register.model.headerData(ORGANISATION, Qt.Orientation.Horizontal) == "单位"
    verdicts = {register.proxy.data(register.proxy.index(r, VERDICT))
                for r in range(register.proxy.rowCount())}
    assert verdicts == {"符合", "不符合"}
    packs = {register.proxy.data(register.proxy.index(r, PACK))
             for r in range(register.proxy.rowCount())}
    assert len(packs) == 1 and next(iter(packs)).startswith("《")  # by title, not by id
    register.search.insert("不符合")
    assert visible_systems(review) == ["灾情信息自动汇总系统"]
