"""Signed pack files: keys, build, verify, preview and atomic installation."""

from __future__ import annotations

import datetime as dt
import json
import os
import stat
from pathlib import Path

import pytest

from selfcheck.core.collection import Collection
from selfcheck.core.errors import (
    PackConflictError,
    PackFileError,
    PackKeyError,
    PackPolicyError,
    StoreError,
    UsageError,
)
from selfcheck.core.packs.describe import INSTALLED_ORIGIN
from selfcheck.core.packs.file import (
    build_pack_file,
    parse_program_version,
    verify_pack_bytes,
)
from selfcheck.core.packs.install import InstallStatus
from selfcheck.core.packs.keys import (
    as_trusted,
    key_id_for,
    load_signing_key,
    parse_public_key_file,
    private_key_pem,
    read_public_key_file,
    read_signing_key,
    write_key_pair,
)
from selfcheck.core.packs.source import pack_content_hash, pack_from_files

from .conftest import store_of
from .pack_helpers import (
    build,
    db_snapshot,
    mini_files,
    new_key,
    trusted_key,
    write,
    zip_entries,
)

PASS = "a long enough passphrase"


# --- keys -----------------------------------------------------------------------

def test_keygen_writes_encrypted_private_key_and_public_key(tmp_path: Path) -> None:
    files = write_key_pair(tmp_path / "org", "Org admins", PASS)
    assert files.private_path.name == "org.private.pem"
    assert files.public_path.name == "org.public.json"
    assert stat.S_IMODE(os.stat(files.private_path).st_mode) == 0o600
    pem = files.private_path.read_bytes()
    assert b"ENCRYPTED PRIVATE KEY" in pem
    key = read_signing_key(files.private_path, PASS)
    public = read_public_key_file(files.public_path)
    assert key.key_id == public.key_id == files.public.key_id
    assert public.key_id == key_id_for(public.raw) and len(public.key_id) == 16
    assert public.label == "Org admins"
    assert public.verify(key.sign(b"x"), b"x")


def test_keygen_refuses_short_passphrase_and_existing_files(tmp_path: Path) -> None:
    with pytest.raises(PackKeyError, match="at least 12 characters"):
        write_key_pair(tmp_path / "k", "", "short")
    write_key_pair(tmp_path / "k", "", PASS)
    with pytest.raises(UsageError, match="already exists"):
        write_key_pair(tmp_path / "k", "", PASS)


def test_wrong_passphrase_is_one_line_error(tmp_path: Path) -> None:
    files = write_key_pair(tmp_path / "k", "", PASS)
    with pytest.raises(PackKeyError, match="wrong passphrase"):
        read_signing_key(files.private_path, "not the passphrase")


def test_unencrypted_private_key_is_refused() -> None:
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    pem = Ed25519PrivateKey.generate().private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption())
    with pytest.raises(PackKeyError, match="not a passphrase-protected"):
        load_signing_key(pem, PASS, "plain.pem")


def test_private_key_roundtrip() -> None:
    key, public = new_key()
    again = load_signing_key(private_key_pem(key, PASS), PASS, "k")
    assert again.key_id == key.key_id == public.key_id


def test_public_key_file_with_wrong_key_id_is_refused(tmp_path: Path) -> None:
    _, public = new_key()
    doc = json.loads(public.to_json_bytes())
    doc["key_id"] = "0" * 16
    with pytest.raises(PackKeyError, match="does not match the key"):
        parse_public_key_file(json.dumps(doc).encode(), "k.public.json")
    doc = json.loads(public.to_json_bytes())
    doc["algorithm"] = "rsa"
    with pytest.raises(PackKeyError, match="unknown key algorithm"):
        parse_public_key_file(json.dumps(doc).encode(), "k.public.json")
    with pytest.raises(PackKeyError, match="not a pack public key file"):
        parse_public_key_file(b"hello", "k.public.json")


def test_trust_store_add_limit_revoke_reinstate(mini_collection: Collection) -> None:
    _, public = new_key("Org")
    entry = mini_collection.pack_keys.trust(public, allowed_packs=["mini-pack"])
    assert entry.allowed_packs == ("mini-pack",) and entry.label == "Org"
    mini_collection.pack_keys.revoke(public.key_id)
    with pytest.raises(UsageError, match="already revoked"):
        mini_collection.pack_keys.revoke(public.key_id)
    with pytest.raises(UsageError, match="--reinstate"):
        mini_collection.pack_keys.trust(public)
    again = mini_collection.pack_keys.trust(public, reinstate=True)
    assert again.revoked_at is None and again.allowed_packs is None
    with pytest.raises(UsageError, match="invalid pack key id"):
        mini_collection.pack_keys.revoke("xyz")
    with pytest.raises(UsageError, match="invalid pack id"):
        mini_collection.pack_keys.trust(public, allowed_packs=["Not A Pack"])
    actions = [e.action for e in mini_collection.audit_entries()]
    assert actions.count("pack-key-trusted") == 2 and "pack-key-revoked" in actions


# --- build and verify -------------------------------------------------------------

def test_build_and_verify_roundtrip(tmp_path: Path) -> None:
    key, public = new_key()
    files = mini_files(2)
    data = build(files, key, expires=dt.date(2030, 1, 1), created="2026-11-22T00:00:00Z")
    names = [name for name, _ in zip_entries(data)]
    assert names == ["manifest.json", "manifest.sig", "content/pack.json", "content/items.json"]
    verified = verify_pack_bytes(data, [as_trusted(public)], origin="x.ckpack",
                                 today=dt.date(2026, 11, 22))
    assert verified.pack == pack_from_files(files, "x")
    assert verified.key_id == key.key_id
    assert verified.content_hash == pack_content_hash(verified.pack)
    assert not verified.expired and verified.warnings == ()
    manifest = json.loads(dict(zip_entries(data))["manifest.json"])
    assert manifest["format"] == "selfcheck-pack/1"
    assert manifest["expires"] == "2030-01-01" and manifest["version"] == 2
    assert {f["path"] for f in manifest["files"]} == {"content/pack.json", "content/items.json"}
    # Deterministic: same input, same bytes.
    assert build(files, key, expires=dt.date(2030, 1, 1), created="2026-11-22T00:00:00Z") == data


def test_build_file_validates_content_first(tmp_path: Path) -> None:
    key, _ = new_key()
    source = tmp_path / "src"
    source.mkdir()
    for name, content in mini_files(2).items():
        (source / name).write_bytes(content)
    built = build_pack_file(source, key, tmp_path / "p.ckpack")
    assert (tmp_path / "p.ckpack").read_bytes() == built.data
    with pytest.raises(UsageError, match="already exists"):
        build_pack_file(source, key, tmp_path / "p.ckpack")
    items = json.loads((source / "items.json").read_text("utf-8"))
    items[0]["severity"] = "apocalyptic"
    (source / "items.json").write_text(json.dumps(items), "utf-8")
    from selfcheck.core.errors import PackValidationError

    with pytest.raises(PackValidationError, match=r"items\.json: items\[0\] \(HO-01\)\.severity"):
        build_pack_file(source, key, tmp_path / "q.ckpack")
    assert not (tmp_path / "q.ckpack").exists()


def test_program_version_parsing() -> None:
    assert parse_program_version("0.1.0") == (0, 1)
    assert parse_program_version("0.1") == (0, 1)
    assert parse_program_version("1.2.3") > parse_program_version("1.2")
    assert parse_program_version("0.1.0.dev1") == (0, 1)


# --- inspect and install ------------------------------------------------------------

def test_install_new_version_atomically_with_audit(mini_collection: Collection,
                                                   tmp_path: Path) -> None:
    key = trusted_key(mini_collection, ["mini-pack"])
    path = write(tmp_path / "mini2.ckpack", build(mini_files(2), key))
    preview = mini_collection.packs.inspect_file(path)
    assert preview.status is InstallStatus.UPGRADE and preview.can_install()
    assert preview.installed_versions == (1,)
    assert preview.diff is not None and preview.diff.old.version == 1
    assert [r.version for r in mini_collection.packs.records("mini-pack")] == [1]  # not yet
    result = mini_collection.packs.install_preview(preview)
    assert result.installed and not result.already_installed
    records = mini_collection.packs.records("mini-pack")
    assert [r.version for r in records] == [2, 1]  # both versions stay installed
    assert records[0].origin == INSTALLED_ORIGIN and records[0].signer_key_id == key.key_id
    assert mini_collection.packs.get("mini-pack").version == 2
    entry = [e for e in mini_collection.audit_entries() if e.action == "pack-installed"][-1]
    payload = json.loads(entry.payload)
    assert payload["version"] == 2 and payload["signer_key_id"] == key.key_id
    assert payload["file"] == "mini2.ckpack" and len(payload["file_sha256"]) == 64


def test_reinstall_same_file_is_a_no_op(mini_collection: Collection, tmp_path: Path) -> None:
    key = trusted_key(mini_collection)
    path = write(tmp_path / "m.ckpack", build(mini_files(2), key))
    mini_collection.packs.install_file(path)
    before = db_snapshot(mini_collection)
    result = mini_collection.packs.install_file(path)
    assert result.already_installed and not result.installed
    assert mini_collection.packs.inspect_file(path).status is InstallStatus.ALREADY_INSTALLED
    assert db_snapshot(mini_collection) == before


def test_same_version_as_builtin_with_same_content_is_already_installed(
        mini_collection: Collection, tmp_path: Path) -> None:
    key = trusted_key(mini_collection)
    path = write(tmp_path / "m.ckpack", build(mini_files(1, label="mini 1"), key))
    assert mini_collection.packs.install_file(path).already_installed


def test_first_version_of_a_new_pack_has_no_diff(mini_collection: Collection,
                                                 tmp_path: Path) -> None:
    key = trusted_key(mini_collection)

    def rename(meta: dict[str, object], items: list[dict[str, object]]) -> None:
        meta["pack_id"] = "other-pack"

    path = write(tmp_path / "o.ckpack", build(mini_files(1, change=rename), key))
    preview = mini_collection.packs.inspect_file(path)
    assert preview.status is InstallStatus.NEW and preview.diff is None
    mini_collection.packs.install_file(path)
    assert mini_collection.packs.get("other-pack").version == 1


def test_install_fails_atomically_on_database_error(mini_collection: Collection,
                                                    tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    key = trusted_key(mini_collection)
    path = write(tmp_path / "m.ckpack", build(mini_files(2), key))
    before = db_snapshot(mini_collection)
    store = store_of(mini_collection)
    original = store._append_audit

    def failing(*args: object, **kwargs: object) -> object:
        if args and args[0] == "pack-installed":
            raise StoreError("simulated failure while writing the audit entry")
        return original(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(store, "_append_audit", failing)
    with pytest.raises(StoreError, match="simulated"):
        mini_collection.packs.install_file(path)
    monkeypatch.undo()
    assert db_snapshot(mini_collection) == before
    assert [r.version for r in mini_collection.packs.records("mini-pack")] == [1]


def test_preview_reports_rollback_and_conflict_without_installing(
        mini_collection: Collection, tmp_path: Path) -> None:
    key = trusted_key(mini_collection)
    mini_collection.packs.install_file(write(tmp_path / "v3.ckpack", build(mini_files(3), key)))
    old = write(tmp_path / "v2.ckpack", build(mini_files(2), key))
    preview = mini_collection.packs.inspect_file(old)
    assert preview.status is InstallStatus.ROLLBACK and not preview.can_install()
    assert "rollback refused" in preview.problems[0]

    def reword(meta: dict[str, object], items: list[dict[str, object]]) -> None:
        items[0]["question"] = {"zh": "改过的问题？", "en": "A changed question?"}

    other = write(tmp_path / "v3b.ckpack", build(mini_files(3, change=reword), key))
    preview = mini_collection.packs.inspect_file(other)
    assert preview.status is InstallStatus.CONFLICT and preview.alarm
    assert preview.problems[0].startswith("ALARM:")
    before = db_snapshot(mini_collection)
    with pytest.raises(PackConflictError, match="ALARM"):
        mini_collection.packs.install_preview(preview)
    with pytest.raises(PackPolicyError, match="rollback refused"):
        mini_collection.packs.install_file(old)
    assert db_snapshot(mini_collection) == before


def test_install_preview_rechecks_trust(mini_collection: Collection, tmp_path: Path) -> None:
    key = trusted_key(mini_collection)
    preview = mini_collection.packs.inspect_file(
                                write(tmp_path / "m.ckpack", build(mini_files(2), key)))
    mini_collection.pack_keys.revoke(key.key_id)
    with pytest.raises(PackFileError, match="revoked"):
        mini_collection.packs.install_preview(preview)
