"""The remediation due date: typed in ISO or the window locale's form, an inline message
for text that is no date (kept, not reverted), a calendar that opens at today, and an
explicit clear."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication

from selfcheck.core.answers import Status
from selfcheck.ui.views.detail.due_date import parse_date_text
from tests.ui.test_bad_input import make_assessment

pytestmark = pytest.mark.gui


def _answering(qtbot: Any, launch_window: Any, data_dir: Path, lang: str) -> Any:
    assessment_id = make_assessment(data_dir)
    window = launch_window(lang).window
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    assert window.open_assessment(assessment_id)
    workspace = window.workspace
    detail = workspace.detail
    detail.set_status(Status.NOT_IMPLEMENTED)
    detail.form.justification.setPlainText("No written procedure yet")
    assert detail.flush()
    return workspace


def _type(qtbot: Any, field: Any, text: str) -> None:
    field.setFocus()
    field.selectAll()
    if text.isascii():
        qtbot.keyClicks(field, text)
    else:  # as an input method delivers it (QTest cannot type Chinese characters)
        field.insert(text)
    qtbot.keyClick(field, Qt.Key.Key_Return)


def test_typed_dates_and_an_invalid_one(qtbot: Any, launch_window: Any, data_dir: Path) -> None:
    workspace = _answering(qtbot, launch_window, data_dir, "zh")
    due = workspace.detail.form.due
    item_id = workspace.current_item_id()
    assert due.edit.text() == ""  # "not set" is the placeholder, not text in the field
    assert "未设置" in due.edit.placeholderText()

    _type(qtbot, due.edit, "2026-13-45")
    assert due.edit.text() == "2026-13-45"  # kept as typed, not reverted
    assert due.message.isVisibleTo(workspace.detail)
    assert "不是有效的日期" in due.message.text()
    assert workspace.answers[item_id].remediation_due is None
    workspace.detail.form.owner.setFocus()  # leaving the field keeps text and message
    assert due.edit.text() == "2026-13-45" and due.invalid

    next_year = dt.date.today().year + 1
    _type(qtbot, due.edit, f"{next_year}-03-31")
    assert not due.message.isVisibleTo(workspace.detail)
    assert workspace.answers[item_id].remediation_due == dt.date(next_year, 3, 31)

    _type(qtbot, due.edit, f"{next_year}年4月1日")
    assert due.edit.text() == f"{next_year}-04-01"
    assert workspace.answers[item_id].remediation_due == dt.date(next_year, 4, 1)
    _type(qtbot, due.edit, f"{next_year}/4/2")  # the Chinese short form
    assert workspace.answers[item_id].remediation_due == dt.date(next_year, 4, 2)

    due.clear_button.click()
    assert due.edit.text() == ""
    assert workspace.answers[item_id].remediation_due is None


def test_english_locale_form_and_a_date_left_by_tab(qtbot: Any, launch_window: Any,
                                                   data_dir: Path) -> None:
    workspace = _answering(qtbot, launch_window, data_dir, "en")
    due, item_id = workspace.detail.form.due, workspace.current_item_id()
    next_year = dt.date.today().year + 1
    due.edit.setFocus()
    qtbot.keyClicks(due.edit, f"30/04/{next_year}")  # the window's (en-GB) short form
    qtbot.keyClick(due.edit, Qt.Key.Key_Tab)
    assert workspace.answers[item_id].remediation_due == dt.date(next_year, 4, 30)
    assert due.edit.text() == f"{next_year}-04-30"
    _type(qtbot, due.edit, "soon")
    assert "not a valid date" in due.message.text()
    assert workspace.answers[item_id].remediation_due == dt.date(next_year, 4, 30)


def test_the_calendar_opens_at_today_and_picks_a_date(qtbot: Any, launch_window: Any,
                                                      data_dir: Path) -> None:
    workspace = _answering(qtbot, launch_window, data_dir, "en")
    due, item_id = workspace.detail.form.due, workspace.current_item_id()
    menu = due.calendar_menu
    menu.popup(due.calendar_button.mapToGlobal(due.calendar_button.rect().bottomLeft()))
    qtbot.waitUntil(menu.isVisible)
    today = QDate.currentDate()
    assert due.calendar.selectedDate() == today
    assert (due.calendar.yearShown(), due.calendar.monthShown()) == (today.year(), today.month())
    chosen = today.addDays(45)
    due.calendar.clicked.emit(chosen)
    assert not menu.isVisible()
    assert workspace.answers[item_id].remediation_due == dt.date(
        chosen.year(), chosen.month(), chosen.day())


def test_parse_date_text_forms() -> None:
    assert parse_date_text("2027-03-31") == dt.date(2027, 3, 31)
    assert parse_date_text(" 2027.3.1 ") == dt.date(2027, 3, 1)
    assert parse_date_text("2027年12月1日") == dt.date(2027, 12, 1)
    assert parse_date_text("2026-13-45") is None
    assert parse_date_text("20261345") is None
    assert parse_date_text("next week") is None
