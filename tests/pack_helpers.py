"""Helpers for the signed-pack tests: throw-away keys, pack content, raw ZIPs, DB snapshots."""

from __future__ import annotations

import io
import json
import sqlite3
import stat
import zipfile
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from selfcheck.core.collection import Collection
from selfcheck.core.packs.file import (
    CONTENT_PREFIX,
    MANIFEST_NAME,
    SIGNATURE_NAME,
    ManifestFile,
    PackManifest,
    build_pack_bytes,
    signature_document,
)
from selfcheck.core.packs.keys import PublicPackKey, SigningKey, generate_signing_key
from selfcheck.core.packs.source import PACK_CONTENT_FILES

REPO = Path(__file__).resolve().parents[1]
MINI_V1 = REPO / "tests" / "data" / "packs" / "mini" / "v1"
REAL = REPO / "checklists" / "aisgf-key-sector"


def new_key(label: str = "test key", algorithm: str = "ed25519") -> tuple[SigningKey, PublicPackKey]:
    """A throw-away signing key (never written to the repository)."""
    return generate_signing_key(label, algorithm)


def trusted_key(collection: Collection, packs: Sequence[str] | None = None,
                label: str = "test key", algorithm: str = "ed25519") -> SigningKey:
    key, public = new_key(label, algorithm)
    collection.pack_keys.trust(public, allowed_packs=packs)
    return key


def mini_data() -> tuple[dict[str, Any], list[dict[str, Any]]]:
    meta = json.loads((MINI_V1 / "pack.json").read_text("utf-8"))
    items = json.loads((MINI_V1 / "items.json").read_text("utf-8"))
    return meta, items


def to_current_format(meta: dict[str, Any], items: list[dict[str, Any]]) -> None:
    """Turn mini-pack content (first format) into the current format in place: declared
    sources, cites with basis, and a profile question that one item depends on."""
    old = meta.pop("source")
    meta["sources"] = [{
        "id": "AISGF-1.0", "short": {"zh": "AISGF-1.0", "en": "AISGF-1.0"},
        "title": old["title"], "issuer": old["publisher"], "date": old["published"],
        "status": "in-force", "obtain": {"zh": "TC260 公开发布", "en": "published by TC260"},
        "parts": [{"id": f"§6.3({letter})"} for letter in "abcdefghi"]}]
    meta["profile_questions"] = [{"id": "genai", "kind": "yes-no",
                                  "text": {"zh": "是否使用生成式模型？",
                                           "en": "Is a generative model used?"}}]
    for item in items:
        item["cites"] = [{"source": "AISGF-1.0", "part": c.removeprefix("AISGF-1.0 "),
                          "basis": "primary"} for c in item.pop("clauses")]
    items[1]["applies_if"] = {"question": "genai", "is": "yes"}


def encode(meta: dict[str, Any], items: list[dict[str, Any]]) -> dict[str, bytes]:
    return {"pack.json": json.dumps(meta, ensure_ascii=False, indent=2).encode("utf-8"),
            "items.json": json.dumps(items, ensure_ascii=False, indent=2).encode("utf-8")}


def mini_files(version: int = 2, label: str | None = None,
               change: Callable[[dict[str, Any], list[dict[str, Any]]], None] | None = None,
               ) -> dict[str, bytes]:
    """The mini test pack's content with a new version number (and optional changes)."""
    meta, items = mini_data()
    meta["version"] = version
    meta["label"] = label or f"mini {version}"
    if change is not None:
        change(meta, items)
    return encode(meta, items)


def build(files: dict[str, bytes], key: SigningKey, **options: Any) -> bytes:
    return build_pack_bytes(files, key, **options).data


def write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def manifest_for(files: dict[str, bytes], *, pack_id: str = "mini-pack", version: int = 2,
                 label: str | None = None, created: str = "2026-11-22T00:00:00Z",
                 expires: Any = None, min_program_version: str = "0.1.0",
                 listed: Sequence[tuple[str, bytes]] | None = None) -> PackManifest:
    import hashlib

    entries = listed if listed is not None else [
        (CONTENT_PREFIX + n, files[n]) for n in PACK_CONTENT_FILES]
    return PackManifest(pack_id, version, label or f"mini {version}", created, expires,
                        min_program_version,
                        tuple(ManifestFile(p, len(b), hashlib.sha256(b).hexdigest())
                              for p, b in entries))


def raw_zip(entries: Sequence[tuple[str, bytes] | tuple[str, bytes, int]]) -> bytes:
    """A ZIP with exactly these entries; an optional third value is the Unix mode."""
    import warnings

    buffer = io.BytesIO()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # duplicate names are deliberate in some tests
        with zipfile.ZipFile(buffer, "w") as archive:
            for entry in entries:
                name, content = entry[0], entry[1]
                mode = entry[2] if len(entry) > 2 else stat.S_IFREG | 0o644  # type: ignore[misc]
                info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
                info.create_system = 3
                info.external_attr = mode << 16
                info.compress_type = zipfile.ZIP_DEFLATED
                archive.writestr(info, content)
    return buffer.getvalue()


def signed_zip(files: dict[str, bytes], key: SigningKey, manifest: PackManifest | bytes,
               extra: Sequence[tuple[str, bytes]] = (),
               content: Sequence[tuple[str, bytes]] | None = None) -> bytes:
    """A pack file with a correctly signed (possibly unusual) manifest."""
    manifest_bytes = manifest if isinstance(manifest, bytes) else manifest.to_bytes()
    entries: list[tuple[str, bytes]] = [
        (MANIFEST_NAME, manifest_bytes),
        (SIGNATURE_NAME, signature_document(manifest_bytes, key))]
    if content is None:
        content = [(CONTENT_PREFIX + n, files[n]) for n in PACK_CONTENT_FILES]
    return raw_zip([*entries, *content, *extra])


def zip_entries(data: bytes) -> list[tuple[str, bytes]]:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return [(i.filename, archive.read(i)) for i in archive.infolist()]


def db_snapshot(collection: Collection) -> list[str]:
    """Every row of the database, as SQL text (read through a separate connection)."""
    conn = sqlite3.connect(f"file:{collection.paths.database}?mode=ro", uri=True)
    try:
        return list(conn.iterdump())
    finally:
        conn.close()
