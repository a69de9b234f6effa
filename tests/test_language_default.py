"""The language of a first start, the same for the window and the command line:
Chinese unless the locale is English (C, POSIX or no locale at all give Chinese)."""

from __future__ import annotations

import pytest

from selfcheck.cli.main import main
from selfcheck.cli.textout import default_language
from selfcheck.core.bilingual import LOCALE_VARIABLES, environment_locale, language_of_locale

#: (environment, expected language)
CASES = [
    ({}, "zh"),
    ({"LANG": "C"}, "zh"),
    ({"LANG": "POSIX"}, "zh"),
    ({"LANG": "C.UTF-8"}, "zh"),
    ({"LANG": "zh_CN.UTF-8"}, "zh"),
    ({"LANG": "zh_TW.UTF-8"}, "zh"),
    ({"LANG": "de_DE.UTF-8"}, "zh"),
    ({"LANG": "en_US.UTF-8"}, "en"),
    ({"LANG": "en_GB"}, "en"),
    ({"LANG": "zh_CN.UTF-8", "LC_ALL": "en_US.UTF-8"}, "en"),
    ({"LANG": "en_US.UTF-8", "LC_MESSAGES": "zh_CN.UTF-8"}, "zh"),
    ({"LANG": "C", "LC_MESSAGES": "en_US.UTF-8"}, "en"),
    ({"LANGUAGE": "en_US:en"}, "en"),
    ({"LANG": "zh_CN.UTF-8", "LANGUAGE": "en_US:en"}, "zh"),
]


def set_locale(monkeypatch: pytest.MonkeyPatch, environment: dict[str, str]) -> None:
    for variable in LOCALE_VARIABLES:
        monkeypatch.delenv(variable, raising=False)
    for variable, value in environment.items():
        monkeypatch.setenv(variable, value)


def test_locale_names_give_chinese_unless_english() -> None:
    assert language_of_locale(None) == language_of_locale("") == "zh"
    assert language_of_locale("English_United States") == "en"
    assert language_of_locale("Chinese (Simplified)_China") == "zh"
    assert environment_locale({"LANGUAGE": "en_US:zh_CN"}) == "en_US"


@pytest.mark.parametrize(("environment", "expected"), CASES)
def test_command_line_language_from_the_environment(monkeypatch: pytest.MonkeyPatch,
                                                    environment: dict[str, str],
                                                    expected: str) -> None:
    set_locale(monkeypatch, environment)
    assert default_language() == expected


def test_command_line_speaks_chinese_without_a_locale(monkeypatch: pytest.MonkeyPatch,
                                                      capsys: pytest.CaptureFixture[str]) -> None:
    set_locale(monkeypatch, {})
    assert main(["--help"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("用法：") and "usage:" not in out
