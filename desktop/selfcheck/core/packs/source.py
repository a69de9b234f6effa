"""Loading and validating checklist packs from source folders and JSON text.

A pack source folder holds ``pack.json`` (metadata and themes) and
``items.json`` (a JSON list of items). The content hash of a pack is the
SHA-256 of its canonical JSON form, so the same content always has the same
hash whatever the file layout or formatting.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from selfcheck.core.errors import PackValidationError
from selfcheck.core.files import read_input_file
from selfcheck.core.model import Pack
from selfcheck.core.text import JsonInputError, canonical_json, loads_untrusted

PACK_METADATA_FILE = "pack.json"
PACK_ITEMS_FILE = "items.json"
PACK_CONTENT_FILES = (PACK_METADATA_FILE, PACK_ITEMS_FILE)
MAX_PACK_FILE_BYTES = 64 * 1024 * 1024



def pack_content_hash(pack: Pack) -> str:
    """SHA-256 (hex) of the pack's canonical JSON form."""
    return content_hash_of_json(pack_to_json(pack))


def content_hash_of_json(pack_json: str) -> str:
    """SHA-256 (hex) of a pack's canonical JSON text (see :func:`pack_to_json`)."""
    return hashlib.sha256(pack_json.encode("utf-8")).hexdigest()


def _location(loc: Sequence[int | str], data: Mapping[str, Any]) -> str:
    """Turn a pydantic error location into 'items[3] (HO-01).question.zh'."""
    parts: list[str] = []
    node: Any = data
    for step in loc:
        if isinstance(step, int):
            label = f"[{step}]"
            if isinstance(node, list) and 0 <= step < len(node):
                node = node[step]
                if isinstance(node, dict) and isinstance(node.get("id"), str):
                    label += f" ({node['id']})"
            parts.append(label)
        else:
            parts.append(("." if parts else "") + step)
            node = node.get(step) if isinstance(node, dict) else None
    return "".join(parts) or "(top level)"


def validate_pack_data(data: Any, origin: str) -> Pack:
    """Validate already-parsed pack data; errors name ``origin``, the item and the field."""
    from pydantic import ValidationError

    from selfcheck.core.packs.schema import PackSchema

    if not isinstance(data, dict):
        raise PackValidationError(f"{origin}: a pack must be a JSON object",
                                  zh=f"{origin}：检查清单包必须是一个 JSON 对象")
    try:
        checked = PackSchema.model_validate(data)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = _location(first["loc"], data)
        message = first["msg"].removeprefix("Value error, ")
        more = len(exc.errors()) - 1
        suffix = f" (and {more} more problem{'s' if more > 1 else ''})" if more else ""
        suffix_zh = f"，另有 {more} 处问题" if more else ""
        raise PackValidationError(f"{origin}: {where}: {message}{suffix}",
                                  zh=f"{origin}：{where}：内容不符合要求（{message}）{suffix_zh}"
                                  ) from None
    return Pack.from_trusted_dict(checked.model_dump(mode="json"))


def parse_json_bytes(raw: bytes, origin: str) -> Any:
    """Parse UTF-8 JSON, turning any failure into a PackValidationError."""
    try:
        return loads_untrusted(raw)
    except JsonInputError as exc:
        raise PackValidationError(f"{origin}: {exc}",
                                  zh=f"{origin}：文件内容不是有效的 JSON（{exc.zh}）") from None


def pack_from_files(files: Mapping[str, bytes], origin: str) -> Pack:
    """Build a pack from the bytes of ``pack.json`` and ``items.json``."""
    for name in PACK_CONTENT_FILES:
        if name not in files:
            raise PackValidationError(f"{origin}: {name} is missing",
                                      zh=f"{origin}：缺少 {name}")
    metadata = parse_json_bytes(files[PACK_METADATA_FILE], f"{origin}/{PACK_METADATA_FILE}")
    items = parse_json_bytes(files[PACK_ITEMS_FILE], f"{origin}/{PACK_ITEMS_FILE}")
    if not isinstance(metadata, dict):
        raise PackValidationError(f"{origin}/{PACK_METADATA_FILE}: must be a JSON object",
                                  zh=f"{origin}/{PACK_METADATA_FILE}：必须是一个 JSON 对象")
    if "items" in metadata:
        raise PackValidationError(
            f"{origin}/{PACK_METADATA_FILE}: items belong in {PACK_ITEMS_FILE}, not here",
            zh=f"{origin}/{PACK_METADATA_FILE}：检查项应放在 {PACK_ITEMS_FILE} 中，不能放在此文件中",
        )
    if not isinstance(items, list):
        raise PackValidationError(f"{origin}/{PACK_ITEMS_FILE}: must be a JSON list of items",
                                  zh=f"{origin}/{PACK_ITEMS_FILE}：必须是由检查项组成的 JSON 列表")
    try:
        return validate_pack_data({**metadata, "items": items}, origin)
    except PackValidationError as exc:
        # Point at the file that holds the faulty field.
        message = exc.message
        prefix = f"{origin}: "
        rest = message.removeprefix(prefix)
        file_name = PACK_ITEMS_FILE if rest.startswith("items") else PACK_METADATA_FILE
        rest_zh = (exc.message_zh or f"内容不符合要求（{rest}）").removeprefix(f"{origin}：")
        raise PackValidationError(f"{origin}/{file_name}: {rest}",
                                  zh=f"{origin}/{file_name}：{rest_zh}") from None


def pack_source_digest(files: Mapping[str, bytes]) -> str:
    """SHA-256 (hex) over the raw content files of a pack source, names and lengths included."""
    digest = hashlib.sha256()
    for name in sorted(files):
        content = files[name]
        digest.update(f"{name}\n{len(content)}\n".encode())
        digest.update(content)
    return digest.hexdigest()


def read_pack_files(folder: Path) -> dict[str, bytes]:
    """Read the content files of a pack source folder."""
    if not folder.is_dir():
        raise PackValidationError(f"{folder}: not a pack folder",
                                  zh=f"{folder}：不是检查清单包文件夹")
    files: dict[str, bytes] = {}
    for name in PACK_CONTENT_FILES:
        path = folder / name
        if not path.exists() and not path.is_symlink():
            raise PackValidationError(f"{folder}: {name} is missing", zh=f"{folder}：缺少 {name}")
        files[name] = read_input_file(path, MAX_PACK_FILE_BYTES,
                                      what=("pack source file", "清单包源文件"),
                                      error=PackValidationError)
    return files


def load_pack_dir(folder: Path) -> Pack:
    """Load and validate the pack in a source folder."""
    return pack_from_files(read_pack_files(folder), str(folder))


def pack_from_json(text: str, origin: str) -> Pack:
    """Validate a pack given as one JSON document."""
    return validate_pack_data(parse_json_bytes(text.encode("utf-8"), origin), origin)


def pack_from_stored_json(text: str, content_hash: str, origin: str) -> Pack:
    """A pack as the store keeps it: canonical JSON, validated when it was installed.

    The text must still have the SHA-256 recorded at install time; then it is built
    without running the validation again. Text that does not match its hash, or that
    cannot be built, is refused with the reason (validation words it where it can)."""
    if content_hash_of_json(text) != content_hash:
        raise PackValidationError(
            f"{origin}: the stored pack no longer matches the SHA-256 recorded when it was "
            "installed; the database has been changed or damaged",
            zh=f"{origin}：存储的检查清单包与安装时记录的SHA-256不一致，数据库已被改动或损坏")
    try:
        return Pack.from_trusted_dict(json.loads(text))
    except (KeyError, TypeError, ValueError, RecursionError):
        return pack_from_json(text, origin)


def pack_to_json(pack: Pack) -> str:
    """The canonical JSON text of a pack."""
    return canonical_json(pack.to_dict()).decode("utf-8")
