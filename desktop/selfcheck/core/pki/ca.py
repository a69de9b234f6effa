"""The offline signing PKI of report signers: an organisation root CA and signer identities.

* ``init_ca`` creates a root CA in a folder: ``root-ca.pem`` (the certificate, to hand
  to reviewers) and ``root-ca-key.pem`` (its private key, encrypted with a passphrase).
* ``issue_identity`` issues a signer identity: a passphrase-protected PKCS#12 file
  holding an EC P-256 key, its certificate (key usage digitalSignature and
  nonRepudiation, critical) and the root certificate.
* ``load_identity`` opens an identity for signing and describes it for display.

Keys are ECDSA P-256 with SHA-256, accepted by pyHanko, poppler/NSS and Acrobat.
Nothing here touches the network.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

from asn1crypto import pkcs12 as asn1_pkcs12
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import NameOID

from selfcheck.core.files import read_input_file, write_atomically
from selfcheck.core.passphrase import check_new_passphrase
from selfcheck.core.pki.certs import (
    IdentityError,
    PassphraseError,
    PkiError,
    display_name,
    fingerprint,
    is_ca,
    key_usage_names,
    name_attribute,
)
from selfcheck.core.text import utc_now

CA_CERT_FILE = "root-ca.pem"
CA_KEY_FILE = "root-ca-key.pem"
ISSUED_DIR = "issued"
MAX_IDENTITY_BYTES = 1024 * 1024
DEFAULT_CA_DAYS = 3650
DEFAULT_IDENTITY_DAYS = 730


def _os_message(exc: OSError) -> str:
    return exc.strerror or type(exc).__name__


@dataclass(frozen=True)
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
    def subject(self) -> str:
        return display_name(self.certificate.subject)

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.certificate)

    @property
    def not_after(self) -> dt.datetime:
        return self.certificate.not_valid_after_utc


@dataclass(frozen=True)
class Identity:
    """A signer identity opened from a PKCS#12 file.

    ``subject`` is the display name ("CN (O)"), ``fingerprint`` the SHA-256 of the
    certificate; ``certificate``, ``private_key`` and ``chain`` are for signing.
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
    private_key: ec.EllipticCurvePrivateKey | rsa.RSAPrivateKey = field(repr=False)
    chain: tuple[x509.Certificate, ...] = field(repr=False, default=())

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


def init_ca(folder: Path, *, name: str, organisation: str, passphrase: str,
            days: int = DEFAULT_CA_DAYS, now: dt.datetime | None = None) -> CaInfo:
    """Create a root CA in ``folder`` (refuses to overwrite an existing one)."""
    name = _clean_name(name, "CA name")
    organisation = _clean_name(organisation, "organisation") if organisation.strip() else ""
    secret = check_new_passphrase(passphrase, PassphraseError, what="the CA key", what_zh="根证书私钥的")
    if days < 1:
        raise PkiError("the validity must be at least one day", zh="有效期至少为一天")
    cert_path, key_path = folder / CA_CERT_FILE, folder / CA_KEY_FILE
    if cert_path.exists() or key_path.exists():
        raise PkiError(f"{folder}: a CA already exists there; it is never overwritten",
                       zh=f"{folder}：此处已有根证书，不会被覆盖")
    now = now or utc_now()
    key = ec.generate_private_key(ec.SECP256R1())
    subject = _name(name, organisation)
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
    key_pem = key.private_bytes(serialization.Encoding.PEM,
                                serialization.PrivateFormat.PKCS8,
                                serialization.BestAvailableEncryption(secret))
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
        raise PkiError(f"{folder}: cannot write the CA files ({_os_message(exc)})",
                       zh=f"{folder}：无法写入根证书文件（{_os_message(exc)}）") from None
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
        raise PkiError(f"{cert_path}: cannot be read ({_os_message(exc)})",
                       zh=f"{cert_path}：无法读取（{_os_message(exc)}）") from None
    except ValueError:
        raise PkiError(f"{cert_path}: not a PEM certificate",
                       zh=f"{cert_path}：不是 PEM 格式的证书") from None
    return CaInfo(folder, cert)


def _load_ca_key(info: CaInfo, passphrase: str) -> ec.EllipticCurvePrivateKey:
    try:
        raw = info.key_path.read_bytes()
    except FileNotFoundError:
        raise PkiError(f"{info.key_path}: the CA key is missing",
                       zh=f"{info.key_path}：根证书私钥文件不存在") from None
    except OSError as exc:
        raise PkiError(f"{info.key_path}: cannot be read ({_os_message(exc)})",
                       zh=f"{info.key_path}：无法读取（{_os_message(exc)}）") from None
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


def issue_identity(folder: Path, ca_passphrase: str, *, name: str, output: Path,
                   passphrase: str, organisation: str | None = None, email: str = "",
                   days: int = DEFAULT_IDENTITY_DAYS, valid_from: dt.datetime | None = None,
                   overwrite: bool = False) -> Identity:
    """Issue a signer identity from the CA in ``folder`` and write it as PKCS#12 to ``output``.

    ``organisation`` defaults to the CA's; the certificate is valid for ``days`` from
    ``valid_from`` (now by default). The file is protected with ``passphrase``.
    """
    info = load_ca_certificate(folder)
    common_name = _clean_name(name, "signer name")
    org = organisation if organisation is not None else name_attribute(
        info.certificate.subject, NameOID.ORGANIZATION_NAME)
    org = " ".join(org.split())
    secret = check_new_passphrase(passphrase, PassphraseError, what="the new identity", what_zh="新签名身份的")
    if days < 1:
        raise PkiError("the validity must be at least one day", zh="有效期至少为一天")
    if output.exists() and not overwrite:
        raise PkiError(f"{output}: already exists; choose another file name",
                       zh=f"{output}：文件已存在，请另选文件名")
    ca_key = _load_ca_key(info, ca_passphrase)
    start = valid_from or (utc_now() - dt.timedelta(minutes=5))
    end = start + dt.timedelta(days=days)
    if end > info.certificate.not_valid_after_utc:
        end = info.certificate.not_valid_after_utc
    key = ec.generate_private_key(ec.SECP256R1())
    builder = (
        x509.CertificateBuilder()
        .subject_name(_name(common_name, org))
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
            info.certificate.public_key()), critical=False)  # type: ignore[arg-type]
    )
    if email.strip():
        builder = builder.add_extension(
            x509.SubjectAlternativeName([x509.RFC822Name(email.strip())]), critical=False)
    cert = builder.sign(ca_key, hashes.SHA256())
    p12 = pkcs12.serialize_key_and_certificates(
        common_name.encode("utf-8"), key, cert, [info.certificate],
        serialization.BestAvailableEncryption(secret))
    try:
        write_atomically(output, p12, overwrite=overwrite, mode=0o600)
    except FileExistsError:
        raise PkiError(f"{output}: already exists; choose another file name",
                       zh=f"{output}：文件已存在，请另选文件名") from None
    except OSError as exc:
        raise PkiError(f"{output}: cannot be written ({_os_message(exc)})",
                       zh=f"{output}：无法写入（{_os_message(exc)}）") from None
    try:
        issued = folder / ISSUED_DIR
        issued.mkdir(exist_ok=True)
        write_atomically(issued / f"{cert.serial_number:x}.pem",
                         cert.public_bytes(serialization.Encoding.PEM))
    except OSError:
        pass  # the record copy is a convenience; the identity itself was written
    return _identity(output, key, cert, (info.certificate,))


def _identity(path: Path, key: ec.EllipticCurvePrivateKey | rsa.RSAPrivateKey,
              cert: x509.Certificate,
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
    )


def _looks_like_pkcs12(raw: bytes) -> bool:
    try:
        pfx = asn1_pkcs12.Pfx.load(raw)
        pfx.native  # noqa: B018 - forces a full parse
    except (ValueError, TypeError, KeyError):
        return False
    return True


def load_identity(path: Path, passphrase: str) -> Identity:
    """Open a PKCS#12 signer identity; raises IdentityError or PassphraseError."""
    raw = read_input_file(path, MAX_IDENTITY_BYTES, what=("signer identity file", "签名身份文件"),
                          error=IdentityError)
    try:
        key, cert, extra = pkcs12.load_key_and_certificates(raw, passphrase.encode("utf-8"))
    except (ValueError, TypeError):
        if _looks_like_pkcs12(raw):
            raise PassphraseError(f"{path.name}: wrong passphrase for the identity",
                                  zh=f"{path.name}：签名身份的口令错误") from None
        raise IdentityError(f"{path.name}: not a PKCS#12 (.p12) identity file",
                            zh=f"{path.name}：不是 PKCS#12（.p12）签名身份文件") from None
    if key is None or cert is None:
        raise IdentityError(f"{path.name}: holds no private key and certificate",
                            zh=f"{path.name}：文件中没有私钥和证书")
    if key.public_key() != cert.public_key():
        raise IdentityError(f"{path.name}: the key does not belong to the certificate",
                            zh=f"{path.name}：私钥与证书不匹配")
    if not isinstance(key, ec.EllipticCurvePrivateKey | rsa.RSAPrivateKey):
        raise IdentityError(f"{path.name}: only EC and RSA keys are supported",
                            zh=f"{path.name}：仅支持 EC 和 RSA 私钥")
    return _identity(path, key, cert, tuple(extra or ()))
