"""Loading and validating checklist packs from source folders and JSON text.

A pack source folder holds ``pack.json`` (metadata and themes) and
``items.json`` (a JSON list of items). The content hash of a pack is the
SHA-256 of its canonical JSON form, so the same content always has the same
hash whatever the file layout or formatting.
"""

from __future__ import annotations

import gc
import hashlib
import json
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from selfcheck.core.conditions import Condition
from selfcheck.core.errors import PackValidationError, Problem
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


#: Chinese wording of pydantic's error types (the English message is pydantic's own).
_SCHEMA_ERRORS_ZH = {
    "missing": "缺少必填字段",
    "extra_forbidden": "不允许的字段",
    "string_pattern_mismatch": "格式不符合要求",
    "enum": "取值不在允许范围内",
    "literal_error": "取值不在允许范围内",
    "string_too_short": "内容为空",
    "string_too_long": "内容过长",
    "too_short": "数量太少",
    "too_long": "数量太多",
    "greater_than_equal": "数值太小",
    "int_type": "应为整数",
    "int_parsing": "应为整数",
    "bool_type": "应为 true 或 false",
    "bool_parsing": "应为 true 或 false",
    "string_type": "应为文本",
    "list_type": "应为列表",
    "dict_type": "应为对象",
    "model_type": "应为对象",
}


def _schema_problems(errors: Sequence[Any], data: Mapping[str, Any]) -> list[Problem]:
    problems = []
    for error in errors:
        message = error["msg"].removeprefix("Value error, ")
        zh = _SCHEMA_ERRORS_ZH.get(error["type"])
        problems.append(Problem(_location(error["loc"], data), message,
                                f"{zh}（{message}）" if zh else f"内容不符合要求（{message}）"))
    return problems


Refusal = tuple[str, str, tuple[tuple[str, str], ...]]


def _refusal(origin: str, problems: Sequence[Problem]) -> Refusal:
    """The message (en, zh) of one error for all ``problems`` (the first of them) and
    one line per problem."""
    first = problems[0]
    more = len(problems) - 1
    suffix = f" (and {more} more problem{'s' if more > 1 else ''})" if more else ""
    suffix_zh = f"，另有 {more} 处问题" if more else ""
    lines = tuple((f"{origin}: {p.where}: {p.en}", f"{origin}：{p.where}：{p.zh}")
                  for p in problems)
    return (f"{origin}: {first.where}: {first.en}{suffix}",
            f"{origin}：{first.where}：{first.zh}{suffix_zh}", lines)


def validate_pack_data(data: Any, origin: str) -> Pack:
    """Validate already-parsed pack data; errors name ``origin``, the item and the field
    (every problem found is in the error's ``lines``)."""
    from pydantic import ValidationError

    from selfcheck.core.packs.rules import pack_problems
    from selfcheck.core.packs.schema import PackSchema

    if not isinstance(data, dict):
        raise PackValidationError(f"{origin}: a pack must be a JSON object",
                                  zh=f"{origin}：检查清单包必须是一个 JSON 对象")
    try:
        checked = PackSchema.model_validate(data)
    except ValidationError as exc:
        problems = _schema_problems(exc.errors(), data)
    else:
        dumped = checked.model_dump(mode="json", exclude_none=True)
        conditions: dict[int, Condition] = {}
        problems = pack_problems(dumped, conditions)
    if problems:
        message, zh, lines = _refusal(origin, problems)
        raise PackValidationError(message, zh=zh, lines=lines) from None
    for index, condition in conditions.items():  # read once, by the rules
        dumped["items"][index]["applies_if"] = condition
    return Pack.from_trusted_dict(dumped)


def parse_json_bytes(raw: bytes, origin: str) -> Any:
    """Parse UTF-8 JSON, turning any failure into a PackValidationError."""
    try:
        return loads_untrusted(raw)
    except JsonInputError as exc:
        raise PackValidationError(f"{origin}: {exc}",
                                  zh=f"{origin}：文件内容不是有效的 JSON（{exc.zh}）") from None


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Pause Python's cyclic garbage collector while a pack is built.

    Building a large pack creates hundreds of thousands of small objects that all stay
    alive; the collector would scan them again and again (it doubled the time to load a
    5,000-item pack). Nothing built here forms cycles that need collecting meanwhile, and
    the collector is switched back on (if it was on) however the building ends."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def pack_from_files(files: Mapping[str, bytes], origin: str) -> Pack:
    """Build a pack from the bytes of ``pack.json`` and ``items.json``."""
    with _collector_paused():
        return _pack_from_files(files, origin)


def _pack_from_files(files: Mapping[str, bytes], origin: str) -> Pack:
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
        message, zh, lines = _in_files(exc, origin)
        raise PackValidationError(message, zh=zh, lines=lines) from None


def _in_file(text: str, origin: str, separator: str) -> str:
    """A problem line of ``origin`` pointed at the file that holds the faulty field."""
    rest = text.removeprefix(f"{origin}{separator}")
    file_name = PACK_ITEMS_FILE if rest.startswith("items") else PACK_METADATA_FILE
    return f"{origin}/{file_name}{separator}{rest}"


def _in_files(exc: PackValidationError, origin: str) -> Refusal:
    lines = tuple((_in_file(en, origin, ": "), _in_file(zh, origin, "："))
                  for en, zh in exc.lines)
    return (_in_file(exc.message, origin, ": "),
            _in_file(exc.message_zh or exc.message, origin, "："), lines)


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
        with _collector_paused():
            return Pack.from_trusted_dict(json.loads(text))
    except (KeyError, TypeError, ValueError, RecursionError):
        return pack_from_json(text, origin)


def pack_to_json(pack: Pack) -> str:
    """The canonical JSON text of a pack."""
    with _collector_paused():
        return canonical_json(pack.to_dict()).decode("utf-8")
