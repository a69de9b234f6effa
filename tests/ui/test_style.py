"""The look without an application-wide style sheet: roles, states and markers still show."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication

from selfcheck.core.answers import Status
from selfcheck.ui.style import CHECKED_BUTTON_COLOR, MUTED_COLOR, SELECTION_COLOR, AppStyle
from tests.ui.test_bad_input import make_assessment

pytestmark = pytest.mark.gui


def _workspace(qtbot: Any, launch_window: Any, data_dir: Path) -> Any:
    assessment_id = make_assessment(data_dir)
    session = launch_window("en")
    qtbot.waitExposed(session.window)
    assert session.window.open_assessment(assessment_id)
    return session.window.workspace


def test_no_application_style_sheet(qtbot: Any, launch_window: Any, data_dir: Path) -> None:
    # An application-wide sheet sends every widget through Qt's style-sheet engine,
    # which made the window noticeably slower to open (see ui/style.py).
    _workspace(qtbot, launch_window, data_dir)
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    assert app.styleSheet() == ""
    style = app.style()
    assert isinstance(style, AppStyle)
    assert style.baseStyle().name().lower() == "fusion"


def test_roles_states_and_markers(qtbot: Any, launch_window: Any, data_dir: Path) -> None:
    workspace = _workspace(qtbot, launch_window, data_dir)
    detail = workspace.detail
    assert workspace.header.title.font().weight() == QFont.Weight.Bold
    assert workspace.header.title.font().pointSizeF() == 16
    assert detail.question_panel.theme_label.palette().color(QPalette.ColorRole.WindowText) == QColor(MUTED_COLOR)
    assert "background: #37474f" in detail.question_panel.id_label.styleSheet()
    assert workspace.themes.header().font().weight() == QFont.Weight.Bold
    assert workspace.item_list.table.horizontalHeader().font().weight() == QFont.Weight.Bold
    table_palette = workspace.item_list.table.palette()
    assert table_palette.color(QPalette.ColorRole.Highlight) == QColor(SELECTION_COLOR)

    # a status that needs a justification, without one: red frame, purple "draft" state
    detail.set_status(Status.NOT_IMPLEMENTED)
    assert detail.form.inline_error.isVisibleTo(detail)
    assert detail.form.justification.styleSheet().startswith("#justification {")
    assert "#c62828" in detail.form.justification.styleSheet()
    assert detail.form.save_state.palette().color(QPalette.ColorRole.WindowText) == QColor("#8e24aa")
    checked = detail.form.status_buttons[Status.NOT_IMPLEMENTED]
    assert checked.palette().color(QPalette.ColorRole.Button) == QColor(CHECKED_BUTTON_COLOR)
    other = detail.form.status_buttons[Status.IMPLEMENTED]
    assert other.palette().color(QPalette.ColorRole.Button) != QColor(CHECKED_BUTTON_COLOR)

    # with a justification the answer saves: no frame, green "saved"
    detail.form.justification.setPlainText("The accounts are shared by the whole team")
    detail.flush()
    assert detail.form.justification.styleSheet() == ""
    assert detail.form.save_state.palette().color(QPalette.ColorRole.WindowText) == QColor("#2e7d32")

    # another status moves the tint to that button
    detail.set_status(Status.IMPLEMENTED)
    assert other.palette().color(QPalette.ColorRole.Button) == QColor(CHECKED_BUTTON_COLOR)
    assert checked.palette().color(QPalette.ColorRole.Button) != QColor(CHECKED_BUTTON_COLOR)


def _darkest(widget: Any) -> int:
    """The lightness of the darkest pixel of ``widget`` as drawn (its text)."""
    image = widget.grab().toImage()
    return min(image.pixelColor(x, y).lightness()
               for x in range(0, image.width(), 1) for y in range(0, image.height(), 1))


def test_disabled_controls_look_disabled(qtbot: Any, launch_window: Any, data_dir: Path) -> None:
    from PySide6.QtWidgets import QDialogButtonBox

    from selfcheck.ui.dialogs.new_assessment import NewAssessmentDialog

    session = launch_window("zh")
    window = session.window
    qtbot.waitExposed(window)
    view = window.list_view
    # an empty list: Open, Duplicate and Archive cannot be used, and look it
    assert view.model.rowCount() == 0
    for button in (view.open_button, view.duplicate_button, view.archive_button):
        assert not button.isEnabled()
        assert _darkest(button) > _darkest(view.new_button) + 60, button.text()
    dialog = NewAssessmentDialog(session.ctx, window)
    dialog.show()
    qtbot.waitExposed(dialog)
    create = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    cancel = dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel)
    assert create.text() == "创建自查" and not create.isEnabled()
    assert _darkest(create) > _darkest(cancel) + 60
    palette = create.palette()
    assert palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.ButtonText) != \
        palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.ButtonText)
    dialog.reject()
