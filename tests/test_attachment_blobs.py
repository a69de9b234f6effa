"""Evidence files are stored once by content: duplicates and upgrades refer to the same
bytes, removing the last reference removes them, and migration 7 moves the files of an
older database without touching its audit log."""

from __future__ import annotations

import hashlib
import os
import sqlite3
from pathlib import Path
from typing import Any

from selfcheck.core.collection import Collection
from selfcheck.core.paths import AppPaths
from selfcheck.core.store import check_database_file
from selfcheck.core.store.migrations import SIGN_OFF_COLUMNS

from .conftest import REAL_PACK_ID, make_profile, store_of

MB = 1024 * 1024


def _new(collection: Collection, version: int = 1) -> int:
    return collection.new_assessment(
        pack_id=REAL_PACK_ID, pack_version=version, organisation="Test Bureau",
        system_name="Case triage", sector="government", profile=make_profile())


def _rows(collection: Collection, sql: str, *args: Any) -> list[tuple[Any, ...]]:
    return list(store_of(collection)._conn.execute(sql, args).fetchall())


def _blobs(collection: Collection) -> list[tuple[str, int]]:
    return [(str(sha), int(size)) for sha, size in
            _rows(collection, "SELECT sha256, size FROM attachment_blobs ORDER BY sha256")]


def _database_bytes(collection: Collection) -> int:
    _rows(collection, "PRAGMA wal_checkpoint(TRUNCATE)")
    return collection.paths.database.stat().st_size


def test_duplicate_and_upgrade_refer_to_the_stored_bytes(collection: Collection,
                                                         tmp_path: Path) -> None:
    evidence = tmp_path / "scan.pdf"
    evidence.write_bytes(os.urandom(5 * MB))
    digest = hashlib.sha256(evidence.read_bytes()).hexdigest()
    first = _new(collection)
    attached = collection.attach_file(first, "HO-01", evidence)
    collection.attach_file(first, "HO-02", evidence)  # the same file on a second item
    size_with_file = _database_bytes(collection)

    copy = collection.duplicate(first)
    upgraded = collection.upgrade(first, 2).new_assessment_id

    assert _blobs(collection) == [(digest, 5 * MB)]
    refs = _rows(collection, "SELECT assessment_id, item_id, sha256 FROM attachments "
                             "ORDER BY id")
    assert {(a, i) for a, i, _ in refs} == {(aid, item) for aid in (first, copy, upgraded)
                                            for item in ("HO-01", "HO-02")}
    assert {sha for _, _, sha in refs} == {digest}
    # before, every copy held the bytes again: 5 MB → 15 MB and more
    assert _database_bytes(collection) < size_with_file + MB
    for aid in (first, copy, upgraded):
        shown = collection.answers(aid)["HO-01"].attachments[0]
        assert (shown.sha256, shown.size, shown.file_name) == (digest, 5 * MB, "scan.pdf")
        assert collection.attachment_content(shown.id) == ("scan.pdf", evidence.read_bytes())
    assert attached.sha256 == digest
    assert collection.doctor().ok


def test_the_bytes_go_with_the_last_reference(collection: Collection, tmp_path: Path) -> None:
    evidence = tmp_path / "minutes.txt"
    evidence.write_text("会议纪要", encoding="utf-8")
    other = tmp_path / "other.txt"
    other.write_text("another file", encoding="utf-8")
    first = _new(collection)
    kept = collection.attach_file(first, "HO-01", other)
    original = collection.attach_file(first, "HO-02", evidence)
    copy = collection.duplicate(first)
    copied = collection.answers(copy)["HO-02"].attachments[0]

    collection.remove_attachment(copy, copied.id)
    assert len(_blobs(collection)) == 2  # the original still refers to it
    assert collection.attachment_content(original.id)[1] == "会议纪要".encode()
    collection.remove_attachment(first, original.id)
    assert _blobs(collection) == [(kept.sha256, kept.size)]
    removed = [e for e in collection.audit_entries() if e.action == "attachment-removed"]
    assert len(removed) == 2 and original.sha256 in removed[-1].payload
    assert collection.doctor().ok


def as_schema_5(database: Path) -> None:
    """Turn a current database back into the schema-5 layout: attachment bytes in each
    attachment row (as databases written before migration 7 hold them) and no sign-off
    columns (added by migration 6)."""
    conn = sqlite3.connect(database, isolation_level=None)
    try:
        conn.execute("BEGIN")
        conn.execute("CREATE TABLE old_attachments (id INTEGER PRIMARY KEY, assessment_id "
                     "INTEGER NOT NULL REFERENCES assessments(id), item_id TEXT NOT NULL, "
                     "file_name TEXT NOT NULL, sha256 TEXT NOT NULL, size INTEGER NOT NULL, "
                     "content BLOB NOT NULL, added_at TEXT NOT NULL)")
        conn.execute("INSERT INTO old_attachments SELECT a.id, a.assessment_id, a.item_id, "
                     "a.file_name, a.sha256, a.size, b.content, a.added_at FROM attachments a "
                     "JOIN attachment_blobs b ON b.sha256 = a.sha256")
        conn.execute("DROP TABLE attachments")
        conn.execute("DROP TABLE attachment_blobs")
        conn.execute("ALTER TABLE old_attachments RENAME TO attachments")
        conn.execute("CREATE INDEX attachments_item ON attachments(assessment_id, item_id)")
        for column in SIGN_OFF_COLUMNS:
            conn.execute(f"ALTER TABLE assessments DROP COLUMN {column}")
        conn.execute("PRAGMA user_version = 5")
        conn.execute("COMMIT")
    finally:
        conn.close()


def test_migration_7_moves_the_files_of_an_older_database(app_paths: AppPaths,
                                                          tmp_path: Path) -> None:
    first_file, second_file = tmp_path / "a.bin", tmp_path / "b.bin"
    first_file.write_bytes(os.urandom(300_000))
    second_file.write_bytes(b"second evidence file")
    with Collection.open(app_paths) as collection:
        first = _new(collection)
        collection.attach_file(first, "HO-01", first_file)
        collection.attach_file(first, "HO-02", second_file)
        collection.duplicate(first)
        attachments_before = _rows(collection, "SELECT id, assessment_id, item_id, file_name,"
                                               " sha256, size, added_at FROM attachments ORDER BY id")
        audit_before = _rows(collection, "SELECT * FROM audit_log ORDER BY seq")
    as_schema_5(app_paths.database)
    conn = sqlite3.connect(app_paths.database)
    assert conn.execute("SELECT COUNT(*) FROM attachments WHERE content IS NOT NULL").fetchone() == (4,)
    conn.close()

    with Collection.open(app_paths) as collection:
        assert collection.doctor().schema_version >= 6 and collection.doctor().ok
        assert _rows(collection, "SELECT id, assessment_id, item_id, file_name, sha256, size,"
                                 " added_at FROM attachments ORDER BY id") == attachments_before
        assert _rows(collection, "SELECT * FROM audit_log ORDER BY seq") == audit_before
        assert len(_blobs(collection)) == 2
        for row in attachments_before:
            name, content = collection.attachment_content(row[0])
            assert name == row[3] and hashlib.sha256(content).hexdigest() == row[4]
        columns = [r[1] for r in _rows(collection, "PRAGMA table_info(attachments)")]
        assert "content" not in columns
        backup = tmp_path / "backup.sqlite3"
        collection.backup(backup)
    check_database_file(backup)
    restored_paths = AppPaths(tmp_path / "restored", tmp_path / "logs", tmp_path / "settings")
    restored_paths.ensure()
    with Collection.open(restored_paths) as other:
        other.restore(backup)
    with Collection.open(restored_paths) as other:
        assert other.attachment_content(attachments_before[0][0])[1] == first_file.read_bytes()
        assert other.doctor().ok
