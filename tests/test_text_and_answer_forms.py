"""The shared small helpers: punctuation by language, and the one JSON form
of an answer (whose audit-log payload must never change: the audit chain hashes it)."""

from __future__ import annotations

import datetime as dt

import pytest

from selfcheck.core.answers import Answer, Attachment, Status, answer_from_dict, answer_to_dict
from selfcheck.core.collection import Collection
from selfcheck.core.text import canonical_json, colon, count_separator, list_separator

from .conftest import store_of


def test_punctuation_follows_the_language() -> None:
    assert (colon("zh"), list_separator("zh"), count_separator("zh")) == ("：", "、", "，")
    assert (colon("en"), list_separator("en"), count_separator("en")) == (": ", ", ", ", ")


ANSWER = Answer(item_id="RA-01", status=Status.PARTIAL, justification="部分", evidence="doc 7",
                remediation_owner="信息化办公室", remediation_due=dt.date(2030, 1, 31),
                flagged=True, needs_review=True, previous="{}", updated_at="2026-01-01T00:00:00Z",
                attachments=(Attachment(1, "RA-01", "a.pdf", "0" * 64, 10, "2026"),))


def test_the_answer_form_is_the_audit_payload_of_before() -> None:
    assert canonical_json(answer_to_dict(ANSWER)) == (
        '{"evidence":"doc 7","flagged":true,"item":"RA-01","justification":"部分",'
        '"needs_review":true,"remediation_due":"2030-01-31","remediation_owner":"信息化办公室",'
        '"status":"partial"}').encode()


def test_the_answer_form_reads_back_onto_its_base() -> None:
    base = Answer(item_id="RA-01", previous="{}", updated_at="x", attachments=ANSWER.attachments)
    back = answer_from_dict(answer_to_dict(ANSWER), base)
    assert back == ANSWER.with_changes(updated_at="x")
    assert answer_from_dict({"item": "XX-99"}, base).item_id == "RA-01"
    with pytest.raises(ValueError):
        answer_from_dict({"status": "done"}, base)


def test_saving_an_answer_logs_its_form(collection: Collection, assessment_id: int) -> None:
    item = collection.assessment(assessment_id).items[0].id
    saved = collection.save_answer(assessment_id, Answer(
        item_id=item, status=Status.NOT_APPLICABLE, justification="不处理该类数据"))
    entry = store_of(collection).audit_entries(assessment_id)[-1]
    assert entry.payload == canonical_json(answer_to_dict(saved)).decode()
