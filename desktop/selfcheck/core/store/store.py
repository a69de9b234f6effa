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
import json
import logging
import os
import shutil
import sqlite3
import tempfile
import time
from contextlib import suppress
from pathlib import Path
from typing import TYPE_CHECKING, Any

from selfcheck.core.errors import StoreError, damaged_database
from selfcheck.core.files import database_files, is_database_file, write_atomically
from selfcheck.core.store.answers import AnswerTables
from selfcheck.core.store.audit import AuditTables
from selfcheck.core.store.drafts import DraftTables
from selfcheck.core.store.migrations import MIGRATIONS, SCHEMA_VERSION
from selfcheck.core.store.packs import PackTables
from selfcheck.core.store.review import ReviewTables

if TYPE_CHECKING:  # sqlite_utils is imported only when a migration runs (it is slow to import)
    import sqlite_utils

log = logging.getLogger(__name__)

BUSY_TIMEOUT_MS = 3000


class Store(AnswerTables, DraftTables, PackTables, AuditTables, ReviewTables):
    """All reads and writes of the local database: the one entry point of this package.

    The tables are grouped in parts on one connection (:mod:`.base`): assessments
    (:mod:`.assessments`), answers, attachments and copies (:mod:`.answers`), unsaved
    drafts (:mod:`.drafts`), packs and pack keys (:mod:`.packs`), the audit log and health
    checks (:mod:`.audit`), the reviewer's register of received reports (:mod:`.review`).
    This class opens, migrates, backs up and closes the database."""

    @classmethod
    def open(cls, path: Path) -> Store:
        """Open (creating if needed) and migrate the database at ``path``.

        A database that fails SQLite's quick check is opened read-only instead, with
        :attr:`damage` saying so (see :func:`_health_check`)."""
        existed = path.exists()
        if existed and path.is_dir():
            raise StoreError(f"{path}: is a folder, not a database file",
                             zh=f"{path}：这是文件夹，不是数据库文件")
        stamp, state = _read_check_stamp(path), file_state(path)  # before SQLite touches it
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
        store._opened_state = state
        try:
            with store._translate("open"):
                conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
                conn.execute("PRAGMA foreign_keys = ON")
                mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
                if str(mode).lower() != "wal":
                    raise StoreError(f"{path}: cannot switch the database to WAL mode",
                                     zh=f"{path}：无法将数据库切换为 WAL 模式")
                conn.execute("PRAGMA synchronous = FULL")
                store._health_check(stamp)
                if store.damage is None:
                    store._migrate()
                elif store.schema_version < SCHEMA_VERSION:
                    raise store.damage  # an older schema cannot be read without migrating
        except BaseException:
            conn.close()
            raise
        return store

    def _health_check(self, stamp: dict[str, Any] | None) -> None:
        """Run ``PRAGMA quick_check`` unless the database file is just as it was when this
        program last closed it after a clean check less than a day ago (the check reads
        every page: 30 ms for a 44 MB database in the page cache, seconds from a slow USB
        stick). Damage found: :attr:`damage` is set and the connection made read-only."""
        now = time.time()
        if (stamp is not None and stamp.get("state") == self._opened_state
                and 0 <= now - float(stamp.get("checked_at", 0)) < FULL_CHECK_INTERVAL):
            self._checked_at = float(stamp["checked_at"])
            self._trusted_stamp = stamp
            return
        started = time.perf_counter()
        try:
            rows = [str(r[0]) for r in self._conn.execute("PRAGMA quick_check(20)")]
        except sqlite3.DatabaseError as exc:  # damage so bad the check itself stops
            if isinstance(exc, sqlite3.OperationalError):
                raise  # busy, locked, I/O: not damage (the caller words it)
            rows = [str(exc)]
        log.info("quick check of %s: %s (%.0f ms)", self.path, rows[0],
                 (time.perf_counter() - started) * 1000)
        if rows == ["ok"]:
            self._checked_at = now
            return
        problems = [line.strip() for row in rows for line in row.splitlines()
                    if line.strip() and not line.startswith("***")]
        self.damage = damaged_database(self.path, problems or rows)
        self._conn.execute("PRAGMA query_only = ON")
        _check_stamp(self.path).unlink(missing_ok=True)

    def close(self) -> None:
        with self._lock:
            with suppress(sqlite3.Error):
                if self.damage is None:
                    self._conn.execute("PRAGMA optimize")
            self._conn.close()
            if self.damage is None and self._checked_at is not None:
                _write_check_stamp(self.path, self._checked_at, self._trusted_stamp)

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


#: How often the quick check runs although the database file looks untouched (bit rot
#: changes no time stamp).
FULL_CHECK_INTERVAL = 24 * 3600


def _check_stamp(database: Path) -> Path:
    """The file beside the database that remembers its last clean check."""
    return database.with_name(database.name + "-checked")


def file_state(database: Path) -> list[list[int] | None]:
    """Size, modification time and inode of the database and its write-ahead log."""
    state: list[list[int] | None] = []
    for file in database_files(database)[:2]:
        try:
            info = file.stat()
        except OSError:
            state.append(None)
        else:
            state.append([info.st_size, info.st_mtime_ns, info.st_ino])
    return state


def _read_check_stamp(database: Path) -> dict[str, Any] | None:
    try:
        stamp = json.loads(_check_stamp(database).read_bytes()[:4096])
    except (OSError, ValueError):
        return None
    return stamp if isinstance(stamp, dict) else None


def _write_check_stamp(database: Path, checked_at: float, kept: dict[str, Any] | None = None) -> None:
    """Remember that the database, as it is now (closed by this program), was clean at
    ``checked_at``; a read-only data folder simply keeps no stamp. Nothing is written
    when the stamp ``kept`` (found at open) already says exactly that."""
    stamp = {"state": file_state(database), "checked_at": checked_at}
    if stamp == kept:
        return
    with suppress(OSError):
        write_atomically(_check_stamp(database), json.dumps(stamp).encode())


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
        kept = _kept_name(database)
        store.backup_to(kept)
    finally:
        store.close()
    _copy_in(source, database)
    return kept


def restore_unreadable_database(database: Path, source: Path) -> Path:
    """Replace a database that cannot even be opened with the backup ``source``: the
    damaged file is kept beside it as it is (its path is returned, with ``-wal`` if
    there was one), then the backup is copied in as :func:`restore_database` does."""
    check_backup_file(source, database)
    kept = _kept_name(database)
    try:
        shutil.copyfile(database, kept)
        wal = Path(str(database) + "-wal")
        if wal.exists():
            shutil.copyfile(wal, Path(str(kept) + "-wal"))
    except OSError as exc:
        raise StoreError(f"{database}: the damaged database could not be kept aside "
                         f"({exc.strerror}); nothing was changed",
                         zh=f"{database}：无法另存已损坏的数据库（{exc.strerror}），未做任何改动") from None
    _copy_in(source, database)
    return kept


def _kept_name(database: Path) -> Path:
    return _free_name(database.with_name(
        f"selfcheck-before-restore-{dt.datetime.now():%Y%m%d-%H%M%S}.sqlite3"))


def _copy_in(source: Path, database: Path) -> None:
    """Copy ``source`` in under a temporary name, remove the old ``-wal``/``-shm`` files
    and rename it into place; if copying fails, the previous database is left as it was."""
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
