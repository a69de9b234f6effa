"""The store's assessment table: creating, reading and changing assessments."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from selfcheck.core.errors import NotFoundError
from selfcheck.core.records import AssessmentRecord
from selfcheck.core.store.base import StoreBase
from selfcheck.core.store.migrations import SIGN_OFF_COLUMNS
from selfcheck.core.text import utc_timestamp


class AssessmentTables(StoreBase):
    """The assessments' rows."""

    def create_assessment(self, *, pack_id: str, pack_version: int, organisation: str,
                          system_name: str, system_description: str, sector: str,
                          assessor: str, profile_json: str, risk_grade: int,
                          upgraded_from: int | None = None) -> int:
        """Create an assessment and its audit entry; returns the new id."""
        with self.transaction():
            return self._insert_assessment(
                pack_id=pack_id, pack_version=pack_version, organisation=organisation,
                system_name=system_name, system_description=system_description, sector=sector,
                assessor=assessor, profile_json=profile_json, risk_grade=risk_grade,
                upgraded_from=upgraded_from)

    def _insert_assessment(self, **fields: Any) -> int:
        import uuid  # imported here: it imports platform, which is slow to import at start

        now = utc_timestamp()
        uid = str(uuid.uuid4())
        cursor = self._conn.execute(
            "INSERT INTO assessments (uid, pack_id, pack_version, organisation, system_name,"
            " system_description, sector, assessor, profile_json, risk_grade, created_at,"
            " updated_at, archived, upgraded_from) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,0,?)",
            (uid, fields["pack_id"], fields["pack_version"], fields["organisation"],
             fields["system_name"], fields["system_description"], fields["sector"],
             fields["assessor"], fields["profile_json"], fields["risk_grade"], now, now,
             fields.get("upgraded_from")),
        )
        new_id = int(cursor.lastrowid or 0)
        self._append_audit("assessment-created", new_id, {
            "uid": uid, "pack_id": fields["pack_id"], "pack_version": fields["pack_version"],
            "organisation": fields["organisation"], "system_name": fields["system_name"],
            "sector": fields["sector"], "risk_grade": fields["risk_grade"],
            "upgraded_from": fields.get("upgraded_from"),
        })
        return new_id

    def assessment(self, assessment_id: int) -> AssessmentRecord:
        with self._lock, self._translate("read an assessment"):
            row = self._conn.execute(
                f"SELECT {_ASSESSMENT_COLUMNS} FROM assessments WHERE id = ?", (assessment_id,)
            ).fetchone()
        if row is None:
            raise NotFoundError(f"assessment {assessment_id} does not exist",
                                zh=f"自查 {assessment_id} 不存在")
        return _assessment_record(row)

    def assessments(self, include_archived: bool = False) -> list[AssessmentRecord]:
        sql = f"SELECT {_ASSESSMENT_COLUMNS} FROM assessments"
        if not include_archived:
            sql += " WHERE archived = 0"
        sql += " ORDER BY updated_at DESC, id DESC"
        with self._lock, self._translate("list assessments"):
            return [_assessment_record(row) for row in self._conn.execute(sql)]

    def update_assessment_header(self, assessment_id: int, changes: Mapping[str, Any]) -> None:
        """Change header fields (organisation, profile, archived, ...) with an audit entry."""
        allowed = {"organisation", "system_name", "system_description", "assessor",
                   "profile_json", "risk_grade", "archived", "superseded_by", *SIGN_OFF_COLUMNS}
        unknown = set(changes) - allowed
        if unknown:
            raise ValueError(f"cannot change {sorted(unknown)}")
        with self.transaction():
            self.assessment(assessment_id)
            assignments = ", ".join(f"{name} = ?" for name in changes)
            self._conn.execute(
                f"UPDATE assessments SET {assignments}, updated_at = ? WHERE id = ?",
                (*changes.values(), utc_timestamp(), assessment_id),
            )
            self._append_audit("assessment-changed", assessment_id, dict(changes))

    def _touch(self, assessment_id: int, now: str) -> None:
        self._conn.execute("UPDATE assessments SET updated_at = ? WHERE id = ?",
                           (now, assessment_id))



_ASSESSMENT_COLUMNS = (
    "id, uid, pack_id, pack_version, organisation, system_name, system_description, sector,"
    " assessor, profile_json, risk_grade, created_at, updated_at, archived, superseded_by,"
    " upgraded_from, " + ", ".join(SIGN_OFF_COLUMNS)
)


def _assessment_record(row: Sequence[Any]) -> AssessmentRecord:
    values = list(row)
    values[13] = bool(values[13])
    return AssessmentRecord(*values)
