"""Revoking signer certificates: the CA holder's register and signed CRLs, and the
revocation lists a reviewer's machine keeps.

* CA side: ``revoke`` records a revocation in ``DIR/revocations.json`` (no passphrase:
  the record takes effect when a CRL is signed); ``issue_crl`` signs an X.509 v2 CRL
  (thisUpdate, nextUpdate, CRL number, authority key identifier, one entry per revoked
  certificate with its reason) with the CA key — SM2-with-SM3 or ECDSA-with-SHA256,
  as the CA.
* Reviewer side: :func:`load_crl` reads a CRL file (hostile input: size limit, regular
  files only, one-line errors) and checks its signature against the trusted roots.

Which revocations still let a report stand is decided by the verifier
(:mod:`selfcheck.core.reports.verify`): only the reasons in :data:`BENIGN_REASONS`,
and only for a report signed before the revocation.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import field
from pathlib import Path

from asn1crypto import crl as asn1_crl
from asn1crypto import x509 as asn1_x509
from cryptography import x509
from cryptography.hazmat.primitives import serialization

from selfcheck.core.files import read_input_file, write_atomically
from selfcheck.core.immutable import immutable
from selfcheck.core.pki.algorithms import ECDSA_SHA256_OID, CaKey, public_key_info, sign_with, signed_by
from selfcheck.core.pki.ca import CaInfo, load_ca_certificate, load_ca_key
from selfcheck.core.pki.certs import (
    PkiError,
    check_days_and_output,
    display_name,
    fingerprint,
    os_message,
    write_pki_file,
)
from selfcheck.core.pki.sm2 import SM2_WITH_SM3_OID, Sm2PrivateKey
from selfcheck.core.text import JsonInputError, canonical_json, loads_untrusted, utc_now

REGISTER_FILE = "revocations.json"
REGISTER_FORMAT = "selfcheck-revocations/1"
MAX_CRL_BYTES = 4 * 1024 * 1024
DEFAULT_CRL_DAYS = 30
CLOCK_TOLERANCE = dt.timedelta(hours=24)

#: ``--reason`` values and the RFC 5280 CRLReason names they stand for.
REASONS = {
    "unspecified": "unspecified", "key-compromise": "key_compromise",
    "ca-compromise": "ca_compromise", "affiliation-changed": "affiliation_changed",
    "superseded": "superseded", "cessation-of-operation": "cessation_of_operation",
}
#: Reasons that say nothing against reports signed before the revocation.
BENIGN_REASONS = frozenset({"superseded", "affiliation-changed", "cessation-of-operation"})
REASONS_ZH = {
    "unspecified": "未说明", "key-compromise": "密钥泄露", "ca-compromise": "CA 密钥泄露",
    "affiliation-changed": "隶属关系变更", "superseded": "已被替代",
    "cessation-of-operation": "停止使用",
}
_FROM_RFC = {value: key for key, value in REASONS.items()}


def reason_from_rfc(name: str | None) -> str:
    """Our reason name for an RFC 5280 CRLReason name (``remove_from_crl`` and the other
    reasons we never write come back as they are, so they are never benign)."""
    if name is None:
        return "unspecified"
    return _FROM_RFC.get(name, name.replace("_", "-"))


def check_reason(reason: str) -> str:
    if reason not in REASONS:
        raise PkiError(f"unknown reason {reason!r} (one of: {', '.join(REASONS)})",
                       zh=f"未知的吊销原因 {reason!r}（可选：{'、'.join(REASONS)}）")
    return reason


@immutable
class Revocation:
    """One revoked certificate."""

    serial: int
    reason: str
    revoked_at: dt.datetime
    subject: str = ""


# --- the CA holder's register --------------------------------------------------

def _register_path(info: CaInfo) -> Path:
    return info.folder / REGISTER_FILE


def read_register(info: CaInfo) -> tuple[list[Revocation], int]:
    """The recorded revocations and the number of the last CRL signed."""
    path = _register_path(info)
    try:
        doc = loads_untrusted(path.read_bytes())
    except FileNotFoundError:
        return [], 0
    except (OSError, JsonInputError):
        raise PkiError(f"{path}: the revocation register cannot be read",
                       zh=f"{path}：无法读取吊销登记文件") from None
    try:
        if doc["format"] != REGISTER_FORMAT:
            raise KeyError("format")
        entries = [Revocation(int(e["serial"], 16), check_reason(e["reason"]),
                              dt.datetime.fromisoformat(e["revoked_at"]), str(e["subject"]))
                   for e in doc["revoked"]]
        return entries, int(doc["crl_number"])
    except (KeyError, TypeError, ValueError):
        raise PkiError(f"{path}: the revocation register is damaged",
                       zh=f"{path}：吊销登记文件已损坏") from None


def _write_register(info: CaInfo, entries: Sequence[Revocation], crl_number: int) -> None:
    doc = {"format": REGISTER_FORMAT, "crl_number": crl_number, "revoked": [
        {"serial": f"{e.serial:x}", "reason": e.reason, "subject": e.subject,
         "revoked_at": e.revoked_at.astimezone(dt.UTC).isoformat()} for e in entries]}
    try:
        write_atomically(_register_path(info), canonical_json(doc) + b"\n")
    except OSError as exc:
        raise PkiError(f"{_register_path(info)}: cannot be written ({os_message(exc)})",
                       zh=f"{_register_path(info)}：无法写入（{os_message(exc)}）") from None


def issued_certificates(info: CaInfo) -> list[x509.Certificate]:
    """The certificates this CA issued (its ``issued/`` records)."""
    found = []
    for path in sorted(info.issued_dir.glob("*.pem")) if info.issued_dir.is_dir() else []:
        try:
            found.append(x509.load_pem_x509_certificate(path.read_bytes()))
        except (OSError, ValueError):
            continue
    return found


def _certificate_in_file(path: Path) -> x509.Certificate:
    """The first certificate of a PEM file (a certificate, or an SM2 identity file)."""
    raw = read_input_file(path, 1024 * 1024, what=("certificate file", "证书文件"), error=PkiError)
    try:
        return x509.load_pem_x509_certificate(raw[raw.index(b"-----BEGIN CERTIFICATE-----"):])
    except ValueError:
        raise PkiError(f"{path}: holds no PEM certificate (give the signer's name, the serial "
                       "number, or a certificate or SM2 identity file)",
                       zh=f"{path}：其中没有 PEM 格式的证书（请给出签名人姓名、序列号，"
                       "或证书、SM2 签名身份文件）") from None


def _find_issued(info: CaInfo, which: str) -> tuple[int, str]:
    text = which.strip()
    if Path(text).is_file():
        cert = _certificate_in_file(Path(text))
        if cert.issuer != info.certificate.subject:
            raise PkiError(f"{text}: the certificate was not issued by this CA",
                           zh=f"{text}：该证书不是本 CA 签发的")
        return cert.serial_number, display_name(cert.subject)
    issued = issued_certificates(info)
    by_name = [c for c in issued if display_name(c.subject) == text
               or (c.subject.get_attributes_for_oid(x509.NameOID.COMMON_NAME)
               and c.subject.get_attributes_for_oid(x509.NameOID.COMMON_NAME)[0].value == text)]
    hex_text = text.lower().replace(":", "")
    by_serial = [c for c in issued if len(hex_text) >= 8 and f"{c.serial_number:x}".startswith(hex_text)] \
        if all(ch in "0123456789abcdef" for ch in hex_text) else []
    matches = by_name or by_serial
    if len(matches) > 1:
        serials = ", ".join(f"{c.serial_number:x}" for c in matches)
        raise PkiError(f"{len(matches)} certificates match {text!r}; give the serial number "
                       f"({serials})",
                       zh=f"有 {len(matches)} 个证书与 {text!r} 匹配，请给出序列号（{serials}）")
    if matches:
        return matches[0].serial_number, display_name(matches[0].subject)
    if by_serial == [] and len(hex_text) >= 16 and all(ch in "0123456789abcdef" for ch in hex_text):
        return int(hex_text, 16), ""
    raise PkiError(f"{info.folder}: no certificate issued by this CA matches {text!r} "
                   "(give the signer name or the serial number)",
                   zh=f"{info.folder}：本 CA 签发的证书中没有与 {text!r} 匹配的（请给出签名人姓名或序列号）")


def revoke(folder: Path, which: str, reason: str = "unspecified",
           now: dt.datetime | None = None) -> Revocation:
    """Record the revocation of the certificate named by ``which`` (signer name, serial
    number in hex, or a certificate / SM2 identity file); the next CRL lists it.
    Revoking twice is refused."""
    info = load_ca_certificate(folder)
    reason = check_reason(reason)
    serial, subject = _find_issued(info, which)
    entries, number = read_register(info)
    if any(e.serial == serial for e in entries):
        raise PkiError(f"the certificate {serial:x} is already revoked",
                       zh=f"证书 {serial:x} 已被吊销")
    revocation = Revocation(serial, reason, (now or utc_now()).replace(microsecond=0), subject)
    _write_register(info, [*entries, revocation], number)
    return revocation


def _time(moment: dt.datetime) -> asn1_x509.Time:
    moment = moment.astimezone(dt.UTC).replace(microsecond=0)
    return asn1_x509.Time(name="utc_time" if moment.year < 2050 else "general_time", value=moment)


def build_crl(issuer: x509.Certificate, key: CaKey, entries: Sequence[Revocation], *,
              number: int, this_update: dt.datetime, next_update: dt.datetime) -> bytes:
    """A DER X.509 v2 CRL signed by ``key`` (SM2 or ECDSA, the issuer's algorithm)."""
    revoked = [{"user_certificate": e.serial, "revocation_date": _time(e.revoked_at),
                "crl_entry_extensions": [{"extn_id": "crl_reason", "critical": False,
                                          "extn_value": REASONS[e.reason]}]}
               for e in entries]
    issuer_asn1 = asn1_x509.Certificate.load(issuer.public_bytes(serialization.Encoding.DER))
    key_id = issuer_asn1.key_identifier or public_key_info(issuer).sha1
    tbs = asn1_crl.TbsCertList({
        "version": "v2",
        "signature": {"algorithm": _signature_oid(key)},
        "issuer": issuer_asn1.subject,
        "this_update": _time(this_update),
        "next_update": _time(next_update),
        "revoked_certificates": revoked or None,
        "crl_extensions": [
            {"extn_id": "crl_number", "critical": False, "extn_value": number},
            {"extn_id": "authority_key_identifier", "critical": False,
             "extn_value": {"key_identifier": key_id}},
        ],
    })
    signature, oid = sign_with(key, bytes(tbs.dump()))
    return bytes(asn1_crl.CertificateList({
        "tbs_cert_list": tbs, "signature_algorithm": {"algorithm": oid},
        "signature": signature}).dump())


def _signature_oid(key: CaKey) -> str:
    return SM2_WITH_SM3_OID if isinstance(key, Sm2PrivateKey) else ECDSA_SHA256_OID


def issue_crl(folder: Path, passphrase: str, output: Path, *, days: int = DEFAULT_CRL_DAYS,
              now: dt.datetime | None = None, overwrite: bool = False) -> RevocationList:
    """Sign a CRL of every recorded revocation, valid for ``days``, and write it (DER)."""
    info = load_ca_certificate(folder)
    check_days_and_output(days, output, overwrite=overwrite)
    key = load_ca_key(info, passphrase)
    entries, number = read_register(info)
    now = (now or utc_now()).replace(microsecond=0)
    der = build_crl(info.certificate, key, entries, number=number + 1, this_update=now,
                    next_update=now + dt.timedelta(days=days))
    write_pki_file(output, der, overwrite=overwrite)
    _write_register(info, entries, number + 1)
    return parse_crl(der, [info.certificate], str(output), now=now)


# --- a reviewer's revocation lists ----------------------------------------------

@immutable
class RevocationList:
    """A CRL whose signature a trusted root made."""

    issuer: x509.Certificate = field(repr=False)
    this_update: dt.datetime
    next_update: dt.datetime
    number: int
    revoked: dict[int, Revocation] = field(repr=False)
    der: bytes = field(repr=False)

    @property
    def issuer_fingerprint(self) -> str:
        return fingerprint(self.issuer)

    @property
    def issuer_name(self) -> str:
        return display_name(self.issuer.subject)

    def is_newer_than(self, other: RevocationList) -> bool:
        return (self.number, self.this_update) > (other.number, other.this_update)


def _bad(origin: str, en: str, *, zh: str) -> PkiError:
    return PkiError(f"{origin}: {en}", zh=f"{origin}：{zh}")


def read_crl_file(path: Path) -> bytes:
    """The bytes of a CRL file: a regular file of at most :data:`MAX_CRL_BYTES`."""
    return read_input_file(path, MAX_CRL_BYTES, what=("revocation list", "证书吊销列表"),
                           error=PkiError)


def _load(raw: bytes, origin: str) -> x509.CertificateRevocationList:
    try:
        if raw.lstrip().startswith(b"-----BEGIN"):
            return x509.load_pem_x509_crl(raw)
        return x509.load_der_x509_crl(raw)
    except ValueError:
        raise _bad(origin, "not a certificate revocation list (CRL, DER or PEM)",
                   zh="不是证书吊销列表（CRL，DER 或 PEM 格式）") from None


def _entries(crl: x509.CertificateRevocationList, origin: str) -> dict[int, Revocation]:
    found: dict[int, Revocation] = {}
    try:
        for entry in crl:
            try:
                reason = entry.extensions.get_extension_for_class(x509.CRLReason).value.reason.name
            except x509.ExtensionNotFound:
                reason = None
            found[entry.serial_number] = Revocation(
                entry.serial_number, reason_from_rfc(reason), entry.revocation_date_utc)
    except ValueError:
        raise _bad(origin, "the revocation list has a damaged entry", zh="证书吊销列表中有损坏的吊销记录") from None
    return found


def parse_crl(raw: bytes, roots: Sequence[x509.Certificate], origin: str, *,
              now: dt.datetime | None = None) -> RevocationList:
    """Parse a CRL and check it was signed by one of ``roots``; PkiError otherwise."""
    crl = _load(raw, origin)
    issuers = [root for root in roots if root.subject == crl.issuer]
    if not issuers:
        raise _bad(origin, f"issued by '{display_name(crl.issuer)}', which is not a trusted "
                   "root on this machine", zh=f"签发者“{display_name(crl.issuer)}”不是本机信任的根证书")
    signer = next((root for root in issuers if signed_by(
        crl.tbs_certlist_bytes, crl.signature, crl.signature_algorithm_oid.dotted_string, root)),
        None)
    if signer is None:
        raise _bad(origin, "the revocation list's signature does not verify with the trusted "
                   "root of that name", zh="证书吊销列表的签名无法用同名的受信任根证书验证")
    next_update = crl.next_update_utc
    if next_update is None:
        raise _bad(origin, "the revocation list has no next-update time", zh="证书吊销列表缺少下次更新时间")
    this_update = crl.last_update_utc
    if this_update > (now or utc_now()) + CLOCK_TOLERANCE:
        raise _bad(origin, "the revocation list was issued in the future", zh="证书吊销列表的签发时间晚于本机当前时间")
    try:
        number = int(crl.extensions.get_extension_for_class(x509.CRLNumber).value.crl_number)
    except (x509.ExtensionNotFound, ValueError):
        number = 0
    return RevocationList(signer, this_update, next_update, number, _entries(crl, origin),
                          crl.public_bytes(serialization.Encoding.DER))


def newest_list(lists: Sequence[RevocationList], root: x509.Certificate) -> RevocationList | None:
    """The newest of ``lists`` that ``root`` signed."""
    mine = [entry for entry in lists if entry.issuer_fingerprint == fingerprint(root)]
    newest: RevocationList | None = None
    for entry in mine:
        if newest is None or entry.is_newer_than(newest):
            newest = entry
    return newest
