"""Who prepared, reviewed and approved an assessment: recorded (window and command
line), audited, carried in results.json and stored by migration 6."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from selfcheck.cli.main import main
from selfcheck.core.assessment import Signatory, SignOff
from selfcheck.core.collection import Collection
from selfcheck.core.errors import UsageError
from selfcheck.core.paths import AppPaths
from selfcheck.core.reports.results import parse_results
from selfcheck.core.store.migrations import SCHEMA_VERSION

from .conftest import REAL_PACK_ID, make_profile, store_of
from .test_attachment_blobs import as_schema_5


def test_sign_off_is_recorded_and_audited(collection: Collection, assessment_id: int) -> None:
    people = SignOff(prepared=Signatory("Tester", "工程师", dt.date(2026, 11, 30)),
                     reviewed=Signatory("赵六", "主任"), approved=Signatory("钱七", "局长"))
    collection.set_sign_off(assessment_id, people)
    assert collection.assessment(assessment_id).sign_off == people
    entry = collection.audit_entries(assessment_id)[-1]
    assert entry.action == "assessment-changed"
    assert json.loads(entry.payload) == {"assessor_role": "工程师", "prepared_on": "2026-11-30",
                                         "reviewer": "赵六", "reviewer_role": "主任",
                                         "approver": "钱七", "approver_role": "局长"}
    head = collection.audit_head()
    collection.set_sign_off(assessment_id, people)  # nothing changed, nothing written
    assert collection.audit_head() == head
    assert collection.reports.results(assessment_id)["assessment"]["sign_off"]["reviewed"] == {
        "name": "赵六", "role": "主任", "date": None}
    with pytest.raises(UsageError, match="control characters"):
        collection.set_sign_off(assessment_id, SignOff(reviewed=Signatory("a\x1bb")))
    with pytest.raises(UsageError, match="longer than"):
        collection.set_sign_off(assessment_id, SignOff(approved=Signatory("长" * 201)))
    copy = collection.duplicate(assessment_id)  # people and roles carry over, dates do not
    copied = collection.assessment(copy).sign_off
    assert copied.prepared == Signatory("Tester", "工程师") and copied.approved.name == "钱七"
    assert store_of(collection).assessment(copy).prepared_on == ""


def test_results_without_a_sign_off_still_read(collection: Collection, assessment_id: int) -> None:
    document = json.loads(json.dumps(collection.reports.results(assessment_id)))
    assert document["assessment"]["sign_off"]["prepared"]["name"] == "Tester"
    del document["assessment"]["sign_off"]  # as written before the sign-off existed
    assert parse_results(document).assessment.sign_off is None


def test_a_schema_5_database_gains_the_sign_off(app_paths: AppPaths) -> None:
    with Collection.open(app_paths) as collection:
        assessment = collection.new_assessment(
            pack_id=REAL_PACK_ID, organisation="Org", system_name="Sys", sector="government",
            profile=make_profile(), assessor="Tester")
    as_schema_5(app_paths.database)  # as the previous release left it
    with Collection.open(app_paths) as collection:
        assert collection.doctor().schema_version == SCHEMA_VERSION == 7
        assert collection.assessment(assessment).sign_off == SignOff(
            prepared=Signatory("Tester"))
        collection.set_sign_off(assessment, SignOff(approved=Signatory("钱七", "局长")))
        assert collection.assessment(assessment).record.approver == "钱七"


def test_command_line_sign_off(collection: Collection, assessment_id: int,
                               capsys: pytest.CaptureFixture[str]) -> None:
    collection.close()
    assert main(["assess", "signoff", str(assessment_id), "--reviewed-by", "赵六",
                 "--reviewed-role", "主任", "--reviewed-on", "2026-12-01"]) == 0
    assert main(["assess", "signoff", str(assessment_id), "--json"]) == 0
    shown = json.loads(capsys.readouterr().out.split("\n", 3)[-1])
    assert shown["reviewed"] == {"name": "赵六", "role": "主任", "date": "2026-12-01"}
    assert shown["prepared"]["name"] == "Tester"
    assert main(["assess", "signoff", str(assessment_id), "--reviewed-on", ""]) == 0
    assert main(["assess", "signoff", str(assessment_id), "--approved-on", "1.12.2026"]) == 2
    assert "invalid date" in capsys.readouterr().err
    with Collection.open(collection.paths) as reopened:
        assert reopened.assessment(assessment_id).sign_off.reviewed == Signatory("赵六", "主任")
