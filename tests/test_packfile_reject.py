"""Bad pack files: each is rejected with a specific one-line message and nothing installed."""

from __future__ import annotations

import datetime as dt
import json
import stat
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from selfcheck.core.collection import Collection
from selfcheck.core.errors import PackConflictError, PackFileError, PackPolicyError, PackValidationError, SelfCheckError
from selfcheck.core.packs import file as packfile
from selfcheck.core.packs.file import signature_document
from selfcheck.core.packs.keys import SigningKey

from .pack_helpers import (
    REPO,
    build,
    db_snapshot,
    manifest_for,
    mini_files,
    new_key,
    raw_zip,
    signed_zip,
    to_current_format,
    trusted_key,
    zip_entries,
)


@dataclass
class Env:
    collection: Collection
    key: SigningKey
    files: dict[str, bytes]
    tmp: Path

    def reject(self, data: bytes, match: str,
               error: type[SelfCheckError] = PackFileError, **options: object) -> str:
        """Install ``data``: must raise ``error`` matching ``match``, change nothing."""
        path = self.tmp / "bad.ckpack"
        path.write_bytes(data)
        before = db_snapshot(self.collection)
        with pytest.raises(error, match=match) as caught:
            self.collection.packs.install_file(path, **options)  # type: ignore[arg-type]
        message = caught.value.message
        assert "\n" not in message and message.strip() == message
        assert db_snapshot(self.collection) == before
        assert [r.version for r in self.collection.packs.records("mini-pack")] == [1]
        return message


@pytest.fixture(params=["ed25519", "sm2"])
def env(request: pytest.FixtureRequest, mini_collection: Collection, tmp_path: Path) -> Iterator[Env]:
    """Every hostile pack below is tried against an Ed25519 and an SM2 trusted key."""
    yield Env(mini_collection, trusted_key(mini_collection, ["mini-pack"], algorithm=request.param),
              mini_files(2), tmp_path)


def good(env: Env, **options: object) -> bytes:
    return build(env.files, env.key, **options)  # type: ignore[arg-type]


# --- not a pack / limits ------------------------------------------------------------

def test_not_a_zip(env: Env) -> None:
    env.reject(b"this is a text file, not a pack\n", "not a pack file")


def test_pk_prefix_but_not_a_zip(env: Env) -> None:
    env.reject(b"PK\x03\x04" + b"\x00" * 100, "not a pack file")


def test_empty_file(env: Env) -> None:
    env.reject(b"", "not a pack file")


def test_archive_over_size_limit(env: Env, monkeypatch: pytest.MonkeyPatch) -> None:
    data = good(env)
    monkeypatch.setattr(packfile, "MAX_ARCHIVE_BYTES", 1000)
    env.reject(data, "larger than the")


def test_too_many_entries(env: Env) -> None:
    entries = [(f"content/f{i}.json", b"{}") for i in range(17)]
    env.reject(raw_zip(entries), "17 entries; a pack file has at most 16")


def test_entry_over_size_limit(env: Env, monkeypatch: pytest.MonkeyPatch) -> None:
    data = good(env)
    monkeypatch.setattr(packfile, "MAX_ENTRY_BYTES", 500)
    env.reject(data, r"entry 'content/.*' is larger than the")


def test_entries_over_total_limit(env: Env, monkeypatch: pytest.MonkeyPatch) -> None:
    data = good(env)
    monkeypatch.setattr(packfile, "MAX_TOTAL_BYTES", 2000)
    env.reject(data, "the entries add up to more than")


def test_oversized_manifest(env: Env) -> None:
    huge = b"{" + b" " * (packfile.MAX_MANIFEST_BYTES + 10) + b"}"
    env.reject(signed_zip(env.files, env.key, huge), "entry 'manifest.json' is larger than")


# --- entry names ----------------------------------------------------------------------

@pytest.mark.parametrize(("name", "problem"), [
    ("/etc/passwd", "absolute path"),
    ("content/../../evil.json", r"'\.\.' in path"),
    ("../evil.json", r"'\.\.' in path"),
    ("content\\items.json", "backslash in file name"),
    ("C:/windows/evil.json", "drive letter in file name"),
    ("c:evil.json", "drive letter in file name"),
    ("content//items.json", r"empty or '\.' path component"),
    ("./manifest.json", r"empty or '\.' path component"),
    ("content/", "folder entries are not allowed"),
    ("content/ items.json", "characters not allowed"),
    ("content/项目.json", "characters not allowed"),
])
def test_bad_entry_names(env: Env, name: str, problem: str) -> None:
    entries = [*zip_entries(good(env)), (name, b"{}")]
    env.reject(raw_zip(entries), problem)


def test_symlink_entry(env: Env) -> None:
    entries: list[tuple[str, bytes] | tuple[str, bytes, int]] = [*zip_entries(good(env))]
    entries[2] = (entries[2][0], b"/etc/passwd", stat.S_IFLNK | 0o777)
    env.reject(raw_zip(entries), "is a symbolic link")


def test_device_or_folder_mode_entry(env: Env) -> None:
    entries: list[tuple[str, bytes] | tuple[str, bytes, int]] = [*zip_entries(good(env))]
    entries[2] = (entries[2][0], entries[2][1], stat.S_IFDIR | 0o755)
    env.reject(raw_zip(entries), "is not a regular file")


def test_duplicate_entry(env: Env) -> None:
    entries = zip_entries(good(env))
    env.reject(raw_zip([*entries, entries[3]]), "appears twice")


def test_case_colliding_entries(env: Env) -> None:
    entries = zip_entries(good(env))
    env.reject(raw_zip([*entries, ("content/Items.json", entries[3][1])]),
               "differ only in case")


def test_unexpected_top_level_entry(env: Env) -> None:
    env.reject(raw_zip([*zip_entries(good(env)), ("README.txt", b"hi")]),
               "unexpected entry 'README.txt'")


def test_encrypted_entry(env: Env) -> None:
    data = bytearray(good(env))
    # Set the "encrypted" flag bit in the central directory record of the first entry.
    where = data.find(b"PK\x01\x02")
    data[where + 8] |= 0x01
    env.reject(bytes(data), "is encrypted")


def test_unsupported_compression(env: Env) -> None:
    import io

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, content in zip_entries(good(env)):
            archive.writestr(name, content, compress_type=zipfile.ZIP_LZMA)
    env.reject(buffer.getvalue(), "unsupported compression method")


# --- manifest and signature -----------------------------------------------------------

def test_missing_manifest(env: Env) -> None:
    entries = [e for e in zip_entries(good(env)) if e[0] != "manifest.json"]
    env.reject(raw_zip(entries), r"the manifest \(manifest.json\) is missing")


def test_missing_signature(env: Env) -> None:
    entries = [e for e in zip_entries(good(env)) if e[0] != "manifest.sig"]
    env.reject(raw_zip(entries), r"the signature \(manifest.sig\) is missing")


def test_unknown_pack_format(env: Env) -> None:
    manifest = json.loads(manifest_for(env.files).to_bytes())
    manifest["format"] = "selfcheck-pack/99"
    raw = json.dumps(manifest, sort_keys=True, separators=(",", ":")).encode()
    env.reject(signed_zip(env.files, env.key, raw), "unknown pack format 'selfcheck-pack/99'")


def _replace_signature(env: Env, change: dict[str, object]) -> bytes:
    entries = zip_entries(good(env))
    sig = json.loads(entries[1][1])
    sig.update(change)
    entries[1] = ("manifest.sig", json.dumps(sig).encode())
    return raw_zip(entries)


def test_unknown_signature_algorithm(env: Env) -> None:
    env.reject(_replace_signature(env, {"algorithm": "rsa-pss"}),
               "unknown signature algorithm 'rsa-pss'")


def test_unknown_signature_format(env: Env) -> None:
    env.reject(_replace_signature(env, {"format": "pgp"}), "unknown signature format 'pgp'")


def test_malformed_signature(env: Env) -> None:
    env.reject(_replace_signature(env, {"signature": "not base64!"}),
               "the signature is not 64 bytes of base64" if env.key.algorithm == "ed25519"
               else "the SM2 signature is not a DER signature of base64")


def test_signature_of_the_other_algorithm_for_the_trusted_key(env: Env) -> None:
    other = "sm2" if env.key.algorithm == "ed25519" else "ed25519"
    forger, _ = new_key("forger", other)
    manifest = manifest_for(env.files).to_bytes()
    sig = json.loads(signature_document(manifest, forger))
    sig["key_id"] = env.key.key_id
    data = raw_zip([("manifest.json", manifest), ("manifest.sig", json.dumps(sig).encode()),
                    *zip_entries(good(env))[2:]])
    env.reject(data, f"the signature says {other} but pack key {env.key.key_id} is an "
               f"{env.key.algorithm} key")


def test_unknown_key(env: Env) -> None:
    stranger, _ = new_key("stranger")
    env.reject(build(env.files, stranger),
               f"signed by pack key {stranger.key_id}, which this machine does not trust")


def test_revoked_key(env: Env) -> None:
    data = good(env)
    env.collection.pack_keys.revoke(env.key.key_id)
    env.reject(data, f"signed by pack key {env.key.key_id}, which was revoked on")


def test_key_not_authorised_for_pack(env: Env) -> None:
    other, public = new_key("other packs only")
    env.collection.pack_keys.trust(public, allowed_packs=["other-pack"])
    env.reject(build(env.files, other),
               f"pack key {other.key_id} is not authorised for pack 'mini-pack'")


def test_bad_signature_altered_manifest(env: Env) -> None:
    entries = zip_entries(good(env))
    manifest = entries[0][1].replace(b'"version":2', b'"version":9')
    entries[0] = ("manifest.json", manifest)
    env.reject(raw_zip(entries), "bad signature")


def test_bad_signature_from_another_key_claiming_the_trusted_id(env: Env) -> None:
    forger, _ = new_key("forger", env.key.algorithm)
    manifest = manifest_for(env.files).to_bytes()
    sig = json.loads(signature_document(manifest, forger))
    sig["key_id"] = env.key.key_id
    data = raw_zip([("manifest.json", manifest), ("manifest.sig", json.dumps(sig).encode()),
                    *zip_entries(good(env))[2:]])
    env.reject(data, "bad signature")


def test_manifest_is_parsed_only_after_the_signature(env: Env) -> None:
    entries = zip_entries(good(env))
    entries[0] = ("manifest.json", b"{ this is not JSON")
    message = env.reject(raw_zip(entries), "bad signature")
    assert "JSON" not in message


def test_signed_but_non_canonical_manifest(env: Env) -> None:
    raw = json.dumps(json.loads(manifest_for(env.files).to_bytes()), indent=1,
                     sort_keys=True).encode()
    env.reject(signed_zip(env.files, env.key, raw), "not in canonical form")


def test_manifest_unknown_field(env: Env) -> None:
    doc = json.loads(manifest_for(env.files).to_bytes())
    doc["surprise"] = 1
    raw = json.dumps(doc, sort_keys=True, separators=(",", ":")).encode()
    env.reject(signed_zip(env.files, env.key, raw), r"unknown field\(s\) surprise")


# --- content files ----------------------------------------------------------------------

def test_listed_file_missing(env: Env) -> None:
    content = [("content/pack.json", env.files["pack.json"])]
    env.reject(signed_zip(env.files, env.key, manifest_for(env.files), content=content),
               "content/items.json is listed in the manifest but missing")


def test_extra_file_not_listed(env: Env) -> None:
    env.reject(signed_zip(env.files, env.key, manifest_for(env.files),
                          extra=[("content/notes.txt", b"hello")]),
               "content/notes.txt is in the pack file but not listed in the manifest")


def test_listed_file_that_is_not_pack_content(env: Env) -> None:
    listed = [("content/pack.json", env.files["pack.json"]),
              ("content/items.json", env.files["items.json"]), ("content/notes.txt", b"hi")]
    env.reject(signed_zip(env.files, env.key, manifest_for(env.files, listed=listed),
                          extra=[("content/notes.txt", b"hi")]),
               "content/notes.txt is not a pack content file")


def test_wrong_size(env: Env) -> None:
    items = env.files["items.json"] + b"\n"
    content = [("content/pack.json", env.files["pack.json"]), ("content/items.json", items)]
    env.reject(signed_zip(env.files, env.key, manifest_for(env.files), content=content),
               r"content/items.json has \d+ bytes, the manifest says \d+")


def test_wrong_hash(env: Env) -> None:
    items = env.files["items.json"].replace(b"HO-01", b"HO-09", 1)
    content = [("content/pack.json", env.files["pack.json"]), ("content/items.json", items)]
    env.reject(signed_zip(env.files, env.key, manifest_for(env.files), content=content),
               "content/items.json does not match its SHA-256 in the manifest")


def test_content_failing_the_schema(env: Env) -> None:
    def break_it(meta: dict[str, object], items: list[dict[str, object]]) -> None:
        items[1]["severity"] = "apocalyptic"

    files = mini_files(2, change=break_it)
    env.reject(signed_zip(files, env.key, manifest_for(files)),
               r"items\.json: items\[1\] \(HO-02\)\.severity", PackValidationError)


@pytest.mark.parametrize(("damage", "where"), [
    (lambda items: items[0]["cites"][0].update(source="TC260-004"),
     r"items\[0\] \(HO-01\)\.cites\[0\]\.source: undeclared source"),
    (lambda items: items[0]["cites"][0].update(part="§6.3(k)"),
     r"items\[0\] \(HO-01\)\.cites\[0\]\.part: '§6\.3\(k\)' is not a part"),
    (lambda items: items[2].update(applies_if={"question": "agents", "is": "yes"}),
     r"items\[2\] \(HO-03\)\.applies_if\.question: unknown question 'agents'"),
    (lambda items: items[2].update(applies_if={"question": "genai", "in": ["yes", "perhaps"]}),
     r"items\[2\] \(HO-03\)\.applies_if\.in: question 'genai' has no option 'perhaps'"),
    (lambda items: items[2].update(applies_if={"all": [{"question": "genai", "is": "yes"},
                                                       {"not": {"question": "genai",
                                                                "is": "yes"}}]}),
     r"items\[2\] \(HO-03\)\.applies_if: contradictory condition"),
])
def test_current_format_content_with_bad_sources_or_conditions(env: Env, damage: Any,
                                                                where: str) -> None:
    def change(meta: dict[str, Any], items: list[dict[str, Any]]) -> None:
        to_current_format(meta, items)
        damage(items)

    files = mini_files(2, change=change)
    env.reject(signed_zip(files, env.key, manifest_for(files)), r"items\.json: " + where,
               PackValidationError)


def test_current_format_circular_questions(env: Env) -> None:
    def change(meta: dict[str, Any], items: list[dict[str, Any]]) -> None:
        to_current_format(meta, items)
        meta["profile_questions"].append({
            "id": "agents", "kind": "yes-no", "text": {"zh": "智能体？", "en": "Agents?"},
            "asked_if": {"question": "agents", "is": "no"}})

    files = mini_files(2, change=change)
    env.reject(signed_zip(files, env.key, manifest_for(files)),
               r"pack\.json: profile_questions\[1\] \(agents\)\.asked_if: circular conditions",
               PackValidationError)


@pytest.mark.parametrize(("damage", "where"), [
    (lambda model: model["grades"][1].update(min_points=0),
     r"risk_model\.grades\[1\] \(medium\)\.min_points: overlapping thresholds"),
    (lambda model: model["grades"][3].update(min_points=13),
     r"risk_model\.grades\[3\] \(very-high\): unreachable grade"),
    (lambda model: model["factors"][0]["options"][0].update(points=10**6),
     r"risk_model\.factors\[0\] \(criticality\)\.options\[0\] \(low\)\.points"),
    (lambda model: model["title"].pop("zh"), r"risk_model\.title\.zh: Field required"),
])
def test_current_format_content_with_a_bad_risk_model(env: Env, damage: Any,
                                                      where: str) -> None:
    def change(meta: dict[str, Any], items: list[dict[str, Any]]) -> None:
        to_current_format(meta, items)
        meta["risk_model"] = json.loads((REPO / "resources" / "risk" /
                                         "aisgf-1.0-four-factor.json").read_text("utf-8"))
        meta["risk_model"]["floors"] = [f for f in meta["risk_model"]["floors"]
                                        if f["grade"] != "very-high"]
        damage(meta["risk_model"])

    files = mini_files(2, change=change)
    env.reject(signed_zip(files, env.key, manifest_for(files)), r"pack\.json: " + where,
               PackValidationError)


def test_current_format_content_installs(env: Env) -> None:
    files = mini_files(2, change=to_current_format)
    env.collection.packs.install_file(_path(env, build(files, env.key), "new.ckpack"))
    pack = env.collection.packs.get("mini-pack", 2)
    assert pack.items[1].applies_if is not None and pack.sources[0].id == "AISGF-1.0"


def test_content_not_json(env: Env) -> None:
    files = {**env.files, "items.json": b"[{]"}
    env.reject(signed_zip(files, env.key, manifest_for(files)),
               r"items\.json: not valid JSON", PackValidationError)


def test_manifest_and_content_disagree(env: Env) -> None:
    env.reject(signed_zip(env.files, env.key, manifest_for(env.files, version=7)),
               "the manifest says version 7 but the content says 2")


# --- policy ---------------------------------------------------------------------------------

def test_rollback(env: Env) -> None:
    env.collection.packs.install_file(_path(env, build(mini_files(3), env.key), "v3.ckpack"))
    path = env.tmp / "v2.ckpack"
    path.write_bytes(good(env))
    before = db_snapshot(env.collection)
    with pytest.raises(PackPolicyError, match="rollback refused: mini-pack v2 is older than "
                                              "the installed v3"):
        env.collection.packs.install_file(path)
    assert db_snapshot(env.collection) == before


def test_same_version_different_content_is_an_alarm(env: Env) -> None:
    def reword(meta: dict[str, object], items: list[dict[str, object]]) -> None:
        items[0]["question"] = {"zh": "不同的问题？", "en": "A different question?"}

    message = env.reject(build(mini_files(1, label="mini 1", change=reword), env.key),
                         "ALARM: mini-pack v1 is already installed with different content",
                         PackConflictError)
    assert "nothing installed" in message


def test_program_too_old(env: Env) -> None:
    env.reject(good(env, min_program_version="99.0"),
               r"needs program version 99\.0 or newer; this is", PackPolicyError)


def test_expired_is_refused_unless_allowed(env: Env) -> None:
    data = good(env, expires=dt.date(2020, 1, 1))
    env.reject(data, "the pack expired on 2020-01-01; nothing installed", PackPolicyError)
    result = env.collection.packs.install_file(_path(env, data, "old.ckpack"),
                               allow_expired=True)
    assert result.installed and result.warnings and "expired" in result.warnings[0]
    entry = [e for e in env.collection.audit_entries() if e.action == "pack-installed"][-1]
    assert json.loads(entry.payload)["expired_accepted"] is True


def _path(env: Env, data: bytes, name: str) -> Path:
    path = env.tmp / name
    path.write_bytes(data)
    return path
