"""The store's drafts table: unsaved edits of answers (see migration 4). A draft is not an
answer: it is written without an audit entry and changes nothing a report shows."""

from __future__ import annotations

from collections.abc import Sequence

from selfcheck.core.answers import Answer
from selfcheck.core.store.answers import EDITABLE_COLUMNS, UPDATE_EDITABLE, editable_values, read_answer
from selfcheck.core.store.assessments import AssessmentTables
from selfcheck.core.text import utc_timestamp


class DraftTables(AssessmentTables):
    """The unsaved drafts of the assessments."""

    def drafts(self, assessment_id: int) -> dict[str, Answer]:
        """The unsaved drafts of an assessment: the answer fields a user can change (no
        previous answer, attachments or time stamp; the caller lays them over the saved
        answer)."""
        with self._lock, self._translate("read drafts"):
            rows = self._conn.execute(
                f"SELECT item_id, {EDITABLE_COLUMNS} FROM drafts WHERE assessment_id = ?",
                (assessment_id,)).fetchall()
        return {row[0]: read_answer(row) for row in rows}

    def save_drafts(self, assessment_id: int, drafts: Sequence[Answer]) -> None:
        """Write drafts (replacing earlier ones of the same items) in one durable
        transaction."""
        with self.transaction():
            self.assessment(assessment_id)
            now = utc_timestamp()
            self._conn.executemany(
                f"INSERT INTO drafts (assessment_id, item_id, {EDITABLE_COLUMNS}, updated_at)"
                " VALUES (?,?,?,?,?,?,?,?,?,?) ON CONFLICT (assessment_id, item_id)"
                f" DO UPDATE SET {UPDATE_EDITABLE}, updated_at = excluded.updated_at",
                [(assessment_id, draft.item_id, *editable_values(draft), now)
                 for draft in drafts])

    def delete_drafts(self, assessment_id: int, item_ids: Sequence[str]) -> None:
        """Forget the drafts of these items (saved or discarded), in one transaction."""
        with self.transaction():
            self._conn.executemany(
                "DELETE FROM drafts WHERE assessment_id = ? AND item_id = ?",
                [(assessment_id, item_id) for item_id in item_ids])
