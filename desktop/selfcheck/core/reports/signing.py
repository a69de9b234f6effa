"""Exporting reports: attach ``results.json`` and sign, in one incremental update.

The rendered report (revision 1) gets a second revision that adds the
``results.json`` attachment, a visible signature field on the cover and a
certification signature with DocMDP level 1 (no later change permitted): PAdES with
ECDSA P-256/SHA-256, or an SM2/SM3 CMS signature (:mod:`selfcheck.core.reports.sm2_cms`)
for an SM2 identity. The signature covers the whole file. The signing time is the
signer's own clock.

The synchronous pyHanko API used here calls ``asyncio.run``: call these functions
from a thread without a running event loop (e.g. a worker thread of the UI).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import logging
from collections.abc import Iterable
from io import BytesIO
from pathlib import Path
from typing import Any

from asn1crypto import keys as asn1_keys
from asn1crypto import x509 as asn1_x509
from cryptography.hazmat.primitives import serialization

from selfcheck.core.errors import SelfCheckError
from selfcheck.core.files import size_text
from selfcheck.core.pki.algorithms import SM2
from selfcheck.core.pki.ca import Identity
from selfcheck.core.pki.sm2 import Sm2PrivateKey
from selfcheck.core.progress import Progress, ProgressStep, no_progress
from selfcheck.core.reports.data import (
    RESULTS_FILE_NAME,
    ReportData,
    check_language,
    results_json_bytes,
    sha256_hex,
)
from selfcheck.core.reports.fonts import cjk_font_path, printable, stamp_font_bytes
from selfcheck.core.reports.output import ExportError, ExportResult, check_output_path, write_report_file
from selfcheck.core.reports.pdf import SIGNATURE_BOX, SIGNATURE_PAGE, render_report
from selfcheck.core.text import utc_now

log = logging.getLogger(__name__)

SIGNATURE_FIELD = "SelfCheckSignature"
RESULTS_DESCRIPTION = "Machine-readable results of the assessment (selfcheck-results/1)"
STAMP_TEXT = (
    "数字签名 Digitally signed\n"
    "签名人 Signer: %(signer)s\n"
    "%(org_line)s"
    "签名时间 Signing time: %(ts)s\n"
    "（签名人本机时钟 the signer's own clock）"
)
STAMP_TIME_FORMAT = "%Y-%m-%d %H:%M:%S UTC%z"
STAMP_COLOR = (0.12, 0.23, 0.37)
MAX_STAMP_GLYPHS = 400



class SigningError(SelfCheckError):
    """Signing failed."""


def _ecdsa_signer(identity: Identity) -> Any:
    from pyhanko.sign import signers
    from pyhanko_certvalidator.registry import SimpleCertificateStore

    cert = asn1_x509.Certificate.load(identity.certificate.public_bytes(
        serialization.Encoding.DER))
    if isinstance(identity.private_key, Sm2PrivateKey):
        raise TypeError("an ECDSA signer needs an ECDSA identity")
    key_der = identity.private_key.private_bytes(
        serialization.Encoding.DER, serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption())
    key = asn1_keys.PrivateKeyInfo.load(key_der)
    chain = [asn1_x509.Certificate.load(c.public_bytes(serialization.Encoding.DER))
             for c in identity.chain]
    registry = SimpleCertificateStore.from_certs(chain)  # type: ignore[no-untyped-call]
    return signers.SimpleSigner(signing_cert=cert, signing_key=key, cert_registry=registry)


def signer_and_metadata(identity: Identity, *, field_name: str = SIGNATURE_FIELD,
                        certify: bool = True) -> tuple[Any, Any]:
    """The pyHanko signer and signature metadata for the identity's algorithm: PAdES with
    SHA-256 for ECDSA; for SM2 the SM2 CMS signer (SM3) under adbe.pkcs7.detached,
    whose CMS carries the signingTime attribute that PAdES would forbid. A report is
    always certified (``certify``); tests make approval signatures with it."""
    from pyhanko.sign import fields, signers

    if identity.algorithm == SM2:
        from selfcheck.core.reports.sm2_cms import Sm2CmsSigner

        signer, subfilter, digest = Sm2CmsSigner(identity), fields.SigSeedSubFilter.ADOBE_PKCS7_DETACHED, "sm3"
    else:
        signer, subfilter, digest = _ecdsa_signer(identity), fields.SigSeedSubFilter.PADES, "sha256"
    meta = signers.PdfSignatureMetadata(
        field_name=field_name, certify=certify, subfilter=subfilter, md_algorithm=digest,
        reason="人工智能安全自查报告 AI Safety Self-Check report")
    if certify:
        meta = dataclasses.replace(meta, docmdp_permissions=fields.MDPPerm.NO_CHANGES)
    return signer, meta


class _MemoryFontFactory:
    """A pyHanko font engine factory for a TrueType font held in memory."""

    def __init__(self, data: bytes, font_size: int = 10) -> None:
        self.data, self.font_size = data, font_size

    def create_font_engine(self, writer: Any, obj_stream: Any = None) -> Any:
        from pyhanko.pdf_utils.font.opentype import GlyphAccumulator

        if obj_stream is None and writer.stream_xrefs:
            obj_stream = writer.prepare_object_stream()
        return GlyphAccumulator(writer=writer, font_handle=BytesIO(self.data),
                                font_size=self.font_size, obj_stream=obj_stream)


def _stamp_font(text: str) -> Any:
    """The stamp font: a small in-memory subset, or the whole font for unusual texts."""
    from pyhanko.pdf_utils.font.opentype import GlyphAccumulatorFactory

    if len(set(text)) <= MAX_STAMP_GLYPHS:
        return _MemoryFontFactory(stamp_font_bytes(text))
    logging.getLogger("fontTools.subset").setLevel(logging.ERROR)  # "FFTM NOT subset" noise
    return GlyphAccumulatorFactory(str(cjk_font_path()))


def _attach(writer: object, results_json: bytes, when: dt.datetime) -> None:
    from pyhanko.pdf_utils import embed

    ef = embed.EmbeddedFileObject.from_file_data(
        writer, results_json, mime_type="application/json",  # type: ignore[arg-type]
        params=embed.EmbeddedFileParams(creation_date=when, modification_date=when))
    embed.embed_file(writer, embed.FileSpec(  # type: ignore[arg-type]
        file_spec_string=RESULTS_FILE_NAME, file_name=RESULTS_FILE_NAME, embedded_data=ef,
        description=RESULTS_DESCRIPTION))


def attach_unsigned(pdf: bytes, results_json: bytes) -> bytes:
    """Add ``results.json`` to a rendered report in an incremental update, without signing."""
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter

    writer = IncrementalPdfFileWriter(BytesIO(pdf))
    _attach(writer, results_json, utc_now())
    out = BytesIO()
    writer.write(out)  # type: ignore[no-untyped-call]
    return out.getvalue()


def sign_report_pdf(pdf: bytes, results_json: bytes, identity: Identity, *,
                    check_identity: bool = True) -> bytes:
    """Attach ``results.json`` and sign with a certification signature, in one update.

    With ``check_identity`` (the default) an identity that is expired, not yet valid or
    lacks the key usages digitalSignature and nonRepudiation is refused.
    """
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.pdf_utils.text import TextBoxStyle
    from pyhanko.sign import fields, signers
    from pyhanko.stamp import TextStampStyle

    from selfcheck.core.reports.verify import refuse_running_loop

    refuse_running_loop("signing")
    if check_identity:
        identity.check_fit()
    signer, meta = signer_and_metadata(identity)
    signer_name = printable(identity.common_name or identity.subject)
    org_line = (f"单位 Organisation: {printable(identity.organisation)}\n"
                if identity.organisation else "")
    style = TextStampStyle(
        stamp_text=STAMP_TEXT, timestamp_format=STAMP_TIME_FORMAT, border_width=1,
        border_color=STAMP_COLOR,
        text_box_style=TextBoxStyle(font=_stamp_font(STAMP_TEXT + signer_name + org_line),
                                    font_size=9, leading=13, text_color=STAMP_COLOR))
    x1, y1, x2, y2 = SIGNATURE_BOX
    pdf_signer = signers.PdfSigner(
        meta, signer, stamp_style=style,
        new_field_spec=fields.SigFieldSpec(SIGNATURE_FIELD, on_page=SIGNATURE_PAGE,
                                           box=(int(x1), int(y1), int(x2), int(y2))))
    writer = IncrementalPdfFileWriter(BytesIO(pdf))
    _attach(writer, results_json, utc_now())
    out = BytesIO()
    pdf_signer.sign_pdf(writer, output=out, appearance_text_params={
        "signer": signer_name, "org_line": org_line})
    return out.getvalue()


def build_report_file(data: ReportData, output: Path, *, lang: str,
                      identity: Identity | None,
                      progress: Progress | None = None, overwrite: bool = False,
                      protected: Iterable[Path] = ()) -> ExportResult:
    """Render, attach ``results.json``, sign (when ``identity`` is given) and write ``output``.

    Does not touch the database: safe on a worker thread. The signed bytes are verified
    against the identity's own root before anything is written.
    """
    from selfcheck.core.reports.verify import MAX_REPORT_BYTES, verify_bytes

    lang = check_language(lang)
    report = progress or no_progress
    protected = tuple(protected)
    check_output_path(output, overwrite=overwrite, protected=protected)
    if identity is not None:
        identity.check_fit()
    report(5, ProgressStep.RENDERING)
    pdf = render_report(data, lang, signed=identity is not None)
    results_json = results_json_bytes(data, lang)
    score = data.results.score
    pack = data.results.assessment.pack
    signing_time = None
    if identity is None:
        report(70, ProgressStep.ATTACHING_RESULTS)
        content = attach_unsigned(pdf, results_json)
    else:
        report(60, ProgressStep.SIGNING)
        content = sign_report_pdf(pdf, results_json, identity)
        report(85, ProgressStep.CHECKING_SIGNATURE)
        roots = [c for c in identity.chain if c.subject == c.issuer] or list(identity.chain)
        check = verify_bytes(content, roots, name=output.name)
        if not check.authentic:
            raise SigningError(f"the signed report failed its own check: {check.reason}",
                               zh=f"签名后的报告未通过自检：{check.localized_reason('zh')}")
        signing_time = check.signing_time
    if len(content) > MAX_REPORT_BYTES:
        limit = size_text(MAX_REPORT_BYTES)
        raise ExportError(f"the report would be {size_text(len(content))}, larger than the {limit} "
                          "a reviewer's machine accepts; nothing was written",
                          zh=f"报告将达 {size_text(len(content))}，超过核验方可接受的 {limit}，"
                          "未写入任何内容")
    report(92, ProgressStep.WRITING)
    write_report_file(output, content, overwrite=overwrite, protected=protected)
    report(100, ProgressStep.DONE)
    return ExportResult(
        path=output, size=len(content), signed=identity is not None, language=lang,
        marking=data.marking, results_sha256=sha256_hex(results_json),
        verdict=score.verdict.value, pack=f"{pack.pack_id} v{pack.version}",
        signer=identity.subject if identity else None,
        signer_fingerprint=identity.fingerprint if identity else None,
        signing_time=signing_time)
