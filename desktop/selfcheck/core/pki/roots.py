"""The report trust roots of this machine (:class:`ReportRoots`): PEM files under
``<trust_dir>/roots``. (Trusted *pack* keys are a different store, in the database:
:class:`selfcheck.core.collection.packs.PackKeyring`.)

A reviewer adds the organisation root certificate (``root-ca.pem`` from
``selfcheck ca init``) once; ``selfcheck verify`` then trusts reports signed by
identities that root issued. Each root is stored as ``<sha256 fingerprint>.pem``.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import field
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import serialization

from selfcheck.core.errors import NotFoundError, SelfCheckError, UsageError
from selfcheck.core.files import read_input_file, write_atomically
from selfcheck.core.immutable import immutable
from selfcheck.core.pki.algorithms import OTHER, issued_by, key_algorithm
from selfcheck.core.pki.certs import PkiError, display_name, fingerprint, is_ca
from selfcheck.core.pki.revocation import RevocationList, parse_crl, read_crl_file
from selfcheck.core.text import utc_now

ROOTS_DIR = "roots"
CRLS_DIR = "crls"
MAX_CERT_BYTES = 256 * 1024


class TrustStoreError(SelfCheckError):
    """A root certificate cannot be read, or the trust store cannot be written."""


@immutable
class TrustedRoot:
    """One trusted root certificate."""

    fingerprint: str
    subject: str
    not_before: dt.datetime
    not_after: dt.datetime
    path: Path | None
    certificate: x509.Certificate = field(repr=False)


def _describe(cert: x509.Certificate, path: Path | None) -> TrustedRoot:
    return TrustedRoot(fingerprint(cert), display_name(cert.subject), cert.not_valid_before_utc,
                       cert.not_valid_after_utc, path, cert)


def load_root_certificate(path: Path) -> x509.Certificate:
    """Read a root CA certificate (PEM or DER) and check it is a self-signed CA certificate."""
    raw = read_input_file(path, MAX_CERT_BYTES, what=("certificate file", "证书文件"),
                          error=TrustStoreError)
    try:
        cert = (x509.load_pem_x509_certificate(raw) if b"-----BEGIN" in raw
                else x509.load_der_x509_certificate(raw))
    except ValueError:
        raise TrustStoreError(f"{path}: not a certificate (PEM or DER)",
                              zh=f"{path}：不是证书（PEM 或 DER 格式）") from None
    if not is_ca(cert):
        raise TrustStoreError(f"{path}: not a CA certificate; give the organisation's root "
                              "(root-ca.pem), not a signer certificate",
                              zh=f"{path}：不是证书机构（CA）证书；请提供本单位的根证书（root-ca.pem），而不是签名人证书")
    if cert.subject != cert.issuer:
        raise TrustStoreError(f"{path}: not a root certificate (it is issued by "
                              f"'{display_name(cert.issuer)}')",
                              zh=f"{path}：不是根证书（由“{display_name(cert.issuer)}”签发）")
    if key_algorithm(cert) == OTHER:
        raise TrustStoreError(f"{path}: the root's key is neither SM2 nor ECDSA P-256",
                              zh=f"{path}：根证书的密钥既不是 SM2 也不是 ECDSA P-256")
    if not issued_by(cert, cert):
        raise TrustStoreError(f"{path}: the certificate's self-signature is invalid",
                              zh=f"{path}：证书的自签名无效")
    return cert


class ReportRoots:
    """The root certificates whose signers' reports this machine accepts."""

    def __init__(self, trust_dir: Path) -> None:
        self.folder = trust_dir / ROOTS_DIR
        self.crl_folder = trust_dir / CRLS_DIR

    def entries(self) -> list[TrustedRoot]:
        """The trusted roots (unreadable files are skipped)."""
        if not self.folder.is_dir():
            return []
        roots: list[TrustedRoot] = []
        for file in sorted(self.folder.glob("*.pem")):
            try:
                cert = x509.load_pem_x509_certificate(file.read_bytes())
            except (OSError, ValueError):
                continue
            roots.append(_describe(cert, file))
        return roots

    def certificates(self) -> list[x509.Certificate]:
        return [root.certificate for root in self.entries()]

    def inspect(self, source: Path) -> TrustedRoot:
        """The root certificate in ``source``, checked but not trusted (its ``path`` is
        None): shown to the user, who compares its fingerprint before :meth:`trust`."""
        return _describe(load_root_certificate(source), None)

    def is_trusted(self, root: TrustedRoot) -> bool:
        return (self.folder / f"{root.fingerprint}.pem").exists()

    def add(self, source: Path) -> tuple[TrustedRoot, bool]:
        """Trust the root certificate in ``source``; returns it and whether it was new."""
        return self.trust(self.inspect(source))

    def trust(self, root: TrustedRoot) -> tuple[TrustedRoot, bool]:
        """Trust a root read by :meth:`inspect` (the very certificate shown); returns it and
        whether it was new."""
        cert = root.certificate
        target = self.folder / f"{fingerprint(cert)}.pem"
        if target.exists():
            return _describe(cert, target), False
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            write_atomically(target, cert.public_bytes(serialization.Encoding.PEM))
        except OSError as exc:
            raise TrustStoreError(f"{self.folder}: cannot be written ({exc.strerror})",
                                  zh=f"{self.folder}：无法写入（{exc.strerror}）") from None
        return _describe(cert, target), True

    def remove(self, which: str) -> TrustedRoot:
        """Stop trusting the root whose fingerprint starts with ``which`` (≥ 8 hex digits)."""
        prefix = which.strip().lower().replace(":", "")
        if len(prefix) < 8:
            raise UsageError("give at least the first 8 hex digits of the root's fingerprint",
                             zh="请至少给出根证书指纹的前 8 位十六进制数字")
        matches = [r for r in self.entries() if r.fingerprint.startswith(prefix)]
        if not matches:
            raise NotFoundError(f"no trusted root has a fingerprint starting with {prefix}",
                                zh=f"没有指纹以 {prefix} 开头的受信任根证书")
        if len(matches) > 1:
            raise UsageError(f"{len(matches)} roots match {prefix}; give more digits",
                             zh=f"有 {len(matches)} 个根证书与 {prefix} 匹配，请给出更多位数字")
        root = matches[0]
        try:
            if root.path is not None:
                root.path.unlink()
        except OSError as exc:
            raise TrustStoreError(f"{root.path}: cannot be removed ({exc.strerror})",
                                  zh=f"{root.path}：无法删除（{exc.strerror}）") from None
        return root

    def revocation_lists(self) -> list[RevocationList]:
        """The kept revocation lists whose signature a root trusted now still verifies
        (one per root: the newest added)."""
        if not self.crl_folder.is_dir():
            return []
        roots = self.certificates()
        found: list[RevocationList] = []
        for file in sorted(self.crl_folder.glob("*.crl")):
            try:
                found.append(parse_crl(read_crl_file(file), roots, str(file)))
            except PkiError:
                continue
        return found

    def inspect_crl(self, source: Path, now: dt.datetime | None = None) -> RevocationList:
        """The revocation list in ``source``, checked against the trusted roots but not kept
        (shown to the user before :meth:`keep_crl`)."""
        try:
            return parse_crl(read_crl_file(source), self.certificates(), str(source),
                             now=now or utc_now())
        except PkiError as exc:
            raise TrustStoreError(str(exc), zh=exc.localized("zh")) from None

    def kept_crl(self, crl: RevocationList) -> RevocationList | None:
        """The list kept now for the root that issued ``crl`` (None when there is none)."""
        return next((c for c in self.revocation_lists()
                     if c.issuer_fingerprint == crl.issuer_fingerprint), None)

    def add_crl(self, source: Path, now: dt.datetime | None = None) -> tuple[RevocationList, bool]:
        """Keep the revocation list in ``source`` if a trusted root signed it and it is newer
        than the one kept for that root; returns it and whether it was kept."""
        return self.keep_crl(self.inspect_crl(source, now))

    def keep_crl(self, crl: RevocationList) -> tuple[RevocationList, bool]:
        """Keep a list read by :meth:`inspect_crl` unless the one kept for its root is as new;
        returns the list kept and whether it is ``crl``."""
        target = self.crl_folder / f"{crl.issuer_fingerprint}.crl"
        kept = self.kept_crl(crl)
        if kept is not None and not crl.is_newer_than(kept):
            return kept, False
        try:
            self.crl_folder.mkdir(parents=True, exist_ok=True)
            write_atomically(target, crl.der)
        except OSError as exc:
            raise TrustStoreError(f"{self.crl_folder}: cannot be written ({exc.strerror})",
                                  zh=f"{self.crl_folder}：无法写入（{exc.strerror}）") from None
        return crl, True
