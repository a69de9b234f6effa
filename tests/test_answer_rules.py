"""The rules an answer obeys before it is saved, wherever it comes from (window, command
line, answers file): a required justification says something."""

from __future__ import annotations

import datetime as dt

import pytest

from selfcheck.core.answers import Answer, Status, validate_answer
from selfcheck.core.errors import AnswerValidationError

TODAY = dt.date(2026, 5, 1)


@pytest.mark.parametrize("status", [Status.PARTIAL, Status.NOT_IMPLEMENTED,
                                    Status.NOT_APPLICABLE])
def test_a_one_character_justification_is_refused(status: Status) -> None:
    for text in ("j", " j \n", "无"):
        with pytest.raises(AnswerValidationError) as caught:
            validate_answer(Answer("RA-01", status, justification=text), None, TODAY)
        assert "one character" in str(caught.value)
        assert "至少 2 个字" in caught.value.localized("zh")
    saved = validate_answer(Answer("RA-01", status, justification=" 暂无 "), None, TODAY)
    assert saved.justification == "暂无"


def test_an_optional_justification_may_be_short() -> None:
    answer = validate_answer(Answer("RA-01", Status.IMPLEMENTED, justification="j"), None, TODAY)
    assert answer.justification == "j"
