"""Strict verification of signed reports: a genuine report passes, every tampering fails.

Real signatures on real PDFs: a report is rendered and signed once per module, and each
test derives a damaged or forged variant from it.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import json
from dataclasses import dataclass
from io import BytesIO
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pyhanko.pdf_utils import embed
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign import fields, signers

from selfcheck.core.errors import UsageError
from selfcheck.core.pki import ECDSA_P256, SM2
from selfcheck.core.pki.ca import load_identity
from selfcheck.core.reports import verify
from selfcheck.core.reports.data import ReportData, results_json_bytes
from selfcheck.core.reports.pdf import render_report
from selfcheck.core.reports.signing import attach_unsigned, sign_report_pdf, signer_and_metadata
from selfcheck.core.reports.verify import verify_bytes, verify_report

from .report_support import (
    ID_PASS,
    Pki,
    fill_answers,
    make_pki,
    new_assessment,
    open_collection,
    with_added_annotation,
)


@dataclass(frozen=True)
class Env:
    pki: Pki
    data: ReportData
    results: dict[str, Any]
    rendered: bytes
    results_json: bytes
    signed: bytes


@pytest.fixture(scope="module", params=[ECDSA_P256, SM2])
def env(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Env:
    """A genuine report per algorithm: every test below runs for ECDSA and for SM2."""
    base = tmp_path_factory.mktemp("verify")
    the_pki = make_pki(base / "pki", request.param)
    with open_collection(base / "data") as collection:
        assessment = new_assessment(collection)
        fill_answers(collection, assessment, base / "evidence")
        data = collection.reports.data(assessment, marking="内部")
        results = collection.reports.results(assessment)
    rendered = render_report(data, "zh", signed=True)
    results_json = results_json_bytes(data, "zh")
    identity = load_identity(the_pki.identity, ID_PASS)
    signed = sign_report_pdf(rendered, results_json, identity)
    return Env(the_pki, data, results, rendered, results_json, signed)


def identity_algorithm(env: Env) -> str:
    return load_identity(env.pki.identity, ID_PASS).algorithm


def check(data: bytes, env: Env, roots: list[Any] | None = None) -> verify.VerificationResult:
    return verify_bytes(data, [env.pki.root] if roots is None else roots, name="report.pdf")


def rejected(result: verify.VerificationResult, *fragments: str) -> None:
    assert not result.authentic
    assert result.reasons and "\n" not in result.reason
    for fragment in fragments:
        assert fragment in result.reason, result.reason
    assert result.results is None and result.verdict is None


def signed_range(data: bytes) -> tuple[int, int, int, int]:
    sig = PdfFileReader(BytesIO(data)).embedded_signatures[0]
    a, b, c, d = (int(x) for x in sig.byte_range)
    return a, b, c, d


def sign_with(pdf: bytes, path: Path, *, certify: bool = True, attach: bytes | None = None,
              field: str = "Sig") -> bytes:
    """Sign with pyHanko directly (bypassing the exporter's own checks)."""
    identity = load_identity(path, ID_PASS)
    signer, meta = signer_and_metadata(identity, field_name=field, certify=certify)
    writer = IncrementalPdfFileWriter(BytesIO(pdf))
    if attach is not None:
        ef = embed.EmbeddedFileObject.from_file_data(writer, attach, mime_type="application/json")
        embed.embed_file(writer, embed.FileSpec("results.json", file_name="results.json",
                                                embedded_data=ef))
    out = BytesIO()
    signers.PdfSigner(meta, signer).sign_pdf(writer, output=out)
    return out.getvalue()


# --- the genuine report -----------------------------------------------------------------

def test_genuine_report_is_authentic(env: Env) -> None:
    result = check(env.signed, env)
    assert result.authentic, result.reasons
    assert result.reasons == ()
    assert result.signer == "张三 Zhang San (测试局)"
    assert result.issuer == "测试局 报告签名根证书 (测试局)"
    assert result.algorithm == ("SM2/SM3" if identity_algorithm(env) == SM2
                                else "ECDSA P-256/SHA-256")
    assert result.signing_time is not None
    assert abs(result.signing_time - dt.datetime.now(dt.UTC)) < dt.timedelta(minutes=10)
    assert any("own clock" in note for note in result.notes)
    pack = env.results["assessment"]["pack"]
    assert (result.pack_id, result.pack_version, result.pack_sha256) == (
        pack["pack_id"], pack["version"], pack["content_sha256"])
    assert result.verdict == env.results["score"]["verdict"] == "not-met"
    assert result.percent == env.results["score"]["overall"]["percent"]
    assert result.organisation == "某市大数据管理局"
    # results.json is the results document plus the report section, byte for byte
    assert result.results is not None
    assert {k: v for k, v in result.results.items() if k != "report"} == json.loads(
        json.dumps(env.results))
    assert result.results["report"]["marking"] == "内部"
    assert result.results_sha256 is not None
    as_dict = result.as_dict()
    assert as_dict["authentic"] is True and "results" not in as_dict
    json.dumps(result.as_dict(with_results=True), ensure_ascii=False)


def test_verify_report_reads_the_file(env: Env, tmp_path: Path) -> None:
    path = tmp_path / "报告.pdf"
    path.write_bytes(env.signed)
    assert verify_report(path, [env.pki.root]).authentic
    # several roots, the right one among them
    assert verify_report(path, [env.pki.other_root, env.pki.root]).authentic


def test_signer_organisation_and_trust_root_are_reported(env: Env) -> None:
    from selfcheck.core.pki.certs import fingerprint

    result = check(env.signed, env, [env.pki.other_root, env.pki.root])
    assert result.signer_organisation == "测试局"
    assert result.trust_root == fingerprint(env.pki.root)
    assert result.as_dict()["trust_root"] == fingerprint(env.pki.root)
    # a rejected report names its signer's organisation but no trust root
    untrusted = check(env.signed, env, [env.pki.other_root])
    assert untrusted.signer_organisation == "测试局" and untrusted.trust_root is None


def test_signature_is_a_certification_covering_the_attachment(env: Env) -> None:
    reader = PdfFileReader(BytesIO(env.signed))
    assert reader.xrefs.total_revisions == 2
    sig = reader.embedded_signatures[0]
    assert sig.docmdp_level == fields.MDPPerm.NO_CHANGES
    assert sig.signed_revision == 1
    # the attachment is not in the rendered revision: it came with the signature
    assert "/Names" not in reader.get_historical_root(0)
    files = reader.get_historical_root(1)["/Names"]["/EmbeddedFiles"]["/Names"]
    assert str(files[0]) == "results.json"
    assert files[1]["/EF"]["/F"].data == env.results_json


# --- changed after signing -----------------------------------------------------------------

def test_flipped_byte_inside_the_signed_range(env: Env) -> None:
    data = bytearray(env.signed)
    _, first_len, _, _ = signed_range(env.signed)
    position = first_len // 2  # inside a compressed page stream of the rendered report
    data[position] ^= 0x01
    rejected(check(bytes(data), env), "modified")


@settings(max_examples=25, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.floats(min_value=0.0, max_value=1.0, exclude_max=True), st.integers(1, 255))
def test_any_flipped_byte_in_the_signed_ranges_is_rejected(env: Env, where: float,
                                                            mask: int) -> None:
    a, b, c, d = signed_range(env.signed)
    offsets = list(range(a, a + b)) if where < 0.5 else list(range(c, c + d))
    position = offsets[int((where % 0.5) * 2 * len(offsets))]
    data = bytearray(env.signed)
    data[position] ^= mask
    assert not check(bytes(data), env).authentic


def test_incremental_update_adding_an_annotation(env: Env) -> None:
    result = check(with_added_annotation(env.signed, "符合 — approved"), env)
    rejected(result, "changed after it was signed", "incremental update", "Text")
    assert result.signer == "张三 Zhang San (测试局)"  # what the signature says is still shown


def test_incremental_update_replacing_results_json(env: Env) -> None:
    forged = json.loads(env.results_json)
    forged["score"]["verdict"] = "met"
    forged["score"]["overall"]["percent"] = 100.0
    writer = IncrementalPdfFileWriter(BytesIO(env.signed))
    ef = embed.EmbeddedFileObject.from_file_data(
        writer, json.dumps(forged).encode(), mime_type="application/json")
    spec = writer.add_object(embed.FileSpec("results.json", file_name="results.json",
                                            embedded_data=ef).as_pdf_object())
    names_ref = writer.root["/Names"]["/EmbeddedFiles"].raw_get("/Names")
    names = names_ref.get_object()
    names[1] = spec
    writer.mark_update(names_ref)
    out = BytesIO()
    writer.write(out)
    tampered = out.getvalue()
    rejected(check(tampered, env), "changed after it was signed")
    # the verifier reads results.json from the signed revision, never the later one
    reader = PdfFileReader(BytesIO(tampered))
    sig = reader.embedded_signatures[0]
    results, raw = verify._read_results(reader, sig.signed_revision)
    assert raw == env.results_json and results["score"]["verdict"] == "not-met"
    latest = reader.root["/Names"]["/EmbeddedFiles"]["/Names"][1]["/EF"]["/F"].data
    assert json.loads(latest)["score"]["verdict"] == "met"


def test_bytes_appended_after_the_signature(env: Env) -> None:
    rejected(check(env.signed + b"\n% trailing comment\n", env), "appended")
    rejected(check(env.signed + b"\0", env), "1 byte were appended")


def test_truncated_report(env: Env) -> None:
    for cut in (len(env.signed) // 2, len(env.signed) - 10, 100):
        result = check(env.signed[:cut], env)
        assert not result.authentic
        assert any(word in result.reason for word in ("truncated", "damaged")), result.reason


def test_not_a_pdf_and_empty(env: Env, tmp_path: Path) -> None:
    rejected(check(b"hello, not a report", env), "not a PDF")
    rejected(check(b"", env), "empty")
    rejected(check(b"\x89PNG\r\n\x1a\n" + env.signed, env), "not a PDF")
    rejected(verify_report(tmp_path / "missing.pdf", [env.pki.root]), "no such file")
    rejected(verify_report(tmp_path, [env.pki.root]), "folder")


def test_unsigned_report_is_rejected(env: Env) -> None:
    unsigned = attach_unsigned(render_report(env.data, "zh"), env.results_json)
    rejected(check(unsigned, env), "not signed")
    rejected(check(env.rendered, env), "not signed")


# --- signer and trust ---------------------------------------------------------------------

def test_signature_by_a_certificate_from_another_root(env: Env) -> None:
    other = sign_report_pdf(env.rendered, env.results_json,
                            load_identity(env.pki.other_identity, ID_PASS))
    result = check(other, env)
    rejected(result, "Other Root", "not a trusted root")
    assert result.signer == "Mallory (Elsewhere)"
    # ... and it is authentic for someone who trusts that other root
    assert check(other, env, [env.pki.other_root]).authentic


def test_impostor_root_with_the_same_name(env: Env) -> None:
    forged = sign_report_pdf(env.rendered, env.results_json,
                             load_identity(env.pki.impostor_identity, ID_PASS))
    result = check(forged, env)
    rejected(result, "does not chain to a trusted root")
    assert result.signer == "张三 Zhang San (测试局)"


def test_no_trusted_root_configured(env: Env) -> None:
    rejected(check(env.signed, env, []), "no trusted root")


def test_expired_signer_certificate(env: Env) -> None:
    expired = load_identity(env.pki.expired, ID_PASS)
    assert expired.not_after < dt.datetime.now(dt.UTC)
    signed = sign_report_pdf(env.rendered, env.results_json, expired, check_identity=False)
    rejected(check(signed, env), "expired at the signing time")


def test_certificate_without_non_repudiation(env: Env) -> None:
    weak = load_identity(env.pki.no_nonrepudiation, ID_PASS)
    signed = sign_report_pdf(env.rendered, env.results_json, weak, check_identity=False)
    rejected(check(signed, env), "lacks the key usage non repudiation")


def test_signing_time_in_the_future(env: Env) -> None:
    earlier = dt.datetime.now(dt.UTC) - dt.timedelta(days=3)
    result = verify_bytes(env.signed, [env.pki.root], now=earlier)
    rejected(result, "in the future")


def test_certificate_expired_since_signing_is_still_accepted(env: Env) -> None:
    later = dt.datetime.now(dt.UTC) + dt.timedelta(days=3 * 365)
    result = verify_bytes(env.signed, [env.pki.root], now=later)
    assert result.authentic, result.reasons
    assert any("expired on" in note for note in result.notes)


# --- structure of the signed document -------------------------------------------------------

def test_approval_signature_instead_of_certification(env: Env) -> None:
    signed = sign_with(env.rendered, env.pki.identity, certify=False, attach=env.results_json)
    rejected(check(signed, env), "not a certification signature")


def test_two_signatures(env: Env) -> None:
    once = sign_with(env.rendered, env.pki.identity, certify=False, attach=env.results_json)
    twice = sign_with(once, env.pki.identity, certify=False, field="Second")
    rejected(check(twice, env), "2 signatures")


def test_signed_without_results_json(env: Env) -> None:
    signed = sign_with(env.rendered, env.pki.identity)
    rejected(check(signed, env), "results.json is not attached")


def test_results_json_that_disagrees_with_the_printed_figures(env: Env) -> None:
    forged = json.loads(env.results_json)
    forged["score"]["verdict"] = "met"
    signed = sign_with(env.rendered, env.pki.identity,
                       attach=json.dumps(forged, ensure_ascii=False).encode())
    rejected(check(signed, env), "does not match the figures printed", "verdict")
    # the same figures but not the same bytes: the printed SHA-256 catches it
    reformatted = json.dumps(json.loads(env.results_json), ensure_ascii=True).encode()
    signed = sign_with(env.rendered, env.pki.identity, attach=reformatted)
    rejected(check(signed, env), "results-sha256")


def test_results_json_that_is_not_json(env: Env) -> None:
    signed = sign_with(env.rendered, env.pki.identity, attach=b"\xff not json")
    rejected(check(signed, env), "not valid JSON")


def test_verification_refuses_a_running_event_loop(env: Env) -> None:
    async def inside() -> None:
        verify_bytes(env.signed, [env.pki.root])

    with pytest.raises(UsageError, match="event loop"):
        asyncio.run(inside())
