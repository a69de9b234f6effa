"""A first start: the window's language follows the locale as the command line's does
(Chinese unless it is English; a saved choice wins), and the window fits a 1366×768
screen whatever the names of the assessment."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSize

from selfcheck.cli.textout import default_language
from selfcheck.core.collection import Collection
from selfcheck.core.paths import resolve_paths
from selfcheck.ui.i18n import system_language
from selfcheck.ui.settings import Settings
from selfcheck.ui.widgets import fit_to_screen
from tests.conftest import REAL_PACK_ID, make_profile
from tests.test_language_default import CASES, set_locale

pytestmark = pytest.mark.gui

#: The free area of a 1366×768 screen under a panel, less a window frame.
SMALL_SCREEN = QSize(1366 - 16, 768 - 48 - 32)


@pytest.mark.parametrize(("environment", "expected"), CASES)
def test_window_and_command_line_choose_the_same_language(
        monkeypatch: pytest.MonkeyPatch, environment: dict[str, str], expected: str) -> None:
    set_locale(monkeypatch, environment)
    assert system_language() == default_language() == expected


def test_no_locale_starts_in_chinese_a_saved_choice_wins(
        monkeypatch: pytest.MonkeyPatch, launch_window: Any, data_dir: Path) -> None:
    set_locale(monkeypatch, {})
    first = launch_window(None)
    assert first.ctx.lang == "zh"
    assert first.window.list_view.title.text() == "自查列表"
    first.close()
    Settings(resolve_paths(data_dir).config_dir).language = "en"
    again = launch_window(None)
    assert again.ctx.lang == "en"
    assert again.window.list_view.title.text() == "Assessments"


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_window_fits_a_1366_by_768_screen_with_long_names(
        qtbot: Any, launch_window: Any, data_dir: Path, lang: str) -> None:
    long_name = "某市交通运输局信息中心" * 12
    with Collection.open(resolve_paths(data_dir)) as collection:
        assessment_id = collection.new_assessment(
            pack_id=REAL_PACK_ID, organisation=long_name, system_name=long_name,
            sector="government", assessor=long_name, profile=make_profile())
    session = launch_window(lang)
    window = session.window
    window.show()
    qtbot.waitExposed(window)
    assert window.minimumSizeHint().width() <= SMALL_SCREEN.width()
    window.open_assessment(assessment_id)
    window.workspace.show_summary()
    hint = window.minimumSizeHint()
    assert hint.width() <= SMALL_SCREEN.width() and hint.height() <= SMALL_SCREEN.height()
    window.resize(SMALL_SCREEN)
    qtbot.waitUntil(lambda: window.width() == SMALL_SCREEN.width())
    title = window.workspace.header.title
    assert title.text().startswith(long_name)
    assert title.width() < title.sizeHint().width() and title.toolTip() == title.text()
    # without a saved size the window takes what the screen has, up to 1440×900
    fit_to_screen(window, QSize(1440, 900))
    free = window.screen().availableGeometry().size()
    assert window.width() <= max(free.width() - 16, hint.width())
    assert window.height() <= max(free.height() - 48, hint.height())
