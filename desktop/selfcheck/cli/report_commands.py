"""``selfcheck export``, ``verify``, ``ca init|issue|show`` and ``trust add|list|remove``.

Passphrases never come from the command line: ``SELFCHECK_PASSPHRASE`` (the CA key
for ``ca init``/``ca issue``, the signer identity for ``export --sign``) and
``SELFCHECK_NEW_PASSPHRASE`` (the new identity of ``ca issue``), or a prompt.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, Any

from selfcheck.cli.common import (
    NEW_PASSPHRASE_ENV,
    PASSPHRASE_ENV,
    add_json_flag,
    assessment_id,
    bounded_int,
    emit_json,
    open_collection,
    out,
    read_passphrase,
)
from selfcheck.cli.textout import default_language
from selfcheck.core.errors import UsageError
from selfcheck.core.paths import resolve_paths
from selfcheck.core.pki.ca import DEFAULT_CA_DAYS, DEFAULT_IDENTITY_DAYS, init_ca, issue_identity, load_ca_certificate
from selfcheck.core.pki.roots import ReportRoots, TrustedRoot, load_root_certificate
from selfcheck.core.reports.data import DEFAULT_MARKINGS, LANGUAGES
from selfcheck.core.reports.pdf import format_time

if TYPE_CHECKING:
    from selfcheck.core.reports.verify import VerificationResult


def register(commands: Any, groups: dict[str, Any]) -> None:
    export = commands.add_parser(
        "export", help="write the PDF report of an assessment (signed with --sign)",
        description="Write the PDF report with results.json attached. With --sign, the "
        f"report is certified with a signer identity (.p12); its passphrase comes from "
        f"${PASSPHRASE_ENV} or a prompt. Without --sign the report is marked UNSIGNED.")
    export.add_argument("id", type=assessment_id, metavar="ID")
    export.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.pdf")
    export.add_argument("--force", action="store_true", help="replace FILE.pdf if it exists")
    export.add_argument("--sign", type=Path, metavar="IDENTITY.p12",
                        help="sign with this identity (from: selfcheck ca issue)")
    export.add_argument("--lang", choices=list(LANGUAGES), default="zh",
                        help="report language (default zh)")
    export.add_argument("--marking", metavar="TEXT",
                        help="handling mark on every page, e.g. 内部 or 公开 "
                        "(default 内部 / INTERNAL)")
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

    ca = commands.add_parser("ca", help="the organisation's offline signing CA")
    ca_actions = ca.add_subparsers(dest="ca_command", metavar="ACTION", required=True)
    init = ca_actions.add_parser(
        "init", help="create the root CA (key protected by a passphrase)",
        description=f"Create a root CA. The key passphrase comes from ${PASSPHRASE_ENV} or "
        "a prompt. Give root-ca.pem to the reviewers (selfcheck trust add).")
    init.add_argument("--name", required=True, help="CA name, e.g. 'XX局 报告签名根证书'")
    init.add_argument("--org", default="", help="organisation")
    init.add_argument("--dir", type=Path, metavar="DIR",
                      help="CA folder (default: ca/ in the data directory)")
    init.add_argument("--days", type=bounded_int("number of days", 1, 36500), default=DEFAULT_CA_DAYS,
                      help=f"validity in days (default {DEFAULT_CA_DAYS})")
    add_json_flag(init)
    init.set_defaults(handler=cmd_ca_init)

    issue = ca_actions.add_parser(
        "issue", help="issue a signer identity (.p12)",
        description=f"Issue a signer identity. The CA key passphrase comes from "
        f"${PASSPHRASE_ENV}, the new identity's from ${NEW_PASSPHRASE_ENV} (or prompts).")
    issue.add_argument("--name", required=True, help="the signer's name")
    issue.add_argument("-o", "--output", type=Path, required=True, metavar="IDENTITY.p12")
    issue.add_argument("--org", help="organisation (default: the CA's)")
    issue.add_argument("--email", default="", help="e-mail address (optional)")
    issue.add_argument("--dir", type=Path, metavar="DIR",
                       help="CA folder (default: ca/ in the data directory)")
    issue.add_argument("--days", type=bounded_int("number of days", 1, 36500),
                       default=DEFAULT_IDENTITY_DAYS,
                       help=f"validity in days (default {DEFAULT_IDENTITY_DAYS})")
    add_json_flag(issue)
    issue.set_defaults(handler=cmd_ca_issue)

    show = ca_actions.add_parser("show", help="show the CA certificate")
    show.add_argument("--dir", type=Path, metavar="DIR")
    add_json_flag(show)
    show.set_defaults(handler=cmd_ca_show)

    add = groups["trust"].add_parser("add", help="trust a report root certificate (PEM)")
    add.add_argument("file", type=Path, metavar="ROOT.pem")
    add_json_flag(add)
    add.set_defaults(handler=cmd_trust_add)
    listing = groups["trust"].add_parser("list", help="list the trusted report roots")
    add_json_flag(listing)
    listing.set_defaults(handler=cmd_trust_list)
    remove = groups["trust"].add_parser("remove", help="stop trusting a report root")
    remove.add_argument("fingerprint", metavar="FINGERPRINT",
                        help="SHA-256 fingerprint or its first 8+ hex digits")
    add_json_flag(remove)
    remove.set_defaults(handler=cmd_trust_remove)


def _ca_dir(args: argparse.Namespace) -> Path:
    return Path(args.dir) if args.dir else resolve_paths(args.data_dir).data_dir / "ca"


def _roots(args: argparse.Namespace) -> ReportRoots:
    """The report trust roots of the data folder (no need to open the database)."""
    return ReportRoots(resolve_paths(args.data_dir).trust_dir)


def cmd_export(args: argparse.Namespace) -> int:
    from selfcheck.core.reports.data import clean_marking
    from selfcheck.core.reports.signing import check_output_path

    marking = clean_marking(args.marking if args.marking is not None
                            else DEFAULT_MARKINGS[args.lang])
    check_output_path(args.output, overwrite=args.force,
                      protected=(args.sign,) if args.sign is not None else ())
    passphrase = None
    if args.sign is not None:
        if not args.sign.is_file():
            raise UsageError(f"{args.sign}: no such identity file",
                             zh=f"{args.sign}：签名身份文件不存在")
        passphrase = read_passphrase(f"Passphrase of {args.sign.name}: ")
    with open_collection(args) as collection:
        result = collection.reports.export(args.id, args.output, identity=args.sign,
                               passphrase=passphrase, lang=args.lang, marking=marking,
                               overwrite=args.force)
    if args.json:
        emit_json({
            "file": str(result.path), "size": result.size, "signed": result.signed,
            "language": result.language, "marking": result.marking,
            "results_sha256": result.results_sha256, "verdict": result.verdict,
            "pack": result.pack, "signer": result.signer,
            "signer_fingerprint": result.signer_fingerprint,
            "signing_time": result.signing_time.isoformat() if result.signing_time else None,
        })
        return 0
    if result.signed:
        when = format_time(result.signing_time.astimezone()) if result.signing_time else "?"
        out(f"Signed report written to {result.path} ({result.size // 1024} KB)")
        out(f"  signer: {result.signer}; signing time {when} (this computer's clock)")
    else:
        out(f"UNSIGNED report written to {result.path} ({result.size // 1024} KB); "
            "sign with --sign IDENTITY.p12 for a report others can verify")
    out(f"  verdict {result.verdict}; pack {result.pack}; results.json sha256 "
        f"{result.results_sha256}")
    return 0


def cmd_verify(args: argparse.Namespace) -> int:
    from selfcheck.core.reports.verify import verify_report

    roots = _roots(args).certificates()
    roots += [load_root_certificate(path) for path in args.trust]
    results = [verify_report(path, roots) for path in args.files]
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
        else:
            trusted = "" if result.authentic else " (not verified)"
            out(f"  signer{trusted}: {result.signer}  [sha256 {fingerprint}…]")
            out(f"  issuer: {result.issuer}")
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
    from selfcheck.core.scoring import Verdict

    try:
        return Verdict(value or "").label(lang)
    except ValueError:
        return value or ""


def cmd_ca_init(args: argparse.Namespace) -> int:
    folder = _ca_dir(args)
    passphrase = read_passphrase("New passphrase for the CA key: ",
                                 confirm=True)
    info = init_ca(folder, name=args.name, organisation=args.org, passphrase=passphrase,
                   days=args.days)
    if args.json:
        emit_json({"folder": str(folder), "certificate": str(info.cert_path),
                   "key": str(info.key_path), "subject": info.subject,
                   "fingerprint": info.fingerprint, "not_after": info.not_after.isoformat()})
        return 0
    out(f"Root CA created in {folder}")
    out(f"  certificate: {info.cert_path}  (give this to reviewers: selfcheck trust add)")
    out(f"  key:         {info.key_path}  (keep it offline; protected by the passphrase)")
    out(f"  subject {info.subject}; valid until {info.not_after:%Y-%m-%d}")
    out(f"  sha256 fingerprint {info.fingerprint}")
    return 0


def cmd_ca_issue(args: argparse.Namespace) -> int:
    folder = _ca_dir(args)
    load_ca_certificate(folder)  # fail before asking for passphrases
    if args.output.exists():
        raise UsageError(f"{args.output}: already exists; choose another file name",
                         zh=f"{args.output}：文件已存在，请另选文件名")
    ca_passphrase = read_passphrase("Passphrase of the CA key: ")
    new_passphrase = read_passphrase(f"New passphrase for {args.output.name}: ",
                                     env=NEW_PASSPHRASE_ENV, confirm=True)
    identity = issue_identity(folder, ca_passphrase, name=args.name, output=args.output,
                              passphrase=new_passphrase, organisation=args.org,
                              email=args.email, days=args.days)
    if args.json:
        emit_json({"file": str(args.output), "subject": identity.subject,
                   "fingerprint": identity.fingerprint, "issuer": identity.issuer,
                   "not_before": identity.not_before.isoformat(),
                   "not_after": identity.not_after.isoformat(),
                   "key_usage": list(identity.key_usage)})
        return 0
    out(f"Signer identity written to {args.output}")
    out(f"  {identity.subject}, issued by {identity.issuer}")
    out(f"  valid {identity.not_before:%Y-%m-%d} to {identity.not_after:%Y-%m-%d}; "
        f"key usage {', '.join(identity.key_usage)}")
    out(f"  sha256 fingerprint {identity.fingerprint}")
    return 0


def cmd_ca_show(args: argparse.Namespace) -> int:
    info = load_ca_certificate(_ca_dir(args))
    cert = info.certificate
    data = {"folder": str(info.folder), "subject": info.subject,
            "fingerprint": info.fingerprint,
            "not_before": cert.not_valid_before_utc.isoformat(),
            "not_after": info.not_after.isoformat()}
    if args.json:
        emit_json(data)
    else:
        out(f"{info.subject}\n  folder {info.folder}\n  valid until {info.not_after:%Y-%m-%d}"
            f"\n  sha256 fingerprint {info.fingerprint}")
    return 0


def _root_dict(root: TrustedRoot) -> dict[str, Any]:
    return {"fingerprint": root.fingerprint, "subject": root.subject,
            "not_before": root.not_before.isoformat(), "not_after": root.not_after.isoformat(),
            "file": str(root.path) if root.path else None}


def cmd_trust_add(args: argparse.Namespace) -> int:
    root, new = _roots(args).add(args.file)
    if args.json:
        emit_json({**_root_dict(root), "added": new})
    elif new:
        out(f"Trusted report root added: {root.subject}\n  sha256 fingerprint {root.fingerprint}"
            "\n  Compare the fingerprint with the one the CA holder gave you.")
    else:
        out(f"Already trusted: {root.subject} ({root.fingerprint})")
    return 0


def cmd_trust_list(args: argparse.Namespace) -> int:
    roots = _roots(args).entries()
    if args.json:
        emit_json([_root_dict(r) for r in roots])
        return 0
    if not roots:
        out("No report roots are trusted. Add one with: selfcheck trust add ROOT.pem")
    for root in roots:
        out(f"{root.fingerprint}\n    {root.subject}; valid until {root.not_after:%Y-%m-%d}")
    return 0


def cmd_trust_remove(args: argparse.Namespace) -> int:
    root = _roots(args).remove(args.fingerprint)
    if args.json:
        emit_json({**_root_dict(root), "removed": True})
    else:
        out(f"No longer trusted: {root.subject} ({root.fingerprint})")
    return 0
