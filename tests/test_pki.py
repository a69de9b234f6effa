"""The offline signing PKI (root CA, signer identities) and the trusted-roots store."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.serialization import pkcs12

from selfcheck.core import files, pki
from selfcheck.core.errors import NotFoundError, UsageError
from selfcheck.core.paths import AppPaths
from selfcheck.core.pki import roots as trust
from selfcheck.core.pki.ca import MAX_IDENTITY_BYTES
from selfcheck.core.pki.certs import IdentityError, PassphraseError, PkiError
from selfcheck.core.pki.roots import ReportRoots

from .report_support import CA_PASS, ID_PASS, Pki, make_pki


@pytest.fixture(scope="module")
def the_pki(tmp_path_factory: pytest.TempPathFactory) -> Pki:
    return make_pki(tmp_path_factory.mktemp("pki"))


# --- root CA ---------------------------------------------------------------------------

def test_ca_files_and_certificate(the_pki: Pki) -> None:
    root = the_pki.root
    assert root.subject == root.issuer
    constraints = root.extensions.get_extension_for_class(x509.BasicConstraints)
    assert constraints.critical and constraints.value.ca
    usage = root.extensions.get_extension_for_class(x509.KeyUsage).value
    assert usage.key_cert_sign and usage.crl_sign and not usage.digital_signature
    key_pem = (the_pki.ca_dir / pki.CA_KEY_FILE).read_bytes()
    assert b"ENCRYPTED PRIVATE KEY" in key_pem
    with pytest.raises(TypeError):  # no passphrase given for an encrypted key
        serialization.load_pem_private_key(key_pem, None)
    assert (the_pki.ca_dir / pki.CA_KEY_FILE).stat().st_mode & 0o077 == 0


def test_ca_init_never_overwrites(the_pki: Pki) -> None:
    before = (the_pki.ca_dir / pki.CA_KEY_FILE).read_bytes()
    with pytest.raises(PkiError, match="already exists"):
        pki.init_ca(the_pki.ca_dir, name="Again", organisation="", passphrase=CA_PASS)
    assert (the_pki.ca_dir / pki.CA_KEY_FILE).read_bytes() == before


def test_ca_init_refuses_short_passphrase_and_bad_names(tmp_path: Path) -> None:
    with pytest.raises(PassphraseError, match="at least 12"):
        pki.init_ca(tmp_path / "ca", name="Root", organisation="", passphrase="short")
    with pytest.raises(PkiError, match="may not be empty"):
        pki.init_ca(tmp_path / "ca", name="   ", organisation="", passphrase=CA_PASS)
    with pytest.raises(PkiError, match="at least one day"):
        pki.init_ca(tmp_path / "ca", name="Root", organisation="", passphrase=CA_PASS, days=0)
    assert not (tmp_path / "ca" / pki.CA_KEY_FILE).exists()


def test_ca_init_unwritable_folder(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    with pytest.raises(PkiError, match="cannot write the CA files"):
        pki.init_ca(blocker / "ca", name="Root", organisation="", passphrase=CA_PASS)


def test_missing_ca(tmp_path: Path) -> None:
    with pytest.raises(PkiError, match="no CA there"):
        pki.load_ca_certificate(tmp_path)
    with pytest.raises(PkiError, match="no CA there"):
        pki.issue_identity(tmp_path, CA_PASS, name="X", output=tmp_path / "x.p12",
                           passphrase=ID_PASS)


# --- identities -------------------------------------------------------------------------

def test_issued_identity(the_pki: Pki) -> None:
    identity = pki.load_identity(the_pki.identity, ID_PASS)
    assert identity.common_name == "张三 Zhang San"
    assert identity.organisation == "测试局"
    assert identity.subject == "张三 Zhang San (测试局)"
    assert identity.issuer == "测试局 报告签名根证书 (测试局)"
    assert identity.key_usage == ("digital_signature", "non_repudiation")
    assert not pki.is_ca(identity.certificate)
    assert identity.problems() == []
    assert [c.subject for c in identity.chain] == [the_pki.root.subject]
    assert len(identity.fingerprint) == 64
    usage = identity.certificate.extensions.get_extension_for_class(x509.KeyUsage)
    assert usage.critical
    assert (identity.not_after - identity.not_before).days in (729, 730)
    identity.certificate.verify_directly_issued_by(the_pki.root)


def test_identity_is_passphrase_protected(the_pki: Pki) -> None:
    raw = the_pki.identity.read_bytes()
    with pytest.raises(ValueError):
        pkcs12.load_key_and_certificates(raw, None)
    assert the_pki.identity.stat().st_mode & 0o077 == 0


def test_wrong_passphrases(the_pki: Pki, tmp_path: Path) -> None:
    with pytest.raises(PassphraseError, match="wrong passphrase for the identity") as err:
        pki.load_identity(the_pki.identity, "not the passphrase")
    assert "\n" not in str(err.value)
    with pytest.raises(PassphraseError, match="wrong passphrase for the CA key"):
        pki.issue_identity(the_pki.ca_dir, "wrong ca pass", name="X",
                           output=tmp_path / "x.p12", passphrase=ID_PASS)
    assert not (tmp_path / "x.p12").exists()


def test_issue_refuses_existing_output_and_weak_passphrase(the_pki: Pki, tmp_path: Path) -> None:
    existing = tmp_path / "id.p12"
    existing.write_bytes(b"keep me")
    with pytest.raises(PkiError, match="already exists"):
        pki.issue_identity(the_pki.ca_dir, CA_PASS, name="X", output=existing,
                           passphrase=ID_PASS)
    assert existing.read_bytes() == b"keep me"
    with pytest.raises(PassphraseError, match="at least 8"):
        pki.issue_identity(the_pki.ca_dir, CA_PASS, name="X", output=tmp_path / "new.p12",
                           passphrase="1234")


def test_missing_unreadable_and_foreign_identity_files(tmp_path: Path) -> None:
    with pytest.raises(IdentityError, match="no such file"):
        pki.load_identity(tmp_path / "missing.p12", ID_PASS)
    with pytest.raises(IdentityError, match="is a folder"):
        pki.load_identity(tmp_path, ID_PASS)
    garbage = tmp_path / "garbage.p12"
    garbage.write_bytes(b"\x30\x82 this is not PKCS#12")
    with pytest.raises(IdentityError, match="not a signer identity file"):
        pki.load_identity(garbage, ID_PASS)
    pem = tmp_path / "cert.p12"
    pem.write_text("-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n")
    with pytest.raises(IdentityError, match="not a signer identity file"):
        pki.load_identity(pem, ID_PASS)
    big = tmp_path / "big.p12"
    big.write_bytes(b"\0" * (MAX_IDENTITY_BYTES + 1))
    with pytest.raises(IdentityError, match="larger than the 1 MB limit"):
        pki.load_identity(big, ID_PASS)


def test_identity_problems(the_pki: Pki) -> None:
    expired = pki.load_identity(the_pki.expired, ID_PASS)
    assert any("expired" in p for p in expired.problems())
    with pytest.raises(IdentityError, match="expired"):
        expired.check_fit()
    early = pki.load_identity(the_pki.identity, ID_PASS)
    before = early.not_before - dt.timedelta(days=1)
    assert any("not valid before" in p for p in early.problems(before))
    weak = pki.load_identity(the_pki.no_nonrepudiation, ID_PASS)
    assert weak.problems() == ["its certificate lacks the key usage non_repudiation"]
    # in Chinese too (the signing-identity dialog shows them in the window's language)
    assert weak.problems(lang="zh") == ["其证书缺少密钥用途：不可否认"]
    assert any("过期" in p for p in expired.problems(lang="zh"))
    with pytest.raises(IdentityError) as caught:
        expired.check_fit()
    assert caught.value.localized("zh").startswith(f"{the_pki.expired.name}：无法签名（其证书已于")


def test_identity_validity_is_capped_by_the_root(the_pki: Pki, tmp_path: Path) -> None:
    identity = pki.issue_identity(the_pki.ca_dir, CA_PASS, name="Long", days=100_000,
                                  output=tmp_path / "long.p12", passphrase=ID_PASS)
    assert identity.not_after == the_pki.root.not_valid_after_utc


def test_write_atomically_keeps_the_previous_file_on_failure(tmp_path: Path,
                                                             monkeypatch: pytest.MonkeyPatch
                                                             ) -> None:
    target = tmp_path / "out.bin"
    target.write_bytes(b"previous")

    def boom(*_args: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("selfcheck.core.files.os.replace", boom)
    with pytest.raises(OSError, match="No space left"):
        files.write_atomically(target, b"new content")
    assert target.read_bytes() == b"previous"
    assert [p.name for p in tmp_path.iterdir()] == ["out.bin"]


# --- trusted roots -------------------------------------------------------------------------

def test_trust_add_list_remove(the_pki: Pki, app_paths: AppPaths) -> None:
    assert ReportRoots(app_paths.trust_dir).entries() == []
    root, new = ReportRoots(app_paths.trust_dir).add(the_pki.root_pem)
    assert new and root.fingerprint == pki.fingerprint(the_pki.root)
    assert root.subject == "测试局 报告签名根证书 (测试局)"
    again, new_again = ReportRoots(app_paths.trust_dir).add(the_pki.root_pem)
    assert not new_again and again.fingerprint == root.fingerprint
    ReportRoots(app_paths.trust_dir).add(the_pki.other_root_pem)
    assert {r.fingerprint for r in ReportRoots(app_paths.trust_dir).entries()} == {
        pki.fingerprint(the_pki.root), pki.fingerprint(the_pki.other_root)}
    assert (app_paths.trust_dir / "roots" / f"{root.fingerprint}.pem").is_file()
    assert ReportRoots(app_paths.trust_dir).certificates()
    removed = ReportRoots(app_paths.trust_dir).remove(root.fingerprint[:12].upper())
    assert removed.fingerprint == root.fingerprint
    assert [r.subject for r in ReportRoots(app_paths.trust_dir).entries()] == ["Other Root (Elsewhere)"]


def test_trust_add_rejects_what_is_not_a_root(the_pki: Pki, app_paths: AppPaths,
                                              tmp_path: Path) -> None:
    identity = pki.load_identity(the_pki.identity, ID_PASS)
    leaf = tmp_path / "leaf.pem"
    leaf.write_bytes(identity.certificate.public_bytes(serialization.Encoding.PEM))
    with pytest.raises(trust.TrustStoreError, match="not a CA certificate"):
        ReportRoots(app_paths.trust_dir).add(leaf)
    garbage = tmp_path / "garbage.pem"
    garbage.write_text("hello")
    with pytest.raises(trust.TrustStoreError, match="not a certificate"):
        ReportRoots(app_paths.trust_dir).add(garbage)
    with pytest.raises(trust.TrustStoreError, match="no such file"):
        ReportRoots(app_paths.trust_dir).add(tmp_path / "missing.pem")
    der = tmp_path / "root.der"
    der.write_bytes(the_pki.root.public_bytes(serialization.Encoding.DER))
    assert ReportRoots(app_paths.trust_dir).add(der)[1]
    assert ReportRoots(app_paths.trust_dir).entries()[0].fingerprint == pki.fingerprint(the_pki.root)


def test_trust_remove_errors(app_paths: AppPaths) -> None:
    with pytest.raises(UsageError, match="first 8 hex digits"):
        ReportRoots(app_paths.trust_dir).remove("abc")
    with pytest.raises(NotFoundError, match="no trusted root"):
        ReportRoots(app_paths.trust_dir).remove("0123456789abcdef")
