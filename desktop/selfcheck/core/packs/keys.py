"""Pack signing keys (Ed25519, or SM2 with SM3) and this machine's trust in them.

* The private key is a PKCS#8 PEM file encrypted with a passphrase of at least 12
  characters (``NAME.private.pem``); it is created and kept offline by the admins.
  SM2 keys use the PBES2 container of :mod:`selfcheck.core.pki.sm2`.
* The public key file (``NAME.public.json``) is canonical JSON::

      {"algorithm": "ed25519" | "sm2", "created": "...Z",
       "format": "selfcheck-pack-public-key/1", "key_id": "0123456789abcdef",
       "label": "...", "public_key": "<base64 of 32 bytes, or of the 65-byte SM2 point>"}

* The key id is the first 16 hex digits of the SHA-256 of the raw public key, so it
  can always be recomputed from the key itself. The raw key also tells the algorithm
  (32 bytes: Ed25519; 65 bytes beginning 04: an SM2 point), so the trust store keeps
  only the raw key.
* Ed25519 signatures are 64 bytes; SM2 signatures are DER ``SEQUENCE {r, s}`` made with
  SM3 and the distinguishing ID 1234567812345678 (GB/T 35276).
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import os
import re
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from cryptography.exceptions import InvalidSignature, UnsupportedAlgorithm
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import (
    Ed25519PrivateKey,
    Ed25519PublicKey,
)

from selfcheck.core.errors import NotFoundError, PackKeyError, UsageError
from selfcheck.core.files import read_input_file
from selfcheck.core.immutable import immutable
from selfcheck.core.model import PACK_ID_PATTERN
from selfcheck.core.passphrase import MIN_AUTHORITY_PASSPHRASE_LENGTH, check_new_passphrase
from selfcheck.core.records import TrustedPackKey
from selfcheck.core.text import JsonInputError, canonical_json, loads_untrusted, utc_timestamp

if TYPE_CHECKING:  # SM2 (gmalg, asn1crypto) is loaded when an SM2 key is used
    from selfcheck.core.pki.sm2 import Sm2PrivateKey

PUBLIC_KEY_FORMAT = "selfcheck-pack-public-key/1"
ALGORITHM = "ed25519"
SM2 = "sm2"
ALGORITHMS = (ALGORITHM, SM2)
_ED25519_LENGTH = 32
KEY_ID_LENGTH = 16
MAX_KEY_FILE_BYTES = 64 * 1024
MAX_LABEL_LENGTH = 200
PRIVATE_SUFFIX = ".private.pem"
PUBLIC_SUFFIX = ".public.json"

_KEY_ID_RE = re.compile(r"^[0-9a-f]{16}$")
_PACK_ID_RE = re.compile(PACK_ID_PATTERN)


def key_id_for(raw_public_key: bytes) -> str:
    """The key id: first 16 hex digits of SHA-256 over the raw public key."""
    return hashlib.sha256(raw_public_key).hexdigest()[:KEY_ID_LENGTH]


def is_key_id(text: str) -> bool:
    return bool(_KEY_ID_RE.match(text))


@immutable
class PublicPackKey:
    """A pack signing key's public half, as in a public key file."""

    key_id: str
    raw: bytes
    label: str
    created: str

    @property
    def algorithm(self) -> str:
        """"ed25519" or "sm2", told by the raw key's length."""
        return ALGORITHM if len(self.raw) == _ED25519_LENGTH else SM2

    @property
    def base64(self) -> str:
        return base64.b64encode(self.raw).decode("ascii")

    @property
    def fingerprint(self) -> str:
        """The SHA-256 of the raw public key, 64 hex digits (the key id is its first 16):
        what a person compares before trusting the key."""
        return hashlib.sha256(self.raw).hexdigest()

    def to_json_bytes(self) -> bytes:
        """The canonical JSON text of the public key file."""
        return canonical_json({
            "format": PUBLIC_KEY_FORMAT, "algorithm": self.algorithm, "key_id": self.key_id,
            "label": self.label, "created": self.created, "public_key": self.base64,
        }) + b"\n"

    def verify(self, signature: bytes, data: bytes) -> bool:
        """Whether ``signature`` is this key's signature over ``data`` (Ed25519, or
        SM2-with-SM3 with the standard distinguishing ID)."""
        if self.algorithm == SM2:
            from selfcheck.core.pki.sm2 import Sm2KeyError, Sm2PublicKey

            try:
                return Sm2PublicKey.from_point(self.raw).verify(signature, data)
            except Sm2KeyError:
                return False
        try:
            Ed25519PublicKey.from_public_bytes(self.raw).verify(signature, data)
        except (InvalidSignature, ValueError):
            return False
        return True


@immutable
class SigningKey:
    """A decrypted private pack signing key (kept in memory only while signing)."""

    private: Ed25519PrivateKey | Sm2PrivateKey
    key_id: str

    @property
    def algorithm(self) -> str:
        return ALGORITHM if isinstance(self.private, Ed25519PrivateKey) else SM2

    def sign(self, data: bytes) -> bytes:
        return self.private.sign(data)


@immutable
class KeyPairFiles:
    """A new pack signing key pair as written: the two files and the public key."""

    private_path: Path
    public_path: Path
    public: PublicPackKey


def _raw_public(private: Ed25519PrivateKey | Sm2PrivateKey) -> bytes:
    if isinstance(private, Ed25519PrivateKey):
        return private.public_key().public_bytes(
            serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    return private.public.point


def public_key_from_raw(raw: bytes, label: str = "", created: str = "",
                        algorithm: str = ALGORITHM) -> PublicPackKey:
    """A public key of ``algorithm`` from its raw bytes (validated: 32 bytes for Ed25519,
    an uncompressed point on the curve for SM2)."""
    if algorithm == SM2:
        from selfcheck.core.pki.sm2 import Sm2KeyError, Sm2PublicKey

        try:
            Sm2PublicKey.from_point(raw)
        except Sm2KeyError:
            raise PackKeyError("not a valid SM2 public key (an uncompressed point of 65 bytes "
                               "on the SM2 curve)",
                               zh="不是有效的 SM2 公钥（应为 SM2 曲线上 65 字节的非压缩点）") from None
        return PublicPackKey(key_id_for(raw), raw, label, created)
    try:
        Ed25519PublicKey.from_public_bytes(raw)
    except ValueError:
        raise PackKeyError("not a valid Ed25519 public key (must be 32 bytes)",
                           zh="不是有效的 Ed25519 公钥（应为 32 字节）") from None
    return PublicPackKey(key_id_for(raw), raw, label, created)


def check_key_algorithm(algorithm: str) -> str:
    if algorithm not in ALGORITHMS:
        raise UsageError(f"unknown pack key algorithm {algorithm!r} (ed25519 or sm2)",
                         zh=f"未知的清单包签名密钥算法 {algorithm!r}（可选 ed25519 或 sm2）")
    return algorithm


def generate_signing_key(label: str, algorithm: str = ALGORITHM) -> tuple[SigningKey, PublicPackKey]:
    """A new random key pair (Ed25519 or SM2)."""
    label = clean_label(label)
    private: Ed25519PrivateKey | Sm2PrivateKey
    if check_key_algorithm(algorithm) == SM2:
        from selfcheck.core.pki.sm2 import Sm2PrivateKey

        private = Sm2PrivateKey.generate()
    else:
        private = Ed25519PrivateKey.generate()
    raw = _raw_public(private)
    public = PublicPackKey(key_id_for(raw), raw, label, utc_timestamp())
    return SigningKey(private, public.key_id), public


def _check_pack_passphrase(passphrase: str) -> bytes:
    return check_new_passphrase(passphrase, PackKeyError, what="a pack signing key",
                                what_zh="清单包签名密钥的",
                                minimum=MIN_AUTHORITY_PASSPHRASE_LENGTH)


def private_key_pem(key: SigningKey, passphrase: str) -> bytes:
    """The private key as PKCS#8 PEM, encrypted with ``passphrase``."""
    secret = _check_pack_passphrase(passphrase)
    if not isinstance(key.private, Ed25519PrivateKey):
        return key.private.encrypted_pem(secret)
    return key.private.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
        serialization.BestAvailableEncryption(secret))


def load_signing_key(pem: bytes, passphrase: str, origin: str) -> SigningKey:
    """Decrypt a private key file's content; one-line errors name ``origin``."""
    if b"ENCRYPTED PRIVATE KEY" not in pem:
        raise PackKeyError(f"{origin}: not a passphrase-protected pack signing key",
                           zh=f"{origin}：不是受口令保护的清单包签名密钥")
    try:
        private = serialization.load_pem_private_key(pem, passphrase.encode("utf-8"))
    except UnsupportedAlgorithm:  # decrypted, but a curve pyca/cryptography lacks: SM2?
        return _load_sm2_signing_key(pem, passphrase, origin)
    except (ValueError, TypeError):
        raise PackKeyError(
            f"{origin}: wrong passphrase, or not a pack signing key file",
            zh=f"{origin}：口令错误，或不是清单包签名密钥文件") from None
    if not isinstance(private, Ed25519PrivateKey):
        raise PackKeyError(f"{origin}: not an Ed25519 key; pack keys are Ed25519",
                           zh=f"{origin}：不是 Ed25519 密钥；清单包签名密钥须为 Ed25519 密钥")
    return SigningKey(private, key_id_for(_raw_public(private)))


def _load_sm2_signing_key(pem_text: bytes, passphrase: str, origin: str) -> SigningKey:
    from asn1crypto import pem as asn1_pem

    from selfcheck.core.pki.sm2 import Sm2KeyError, Sm2PassphraseError, Sm2PrivateKey

    try:
        _name, _headers, der = asn1_pem.unarmor(pem_text)
        private = Sm2PrivateKey.from_encrypted_der(der, passphrase.encode("utf-8"))
    except (Sm2PassphraseError, Sm2KeyError, ValueError, TypeError):
        raise PackKeyError(
            f"{origin}: wrong passphrase, or not a pack signing key file",
            zh=f"{origin}：口令错误，或不是清单包签名密钥文件") from None
    return SigningKey(private, key_id_for(_raw_public(private)))


def _read_small(path: Path) -> bytes:
    return read_input_file(path, MAX_KEY_FILE_BYTES, what=("key file", "密钥文件"),
                           error=PackKeyError, missing_error=NotFoundError)


def read_signing_key(path: Path, passphrase: str) -> SigningKey:
    return load_signing_key(_read_small(path), passphrase, str(path))


def parse_public_key_file(data: bytes, origin: str) -> PublicPackKey:
    """Parse and check a public key file; the stated key id must match the key."""
    try:
        doc: Any = loads_untrusted(data)
    except JsonInputError:
        raise PackKeyError(f"{origin}: not a pack public key file (not JSON)",
                           zh=f"{origin}：不是清单包公钥文件（不是 JSON 格式）") from None
    if not isinstance(doc, dict) or doc.get("format") != PUBLIC_KEY_FORMAT:
        raise PackKeyError(f"{origin}: not a pack public key file (format must be "
                           f"{PUBLIC_KEY_FORMAT!r})",
                           zh=f"{origin}：不是清单包公钥文件（format 应为 "
                              f"{PUBLIC_KEY_FORMAT!r}）")
    algorithm = doc.get("algorithm")
    if algorithm not in ALGORITHMS:
        raise PackKeyError(f"{origin}: unknown key algorithm {algorithm!r}; "
                           "only 'ed25519' and 'sm2' are supported",
                           zh=f"{origin}：未知的密钥算法 {algorithm!r}，"
                              "仅支持 'ed25519' 和 'sm2'")
    text = doc.get("public_key")
    label = doc.get("label", "")
    created = doc.get("created", "")
    if not isinstance(text, str) or not isinstance(label, str) or not isinstance(created, str):
        raise PackKeyError(f"{origin}: 'public_key', 'label' and 'created' must be text",
                           zh=f"{origin}：'public_key'、'label' 和 'created' 必须为文本")
    try:
        raw = base64.b64decode(text, validate=True)
    except (binascii.Error, ValueError):
        raise PackKeyError(f"{origin}: 'public_key' is not valid base64",
                           zh=f"{origin}：'public_key' 不是有效的 base64 编码") from None
    try:
        key = public_key_from_raw(raw, label[:MAX_LABEL_LENGTH], created, str(algorithm))
    except PackKeyError as exc:
        raise PackKeyError(f"{origin}: {exc.message}",
                           zh=f"{origin}：{exc.localized('zh')}") from None
    if doc.get("key_id") != key.key_id:
        raise PackKeyError(f"{origin}: the key id {doc.get('key_id')!r} does not match the key "
                           f"(expected {key.key_id}); the file was altered",
                           zh=f"{origin}：密钥编号 {doc.get('key_id')!r} 与密钥不符"
                              f"（应为 {key.key_id}），文件已被改动")
    return key


def read_public_key_file(path: Path) -> PublicPackKey:
    return parse_public_key_file(_read_small(path), str(path))


def key_pair_paths(prefix: Path) -> tuple[Path, Path]:
    """The private and public key file names for an output prefix."""
    return (prefix.with_name(prefix.name + PRIVATE_SUFFIX),
            prefix.with_name(prefix.name + PUBLIC_SUFFIX))


def write_key_pair(prefix: Path, label: str, passphrase: str,
                   algorithm: str = ALGORITHM) -> KeyPairFiles:
    """Generate a key pair (Ed25519 or SM2) and write ``PREFIX.private.pem`` (mode 0600)
    and ``PREFIX.public.json``; existing files are never overwritten."""
    _check_pack_passphrase(passphrase)
    check_key_algorithm(algorithm)
    private_path, public_path = key_pair_paths(prefix)
    for path in (private_path, public_path):
        if path.exists():
            raise UsageError(f"{path}: already exists; choose another name (nothing written)",
                             zh=f"{path}：文件已存在，请另选名称（未写入任何文件）")
    if not prefix.parent.is_dir():
        raise UsageError(f"{prefix.parent}: no such folder",
                         zh=f"{prefix.parent}：文件夹不存在")
    key, public = generate_signing_key(label, algorithm)
    pem = private_key_pem(key, passphrase)
    try:
        fd = os.open(private_path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "wb") as handle:
            handle.write(pem)
        with public_path.open("xb") as handle:
            handle.write(public.to_json_bytes())
    except OSError as exc:
        private_path.unlink(missing_ok=True)
        raise UsageError(f"{prefix}: the key files cannot be written ({exc.strerror})",
                         zh=f"{prefix}：无法写入密钥文件（{exc.strerror}）") from None
    return KeyPairFiles(private_path, public_path, public)


def clean_label(label: str) -> str:
    label = " ".join(label.split())
    if len(label) > MAX_LABEL_LENGTH:
        raise UsageError(f"the key label is longer than {MAX_LABEL_LENGTH} characters",
                         zh=f"密钥标签超过 {MAX_LABEL_LENGTH} 个字符")
    return label


# --- the trust store ----------------------------------------------------------

def public_key_of(trusted: TrustedPackKey) -> PublicPackKey:
    """The public key of a trust-store entry."""
    raw = base64.b64decode(trusted.public_key)
    return PublicPackKey(trusted.key_id, raw, trusted.label, trusted.added_at)


def as_trusted(key: PublicPackKey, allowed_packs: Sequence[str] | None = None) -> TrustedPackKey:
    """A stand-alone trust entry for a public key file (``pack verify --key``)."""
    return TrustedPackKey(key.key_id, key.base64, key.label,
                          tuple(allowed_packs) if allowed_packs is not None else None,
                          key.created, None)


def check_allowed_packs(allowed_packs: Sequence[str] | None) -> list[str] | None:
    """The pack ids a key may sign (duplicates dropped), or None for every pack."""
    if allowed_packs is None:
        return None
    allowed = list(dict.fromkeys(allowed_packs))
    if not allowed:
        raise UsageError("give at least one pack id, or none to allow every pack",
                         zh="请至少指定一个清单包编号；不指定则允许所有清单包")
    for pack_id in allowed:
        if not _PACK_ID_RE.match(pack_id):
            raise UsageError(f"invalid pack id {pack_id!r}", zh=f"无效的清单包编号 {pack_id!r}")
    return allowed


def check_key_id(key_id: str) -> str:
    """A pack key id as typed, normalised; UsageError unless it is 16 hex digits."""
    key_id = key_id.strip().lower()
    if not is_key_id(key_id):
        raise UsageError(f"invalid pack key id {key_id!r} (16 hexadecimal digits)",
                         zh=f"无效的清单包签名密钥编号 {key_id!r}（应为 16 位十六进制数字）")
    return key_id
