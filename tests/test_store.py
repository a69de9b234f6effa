"""The SQLite store: durability settings, schema, append-only hash-chained audit log."""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
import time
from pathlib import Path

import pytest

from selfcheck.core.answers import Answer, Status
from selfcheck.core.collection import Collection
from selfcheck.core.errors import StoreError
from selfcheck.core.paths import AppPaths
from selfcheck.core.store import Store, check_database_file
from selfcheck.core.store.migrations import SCHEMA_VERSION

from .conftest import make_profile, store_of


def _new(collection: Collection) -> int:
    return collection.new_assessment(pack_id="mini-pack", organisation="Org", system_name="Sys",
                                     sector="government", profile=make_profile())


def test_wal_and_full_synchronous(mini_collection: Collection) -> None:
    conn = store_of(mini_collection)._conn
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert mini_collection.doctor().schema_version == SCHEMA_VERSION


def test_builtin_pack_installed_once(app_paths: AppPaths, mini_packs: Path) -> None:
    with Collection.open(app_paths) as first:
        assert [(r.pack_id, r.version) for r in first.packs.records()] == [("mini-pack", 1)]
    with Collection.open(app_paths) as second:
        assert len(second.packs.records()) == 1
        assert len([e for e in second.audit_entries() if e.action == "pack-installed"]) == 1


def test_answers_survive_reopen(app_paths: AppPaths, mini_packs: Path) -> None:
    with Collection.open(app_paths) as collection:
        aid = _new(collection)
        collection.save_answer(aid, Answer(
            item_id="HO-02", status=Status.PARTIAL, justification="Only day shift",
            evidence="SOP-7", remediation_owner="Li Wei",
            remediation_due=dt.date.today() + dt.timedelta(days=30), flagged=True))
    with Collection.open(app_paths) as reopened:
        answer = reopened.answers(aid)["HO-02"]
    assert answer.status is Status.PARTIAL
    assert answer.justification == "Only day shift"
    assert answer.remediation_owner == "Li Wei"
    assert answer.flagged is True


def test_every_change_is_one_audit_entry(mini_collection: Collection) -> None:
    aid = _new(mini_collection)
    before = len(mini_collection.audit_entries())
    mini_collection.set_answer(aid, "HO-01", Status.IMPLEMENTED)
    mini_collection.set_answer(aid, "HO-01", Status.IMPLEMENTED)  # no change, no entry
    mini_collection.set_answer(aid, "HO-01", Status.NOT_APPLICABLE, justification="No AI here")
    entries = mini_collection.audit_entries(aid)
    assert len(mini_collection.audit_entries()) == before + 2
    assert [e.action for e in entries][-2:] == ["answer-saved", "answer-saved"]
    assert '"status":"not-applicable"' in entries[-1].payload


def test_audit_log_refuses_update_and_delete(mini_collection: Collection) -> None:
    _new(mini_collection)
    conn = store_of(mini_collection)._conn
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        conn.execute("UPDATE audit_log SET actor = 'mallory'")
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        conn.execute("DELETE FROM audit_log")
    assert mini_collection.doctor().chain.ok


def _tamper(path: Path, sql: str) -> None:
    conn = sqlite3.connect(path)
    conn.execute("DROP TRIGGER audit_log_no_update")
    conn.execute("DROP TRIGGER audit_log_no_delete")
    conn.execute(sql)
    conn.commit()
    conn.close()


def test_chain_names_the_changed_entry(app_paths: AppPaths, mini_packs: Path) -> None:
    with Collection.open(app_paths) as collection:
        aid = _new(collection)
        for item in ("HO-01", "HO-02", "HO-03"):
            collection.set_answer(aid, item, Status.IMPLEMENTED)
    _tamper(app_paths.database, "UPDATE audit_log SET payload = replace(payload, 'implemented',"
            " 'not-implemented') WHERE seq = 4")
    with Collection.open(app_paths) as collection:
        report = collection.doctor()
    assert not report.ok
    assert report.chain.broken_at == 4
    assert "entry 4 was changed" in report.chain.problem
    assert any("trigger" in p for p in report.integrity_problems)


def test_chain_names_a_removed_entry(app_paths: AppPaths, mini_packs: Path) -> None:
    with Collection.open(app_paths) as collection:
        aid = _new(collection)
        collection.set_answer(aid, "HO-01", Status.IMPLEMENTED)
        collection.set_answer(aid, "HO-02", Status.IMPLEMENTED)
    _tamper(app_paths.database, "DELETE FROM audit_log WHERE seq = 3")
    with Collection.open(app_paths) as collection:
        chain = collection.doctor().chain
    assert chain.broken_at == 4 and "entry 3 is missing" in chain.problem


def test_corrupt_file_is_refused_with_one_line(tmp_path: Path) -> None:
    path = tmp_path / "selfcheck.sqlite3"
    path.write_bytes(b"this is not a database" * 100)
    with pytest.raises(StoreError) as caught:
        Store.open(path)
    assert "not a SelfCheck database, or the file is damaged" in str(caught.value)
    assert path.read_bytes() == b"this is not a database" * 100


def test_foreign_sqlite_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite3"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE notes (x)")
    conn.commit()
    conn.close()
    with pytest.raises(StoreError, match="unknown tables"):
        Store.open(path)


def test_newer_schema_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "new.sqlite3"
    Store.open(path).close()
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 5}")
    conn.commit()
    conn.close()
    with pytest.raises(StoreError, match="newer version"):
        Store.open(path)


def test_locked_database_gives_clear_message(mini_collection: Collection) -> None:
    aid = _new(mini_collection)
    other = sqlite3.connect(mini_collection.paths.database, timeout=0)
    other.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(StoreError, match="in use by another program"):
            mini_collection.set_answer(aid, "HO-01", Status.IMPLEMENTED)
    finally:
        other.rollback()
        other.close()
    assert "HO-01" not in mini_collection.answers(aid)


@pytest.mark.skipif(os.geteuid() == 0 if hasattr(os, "geteuid") else False,
                    reason="root ignores file permissions, so a read-only file cannot be made")
def test_read_only_database(app_paths: AppPaths, mini_packs: Path) -> None:
    with Collection.open(app_paths) as collection:
        _new(collection)
    app_paths.database.chmod(0o444)
    try:
        with pytest.raises(StoreError, match="read-only"):
            Collection.open(app_paths).close()
    finally:
        app_paths.database.chmod(0o644)


def test_read_only_database_via_readonly_connection(mini_collection: Collection) -> None:
    # Works as root too: SQLite itself refuses writes on a read-only connection.
    aid = _new(mini_collection)
    uri = f"file:{mini_collection.paths.database}?mode=ro"
    conn = sqlite3.connect(uri, uri=True, isolation_level=None, check_same_thread=False)
    readonly = Store(conn, mini_collection.paths.database)
    with pytest.raises(StoreError, match="read-only; nothing was changed"):
        readonly.save_answers(aid, [Answer(item_id="HO-01", status=Status.IMPLEMENTED)])
    conn.close()


def test_backup_is_a_healthy_copy(mini_collection: Collection, tmp_path: Path) -> None:
    aid = _new(mini_collection)
    mini_collection.set_answer(aid, "HO-01", Status.IMPLEMENTED)
    target = tmp_path / "backup.sqlite3"
    mini_collection.backup(target)
    check_database_file(target)
    copy = Store.open(target)
    try:
        assert copy.answers(aid)["HO-01"].status is Status.IMPLEMENTED
        assert copy.verify_audit_chain().ok
    finally:
        copy.close()


def test_check_database_file_rejects_garbage(tmp_path: Path) -> None:
    bad = tmp_path / "bad.sqlite3"
    bad.write_bytes(b"\0" * 10)
    with pytest.raises(StoreError):
        check_database_file(bad)


# --- the check at open -------------------------------------------------------------------

def _damage_a_table_page(database: Path, table: str = "answers") -> None:
    conn = sqlite3.connect(database)
    root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", (table,)).fetchone()[0]
    page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    conn.close()
    with database.open("r+b") as handle:
        handle.seek((root - 1) * page_size)
        handle.write(os.urandom(page_size))


def test_the_check_runs_only_when_the_file_changed(app_paths: AppPaths, mini_packs: Path,
                                                   caplog: pytest.LogCaptureFixture) -> None:
    def checks() -> int:
        return sum("quick check of" in r.getMessage() for r in caplog.records)

    caplog.set_level("INFO", logger="selfcheck.core.store")
    with Collection.open(app_paths) as collection:
        aid = _new(collection)
    assert checks() == 1  # a new database is checked once
    stamp = app_paths.database.with_name("selfcheck.sqlite3-checked")
    written = stamp.stat().st_mtime_ns, stamp.read_bytes()
    with Collection.open(app_paths) as collection:
        assert collection.damage is None
    assert checks() == 1  # closed clean by this program and untouched since: skipped
    assert (stamp.stat().st_mtime_ns, stamp.read_bytes()) == written  # and its stamp not rewritten
    with Collection.open(app_paths) as collection:
        collection.set_answer(aid, "HO-01", Status.IMPLEMENTED)
    assert stamp.read_bytes() != written[1]  # changed by this program: the stamp follows
    assert checks() == 1
    other = sqlite3.connect(app_paths.database)  # another program writes to the file
    other.execute("UPDATE assessments SET organisation = 'Other'")
    other.commit()
    other.close()
    Collection.open(app_paths).close()
    assert checks() == 2


def test_a_damaged_database_opens_read_only(app_paths: AppPaths, mini_packs: Path) -> None:
    with Collection.open(app_paths) as collection:
        aid = _new(collection)
        collection.set_answer(aid, "HO-01", Status.IMPLEMENTED)
    _damage_a_table_page(app_paths.database)
    before = app_paths.database.read_bytes()
    with Collection.open(app_paths) as collection:
        damage = collection.damage
        assert damage is not None and "selfcheck restore FILE" in damage.message
        assert "从备份恢复" in damage.localized("zh")
        with pytest.raises(StoreError, match="the database is damaged"):
            collection.new_assessment(pack_id="mini-pack", organisation="O", system_name="S",
                                      sector="government", profile=make_profile())
        assert not collection.doctor().ok
    assert app_paths.database.read_bytes() == before
    assert not app_paths.database.with_name("selfcheck.sqlite3-checked").exists()


def test_bit_rot_is_found_within_a_day(app_paths: AppPaths, mini_packs: Path,
                                       monkeypatch: pytest.MonkeyPatch) -> None:
    """Damage that leaves size and time stamp as they were is found by the daily check."""
    with Collection.open(app_paths) as collection:
        _new(collection)
    info = app_paths.database.stat()
    _damage_a_table_page(app_paths.database, "assessments")
    os.utime(app_paths.database, ns=(info.st_atime_ns, info.st_mtime_ns))
    with Collection.open(app_paths, install_builtin=False) as collection:
        assert collection.damage is None  # looks untouched: not checked yet
    real_time = time.time
    monkeypatch.setattr(time, "time", lambda: real_time() + 25 * 3600)
    with Collection.open(app_paths, install_builtin=False) as collection:
        assert collection.damage is not None
