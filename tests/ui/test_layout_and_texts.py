"""Layout and wording: the empty start view, Qt's own file dialog in Chinese, theme names
that fit, the summary's sentences and punctuation, item links in the verdict's reasons,
pack versions without nested parentheses, and confirming answers awaiting re-review."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QDateTime, QFileInfo, QLocale, QRect, Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QFileIconProvider, QLabel, QTreeView

from selfcheck.core.answers import Answer, Status
from selfcheck.core.collection import Collection
from selfcheck.core.paths import resolve_paths
from selfcheck.core.scoring import Verdict
from selfcheck.ui.dialogs.new_assessment import NewAssessmentDialog
from selfcheck.ui.file_dialogs import file_dialog
from tests.conftest import REAL_PACK_ID, make_profile
from tests.ui.test_bad_input import make_assessment

pytestmark = pytest.mark.gui


def test_empty_start_view_keeps_title_and_buttons_at_the_top(qtbot: Any, launch_window: Any,
                                                             data_dir: Path) -> None:
    session = launch_window("en")
    window = session.window
    qtbot.waitExposed(window)
    view = window.list_view
    assert view.model.rowCount() == 0
    top = view.mapTo(window, view.rect().topLeft()).y()
    assert view.title.mapTo(window, view.title.rect().topLeft()).y() - top < 40
    assert view.new_button.mapTo(window, view.new_button.rect().topLeft()).y() - top < 100
    assert view.empty_label.isVisible()
    # the message fills the table's place
    assert view.empty_label.height() > view.height() * 0.6


def _label(dialog: QFileDialog, name: str) -> str:
    label = dialog.findChild(QLabel, name)
    assert label is not None, name
    return label.text()


def test_qt_file_dialog_is_chinese_and_shows_whole_dates(qtbot: Any, launch_window: Any,
                                                         data_dir: Path,
                                                         tmp_path: Path) -> None:
    session = launch_window("zh")
    (tmp_path / "sub").mkdir()
    (tmp_path / "a.pdf").write_bytes(b"%PDF-1.4")

    def make() -> QFileDialog:
        dialog = file_dialog(session.window, "t", str(tmp_path), "PDF (*.pdf)")
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
        return dialog

    dialog = make()
    # Our catalogue fills Qt's gap; Qt 6.9 (the bundle for old x86_64 systems) labels these
    # without accelerators, and its own catalogue translates them.
    assert _label(dialog, "lookInLabel") in ("查找范围(&L)：", "查找范围：")
    assert _label(dialog, "fileTypeLabel") in ("文件类型(&T)：", "文件类型：")
    assert _label(dialog, "fileNameLabel") in ("文件名称(&N)：", "文件名称：")  # Qt's qtbase_zh_CN.qm
    assert QFileIconProvider().type(QFileInfo(str(tmp_path / "sub"))) == "文件夹"

    # the modification date (the last column) is not cut off
    dialog.show()
    qtbot.waitExposed(dialog)
    tree = dialog.findChild(QTreeView, "treeView")
    assert tree is not None
    stamp = QLocale().toString(QDateTime(2026, 12, 31, 23, 59, 0), QLocale.FormatType.ShortFormat)
    needed = tree.fontMetrics().horizontalAdvance(stamp) + 16
    assert tree.header().sectionSize(3) >= needed
    dialog.close()

    # the translators follow a language switch
    session.window.set_language("en")
    assert _label(make(), "lookInLabel") in ("&Look in:", "Look in:")
    session.window.set_language("zh")
    assert _label(make(), "lookInLabel") in ("查找范围(&L)：", "查找范围：")
    assert QFileIconProvider().type(QFileInfo(str(tmp_path / "sub"))) == "文件夹"


def test_english_theme_names_are_not_cut_off(qtbot: Any, launch_window: Any,
                                             data_dir: Path) -> None:
    assessment_id = make_assessment(data_dir)
    session = launch_window("en")
    window = session.window
    qtbot.waitExposed(window)
    window.open_assessment(assessment_id)
    themes = window.workspace.themes
    QApplication.processEvents()
    themes.doItemsLayout()
    metrics = themes.fontMetrics()
    width = themes.columnWidth(0) - 12
    longest = ""
    for n in range(themes.topLevelItemCount()):
        entry = themes.topLevelItem(n)
        title = entry.text(0)
        longest = max(longest, title, key=len)
        needed = metrics.boundingRect(QRect(0, 0, width, 10000),
                                      int(Qt.TextFlag.TextWordWrap), title).height()
        assert themes.visualItemRect(entry).height() >= needed, title
    assert metrics.horizontalAdvance(longest) > width  # some do need more than one line


def _gap_why(summary: Any) -> dict[str, str]:
    return {summary.gaps.item(r, 0).text(): summary.gaps.item(r, 3).text()
            for r in range(summary.gaps.rowCount())}


def test_summary_sentences_punctuation_and_item_links(launch_window: Any,
                                                      data_dir: Path) -> None:
    assessment_id = make_assessment(data_dir, {"RA-01": Status.NOT_IMPLEMENTED,
                                               "AC-01": Status.PARTIAL,
                                               "RA-02": Status.IMPLEMENTED})
    session = launch_window("en")
    window = session.window
    window.open_assessment(assessment_id)
    workspace = window.workspace
    workspace.show_summary()
    summary = workspace.summary
    why = _gap_why(summary)
    assert why["RA-01"] == "Critical item not implemented"
    assert why["AC-01"] == "Critical item only partially implemented"
    assert "Implemented 1, Partially implemented 1, Not implemented 1" in summary.figures.text()
    reasons = summary.reasons.text()
    assert '<a href="item:RA-01">RA-01</a>, <a href="item:AC-01">AC-01</a>' in reasons
    summary.reasons.linkActivated.emit("item:AC-01")  # a click on the link
    assert workspace.tabs.currentIndex() == 0
    assert workspace.current_item_id() == "AC-01"

    window.set_language("zh")
    workspace.show_summary()
    why = _gap_why(summary)
    assert why["RA-01"] == "关键项未落实"
    assert why["AC-01"] == "关键项仅部分落实"
    figures = summary.figures.text()
    assert "已落实 1，部分落实 1，未落实 1" in figures and ", " not in figures
    assert '<a href="item:RA-01">RA-01</a>、<a href="item:AC-01">AC-01</a>' \
        in summary.reasons.text()


def test_confirming_an_answer_clears_its_re_review(qtbot: Any, launch_window: Any,
                                                   data_dir: Path) -> None:
    with Collection.open(resolve_paths(data_dir)) as collection:
        assessment_id = collection.new_assessment(
            pack_id=REAL_PACK_ID, pack_version=1, organisation="Test Bureau",
            system_name="Case triage", sector="government", profile=make_profile())
        for item in collection.assessment(assessment_id).items:
            collection.save_answer(assessment_id, Answer(
                item_id=item.id, status=Status.IMPLEMENTED, evidence="register",
                needs_review=item.id in ("RA-02", "AU-02")))
    session = launch_window("en")
    window = session.window
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    window.open_assessment(assessment_id)
    workspace = window.workspace
    assert workspace.score.verdict is Verdict.INCOMPLETE
    workspace.show_summary()
    summary = workspace.summary
    assert "need re-review" in summary.reasons.text()
    assert '<a href="item:RA-02">RA-02</a>, <a href="item:AU-02">AU-02</a>' \
        in summary.reasons.text()

    # jump from the reason to the item and confirm its status with the key "1"
    summary.reasons.linkActivated.emit("item:RA-02")
    assert workspace.current_item_id() == "RA-02"
    assert workspace.detail.banner.isVisibleTo(workspace.detail)
    assert workspace.item_list.table.hasFocus()
    qtbot.keyClick(workspace.item_list.table, Qt.Key.Key_1)
    assert not workspace.answers["RA-02"].needs_review
    assert workspace.answers["RA-02"].status is Status.IMPLEMENTED
    assert not workspace.detail.banner.isVisibleTo(workspace.detail)
    assert workspace.score.pending_review == ["AU-02"]
    workspace.show_summary()
    assert 'href="item:RA-02"' not in summary.reasons.text()
    with Collection.open(resolve_paths(data_dir), install_builtin=False) as other:
        assert other.score(assessment_id).pending_review == ["AU-02"]


def test_pack_versions_are_shown_without_nested_parentheses(launch_window: Any,
                                                            data_dir: Path) -> None:
    assessment_id = make_assessment(data_dir)
    session = launch_window("en")
    window = session.window
    window.open_assessment(assessment_id)
    subtitle = window.workspace.header.subtitle.text()
    assert " · v1 · 1.0 (2026-11)" in subtitle and "((" not in subtitle
    dialog = NewAssessmentDialog(session.ctx, window)
    texts = [dialog.pack.itemText(n) for n in range(dialog.pack.count())]
    assert any(t.endswith("version 2 · 2.0 (2026-11) · 78 items") for t in texts), texts
    window.set_language("zh")
    assert " · 第 1 版 · 1.0 (2026-11)" in window.workspace.header.subtitle.text()
    texts = [dialog.pack.itemText(n) for n in range(dialog.pack.count())]
    assert any(t.endswith("第 2 版 · 2.0 (2026-11) · 78 个检查项") for t in texts), texts


def test_a_later_window_does_not_keep_the_earlier_ones_translators(launch_window: Any,
                                                                    data_dir: Path) -> None:
    from PySide6.QtWidgets import QDialogButtonBox

    first = launch_window("zh")
    assert first.window.list_view.title.text() == "自查列表"
    first.close()
    second = launch_window("en")
    assert second.window.list_view.title.text() == "Assessments"
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == "Cancel"  # not 取消


def test_a_real_gap_is_not_buried_among_unanswered_critical_items(
        launch_window: Any, data_dir: Path) -> None:
    from selfcheck.core.scoring import is_effectively_critical

    assessment_id = make_assessment(data_dir)
    with Collection.open(resolve_paths(data_dir)) as collection:
        assessment = collection.assessment(assessment_id)
        critical = [item.id for item in assessment.items
                    if is_effectively_critical(item, assessment.grade)]
        collection.save_answer(assessment_id, Answer(
            item_id=critical[-1], status=Status.NOT_IMPLEMENTED, justification="Not yet"))
    session = launch_window("zh")
    window = session.window
    window.open_assessment(assessment_id)
    window.workspace.show_summary()
    summary = window.workspace.summary
    assert summary.gap_item_ids() == [critical[-1]]  # the one real gap, on its own
    unanswered = summary.unanswered_item_ids()
    assert len(unanswered) == len(critical) - 1 > 8
    box = summary.unanswered_box
    assert box.title() == f"尚未作答的关键项（{len(unanswered)}）"
    # the long list starts folded; unfolding it shows the rows
    assert box.toggle.isVisibleTo(summary) and not box.table.isVisibleTo(summary)
    box.toggle.click()
    assert box.table.isVisibleTo(summary)


def test_file_dialog_sizes_and_dates_follow_the_window(qtbot: Any, launch_window: Any,
                                                       tmp_path: Path) -> None:
    """Sizes as the window writes them ("88 KB", never cut to "88.…KiB") and dates in the
    window's language, also after switching it (Qt would use the system's locale)."""
    session = launch_window("zh")
    evidence = tmp_path / "evidence.bin"
    evidence.write_bytes(b"x" * 90_000)

    def rows(lang: str) -> tuple[list[str], bool, str]:
        session.window.set_language(lang)
        expected_date = QLocale().toString(QFileInfo(str(evidence)).lastModified(),
                                           QLocale.FormatType.ShortFormat)
        dialog = file_dialog(session.window, "t", str(tmp_path))
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        tree = dialog.findChild(QTreeView, "treeView")
        assert tree is not None
        model = tree.model()
        qtbot.waitUntil(lambda: model.rowCount(tree.rootIndex()) == 1)
        cells = [str(model.index(0, c, tree.rootIndex()).data()) for c in range(4)]
        fits = all(tree.fontMetrics().horizontalAdvance(cells[c]) + 8
                   <= tree.header().sectionSize(c) for c in (1, 3))
        dialog.close()
        return cells, fits, expected_date

    for lang, separator in (("zh", "/"), ("en", "/")):
        cells, fits, expected_date = rows(lang)
        assert cells[1] == "88 KB" and fits, cells
        assert cells[3] == expected_date and separator in cells[3]
    assert rows("zh")[0][3].startswith(str(QDateTime.currentDateTime().date().year()))
    assert rows("en")[0][3].split("/")[2].startswith(str(QDateTime.currentDateTime().date().year()))
