"""Free-text problems are named in Chinese with the field's Chinese name (no English
field name inside a Chinese sentence)."""

from __future__ import annotations

import pytest

from selfcheck.core.answers import Answer, Status
from selfcheck.core.collection import Collection
from selfcheck.core.errors import AnswerValidationError, UsageError

from .conftest import make_profile


def _new(collection: Collection, **fields: str) -> int:
    values = {"organisation": "Org", "system_name": "Sys", **fields}
    return collection.new_assessment(pack_id="mini-pack", sector="government",
                                     profile=make_profile(), **values)  # type: ignore[arg-type]


@pytest.mark.parametrize(("field", "zh"), [("organisation", "单位名称"),
                                           ("system_name", "人工智能系统名称"),
                                           ("assessor", "自查人")])
def test_a_header_field_with_a_control_character(mini_collection: Collection, field: str,
                                                  zh: str) -> None:
    with pytest.raises(UsageError) as caught:
        _new(mini_collection, **{field: "bad\x07name"})
    assert caught.value.localized("zh") == f"{zh}含有控制字符或换行符"
    assert "control characters" in str(caught.value)


def test_a_header_change_that_is_too_long(mini_collection: Collection) -> None:
    assessment_id = _new(mini_collection)
    with pytest.raises(UsageError) as caught:
        mini_collection.update_header(assessment_id, system_description="x" * 5000)
    assert caught.value.localized("zh") == "系统用途说明超过 4000 个字符"


@pytest.mark.parametrize(("field", "zh"), [("justification", "说明理由"), ("evidence", "证据说明"),
                                           ("remediation_owner", "整改责任人")])
def test_an_answer_text_with_a_control_character(mini_collection: Collection, field: str,
                                                 zh: str) -> None:
    assessment_id = _new(mini_collection)
    values = {"justification": "because", field: "text\x00more"}
    answer = Answer(item_id="HO-01", status=Status.PARTIAL, **values)  # type: ignore[arg-type]
    with pytest.raises(AnswerValidationError) as caught:
        mini_collection.save_answer(assessment_id, answer)
    assert caught.value.localized("zh").startswith(f"HO-01：{zh}含有控制字符")
