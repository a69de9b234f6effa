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
    add_force_flag,
    add_json_flag,
    add_lang_flag,
    add_trust_flag,
    assessment_id,
    emit_json,
    extra_roots,
    open_collection,
    out,
    output_language,
    read_passphrase,
    report_roots,
    tr,
)
from selfcheck.core.errors import UsageError
from selfcheck.core.files import size_text
from selfcheck.core.reports.data import DEFAULT_MARKINGS, LANGUAGES
from selfcheck.core.reports.pdf import format_time
from selfcheck.core.text import colon, shown

if TYPE_CHECKING:
    from selfcheck.core.reports.verify import VerificationResult


def register(commands: Any) -> None:
    export = commands.add_parser(
        "export", help=tr("导出自查报告：PDF（加 --sign 时签名）、XLSX 或 DOCX",
                          "write the report of an assessment: PDF (signed with --sign), XLSX "
                          "or DOCX"),
        description=tr(
            "导出报告，格式由文件名决定。FILE.pdf：附有 results.json 的报告；加 --sign 时用签名"
            f"身份对报告进行认证签名（SM2 为 .pem，ECDSA 为 .p12），其口令取自环境变量 "
            f"{PASSPHRASE_ENV} 或提示输入；不加 --sign 的报告标明“未签名”。FILE.xlsx：含整改台账"
            "和全部答复的工作簿。FILE.docx：可编辑的工作稿（DOCX）。工作簿和工作稿从不签名。",
            "Write the report; its kind follows the file name. FILE.pdf: the report with "
            "results.json attached; with --sign it is certified with a signer identity (.pem "
            f"for SM2, .p12 for ECDSA), whose passphrase comes from ${PASSPHRASE_ENV} or a "
            "prompt, and without --sign it is marked UNSIGNED. FILE.xlsx: a workbook with the "
            "remediation register and all answers. FILE.docx: an editable Word "
            "working draft of the report. Workbooks and drafts are never signed."))
    export.add_argument("id", type=assessment_id, metavar="ID", help=tr("自查编号", "assessment id"))
    export.add_argument("-o", "--output", type=Path, required=True,
                        metavar="FILE.pdf|FILE.xlsx|FILE.docx",
                        help=tr("要写入的文件", "the file to write"))
    add_force_flag(export)
    export.add_argument("--sign", type=Path, metavar="IDENTITY",
                        help=tr("用此签名身份签名（由 selfcheck ca issue 签发）",
                                "sign with this identity (from: selfcheck ca issue)"))
    export.add_argument("--lang", choices=list(LANGUAGES), default="zh",
                        help=tr("报告语言（默认 zh）", "report language (default zh)"))
    export.add_argument("--marking", metavar="TEXT",
                        help=tr("每页的标识，例如 内部 或 公开（默认 内部）",
                                "handling mark on every page, e.g. 内部 or 公开 "
                                "(default 内部 / INTERNAL)"))
    export.add_argument("--distribution", metavar="TEXT", default="",
                        help=tr("发放范围，印在封面上", "who the report goes to, printed on the cover"))
    add_json_flag(export)
    export.set_defaults(handler=cmd_export)

    verify = commands.add_parser(
        "verify", help=tr("核验签名的 PDF 报告（全部可信时退出码为 0）",
                          "check signed PDF reports (exit 0 only if all are authentic)"),
        description=tr(
            "离线严格核验签名报告：恰有一个覆盖整个文件的签名，为不允许任何修改的认证签名；"
            "签名证书链接到受信任的根证书，在签名时间有效且密钥用途正确；results.json 与报告"
            "上印出的数字一致。受信任的根证书：本机的信任库（selfcheck trust add）以及 --trust "
            "给出的证书。",
            "Strictly verify signed reports offline: one signature covering the whole file, "
            "certified with no changes permitted, a signer certificate that chains to a trusted "
            "root, was valid at the signing time and has the right key usage, and a results.json "
            "that matches the printed figures. Trusted roots: this machine's trust store "
            "(selfcheck trust add) plus any --trust."))
    verify.add_argument("files", type=Path, nargs="+", metavar="FILE.pdf",
                        help=tr("要核验的报告", "the reports to check"))
    add_trust_flag(verify, "另外信任此根证书（可重复）", "also trust this root certificate (repeatable)")
    verify.add_argument("--with-results", action="store_true",
                        help=tr("与 --json 合用：附上每份可信报告的 results.json",
                                "with --json: include each authentic report's results.json"))
    add_lang_flag(verify, "原因和标签的语言（默认随系统语言；--json 总是两种语言都有）",
                  "language of the reasons and labels (default: from the locale; "
                  "--json always carries both)")
    add_json_flag(verify)
    verify.set_defaults(handler=cmd_verify)


def cmd_export(args: argparse.Namespace) -> int:
    from selfcheck.core.reports.data import clean_distribution, clean_marking
    from selfcheck.core.reports.office import SUFFIXES, ReportFormat, format_of
    from selfcheck.core.reports.output import check_output_path

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
        passphrase = read_passphrase(tr(f"{args.sign.name} 的口令：",
                                        f"Passphrase of {args.sign.name}: "))
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
    path, size = result.path, size_text(result.size)
    if result.format != "pdf":
        out(tr(f"已写入{'工作簿' if result.format == 'xlsx' else '工作稿'} {path}（{size}）；"
               "未签名：正式结果以签名的 PDF 报告为准",
               f"{'Workbook' if result.format == 'xlsx' else 'Word working draft'} written to "
               f"{path} ({size}); not signed: the signed PDF report is the formal result"))
        return 0
    if result.signed:
        when = format_time(result.signing_time.astimezone()) if result.signing_time else "?"
        out(tr(f"已写入签名报告 {path}（{size}）", f"Signed report written to {path} ({size})"))
        out(tr(f"  签名人：{shown(result.signer)}；签名时间 {when}（本机时钟）",
               f"  signer: {shown(result.signer)}; signing time {when} (this computer's clock)"))
    else:
        out(tr(f"已写入未签名报告 {path}（{size}）；用 --sign IDENTITY 签名后，他人才能核验",
               f"UNSIGNED report written to {path} ({size}); sign with --sign IDENTITY for a "
               "report others can verify"))
    out(tr(f"  结论 {_verdict_label(result.verdict, 'zh')}；检查清单 {result.pack}；results.json "
           f"sha256 {result.results_sha256}",
           f"  verdict {result.verdict}; pack {result.pack}; results.json sha256 "
           f"{result.results_sha256}"))
    return 0


def cmd_verify(args: argparse.Namespace) -> int:
    from selfcheck.core.reports.verify import verify_report

    store = report_roots(args)
    roots = store.certificates()
    roots += extra_roots(args)
    lists = store.revocation_lists()
    results = [verify_report(path, roots, revocation_lists=lists) for path in args.files]
    if args.json:
        emit_json([r.as_dict(with_results=args.with_results) for r in results])
    else:
        lang = output_language(args)
        for index, result in enumerate(results):
            if index:
                out()
            _print_verification(result, lang)
    return 0 if all(r.authentic for r in results) else 1


def _print_verification(result: VerificationResult, lang: str) -> None:
    """The outcome of one report; every string taken from the file goes through ``shown``."""
    from selfcheck.core.reports.verify import SIGNER_CLOCK_NOTE

    reasons = [shown(reason, 400) for reason in result.localized_reasons(lang)]
    sep = colon(lang)
    name = shown(result.file, 400)
    if result.authentic:
        out(f"{name}{sep}{tr('可信 AUTHENTIC', 'AUTHENTIC', lang)}")
    else:
        out(f"{name}{sep}{tr('不可信 REJECTED', 'REJECTED', lang)} — {reasons[0] if reasons else ''}")
        for reason in reasons[1:]:
            out(f"  {tr('原因', 'reason', lang)}{sep}{reason}")
    if result.signer:
        fingerprint = (result.signer_fingerprint or "")[:16]
        trusted = "" if result.authentic else tr("（未经核验）", " (not verified)", lang)
        out(f"  {tr('签名人', 'signer', lang)}{trusted}{sep}{shown(result.signer)}  "
            f"[sha256 {fingerprint}…]")
        out(f"  {tr('签发者', 'issuer', lang)}{sep}{shown(result.issuer or '')}")
        if result.algorithm:
            out(f"  {tr('签名算法', 'algorithm', lang)}{sep}{result.algorithm}")
    if result.signing_time:
        when = format_time(result.signing_time.astimezone())
        out(tr(f"  签名时间：{when} — 取自签名人本机时钟，未经可信时间戳服务确认",
               f"  signing time: {when} — the signer's own clock, not a timestamp authority", lang))
    if result.authentic:
        percent = f"{result.percent:.1f}" if result.percent is not None else "?"
        pack, version = shown(result.pack_id or ""), result.pack_version
        org, system = shown(result.organisation or ""), shown(result.system_name or "")
        out(tr(f"  检查清单：{pack} 第 {version} 版（sha256 {result.pack_sha256}）",
               f"  pack: {pack} v{version} (sha256 {result.pack_sha256})", lang))
        out(tr(f"  自查：{org} / {system} — 结论 {_verdict_label(result.verdict, lang)}"
               f"（加权得分 {percent}%）",
               f"  assessment: {org} / {system} — verdict {result.verdict} ({percent}% weighted)",
               lang))
        for english, note in zip(result.notes, result.localized_notes(lang), strict=True):
            if english != SIGNER_CLOCK_NOTE:
                out(f"  {tr('说明', 'note', lang)}{sep}{shown(note, 400)}")


def _verdict_label(value: str | None, lang: str) -> str:
    from selfcheck.core import glossary

    return glossary.label("verdict", value or "", lang)
