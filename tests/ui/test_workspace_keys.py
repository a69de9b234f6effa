"""Keyboard answering in the workspace: moving on gives the keyboard back to the item
list, and a status key never takes text that was not typed for the item it answers."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from selfcheck.core.answers import Status
from tests.ui.test_bad_input import make_assessment

pytestmark = pytest.mark.gui


def _open(qtbot: Any, launch_window: Any, data_dir: Path) -> Any:
    assessment_id = make_assessment(data_dir)
    session = launch_window("en")
    window = session.window
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    assert window.open_assessment(assessment_id)
    return window.workspace


def _texts(detail: Any) -> list[str]:
    return [detail.form.justification.toPlainText(), detail.form.evidence.toPlainText(),
            detail.form.owner.text()]


@pytest.mark.parametrize("move_key", [Qt.Key.Key_N, Qt.Key.Key_P])
def test_alt_n_p_from_the_justification_returns_the_keyboard_to_the_list(
        qtbot: Any, launch_window: Any, data_dir: Path, move_key: Qt.Key) -> None:
    workspace = _open(qtbot, launch_window, data_dir)
    detail, table = workspace.detail, workspace.item_list.table
    first = workspace.current_item_id()
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_3)  # not implemented: a draft; the keyboard stays
    assert table.hasFocus()
    qtbot.keyClick(table, Qt.Key.Key_J)  # J: write the justification
    assert detail.form.justification.hasFocus()
    qtbot.keyClicks(detail.form.justification, "Accounts are shared")
    qtbot.keyClick(detail.form.justification, move_key, Qt.KeyboardModifier.AltModifier)
    assert workspace.answers[first].status is Status.NOT_IMPLEMENTED
    assert workspace.answers[first].justification == "Accounts are shared"

    following = workspace.current_item_id()
    assert following != first
    assert table.hasFocus()  # the list has the keyboard again, not the text field
    assert _texts(detail) == ["", "", ""]

    # "3", pressed wherever the keyboard is, is a status key again: the item shown gets
    # "not implemented" as a draft with the inline message, and no "3" lands in any of
    # its text fields
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_3)
    assert detail.item.id == following
    assert detail.form.status_buttons[Status.NOT_IMPLEMENTED].isChecked()
    assert detail.form.inline_error.isVisibleTo(detail)
    assert "justification is required" in detail.form.inline_error.text()
    assert following in workspace.drafts
    assert following not in workspace.answers
    assert "3" not in "".join(_texts(detail))
    assert workspace.drafts[following].justification == ""
    assert workspace.answers[first].justification == "Accounts are shared"


def test_plain_n_returns_the_keyboard_to_the_list(qtbot: Any, launch_window: Any,
                                                  data_dir: Path) -> None:
    workspace = _open(qtbot, launch_window, data_dir)
    detail = workspace.detail
    first = workspace.current_item_id()
    detail.form.flag.setFocus()  # a control of the detail pane, not a text field
    qtbot.keyClick(detail.form.flag, Qt.Key.Key_N)
    assert workspace.current_item_id() != first
    assert workspace.item_list.table.hasFocus()


def test_text_typed_for_one_item_stays_with_that_item(qtbot: Any, launch_window: Any,
                                                       data_dir: Path) -> None:
    workspace = _open(qtbot, launch_window, data_dir)
    detail = workspace.detail
    first = workspace.current_item_id()
    detail.form.justification.setFocus()
    qtbot.keyClicks(detail.form.justification, "Notes for the first item")
    qtbot.keyClick(detail.form.justification, Qt.Key.Key_N, Qt.KeyboardModifier.AltModifier)
    second = workspace.current_item_id()
    assert second != first
    # partial needs a justification: the first item's text must not count for this one
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_2)
    assert detail.form.status_buttons[Status.PARTIAL].isChecked()
    assert "justification is required" in detail.form.inline_error.text()
    assert second not in workspace.answers
    assert workspace.drafts[second].justification == ""
    # Ctrl+2 from the (empty) justification field of the second item: still a draft
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_J)
    assert detail.form.justification.hasFocus()
    qtbot.keyClick(detail.form.justification, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert second not in workspace.answers
    assert detail.form.justification.toPlainText() == ""
    # the first item's text was kept for the first item
    workspace.select_item(first)
    assert detail.form.justification.toPlainText() == "Notes for the first item"


def test_a_search_that_hides_the_item_being_answered_keeps_it_in_the_detail(
        qtbot: Any, launch_window: Any, data_dir: Path) -> None:
    workspace = _open(qtbot, launch_window, data_dir)
    detail, table = workspace.detail, workspace.item_list.table
    first = workspace.current_item_id()
    other = workspace.item_list.model.row_at(3).item
    workspace.item_list.search.setFocus()
    qtbot.keyClicks(workspace.item_list.search, other.id)  # matches another item only
    assert workspace.item_list.proxy.rowCount() >= 1
    assert first not in [workspace.item_list.proxy.item_id(r) for r in range(workspace.item_list.proxy.rowCount())]
    assert workspace.current_item_id() == first  # not swapped while typing
    assert detail.item.id == first
    assert not table.selectionModel().hasSelection()

    # answering still goes to the item shown; moving into the list picks a listed item
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_1)
    assert workspace.answers[first].status is Status.IMPLEMENTED
    qtbot.keyClick(table, Qt.Key.Key_Down)
    assert workspace.current_item_id() == workspace.item_list.proxy.item_id(0)

    # clearing the search shows everything with that item still selected
    chosen = workspace.current_item_id()
    workspace.item_list.search.clear()
    assert workspace.item_list.proxy.rowCount() == workspace.item_list.model.rowCount()
    assert workspace.current_item_id() == chosen
    assert workspace.item_list.proxy.item_id(table.currentIndex().row()) == chosen


def test_the_next_assessment_never_shows_the_previous_ones_answer(
        qtbot: Any, launch_window: Any, data_dir: Path) -> None:
    workspace = _open(qtbot, launch_window, data_dir)  # assessment 1, first item shown
    detail = workspace.detail
    first = workspace.current_item_id()
    detail.set_status(Status.IMPLEMENTED)
    detail.flush()
    assert workspace.answers[first].status is Status.IMPLEMENTED
    second_id = make_assessment(data_dir)
    window = workspace.window()
    # the second assessment (same pack, nothing answered) starts at the same item id
    assert window.open_assessment(second_id)
    assert workspace.current_item_id() == first
    assert detail.assessment_id == second_id
    assert not detail.form.status_buttons[Status.IMPLEMENTED].isChecked()
    detail.set_status(Status.PARTIAL)
    detail.form.justification.setPlainText("only the day shift")
    detail.flush()
    collection = workspace.ctx.collection
    assert collection.answers(second_id)[first].status is Status.PARTIAL
    assert collection.answers(second_id - 1)[first].status is Status.IMPLEMENTED


def test_j_after_a_status_key_never_types_into_the_justification(
        qtbot: Any, launch_window: Any, data_dir: Path) -> None:
    """The documented flow 3 then J: the J moves the keyboard, it types no "j"; and a
    lone "j" typed as a justification is refused (the core wants two characters)."""
    workspace = _open(qtbot, launch_window, data_dir)
    detail, table = workspace.detail, workspace.item_list.table
    item_id = workspace.current_item_id()
    table.setFocus()
    for key in (Qt.Key.Key_3, Qt.Key.Key_J, Qt.Key.Key_J):
        qtbot.keyClick(QApplication.focusWidget(), key)
    justification = detail.form.justification
    # the second J was typed into the box the first J moved to: that is text on purpose
    assert justification.hasFocus() and justification.toPlainText() == "j"
    qtbot.keyClick(justification, Qt.Key.Key_Escape)
    assert item_id not in workspace.answers
    assert workspace.drafts[item_id].justification == "j"
    assert "one character" in detail.form.inline_error.text()
    justification.setFocus()
    qtbot.keyClicks(justification, "ust shared accounts")
    qtbot.keyClick(justification, Qt.Key.Key_Escape)
    assert workspace.answers[item_id].status is Status.NOT_IMPLEMENTED
    assert workspace.answers[item_id].justification == "just shared accounts"


@pytest.mark.parametrize("status_key", [Qt.Key.Key_1, Qt.Key.Key_2, Qt.Key.Key_3, Qt.Key.Key_4])
def test_status_keys_leave_the_keyboard_where_it_was(
        qtbot: Any, launch_window: Any, data_dir: Path, status_key: Qt.Key) -> None:
    workspace = _open(qtbot, launch_window, data_dir)
    detail, table = workspace.detail, workspace.item_list.table
    table.setFocus()
    qtbot.keyClick(table, status_key)
    qtbot.keyClicks(QApplication.focusWidget(), "1234")
    assert table.hasFocus()
    assert _texts(detail) == ["", "", ""]


def test_the_documented_shortcuts_do_what_they_say(qtbot: Any, launch_window: Any,
                                                   data_dir: Path, prompts: Any) -> None:
    """docs/ui.md's keyboard list, key by key, in the workspace."""
    workspace = _open(qtbot, launch_window, data_dir)
    window = workspace.window()
    table, search = workspace.item_list.table, workspace.item_list.search
    first = workspace.current_item_id()
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_F)  # F: flag
    assert workspace.answers[first].flagged
    qtbot.keyClick(table, Qt.Key.Key_1)  # 1: implemented
    assert workspace.answers[first].status is Status.IMPLEMENTED
    qtbot.keyClick(table, Qt.Key.Key_N)  # N: next unanswered
    second = workspace.current_item_id()
    assert second != first and table.hasFocus()
    qtbot.keyClick(table, Qt.Key.Key_P)  # P: previous unanswered (wraps past the answered)
    assert workspace.current_item_id() not in (first, second)
    qtbot.keyClick(table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)  # Ctrl+F
    assert search.hasFocus()
    qtbot.keyClick(search, Qt.Key.Key_Escape)  # Esc: back to the list
    assert table.hasFocus()
    qtbot.keyClick(table, Qt.Key.Key_J)  # J: the justification
    justification = workspace.detail.form.justification
    assert justification.hasFocus()
    qtbot.keyClick(justification, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert workspace.detail.form.status_buttons[Status.PARTIAL].isChecked()  # Ctrl+2
    qtbot.keyClick(justification, Qt.Key.Key_S,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert workspace.tabs.currentIndex() == 1  # Ctrl+Shift+S: the summary
    qtbot.keyClick(window, Qt.Key.Key_I,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert workspace.tabs.currentIndex() == 0  # Ctrl+Shift+I: the items
    qtbot.keyClick(window, Qt.Key.Key_F1)  # F1: the shortcut list
    assert prompts.infos and "J" in prompts.infos[-1][1]
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)  # Ctrl+L
    assert window.stack.currentWidget() is window.list_view
