"""The assessment session (no Qt): one source of answers, drafts and score, one change
event; drafts kept in the database; drafts of earlier versions adopted without loss."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from selfcheck.core.answers import Answer, Status
from selfcheck.core.collection import Collection
from selfcheck.core.errors import AnswerValidationError, StoreError, UsageError
from selfcheck.core.session import AssessmentSession, SessionChange

from .conftest import store_of


def _session(collection: Collection, assessment_id: int) -> tuple[AssessmentSession,
                                                                   list[SessionChange]]:
    session = AssessmentSession.open(collection, assessment_id)
    events: list[SessionChange] = []
    session.changed.connect(events.append)
    return session, events


def _first(session: AssessmentSession, n: int = 0) -> str:
    return session.items[n].id


def test_a_saved_status_changes_the_answer_and_the_score_in_one_event(
        collection: Collection, assessment_id: int) -> None:
    session, events = _session(collection, assessment_id)
    item = _first(session)
    before = session.score
    outcome = session.set_status(item, Status.IMPLEMENTED)
    assert outcome.saved and outcome.answer.status is Status.IMPLEMENTED
    assert session.answers[item].status is Status.IMPLEMENTED
    assert collection.answers(assessment_id)[item].status is Status.IMPLEMENTED
    assert events == [SessionChange(frozenset({item}), True)]
    assert session.score.overall.answered == before.overall.answered + 1
    assert session.score == collection.score(assessment_id)
    # the same values again: nothing is saved, nothing is announced
    assert session.set_status(item, Status.IMPLEMENTED).saved
    assert len(events) == 1
    assert len(collection.audit_entries(assessment_id)) == 2  # created + one answer


def test_a_refused_answer_stays_a_durable_draft_until_it_is_valid(
        collection: Collection, assessment_id: int) -> None:
    session, events = _session(collection, assessment_id)
    item = _first(session)
    outcome = session.save(item, status=Status.PARTIAL, evidence="Register 2026")
    assert not outcome.saved
    assert isinstance(outcome.error, AnswerValidationError)
    assert item not in session.answers
    assert session.drafts[item].status is Status.PARTIAL
    assert session.current(item).evidence == "Register 2026"
    assert events == [SessionChange(frozenset({item}), False)]
    # kept in the database, not audited, and back when the assessment is opened again
    assert collection.drafts.of(assessment_id)[item].evidence == "Register 2026"
    assert len(collection.audit_entries(assessment_id)) == 1
    again = AssessmentSession.open(collection, assessment_id)
    assert again.drafts[item].status is Status.PARTIAL

    # the missing justification arrives: saved, and the draft is gone everywhere
    outcome = session.save(item, justification="Two of five departments")
    assert outcome.saved
    assert session.answers[item].evidence == "Register 2026"
    assert item not in session.drafts
    assert collection.drafts.of(assessment_id) == {}
    assert events[-1] == SessionChange(frozenset({item}), True)


def test_edit_keeps_a_draft_and_editing_back_drops_it(collection: Collection,
                                                      assessment_id: int) -> None:
    session, events = _session(collection, assessment_id)
    item = _first(session)
    session.set_status(item, Status.IMPLEMENTED)
    draft = session.edit(item, evidence="Audit report")
    assert draft.status is Status.IMPLEMENTED and draft.evidence == "Audit report"
    assert session.answers[item].evidence == ""
    assert collection.drafts.of(assessment_id)[item].evidence == "Audit report"
    assert events[-1] == SessionChange(frozenset({item}), False)
    session.edit(item, evidence="  ")  # the saved value again (texts compare trimmed)
    assert item not in session.drafts
    assert collection.drafts.of(assessment_id) == {}
    session.edit(item, flagged=True)
    session.discard_draft(item)
    assert item not in session.drafts and not session.answers[item].flagged
    assert collection.drafts.of(assessment_id) == {}


def test_a_draft_that_cannot_be_stored_yet_is_held_and_stored_on_flush(
        collection: Collection, assessment_id: int, monkeypatch: pytest.MonkeyPatch) -> None:
    session, _events = _session(collection, assessment_id)
    item = _first(session)
    real_save = collection.drafts.save

    def busy(assessment: int, draft: Answer) -> None:
        raise StoreError("the database is in use", zh="数据库正被使用")

    monkeypatch.setattr(collection.drafts, "save", busy)
    outcome = session.save(item, status=Status.NOT_IMPLEMENTED)
    assert isinstance(outcome.error, AnswerValidationError)  # the user's problem comes first
    assert session.drafts[item].status is Status.NOT_IMPLEMENTED
    assert collection.drafts.of(assessment_id) == {}
    monkeypatch.setattr(collection.drafts, "save", real_save)
    assert session.flush() == [item]
    assert collection.drafts.of(assessment_id)[item].status is Status.NOT_IMPLEMENTED


def test_flush_takes_the_editors_edits_first(collection: Collection,
                                             assessment_id: int) -> None:
    session, events = _session(collection, assessment_id)
    item = _first(session)
    session.add_editor(lambda: session.save(item, status=Status.IMPLEMENTED, evidence="x"))
    assert session.flush() == []
    assert collection.answers(assessment_id)[item].evidence == "x"
    assert events == [SessionChange(frozenset({item}), True)]


def test_attachments_change_through_the_session(collection: Collection, assessment_id: int,
                                                tmp_path: Path) -> None:
    session, events = _session(collection, assessment_id)
    item = _first(session)
    evidence = tmp_path / "report.pdf"
    evidence.write_bytes(b"%PDF-1.4 evidence")
    session.save(item, status=Status.PARTIAL)  # a draft with a file attached meanwhile
    attachment = session.attach_file(item, evidence)
    assert session.attachments(item) == (attachment,)
    assert session.drafts[item].attachments == (attachment,)
    assert events[-1].items == frozenset({item})
    assert collection.answers(assessment_id)[item].attachments == (attachment,)
    session.remove_attachment(item, attachment.id)
    assert session.attachments(item) == ()
    assert item not in session.answers and item not in collection.answers(assessment_id)
    assert [e.action for e in collection.audit_entries(assessment_id)][-2:] == [
        "attachment-added", "attachment-removed"]


def test_a_closed_session_lets_go_and_refuses_changes(collection: Collection,
                                                      assessment_id: int,
                                                      tmp_path: Path) -> None:
    session, events = _session(collection, assessment_id)
    item = _first(session)
    session.save(item, status=Status.PARTIAL)
    evidence = tmp_path / "late.pdf"
    evidence.write_bytes(b"late")
    stored = session.store_file(item, evidence)  # as a worker thread would
    assert session.close() is False  # the draft is still unsaved (and kept)
    count = len(events)
    session.add_attachment(stored)  # the worker reports after the close: ignored
    assert len(events) == count
    with pytest.raises(UsageError):
        session.set_status(item, Status.IMPLEMENTED)
    reopened = AssessmentSession.open(collection, assessment_id)
    assert reopened.attachments(item) == (stored,)
    assert reopened.drafts[item].status is Status.PARTIAL


def test_a_superseded_assessment_is_read_only_in_the_session(collection: Collection,
                                                             assessment_id: int) -> None:
    session, _events = _session(collection, assessment_id)
    item = _first(session)
    old = session.assessment
    store_of(collection).update_assessment_header(assessment_id, {"superseded_by": assessment_id})
    session = AssessmentSession.open(collection, assessment_id)
    assert session.read_only and not old.read_only
    with pytest.raises(UsageError, match="read-only"):
        session.set_status(item, Status.IMPLEMENTED)
    with pytest.raises(UsageError):
        session.edit(item, evidence="x")


def test_drafts_saved_meanwhile_are_dropped_on_open(
        collection: Collection, assessment_id: int) -> None:
    session, _events = _session(collection, assessment_id)
    item = _first(session)
    session.save(item, status=Status.PARTIAL)
    collection.save_answer(assessment_id, Answer(item_id=item, status=Status.PARTIAL,
                                                 justification="elsewhere"))
    store_of(collection).save_drafts(assessment_id, [Answer(item_id=item,
                                                            status=Status.PARTIAL,
                                                            justification="elsewhere")])
    reopened = AssessmentSession.open(collection, assessment_id)
    assert reopened.drafts == {}
    assert collection.drafts.of(assessment_id) == {}


def test_a_draft_of_an_item_not_in_the_assessment_is_refused(collection: Collection,
                                                             assessment_id: int) -> None:
    with pytest.raises(Exception, match="not part of assessment"):
        collection.drafts.save(assessment_id, Answer(item_id="NO-SUCH"))


# -- drafts of earlier versions (kept in the window's settings file) -----------------

def _uid(collection: Collection, assessment_id: int) -> str:
    return collection.assessment(assessment_id).record.uid


def test_legacy_drafts_move_into_the_database(collection: Collection, assessment_id: int,
                                              tmp_path: Path) -> None:
    items = [item.id for item in collection.assessment(assessment_id).items]
    due = (dt.date.today() + dt.timedelta(days=9)).isoformat()
    text = json.dumps({
        items[0]: {"status": "partial", "justification": "", "evidence": "Register",
                   "remediation_owner": "IT", "remediation_due": due, "flagged": True,
                   "needs_review": False},
        items[1]: {"status": "not-implemented", "justification": "No rule yet"},
    }, ensure_ascii=False)
    result = collection.drafts.adopt_legacy({_uid(collection, assessment_id): text}, tmp_path)
    assert result.moved == 2 and result.recovery_file is None
    session = AssessmentSession.open(collection, assessment_id)
    first = session.drafts[items[0]]
    assert (first.status, first.evidence, first.remediation_owner, first.flagged) == (
        Status.PARTIAL, "Register", "IT", True)
    assert first.remediation_due == dt.date.fromisoformat(due)
    assert session.drafts[items[1]].justification == "No rule yet"


def test_unreadable_legacy_values_are_kept_as_text(collection: Collection, assessment_id: int,
                                                   tmp_path: Path) -> None:
    items = [item.id for item in collection.assessment(assessment_id).items]
    text = json.dumps({
        items[0]: {"status": "half-done", "justification": "Shared accounts",
                   "remediation_due": "end of March"},
        items[1]: "a note typed somewhere",
        items[2]: {"status": "", "evidence": None, "remediation_due": 20270101, "flagged": 1},
        "GONE-01": {"status": "partial", "justification": "an item no longer in the pack"},
    })
    result = collection.drafts.adopt_legacy({_uid(collection, assessment_id): text}, tmp_path)
    assert result.moved == 3
    drafts = collection.drafts.of(assessment_id)
    first = drafts[items[0]]
    assert first.status is Status.UNANSWERED and first.remediation_due is None
    assert first.justification.splitlines() == [
        "Shared accounts", "[status: half-done]", "[remediation_due: end of March]"]
    assert drafts[items[1]].justification == "a note typed somewhere"
    third = drafts[items[2]]
    assert (third.status, third.evidence, third.flagged) == (Status.UNANSWERED, "", True)
    assert third.remediation_due == dt.date(2027, 1, 1)
    assert result.recovery_file is not None
    kept = result.recovery_file.read_text("utf-8")
    assert "GONE-01" in kept and "an item no longer in the pack" in kept
    assert "Case triage" in kept


def test_legacy_text_that_fits_nothing_is_written_to_a_recovery_file(
        collection: Collection, assessment_id: int, tmp_path: Path) -> None:
    result = collection.drafts.adopt_legacy({
        _uid(collection, assessment_id): "{not json at all",
        "00000000-uid-of-a-removed-assessment": json.dumps({"X-1": {"evidence": "kept"}}),
    }, tmp_path)
    assert result.moved == 0
    assert result.recovery_file is not None and result.recovery_file.parent == tmp_path
    kept = result.recovery_file.read_text("utf-8")
    assert "{not json at all" in kept
    assert "00000000-uid-of-a-removed-assessment" in kept and '"kept"' in kept
    assert collection.drafts.of(assessment_id) == {}
