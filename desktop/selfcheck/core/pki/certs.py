"""Certificate helpers shared by the CA, signer identities and report trust roots."""

from __future__ import annotations

from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes
from cryptography.x509.oid import NameOID

from selfcheck.core.errors import SelfCheckError
from selfcheck.core.files import write_atomically


class PkiError(SelfCheckError):
    """A CA or identity operation failed (bad input; exit code 2)."""


class PassphraseError(PkiError):
    """A passphrase is wrong, missing or too weak."""


class IdentityError(PkiError):
    """A signer identity is missing, unreadable or not fit for signing."""


def os_message(exc: OSError) -> str:
    """The short reason of an operating-system error ("No such file or directory")."""
    return exc.strerror or type(exc).__name__


def check_days_and_output(days: int, output: Path, *, overwrite: bool = False) -> None:
    """Refuse a validity under one day, and an existing ``output`` unless ``overwrite``."""
    if days < 1:
        raise PkiError("the validity must be at least one day", zh="有效期至少为一天")
    if output.exists() and not overwrite:
        raise PkiError(f"{output}: already exists; choose another file name",
                       zh=f"{output}：文件已存在，请另选文件名")


def write_pki_file(output: Path, content: bytes, *, overwrite: bool = False,
                   mode: int = 0o644) -> None:
    """Write an identity, certificate or CRL atomically; PkiError with one line if the
    file exists (and ``overwrite`` is off) or cannot be written."""
    try:
        write_atomically(output, content, overwrite=overwrite, mode=mode)
    except FileExistsError:
        raise PkiError(f"{output}: already exists; choose another file name",
                       zh=f"{output}：文件已存在，请另选文件名") from None
    except OSError as exc:
        raise PkiError(f"{output}: cannot be written ({os_message(exc)})",
                       zh=f"{output}：无法写入（{os_message(exc)}）") from None

def fingerprint(cert: x509.Certificate) -> str:
    """SHA-256 fingerprint of a certificate, lower-case hex."""
    return cert.fingerprint(hashes.SHA256()).hex()


def name_attribute(name: x509.Name, oid: x509.ObjectIdentifier) -> str:
    values = name.get_attributes_for_oid(oid)
    return str(values[0].value) if values else ""


def display_name(name: x509.Name) -> str:
    """A short human name: "CN (O)" or the RFC 4514 form."""
    cn = name_attribute(name, NameOID.COMMON_NAME)
    org = name_attribute(name, NameOID.ORGANIZATION_NAME)
    if cn and org and org != cn:
        return f"{cn} ({org})"
    return cn or org or name.rfc4514_string()


#: The key usages in Chinese, with the standard's name for recognition.
KEY_USAGE_ZH = {"digital_signature": "数字签名（digitalSignature）",
                "non_repudiation": "不可否认（nonRepudiation）",
                "key_cert_sign": "签发证书（keyCertSign）", "crl_sign": "签发吊销列表（cRLSign）"}


def key_usage_label(name: str, lang: str) -> str:
    """A key usage of :func:`key_usage_names` as ``lang`` shows it."""
    return KEY_USAGE_ZH.get(name, name) if lang == "zh" else name


def key_usage_names(cert: x509.Certificate) -> list[str]:
    """The key usages a certificate asserts, e.g. ["digital_signature", "non_repudiation"]."""
    try:
        usage = cert.extensions.get_extension_for_class(x509.KeyUsage).value
    except x509.ExtensionNotFound:
        return []
    names = ["digital_signature", "content_commitment", "key_encipherment",
             "data_encipherment", "key_agreement", "key_cert_sign", "crl_sign"]
    found = [n for n in names if getattr(usage, n)]
    return ["non_repudiation" if n == "content_commitment" else n for n in found]


def is_ca(cert: x509.Certificate) -> bool:
    try:
        return bool(cert.extensions.get_extension_for_class(x509.BasicConstraints).value.ca)
    except x509.ExtensionNotFound:
        return False
