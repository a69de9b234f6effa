"""The schema of the local database, as forward migrations (``PRAGMA user_version``)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # sqlite_utils is imported only when a migration runs (it is slow to import)
    import sqlite_utils


def _migration_1(db: sqlite_utils.Database) -> None:
    db["packs"].create(  # type: ignore[union-attr]
        {"pack_id": str, "version": int, "label": str, "content_hash": str, "origin": str,
         "signer_key_id": str, "installed_at": str, "pack_json": str},
        pk=("pack_id", "version"), not_null={"label", "content_hash", "origin", "installed_at",
                                             "pack_json"},
    )
    db["assessments"].create(  # type: ignore[union-attr]
        {"id": int, "uid": str, "pack_id": str, "pack_version": int, "organisation": str,
         "system_name": str, "system_description": str, "sector": str, "assessor": str,
         "profile_json": str, "risk_grade": int, "created_at": str, "updated_at": str,
         "archived": int, "superseded_by": int, "upgraded_from": int},
        pk="id",
        not_null={"uid", "pack_id", "pack_version", "organisation", "system_name", "sector",
                  "profile_json", "risk_grade", "created_at", "updated_at", "archived"},
        defaults={"archived": 0, "system_description": "", "assessor": ""},
        foreign_keys=[("superseded_by", "assessments", "id"),
                      ("upgraded_from", "assessments", "id")],
    )
    db.execute("CREATE UNIQUE INDEX assessments_uid ON assessments(uid)")
    db["answers"].create(  # type: ignore[union-attr]
        {"assessment_id": int, "item_id": str, "status": str, "justification": str,
         "evidence": str, "remediation_owner": str, "remediation_due": str, "flagged": int,
         "needs_review": int, "previous": str, "created_at": str, "updated_at": str},
        pk=("assessment_id", "item_id"),
        not_null={"status", "created_at", "updated_at", "flagged", "needs_review"},
        defaults={"justification": "", "evidence": "", "remediation_owner": "", "flagged": 0,
                  "needs_review": 0, "previous": ""},
        foreign_keys=[("assessment_id", "assessments", "id")],
    )
    db["attachments"].create(  # type: ignore[union-attr]
        {"id": int, "assessment_id": int, "item_id": str, "file_name": str, "sha256": str,
         "size": int, "content": bytes, "added_at": str},
        pk="id", not_null={"assessment_id", "item_id", "file_name", "sha256", "size", "content",
                           "added_at"},
        foreign_keys=[("assessment_id", "assessments", "id")],
    )
    db.execute("CREATE INDEX attachments_item ON attachments(assessment_id, item_id)")
    db["audit_log"].create(  # type: ignore[union-attr]
        {"seq": int, "at": str, "actor": str, "action": str, "assessment_id": int,
         "payload": str, "prev_hash": str, "hash": str},
        pk="seq", not_null={"at", "actor", "action", "payload", "prev_hash", "hash"},
    )
    db.execute("CREATE INDEX audit_assessment ON audit_log(assessment_id)")
    db.execute(
        "CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log "
        "BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END"
    )
    db.execute(
        "CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log "
        "BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END"
    )


def _migration_2(db: sqlite_utils.Database) -> None:
    db["trusted_pack_keys"].create(  # type: ignore[union-attr]
        {"key_id": str, "public_key": str, "label": str, "allowed_packs": str,
         "added_at": str, "revoked_at": str},
        pk="key_id", not_null={"public_key", "label", "added_at"}, defaults={"label": ""},
    )


def _migration_3(db: sqlite_utils.Database) -> None:
    # Digests of the built-in pack source folders already validated and installed, so
    # that a start does not validate unchanged built-in packs again.
    db["builtin_pack_sources"].create(  # type: ignore[union-attr]
        {"source_digest": str, "pack_id": str, "version": int, "seen_at": str},
        pk="source_digest", not_null={"pack_id", "version", "seen_at"},
    )


def _migration_4(db: sqlite_utils.Database) -> None:
    # Unsaved drafts: what a user typed for an item that could not be saved yet (a
    # justification missing, a due date in the past). A draft is not an answer: it has
    # no audit entry and is never scored or reported; it is replaced as the user types
    # on and deleted when the answer is saved. Kept here, not in the window's settings,
    # so that it is as durable as the answers and goes with the database into backups.
    db["drafts"].create(  # type: ignore[union-attr]
        {"assessment_id": int, "item_id": str, "status": str, "justification": str,
         "evidence": str, "remediation_owner": str, "remediation_due": str, "flagged": int,
         "needs_review": int, "updated_at": str},
        pk=("assessment_id", "item_id"),
        not_null={"status", "justification", "evidence", "remediation_owner", "flagged",
                  "needs_review", "updated_at"},
        defaults={"justification": "", "evidence": "", "remediation_owner": "", "flagged": 0,
                  "needs_review": 0},
        foreign_keys=[("assessment_id", "assessments", "id")],
    )


def _migration_5(db: sqlite_utils.Database) -> None:
    # The reviewer's register of received, verified reports. Ids are never reused
    # (AUTOINCREMENT): a removed report's id keeps naming it in the audit log.
    db.execute(
        "CREATE TABLE review_reports ("
        " id INTEGER PRIMARY KEY AUTOINCREMENT,"
        " file_sha256 TEXT NOT NULL UNIQUE, file_name TEXT NOT NULL, source_path TEXT NOT NULL,"
        " file_size INTEGER NOT NULL, received_at TEXT NOT NULL,"
        " assessment_uid TEXT NOT NULL, organisation TEXT NOT NULL, system_name TEXT NOT NULL,"
        " sector TEXT NOT NULL, risk_grade TEXT NOT NULL, verdict TEXT NOT NULL,"
        " percent REAL NOT NULL, critical_gaps INTEGER NOT NULL,"
        " pending_review INTEGER NOT NULL, unanswered INTEGER NOT NULL, items INTEGER NOT NULL,"
        " pack_id TEXT NOT NULL, pack_version INTEGER NOT NULL, pack_label TEXT NOT NULL,"
        " pack_sha256 TEXT NOT NULL, signer TEXT NOT NULL, signer_organisation TEXT NOT NULL,"
        " signer_fingerprint TEXT NOT NULL, issuer TEXT NOT NULL, trust_root TEXT NOT NULL,"
        " signing_time TEXT NOT NULL, results_sha256 TEXT NOT NULL,"
        " verify_notes TEXT NOT NULL DEFAULT '[]')")
    db.execute("CREATE INDEX review_reports_uid ON review_reports(assessment_uid, signing_time)")
    # results.json apart, so that listing the register never reads it
    db.execute(
        "CREATE TABLE review_results ("
        " report_id INTEGER PRIMARY KEY REFERENCES review_reports(id) ON DELETE CASCADE,"
        " results_json TEXT NOT NULL)")
    db.execute(
        "CREATE TABLE review_themes ("
        " report_id INTEGER NOT NULL REFERENCES review_reports(id) ON DELETE CASCADE,"
        " theme TEXT NOT NULL, items INTEGER NOT NULL, answered INTEGER NOT NULL,"
        " percent REAL NOT NULL, earned REAL NOT NULL, possible REAL NOT NULL,"
        " PRIMARY KEY (report_id, theme))")
    db.execute(
        "CREATE TABLE review_gaps ("
        " report_id INTEGER NOT NULL REFERENCES review_reports(id) ON DELETE CASCADE,"
        " item_id TEXT NOT NULL, theme TEXT NOT NULL, severity TEXT NOT NULL,"
        " status TEXT NOT NULL, PRIMARY KEY (report_id, item_id))")
    db.execute("CREATE INDEX review_gaps_item ON review_gaps(item_id)")


#: The sign-off columns of an assessment (see AssessmentRecord), in their order.
SIGN_OFF_COLUMNS = ("assessor_role", "prepared_on", "reviewer", "reviewer_role", "reviewed_on",
                    "approver", "approver_role", "approved_on")


def _migration_6(db: sqlite_utils.Database) -> None:
    # Who prepared, reviewed and approved an assessment, with their roles and dates: the
    # sign-off block of the report (the preparer's name is the existing assessor column).
    for column in SIGN_OFF_COLUMNS:
        db["assessments"].add_column(column, str, not_null_default="")  # type: ignore[union-attr]


def _migration_7(db: sqlite_utils.Database) -> None:
    # Evidence files stored once by content: an attachment row names its file's SHA-256
    # and the bytes live once in attachment_blobs, however many assessments (duplicates,
    # upgrades) refer to them. Existing rows keep their ids and hashes; the audit log is
    # not touched (its entries name attachment ids and hashes, which stay the same).
    db["attachment_blobs"].create(  # type: ignore[union-attr]
        {"sha256": str, "size": int, "content": bytes},
        pk="sha256", not_null={"size", "content"},
    )
    db.execute("INSERT OR IGNORE INTO attachment_blobs (sha256, size, content)"
               " SELECT sha256, size, content FROM attachments ORDER BY id")
    db["attachment_refs"].create(  # type: ignore[union-attr]
        {"id": int, "assessment_id": int, "item_id": str, "file_name": str, "sha256": str,
         "size": int, "added_at": str},
        pk="id", not_null={"assessment_id", "item_id", "file_name", "sha256", "size",
                           "added_at"},
        foreign_keys=[("assessment_id", "assessments", "id"),
                      ("sha256", "attachment_blobs", "sha256")],
    )
    db.execute("INSERT INTO attachment_refs (id, assessment_id, item_id, file_name, sha256,"
               " size, added_at) SELECT id, assessment_id, item_id, file_name, sha256, size,"
               " added_at FROM attachments ORDER BY id")
    db.execute("DROP TABLE attachments")
    db.execute("ALTER TABLE attachment_refs RENAME TO attachments")
    db.execute("CREATE INDEX attachments_item ON attachments(assessment_id, item_id)")
    db.execute("CREATE INDEX attachments_blob ON attachments(sha256)")


MIGRATIONS: Sequence[Callable[[sqlite_utils.Database], None]] = (
    _migration_1, _migration_2, _migration_3, _migration_4, _migration_5, _migration_6,
    _migration_7)
SCHEMA_VERSION = len(MIGRATIONS)
