"""Signer identities: opening one for signing, and writing an SM2 identity file.

Two kinds of identity file, told apart by their content (not their name):

* ECDSA P-256: a PKCS#12 file (``.p12``) with the key, the signer certificate and
  the root certificate, protected by the passphrase;
* SM2: PKCS#12 as written by pyca/cryptography cannot hold SM2 keys, so an SM2
  identity is a PEM text file (``.pem``): an ``ENCRYPTED PRIVATE KEY`` block (PKCS#8,
  PBES2 with PBKDF2-HMAC-SHA256 and AES-256-CBC; see :mod:`selfcheck.core.pki.sm2`),
  then the signer certificate, then the root certificate. OpenSSL reads it as it is.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import field
from pathlib import Path

from asn1crypto import pem
from asn1crypto import pkcs12 as asn1_pkcs12
from cryptography import x509
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import NameOID

from selfcheck.core.files import read_input_file
from selfcheck.core.immutable import immutable
from selfcheck.core.pki.algorithms import ECDSA_P256, SM2, key_algorithm, sm2_public_key
from selfcheck.core.pki.certs import (
    IdentityError,
    PassphraseError,
    display_name,
    fingerprint,
    is_ca,
    key_usage_names,
    name_attribute,
)
from selfcheck.core.pki.sm2 import Sm2KeyError, Sm2PassphraseError, Sm2PrivateKey
from selfcheck.core.text import utc_now

MAX_IDENTITY_BYTES = 1024 * 1024
SigningKey = ec.EllipticCurvePrivateKey | rsa.RSAPrivateKey | Sm2PrivateKey


@immutable
class Identity:
    """A signer identity opened from its file.

    ``subject`` is the display name ("CN (O)"), ``fingerprint`` the SHA-256 of the
    certificate, ``algorithm`` "sm2" or "ecdsa-p256"; ``certificate``, ``private_key``
    and ``chain`` are for signing.
    """

    path: Path
    subject: str
    common_name: str
    organisation: str
    issuer: str
    fingerprint: str
    serial: int
    not_before: dt.datetime
    not_after: dt.datetime
    key_usage: tuple[str, ...]
    certificate: x509.Certificate = field(repr=False)
    private_key: SigningKey = field(repr=False)
    chain: tuple[x509.Certificate, ...] = field(repr=False, default=())
    algorithm: str = ECDSA_P256

    def problems(self, at: dt.datetime | None = None, lang: str = "en") -> list[str]:
        """Why this identity may not sign at time ``at`` (now by default), in ``lang``
        ("zh" or "en"); empty if fit."""
        return [zh if lang == "zh" else en for en, zh in self._problems(at)]

    def _problems(self, at: dt.datetime | None) -> list[tuple[str, str]]:
        at = at or utc_now()
        found: list[tuple[str, str]] = []
        if at < self.not_before:
            moment = f"{self.not_before:%Y-%m-%d %H:%M} UTC"
            found.append((f"its certificate is not valid before {moment}", f"其证书在 {moment} 之前尚未生效"))
        if at > self.not_after:
            moment = f"{self.not_after:%Y-%m-%d %H:%M} UTC"
            found.append((f"its certificate expired on {moment}", f"其证书已于 {moment} 过期"))
        missing = [u for u in ("digital_signature", "non_repudiation") if u not in self.key_usage]
        if missing:
            names_zh = {"digital_signature": "数字签名", "non_repudiation": "不可否认"}
            found.append(("its certificate lacks the key usage " + " and ".join(missing),
                          "其证书缺少密钥用途：" + "、".join(names_zh[u] for u in missing)))
        if is_ca(self.certificate):
            found.append(("its certificate is a CA certificate, not a signer certificate",
                          "其证书是证书机构（CA）证书，不是签名人证书"))
        return found

    def check_fit(self, at: dt.datetime | None = None) -> None:
        """Raise IdentityError with the first problem from :meth:`problems`."""
        problems = self._problems(at)
        if problems:
            en, zh = problems[0]
            raise IdentityError(f"{self.path.name}: cannot sign: {en}",
                                zh=f"{self.path.name}：无法签名（{zh}）")


def make_identity(path: Path, key: SigningKey, cert: x509.Certificate,
                  chain: tuple[x509.Certificate, ...]) -> Identity:
    return Identity(
        path=path,
        subject=display_name(cert.subject),
        common_name=name_attribute(cert.subject, NameOID.COMMON_NAME),
        organisation=name_attribute(cert.subject, NameOID.ORGANIZATION_NAME),
        issuer=display_name(cert.issuer),
        fingerprint=fingerprint(cert),
        serial=cert.serial_number,
        not_before=cert.not_valid_before_utc,
        not_after=cert.not_valid_after_utc,
        key_usage=tuple(key_usage_names(cert)),
        certificate=cert,
        private_key=key,
        chain=chain,
        algorithm=SM2 if isinstance(key, Sm2PrivateKey) else ECDSA_P256,
    )


def sm2_identity_bytes(key: Sm2PrivateKey, cert: x509.Certificate,
                       chain: tuple[x509.Certificate, ...], passphrase: bytes) -> bytes:
    """The content of an SM2 identity file (see the module documentation)."""
    parts = [key.encrypted_pem(passphrase)]
    parts += [c.public_bytes(serialization.Encoding.PEM) for c in (cert, *chain)]
    return b"".join(parts)


def _looks_like_pkcs12(raw: bytes) -> bool:
    try:
        pfx = asn1_pkcs12.Pfx.load(raw)
        pfx.native  # noqa: B018 - forces a full parse
    except (ValueError, TypeError, KeyError):
        return False
    return True


def _read_identity_file(path: Path) -> bytes:
    return read_input_file(path, MAX_IDENTITY_BYTES, what=("signer identity file", "签名身份文件"),
                           error=IdentityError)


def load_identity(path: Path, passphrase: str) -> Identity:
    """Open a signer identity (PKCS#12 for ECDSA, PEM for SM2); raises IdentityError or
    PassphraseError."""
    raw = _read_identity_file(path)
    if raw.lstrip().startswith(b"-----BEGIN"):
        return _load_sm2_identity(path, raw, passphrase)
    try:
        key, cert, extra = pkcs12.load_key_and_certificates(raw, passphrase.encode("utf-8"))
    except (ValueError, TypeError):
        if _looks_like_pkcs12(raw):
            raise PassphraseError(f"{path.name}: wrong passphrase for the identity",
                                  zh=f"{path.name}：签名身份的口令错误") from None
        raise IdentityError(f"{path.name}: not a signer identity file (PKCS#12 or SM2 PEM)",
                            zh=f"{path.name}：不是签名身份文件（PKCS#12 或 SM2 PEM 格式）") from None
    if key is None or cert is None:
        raise IdentityError(f"{path.name}: holds no private key and certificate",
                            zh=f"{path.name}：文件中没有私钥和证书")
    if key.public_key() != cert.public_key():
        raise IdentityError(f"{path.name}: the key does not belong to the certificate",
                            zh=f"{path.name}：私钥与证书不匹配")
    if not isinstance(key, ec.EllipticCurvePrivateKey | rsa.RSAPrivateKey):
        raise IdentityError(f"{path.name}: only EC and RSA keys are supported",
                            zh=f"{path.name}：仅支持 EC 和 RSA 私钥")
    return make_identity(path, key, cert, tuple(extra or ()))


def _pem_blocks(path: Path, raw: bytes) -> list[tuple[str, bytes]]:
    try:
        return [(name, der) for name, _headers, der in pem.unarmor(raw, multiple=True)]
    except (ValueError, TypeError):
        raise IdentityError(f"{path.name}: not a signer identity file (damaged PEM text)",
                            zh=f"{path.name}：不是签名身份文件（PEM 文本已损坏）") from None


def _load_sm2_identity(path: Path, raw: bytes, passphrase: str) -> Identity:
    blocks = _pem_blocks(path, raw)
    key_blocks = [der for name, der in blocks if name == "ENCRYPTED PRIVATE KEY"]
    cert_blocks = [der for name, der in blocks if name == "CERTIFICATE"]
    if len(key_blocks) != 1 or not cert_blocks or len(blocks) != 1 + len(cert_blocks):
        raise IdentityError(f"{path.name}: not a signer identity file (an SM2 identity holds "
                            "one encrypted key and its certificates)",
                            zh=f"{path.name}：不是签名身份文件（SM2 签名身份应含一个加密私钥及证书）")
    try:
        certs = [x509.load_der_x509_certificate(der) for der in cert_blocks]
    except ValueError:
        raise IdentityError(f"{path.name}: holds a damaged certificate",
                            zh=f"{path.name}：其中的证书已损坏") from None
    try:
        key = Sm2PrivateKey.from_encrypted_der(key_blocks[0], passphrase.encode("utf-8"))
    except Sm2PassphraseError:
        raise PassphraseError(f"{path.name}: wrong passphrase for the identity",
                              zh=f"{path.name}：签名身份的口令错误") from None
    except Sm2KeyError as exc:
        raise IdentityError(f"{path.name}: the private key is unusable ({exc})",
                            zh=f"{path.name}：私钥无法使用（不是有效的 SM2 加密私钥）") from None
    cert = certs[0]
    if key_algorithm(cert) != SM2:
        raise IdentityError(f"{path.name}: the certificate does not hold an SM2 key",
                            zh=f"{path.name}：证书中的公钥不是 SM2 公钥")
    try:
        matches = sm2_public_key(cert) == key.public
    except Sm2KeyError:
        matches = False
    if not matches:
        raise IdentityError(f"{path.name}: the key does not belong to the certificate",
                            zh=f"{path.name}：私钥与证书不匹配")
    return make_identity(path, key, cert, tuple(certs[1:]))
