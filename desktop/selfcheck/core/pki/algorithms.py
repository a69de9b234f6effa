"""The two signature algorithms of the report PKI and what tells them apart.

* ``ecdsa-p256``: ECDSA on NIST P-256 with SHA-256 (pyca/cryptography; read by pyHanko,
  poppler/NSS and Acrobat);
* ``sm2``: SM2 with SM3 (GB/T 32918, GB/T 35276; :mod:`selfcheck.core.pki.sm2`).

Certificates are built here for SM2 (pyca/cryptography cannot sign with SM2) from
asn1crypto structures; certificate and CRL signatures of either algorithm are checked
by :func:`signed_by`. A chain never mixes the algorithms: a root signs only with its
own algorithm, so an SM2 certificate under an ECDSA root (or the reverse) is refused
as a mixed chain before any signature is looked at.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Sequence

from asn1crypto import keys as asn1_keys
from asn1crypto import x509 as asn1_x509
from cryptography import x509
from cryptography.exceptions import InvalidSignature, UnsupportedAlgorithm
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec

from selfcheck.core.pki.sm2 import (
    SM2_WITH_SM3_OID,
    Sm2KeyError,
    Sm2PrivateKey,
    Sm2PublicKey,
    is_sm2_public_key_info,
)

SM2 = "sm2"
ECDSA_P256 = "ecdsa-p256"
ALGORITHMS = (ECDSA_P256, SM2)
DEFAULT_ALGORITHM = SM2
OTHER = "other"

_LABELS = {SM2: "SM2/SM3", ECDSA_P256: "ECDSA P-256/SHA-256", OTHER: "other"}
ECDSA_SHA256_OID = "1.2.840.10045.4.3.2"


def label(algorithm: str) -> str:
    """The name shown to people: "SM2/SM3" or "ECDSA P-256/SHA-256"."""
    return _LABELS.get(algorithm, algorithm)


CaKey = ec.EllipticCurvePrivateKey | Sm2PrivateKey


def sign_with(key: CaKey, data: bytes) -> tuple[bytes, str]:
    """Sign ``data`` with a CA key: (signature, signature algorithm OID)."""
    if isinstance(key, Sm2PrivateKey):
        return key.sign(data), SM2_WITH_SM3_OID
    return key.sign(data, ec.ECDSA(hashes.SHA256())), ECDSA_SHA256_OID


def public_key_info(cert: x509.Certificate) -> asn1_keys.PublicKeyInfo:
    der = cert.public_bytes(serialization.Encoding.DER)
    return asn1_x509.Certificate.load(der)["tbs_certificate"]["subject_public_key_info"]


def key_algorithm(cert: x509.Certificate) -> str:
    """``sm2``, ``ecdsa-p256`` or ``other``: the algorithm of the certificate's key."""
    info = public_key_info(cert)
    if is_sm2_public_key_info(info):
        return SM2
    try:
        key = cert.public_key()
    except (UnsupportedAlgorithm, ValueError):
        return OTHER
    if isinstance(key, ec.EllipticCurvePublicKey) and isinstance(key.curve, ec.SECP256R1):
        return ECDSA_P256
    return OTHER


def sm2_public_key(cert: x509.Certificate) -> Sm2PublicKey:
    """The SM2 public key of a certificate; Sm2KeyError if it holds none or a bad one."""
    return Sm2PublicKey.from_public_key_info(public_key_info(cert))


def signed_by(tbs: bytes, signature: bytes, signature_oid: str, issuer: x509.Certificate) -> bool:
    """Whether ``issuer``'s key made ``signature`` over ``tbs`` (a certificate's or a CRL's
    to-be-signed part) with the algorithm that matches the issuer: SM2-with-SM3 for an SM2
    issuer, ECDSA-with-SHA256 for a P-256 issuer; any other combination is False."""
    algorithm = key_algorithm(issuer)
    if algorithm == SM2:
        if signature_oid != SM2_WITH_SM3_OID:
            return False
        try:
            return sm2_public_key(issuer).verify(signature, tbs)
        except Sm2KeyError:
            return False
    if algorithm == ECDSA_P256 and signature_oid == ECDSA_SHA256_OID:
        key = issuer.public_key()
        if not isinstance(key, ec.EllipticCurvePublicKey):
            return False
        try:
            key.verify(signature, tbs, ec.ECDSA(hashes.SHA256()))
        except (InvalidSignature, ValueError):
            return False
        return True
    return False


@functools.lru_cache(maxsize=128)
def issued_by(cert: x509.Certificate, issuer: x509.Certificate) -> bool:
    """Whether ``issuer`` signed ``cert`` (names and signature; same algorithm family).

    Remembered per pair of certificates (equal means the same DER bytes): a reviewer
    checking a batch of reports by one signer checks the SM2 certificate signature once."""
    if cert.issuer != issuer.subject or key_algorithm(cert) != key_algorithm(issuer):
        return False
    return signed_by(cert.tbs_certificate_bytes, cert.signature,
                     cert.signature_algorithm_oid.dotted_string, issuer)


def is_mixed_chain(cert: x509.Certificate, roots: Sequence[x509.Certificate]) -> bool:
    """Whether every root named as ``cert``'s issuer uses another algorithm than ``cert``."""
    named = [root for root in roots if root.subject == cert.issuer]
    mine = key_algorithm(cert)
    return bool(named) and all(key_algorithm(root) != mine for root in named)


def _time(moment: dt.datetime) -> asn1_x509.Time:
    moment = moment.astimezone(dt.UTC).replace(microsecond=0)
    return asn1_x509.Time(name="utc_time" if moment.year < 2050 else "general_time",
                          value=moment)


def _extension(name: str, value: object, critical: bool) -> asn1_x509.Extension:
    return asn1_x509.Extension({"extn_id": name, "critical": critical, "extn_value": value})


def build_sm2_certificate(*, subject: x509.Name, issuer: x509.Name, public: Sm2PublicKey,
                          issuer_key: Sm2PrivateKey, serial: int, not_before: dt.datetime,
                          not_after: dt.datetime, ca: bool, email: str = "",
                          usage: set[str] | None = None) -> x509.Certificate:
    """An X.509 v3 certificate signed with SM2-with-SM3 (distinguishing ID
    1234567812345678), with the extensions the ECDSA certificates carry: basic constraints
    and key usage (critical), subject and authority key identifiers, and an e-mail name.
    ``usage`` replaces the usual key usages (tests make unsuitable certificates with it)."""
    if usage is None:
        usage = {"key_cert_sign", "crl_sign"} if ca else {"digital_signature", "non_repudiation"}
    extensions = [
        _extension("basic_constraints", {"ca": ca, "path_len_constraint": 0 if ca else None}, True),
        _extension("key_usage", usage, True),
        _extension("key_identifier", public.key_identifier(), False),
        _extension("authority_key_identifier",
                   {"key_identifier": issuer_key.public.key_identifier()}, False),
    ]
    if email:
        extensions.append(_extension(
            "subject_alt_name", [asn1_x509.GeneralName(name="rfc822_name", value=email)], False))
    tbs = asn1_x509.TbsCertificate({
        "version": "v3",
        "serial_number": serial,
        "signature": {"algorithm": SM2_WITH_SM3_OID},
        "issuer": asn1_x509.Name.load(issuer.public_bytes()),
        "validity": {"not_before": _time(not_before), "not_after": _time(not_after)},
        "subject": asn1_x509.Name.load(subject.public_bytes()),
        "subject_public_key_info": public.public_key_info(),
        "extensions": extensions,
    })
    tbs_der = bytes(tbs.dump())
    cert = asn1_x509.Certificate({
        "tbs_certificate": tbs,
        "signature_algorithm": {"algorithm": SM2_WITH_SM3_OID},
        "signature_value": issuer_key.sign(tbs_der),
    })
    return x509.load_der_x509_certificate(bytes(cert.dump()))
