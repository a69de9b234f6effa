"""Signed pack files (``.ckpack``): format, build, verification and installation.

A pack file is a ZIP archive with exactly these entries::

    manifest.json        canonical JSON (sorted keys, no white space), see below
    manifest.sig         {"algorithm": "ed25519" | "sm2", "format": "selfcheck-pack-signature/1",
                          "key_id": "<16 hex>", "signature": "<base64>"}
    content/pack.json    the pack source files, byte for byte as authored
    content/items.json

The manifest::

    {"created": "2026-11-22T10:00:00Z", "expires": "2027-12-31" | null,
     "files": [{"path": "content/items.json", "sha256": "...", "size": 123}, ...],
     "format": "selfcheck-pack/1", "label": "2.0 (2026-11)",
     "min_program_version": "0.1.0", "pack_id": "aisgf-key-sector", "version": 2}

The signature is a detached signature over the raw manifest bytes: Ed25519 (64 bytes)
or SM2-with-SM3 (DER, at most 72 bytes), of the algorithm of the trusted key it names.
Verification reads the archive into memory once, checks limits and every
entry name, checks the signature *before* parsing the manifest, then checks
every content file's size and SHA-256 against the manifest, and only then
parses and validates the content. Installation happens in one transaction
that also refuses rollbacks.
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import hashlib
import io
import logging
import re
import stat
import struct
import zipfile
from collections.abc import Mapping, Sequence
from dataclasses import field
from pathlib import Path
from typing import Any, Protocol

from selfcheck import __version__
from selfcheck.core.errors import (
    NotFoundError,
    PackFileError,
    PackPolicyError,
    UntrustedPackKeyError,
    UsageError,
)
from selfcheck.core.files import read_input_file
from selfcheck.core.immutable import immutable
from selfcheck.core.model import PACK_ID_PATTERN, Pack
from selfcheck.core.packs.keys import ALGORITHM, ALGORITHMS, SM2, SigningKey, is_key_id, public_key_of
from selfcheck.core.packs.source import (
    MAX_PACK_FILE_BYTES,
    PACK_CONTENT_FILES,
    load_pack_dir,
    pack_from_files,
    pack_to_json,
    read_pack_files,
)
from selfcheck.core.records import TrustedPackKey
from selfcheck.core.text import JsonInputError, canonical_json, loads_untrusted, utc_timestamp

log = logging.getLogger(__name__)

PACK_FORMAT = "selfcheck-pack/1"
SIGNATURE_FORMAT = "selfcheck-pack-signature/1"
PACK_FILE_SUFFIX = ".ckpack"
MANIFEST_NAME = "manifest.json"
SIGNATURE_NAME = "manifest.sig"
CONTENT_PREFIX = "content/"
#: The first program version that reads this pack format.
FIRST_PROGRAM_VERSION = "0.1.0"

MAX_ARCHIVE_BYTES = 64 * 1024 * 1024
MAX_ENTRIES = 16
MAX_ENTRY_BYTES = MAX_PACK_FILE_BYTES
MAX_TOTAL_BYTES = 128 * 1024 * 1024
MAX_MANIFEST_BYTES = 256 * 1024
MAX_SIGNATURE_BYTES = 4 * 1024
MAX_SM2_SIGNATURE_BYTES = 72
MAX_NAME_LENGTH = 200

_MANIFEST_KEYS = frozenset({"format", "pack_id", "version", "label", "created", "expires",
                            "min_program_version", "files"})
_NAME_RE = re.compile(r"^[A-Za-z0-9_.-]+(?:/[A-Za-z0-9_.-]+)*$")
_DRIVE_RE = re.compile(r"^[A-Za-z]:")
_VERSION_RE = re.compile(r"^\d{1,6}(?:\.\d{1,6}){0,3}$")
_SHA256_RE = re.compile(r"^[0-9a-f]{64}$")
_PACK_ID_RE = re.compile(PACK_ID_PATTERN)
_ZIP_DATE = (1980, 1, 1, 0, 0, 0)
_EOCD = b"PK\x05\x06"


# --- the manifest -------------------------------------------------------------

@immutable
class ManifestFile:
    """One file of a pack file's manifest: its path, size and SHA-256."""

    path: str
    size: int
    sha256: str


@immutable
class PackManifest:
    """The signed description of a pack file."""

    pack_id: str
    version: int
    label: str
    created: str
    expires: dt.date | None
    min_program_version: str
    files: tuple[ManifestFile, ...]

    def to_dict(self) -> dict[str, Any]:
        return {
            "format": PACK_FORMAT, "pack_id": self.pack_id, "version": self.version,
            "label": self.label, "created": self.created,
            "expires": self.expires.isoformat() if self.expires else None,
            "min_program_version": self.min_program_version,
            "files": [{"path": f.path, "size": f.size, "sha256": f.sha256} for f in self.files],
        }

    def to_bytes(self) -> bytes:
        """The canonical bytes that are signed."""
        return canonical_json(self.to_dict())


def parse_program_version(text: str) -> tuple[int, ...]:
    """``"0.1.0"`` → ``(0, 1, 0)``; trailing non-numeric parts (".dev1") are ignored."""
    parts: list[int] = []
    for part in text.split("."):
        digits = re.match(r"^\d+", part)
        if digits is None:
            break
        parts.append(int(digits.group()))
        if digits.group() != part:
            break
    while len(parts) > 1 and parts[-1] == 0:
        parts.pop()
    return tuple(parts)


class _Wording(Protocol):
    def __call__(self, problem: str, zh: str) -> PackFileError: ...


def _json_object(raw: bytes, bad: _Wording) -> dict[str, Any]:
    """``raw`` parsed as a JSON object; otherwise the error ``bad`` words."""
    try:
        doc: Any = loads_untrusted(raw)
    except JsonInputError:
        raise bad("not valid UTF-8 JSON", zh="不是有效的 UTF-8 JSON 文本") from None
    if not isinstance(doc, dict):
        raise bad("must be a JSON object", zh="必须是一个 JSON 对象")
    return doc


def _parse_manifest(raw: bytes, origin: str) -> PackManifest:
    """Parse the (already signature-checked) manifest strictly."""
    def bad(problem: str, zh: str) -> PackFileError:
        return PackFileError(f"{origin}: {MANIFEST_NAME}: {problem}",
                             zh=f"{origin}：清单包说明文件（{MANIFEST_NAME}）：{zh}")

    doc = _json_object(raw, bad)
    if doc.get("format") != PACK_FORMAT:
        raise bad(f"unknown pack format {_shown(doc.get('format'))} (this program reads "
                  f"{PACK_FORMAT!r})",
                  zh=f"未知的清单包格式 {_shown(doc.get('format'))}（本程序读取 "
                  f"{PACK_FORMAT!r} 格式）")
    if canonical_json(doc) != raw:
        raise bad("not in canonical form (sorted keys, no white space)",
                  zh="不是规范格式（键须排序，不含空白字符）")
    unknown = set(doc) - _MANIFEST_KEYS
    if unknown:
        raise bad(f"unknown field(s) {', '.join(sorted(unknown))}",
                  zh=f"含有未知字段 {', '.join(sorted(unknown))}")
    missing = _MANIFEST_KEYS - set(doc) - {"expires"}
    if missing:
        raise bad(f"missing field(s) {', '.join(sorted(missing))}",
                  zh=f"缺少字段 {', '.join(sorted(missing))}")
    pack_id, version, label = doc["pack_id"], doc["version"], doc["label"]
    if not isinstance(pack_id, str) or not _PACK_ID_RE.match(pack_id):
        raise bad(f"invalid pack_id {_shown(pack_id)}", zh=f"pack_id {_shown(pack_id)} 无效")
    if not isinstance(version, int) or isinstance(version, bool) or not 1 <= version < 2**31:
        raise bad(f"invalid version {_shown(version)} (a whole number from 1)",
                  zh=f"版本 {_shown(version)} 无效（应为从 1 起的整数）")
    if not isinstance(label, str) or not label.strip():
        raise bad("the label must be non-empty text", zh="label 必须是非空文本")
    created = doc["created"]
    if not isinstance(created, str) or not created:
        raise bad("'created' must be a time stamp", zh="'created' 必须是时间戳")
    expires_text = doc.get("expires")
    expires: dt.date | None = None
    if expires_text is not None:
        try:
            expires = dt.date.fromisoformat(expires_text)
        except (TypeError, ValueError):
            raise bad(f"invalid expiry date {_shown(expires_text)} (YYYY-MM-DD)",
                      zh=f"到期日期 {_shown(expires_text)} 无效（应为 YYYY-MM-DD 格式）") from None
    minimum = doc["min_program_version"]
    if not isinstance(minimum, str) or not _VERSION_RE.match(minimum):
        raise bad(f"invalid min_program_version {_shown(minimum)}",
                  zh=f"min_program_version {_shown(minimum)} 无效")
    files = doc["files"]
    if not isinstance(files, list):
        raise bad("'files' must be a list", zh="'files' 必须是列表")
    entries: list[ManifestFile] = []
    for index, entry in enumerate(files):
        if not isinstance(entry, dict) or set(entry) != {"path", "size", "sha256"}:
            raise bad(f"files[{index}] must have exactly path, size and sha256",
                      zh=f"files[{index}] 必须且只能包含 path、size 和 sha256")
        path, size, digest = entry["path"], entry["size"], entry["sha256"]
        if not isinstance(path, str) or not isinstance(digest, str) or not _SHA256_RE.match(digest):
            raise bad(f"files[{index}]: invalid path or sha256",
                      zh=f"files[{index}]：path 或 sha256 无效")
        if not isinstance(size, int) or isinstance(size, bool) or size < 0:
            raise bad(f"files[{index}]: invalid size {_shown(size)}",
                      zh=f"files[{index}]：size {_shown(size)} 无效")
        entries.append(ManifestFile(path, size, digest))
    return PackManifest(pack_id, version, label, created, expires, minimum, tuple(entries))


# --- building -----------------------------------------------------------------

def signature_document(manifest_bytes: bytes, key: SigningKey) -> bytes:
    """The ``manifest.sig`` entry: a detached signature naming the key and its algorithm."""
    return canonical_json({
        "format": SIGNATURE_FORMAT, "algorithm": key.algorithm, "key_id": key.key_id,
        "signature": base64.b64encode(key.sign(manifest_bytes)).decode("ascii"),
    })


def assemble_zip(entries: Sequence[tuple[str, bytes]]) -> bytes:
    """A deterministic ZIP archive (fixed dates, regular files, deflate)."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, content in entries:
            info = zipfile.ZipInfo(name, date_time=_ZIP_DATE)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.create_system = 3
            info.external_attr = (stat.S_IFREG | 0o644) << 16
            archive.writestr(info, content)
    return buffer.getvalue()


@immutable
class BuiltPack:
    """A freshly built pack file."""

    data: bytes
    pack: Pack
    manifest: PackManifest
    key_id: str

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.data).hexdigest()


def build_pack_bytes(files: Mapping[str, bytes], key: SigningKey, *,
                     expires: dt.date | None = None,
                     min_program_version: str = FIRST_PROGRAM_VERSION,
                     created: str | None = None, origin: str = "pack") -> BuiltPack:
    """Validate the content (``pack.json``, ``items.json``) and build a signed pack file."""
    pack = pack_from_files(files, origin)
    extra = set(files) - set(PACK_CONTENT_FILES)
    if extra:
        raise UsageError(f"{origin}: only {', '.join(PACK_CONTENT_FILES)} can be packed, "
                         f"not {', '.join(sorted(extra))}",
                         zh=f"{origin}：只能打包 {', '.join(PACK_CONTENT_FILES)}，"
                         f"不能打包 {', '.join(sorted(extra))}")
    if not _VERSION_RE.match(min_program_version):
        raise UsageError(f"invalid program version {min_program_version!r} (e.g. 0.1.0)",
                         zh=f"程序版本 {min_program_version!r} 无效（例如 0.1.0）")
    manifest = PackManifest(
        pack_id=pack.pack_id, version=pack.version, label=pack.label,
        created=created or utc_timestamp(), expires=expires,
        min_program_version=min_program_version,
        files=tuple(ManifestFile(CONTENT_PREFIX + name, len(files[name]),
                                 hashlib.sha256(files[name]).hexdigest())
                    for name in PACK_CONTENT_FILES))
    manifest_bytes = manifest.to_bytes()
    entries = [(MANIFEST_NAME, manifest_bytes),
               (SIGNATURE_NAME, signature_document(manifest_bytes, key))]
    entries += [(CONTENT_PREFIX + name, files[name]) for name in PACK_CONTENT_FILES]
    data = assemble_zip(entries)
    if len(data) > MAX_ARCHIVE_BYTES:
        raise UsageError(f"{origin}: the pack file would be larger than the "
                         f"{MAX_ARCHIVE_BYTES // 1048576} MB limit",
                         zh=f"{origin}：签名清单包文件将超过 "
                         f"{MAX_ARCHIVE_BYTES // 1048576} MB 的大小上限")
    return BuiltPack(data, pack, manifest, key.key_id)


def build_pack_file(source: Path, key: SigningKey, output: Path, *,
                    expires: dt.date | None = None,
                    min_program_version: str = FIRST_PROGRAM_VERSION,
                    overwrite: bool = False) -> BuiltPack:
    """Validate a pack source folder and write it as a signed ``.ckpack`` file."""
    if output.exists() and not overwrite:
        raise UsageError(f"{output}: already exists (use --force to replace it)",
                         zh=f"{output}：文件已存在（如需替换，请使用 --force）")
    if output.is_dir():
        raise UsageError(f"{output}: is a folder; give a file name",
                         zh=f"{output}：这是一个文件夹，请指定文件名")
    built = build_pack_bytes(read_pack_files(source), key, expires=expires,
                             min_program_version=min_program_version, origin=str(source))
    temp = output.with_name(output.name + ".partial")
    try:
        temp.write_bytes(built.data)
        temp.replace(output)
    except OSError as exc:
        temp.unlink(missing_ok=True)
        raise UsageError(f"{output}: cannot be written ({exc.strerror})",
                         zh=f"{output}：无法写入（{exc.strerror}）") from None
    return built


# --- reading and verifying ----------------------------------------------------

@immutable
class VerifiedPack:
    """A pack file whose signature, files and content all checked out."""

    pack: Pack
    manifest: PackManifest
    key_id: str
    key_label: str
    origin: str
    file_sha256: str
    manifest_sha256: str
    content_hash: str
    expired: bool
    warnings: tuple[str, ...]
    data: bytes = field(repr=False, compare=False)
    pack_json: str = field(default="", repr=False, compare=False)
    warnings_zh: tuple[str, ...] = ()

    def localized_warnings(self, lang: str) -> tuple[str, ...]:
        """The warnings in Chinese for ``lang`` "zh", else in English."""
        return self.warnings_zh if lang == "zh" and self.warnings_zh else self.warnings


def read_pack_file_bytes(path: Path) -> bytes:
    """Read a pack file (bounded); the bytes are then verified in memory only."""
    return read_input_file(path, MAX_ARCHIVE_BYTES, what=("pack file", "签名清单包文件"),
                           error=PackFileError, missing_error=NotFoundError)


def _declared_entry_count(data: bytes) -> int | None:
    """Entry count from the end-of-central-directory record, read before zipfile parses
    the whole directory (so a file with millions of entries is refused cheaply)."""
    where = data.rfind(_EOCD, max(0, len(data) - 65557))
    if where < 0 or where + 22 > len(data):
        return None
    return int(struct.unpack_from("<H", data, where + 10)[0])


def _shown(value: object) -> str:
    """A value from the file for a message: quoted, escaped, and cut short."""
    if isinstance(value, str) and len(value) > 60:
        return repr(value[:60]) + "…"
    text = repr(value)
    return text if len(text) <= 80 else text[:80] + "…"


def _check_name(name: str, origin: str) -> None:
    def bad(problem: str, zh: str) -> PackFileError:
        return PackFileError(f"{origin}: entry {_shown(name)}: {problem}",
                             zh=f"{origin}：压缩包中的文件 {_shown(name)}：{zh}")

    if not name:
        raise bad("empty file name", zh="文件名为空")
    if len(name) > MAX_NAME_LENGTH:
        raise bad("file name too long", zh="文件名过长")
    if "\x00" in name:
        raise bad("file name contains a NUL character", zh="文件名含有 NUL 字符")
    if "\\" in name:
        raise bad("backslash in file name", zh="文件名含有反斜杠")
    if name.startswith("/"):
        raise bad("absolute path", zh="使用了绝对路径")
    if _DRIVE_RE.match(name):
        raise bad("drive letter in file name", zh="文件名含有盘符")
    parts = name.split("/")
    if ".." in parts:
        raise bad("'..' in path", zh="路径中含有 '..'")
    if name.endswith("/"):
        raise bad("folder entries are not allowed", zh="不允许包含文件夹")
    if "" in parts or "." in parts:
        raise bad("empty or '.' path component", zh="路径中含有空的或为 '.' 的部分")
    if not _NAME_RE.match(name):
        raise bad("characters not allowed in file names (use A-Z a-z 0-9 . _ -)",
                  zh="文件名含有不允许的字符（只能使用 A-Z a-z 0-9 . _ -）")


def _check_entries(infos: Sequence[zipfile.ZipInfo], origin: str) -> dict[str, zipfile.ZipInfo]:
    """Check every entry of the archive; returns them by name."""
    if len(infos) > MAX_ENTRIES:
        raise PackFileError(f"{origin}: {len(infos)} entries; a pack file has at most "
                            f"{MAX_ENTRIES}",
                            zh=f"{origin}：包含 {len(infos)} 个文件，签名清单包文件最多只能包含 "
                            f"{MAX_ENTRIES} 个")
    by_name: dict[str, zipfile.ZipInfo] = {}
    folded: dict[str, str] = {}
    total = 0
    for info in infos:
        name = info.orig_filename
        _check_name(name, origin)
        if name in by_name:
            raise PackFileError(f"{origin}: entry {_shown(name)} appears twice",
                                zh=f"{origin}：压缩包中的文件 {_shown(name)} 重复出现")
        if name.casefold() in folded:
            raise PackFileError(f"{origin}: entries {_shown(folded[name.casefold()])} and {_shown(name)} "
                                "differ only in case",
                                zh=f"{origin}：压缩包中的文件 {_shown(folded[name.casefold()])} 与 "
                                f"{_shown(name)} 仅大小写不同")
        folded[name.casefold()] = name
        mode = info.external_attr >> 16
        if stat.S_ISLNK(mode):
            raise PackFileError(f"{origin}: entry {_shown(name)} is a symbolic link",
                                zh=f"{origin}：压缩包中的文件 {_shown(name)} 是符号链接")
        if stat.S_IFMT(mode) not in (0, stat.S_IFREG):
            raise PackFileError(f"{origin}: entry {_shown(name)} is not a regular file",
                                zh=f"{origin}：压缩包中的文件 {_shown(name)} 不是普通文件")
        if info.flag_bits & 0x1:
            raise PackFileError(f"{origin}: entry {_shown(name)} is encrypted",
                                zh=f"{origin}：压缩包中的文件 {_shown(name)} 已加密")
        if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
            raise PackFileError(f"{origin}: entry {_shown(name)} uses an unsupported compression "
                                f"method ({info.compress_type})",
                                zh=f"{origin}：压缩包中的文件 {_shown(name)} 使用了不支持的压缩方式"
                                f"（{info.compress_type}）")
        if info.file_size > MAX_ENTRY_BYTES:
            raise PackFileError(f"{origin}: entry {_shown(name)} is larger than the "
                                f"{MAX_ENTRY_BYTES // 1048576} MB limit",
                                zh=f"{origin}：压缩包中的文件 {_shown(name)} 超过 "
                                f"{MAX_ENTRY_BYTES // 1048576} MB 的上限")
        total += info.file_size
        if total > MAX_TOTAL_BYTES:
            raise PackFileError(f"{origin}: the entries add up to more than the "
                                f"{MAX_TOTAL_BYTES // 1048576} MB limit",
                                zh=f"{origin}：压缩包中的文件合计超过 "
                                f"{MAX_TOTAL_BYTES // 1048576} MB 的上限")
        if name not in (MANIFEST_NAME, SIGNATURE_NAME) and not name.startswith(CONTENT_PREFIX):
            raise PackFileError(f"{origin}: unexpected entry {_shown(name)} (a pack file holds only "
                                f"{MANIFEST_NAME}, {SIGNATURE_NAME} and {CONTENT_PREFIX}...)",
                                zh=f"{origin}：压缩包中有多余的文件 {_shown(name)}（签名清单包文件只能包含 "
                                f"{MANIFEST_NAME}、{SIGNATURE_NAME} 和 {CONTENT_PREFIX}...）")
        by_name[name] = info
    for required in (MANIFEST_NAME, SIGNATURE_NAME):
        if required not in by_name:
            what = "manifest" if required == MANIFEST_NAME else "signature"
            raise PackFileError(f"{origin}: the {what} ({required}) is missing; "
                                "not a signed pack file",
                                zh=f"{origin}：缺少{'清单包说明文件' if required == MANIFEST_NAME else '签名'}"
                                f"（{required}），不是签名清单包文件")
    return by_name


def _read_entry(archive: zipfile.ZipFile, info: zipfile.ZipInfo, limit: int,
                origin: str) -> bytes:
    if info.file_size > limit:
        raise PackFileError(f"{origin}: entry {_shown(info.orig_filename)} is larger than the "
                            f"{limit} byte limit",
                            zh=f"{origin}：压缩包中的文件 {_shown(info.orig_filename)} 超过 "
                            f"{limit} 字节的上限")
    try:
        with archive.open(info) as handle:
            data = handle.read(limit + 1)
    except Exception as exc:  # zipfile/zlib raise many types on hostile input
        raise PackFileError(f"{origin}: entry {_shown(info.orig_filename)} is damaged "
                            f"({type(exc).__name__}: {_first_line(exc)})",
                            zh=f"{origin}：压缩包中的文件 {_shown(info.orig_filename)} 已损坏"
                            f"（{type(exc).__name__}: {_first_line(exc)}）") from None
    if len(data) > limit or len(data) != info.file_size:
        raise PackFileError(f"{origin}: entry {_shown(info.orig_filename)} is damaged (size)",
                            zh=f"{origin}：压缩包中的文件 {_shown(info.orig_filename)} 已损坏（大小不符）")
    return data


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()
    return text[0][:200] if text else "no details"


def _parse_signature(raw: bytes, origin: str) -> tuple[str, str, bytes]:
    def bad(problem: str, zh: str) -> PackFileError:
        return PackFileError(f"{origin}: {SIGNATURE_NAME}: {problem}",
                             zh=f"{origin}：签名（{SIGNATURE_NAME}）：{zh}")

    doc = _json_object(raw, bad)
    if doc.get("format") != SIGNATURE_FORMAT:
        raise bad(f"unknown signature format {_shown(doc.get('format'))}",
                  zh=f"未知的签名格式 {_shown(doc.get('format'))}")
    algorithm = doc.get("algorithm")
    if algorithm not in ALGORITHMS:
        raise bad(f"unknown signature algorithm {_shown(algorithm)} (only 'ed25519' and "
                  "'sm2' are accepted)",
                  zh=f"未知的签名算法 {_shown(algorithm)}（只接受 'ed25519' 和 'sm2'）")
    key_id = doc.get("key_id")
    if not isinstance(key_id, str) or not is_key_id(key_id):
        raise bad(f"invalid key id {_shown(key_id)}", zh=f"密钥编号 {_shown(key_id)} 无效")
    text = doc.get("signature")
    try:
        signature = base64.b64decode(text, validate=True) if isinstance(text, str) else b""
    except (binascii.Error, ValueError):
        signature = b""
    if algorithm == ALGORITHM and len(signature) != 64:
        raise bad("the signature is not 64 bytes of base64",
                  zh="签名不是 base64 编码的 64 字节数据")
    if algorithm == SM2 and not 8 <= len(signature) <= MAX_SM2_SIGNATURE_BYTES:
        raise bad("the SM2 signature is not a DER signature of base64",
                  zh="SM2 签名不是 base64 编码的 DER 签名数据")
    return str(algorithm), key_id, signature


def _find_key(key_id: str, keys: Sequence[TrustedPackKey], origin: str) -> TrustedPackKey:
    for key in keys:
        if key.key_id == key_id:
            if key.revoked_at is not None:
                raise PackFileError(f"{origin}: signed by pack key {key_id}, which was revoked "
                                    f"on {key.revoked_at}",
                                    zh=f"{origin}：签名所用的清单包签名密钥 {key_id} 已于 "
                                    f"{key.revoked_at} 吊销")
            return key
    raise UntrustedPackKeyError(
        f"{origin}: signed by pack key {key_id}, which this machine does not trust (add it "
        "with: selfcheck trust add-pack-key FILE)",
        zh=f"{origin}：签名所用的清单包签名密钥 {key_id} 不在本机的信任库中"
        "（可用命令 selfcheck trust add-pack-key FILE 添加）", key_id=key_id)


def verify_pack_bytes(data: bytes, keys: Sequence[TrustedPackKey], *, origin: str = "pack",
                      today: dt.date | None = None) -> VerifiedPack:
    """Verify a pack file held in memory against trusted ``keys``.

    Raises PackFileError (or PackPolicyError / PackValidationError) with a
    one-line message naming ``origin``; never reads content before the
    signature over the manifest has been checked.
    """
    if len(data) > MAX_ARCHIVE_BYTES:
        raise PackFileError(f"{origin}: larger than the {MAX_ARCHIVE_BYTES // 1048576} MB "
                            "limit for pack files",
                            zh=f"{origin}：超过签名清单包文件 {MAX_ARCHIVE_BYTES // 1048576} MB "
                            "的上限")
    if not data.startswith(b"PK"):
        raise PackFileError(f"{origin}: not a pack file (not a ZIP archive)",
                            zh=f"{origin}：不是签名清单包文件（不是 ZIP 压缩包）")
    declared = _declared_entry_count(data)
    if declared is not None and declared > MAX_ENTRIES:
        raise PackFileError(f"{origin}: {declared} entries; a pack file has at most "
                            f"{MAX_ENTRIES}",
                            zh=f"{origin}：包含 {declared} 个文件，签名清单包文件最多只能包含 "
                            f"{MAX_ENTRIES} 个")
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        infos = archive.infolist()
    except zipfile.BadZipFile:
        raise PackFileError(f"{origin}: not a pack file (not a ZIP archive, or damaged)",
                            zh=f"{origin}：不是签名清单包文件（不是 ZIP 压缩包，或文件已损坏）") from None
    except Exception as exc:  # zipfile raises many types on hostile input
        raise PackFileError(f"{origin}: damaged ZIP archive ({type(exc).__name__}: "
                            f"{_first_line(exc)})",
                            zh=f"{origin}：ZIP 压缩包已损坏（{type(exc).__name__}: "
                            f"{_first_line(exc)}）") from None
    with archive:
        entries = _check_entries(infos, origin)
        signature_raw = _read_entry(archive, entries[SIGNATURE_NAME], MAX_SIGNATURE_BYTES, origin)
        manifest_raw = _read_entry(archive, entries[MANIFEST_NAME], MAX_MANIFEST_BYTES, origin)
        algorithm, key_id, signature = _parse_signature(signature_raw, origin)
        trusted = _find_key(key_id, keys, origin)
        public = public_key_of(trusted)
        if public.algorithm != algorithm:
            raise PackFileError(f"{origin}: the signature says {algorithm} but pack key {key_id} "
                                f"is an {public.algorithm} key",
                                zh=f"{origin}：签名声明的算法为 {algorithm}，但清单包签名密钥 "
                                f"{key_id} 是 {public.algorithm} 密钥")
        if not public.verify(signature, manifest_raw):
            raise PackFileError(f"{origin}: bad signature: the manifest was altered or not "
                                f"signed by pack key {key_id}",
                                zh=f"{origin}：签名无效：清单包说明文件已被改动，或不是由"
                                f"清单包签名密钥 {key_id} 签名")
        # Only now is the manifest trusted enough to be parsed.
        manifest = _parse_manifest(manifest_raw, origin)
        if trusted.allowed_packs is not None and manifest.pack_id not in trusted.allowed_packs:
            raise PackFileError(
                f"{origin}: pack key {key_id} is not authorised for pack {manifest.pack_id!r} "
                f"(only {', '.join(trusted.allowed_packs)})",
                zh=f"{origin}：清单包签名密钥 {key_id} 无权签署检查清单包 {manifest.pack_id!r}"
                f"（仅限 {', '.join(trusted.allowed_packs)}）")
        if parse_program_version(manifest.min_program_version) > parse_program_version(
                __version__):
            raise PackPolicyError(
                f"{origin}: needs program version {manifest.min_program_version} or newer; "
                f"this is {__version__}",
                zh=f"{origin}：需要 {manifest.min_program_version} 或更高版本的程序，"
                f"当前程序版本为 {__version__}")
        content = _read_content(archive, entries, manifest, origin)
    pack = pack_from_files(content, origin)
    for name, stated, actual in (("pack_id", manifest.pack_id, pack.pack_id),
                                 ("version", manifest.version, pack.version),
                                 ("label", manifest.label, pack.label)):
        if stated != actual:
            raise PackFileError(f"{origin}: the manifest says {name} {_shown(stated)} but the "
                                f"content says {_shown(actual)}",
                                zh=f"{origin}：清单包说明文件中的 {name} 为 {_shown(stated)}，但"
                                f"内容中为 {_shown(actual)}")
    today = today or dt.date.today()
    expired = manifest.expires is not None and manifest.expires < today
    warnings: tuple[str, ...] = ()
    warnings_zh: tuple[str, ...] = ()
    if expired:
        warnings = (f"the pack expired on {manifest.expires}; an administrator may still "
                    "accept it (--allow-expired)",)
        warnings_zh = (f"检查清单包已于 {manifest.expires} 过期；管理员仍可接受它"
                       "（--allow-expired）",)
    # The stored form and its hash (= pack_content_hash), serialised once.
    pack_json = pack_to_json(pack)
    return VerifiedPack(
        pack=pack, manifest=manifest, key_id=key_id, key_label=trusted.label, origin=origin,
        file_sha256=hashlib.sha256(data).hexdigest(),
        manifest_sha256=hashlib.sha256(manifest_raw).hexdigest(),
        content_hash=hashlib.sha256(pack_json.encode("utf-8")).hexdigest(), expired=expired,
        warnings=warnings, data=data, pack_json=pack_json, warnings_zh=warnings_zh)


def _read_content(archive: zipfile.ZipFile, entries: Mapping[str, zipfile.ZipInfo],
                  manifest: PackManifest, origin: str) -> dict[str, bytes]:
    """Check the content entries against the manifest's list; returns name → bytes."""
    listed: dict[str, ManifestFile] = {}
    for item in manifest.files:
        if item.path in listed:
            raise PackFileError(f"{origin}: {item.path} is listed twice in the manifest",
                                zh=f"{origin}：{item.path} 在清单包说明文件中列出了两次")
        listed[item.path] = item
    present = [name for name in entries if name.startswith(CONTENT_PREFIX)]
    for path in listed:
        if path not in entries:
            raise PackFileError(f"{origin}: {path} is listed in the manifest but missing "
                                "from the pack file",
                                zh=f"{origin}：{path} 列在清单包说明文件中，但签名清单包文件中"
                                "没有该文件")
    for name in present:
        if name not in listed:
            raise PackFileError(f"{origin}: {name} is in the pack file but not listed in the "
                                "manifest",
                                zh=f"{origin}：{name} 在签名清单包文件中，但未列在清单包说明文件中")
    expected = {CONTENT_PREFIX + name for name in PACK_CONTENT_FILES}
    for path in listed:
        if path not in expected:
            raise PackFileError(f"{origin}: {path} is not a pack content file (expected "
                                f"{', '.join(sorted(expected))})",
                                zh=f"{origin}：{path} 不是清单包内容文件（应为 "
                                f"{', '.join(sorted(expected))}）")
    content: dict[str, bytes] = {}
    for path, item in listed.items():
        info = entries[path]
        if info.file_size != item.size:
            raise PackFileError(f"{origin}: {path} has {info.file_size} bytes, the manifest "
                                f"says {item.size}",
                                zh=f"{origin}：{path} 大小为 {info.file_size} 字节，清单包说明文件"
                                f"中记录为 {item.size} 字节")
        raw = _read_entry(archive, info, MAX_ENTRY_BYTES, origin)
        if hashlib.sha256(raw).hexdigest() != item.sha256:
            raise PackFileError(f"{origin}: {path} does not match its SHA-256 in the manifest",
                                zh=f"{origin}：{path} 与清单包说明文件中记录的 SHA-256 不一致")
        content[path.removeprefix(CONTENT_PREFIX)] = raw
    for name in PACK_CONTENT_FILES:
        if name not in content:
            raise PackFileError(f"{origin}: {CONTENT_PREFIX}{name} is missing",
                                zh=f"{origin}：缺少 {CONTENT_PREFIX}{name}")
    return content


def verify_pack_file(path: Path, keys: Sequence[TrustedPackKey],
                     today: dt.date | None = None) -> VerifiedPack:
    """Read and verify a pack file against trusted ``keys``."""
    return verify_pack_bytes(read_pack_file_bytes(path), keys, origin=path.name, today=today)


# --- inspecting and installing ------------------------------------------------

def load_pack_source(path: Path, keys: Sequence[TrustedPackKey]) -> Pack:
    """A pack from a source folder, or from a verified pack file (for ``pack diff``)."""
    if path.is_dir():
        return load_pack_dir(path)
    return verify_pack_file(path, keys).pack
