"""SM2-specific verification: wrong distinguishing ID, wrong digest, malformed keys,
mixed-algorithm chains, and revocation (for both algorithms)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from io import BytesIO
from pathlib import Path
from typing import Any

import pytest
from asn1crypto import x509 as asn1_x509
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.sign import signers

from selfcheck.core import pki
from selfcheck.core.pki import revocation
from selfcheck.core.pki.algorithms import ECDSA_SHA256_OID
from selfcheck.core.pki.ca import load_identity
from selfcheck.core.pki.identity import Identity
from selfcheck.core.pki.sm2 import SM2_WITH_SM3_OID, Sm2PrivateKey
from selfcheck.core.reports import sm2_cms
from selfcheck.core.reports.signing import sign_report_pdf, signer_and_metadata
from selfcheck.core.reports.verify import VerificationResult, verify_bytes

from .report_support import CA_PASS, ID_PASS, Pki, make_pki, sample_report


@dataclass(frozen=True)
class Reports:
    rendered: bytes
    results_json: bytes
    sm2: Pki
    ecdsa: Pki


@pytest.fixture(scope="module")
def reports(tmp_path_factory: pytest.TempPathFactory) -> Reports:
    base = tmp_path_factory.mktemp("sm2")
    _data, rendered, results_json = sample_report(base)
    return Reports(rendered, results_json, make_pki(base / "sm2", pki.SM2),
                   make_pki(base / "ecdsa", pki.ECDSA_P256))


def rejected(result: VerificationResult, fragment: str) -> None:
    assert not result.authentic
    assert fragment in result.reason, result.reason
    assert "\n" not in result.reason and result.localized_reason("zh") != result.reason


class _OtherIdKey:
    """An SM2 key that signs with another distinguishing ID than the standard one."""

    def __init__(self, key: Sm2PrivateKey) -> None:
        self.key = key

    def sign(self, data: bytes) -> bytes:
        return self.key.sign(data, b"ALICE123@YAHOO.COM")


def _sign_with_signer(reports: Reports, identity: Identity, adjust: Any) -> bytes:
    signer, meta = signer_and_metadata(identity)
    adjust(signer)
    writer = IncrementalPdfFileWriter(BytesIO(reports.rendered))
    from selfcheck.core.reports.signing import _attach
    from selfcheck.core.text import utc_now

    _attach(writer, reports.results_json, utc_now())
    out = BytesIO()
    signers.PdfSigner(meta, signer).sign_pdf(writer, output=out)
    return out.getvalue()


def test_sm2_report_names_its_algorithm_and_verifies(reports: Reports) -> None:
    identity = load_identity(reports.sm2.identity, ID_PASS)
    assert identity.algorithm == pki.SM2
    result = verify_bytes(sign_report_pdf(reports.rendered, reports.results_json, identity),
                          [reports.sm2.root])
    assert result.authentic, result.reasons
    assert result.algorithm == "SM2/SM3" and result.as_dict()["algorithm"] == "SM2/SM3"


def test_wrong_distinguishing_id_is_rejected(reports: Reports) -> None:
    identity = load_identity(reports.sm2.identity, ID_PASS)

    def other_id(signer: Any) -> None:
        signer._key = _OtherIdKey(signer._key)

    signed = _sign_with_signer(reports, identity, other_id)
    rejected(verify_bytes(signed, [reports.sm2.root]), "signature is not valid")


def test_sm2_signature_with_a_sha256_digest_is_rejected(reports: Reports, monkeypatch: pytest.MonkeyPatch) -> None:
    identity = load_identity(reports.sm2.identity, ID_PASS)
    monkeypatch.setattr(sm2_cms, "SM3_OID", "2.16.840.1.101.3.4.2.1")  # what the signer writes
    signed = _sign_with_signer(reports, identity, lambda signer: None)
    monkeypatch.undo()
    rejected(verify_bytes(signed, [reports.sm2.root]), "must use SM3")


def _forged_cert(template: x509.Certificate, issuer_key: Any, *, public_key_info: Any = None) -> x509.Certificate:
    """``template`` re-signed by ``issuer_key`` (SM2 or ECDSA), optionally with another key."""
    cert = asn1_x509.Certificate.load(template.public_bytes(serialization.Encoding.DER))
    tbs = cert["tbs_certificate"]
    if public_key_info is not None:
        tbs["subject_public_key_info"] = public_key_info
    if isinstance(issuer_key, Sm2PrivateKey):
        oid = SM2_WITH_SM3_OID
        tbs["signature"] = {"algorithm": oid}
        signature = issuer_key.sign(tbs.dump(force=True))
    else:
        oid = ECDSA_SHA256_OID
        tbs["signature"] = {"algorithm": oid}
        signature = issuer_key.sign(tbs.dump(force=True), ec.ECDSA(hashes.SHA256()))
    forged = asn1_x509.Certificate({"tbs_certificate": tbs, "signature_algorithm": {"algorithm": oid},
                                    "signature_value": signature})
    return x509.load_der_x509_certificate(forged.dump())


def _mixed_chain_report(reports: Reports, leaf_pki: Pki, root_pki: Pki) -> bytes:
    """A report by ``leaf_pki``'s signer whose certificate ``root_pki``'s CA really signed
    (with its own, other algorithm)."""
    identity = load_identity(leaf_pki.identity, ID_PASS)
    ca_key = pki.load_ca_key(pki.load_ca_certificate(root_pki.ca_dir), CA_PASS)
    leaf = _forged_cert(identity.certificate, ca_key)
    assert leaf.issuer == root_pki.root.subject
    mixed = Identity(**{**identity.__dict__, "certificate": leaf, "chain": (root_pki.root,)})
    return sign_report_pdf(reports.rendered, reports.results_json, mixed)  # type: ignore[arg-type]


def test_sm2_leaf_under_an_ecdsa_root_is_a_refused_mixed_chain(reports: Reports) -> None:
    """Mixed chains are refused by rule, whatever their signatures."""
    signed = _mixed_chain_report(reports, reports.sm2, reports.ecdsa)
    rejected(verify_bytes(signed, [reports.ecdsa.root]), "mixed chains are not accepted")


def test_ecdsa_leaf_under_an_sm2_root_is_a_refused_mixed_chain(reports: Reports) -> None:
    signed = _mixed_chain_report(reports, reports.ecdsa, reports.sm2)
    rejected(verify_bytes(signed, [reports.sm2.root]), "mixed chains are not accepted")


def test_sm2_leaf_with_a_forged_certificate_signature(reports: Reports) -> None:
    """The right name, an SM2 signature by another SM2 key: the chain does not verify."""
    identity = load_identity(reports.sm2.identity, ID_PASS)
    forged_leaf = _forged_cert(identity.certificate, Sm2PrivateKey.generate())
    forged = Identity(**{**identity.__dict__, "certificate": forged_leaf})
    signed = sign_report_pdf(reports.rendered, reports.results_json, forged)  # type: ignore[arg-type]
    rejected(verify_bytes(signed, [reports.sm2.root]), "does not chain to a trusted root")


def test_sm2_certificate_with_a_point_off_the_curve(reports: Reports) -> None:
    identity = load_identity(reports.sm2.identity, ID_PASS)
    info = asn1_x509.Certificate.load(identity.certificate.public_bytes(
        serialization.Encoding.DER))["tbs_certificate"]["subject_public_key_info"].copy()
    point = bytearray(info["public_key"].native)
    point[-1] ^= 1
    info["public_key"] = bytes(point)
    ca_key = pki.load_ca_key(pki.load_ca_certificate(reports.sm2.ca_dir), CA_PASS)
    bad_leaf = _forged_cert(identity.certificate, ca_key, public_key_info=info)
    bad = Identity(**{**identity.__dict__, "certificate": bad_leaf})
    signed = sign_report_pdf(reports.rendered, reports.results_json, bad)  # type: ignore[arg-type]
    rejected(verify_bytes(signed, [reports.sm2.root]), "malformed SM2 public key")


# --- revocation ----------------------------------------------------------------------

def _crl(the_pki: Pki, tmp_path: Path, reason: str, *, revoked_at: dt.datetime | None = None,
         days: int = 30, now: dt.datetime | None = None) -> revocation.RevocationList:
    identity = load_identity(the_pki.identity, ID_PASS)
    entries, _number = revocation.read_register(pki.load_ca_certificate(the_pki.ca_dir))
    if not any(e.serial == identity.serial for e in entries):
        revocation.revoke(the_pki.ca_dir, f"{identity.serial:x}", reason, now=revoked_at)
    output = tmp_path / f"{reason}-{len(list(tmp_path.iterdir()))}.crl"
    return revocation.issue_crl(the_pki.ca_dir, CA_PASS, output, days=days, now=now)


@pytest.fixture(params=[pki.SM2, pki.ECDSA_P256])
def fresh(request: pytest.FixtureRequest, tmp_path: Path, reports: Reports) -> tuple[Pki, bytes]:
    the_pki = make_pki(tmp_path / "pki", request.param)
    signed = sign_report_pdf(reports.rendered, reports.results_json,
                             load_identity(the_pki.identity, ID_PASS))
    return the_pki, signed


def test_key_compromise_refuses_the_report(fresh: tuple[Pki, bytes], tmp_path: Path) -> None:
    the_pki, signed = fresh
    assert verify_bytes(signed, [the_pki.root], revocation_lists=[]).authentic
    crl = _crl(the_pki, tmp_path, "key-compromise",
               revoked_at=dt.datetime.now(dt.UTC) + dt.timedelta(hours=1))
    # refused even though the report claims to be older than the revocation
    result = verify_bytes(signed, [the_pki.root], revocation_lists=[crl])
    rejected(result, "was revoked on")
    assert "key compromise" in result.reason and "密钥泄露" in result.localized_reason("zh")


def test_superseded_keeps_earlier_reports_with_a_note(fresh: tuple[Pki, bytes], tmp_path: Path) -> None:
    the_pki, signed = fresh
    later = dt.datetime.now(dt.UTC) + dt.timedelta(hours=1)
    crl = _crl(the_pki, tmp_path, "superseded", revoked_at=later)
    result = verify_bytes(signed, [the_pki.root], revocation_lists=[crl])
    assert result.authentic, result.reasons
    assert any("stays valid" in note for note in result.notes)
    assert any("仍然有效" in note for note in result.localized_notes("zh"))


def test_superseded_before_the_signing_time_refuses(fresh: tuple[Pki, bytes], tmp_path: Path) -> None:
    the_pki, signed = fresh
    earlier = dt.datetime.now(dt.UTC) - dt.timedelta(hours=1)
    crl = _crl(the_pki, tmp_path, "superseded", revoked_at=earlier)
    rejected(verify_bytes(signed, [the_pki.root], revocation_lists=[crl]),
             "signed after the revocation")


def test_stale_revocation_list_is_noted(fresh: tuple[Pki, bytes], tmp_path: Path) -> None:
    the_pki, signed = fresh
    old = dt.datetime.now(dt.UTC) - dt.timedelta(days=40)
    identity = load_identity(the_pki.identity, ID_PASS)
    other = next(c for c in revocation.issued_certificates(pki.load_ca_certificate(the_pki.ca_dir))
             if c.serial_number != identity.serial)
    revocation.revoke(the_pki.ca_dir, f"{other.serial_number:x}", "affiliation-changed", now=old)
    crl = revocation.issue_crl(the_pki.ca_dir, CA_PASS, tmp_path / "old.crl", days=7, now=old)
    result = verify_bytes(signed, [the_pki.root], revocation_lists=[crl])
    assert result.authentic, result.reasons
    assert any("due for renewal" in note for note in result.notes)


def test_the_newest_list_decides(fresh: tuple[Pki, bytes], tmp_path: Path) -> None:
    the_pki, signed = fresh
    empty = revocation.issue_crl(the_pki.ca_dir, CA_PASS, tmp_path / "empty.crl")
    crl = _crl(the_pki, tmp_path, "unspecified")
    assert crl.is_newer_than(empty)
    rejected(verify_bytes(signed, [the_pki.root], revocation_lists=[crl, empty]), "revoked")
    rejected(verify_bytes(signed, [the_pki.root], revocation_lists=[empty, crl]), "revoked")
