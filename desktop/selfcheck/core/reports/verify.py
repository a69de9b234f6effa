"""Strict verification of signed PDF reports, fully offline.

A report is authentic only if all of these hold:

1. it is a readable PDF with exactly one signature;
2. the signature covers the entire file (no byte or revision after it);
3. it is a certification signature with DocMDP level 1 (no change permitted);
4. the signed bytes are intact and the CMS signature is cryptographically valid;
5. the signer certificate chains to a trusted root of the same algorithm (ECDSA
   P-256/SHA-256 through pyHanko, SM2/SM3 through :mod:`selfcheck.core.reports.sm2_cms`),
   was valid at the signing time, has the key usages digitalSignature and
   nonRepudiation, and is not revoked by the newest revocation list of its root
   (:mod:`selfcheck.core.reports.revocation_check`);
6. ``results.json`` is attached in the signed revision, is a results document,
   and agrees with the machine check lines printed on the report page and with the
   document Keywords: verdict, weighted percent, counts, critical gaps, risk grade,
   pack id, version and hash, assessment uid and the SHA-256 of ``results.json``.

Anything else is a rejection with a one-line reason, worded in English and in
Chinese (``reasons`` and ``reasons_zh``). The signing time is the
signer's own clock (no timestamp authority is used offline): validity is judged at
that claimed time, and a time in the future is refused.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import re
import zlib
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import field
from enum import StrEnum
from io import BytesIO
from pathlib import Path
from typing import Any

from cryptography import x509
from cryptography.hazmat.primitives import serialization
from cryptography.x509.oid import NameOID

from selfcheck.core.errors import UsageError
from selfcheck.core.files import InputFileError, read_input_file, reason_without_path, size_text
from selfcheck.core.immutable import immutable
from selfcheck.core.pki.algorithms import SM2, is_mixed_chain, issued_by, key_algorithm
from selfcheck.core.pki.algorithms import label as algorithm_label
from selfcheck.core.pki.certs import (
    display_name,
    fingerprint,
    is_ca,
    key_usage_label,
    key_usage_names,
    name_attribute,
)
from selfcheck.core.pki.revocation import RevocationList
from selfcheck.core.reports import checkline
from selfcheck.core.reports.data import RESULTS_FILE_NAME, sha256_hex
from selfcheck.core.reports.results import RESULTS_FORMAT
from selfcheck.core.reports.revocation_check import check_revocation
from selfcheck.core.text import JsonInputError, loads_untrusted

#: The largest report file verified. A signed report holds no attachments (their
#: SHA-256 only): the rendered answers and results.json. The largest the program writes
#: for a 200-item pack with every text at its length limit (20,000 characters of
#: justification and of evidence per item) is 17 MB; 32 MiB leaves room for about 370
#: such items, and the export refuses to write a larger one (benchmarks/bench_hostile.py).
MAX_REPORT_BYTES = 32 * 1024 * 1024
MAX_RESULTS_BYTES = 64 * 1024 * 1024
MAX_PAGE_CONTENT_BYTES = 64 * 1024 * 1024
FUTURE_TOLERANCE = dt.timedelta(hours=24)
REQUIRED_KEY_USAGE = ("digital_signature", "non_repudiation")

#: The note every checked signature carries: the signing time is the signer's own clock.
#: Views that show this caveat next to the signing time skip the note by comparing
#: with these constants (never by matching words of the text).
SIGNER_CLOCK_NOTE = "the signing time is the signer's own clock; no timestamp authority was used"
SIGNER_CLOCK_NOTE_ZH = "签名时间取自签名人本人计算机的时钟，未经可信时间戳服务确认"


#: pyHanko's trust problem indications, in Chinese (others are shown as they are).
_TRUST_PROBLEM_ZH = {
    "NO_CERTIFICATE_CHAIN_FOUND": "找不到证书链",
    "CHAIN_CONSTRAINTS_FAILURE": "证书链不满足约束条件",
    "CERTIFICATE_CHAIN_GENERAL_FAILURE": "证书链校验失败",
    "CRYPTO_CONSTRAINTS_FAILURE": "密码算法不满足要求",
    "SIG_CONSTRAINTS_FAILURE": "签名不满足约束条件",
    "NO_SIGNING_CERTIFICATE_FOUND": "找不到签名证书",
    "EXPIRED": "证书已过期",
    "NOT_YET_VALID": "证书尚未生效",
    "REVOKED": "证书已被吊销",
    "REVOKED_NO_POE": "证书已被吊销",
    "REVOKED_CA_NO_POE": "签发机构证书已被吊销",
    "GENERIC": "一般性错误",
}


class Cause(StrEnum):
    """Why a report was rejected, in kinds a reader acts on differently (the reasons say
    exactly what failed)."""

    NONE = ""                 # authentic
    UNREADABLE = "unreadable"  # the file could not be read at all
    NOT_PDF = "not-pdf"        # empty, or not a PDF
    DAMAGED = "damaged"        # a PDF that is truncated or cannot be parsed
    UNSIGNED = "unsigned"      # a PDF without a signature
    NO_ROOTS = "no-roots"      # no trusted root is configured, so no signer can be checked
    UNTRUSTED = "untrusted"    # the signer is not (or no longer) trusted: other root, expired, revoked
    ALTERED = "altered"        # the file changed after it was signed
    INVALID = "invalid"        # the signature or the report's structure is not valid


@immutable
class VerificationResult:
    """The outcome of verifying one report.

    ``authentic`` is True only when every check passed; ``reasons`` then is empty,
    otherwise its first entry is the exact reason for the rejection. ``reasons_zh`` and
    ``notes_zh`` say the same in Chinese, entry for entry (use :meth:`localized_reasons`
    and :meth:`localized_notes` to pick the user's language). Signer details
    are filled whenever the signature could be read; the assessment details
    (``results``, ``verdict``, pack) only for an authentic report.
    """

    file: str
    authentic: bool
    reasons: tuple[str, ...] = ()
    notes: tuple[str, ...] = ()
    reasons_zh: tuple[str, ...] = ()
    notes_zh: tuple[str, ...] = ()
    signer: str | None = None
    signer_fingerprint: str | None = None
    #: The organisation (O) named in the signer certificate ("" when it names none).
    signer_organisation: str | None = None
    issuer: str | None = None
    algorithm: str | None = None
    #: The SHA-256 fingerprint of the trusted root that issued the signer certificate
    #: (only for an authentic report).
    trust_root: str | None = None
    signing_time: dt.datetime | None = None
    time_source: str = "signer's clock (no timestamp authority)"
    time_source_zh: str = "签名者本机时钟（无时间戳服务）"
    pack_id: str | None = None
    pack_version: int | None = None
    pack_sha256: str | None = None
    organisation: str | None = None
    system_name: str | None = None
    verdict: str | None = None
    percent: float | None = None
    results_sha256: str | None = None
    results: dict[str, Any] | None = field(default=None, repr=False)
    cause: Cause = Cause.NONE

    @property
    def reason(self) -> str:
        """The first reason for a rejection ("" for an authentic report)."""
        return self.reasons[0] if self.reasons else ""

    def localized_reasons(self, lang: str) -> tuple[str, ...]:
        """The reasons in Chinese for ``lang`` "zh", else in English (English too when a
        result lacks the Chinese wording)."""
        return _pick(lang, self.reasons, self.reasons_zh)

    def localized_notes(self, lang: str) -> tuple[str, ...]:
        """The notes in Chinese for ``lang`` "zh", else in English."""
        return _pick(lang, self.notes, self.notes_zh)

    def localized_reason(self, lang: str) -> str:
        """The first reason in ``lang`` ("" for an authentic report)."""
        reasons = self.localized_reasons(lang)
        return reasons[0] if reasons else ""

    def as_dict(self, *, with_results: bool = False) -> dict[str, Any]:
        """JSON-ready form (``results`` only when asked)."""
        data: dict[str, Any] = {
            "file": self.file, "authentic": self.authentic, "reasons": list(self.reasons),
            "reasons_zh": list(self.localized_reasons("zh")), "notes": list(self.notes),
            "notes_zh": list(self.localized_notes("zh")), "signer": self.signer,
            "signer_fingerprint": self.signer_fingerprint,
            "signer_organisation": self.signer_organisation, "issuer": self.issuer,
            "algorithm": self.algorithm, "trust_root": self.trust_root,
            "signing_time": self.signing_time.isoformat() if self.signing_time else None,
            "time_source": self.time_source, "time_source_zh": self.time_source_zh,
            "pack": ({"pack_id": self.pack_id, "version": self.pack_version,
                      "content_sha256": self.pack_sha256} if self.pack_id else None),
            "organisation": self.organisation, "system_name": self.system_name,
            "verdict": self.verdict, "percent": self.percent,
            "results_sha256": self.results_sha256,
        }
        if with_results:
            data["results"] = self.results
        return data

    def to_dict(self, *, with_results: bool = False) -> dict[str, Any]:
        """The same as :meth:`as_dict`."""
        return self.as_dict(with_results=with_results)


def _pick(lang: str, english: tuple[str, ...], chinese: tuple[str, ...]) -> tuple[str, ...]:
    return chinese if lang == "zh" and len(chinese) == len(english) else english


def _get(obj: Any, key: str, default: Any = None) -> Any:
    """A dictionary entry with indirect references resolved (pyHanko's ``get`` does not)."""
    try:
        return obj[key]
    except (KeyError, TypeError):
        return default


class _Reject(Exception):
    """A rejection, with its reason in English and in Chinese and its kind."""

    def __init__(self, reason: str, *, zh: str, cause: Cause = Cause.INVALID) -> None:
        super().__init__(reason)
        self.reason = reason
        self.zh = zh
        self.cause = cause


def _rejected(name: str, reason: str, zh: str, cause: Cause) -> VerificationResult:
    return VerificationResult(name, False, (reason,), reasons_zh=(zh,), cause=cause)


def verify_report(path: Path, trusted_roots: Sequence[x509.Certificate], *,
                  now: dt.datetime | None = None,
                  revocation_lists: Sequence[RevocationList] = ()) -> VerificationResult:
    """Verify the report at ``path`` against ``trusted_roots`` and the reviewer's
    ``revocation_lists`` (never raises for bad files).

    Uses pyHanko's synchronous API: call it outside a running asyncio event loop.
    """
    name = str(path)
    try:
        data = read_input_file(path, MAX_REPORT_BYTES, what=("PDF file", "PDF 文件"))
    except InputFileError as exc:
        return _rejected(name, *reason_without_path(exc, path), Cause.UNREADABLE)
    return verify_bytes(data, trusted_roots, name=name, now=now,
                        revocation_lists=revocation_lists)


def verify_bytes(data: bytes, trusted_roots: Sequence[x509.Certificate], *, name: str = "",
                 now: dt.datetime | None = None,
                 revocation_lists: Sequence[RevocationList] = ()) -> VerificationResult:
    """Verify a report held in memory (see :func:`verify_report`)."""
    refuse_running_loop("verification")
    state = _State(name)
    try:
        with _time_limit(VERIFY_TIME_LIMIT):
            _verify(data, _Trust(list(trusted_roots), list(revocation_lists)),
                    now or dt.datetime.now(dt.UTC), state)
    except _Reject as rejection:
        return state.result(False, rejection.reason, rejection.zh, rejection.cause)
    except _OutOfTime:
        limit = f"{VERIFY_TIME_LIMIT:g}"
        return state.result(False, f"reading the PDF took longer than {limit} s, far longer "
                            "than any report takes; it was stopped",
                            f"读取该 PDF 文件超过 {limit} 秒，远超任何报告所需，已中止",
                            Cause.DAMAGED)
    except Exception as exc:  # a hostile file must never crash the verifier
        what = f"{type(exc).__name__}: {_one_line(str(exc))}"
        return state.result(False, f"the PDF cannot be processed ({what})",
                            f"无法处理该 PDF 文件（{what}）", Cause.DAMAGED)
    return state.result(True)


#: Seconds one verification may take. The largest report the program writes for the
#: built-in pack (6 MB) takes 0.3 s; pyHanko's parser, though, reads some crafted
#: structures at several µs per byte, and the shape checks before it cannot recognise
#: every such file (benchmarks/bench_hostile.py).
VERIFY_TIME_LIMIT = 5.0


class _OutOfTime(BaseException):
    """The verification ran out of time (a BaseException, so that no ``except Exception``
    inside pyHanko swallows it)."""


@contextmanager
def _time_limit(seconds: float) -> Iterator[None]:
    """Stop the code inside with :class:`_OutOfTime` after ``seconds``: a timer thread
    raises it in this thread (at its next Python instruction; nothing is added to the
    work itself). A stop that comes too late to be raised inside is withdrawn."""
    import ctypes
    import threading

    thread = ctypes.c_ulong(threading.get_ident())
    lock = threading.Lock()
    finished = False

    def stop() -> None:
        with lock:
            if not finished:
                ctypes.pythonapi.PyThreadState_SetAsyncExc(thread, ctypes.py_object(_OutOfTime))

    timer = threading.Timer(seconds, stop)
    timer.daemon = True
    timer.start()
    try:
        yield
    finally:
        timer.cancel()
        with lock:
            finished = True
            ctypes.pythonapi.PyThreadState_SetAsyncExc(thread, None)


def refuse_running_loop(what: str) -> None:
    """pyHanko's synchronous API calls asyncio.run: refuse early inside a running loop."""
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return
    raise UsageError(f"{what} must run outside a running asyncio event loop "
                     "(use a worker thread)", zh=f"{what} 不能在正在运行的 asyncio 事件循环中执行（请使用工作线程）")


def _one_line(text: str, limit: int = 160) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


class _State:
    """What has been learnt so far about a file."""

    def __init__(self, name: str) -> None:
        self.result_fields: dict[str, Any] = {}
        self.notes: list[str] = []
        self.notes_zh: list[str] = []
        self.name = name

    def note(self, english: str, chinese: str) -> None:
        self.notes.append(english)
        self.notes_zh.append(chinese)

    def result(self, authentic: bool, reason: str = "", zh: str = "",
               cause: Cause = Cause.NONE) -> VerificationResult:
        fields = dict(self.result_fields)
        if not authentic:
            for key in ("pack_id", "pack_version", "pack_sha256", "organisation",
                        "system_name", "verdict", "percent", "results", "results_sha256",
                        "trust_root"):
                fields.pop(key, None)
        return VerificationResult(self.name, authentic, (reason,) if reason else (),
                                  tuple(self.notes), (zh or reason,) if reason else (),
                                  tuple(self.notes_zh), **fields, cause=cause)


@immutable
class _Trust:
    """The report trust roots and revocation lists a verification uses."""

    roots: list[x509.Certificate]
    revocation_lists: list[RevocationList]


def _verify(data: bytes, trust: _Trust, now: dt.datetime, state: _State) -> None:
    from pyhanko.pdf_utils.misc import PdfReadError
    from pyhanko.pdf_utils.reader import PdfFileReader

    if not data:
        raise _Reject("the file is empty", zh="文件为空", cause=Cause.NOT_PDF)
    if not data.startswith(b"%PDF-"):
        raise _Reject("not a PDF file", zh="不是 PDF 文件", cause=Cause.NOT_PDF)
    _check_shape(data)
    try:
        reader = PdfFileReader(BytesIO(data), strict=False)
        signatures = list(reader.embedded_signatures)
    except (PdfReadError, ValueError, KeyError, TypeError, IndexError) as exc:
        why = _one_line(str(exc)) or type(exc).__name__
        raise _Reject(f"the PDF is damaged or truncated and cannot be read ({why})",
                      zh=f"PDF 文件已损坏或不完整，无法读取（{why}）", cause=Cause.DAMAGED) from None
    if not signatures:
        raise _Reject("the PDF is not signed (it carries no signature)",
                      zh="PDF 文件未签名（不含任何签名）", cause=Cause.UNSIGNED)
    if len(signatures) > 1:
        raise _Reject(f"the PDF carries {len(signatures)} signatures; a report has exactly one",
                      zh=f"PDF 文件含有 {len(signatures)} 个签名；自查报告应当恰有一个签名")
    sig = signatures[0]

    cert = x509.load_der_x509_certificate(sig.signer_cert.dump())
    algorithm = key_algorithm(cert)
    signing_time = sig.self_reported_timestamp
    state.result_fields.update(
        signer=display_name(cert.subject), signer_fingerprint=fingerprint(cert),
        signer_organisation=name_attribute(cert.subject, NameOID.ORGANIZATION_NAME),
        issuer=display_name(cert.issuer), signing_time=signing_time,
        algorithm=algorithm_label(algorithm))

    _check_coverage(data, reader, sig)
    _check_docmdp(reader, sig)
    if signing_time is None:
        raise _Reject("the signature carries no signing time", zh="签名中没有签名时间")
    if signing_time.tzinfo is None:
        signing_time = signing_time.replace(tzinfo=dt.UTC)
    if signing_time > now + FUTURE_TOLERANCE:
        raise _Reject(f"the signing time {signing_time:%Y-%m-%d %H:%M} UTC lies in the future; "
                      "the signer's clock was wrong or the time was forged",
                      zh=f"签名时间 {signing_time:%Y-%m-%d %H:%M} UTC 晚于本机当前时间："
                      "签名人计算机的时钟有误，或签名时间系伪造")
    _check_certificate(cert, signing_time, trust.roots)
    if algorithm == SM2:
        from selfcheck.core.reports import sm2_cms

        problem = sm2_cms.signature_problem(data, [int(x) for x in sig.byte_range],
                                            sig.signer_info, cert, trust.roots)
        if problem is not None:
            cause = (Cause.ALTERED if problem == sm2_cms.NOT_INTACT else Cause.UNTRUSTED
                     if problem == sm2_cms.UNTRUSTED_CHAIN else Cause.INVALID)
            raise _Reject(problem[0], zh=problem[1], cause=cause)
    else:
        _check_signature(sig, trust.roots, signing_time)
    _check_revocation(cert, trust, signing_time, now, state)
    state.result_fields["trust_root"] = _issuing_root(cert, trust.roots)
    if cert.not_valid_after_utc < now:
        state.note(f"the signer certificate expired on "
                   f"{cert.not_valid_after_utc:%Y-%m-%d} (after the signing time)",
                   f"签名证书已于 {cert.not_valid_after_utc:%Y-%m-%d} 过期（在签名时间之后）")
    state.note(SIGNER_CLOCK_NOTE, SIGNER_CLOCK_NOTE_ZH)
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


#: How a PDF ends: the offset of its cross-reference section on a line of its own, then
#: the end-of-file marker, in the last KB (where PDF readers, pyHanko too, look for them).
_PDF_END = re.compile(rb"[\r\n]startxref[ \t]*\r?\n[ \t]*\d{1,12}[ \t]*\r?\n[ \t]*%%EOF")
_END_WINDOW = 1024
#: A run of PDF white space, or of bytes that are neither white space nor delimiters (one
#: name, number or hex string), this long is in no report's syntax. pyHanko reads runs a
#: byte at a time (about 1.5 µs and 100 bytes of memory per byte).
_LONG_RUN = re.compile(  # each run is looked at from its first byte only: linear time
    rb"(?<![\x00\t\n\x0c\r ])[\x00\t\n\x0c\r ]{65536}"
    rb"|(?<![^\x00\t\n\x0c\r ()<>\[\]{}/%])[^\x00\t\n\x0c\r ()<>\[\]{}/%]{65536}")
#: The PDF syntax outside stream bodies: a report has about 1 KB per page (77 KB for the
#: largest report of the built-in pack); pyHanko parses it at up to 5 µs per byte. A
#: stream body counts as such only when the direct /Length of its dictionary (the form
#: every report uses) ends it at an ``endstream``.
_STREAM_START = re.compile(rb"/Length\s+(\d{1,10})(?!\s+\d+\s+R)[^<>]{0,512}>>\s*stream\r?\n")
_STREAM_END = re.compile(rb"\s*endstream")
MAX_SYNTAX_BYTES = 2 * 1024 * 1024


def _check_shape(data: bytes) -> None:
    """Refuse, before any parsing, what no report looks like and pyHanko would take minutes
    and gigabytes to read: a file larger than any report, one that does not end like a
    PDF (pyHanko reads the end backwards a byte at a time), long runs of one kind of
    byte, object streams (compressed syntax, a decompression bomb's way in; reports have
    none) and more syntax outside streams than any report has."""
    if len(data) > MAX_REPORT_BYTES:
        limit = size_text(MAX_REPORT_BYTES)
        raise _Reject(f"the file is larger than {limit}, more than any report",
                      zh=f"文件大于 {limit}，超出任何报告的大小")
    if b"%%EOF" not in data[-_END_WINDOW:]:
        raise _Reject("the PDF is truncated (it has no end-of-file marker)",
                      zh="PDF 文件不完整（缺少文件结束标记）", cause=Cause.DAMAGED)
    if not _PDF_END.search(data[-_END_WINDOW:]):
        raise _Reject("the PDF is damaged or truncated (its end does not say where its "
                      "cross-reference section is)",
                      zh="PDF 文件已损坏或不完整（文件末尾缺少交叉引用表的位置）",
                      cause=Cause.DAMAGED)
    if b"/ObjStm" in data or _syntax_too_large(data):
        raise _Reject("the file is not built like a report (object streams, or structures "
                      "far larger than any report has); it was not parsed",
                      zh="文件的结构与报告不符（含对象流，或结构远大于任何报告），未予解析")


def _syntax_too_large(data: bytes) -> bool:
    """Whether the syntax outside stream bodies is larger than any report's, or holds a
    run of one kind of byte longer than any report's (see :data:`_LONG_RUN`)."""
    parts: list[bytes] = []
    start = size = 0
    for head in _STREAM_START.finditer(data):
        if head.start() < start:
            continue  # inside the body of a stream already skipped
        end = head.end() + int(head[1])
        if not _STREAM_END.match(data, end):
            continue  # the /Length does not end the body: it is read as syntax
        parts.append(data[start:head.end()])
        size += head.end() - start
        if size > MAX_SYNTAX_BYTES:
            return True
        start = end
    parts.append(data[start:])
    syntax = b"".join(parts)
    return len(syntax) > MAX_SYNTAX_BYTES or _LONG_RUN.search(syntax) is not None


def _describe_later_revisions(reader: Any, signed_revision: int) -> tuple[str, str]:
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
    what_zh = f"（涉及 {', '.join(sorted(kinds))}）" if kinds else ""
    return (f"the file was changed after it was signed: {count} incremental update"
            f"{'s' if count > 1 else ''} follow{'' if count > 1 else 's'} the signature{what}",
            f"文件在签名后被修改：签名之后有 {count} 次增量更新{what_zh}")


def _check_coverage(data: bytes, reader: Any, sig: Any) -> None:
    from pyhanko.sign.validation.errors import SignatureValidationError

    try:
        byte_range = [int(x) for x in sig.byte_range]
    except (TypeError, ValueError):
        raise _Reject("the signature's byte range is malformed",
                      zh="签名的字节范围格式错误") from None
    if len(byte_range) != 4 or byte_range[0] != 0 or min(byte_range) < 0:
        raise _Reject("the signature's byte range is malformed", zh="签名的字节范围格式错误")
    signed_end = byte_range[2] + byte_range[3]
    if signed_end > len(data):
        raise _Reject("the PDF is truncated: the signed byte range runs past the end of the file",
                      zh="PDF 文件不完整：签名的字节范围超出了文件末尾", cause=Cause.DAMAGED)
    if reader.xrefs.total_revisions - 1 > sig.signed_revision:
        english, chinese = _describe_later_revisions(reader, sig.signed_revision)
        raise _Reject(english, zh=chinese, cause=Cause.ALTERED)
    if signed_end < len(data):
        extra = len(data) - signed_end
        raise _Reject(f"the file was changed after it was signed: {extra} byte"
                      f"{'s' if extra > 1 else ''} were appended after the signed content",
                      zh=f"文件在签名后被修改：签名内容之后追加了 {extra} 字节",
                      cause=Cause.ALTERED)
    try:
        coverage = sig.evaluate_signature_coverage()
    except SignatureValidationError as exc:
        raise _Reject(f"the signature does not cover the file properly ({exc})",
                      zh=f"签名未正确覆盖整个文件（{exc}）", cause=Cause.ALTERED) from None
    from pyhanko.sign.validation.status import SignatureCoverageLevel

    if coverage != SignatureCoverageLevel.ENTIRE_FILE:
        raise _Reject("the signature does not cover the entire file", zh="签名未覆盖整个文件",
                      cause=Cause.ALTERED)


def _check_docmdp(reader: Any, sig: Any) -> None:
    from pyhanko.sign.fields import MDPPerm

    level = sig.docmdp_level
    if level is None:
        raise _Reject("the signature is not a certification signature (a report must be "
                      "certified with no changes permitted)",
                      zh="该签名不是认证签名（自查报告必须以“不允许任何修改”的方式认证签名）")
    if level != MDPPerm.NO_CHANGES:
        raise _Reject(f"the certification permits later changes (DocMDP level {level.value}); "
                      "a report must permit none",
                      zh=f"该认证签名允许签名后修改（DocMDP 级别 {level.value}）；"
                      "自查报告不得允许任何修改")
    try:
        certified = reader.root["/Perms"].raw_get("/DocMDP")
        value = sig.sig_field.raw_get("/V")
    except KeyError:
        raise _Reject("the document has no certification (DocMDP) entry",
                      zh="文档中没有认证（DocMDP）字典") from None
    if getattr(certified, "reference", None) != getattr(value, "reference", None):
        raise _Reject("the document's certification entry does not point to its signature",
                      zh="文档的认证字典未指向其签名")


def _check_certificate(cert: x509.Certificate, at: dt.datetime,
                       roots: list[x509.Certificate]) -> None:
    if not roots:
        raise _Reject("no trusted root certificate is configured: add the organisation's "
                      "root with 'selfcheck trust add ROOT.pem' or pass --trust ROOT.pem",
                      zh="未配置受信任的根证书：请先用 selfcheck trust add ROOT.pem 添加本单位"
                      "根证书，或用 --trust ROOT.pem 指定", cause=Cause.NO_ROOTS)
    signed = f"{at.astimezone(dt.UTC):%Y-%m-%d %H:%M}"
    if at < cert.not_valid_before_utc:
        start = f"{cert.not_valid_before_utc:%Y-%m-%d %H:%M}"
        raise _Reject(f"the signer certificate was not yet valid at the signing time "
                      f"(valid from {start} UTC, signed {signed} UTC)",
                      zh=f"签名时签名证书尚未生效（生效时间 {start} UTC，签名时间 {signed} UTC）",
                      cause=Cause.UNTRUSTED)
    if at > cert.not_valid_after_utc:
        end = f"{cert.not_valid_after_utc:%Y-%m-%d %H:%M}"
        raise _Reject(f"the signer certificate had expired at the signing time "
                      f"(valid until {end} UTC, signed {signed} UTC)",
                      zh=f"签名时签名证书已过期（有效期至 {end} UTC，签名时间 {signed} UTC）",
                      cause=Cause.UNTRUSTED)
    usages = key_usage_names(cert)
    missing = [u for u in REQUIRED_KEY_USAGE if u not in usages]
    if missing:
        raise _Reject("the signer certificate lacks the key usage "
                      + " and ".join(m.replace("_", " ") for m in missing),
                      zh="签名证书缺少密钥用法："
                      + "、".join(key_usage_label(m, "zh") for m in missing), cause=Cause.UNTRUSTED)
    if is_ca(cert):
        raise _Reject("the signature was made with a CA certificate, not a signer certificate",
                      zh="签名使用的是 CA 证书，而不是签名人证书",
                      cause=Cause.UNTRUSTED)
    if not any(root.subject == cert.issuer for root in roots):
        issuer = display_name(cert.issuer)
        raise _Reject(f"the signer certificate was issued by '{issuer}', "
                      "which is not a trusted root on this machine",
                      zh=f"签名证书不受信任：其签发者“{issuer}”不是本机信任的根证书",
                      cause=Cause.UNTRUSTED)
    if is_mixed_chain(cert, roots):
        mine = algorithm_label(key_algorithm(cert))
        raise _Reject(f"the signer certificate uses {mine} but the trusted root of that name "
                      "uses another algorithm; mixed chains are not accepted",
                      zh=f"签名证书使用 {mine} 算法，而同名的受信任根证书使用另一种算法；"
                      "不接受混合算法的证书链", cause=Cause.UNTRUSTED)


def _check_revocation(cert: x509.Certificate, trust: _Trust, signing_time: dt.datetime,
                      now: dt.datetime, state: _State) -> None:
    finding = check_revocation(cert, trust.roots, trust.revocation_lists, signing_time, now)
    for english, chinese in finding.notes:
        state.note(english, chinese)
    if finding.problem is not None:
        raise _Reject(finding.problem[0], zh=finding.problem[1], cause=Cause.UNTRUSTED)


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
                      "matches the signature)",
                      zh="文件在签名后被修改：已签名内容的摘要与签名不符",
                      cause=Cause.ALTERED)
    if not status.valid:
        raise _Reject("the cryptographic signature is not valid",
                      zh="数字签名无效：密码学验证未通过")
    if not status.trusted:
        problem: Any = status.trust_problem_indic
        label = str(getattr(problem, "name", problem) or "")
        detail = f" ({label.lower().replace('_', ' ')})" if label else ""
        detail_zh = f"（{_TRUST_PROBLEM_ZH.get(label, label.lower().replace('_', ' '))}）" \
            if label else ""
        raise _Reject(f"the signer certificate does not chain to a trusted root{detail}",
                      zh=f"签名证书不受信任：未能追溯到本机信任的根证书{detail_zh}",
                      cause=Cause.UNTRUSTED)


def _issuing_root(cert: x509.Certificate, roots: list[x509.Certificate]) -> str | None:
    """The fingerprint of the root among ``roots`` whose key signed ``cert``."""
    for root in roots:
        if root.subject == cert.issuer and issued_by(cert, root):
            return fingerprint(root)
    return None


def _embedded_files(root: Any) -> Iterator[tuple[str, Any]]:
    try:
        tree = root["/Names"]["/EmbeddedFiles"]
    except KeyError:
        return
    if "/Kids" in tree:
        raise _Reject("the attachment list of the signed revision has an unexpected structure",
                      zh="已签名版本的附件列表结构异常")
    names = _get(tree, "/Names", [])
    for index in range(0, len(names) - 1, 2):
        yield str(names[index]), names[index + 1].get_object()


def _read_results(reader: Any, revision: int) -> tuple[dict[str, Any], bytes]:
    root = reader.get_historical_root(revision)
    files = list(_embedded_files(root))
    found = [spec for name, spec in files if name == RESULTS_FILE_NAME]
    if not found:
        raise _Reject("results.json is not attached in the signed revision",
                      zh="已签名版本中未附带 results.json")
    if len(files) != 1:
        raise _Reject(f"the signed revision has {len(files)} attachments; a report has only "
                      "results.json",
                      zh=f"已签名版本含有 {len(files)} 个附件；自查报告只应附带 results.json")
    try:
        stream = found[0]["/EF"]["/F"].get_object()
        if int(_get(stream, "/Length", 0)) > MAX_RESULTS_BYTES:
            raise _Reject("results.json is too large", zh="results.json 过大")
        raw: bytes = stream.data
    except (KeyError, AttributeError):
        raise _Reject("results.json in the signed revision has no content",
                      zh="已签名版本中的 results.json 没有内容") from None
    try:
        results = loads_untrusted(raw)
    except JsonInputError:
        raise _Reject("results.json in the signed revision is not valid JSON",
                      zh="已签名版本中的 results.json 不是有效的 JSON") from None
    if not isinstance(results, dict) or results.get("format") != RESULTS_FORMAT:
        raise _Reject(f"results.json is not a {RESULTS_FORMAT} document",
                      zh=f"results.json 不是 {RESULTS_FORMAT} 格式的文档")
    try:
        results["assessment"]["pack"]["pack_id"]
        results["score"]["overall"]["percent"]
    except (KeyError, TypeError):
        raise _Reject("results.json lacks the assessment or the scores",
                      zh="results.json 缺少自查信息或评分") from None
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
            raise _Reject("a page content stream of the signed revision is damaged",
                          zh="已签名版本中的页面内容流已损坏") from None
        if inflater.unconsumed_tail:
            raise _Reject("a page content stream of the signed revision is too large",
                          zh="已签名版本中的页面内容流过大")
        return inflated
    data: bytes = stream.data
    return data


def _page_contents(resolver: Any) -> Iterator[bytes]:
    def walk(node: Any, depth: int) -> Iterator[bytes]:
        if depth > 32:
            raise _Reject("the page tree of the signed revision is too deep",
                          zh="已签名版本的页面树层级过深")
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
        raise _Reject("results.json lacks the figures of the report",
                      zh="results.json 缺少报告中的各项数据") from None
    lines: list[str] = []
    for content in _page_contents(resolver):
        lines.extend(checkline.find_check_lines(content))
    if not lines:
        raise _Reject("the report pages carry no machine check lines to compare "
                      "results.json with",
                      zh="报告页面上没有可与 results.json 比对的机读校验行")
    printed = _parse_pairs(" ".join(lines))
    _same(("the figures printed in the report", "报告页面上印出的数据", "报告页面上"),
          printed, expected)
    try:
        keywords = str(resolver.trailer_view["/Info"]["/Keywords"])
    except KeyError:
        raise _Reject("the document information lacks the report figures (Keywords)",
                      zh="文档信息中缺少报告数据（Keywords）") from None
    stored = _parse_pairs(keywords)
    _same(("the figures in the document information", "文档信息中的数据", "文档信息中"),
          stored, expected)


def _parse_pairs(text: str) -> dict[str, str]:
    try:
        return checkline.parse_pairs(text)
    except ValueError as exc:
        reason = str(exc)
        twice = re.fullmatch(r"the check lines give (\S+) twice with different values", reason)
        raise _Reject(reason, zh=f"机读校验行对 {twice.group(1)} 给出了两个不同的值" if twice
                      else f"机读校验行无法解析（{reason}）") from None


def _same(where: tuple[str, str, str], found: dict[str, str],
          expected: dict[str, str]) -> None:
    """Compare check-line pairs; ``where`` is (English, Chinese, Chinese "there")."""
    where_en, where_zh, there_zh = where
    for key, value in expected.items():
        if found.get(key) != value:
            shown = found.get(key, "nothing")
            shown_zh = found.get(key, "（无）")
            raise _Reject(f"results.json does not match {where_en}: {key} is {shown} there "
                          f"but {value} in results.json",
                          zh=f"results.json 与{where_zh}不一致：{key} 在{there_zh}为 "
                          f"{shown_zh}，在 results.json 中为 {value}")
    extra = sorted(set(found) - set(expected))
    if extra:
        raise _Reject(f"{where_en} carry unexpected entries: {', '.join(extra)}",
                      zh=f"{where_zh}含有多余的字段：{', '.join(extra)}")
