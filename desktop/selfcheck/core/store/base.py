"""The store's foundation: the connection and its lock, one-line errors, transactions
and the hash-chained audit log every write appends to."""

from __future__ import annotations

import getpass
import hashlib
import sqlite3
import threading
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from selfcheck.core.errors import DatabaseDamagedError, StoreError, damaged_database
from selfcheck.core.records import GENESIS_HASH, AuditEntry
from selfcheck.core.text import canonical_json, utc_timestamp


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


class StoreBase:
    """The connection of a :class:`~selfcheck.core.store.Store` and what every part of it
    uses: the lock, error translation, transactions and appending to the audit log."""

    def __init__(self, conn: sqlite3.Connection, path: Path) -> None:
        self._conn = conn
        self.path = path
        self._lock = threading.RLock()
        #: Set when the database failed its check at open: it is read-only then.
        self.damage: DatabaseDamagedError | None = None
        self._checked_at: float | None = None
        self._opened_state: list[list[int] | None] = []
        #: The check stamp found at open and trusted (the database as it was then).
        self._trusted_stamp: dict[str, Any] | None = None

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
                f"{self.path}: not a SelfCheck database, or the file is damaged ({exc}); "
                "restore it from a backup (selfcheck restore FILE)",
                zh=f"{self.path}：不是本程序的数据库，或文件已损坏（{exc}）；"
                "请从备份恢复（selfcheck restore FILE）",
            ) from None

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """One atomic, durable write transaction (BEGIN IMMEDIATE ... COMMIT); refused
        with the damage message when the database failed its check at open."""
        if self.damage is not None:
            raise damaged_database(self.path, self.damage.problems)
        with self._lock, self._translate("save"):
            self._conn.execute("BEGIN IMMEDIATE")
            try:
                yield
            except BaseException:
                # SQLite has already rolled back after some errors (a full disk)
                if self._conn.in_transaction:
                    self._conn.execute("ROLLBACK")
                raise
            self._conn.execute("COMMIT")

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
