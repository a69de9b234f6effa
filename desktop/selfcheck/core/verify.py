"""Strict verification of signed PDF reports, fully offline.

A report is authentic only if all of these hold:

1. it is a readable PDF with exactly one signature;
2. the signature covers the entire file (no byte or revision after it);
3. it is a certification signature with DocMDP level 1 (no change permitted);
4. the signed bytes are intact and the CMS signature is cryptographically valid;
5. the signer certificate chains to a trusted root, was valid at the signing time
   and has the key usages digitalSignature and nonRepudiation;
6. ``results.json`` is attached in the signed revision, is a results document,
   and agrees with the machine check lines printed on the report page and with the
   document Keywords: verdict, weighted percent, counts, critical gaps, risk grade,
   pack id, version and hash, assessment uid and the SHA-256 of ``results.json``.

Anything else is a rejection with a one-line reason. The signing time is the
signer's own clock (no timestamp authority is used offline): validity is judged at
that claimed time, and a time in the future is refused.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import zlib
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from io import BytesIO
from pathlib import Path
from typing import Any

from cryptography import x509
from cryptography.hazmat.primitives import serialization

from selfcheck.core.errors import UsageError
from selfcheck.core.jsontext import JsonInputError, loads_untrusted
from selfcheck.core.pki import display_name, fingerprint, is_ca, key_usage_names
from selfcheck.core.report import checkline
from selfcheck.core.report.data import RESULTS_FILE_NAME, sha256_hex
from selfcheck.core.results import RESULTS_FORMAT

MAX_REPORT_BYTES = 200 * 1024 * 1024
MAX_RESULTS_BYTES = 64 * 1024 * 1024
MAX_PAGE_CONTENT_BYTES = 64 * 1024 * 1024
FUTURE_TOLERANCE = dt.timedelta(hours=24)
REQUIRED_KEY_USAGE = ("digital_signature", "non_repudiation")


@dataclass(frozen=True)
class VerificationResult:
    """The outcome of verifying one report.

    ``authentic`` is True only when every check passed; ``reasons`` then is empty,
    otherwise its first entry is the exact reason for the rejection. Signer details
    are filled whenever the signature could be read; the assessment details
    (``results``, ``verdict``, pack) only for an authentic report.
    """

    file: str
    authentic: bool
    reasons: tuple[str, ...] = ()
    notes: tuple[str, ...] = ()
    signer: str | None = None
    signer_fingerprint: str | None = None
    issuer: str | None = None
    signing_time: dt.datetime | None = None
    time_source: str = "signer's clock (no timestamp authority)"
    pack_id: str | None = None
    pack_version: int | None = None
    pack_sha256: str | None = None
    organisation: str | None = None
    system_name: str | None = None
    verdict: str | None = None
    percent: float | None = None
    results_sha256: str | None = None
    results: dict[str, Any] | None = field(default=None, repr=False)

    @property
    def reason(self) -> str:
        """The first reason for a rejection ("" for an authentic report)."""
        return self.reasons[0] if self.reasons else ""

    def as_dict(self, *, with_results: bool = False) -> dict[str, Any]:
        """JSON-ready form (``results`` only when asked)."""
        data: dict[str, Any] = {
            "file": self.file, "authentic": self.authentic, "reasons": list(self.reasons),
            "notes": list(self.notes), "signer": self.signer,
            "signer_fingerprint": self.signer_fingerprint, "issuer": self.issuer,
            "signing_time": self.signing_time.isoformat() if self.signing_time else None,
            "time_source": self.time_source,
            "pack": ({"pack_id": self.pack_id, "version": self.pack_version,
                      "content_sha256": self.pack_sha256} if self.pack_id else None),
            "organisation": self.organisation, "system_name": self.system_name,
            "verdict": self.verdict, "percent": self.percent,
            "results_sha256": self.results_sha256,
        }
        if with_results:
            data["results"] = self.results
        return data


def _get(obj: Any, key: str, default: Any = None) -> Any:
    """A dictionary entry with indirect references resolved (pyHanko's ``get`` does not)."""
    try:
        return obj[key]
    except (KeyError, TypeError):
        return default


class _Reject(Exception):
    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def verify_report(path: Path, trusted_roots: Sequence[x509.Certificate], *,
                  now: dt.datetime | None = None) -> VerificationResult:
    """Verify the report at ``path`` against ``trusted_roots`` (never raises for bad files).

    Uses pyHanko's synchronous API: call it outside a running asyncio event loop.
    """
    name = str(path)
    try:
        if not path.exists():
            return VerificationResult(name, False, ("no such file",))
        if path.is_dir():
            return VerificationResult(name, False, ("is a folder, not a PDF file",))
        if path.stat().st_size > MAX_REPORT_BYTES:
            return VerificationResult(
                name, False, (f"larger than {MAX_REPORT_BYTES // 1048576} MB; not a report",))
        data = path.read_bytes()
    except OSError as exc:
        return VerificationResult(name, False,
                                  (f"cannot be read ({exc.strerror or type(exc).__name__})",))
    return verify_bytes(data, trusted_roots, name=name, now=now)


def verify_bytes(data: bytes, trusted_roots: Sequence[x509.Certificate], *, name: str = "",
                 now: dt.datetime | None = None) -> VerificationResult:
    """Verify a report held in memory (see :func:`verify_report`)."""
    refuse_running_loop("verification")
    state = _State(name)
    try:
        _verify(data, list(trusted_roots), now or dt.datetime.now(dt.UTC), state)
    except _Reject as rejection:
        return state.result(False, rejection.reason)
    except Exception as exc:  # a hostile file must never crash the verifier
        return state.result(False, f"the PDF cannot be processed ({type(exc).__name__}: "
                                   f"{_one_line(str(exc))})")
    return state.result(True)


def refuse_running_loop(what: str) -> None:
    """pyHanko's synchronous API calls asyncio.run: refuse early inside a running loop."""
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return
    raise UsageError(f"{what} must run outside a running asyncio event loop "
                     "(use a worker thread)")


def _one_line(text: str, limit: int = 160) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


class _State:
    """What has been learnt so far about a file."""

    def __init__(self, name: str) -> None:
        self.result_fields: dict[str, Any] = {}
        self.notes: list[str] = []
        self.name = name

    def result(self, authentic: bool, reason: str = "") -> VerificationResult:
        fields = dict(self.result_fields)
        if not authentic:
            for key in ("pack_id", "pack_version", "pack_sha256", "organisation",
                        "system_name", "verdict", "percent", "results", "results_sha256"):
                fields.pop(key, None)
        return VerificationResult(self.name, authentic, (reason,) if reason else (),
                                  tuple(self.notes), **fields)


def _verify(data: bytes, roots: list[x509.Certificate], now: dt.datetime, state: _State) -> None:
    from pyhanko.pdf_utils.misc import PdfReadError
    from pyhanko.pdf_utils.reader import PdfFileReader

    if not data:
        raise _Reject("the file is empty")
    if not data.startswith(b"%PDF-"):
        raise _Reject("not a PDF file")
    eof = data.rfind(b"%%EOF")
    if eof < 0:
        raise _Reject("the PDF is truncated (it has no end-of-file marker)")
    try:
        reader = PdfFileReader(BytesIO(data), strict=False)
        signatures = list(reader.embedded_signatures)
    except (PdfReadError, ValueError, KeyError, TypeError, IndexError) as exc:
        raise _Reject(f"the PDF is damaged or truncated and cannot be read "
                      f"({_one_line(str(exc)) or type(exc).__name__})") from None
    if not signatures:
        raise _Reject("the PDF is not signed (it carries no signature)")
    if len(signatures) > 1:
        raise _Reject(f"the PDF carries {len(signatures)} signatures; a report has exactly one")
    sig = signatures[0]

    cert = x509.load_der_x509_certificate(sig.signer_cert.dump())
    signing_time = sig.self_reported_timestamp
    state.result_fields.update(
        signer=display_name(cert.subject), signer_fingerprint=fingerprint(cert),
        issuer=display_name(cert.issuer), signing_time=signing_time)

    _check_coverage(data, reader, sig)
    _check_docmdp(reader, sig)
    if signing_time is None:
        raise _Reject("the signature carries no signing time")
    if signing_time.tzinfo is None:
        signing_time = signing_time.replace(tzinfo=dt.UTC)
    if signing_time > now + FUTURE_TOLERANCE:
        raise _Reject(f"the signing time {signing_time:%Y-%m-%d %H:%M} UTC lies in the future; "
                      "the signer's clock was wrong or the time was forged")
    _check_certificate(cert, signing_time, roots)
    _check_signature(sig, roots, signing_time)
    if cert.not_valid_after_utc < now:
        state.notes.append(f"the signer certificate expired on "
                           f"{cert.not_valid_after_utc:%Y-%m-%d} (after the signing time)")
    state.notes.append("the signing time is the signer's own clock; no timestamp "
                       "authority was used")
    results, raw = _read_results(reader, sig.signed_revision)
    _compare_figures(reader, sig.signed_revision, results, raw)
    pack = results["assessment"]["pack"]
    head = results["assessment"]
    overall = results["score"]["overall"]
    state.result_fields.update(
        pack_id=str(pack["pack_id"]), pack_version=int(pack["version"]),
        pack_sha256=str(pack["content_sha256"]), organisation=str(head["organisation"]),
        system_name=str(head["system_name"]), verdict=str(results["score"]["verdict"]),
        percent=float(overall["percent"]), results=results, results_sha256=sha256_hex(raw))


def _describe_later_revisions(reader: Any, signed_revision: int) -> str:
    kinds: set[str] = set()
    total = reader.xrefs.total_revisions
    for revision in range(signed_revision + 1, total):
        try:
            refs = reader.xrefs.explicit_refs_in_revision(revision)
            for ref in refs:
                obj = reader.get_object(ref)
                if hasattr(obj, "get"):
                    kind = _get(obj, "/Subtype") if _get(obj, "/Type") in (None, "/Annot") \
                        else _get(obj, "/Type")
                    if kind is None and "/EmbeddedFiles" in obj:
                        kind = "/Names"
                    if kind is not None:
                        kinds.add(str(kind).lstrip("/"))
        except Exception:  # the description is a courtesy; the rejection stands anyway
            continue
    count = total - signed_revision - 1
    what = f" touching {', '.join(sorted(kinds))}" if kinds else ""
    return (f"the file was changed after it was signed: {count} incremental update"
            f"{'s' if count > 1 else ''} follow{'' if count > 1 else 's'} the signature{what}")


def _check_coverage(data: bytes, reader: Any, sig: Any) -> None:
    from pyhanko.sign.validation.errors import SignatureValidationError

    try:
        byte_range = [int(x) for x in sig.byte_range]
    except (TypeError, ValueError):
        raise _Reject("the signature's byte range is malformed") from None
    if len(byte_range) != 4 or byte_range[0] != 0 or min(byte_range) < 0:
        raise _Reject("the signature's byte range is malformed")
    signed_end = byte_range[2] + byte_range[3]
    if signed_end > len(data):
        raise _Reject("the PDF is truncated: the signed byte range runs past the end of the file")
    if reader.xrefs.total_revisions - 1 > sig.signed_revision:
        raise _Reject(_describe_later_revisions(reader, sig.signed_revision))
    if signed_end < len(data):
        extra = len(data) - signed_end
        raise _Reject(f"the file was changed after it was signed: {extra} byte"
                      f"{'s' if extra > 1 else ''} were appended after the signed content")
    try:
        coverage = sig.evaluate_signature_coverage()
    except SignatureValidationError as exc:
        raise _Reject(f"the signature does not cover the file properly ({exc})") from None
    from pyhanko.sign.validation.status import SignatureCoverageLevel

    if coverage != SignatureCoverageLevel.ENTIRE_FILE:
        raise _Reject("the signature does not cover the entire file")


def _check_docmdp(reader: Any, sig: Any) -> None:
    from pyhanko.sign.fields import MDPPerm

    level = sig.docmdp_level
    if level is None:
        raise _Reject("the signature is not a certification signature (a report must be "
                      "certified with no changes permitted)")
    if level != MDPPerm.NO_CHANGES:
        raise _Reject(f"the certification permits later changes (DocMDP level {level.value}); "
                      "a report must permit none")
    try:
        certified = reader.root["/Perms"].raw_get("/DocMDP")
        value = sig.sig_field.raw_get("/V")
    except KeyError:
        raise _Reject("the document has no certification (DocMDP) entry") from None
    if getattr(certified, "reference", None) != getattr(value, "reference", None):
        raise _Reject("the document's certification entry does not point to its signature")


def _check_certificate(cert: x509.Certificate, at: dt.datetime,
                       roots: list[x509.Certificate]) -> None:
    if not roots:
        raise _Reject("no trusted root certificate is configured: add the organisation's "
                      "root with 'selfcheck trust add ROOT.pem' or pass --trust ROOT.pem")
    if at < cert.not_valid_before_utc:
        raise _Reject(f"the signer certificate was not yet valid at the signing time "
                      f"(valid from {cert.not_valid_before_utc:%Y-%m-%d %H:%M} UTC, "
                      f"signed {at.astimezone(dt.UTC):%Y-%m-%d %H:%M} UTC)")
    if at > cert.not_valid_after_utc:
        raise _Reject(f"the signer certificate had expired at the signing time "
                      f"(valid until {cert.not_valid_after_utc:%Y-%m-%d %H:%M} UTC, "
                      f"signed {at.astimezone(dt.UTC):%Y-%m-%d %H:%M} UTC)")
    usages = key_usage_names(cert)
    missing = [u for u in REQUIRED_KEY_USAGE if u not in usages]
    if missing:
        raise _Reject("the signer certificate lacks the key usage "
                      + " and ".join(m.replace("_", " ") for m in missing))
    if is_ca(cert):
        raise _Reject("the signature was made with a CA certificate, not a signer certificate")
    if not any(root.subject == cert.issuer for root in roots):
        raise _Reject(f"the signer certificate was issued by '{display_name(cert.issuer)}', "
                      "which is not a trusted root on this machine")


def _check_signature(sig: Any, roots: list[x509.Certificate], at: dt.datetime) -> None:
    from asn1crypto import x509 as asn1_x509
    from pyhanko.sign.validation import validate_pdf_signature
    from pyhanko.sign.validation.settings import KeyUsageConstraints
    from pyhanko_certvalidator import ValidationContext

    anchors = [asn1_x509.Certificate.load(r.public_bytes(serialization.Encoding.DER))
               for r in roots]
    context = ValidationContext(trust_roots=anchors, allow_fetching=False, moment=at,
                                revocation_mode="soft-fail")
    status = validate_pdf_signature(
        sig, signer_validation_context=context, skip_diff=True,
        key_usage_settings=KeyUsageConstraints(key_usage=set(REQUIRED_KEY_USAGE),
                                               match_all_key_usages=True))
    if not status.intact:
        raise _Reject("the signed content was modified after signing (its digest no longer "
                      "matches the signature)")
    if not status.valid:
        raise _Reject("the cryptographic signature is not valid")
    if not status.trusted:
        problem: Any = status.trust_problem_indic
        label = str(getattr(problem, "name", problem) or "")
        detail = f" ({label.lower().replace('_', ' ')})" if label else ""
        raise _Reject(f"the signer certificate does not chain to a trusted root{detail}")


def _embedded_files(root: Any) -> Iterator[tuple[str, Any]]:
    try:
        tree = root["/Names"]["/EmbeddedFiles"]
    except KeyError:
        return
    if "/Kids" in tree:
        raise _Reject("the attachment list of the signed revision has an unexpected structure")
    names = _get(tree, "/Names", [])
    for index in range(0, len(names) - 1, 2):
        yield str(names[index]), names[index + 1].get_object()


def _read_results(reader: Any, revision: int) -> tuple[dict[str, Any], bytes]:
    root = reader.get_historical_root(revision)
    files = list(_embedded_files(root))
    found = [spec for name, spec in files if name == RESULTS_FILE_NAME]
    if not found:
        raise _Reject("results.json is not attached in the signed revision")
    if len(files) != 1:
        raise _Reject(f"the signed revision has {len(files)} attachments; a report has only "
                      "results.json")
    try:
        stream = found[0]["/EF"]["/F"].get_object()
        if int(_get(stream, "/Length", 0)) > MAX_RESULTS_BYTES:
            raise _Reject("results.json is too large")
        raw: bytes = stream.data
    except (KeyError, AttributeError):
        raise _Reject("results.json in the signed revision has no content") from None
    try:
        results = loads_untrusted(raw)
    except JsonInputError:
        raise _Reject("results.json in the signed revision is not valid JSON") from None
    if not isinstance(results, dict) or results.get("format") != RESULTS_FORMAT:
        raise _Reject(f"results.json is not a {RESULTS_FORMAT} document")
    try:
        results["assessment"]["pack"]["pack_id"]
        results["score"]["overall"]["percent"]
    except (KeyError, TypeError):
        raise _Reject("results.json lacks the assessment or the scores") from None
    return results, raw


def _stream_bytes(stream: Any) -> bytes:
    """The decoded bytes of a stream; plain Flate streams are inflated with zlib directly
    (several times faster than the generic filter pipeline), with a size bound."""
    filters = _get(stream, "/Filter")
    if isinstance(filters, list) and len(filters) == 1:
        filters = filters[0]
    if filters == "/FlateDecode" and _get(stream, "/DecodeParms") is None:
        inflater = zlib.decompressobj()
        try:
            inflated = inflater.decompress(stream.encoded_data, MAX_PAGE_CONTENT_BYTES)
        except zlib.error:
            raise _Reject("a page content stream of the signed revision is damaged") from None
        if inflater.unconsumed_tail:
            raise _Reject("a page content stream of the signed revision is too large")
        return inflated
    data: bytes = stream.data
    return data


def _page_contents(resolver: Any) -> Iterator[bytes]:
    def walk(node: Any, depth: int) -> Iterator[bytes]:
        if depth > 32:
            raise _Reject("the page tree of the signed revision is too deep")
        node = node.get_object()
        if _get(node, "/Type") == "/Pages":
            for kid in _get(node, "/Kids", []):
                yield from walk(kid, depth + 1)
            return
        contents = _get(node, "/Contents")
        if contents is None:
            return
        contents = contents.get_object()
        parts = contents if isinstance(contents, list) else [contents]
        yield b"\n".join(_stream_bytes(part.get_object()) for part in parts)

    yield from walk(resolver.root["/Pages"], 0)


def _compare_figures(reader: Any, revision: int, results: dict[str, Any], raw: bytes) -> None:
    resolver = reader.get_historical_resolver(revision)
    try:
        expected = checkline.summary_fields(results, sha256_hex(raw))
    except (KeyError, TypeError, ValueError):
        raise _Reject("results.json lacks the figures of the report") from None
    lines: list[str] = []
    for content in _page_contents(resolver):
        lines.extend(checkline.find_check_lines(content))
    if not lines:
        raise _Reject("the report pages carry no machine check lines to compare "
                      "results.json with")
    try:
        printed = checkline.parse_pairs(" ".join(lines))
    except ValueError as exc:
        raise _Reject(str(exc)) from None
    _same("the figures printed in the report", printed, expected)
    try:
        keywords = str(resolver.trailer_view["/Info"]["/Keywords"])
    except KeyError:
        raise _Reject("the document information lacks the report figures (Keywords)") from None
    try:
        stored = checkline.parse_pairs(keywords)
    except ValueError as exc:
        raise _Reject(str(exc)) from None
    _same("the figures in the document information", stored, expected)


def _same(where: str, found: dict[str, str], expected: dict[str, str]) -> None:
    for key, value in expected.items():
        if found.get(key) != value:
            shown = found.get(key, "nothing")
            raise _Reject(f"results.json does not match {where}: {key} is {shown} there "
                          f"but {value} in results.json")
    extra = sorted(set(found) - set(expected))
    if extra:
        raise _Reject(f"{where} carry unexpected entries: {', '.join(extra)}")
