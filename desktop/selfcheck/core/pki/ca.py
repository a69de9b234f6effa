"""The offline signing PKI of report signers: an organisation root CA and signer identities.

* ``init_ca`` creates a root CA in a folder: ``root-ca.pem`` (the certificate, to hand
  to reviewers) and ``root-ca-key.pem`` (its private key, encrypted PKCS#8 PEM). The
  algorithm is SM2 with SM3 (default) or ECDSA P-256 with SHA-256; the CA key
  passphrase needs at least 12 characters.
* ``issue_identity`` issues a signer identity with the CA's algorithm: key usage
  digitalSignature and nonRepudiation (critical), not a CA. ECDSA identities are
  PKCS#12 files, SM2 identities PEM files (see :mod:`selfcheck.core.pki.identity`).
* ``load_identity`` opens an identity for signing and describes it for display.

Nothing here touches the network.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import field
from pathlib import Path

from asn1crypto import pem
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import NameOID

from selfcheck.core.files import write_atomically
from selfcheck.core.immutable import immutable
from selfcheck.core.passphrase import MIN_AUTHORITY_PASSPHRASE_LENGTH, check_new_passphrase
from selfcheck.core.pki.algorithms import (
    ALGORITHMS,
    DEFAULT_ALGORITHM,
    SM2,
    CaKey,
    build_sm2_certificate,
    key_algorithm,
    label,
    sm2_public_key,
)
from selfcheck.core.pki.certs import (
    PassphraseError,
    PkiError,
    check_days_and_output,
    display_name,
    fingerprint,
    name_attribute,
    os_message,
    write_pki_file,
)
from selfcheck.core.pki.identity import (
    MAX_IDENTITY_BYTES,
    Identity,
    load_identity,
    make_identity,
    sm2_identity_bytes,
)
from selfcheck.core.pki.sm2 import Sm2KeyError, Sm2PassphraseError, Sm2PrivateKey
from selfcheck.core.text import utc_now

__all__ = ["CA_CERT_FILE", "CA_KEY_FILE", "DEFAULT_CA_DAYS", "DEFAULT_IDENTITY_DAYS",
           "MAX_IDENTITY_BYTES", "CaInfo", "Identity", "init_ca", "issue_identity",
           "load_ca_certificate", "load_ca_key", "load_identity"]

CA_CERT_FILE = "root-ca.pem"
CA_KEY_FILE = "root-ca-key.pem"
ISSUED_DIR = "issued"
DEFAULT_CA_DAYS = 3650
DEFAULT_IDENTITY_DAYS = 730


@immutable
class CaInfo:
    """A root CA: where its files are and what its certificate says."""

    folder: Path
    certificate: x509.Certificate = field(repr=False)

    @property
    def cert_path(self) -> Path:
        return self.folder / CA_CERT_FILE

    @property
    def key_path(self) -> Path:
        return self.folder / CA_KEY_FILE

    @property
    def issued_dir(self) -> Path:
        return self.folder / ISSUED_DIR

    @property
    def subject(self) -> str:
        return display_name(self.certificate.subject)

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.certificate)

    @property
    def not_after(self) -> dt.datetime:
        return self.certificate.not_valid_after_utc

    @property
    def algorithm(self) -> str:
        """"sm2" or "ecdsa-p256"."""
        return key_algorithm(self.certificate)

    @property
    def algorithm_label(self) -> str:
        return label(self.algorithm)


def _name(common_name: str, organisation: str) -> x509.Name:
    attributes = [x509.NameAttribute(NameOID.COMMON_NAME, common_name)]
    if organisation:
        attributes.append(x509.NameAttribute(NameOID.ORGANIZATION_NAME, organisation))
    return x509.Name(attributes)


_NAME_FIELDS_ZH = {"CA name": "根证书名称", "organisation": "单位名称", "signer name": "签名人姓名"}


def _clean_name(text: str, what: str) -> str:
    cleaned = " ".join(text.split())
    what_zh = _NAME_FIELDS_ZH.get(what, what)
    if not cleaned:
        raise PkiError(f"the {what} may not be empty", zh=what_zh + "不能为空")
    if len(cleaned) > 64:
        raise PkiError(f"the {what} is longer than 64 characters", zh=what_zh + "超过 64 个字符")
    return cleaned


def check_algorithm(algorithm: str) -> str:
    """``algorithm`` if it is one of :data:`ALGORITHMS`; PkiError otherwise."""
    if algorithm not in ALGORITHMS:
        raise PkiError(f"unknown algorithm {algorithm!r} (choose {' or '.join(ALGORITHMS)})",
                       zh=f"未知的算法 {algorithm!r}（可选 {' 或 '.join(ALGORITHMS)}）")
    return algorithm


def _ecdsa_root(subject: x509.Name, now: dt.datetime, days: int) -> tuple[CaKey, x509.Certificate]:
    key = ec.generate_private_key(ec.SECP256R1())
    ski = x509.SubjectKeyIdentifier.from_public_key(key.public_key())
    cert = (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(minutes=5))
        .not_valid_after(now + dt.timedelta(days=days))
        .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
        .add_extension(x509.KeyUsage(
            digital_signature=False, content_commitment=False, key_encipherment=False,
            data_encipherment=False, key_agreement=False, key_cert_sign=True, crl_sign=True,
            encipher_only=False, decipher_only=False), critical=True)
        .add_extension(ski, critical=False)
        .add_extension(x509.AuthorityKeyIdentifier.from_issuer_subject_key_identifier(ski),
                       critical=False)
        .sign(key, hashes.SHA256())
    )
    return key, cert


def _key_pem(key: CaKey, secret: bytes) -> bytes:
    if isinstance(key, Sm2PrivateKey):
        return key.encrypted_pem(secret)
    return key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                             serialization.BestAvailableEncryption(secret))


def init_ca(folder: Path, *, name: str, organisation: str, passphrase: str,
            days: int = DEFAULT_CA_DAYS, now: dt.datetime | None = None,
            algorithm: str = DEFAULT_ALGORITHM) -> CaInfo:
    """Create a root CA in ``folder`` (refuses to overwrite an existing one)."""
    name = _clean_name(name, "CA name")
    organisation = _clean_name(organisation, "organisation") if organisation.strip() else ""
    algorithm = check_algorithm(algorithm)
    secret = check_new_passphrase(passphrase, PassphraseError, what="the CA key",
                                  what_zh="根证书私钥的", minimum=MIN_AUTHORITY_PASSPHRASE_LENGTH)
    if days < 1:
        raise PkiError("the validity must be at least one day", zh="有效期至少为一天")
    cert_path, key_path = folder / CA_CERT_FILE, folder / CA_KEY_FILE
    if cert_path.exists() or key_path.exists():
        raise PkiError(f"{folder}: a CA already exists there; it is never overwritten",
                       zh=f"{folder}：此处已有根证书，不会被覆盖")
    now = now or utc_now()
    subject = _name(name, organisation)
    key: CaKey
    if algorithm == SM2:
        key = Sm2PrivateKey.generate()
        cert = build_sm2_certificate(
            subject=subject, issuer=subject, public=key.public, issuer_key=key,
            serial=x509.random_serial_number(), not_before=now - dt.timedelta(minutes=5),
            not_after=now + dt.timedelta(days=days), ca=True)
    else:
        key, cert = _ecdsa_root(subject, now, days)
    key_pem = _key_pem(key, secret)
    try:
        folder.mkdir(parents=True, exist_ok=True)
        write_atomically(key_path, key_pem, overwrite=False, mode=0o600)
        try:
            write_atomically(cert_path, cert.public_bytes(serialization.Encoding.PEM),
                             overwrite=False)
        except BaseException:
            key_path.unlink(missing_ok=True)
            raise
    except OSError as exc:
        raise PkiError(f"{folder}: cannot write the CA files ({os_message(exc)})",
                       zh=f"{folder}：无法写入根证书文件（{os_message(exc)}）") from None
    return CaInfo(folder, cert)


def load_ca_certificate(folder: Path) -> CaInfo:
    """The CA in ``folder`` (certificate only; no passphrase needed)."""
    cert_path = folder / CA_CERT_FILE
    try:
        cert = x509.load_pem_x509_certificate(cert_path.read_bytes())
    except FileNotFoundError:
        raise PkiError(f"{folder}: no CA there (create one with: selfcheck ca init)",
                       zh=f"{folder}：此处没有根证书（请先用 selfcheck ca init 创建）") from None
    except OSError as exc:
        raise PkiError(f"{cert_path}: cannot be read ({os_message(exc)})",
                       zh=f"{cert_path}：无法读取（{os_message(exc)}）") from None
    except ValueError:
        raise PkiError(f"{cert_path}: not a PEM certificate",
                       zh=f"{cert_path}：不是 PEM 格式的证书") from None
    return CaInfo(folder, cert)


def _load_sm2_ca_key(info: CaInfo, raw: bytes, passphrase: str) -> Sm2PrivateKey:
    try:
        name, _headers, der = pem.unarmor(raw)
        if name != "ENCRYPTED PRIVATE KEY":
            raise Sm2KeyError("not an encrypted private key")
        key = Sm2PrivateKey.from_encrypted_der(der, passphrase.encode("utf-8"))
    except Sm2PassphraseError:
        raise PassphraseError(f"{info.key_path.name}: wrong passphrase for the CA key",
                              zh=f"{info.key_path.name}：根证书私钥的口令错误") from None
    except (Sm2KeyError, ValueError, TypeError):
        raise PkiError(f"{info.key_path}: not an encrypted SM2 key",
                       zh=f"{info.key_path}：不是加密的 SM2 私钥") from None
    if key.public != sm2_public_key(info.certificate):
        raise PkiError(f"{info.folder}: the CA key does not belong to the CA certificate",
                       zh=f"{info.folder}：根证书私钥与根证书不匹配")
    return key


def load_ca_key(info: CaInfo, passphrase: str) -> CaKey:
    """Decrypt the CA key (SM2 or ECDSA, as its certificate); checks it matches."""
    try:
        raw = info.key_path.read_bytes()
    except FileNotFoundError:
        raise PkiError(f"{info.key_path}: the CA key is missing",
                       zh=f"{info.key_path}：根证书私钥文件不存在") from None
    except OSError as exc:
        raise PkiError(f"{info.key_path}: cannot be read ({os_message(exc)})",
                       zh=f"{info.key_path}：无法读取（{os_message(exc)}）") from None
    if info.algorithm == SM2:
        return _load_sm2_ca_key(info, raw, passphrase)
    try:
        key = serialization.load_pem_private_key(raw, passphrase.encode("utf-8"))
    except (ValueError, TypeError):
        raise PassphraseError(f"{info.key_path.name}: wrong passphrase for the CA key",
                              zh=f"{info.key_path.name}：根证书私钥的口令错误") from None
    if not isinstance(key, ec.EllipticCurvePrivateKey):
        raise PkiError(f"{info.key_path}: not an EC key",
                       zh=f"{info.key_path}：不是 EC 私钥")
    if key.public_key() != info.certificate.public_key():
        raise PkiError(f"{info.folder}: the CA key does not belong to the CA certificate",
                       zh=f"{info.folder}：根证书私钥与根证书不匹配")
    return key


def _ecdsa_identity(info: CaInfo, ca_key: ec.EllipticCurvePrivateKey, subject: x509.Name,
                    start: dt.datetime, end: dt.datetime,
                    email: str) -> tuple[ec.EllipticCurvePrivateKey, x509.Certificate]:
    key = ec.generate_private_key(ec.SECP256R1())
    builder = (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(info.certificate.subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(start)
        .not_valid_after(end)
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(x509.KeyUsage(
            digital_signature=True, content_commitment=True, key_encipherment=False,
            data_encipherment=False, key_agreement=False, key_cert_sign=False, crl_sign=False,
            encipher_only=False, decipher_only=False), critical=True)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()),
                       critical=False)
        .add_extension(x509.AuthorityKeyIdentifier.from_issuer_public_key(
            ca_key.public_key()), critical=False)
    )
    if email:
        builder = builder.add_extension(
            x509.SubjectAlternativeName([x509.RFC822Name(email)]), critical=False)
    return key, builder.sign(ca_key, hashes.SHA256())


def issue_identity(folder: Path, ca_passphrase: str, *, name: str, output: Path,
                   passphrase: str, organisation: str | None = None, email: str = "",
                   days: int = DEFAULT_IDENTITY_DAYS, valid_from: dt.datetime | None = None,
                   overwrite: bool = False) -> Identity:
    """Issue a signer identity from the CA in ``folder`` and write it to ``output``
    (PKCS#12 for an ECDSA CA, SM2 identity PEM for an SM2 CA).

    ``organisation`` defaults to the CA's; the certificate is valid for ``days`` from
    ``valid_from`` (now by default). The file is protected with ``passphrase``.
    """
    info = load_ca_certificate(folder)
    common_name = _clean_name(name, "signer name")
    org = organisation if organisation is not None else name_attribute(
        info.certificate.subject, NameOID.ORGANIZATION_NAME)
    org = " ".join(org.split())
    secret = check_new_passphrase(passphrase, PassphraseError, what="the new identity", what_zh="新签名身份的")
    check_days_and_output(days, output, overwrite=overwrite)
    ca_key = load_ca_key(info, ca_passphrase)
    start = valid_from or (utc_now() - dt.timedelta(minutes=5))
    end = min(start + dt.timedelta(days=days), info.certificate.not_valid_after_utc)
    subject = _name(common_name, org)
    key: ec.EllipticCurvePrivateKey | Sm2PrivateKey
    if isinstance(ca_key, Sm2PrivateKey):
        key = Sm2PrivateKey.generate()
        cert = build_sm2_certificate(
            subject=subject, issuer=info.certificate.subject, public=key.public,
            issuer_key=ca_key, serial=x509.random_serial_number(), not_before=start,
            not_after=end, ca=False, email=email.strip())
        content = sm2_identity_bytes(key, cert, (info.certificate,), secret)
    else:
        key, cert = _ecdsa_identity(info, ca_key, subject, start, end, email.strip())
        content = pkcs12.serialize_key_and_certificates(
            common_name.encode("utf-8"), key, cert, [info.certificate],
            serialization.BestAvailableEncryption(secret))
    write_pki_file(output, content, overwrite=overwrite, mode=0o600)
    try:
        info.issued_dir.mkdir(exist_ok=True)
        write_atomically(info.issued_dir / f"{cert.serial_number:x}.pem",
                         cert.public_bytes(serialization.Encoding.PEM))
    except OSError:
        pass  # the record copy is a convenience; the identity itself was written
    return make_identity(output, key, cert, (info.certificate,))
