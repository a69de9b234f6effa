"""``selfcheck export`` and ``selfcheck verify``: writing reports (the signed PDF, the
workbook with the 整改台账, the Word working draft) and checking PDF reports.

The passphrase of the signer identity (``export --sign``) comes from
``SELFCHECK_PASSPHRASE`` or a prompt, never from the command line.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, Any

from selfcheck.cli.common import (
    PASSPHRASE_ENV,
    add_json_flag,
    assessment_id,
    emit_json,
    open_collection,
    out,
    read_passphrase,
    report_roots,
)
from selfcheck.cli.textout import default_language
from selfcheck.core.errors import UsageError
from selfcheck.core.files import size_text
from selfcheck.core.pki.roots import load_root_certificate
from selfcheck.core.reports.data import DEFAULT_MARKINGS, LANGUAGES
from selfcheck.core.reports.pdf import format_time

if TYPE_CHECKING:
    from selfcheck.core.reports.verify import VerificationResult


def register(commands: Any) -> None:
    export = commands.add_parser(
        "export", help="write the report of an assessment: PDF (signed with --sign), XLSX "
        "or DOCX",
        description="Write the report; its kind follows the file name. FILE.pdf: the report "
        "with results.json attached; with --sign it is certified with a signer identity "
        f"(.pem for SM2, .p12 for ECDSA), whose passphrase comes from ${PASSPHRASE_ENV} or a "
        "prompt, and without --sign it is marked UNSIGNED. FILE.xlsx: a workbook with the "
        "remediation register (整改台账) and all answers. FILE.docx: an editable Word "
        "working draft of the report. Workbooks and drafts are never signed.")
    export.add_argument("id", type=assessment_id, metavar="ID")
    export.add_argument("-o", "--output", type=Path, required=True,
                        metavar="FILE.pdf|FILE.xlsx|FILE.docx")
    export.add_argument("--force", action="store_true", help="replace FILE if it exists")
    export.add_argument("--sign", type=Path, metavar="IDENTITY",
                        help="sign with this identity (from: selfcheck ca issue)")
    export.add_argument("--lang", choices=list(LANGUAGES), default="zh",
                        help="report language (default zh)")
    export.add_argument("--marking", metavar="TEXT",
                        help="handling mark (标识) on every page, e.g. 内部 or 公开 "
                        "(default 内部 / INTERNAL)")
    export.add_argument("--distribution", metavar="TEXT", default="",
                        help="who the report goes to (发放范围), printed on the cover")
    add_json_flag(export)
    export.set_defaults(handler=cmd_export)

    verify = commands.add_parser(
        "verify", help="check signed PDF reports (exit 0 only if all are authentic)",
        description="Strictly verify signed reports offline: one signature covering the "
        "whole file, certified with no changes permitted, a signer certificate that chains "
        "to a trusted root, was valid at the signing time and has the right key usage, and "
        "a results.json that matches the printed figures. Trusted roots: this machine's "
        "trust store (selfcheck trust add) plus any --trust.")
    verify.add_argument("files", type=Path, nargs="+", metavar="FILE.pdf")
    verify.add_argument("--trust", type=Path, action="append", default=[], metavar="ROOT.pem",
                        help="also trust this root certificate (repeatable)")
    verify.add_argument("--with-results", action="store_true",
                        help="with --json: include each authentic report's results.json")
    verify.add_argument("--lang", choices=list(LANGUAGES), default=None,
                        help="language of the reasons and labels (default: from the locale; "
                        "--json always carries both)")
    add_json_flag(verify)
    verify.set_defaults(handler=cmd_verify)


def cmd_export(args: argparse.Namespace) -> int:
    from selfcheck.core.reports.data import clean_distribution, clean_marking
    from selfcheck.core.reports.office import SUFFIXES, ReportFormat, format_of
    from selfcheck.core.reports.signing import check_output_path

    marking = clean_marking(args.marking if args.marking is not None
                            else DEFAULT_MARKINGS[args.lang])
    distribution = clean_distribution(args.distribution)
    check_output_path(args.output, overwrite=args.force, suffixes=SUFFIXES,
                      protected=(args.sign,) if args.sign is not None else ())
    if args.sign is not None and format_of(args.output) is not ReportFormat.PDF:
        raise UsageError("--sign is for PDF reports; a workbook or Word draft is never signed",
                         zh="--sign 仅用于 PDF 报告；工作簿和 Word 工作稿不签名")
    passphrase = None
    if args.sign is not None:
        if not args.sign.is_file():
            raise UsageError(f"{args.sign}: no such identity file",
                             zh=f"{args.sign}：签名身份文件不存在")
        passphrase = read_passphrase(f"Passphrase of {args.sign.name}: ")
    with open_collection(args) as collection:
        result = collection.reports.export(
            args.id, args.output, identity=args.sign, passphrase=passphrase, lang=args.lang,
            marking=marking, distribution=distribution, overwrite=args.force)
    if args.json:
        emit_json({
            "file": str(result.path), "size": result.size, "signed": result.signed,
            "language": result.language, "marking": result.marking,
            "results_sha256": result.results_sha256, "verdict": result.verdict,
            "pack": result.pack, "signer": result.signer,
            "signer_fingerprint": result.signer_fingerprint,
            "signing_time": result.signing_time.isoformat() if result.signing_time else None,
            "format": result.format,
        })
        return 0
    if result.format != "pdf":
        kind = "Workbook" if result.format == "xlsx" else "Word working draft"
        out(f"{kind} written to {result.path} ({size_text(result.size)}); not signed: the "
            "signed PDF report is the formal result")
        return 0
    if result.signed:
        when = format_time(result.signing_time.astimezone()) if result.signing_time else "?"
        out(f"Signed report written to {result.path} ({size_text(result.size)})")
        out(f"  signer: {result.signer}; signing time {when} (this computer's clock)")
    else:
        out(f"UNSIGNED report written to {result.path} ({size_text(result.size)}); "
            "sign with --sign IDENTITY for a report others can verify")
    out(f"  verdict {result.verdict}; pack {result.pack}; results.json sha256 "
        f"{result.results_sha256}")
    return 0


def cmd_verify(args: argparse.Namespace) -> int:
    from selfcheck.core.reports.verify import verify_report

    store = report_roots(args)
    roots = store.certificates()
    roots += [load_root_certificate(path) for path in args.trust]
    lists = store.revocation_lists()
    results = [verify_report(path, roots, revocation_lists=lists) for path in args.files]
    if args.json:
        emit_json([r.as_dict(with_results=args.with_results) for r in results])
    else:
        lang = args.lang or default_language()
        for index, result in enumerate(results):
            if index:
                out()
            _print_verification(result, lang)
    return 0 if all(r.authentic for r in results) else 1


def _print_verification(result: VerificationResult, lang: str) -> None:
    from selfcheck.core.reports.verify import SIGNER_CLOCK_NOTE

    zh = lang == "zh"
    reasons = result.localized_reasons(lang)
    if result.authentic:
        out(f"{result.file}: {'可信 AUTHENTIC' if zh else 'AUTHENTIC'}")
    else:
        out(f"{result.file}: {'不可信 REJECTED' if zh else 'REJECTED'} — "
            f"{reasons[0] if reasons else ''}")
        for reason in reasons[1:]:
            out(f"  {'原因' if zh else 'reason'}: {reason}")
    if result.signer:
        fingerprint = (result.signer_fingerprint or "")[:16]
        if zh:
            trusted = "" if result.authentic else "（未经核验）"
            out(f"  签名人{trusted}：{result.signer}  [sha256 {fingerprint}…]")
            out(f"  签发者：{result.issuer}")
            if result.algorithm:
                out(f"  签名算法：{result.algorithm}")
        else:
            trusted = "" if result.authentic else " (not verified)"
            out(f"  signer{trusted}: {result.signer}  [sha256 {fingerprint}…]")
            out(f"  issuer: {result.issuer}")
            if result.algorithm:
                out(f"  algorithm: {result.algorithm}")
    if result.signing_time:
        when = format_time(result.signing_time.astimezone())
        if zh:
            out(f"  签名时间：{when} — 取自签名人本机时钟，未经可信时间戳服务确认")
        else:
            out(f"  signing time: {when} — the signer's own clock, not a timestamp authority")
    if result.authentic:
        percent = f"{result.percent:.1f}" if result.percent is not None else "?"
        if zh:
            out(f"  检查清单：{result.pack_id} 第 {result.pack_version} 版"
                f"（sha256 {result.pack_sha256}）")
            out(f"  自查：{result.organisation} / {result.system_name} — 结论 "
                f"{_verdict_label(result.verdict, lang)}（加权得分 {percent}%）")
        else:
            out(f"  pack: {result.pack_id} v{result.pack_version} (sha256 {result.pack_sha256})")
            out(f"  assessment: {result.organisation} / {result.system_name} — verdict "
                f"{result.verdict} ({percent}% weighted)")
        for english, note in zip(result.notes, result.localized_notes(lang), strict=True):
            if english != SIGNER_CLOCK_NOTE:
                out(f"  说明：{note}" if zh else f"  note: {note}")


def _verdict_label(value: str | None, lang: str) -> str:
    from selfcheck.core import glossary

    return glossary.label("verdict", value or "", lang)
