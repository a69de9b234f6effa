"""The store's answer tables: answers, their evidence files, and copies of whole
assessments with both. An evidence file's bytes are stored once, by SHA-256, in
``attachment_blobs``; attachment rows refer to them (migration 6)."""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Mapping, Sequence
from typing import Any

from selfcheck.core.answers import Answer, Attachment, Status, answer_to_dict
from selfcheck.core.errors import NotFoundError, StoreError
from selfcheck.core.store.assessments import AssessmentTables
from selfcheck.core.text import utc_timestamp

#: The columns of the answer fields a user changes, in the answers and drafts tables.
EDITABLE_COLUMNS = ("status, justification, evidence, remediation_owner, remediation_due,"
                    " flagged, needs_review")
#: An upsert's assignments of :data:`EDITABLE_COLUMNS`.
UPDATE_EDITABLE = ", ".join(f"{column} = excluded.{column}"
                            for column in EDITABLE_COLUMNS.replace(" ", "").split(","))


def editable_values(answer: Answer) -> tuple[Any, ...]:
    """The values of :data:`EDITABLE_COLUMNS` for ``answer``."""
    return (answer.status.value, answer.justification, answer.evidence,
            answer.remediation_owner,
            answer.remediation_due.isoformat() if answer.remediation_due else None,
            int(answer.flagged), int(answer.needs_review))


def read_answer(row: Sequence[Any], **rest: Any) -> Answer:
    """An answer from a row of item_id and :data:`EDITABLE_COLUMNS` (``rest``: the other
    fields)."""
    return Answer(item_id=row[0], status=Status(row[1]), justification=row[2], evidence=row[3],
                  remediation_owner=row[4],
                  remediation_due=dt.date.fromisoformat(row[5]) if row[5] else None,
                  flagged=bool(row[6]), needs_review=bool(row[7]), **rest)


class AnswerTables(AssessmentTables):
    """Answers and attachments of assessments, and copies of whole assessments."""

    def answers(self, assessment_id: int, item_id: str | None = None) -> dict[str, Answer]:
        """Stored answers of an assessment (or of one item), with attachment metadata."""
        where = "assessment_id = ?"
        args: list[object] = [assessment_id]
        if item_id is not None:
            where += " AND item_id = ?"
            args.append(item_id)
        with self._lock, self._translate("read answers"):
            rows = self._conn.execute(
                f"SELECT item_id, {EDITABLE_COLUMNS}, previous, updated_at"
                f" FROM answers WHERE {where}", args,
            ).fetchall()
            files = self._attachment_rows(assessment_id, item_id)
        by_item: dict[str, list[Attachment]] = {}
        for attachment in files:
            by_item.setdefault(attachment.item_id, []).append(attachment)
        result: dict[str, Answer] = {}
        for row in rows:
            result[row[0]] = read_answer(row, previous=row[8], updated_at=row[9],
                                         attachments=tuple(by_item.pop(row[0], [])))
        for orphan_item, attached in by_item.items():
            result[orphan_item] = Answer(item_id=orphan_item, attachments=tuple(attached))
        return result

    def answer(self, assessment_id: int, item_id: str) -> Answer | None:
        """The stored answer to one item, or None."""
        return self.answers(assessment_id, item_id).get(item_id)

    def save_answers(self, assessment_id: int, answers: Sequence[Answer],
                     action: str = "answer-saved") -> str:
        """Save answers and one audit entry each, all in one durable transaction.

        Returns the time stamp written.
        """
        with self.transaction():
            self.assessment(assessment_id)
            now = utc_timestamp()
            for answer in answers:
                self._upsert_answer(assessment_id, answer, now)
                self._append_audit(action, assessment_id, answer_to_dict(answer))
            self._touch(assessment_id, now)
        return now

    def merge_answers(self, assessment_id: int, answers: Sequence[Answer], *,
                      expect: Mapping[str, Answer | None], audit: Mapping[str, Any]) -> str:
        """Save answers imported from elsewhere, one audit entry each with ``audit``
        (e.g. who supplied them) beside the answer, in one transaction; refused, with
        nothing written, unless the stored answers of the ``expect`` items are still
        exactly those (the ones the user saw when deciding)."""
        with self.transaction():
            self.assessment(assessment_id)
            stored = self.answers(assessment_id)
            changed = sorted(item for item, answer in expect.items() if stored.get(item) != answer)
            if changed:
                raise StoreError(
                    f"the answers to {', '.join(changed)} changed after the import was "
                    "previewed; nothing was changed, preview the import again",
                    zh=f"预览导入后，检查项 {'、'.join(changed)} 的答复已有变化；未作任何修改，"
                    "请重新预览导入")
            now = utc_timestamp()
            for answer in answers:
                self._upsert_answer(assessment_id, answer, now)
                self._append_audit("answer-imported", assessment_id,
                                   {**answer_to_dict(answer), **audit})
            self._touch(assessment_id, now)
        return now

    def _upsert_answer(self, assessment_id: int, answer: Answer, now: str) -> None:
        self._conn.execute(
            f"INSERT INTO answers (assessment_id, item_id, {EDITABLE_COLUMNS}, previous,"
            " created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)"
            f" ON CONFLICT (assessment_id, item_id) DO UPDATE SET {UPDATE_EDITABLE},"
            " previous = excluded.previous, updated_at = excluded.updated_at",
            (assessment_id, answer.item_id, *editable_values(answer), answer.previous, now, now),
        )

    def _attachment_rows(self, assessment_id: int, item_id: str | None = None) -> list[Attachment]:
        where = "assessment_id = ?"
        args: list[object] = [assessment_id]
        if item_id is not None:
            where += " AND item_id = ?"
            args.append(item_id)
        return [
            Attachment(*row) for row in self._conn.execute(
                "SELECT id, item_id, file_name, sha256, size, added_at FROM attachments"
                f" WHERE {where} ORDER BY id", args)
        ]

    def add_attachment(self, assessment_id: int, item_id: str, file_name: str,
                       content: bytes) -> Attachment:
        """Store an evidence file with its SHA-256 (its bytes once, however often they are
        attached), in one transaction with its audit entry."""
        digest = hashlib.sha256(content).hexdigest()
        with self.transaction():
            self.assessment(assessment_id)
            now = utc_timestamp()
            self._conn.execute(
                "INSERT OR IGNORE INTO attachment_blobs (sha256, size, content) VALUES (?,?,?)",
                (digest, len(content), content))
            cursor = self._conn.execute(
                "INSERT INTO attachments (assessment_id, item_id, file_name, sha256, size,"
                " added_at) VALUES (?,?,?,?,?,?)",
                (assessment_id, item_id, file_name, digest, len(content), now),
            )
            attachment_id = int(cursor.lastrowid or 0)
            self._append_audit("attachment-added", assessment_id, {
                "item": item_id, "attachment": attachment_id, "file_name": file_name,
                "sha256": digest, "size": len(content)})
            self._touch(assessment_id, now)
        return Attachment(attachment_id, item_id, file_name, digest, len(content), now)

    def remove_attachment(self, assessment_id: int, attachment_id: int) -> None:
        with self.transaction():
            row = self._conn.execute(
                "SELECT item_id, file_name, sha256 FROM attachments WHERE id = ? AND"
                " assessment_id = ?", (attachment_id, assessment_id)).fetchone()
            if row is None:
                raise NotFoundError(f"attachment {attachment_id} does not exist",
                                    zh=f"附件 {attachment_id} 不存在")
            self._conn.execute("DELETE FROM attachments WHERE id = ?", (attachment_id,))
            self._conn.execute(  # the bytes go with the last row that refers to them
                "DELETE FROM attachment_blobs WHERE sha256 = ? AND NOT EXISTS"
                " (SELECT 1 FROM attachments WHERE sha256 = ?)", (row[2], row[2]))
            self._append_audit("attachment-removed", assessment_id, {
                "item": row[0], "attachment": attachment_id, "file_name": row[1],
                "sha256": row[2]})
            self._touch(assessment_id, utc_timestamp())

    def attachment_content(self, attachment_id: int) -> tuple[str, bytes]:
        with self._lock, self._translate("read an attachment"):
            row = self._conn.execute(
                "SELECT a.file_name, b.content FROM attachments a JOIN attachment_blobs b"
                " ON b.sha256 = a.sha256 WHERE a.id = ?", (attachment_id,)
            ).fetchone()
        if row is None:
            raise NotFoundError(f"attachment {attachment_id} does not exist",
                                zh=f"附件 {attachment_id} 不存在")
        return str(row[0]), bytes(row[1])

    def copy_assessment(self, source_id: int, *, pack_version: int | None = None,
                        answers: Sequence[Answer] | None = None,
                        upgraded: bool = False, audit: Mapping[str, Any] | None = None,
                        expect_answers: Mapping[str, Answer] | None = None,
                        profile_json: str | None = None, risk_grade: int | None = None) -> int:
        """Copy an assessment (header, given answers, attachments of kept items, which refer
        to the same stored bytes) in one transaction. With ``upgraded``, the source is
        archived and points at the copy.
        With ``expect_answers``, the copy is refused unless the source is not superseded
        and its answers are still exactly these (checked inside the transaction)."""
        with self.transaction():
            source = self.assessment(source_id)
            if expect_answers is not None and (
                    source.superseded_by is not None
                    or self.answers(source_id) != dict(expect_answers)):
                raise StoreError(f"assessment {source_id} changed while it was being copied; "
                                 "nothing was changed, try again",
                                 zh=f"复制期间自查 {source_id} 发生了变化，未作任何修改，请重试")
            new_id = self._insert_assessment(
                pack_id=source.pack_id, pack_version=pack_version or source.pack_version,
                organisation=source.organisation, system_name=source.system_name,
                system_description=source.system_description, sector=source.sector,
                assessor=source.assessor, profile_json=profile_json or source.profile_json,
                risk_grade=risk_grade or source.risk_grade,
                upgraded_from=source_id if upgraded else None)
            # the people and their roles carry over; their dates attested the source's state
            self._conn.execute(
                "UPDATE assessments SET assessor_role = ?, reviewer = ?, reviewer_role = ?,"
                " approver = ?, approver_role = ? WHERE id = ?",
                (source.assessor_role, source.reviewer, source.reviewer_role, source.approver,
                 source.approver_role, new_id))
            kept = answers if answers is not None else list(self.answers(source_id).values())
            now = utc_timestamp()
            kept_ids = [a.item_id for a in kept]
            for answer in kept:
                self._upsert_answer(new_id, answer, now)
            if kept_ids:
                marks = ",".join("?" * len(kept_ids))
                self._conn.execute(
                    "INSERT INTO attachments (assessment_id, item_id, file_name, sha256, size,"
                    " added_at) SELECT ?, item_id, file_name, sha256, size, added_at"
                    f" FROM attachments WHERE assessment_id = ? AND item_id IN ({marks})",
                    (new_id, source_id, *kept_ids))
            action = "assessment-upgraded" if upgraded else "assessment-duplicated"
            self._append_audit(action, new_id, {"from": source_id, "answers": len(kept),
                                                **(audit or {})})
            if upgraded:
                self._conn.execute(
                    "UPDATE assessments SET archived = 1, superseded_by = ?, updated_at = ?"
                    " WHERE id = ?", (new_id, now, source_id))
                self._append_audit("assessment-superseded", source_id, {"by": new_id})
        return new_id
