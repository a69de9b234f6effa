"""SM2 keys, certificates and identities; revocation registers, CRLs and the reviewer's
CRL store; malformed SM2 input of every kind."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import subprocess
from pathlib import Path

import pytest
from asn1crypto import pem
from cryptography import x509
from cryptography.hazmat.primitives.serialization import Encoding

from selfcheck.core import pki
from selfcheck.core.pki import revocation
from selfcheck.core.pki.algorithms import issued_by, key_algorithm
from selfcheck.core.pki.certs import IdentityError, PassphraseError, PkiError
from selfcheck.core.pki.identity import load_identity
from selfcheck.core.pki.roots import ReportRoots, TrustStoreError, load_root_certificate
from selfcheck.core.pki.sm2 import (
    Sm2KeyError,
    Sm2PassphraseError,
    Sm2PrivateKey,
    Sm2PublicKey,
    decode_signature,
    encode_signature,
)

from .report_support import CA_PASS, ID_PASS, Pki, make_pki

# GM/T 0003.5 (= GB/T 32918.5) signature example on the recommended curve, with the
# default distinguishing ID: the published signature must verify, and not with another ID.
STANDARD_PUBLIC = bytes.fromhex(
    "04" "09F9DF311E5421A150DD7D161E4BC5C672179FAD1833FC076BB08FF356F35020"
    "CCEA490CE26775A52DC6EA718CC1AA600AED05FBF35E084A6632F6072DA9AD13")
STANDARD_R = 0xF5A03B0648D2C4630EEAC513E1BB81A15944DA3827D5B74143AC7EACEEE720B3
STANDARD_S = 0xB1B6AA29DF212FD8763182BC0D421CA1BB9038FD1F7F42D4840B69C485BBC1AA
STANDARD_SECRET = 0x3945208F7B2144B13F36E38AC6D39F95889393692860B51A42FB81EF4DF7C5B8

needs_openssl = pytest.mark.skipif(shutil.which("openssl") is None, reason="no openssl command")


@pytest.fixture(scope="module")
def sm2_pki(tmp_path_factory: pytest.TempPathFactory) -> Pki:
    return make_pki(tmp_path_factory.mktemp("sm2pki"), pki.SM2)


# --- primitives ------------------------------------------------------------------------

def test_the_standards_signature_verifies_with_the_default_id_only() -> None:
    public = Sm2PublicKey.from_point(STANDARD_PUBLIC)
    signature = encode_signature(STANDARD_R, STANDARD_S)
    assert public.verify(signature, b"message digest")
    assert not public.verify(signature, b"message digest", b"ALICE123@YAHOO.COM")
    assert not public.verify(signature, b"message digesT")
    assert Sm2PrivateKey.from_secret(STANDARD_SECRET).public == public


def test_signatures_round_trip_and_are_randomised() -> None:
    key = Sm2PrivateKey.generate()
    first, second = key.sign(b"data"), key.sign(b"data")
    assert first != second
    assert key.public.verify(first, b"data") and key.public.verify(second, b"data")


@pytest.mark.parametrize("point", [
    b"", b"\x04" + b"\x01" * 63, b"\x02" + STANDARD_PUBLIC[1:33],
    STANDARD_PUBLIC[:-1] + bytes([STANDARD_PUBLIC[-1] ^ 1]), b"\x04" + b"\x00" * 64,
])
def test_malformed_public_keys_are_refused(point: bytes) -> None:
    with pytest.raises(Sm2KeyError):
        Sm2PublicKey.from_point(point)


def test_non_canonical_signatures_are_refused() -> None:
    good = encode_signature(STANDARD_R, STANDARD_S)
    public = Sm2PublicKey.from_point(STANDARD_PUBLIC)
    long_form = b"\x30\x81" + good[1:]  # BER length where DER needs the short form
    for bad in (good + b"\x00", long_form, encode_signature(0, STANDARD_S), b"\x30\x00", b"junk"):
        with pytest.raises(Sm2KeyError):
            decode_signature(bad)
        assert not public.verify(bad, b"message digest")


def test_encrypted_key_container_round_trip_and_wrong_passphrase() -> None:
    key = Sm2PrivateKey.generate()
    block = key.encrypted_pem(b"a passphrase")
    name, _headers, der = pem.unarmor(block)
    assert name == "ENCRYPTED PRIVATE KEY"
    assert Sm2PrivateKey.from_encrypted_der(der, b"a passphrase").public == key.public
    with pytest.raises(Sm2PassphraseError):
        Sm2PrivateKey.from_encrypted_der(der, b"another passphrase")
    with pytest.raises(Sm2KeyError):
        Sm2PrivateKey.from_encrypted_der(der[:-20], b"a passphrase")


@needs_openssl
def test_openssl_reads_our_encrypted_key_and_verifies_our_certificates(sm2_pki: Pki,
                                                                       tmp_path: Path) -> None:
    key_file = sm2_pki.ca_dir / pki.CA_KEY_FILE
    result = subprocess.run(["openssl", "pkey", "-in", str(key_file), "-passin",
                             f"pass:{CA_PASS}", "-pubout"], capture_output=True, check=False)
    if b"unsupported" in result.stderr.lower() or b"sm2" in result.stderr.lower():
        pytest.skip("this OpenSSL has no SM2")
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith(b"-----BEGIN PUBLIC KEY-----")
    identity = load_identity(sm2_pki.identity, ID_PASS)
    leaf = tmp_path / "leaf.pem"
    leaf.write_bytes(identity.certificate.public_bytes(Encoding.PEM))
    version = subprocess.run(["openssl", "version"], capture_output=True, text=True, check=False).stdout
    if version.startswith("OpenSSL 1."):
        pytest.skip(f"{version.strip()} read the key, but its verify cannot be given the SM2 "
                    "distinguishing ID (-vfyopt distid: needs OpenSSL 3)")
    verified = subprocess.run(["openssl", "verify", "-vfyopt", "distid:1234567812345678",
                               "-CAfile", str(sm2_pki.root_pem), str(leaf)],
                              capture_output=True, check=False)
    assert verified.returncode == 0, verified.stderr


# --- CA and identities ---------------------------------------------------------------

def test_sm2_ca_and_identity(sm2_pki: Pki) -> None:
    info = pki.load_ca_certificate(sm2_pki.ca_dir)
    assert info.algorithm == pki.SM2 and info.algorithm_label == "SM2/SM3"
    assert issued_by(info.certificate, info.certificate)
    assert info.certificate.signature_algorithm_oid.dotted_string == "1.2.156.10197.1.501"
    usage = info.certificate.extensions.get_extension_for_class(x509.KeyUsage).value
    assert usage.key_cert_sign and usage.crl_sign
    identity = load_identity(sm2_pki.identity, ID_PASS)
    assert identity.algorithm == pki.SM2 and identity.problems() == []
    assert identity.key_usage == ("digital_signature", "non_repudiation")
    assert issued_by(identity.certificate, info.certificate)
    assert not issued_by(identity.certificate, sm2_pki.other_root)
    ski = identity.certificate.extensions.get_extension_for_class(x509.SubjectKeyIdentifier)
    aki = identity.certificate.extensions.get_extension_for_class(x509.AuthorityKeyIdentifier)
    root_ski = info.certificate.extensions.get_extension_for_class(x509.SubjectKeyIdentifier)
    assert aki.value.key_identifier == root_ski.value.digest != ski.value.digest
    assert sm2_pki.identity.stat().st_mode & 0o077 == 0


def test_sm2_identity_wrong_passphrase(sm2_pki: Pki) -> None:
    with pytest.raises(PassphraseError, match="wrong passphrase"):
        load_identity(sm2_pki.identity, "not the passphrase")
    with pytest.raises(PassphraseError, match="wrong passphrase for the CA key"):
        pki.load_ca_key(pki.load_ca_certificate(sm2_pki.ca_dir), "not the passphrase")


def _blocks(path: Path) -> list[bytes]:
    text = path.read_bytes()
    return [b"-----BEGIN" + part for part in text.split(b"-----BEGIN")[1:]]


def test_malformed_sm2_identity_files(sm2_pki: Pki, tmp_path: Path) -> None:
    key, cert, root = _blocks(sm2_pki.identity)
    other_key, other_cert, _ = _blocks(sm2_pki.other_identity)
    cases = {
        "no-cert.pem": (key, "not a signer identity file"),
        "two-keys.pem": (key + other_key + cert, "not a signer identity file"),
        "swapped.pem": (key + other_cert + root, "does not belong to the certificate"),
        "damaged-cert.pem": (key + cert.replace(b"MII", b"XII", 1) + root, "damaged"),
        "damaged-key.pem": (key[:200] + key[260:] + cert + root, "not a signer identity file|unusable"),
        "unknown-block.pem": (key + cert + b"-----BEGIN NOTE-----\nAAAA\n-----END NOTE-----\n",
                              "not a signer identity file"),
    }
    for name, (content, message) in cases.items():
        path = tmp_path / name
        path.write_bytes(content)
        with pytest.raises(IdentityError, match=message):
            load_identity(path, ID_PASS)


def test_ca_passphrase_needs_twelve_characters_for_both_algorithms(tmp_path: Path) -> None:
    for algorithm in pki.ALGORITHMS:
        with pytest.raises(PassphraseError, match="at least 12 characters"):
            pki.init_ca(tmp_path / algorithm, name="Root", organisation="",
                        passphrase="elevenchars", algorithm=algorithm)
    with pytest.raises(PkiError, match="unknown algorithm"):
        pki.init_ca(tmp_path / "x", name="Root", organisation="", passphrase=CA_PASS,
                    algorithm="rsa")


def test_reviewer_trusts_an_sm2_root_and_refuses_a_forged_one(sm2_pki: Pki, tmp_path: Path) -> None:
    roots = ReportRoots(tmp_path / "trust")
    root, new = roots.add(sm2_pki.root_pem)
    assert new and key_algorithm(root.certificate) == pki.SM2
    der = bytearray(sm2_pki.root.public_bytes(Encoding.DER))
    der[-5] ^= 0x01  # inside the signature value
    forged = tmp_path / "forged.der"
    forged.write_bytes(bytes(der))
    with pytest.raises(TrustStoreError, match=r"self-signature is invalid|not a certificate"):
        load_root_certificate(forged)


# --- revocation: the CA holder ------------------------------------------------------------

@pytest.fixture(params=[pki.SM2, pki.ECDSA_P256])
def fresh_pki(request: pytest.FixtureRequest, tmp_path: Path) -> Pki:
    return make_pki(tmp_path / "pki", request.param)


def test_revoke_by_name_and_serial(fresh_pki: Pki, tmp_path: Path) -> None:
    identity = load_identity(fresh_pki.identity, ID_PASS)
    entry = revocation.revoke(fresh_pki.ca_dir, "张三 Zhang San", "key-compromise")
    assert entry.serial == identity.serial and entry.reason == "key-compromise"
    with pytest.raises(PkiError, match="already revoked"):
        revocation.revoke(fresh_pki.ca_dir, f"{identity.serial:x}"[:10])
    with pytest.raises(PkiError, match="unknown reason"):
        revocation.revoke(fresh_pki.ca_dir, "过期 Expired", "lost")
    with pytest.raises(PkiError, match="no certificate issued by this CA matches"):
        revocation.revoke(fresh_pki.ca_dir, "Nobody")
    listed = revocation.issue_crl(fresh_pki.ca_dir, CA_PASS, tmp_path / "a.crl")
    assert listed.number == 1 and set(listed.revoked) == {identity.serial}
    assert listed.revoked[identity.serial].reason == "key-compromise"
    assert listed.next_update - listed.this_update == dt.timedelta(days=30)
    second = revocation.issue_crl(fresh_pki.ca_dir, CA_PASS, tmp_path / "b.crl", days=7)
    assert second.number == 2 and second.is_newer_than(listed)
    with pytest.raises(PassphraseError):
        revocation.issue_crl(fresh_pki.ca_dir, "not the passphrase", tmp_path / "c.crl")
    with pytest.raises(PkiError, match="already exists"):
        revocation.issue_crl(fresh_pki.ca_dir, CA_PASS, tmp_path / "b.crl")


def test_two_certificates_with_one_name_need_the_serial(fresh_pki: Pki, tmp_path: Path) -> None:
    suffix = ".p12" if load_identity(fresh_pki.identity, ID_PASS).algorithm == pki.ECDSA_P256 else ".pem"
    pki.issue_identity(fresh_pki.ca_dir, CA_PASS, name="张三 Zhang San",
                       output=tmp_path / f"again{suffix}", passphrase=ID_PASS)
    with pytest.raises(PkiError, match="2 certificates match"):
        revocation.revoke(fresh_pki.ca_dir, "张三 Zhang San")


# --- revocation: the reviewer's store ---------------------------------------------------------

def test_crl_store_keeps_the_newest_per_root(fresh_pki: Pki, tmp_path: Path) -> None:
    roots = ReportRoots(tmp_path / "trust")
    roots.add(fresh_pki.root_pem)
    old = revocation.issue_crl(fresh_pki.ca_dir, CA_PASS, tmp_path / "old.crl")
    revocation.revoke(fresh_pki.ca_dir, "张三 Zhang San", "superseded")
    new = revocation.issue_crl(fresh_pki.ca_dir, CA_PASS, tmp_path / "new.crl")
    kept, added = roots.add_crl(tmp_path / "new.crl")
    assert added and kept.number == new.number
    kept, added = roots.add_crl(tmp_path / "old.crl")
    assert not added and kept.number == new.number != old.number
    [stored] = roots.revocation_lists()
    assert stored.number == new.number and len(stored.revoked) == 1


def test_crl_store_refuses_hostile_files(fresh_pki: Pki, tmp_path: Path) -> None:
    roots = ReportRoots(tmp_path / "trust")
    roots.add(fresh_pki.root_pem)
    good = revocation.issue_crl(fresh_pki.ca_dir, CA_PASS, tmp_path / "good.crl")
    other = tmp_path / "other.crl"
    other_ca = fresh_pki.root_pem.parent.parent / "other-ca"
    revocation.issue_crl(other_ca, CA_PASS, other)
    impostor = tmp_path / "impostor.crl"
    revocation.issue_crl(fresh_pki.root_pem.parent.parent / "impostor-ca", CA_PASS, impostor)
    damaged = tmp_path / "damaged.crl"
    raw = bytearray(good.der)
    raw[-3] ^= 0x01
    damaged.write_bytes(bytes(raw))
    garbage = tmp_path / "garbage.crl"
    garbage.write_bytes(b"not a crl at all")
    huge = tmp_path / "huge.crl"
    huge.write_bytes(b"\0" * (revocation.MAX_CRL_BYTES + 1))
    fifo = tmp_path / "fifo.crl"
    os.mkfifo(fifo)
    cases = [(other, "not a trusted root"), (impostor, "does not verify"),
             (damaged, "does not verify|not a certificate revocation list"),
             (garbage, "not a certificate revocation list"), (huge, "larger than the 4 MB limit"),
             (fifo, "not a regular file"), (tmp_path, "is a folder"),
             (tmp_path / "missing.crl", "no such file")]
    for path, message in cases:
        with pytest.raises(TrustStoreError, match=message) as caught:
            roots.add_crl(path)
        assert "\n" not in str(caught.value) and caught.value.localized("zh") != str(caught.value)
    assert roots.revocation_lists() == []


def test_crl_in_pem_form_is_accepted(fresh_pki: Pki, tmp_path: Path) -> None:
    roots = ReportRoots(tmp_path / "trust")
    roots.add(fresh_pki.root_pem)
    crl = revocation.issue_crl(fresh_pki.ca_dir, CA_PASS, tmp_path / "a.crl")
    text = tmp_path / "a.pem"
    text.write_bytes(pem.armor("X509 CRL", crl.der))
    assert roots.add_crl(text)[1]


def test_crl_issued_in_the_future_is_refused(fresh_pki: Pki, tmp_path: Path) -> None:
    roots = ReportRoots(tmp_path / "trust")
    roots.add(fresh_pki.root_pem)
    later = dt.datetime.now(dt.UTC) + dt.timedelta(days=5)
    revocation.issue_crl(fresh_pki.ca_dir, CA_PASS, tmp_path / "future.crl", now=later)
    with pytest.raises(TrustStoreError, match="issued in the future"):
        roots.add_crl(tmp_path / "future.crl")
