"""The audit log's readers and the database health checks of the store."""

from __future__ import annotations

import sqlite3

from selfcheck.core.records import GENESIS_HASH, AuditEntry, ChainReport
from selfcheck.core.store.base import StoreBase, entry_hash


class AuditTables(StoreBase):
    """Reading and verifying the audit log; SQLite's own checks."""

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
        """Recompute every hash of the audit chain and report the first break (a log that
        cannot be read counts as broken)."""
        try:
            return self._verify_audit_chain()
        except sqlite3.DatabaseError as exc:
            if isinstance(exc, sqlite3.OperationalError):
                raise
            return ChainReport(0, False, None, f"the audit log cannot be read ({exc})",
                               GENESIS_HASH, f"无法读取审计日志（{exc}）")

    def _verify_audit_chain(self) -> ChainReport:
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
                                       f"entry {expected_seq} is missing (next is {seq})", prev,
                                       f"缺少第 {expected_seq} 条记录（下一条是第 {seq} 条）")
                if prev_hash != prev:
                    return ChainReport(count, False, seq,
                                       f"entry {seq} does not follow entry {seq - 1}", prev,
                                       f"第 {seq} 条记录与第 {seq - 1} 条记录接不上")
                if entry_hash(prev, seq, at, actor, action, assessment_id, payload) != digest:
                    return ChainReport(count, False, seq,
                                       f"entry {seq} was changed after it was written", prev,
                                       f"第 {seq} 条记录在写入后被修改")
                prev = digest
                expected_seq += 1
        return ChainReport(count, True, None, "", prev)

    def integrity_check(self) -> list[str]:
        """SQLite's own integrity check plus a foreign-key check; empty when healthy."""
        with self._lock, self._translate("check the database"):
            try:
                problems = [str(r[0]) for r in self._conn.execute("PRAGMA integrity_check")]
            except sqlite3.DatabaseError as exc:
                if isinstance(exc, sqlite3.OperationalError):
                    raise
                return [str(exc)]  # damage so bad the check itself stops
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
