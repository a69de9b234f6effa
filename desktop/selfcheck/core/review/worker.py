"""Checking one file for the register: read it safely, hash it, verify it strictly.

:func:`check_file` runs in the worker processes of an import (and in the calling
process for small imports). It never raises for a bad file: every outcome is a
:class:`FileCheck`. A file whose SHA-256 is already registered is not verified again.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import replace
from pathlib import Path
from typing import ClassVar, NamedTuple

from cryptography import x509

from selfcheck.core.files import InputFileError, read_input_file, reason_without_path
from selfcheck.core.immutable import immutable
from selfcheck.core.pki.certs import PkiError
from selfcheck.core.pki.revocation import RevocationList, parse_crl
from selfcheck.core.records import NewReport
from selfcheck.core.reports.results import ResultsFormatError
from selfcheck.core.reports.verify import MAX_REPORT_BYTES, VerificationResult, verify_bytes
from selfcheck.core.review.register import new_report


@immutable
class FileCheck:
    """What became of one file: unreadable or unusable (``reason``), already registered
    (``duplicate``) or verified (``result``, authentic or not; an authentic report's
    ``report`` ready to be stored). ``result`` carries no results document: ``report``
    holds what the register keeps of it."""

    path: str
    sha256: str | None = None
    size: int | None = None
    duplicate: bool = False
    result: VerificationResult | None = None
    reason: str = ""
    reason_zh: str = ""
    #: An authentic report's rows, ready to be stored (made here, in the worker).
    report: NewReport | None = None


@immutable
class CheckSettings:
    """What every check of one import shares (sent once to each worker process)."""

    roots_der: tuple[bytes, ...]
    known_hashes: frozenset[str]
    now: dt.datetime
    #: The reviewer's revocation lists (DER), checked again against the roots.
    crls_der: tuple[bytes, ...] = ()


class Trust(NamedTuple):
    """The roots and revocation lists one import verifies against."""

    roots: list[x509.Certificate]
    revocation_lists: list[RevocationList]


def check_file(path: str, settings: CheckSettings, trust: Trust | None = None) -> FileCheck:
    """Read, hash and verify the file at ``path`` (``trust`` loaded from ``settings`` when
    not given)."""
    try:
        data = read_input_file(Path(path), MAX_REPORT_BYTES, what=("PDF file", "PDF 文件"))
    except InputFileError as unreadable:
        reason, reason_zh = reason_without_path(unreadable, Path(path))
        return FileCheck(path, reason=reason, reason_zh=reason_zh)
    digest = hashlib.sha256(data).hexdigest()
    if digest in settings.known_hashes:
        return FileCheck(path, digest, len(data), duplicate=True)
    if trust is None:
        trust = load_trust(settings)
    result = verify_bytes(data, trust.roots, name=path, now=settings.now,
                          revocation_lists=trust.revocation_lists)
    if not result.authentic:
        return FileCheck(path, digest, len(data), result=result)
    try:
        report = new_report(result, sha256=digest, size=len(data), received_at=settings.now)
    except ResultsFormatError as exc:
        return FileCheck(path, digest, len(data), result=replace(result, results=None),
                         reason=f"authentic, but the register cannot read its results: "
                         f"{exc.message}",
                         reason_zh=f"签名可信，但登记簿无法读取其结果：{exc.localized('zh')}")
    return FileCheck(path, digest, len(data), result=replace(result, results=None), report=report)


def load_trust(settings: CheckSettings) -> Trust:
    """The roots and the revocation lists a trusted root signed (others are left out, as
    the reviewer's trust store leaves them out)."""
    roots = [x509.load_der_x509_certificate(der) for der in settings.roots_der]
    lists = []
    for der in settings.crls_der:
        try:
            lists.append(parse_crl(der, roots, "revocation list", now=settings.now))
        except PkiError:
            continue
    return Trust(roots, lists)


# -- in a worker process ------------------------------------------------------------

class _Worker:
    """The settings and roots a worker process keeps for the whole import."""

    settings: ClassVar[CheckSettings | None] = None
    trust: ClassVar[Trust | None] = None


def start_worker(settings: CheckSettings) -> None:
    """Pool initializer: keep the import's settings and the loaded roots, and import what
    verification needs now, so that a file's time limit counts its check only."""
    import pyhanko.pdf_utils.reader
    import pyhanko.sign.validation  # noqa: F401
    import pyhanko_certvalidator  # noqa: F401

    _Worker.settings = settings
    _Worker.trust = load_trust(settings)


def worker_ready() -> bool:
    """A worker's answer that it has started with the import's settings."""
    return _Worker.settings is not None


def check_in_worker(path: str) -> FileCheck:
    """:func:`check_file` with the settings :func:`start_worker` kept."""
    if _Worker.settings is None:
        raise RuntimeError("the worker was started without the import's settings")
    return check_file(path, _Worker.settings, _Worker.trust)
