"""The local SQLite store: the only module that runs SQL.

One file in the data directory, opened in WAL mode with ``synchronous=FULL``
so that every committed transaction survives a power loss. The schema is
versioned with ``PRAGMA user_version`` and upgraded by forward migrations.
The audit log is append-only (triggers refuse UPDATE and DELETE) and
hash-chained: each entry's hash covers the previous entry's hash and the
entry's own canonical JSON, so a removed, changed or re-ordered entry breaks
the chain at a point :meth:`Store.verify_audit_chain` can name.
"""

from __future__ import annotations

import datetime as dt
import getpass
import hashlib
import json
import os
import shutil
import sqlite3
import tempfile
import threading
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import TYPE_CHECKING, Any

from selfcheck.core.answers import Answer, Attachment, Status
from selfcheck.core.errors import NotFoundError, StoreError
from selfcheck.core.files import database_files, is_database_file
from selfcheck.core.records import (
    GENESIS_HASH,
    AssessmentRecord,
    AuditEntry,
    ChainReport,
    PackRecord,
    TrustedPackKey,
)
from selfcheck.core.store.migrations import MIGRATIONS, SCHEMA_VERSION
from selfcheck.core.text import canonical_json, utc_timestamp

if TYPE_CHECKING:  # sqlite_utils is imported only when a migration runs (it is slow to import)
    import sqlite_utils

BUSY_TIMEOUT_MS = 3000

def _actor() -> str:
    try:
        return getpass.getuser()
    except Exception:  # getuser raises various errors on odd systems
        return "unknown"


def entry_hash(prev_hash: str, seq: int, at: str, actor: str, action: str,
               assessment_id: int | None, payload: str) -> str:
    """The hash of an audit entry, chained to the previous entry's hash."""
    body = canonical_json({
        "seq": seq, "at": at, "actor": actor, "action": action,
        "assessment_id": assessment_id, "payload": payload,
    })
    return hashlib.sha256(prev_hash.encode("ascii") + b"\n" + body).hexdigest()


# --- the store ----------------------------------------------------------------

class Store:
    """All reads and writes of the local database."""

    def __init__(self, conn: sqlite3.Connection, path: Path) -> None:
        self._conn = conn
        self.path = path
        self._lock = threading.RLock()

    # -- opening ---------------------------------------------------------------

    @classmethod
    def open(cls, path: Path) -> Store:
        """Open (creating if needed) and migrate the database at ``path``."""
        existed = path.exists()
        if existed and path.is_dir():
            raise StoreError(f"{path}: is a folder, not a database file",
                             zh=f"{path}：这是文件夹，不是数据库文件")
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            conn = sqlite3.connect(
                path, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None,
                check_same_thread=False,
            )
        except (sqlite3.Error, OSError) as exc:
            raise StoreError(f"{path}: cannot open the database ({exc})",
                             zh=f"{path}：无法打开数据库（{exc}）") from None
        store = cls(conn, path)
        try:
            with store._translate("open"):
                conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
                conn.execute("PRAGMA foreign_keys = ON")
                mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
                if str(mode).lower() != "wal":
                    raise StoreError(f"{path}: cannot switch the database to WAL mode",
                                     zh=f"{path}：无法将数据库切换为 WAL 模式")
                conn.execute("PRAGMA synchronous = FULL")
                store._migrate()
        except BaseException:
            conn.close()
            raise
        return store

    def close(self) -> None:
        with self._lock:
            with suppress(sqlite3.Error):
                self._conn.execute("PRAGMA optimize")
            self._conn.close()

    @contextmanager
    def _translate(self, doing: str) -> Iterator[None]:
        """Turn sqlite3 errors into one-line StoreErrors."""
        try:
            yield
        except sqlite3.OperationalError as exc:
            text = str(exc)
            if "locked" in text or "busy" in text:
                raise StoreError(
                    f"{self.path}: the database is in use by another program; try again "
                    "when it has finished",
                    zh=f"{self.path}：数据库正被其他程序使用，请稍后重试",
                ) from None
            if "readonly" in text or "read-only" in text:
                raise StoreError(f"{self.path}: the database is read-only; nothing was changed",
                                 zh=f"{self.path}：数据库为只读，未作任何修改") from None
            if "unable to open" in text:
                raise StoreError(f"{self.path}: cannot open the database file ({text})",
                                 zh=f"{self.path}：无法打开数据库文件（{text}）") from None
            if "disk" in text and ("full" in text or "I/O" in text):
                raise StoreError(f"{self.path}: the disk is full or failing ({text})",
                                 zh=f"{self.path}：磁盘已满或出现故障（{text}）") from None
            raise StoreError(f"{self.path}: database error while trying to {doing} ({text})",
                             zh=f"{self.path}：数据库出错（{text}）") from None
        except sqlite3.DatabaseError as exc:
            raise StoreError(
                f"{self.path}: not a SelfCheck database, or the file is damaged ({exc})",
                zh=f"{self.path}：不是本程序的数据库，或文件已损坏（{exc}）",
            ) from None

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """One atomic, durable write transaction (BEGIN IMMEDIATE ... COMMIT)."""
        with self._lock, self._translate("save"):
            self._conn.execute("BEGIN IMMEDIATE")
            try:
                yield
            except BaseException:
                self._conn.execute("ROLLBACK")
                raise
            self._conn.execute("COMMIT")

    def _migrate(self) -> None:
        version = int(self._conn.execute("PRAGMA user_version").fetchone()[0])
        if version > SCHEMA_VERSION:
            raise StoreError(
                f"{self.path}: the database was written by a newer version of the program "
                f"(schema {version}, this program knows up to {SCHEMA_VERSION})",
                zh=f"{self.path}：数据库由更新版本的程序写入，请使用新版程序打开",
            )
        tables = self._conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'").fetchall()
        if version == 0 and tables:
            raise StoreError(f"{self.path}: not a SelfCheck database (unknown tables)",
                             zh=f"{self.path}：不是本程序的数据库（含有未知的表）")
        for number in range(version, SCHEMA_VERSION):
            with self.transaction():
                MIGRATIONS[number](self._schema_editor())
                self._conn.execute(f"PRAGMA user_version = {number + 1}")

    def _schema_editor(self) -> sqlite_utils.Database:
        import sqlite_utils

        return sqlite_utils.Database(self._conn)

    @property
    def schema_version(self) -> int:
        return int(self._conn.execute("PRAGMA user_version").fetchone()[0])

    # -- audit -----------------------------------------------------------------

    def _append_audit(self, action: str, assessment_id: int | None,
                      payload: Mapping[str, Any]) -> AuditEntry:
        """Append one audit entry; call inside a transaction."""
        last = self._conn.execute(
            "SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1"
        ).fetchone()
        seq = (last[0] + 1) if last else 1
        prev = last[1] if last else GENESIS_HASH
        at = utc_timestamp()
        actor = _actor()
        text = canonical_json(payload).decode("utf-8")
        digest = entry_hash(prev, seq, at, actor, action, assessment_id, text)
        self._conn.execute(
            "INSERT INTO audit_log (seq, at, actor, action, assessment_id, payload, prev_hash, hash)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (seq, at, actor, action, assessment_id, text, prev, digest),
        )
        return AuditEntry(seq, at, actor, action, assessment_id, text, prev, digest)

    def audit_entries(self, assessment_id: int | None = None) -> list[AuditEntry]:
        with self._lock, self._translate("read the audit log"):
            if assessment_id is None:
                rows = self._conn.execute("SELECT * FROM audit_log ORDER BY seq").fetchall()
            else:
                rows = self._conn.execute(
                    "SELECT * FROM audit_log WHERE assessment_id = ? ORDER BY seq",
                    (assessment_id,),
                ).fetchall()
        return [AuditEntry(*row) for row in rows]

    def audit_head(self) -> str:
        with self._lock, self._translate("read the audit log"):
            row = self._conn.execute(
                "SELECT hash FROM audit_log ORDER BY seq DESC LIMIT 1").fetchone()
        return str(row[0]) if row else GENESIS_HASH

    def verify_audit_chain(self) -> ChainReport:
        """Recompute every hash of the audit chain and report the first break."""
        prev = GENESIS_HASH
        expected_seq = 1
        count = 0
        with self._lock, self._translate("verify the audit log"):
            cursor = self._conn.execute(
                "SELECT seq, at, actor, action, assessment_id, payload, prev_hash, hash"
                " FROM audit_log ORDER BY seq")
            for seq, at, actor, action, assessment_id, payload, prev_hash, digest in cursor:
                count += 1
                if seq != expected_seq:
                    return ChainReport(count, False, seq,
                                       f"entry {expected_seq} is missing (next is {seq})", prev)
                if prev_hash != prev:
                    return ChainReport(count, False, seq,
                                       f"entry {seq} does not follow entry {seq - 1}", prev)
                if entry_hash(prev, seq, at, actor, action, assessment_id, payload) != digest:
                    return ChainReport(count, False, seq,
                                       f"entry {seq} was changed after it was written", prev)
                prev = digest
                expected_seq += 1
        return ChainReport(count, True, None, "", prev)

    def integrity_check(self) -> list[str]:
        """SQLite's own integrity check plus a foreign-key check; empty when healthy."""
        with self._lock, self._translate("check the database"):
            problems = [str(r[0]) for r in self._conn.execute("PRAGMA integrity_check")]
            if problems == ["ok"]:
                problems = []
            problems += [
                f"foreign key broken in {r[0]} row {r[1]}"
                for r in self._conn.execute("PRAGMA foreign_key_check")
            ]
            for trigger in ("audit_log_no_update", "audit_log_no_delete"):
                found = self._conn.execute(
                    "SELECT 1 FROM sqlite_master WHERE type = 'trigger' AND name = ?", (trigger,)
                ).fetchone()
                if not found:
                    problems.append(f"the protective trigger {trigger} is missing")
        return problems

    # -- packs -----------------------------------------------------------------

    def install_pack(self, pack_id: str, version: int, label: str, content_hash: str,
                     origin: str, pack_json: str, signer_key_id: str | None = None,
                     audit: Mapping[str, Any] | None = None) -> None:
        """Install one pack version; with its audit entry, in one transaction."""
        with self.transaction():
            self.insert_pack(pack_id, version, label, content_hash, origin, pack_json,
                             signer_key_id, audit)

    def insert_pack(self, pack_id: str, version: int, label: str, content_hash: str,
                    origin: str, pack_json: str, signer_key_id: str | None,
                    audit: Mapping[str, Any] | None) -> None:
        """Insert one pack version and its audit entry; call inside :meth:`transaction`
        (the facade checks the install policy in the same transaction)."""
        self._conn.execute(
            "INSERT INTO packs (pack_id, version, label, content_hash, origin, signer_key_id,"
            " installed_at, pack_json) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (pack_id, version, label, content_hash, origin, signer_key_id, utc_timestamp(), pack_json),
        )
        self._append_audit("pack-installed", None, {
            "pack_id": pack_id, "version": version, "content_hash": content_hash,
            "origin": origin, "signer_key_id": signer_key_id, **(audit or {}),
        })

    def builtin_pack_sources(self) -> set[str]:
        """Digests of the built-in pack sources known to match an installed pack."""
        with self._lock, self._translate("read the installed packs"):
            return {row[0] for row in self._conn.execute(
                "SELECT source_digest FROM builtin_pack_sources")}

    def remember_builtin_pack_source(self, source_digest: str, pack_id: str, version: int) -> None:
        """Record that the built-in source with ``source_digest`` is installed as this pack."""
        with self.transaction():
            self._conn.execute(
                "INSERT OR REPLACE INTO builtin_pack_sources (source_digest, pack_id, version,"
                " seen_at) VALUES (?, ?, ?, ?)", (source_digest, pack_id, version, utc_timestamp()))

    def pack_records(self, pack_id: str | None = None, *, with_json: bool = False) -> list[PackRecord]:
        """Installed pack versions, newest version first per pack."""
        columns = "pack_id, version, label, content_hash, origin, signer_key_id, installed_at, " + (
            "pack_json" if with_json else "''")
        sql = f"SELECT {columns} FROM packs"
        args: tuple[Any, ...] = ()
        if pack_id is not None:
            sql += " WHERE pack_id = ?"
            args = (pack_id,)
        sql += " ORDER BY pack_id, version DESC"
        with self._lock, self._translate("read the installed packs"):
            return [PackRecord(*row) for row in self._conn.execute(sql, args)]

    def pack_record(self, pack_id: str, version: int) -> PackRecord:
        with self._lock, self._translate("read a pack"):
            row = self._conn.execute(
                "SELECT pack_id, version, label, content_hash, origin, signer_key_id,"
                " installed_at, pack_json FROM packs WHERE pack_id = ? AND version = ?",
                (pack_id, version),
            ).fetchone()
        if row is None:
            raise NotFoundError(f"pack {pack_id} version {version} is not installed",
                                zh=f"检查清单包 {pack_id} 第 {version} 版未安装")
        return PackRecord(*row)

    # -- assessments -----------------------------------------------------------

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
                   "profile_json", "risk_grade", "archived", "superseded_by"}
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

    # -- answers ---------------------------------------------------------------

    def answers(self, assessment_id: int, item_id: str | None = None) -> dict[str, Answer]:
        """Stored answers of an assessment (or of one item), with attachment metadata."""
        where = "assessment_id = ?"
        args: list[object] = [assessment_id]
        if item_id is not None:
            where += " AND item_id = ?"
            args.append(item_id)
        with self._lock, self._translate("read answers"):
            rows = self._conn.execute(
                "SELECT item_id, status, justification, evidence, remediation_owner,"
                " remediation_due, flagged, needs_review, previous, updated_at"
                f" FROM answers WHERE {where}", args,
            ).fetchall()
            files = self._attachment_rows(assessment_id, item_id)
        by_item: dict[str, list[Attachment]] = {}
        for attachment in files:
            by_item.setdefault(attachment.item_id, []).append(attachment)
        result: dict[str, Answer] = {}
        for row in rows:
            result[row[0]] = Answer(
                item_id=row[0], status=Status(row[1]), justification=row[2],
                evidence=row[3], remediation_owner=row[4],
                remediation_due=dt.date.fromisoformat(row[5]) if row[5] else None,
                flagged=bool(row[6]), needs_review=bool(row[7]), previous=row[8],
                updated_at=row[9], attachments=tuple(by_item.pop(row[0], [])),
            )
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
                self._append_audit(action, assessment_id, _answer_payload(answer))
            self._touch(assessment_id, now)
        return now

    def _upsert_answer(self, assessment_id: int, answer: Answer, now: str) -> None:
        self._conn.execute(
            "INSERT INTO answers (assessment_id, item_id, status, justification, evidence,"
            " remediation_owner, remediation_due, flagged, needs_review, previous, created_at,"
            " updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)"
            " ON CONFLICT (assessment_id, item_id) DO UPDATE SET status = excluded.status,"
            " justification = excluded.justification, evidence = excluded.evidence,"
            " remediation_owner = excluded.remediation_owner,"
            " remediation_due = excluded.remediation_due, flagged = excluded.flagged,"
            " needs_review = excluded.needs_review, previous = excluded.previous,"
            " updated_at = excluded.updated_at",
            (assessment_id, answer.item_id, answer.status.value, answer.justification,
             answer.evidence, answer.remediation_owner,
             answer.remediation_due.isoformat() if answer.remediation_due else None,
             int(answer.flagged), int(answer.needs_review), answer.previous, now, now),
        )

    def _touch(self, assessment_id: int, now: str) -> None:
        self._conn.execute("UPDATE assessments SET updated_at = ? WHERE id = ?",
                           (now, assessment_id))

    # -- attachments -----------------------------------------------------------

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
        """Store an evidence file with its SHA-256, in one transaction with its audit entry."""
        digest = hashlib.sha256(content).hexdigest()
        with self.transaction():
            self.assessment(assessment_id)
            now = utc_timestamp()
            cursor = self._conn.execute(
                "INSERT INTO attachments (assessment_id, item_id, file_name, sha256, size,"
                " content, added_at) VALUES (?,?,?,?,?,?,?)",
                (assessment_id, item_id, file_name, digest, len(content), content, now),
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
            self._append_audit("attachment-removed", assessment_id, {
                "item": row[0], "attachment": attachment_id, "file_name": row[1],
                "sha256": row[2]})
            self._touch(assessment_id, utc_timestamp())

    def attachment_content(self, attachment_id: int) -> tuple[str, bytes]:
        with self._lock, self._translate("read an attachment"):
            row = self._conn.execute(
                "SELECT file_name, content FROM attachments WHERE id = ?", (attachment_id,)
            ).fetchone()
        if row is None:
            raise NotFoundError(f"attachment {attachment_id} does not exist",
                                zh=f"附件 {attachment_id} 不存在")
        return str(row[0]), bytes(row[1])

    # -- copies of whole assessments -------------------------------------------

    def copy_assessment(self, source_id: int, *, pack_version: int | None = None,
                        answers: Sequence[Answer] | None = None,
                        upgraded: bool = False, audit: Mapping[str, Any] | None = None,
                        expect_answers: Mapping[str, Answer] | None = None) -> int:
        """Copy an assessment (header, given answers, attachments of kept items) in one
        transaction. With ``upgraded``, the source is archived and points at the copy.
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
                assessor=source.assessor, profile_json=source.profile_json,
                risk_grade=source.risk_grade,
                upgraded_from=source_id if upgraded else None)
            kept = answers if answers is not None else list(self.answers(source_id).values())
            now = utc_timestamp()
            kept_ids = [a.item_id for a in kept]
            for answer in kept:
                self._upsert_answer(new_id, answer, now)
            if kept_ids:
                marks = ",".join("?" * len(kept_ids))
                self._conn.execute(
                    "INSERT INTO attachments (assessment_id, item_id, file_name, sha256, size,"
                    " content, added_at) SELECT ?, item_id, file_name, sha256, size, content,"
                    f" added_at FROM attachments WHERE assessment_id = ? AND item_id IN ({marks})",
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

    # -- trusted pack keys -----------------------------------------------------

    def trusted_pack_keys(self) -> list[TrustedPackKey]:
        with self._lock, self._translate("read the trusted pack keys"):
            rows = self._conn.execute(
                "SELECT key_id, public_key, label, allowed_packs, added_at, revoked_at"
                " FROM trusted_pack_keys ORDER BY added_at").fetchall()
        return [
            TrustedPackKey(r[0], r[1], r[2],
                           tuple(json.loads(r[3])) if r[3] else None, r[4], r[5])
            for r in rows
        ]

    def add_trusted_pack_key(self, key_id: str, public_key: str, label: str,
                             allowed_packs: Sequence[str] | None) -> None:
        with self.transaction():
            self._conn.execute(
                "INSERT INTO trusted_pack_keys (key_id, public_key, label, allowed_packs,"
                " added_at, revoked_at) VALUES (?,?,?,?,?,NULL) ON CONFLICT (key_id) DO UPDATE"
                " SET label = excluded.label, allowed_packs = excluded.allowed_packs,"
                " revoked_at = NULL",
                (key_id, public_key, label,
                 json.dumps(list(allowed_packs)) if allowed_packs is not None else None,
                 utc_timestamp()))
            self._append_audit("pack-key-trusted", None, {
                "key_id": key_id, "label": label,
                "allowed_packs": list(allowed_packs) if allowed_packs is not None else None})

    def revoke_pack_key(self, key_id: str) -> None:
        with self.transaction():
            cursor = self._conn.execute(
                "UPDATE trusted_pack_keys SET revoked_at = ? WHERE key_id = ?",
                (utc_timestamp(), key_id))
            if cursor.rowcount == 0:
                raise NotFoundError(f"pack key {key_id} is not in the trust store",
                                    zh=f"清单包签名密钥 {key_id} 不在信任库中")
            self._append_audit("pack-key-revoked", None, {"key_id": key_id})

    # -- backup ----------------------------------------------------------------

    def files(self) -> tuple[Path, ...]:
        """The database file and its WAL companions, which nothing else may overwrite."""
        return database_files(self.path)

    def backup_to(self, destination: Path, *, overwrite: bool = False) -> None:
        """Write a consistent copy of the database to ``destination`` (via a temp file).

        An existing file is replaced only with ``overwrite``; the live database never is.
        """
        if is_database_file(destination, self.path):
            raise StoreError(f"{destination}: this is the live database; choose another file",
                             zh=f"{destination}：这是正在使用的数据库文件，请另选文件名")
        if destination.is_dir():
            raise StoreError(f"{destination}: is a folder; give a file name",
                             zh=f"{destination}：这是文件夹，请给出文件名")
        if destination.exists() and not overwrite:
            raise StoreError(f"{destination}: already exists; choose another name or allow "
                             "replacing it", zh=f"{destination}：文件已存在，请另选文件名或确认替换")
        temp: Path | None = None
        try:
            handle, name = tempfile.mkstemp(prefix=f".{destination.name}.", suffix=".partial",
                                            dir=destination.parent)
            os.close(handle)
            temp = Path(name)
            target = sqlite3.connect(temp)
            try:
                with self._lock:
                    self._conn.backup(target)
            finally:
                target.close()
            temp.replace(destination)
        except (sqlite3.Error, OSError) as exc:
            if temp is not None:
                temp.unlink(missing_ok=True)
            raise StoreError(f"{destination}: the backup could not be written ({exc})",
                             zh=f"{destination}：备份未能写入（{exc}）") from None


_ASSESSMENT_COLUMNS = (
    "id, uid, pack_id, pack_version, organisation, system_name, system_description, sector,"
    " assessor, profile_json, risk_grade, created_at, updated_at, archived, superseded_by,"
    " upgraded_from"
)


def _assessment_record(row: Sequence[Any]) -> AssessmentRecord:
    values = list(row)
    values[13] = bool(values[13])
    return AssessmentRecord(*values)


def _answer_payload(answer: Answer) -> dict[str, Any]:
    return {
        "item": answer.item_id, "status": answer.status.value,
        "justification": answer.justification, "evidence": answer.evidence,
        "remediation_owner": answer.remediation_owner,
        "remediation_due": answer.remediation_due.isoformat() if answer.remediation_due else None,
        "flagged": answer.flagged, "needs_review": answer.needs_review,
    }


def check_database_file(path: Path) -> None:
    """Raise StoreError unless ``path`` is a healthy SelfCheck database (used by restore)."""
    try:
        # as_uri() escapes "?", "#" and "%" in the name, which a URI would misread
        conn = sqlite3.connect(path.absolute().as_uri() + "?mode=ro", uri=True)
    except sqlite3.Error as exc:
        raise StoreError(f"{path}: cannot be opened ({exc})", zh=f"{path}：无法打开（{exc}）") from None
    try:
        result = conn.execute("PRAGMA integrity_check").fetchone()
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    except sqlite3.DatabaseError as exc:
        raise StoreError(f"{path}: not a SelfCheck database, or damaged ({exc})",
                         zh=f"{path}：不是本程序的数据库，或文件已损坏（{exc}）") from None
    finally:
        conn.close()
    if result is None or result[0] != "ok":
        detail = result[0] if result else "no answer"
        raise StoreError(f"{path}: the database is damaged ({detail})",
                         zh=f"{path}：数据库已损坏（{detail}）")
    if not {"assessments", "answers", "audit_log"} <= tables or not 1 <= version <= SCHEMA_VERSION:
        raise StoreError(f"{path}: not a SelfCheck database of a version this program can read",
                         zh=f"{path}：不是本程序能读取的数据库版本")


def check_backup_file(source: Path, database: Path) -> None:
    """Raise StoreError unless ``source`` is a healthy SelfCheck database that is not
    ``database`` (the one in use) or one of its companions: a file restore may copy in."""
    if is_database_file(source, database):
        raise StoreError(f"{source}: this is the database in use; choose a backup file",
                         zh=f"{source}：这是正在使用的数据库，请选择备份文件")
    check_database_file(source)


def _free_name(path: Path) -> Path:
    """``path``, or ``NAME-2.EXT``, ``NAME-3.EXT``... if it exists (two restores in a second)."""
    candidate, number = path, 1
    while candidate.exists():
        number += 1
        candidate = path.with_name(f"{path.stem}-{number}{path.suffix}")
    return candidate


def restore_database(store: Store, source: Path) -> Path:
    """Replace the database of ``store`` with the backup ``source``; ``store`` is closed
    after, whether or not the restore succeeded.

    ``source`` is checked first (:func:`check_backup_file`). A consistent copy of the
    current database is kept beside it (its path is returned); the backup is copied in
    under a temporary name, the old ``-wal``/``-shm`` files are removed and the copy is
    renamed into place. If copying fails, the previous database is left as it was.
    """
    database = store.path
    try:
        check_backup_file(source, database)
        kept = _free_name(database.with_name(
            f"selfcheck-before-restore-{dt.datetime.now():%Y%m%d-%H%M%S}.sqlite3"))
        store.backup_to(kept)
    finally:
        store.close()
    partial = database.with_name(database.name + ".restoring")
    try:
        shutil.copyfile(source, partial)
        for suffix in ("-wal", "-shm"):
            Path(str(database) + suffix).unlink(missing_ok=True)
        os.replace(partial, database)
    except OSError as exc:
        partial.unlink(missing_ok=True)
        raise StoreError(f"{database}: the backup could not be copied in ({exc.strerror}); "
                         "the previous database is unchanged",
                         zh=f"{database}：未能复制备份（{exc.strerror}），原数据库未改动") from None
    return kept
