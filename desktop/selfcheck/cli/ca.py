"""``selfcheck ca init|issue|show|revoke|crl``: the organisation's offline CA for report
signers, SM2/SM3 (default) or ECDSA P-256, and its revocation lists.

Passphrases never come from the command line: ``SELFCHECK_PASSPHRASE`` (the CA key)
and ``SELFCHECK_NEW_PASSPHRASE`` (the new identity of ``ca issue``), or a prompt.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from selfcheck.cli.common import (
    NEW_PASSPHRASE_ENV,
    PASSPHRASE_ENV,
    add_group,
    add_json_flag,
    bounded_int,
    emit_json,
    out,
    read_passphrase,
    tr,
)
from selfcheck.cli.textout import default_language
from selfcheck.core.errors import UsageError
from selfcheck.core.paths import resolve_paths
from selfcheck.core.pki import revocation
from selfcheck.core.pki.algorithms import ALGORITHMS, DEFAULT_ALGORITHM, label
from selfcheck.core.pki.ca import DEFAULT_CA_DAYS, DEFAULT_IDENTITY_DAYS, init_ca, issue_identity, load_ca_certificate
from selfcheck.core.pki.certs import key_usage_label
from selfcheck.core.text import list_separator, shown

_DIR_HELP = ("CA 文件夹（默认：数据文件夹中的 ca/）", "CA folder (default: ca/ in the data directory)")


def register(commands: Any) -> None:
    ca_actions = add_group(commands, "ca", tr("本单位的离线签名 CA", "the organisation's offline signing CA"))
    init = ca_actions.add_parser(
        "init", help=tr("创建根 CA（私钥由口令保护）", "create the root CA (key protected by a passphrase)"),
        description=tr(f"创建根 CA。私钥口令取自环境变量 {PASSPHRASE_ENV} 或提示输入。请把 root-ca.pem "
                       "交给核验人员（selfcheck trust add）。",
                       f"Create a root CA. The key passphrase comes from ${PASSPHRASE_ENV} or a "
                       "prompt. Give root-ca.pem to the reviewers (selfcheck trust add)."))
    init.add_argument("--name", required=True, metavar="NAME",
                      help=tr("CA 名称，例如“XX局 报告签名根证书”", "CA name, e.g. 'XX局 报告签名根证书'"))
    init.add_argument("--org", default="", metavar="ORG", help=tr("单位", "organisation"))
    init.add_argument("--dir", type=Path, metavar="DIR", help=tr(*_DIR_HELP))
    init.add_argument("--days", type=bounded_int("天数", "number of days", 1, 36500),
                      default=DEFAULT_CA_DAYS, metavar="DAYS",
                      help=tr(f"有效天数（默认 {DEFAULT_CA_DAYS}）",
                              f"validity in days (default {DEFAULT_CA_DAYS})"))
    init.add_argument("--algorithm", choices=ALGORITHMS, default=DEFAULT_ALGORITHM,
                      help=tr("sm2：SM2 签名、SM3 摘要（默认；由 selfcheck verify 核验，Acrobat 和 "
                              "poppler 不能核验）；ecdsa-p256：ECDSA P-256 签名、SHA-256 摘要",
                              "sm2: SM2 with SM3 (default; checked by selfcheck verify, not by "
                              "Acrobat or poppler); ecdsa-p256: ECDSA P-256 with SHA-256"))
    add_json_flag(init)
    init.set_defaults(handler=cmd_ca_init)

    issue = ca_actions.add_parser(
        "issue", help=tr("签发签名身份（SM2 为 .pem，ECDSA 为 .p12）",
                         "issue a signer identity (.pem for SM2, .p12 for ECDSA)"),
        description=tr(f"签发签名身份。CA 私钥的口令取自环境变量 {PASSPHRASE_ENV}，新签名身份的口令取自 "
                       f"{NEW_PASSPHRASE_ENV}（或提示输入）。",
                       f"Issue a signer identity. The CA key passphrase comes from "
                       f"${PASSPHRASE_ENV}, the new identity's from ${NEW_PASSPHRASE_ENV} (or "
                       "prompts)."))
    issue.add_argument("--name", required=True, metavar="NAME", help=tr("签名人姓名", "the signer's name"))
    issue.add_argument("-o", "--output", type=Path, required=True, metavar="IDENTITY",
                       help=tr("要写入的签名身份文件", "the identity file to write"))
    issue.add_argument("--org", metavar="ORG", help=tr("单位（默认：CA 的单位）", "organisation (default: the CA's)"))
    issue.add_argument("--email", default="", metavar="EMAIL",
                       help=tr("电子邮件地址（可不填）", "e-mail address (optional)"))
    issue.add_argument("--dir", type=Path, metavar="DIR", help=tr(*_DIR_HELP))
    issue.add_argument("--days", type=bounded_int("天数", "number of days", 1, 36500),
                       default=DEFAULT_IDENTITY_DAYS, metavar="DAYS",
                       help=tr(f"有效天数（默认 {DEFAULT_IDENTITY_DAYS}）",
                               f"validity in days (default {DEFAULT_IDENTITY_DAYS})"))
    add_json_flag(issue)
    issue.set_defaults(handler=cmd_ca_issue)

    show = ca_actions.add_parser("show", help=tr("显示 CA 证书", "show the CA certificate"))
    show.add_argument("--dir", type=Path, metavar="DIR", help=tr(*_DIR_HELP))
    add_json_flag(show)
    show.set_defaults(handler=cmd_ca_show)
    _register_revocation(ca_actions)


def _register_revocation(ca_actions: Any) -> None:
    revoke = ca_actions.add_parser(
        "revoke", help=tr("吊销一个签名证书（列入下一份 CRL）",
                          "revoke a signer certificate (listed by the next CRL)"),
        description=tr("记录对本 CA 签发的一个证书的吊销；核验人员添加下一份证书吊销列表"
                       "（selfcheck ca crl）后生效。",
                       "Record the revocation of a certificate this CA issued; it takes effect on "
                       "reviewers' machines with the next CRL (selfcheck ca crl)."))
    revoke.add_argument("which", metavar="IDENTITY|SERIAL",
                        help=tr("签名人姓名、证书序列号（十六进制）或证书文件（例如 DIR/issued/SERIAL.pem"
                                "或 SM2 签名身份文件）",
                                "the signer's name, the certificate serial number (hex), or a "
                                "certificate file (e.g. DIR/issued/SERIAL.pem or an SM2 identity "
                                "file)"))
    revoke.add_argument("--reason", choices=list(revocation.REASONS), default="unspecified",
                        help=tr("吊销原因（默认 unspecified）；superseded、affiliation-changed 和 "
                                "cessation-of-operation 不影响此前签名报告的效力",
                                "why (default unspecified); superseded, affiliation-changed and "
                                "cessation-of-operation keep earlier reports valid"))
    revoke.add_argument("--dir", type=Path, metavar="DIR", help=tr(*_DIR_HELP))
    add_json_flag(revoke)
    revoke.set_defaults(handler=cmd_ca_revoke)

    crl = ca_actions.add_parser(
        "crl", help=tr("为核验人员签发证书吊销列表（CRL）",
                       "sign a certificate revocation list (CRL) for the reviewers"),
        description=tr(f"用 CA 私钥签发一份列有迄今所有吊销记录的 CRL（口令取自环境变量 {PASSPHRASE_ENV}"
                       "或提示输入）。核验人员用 selfcheck trust add-crl FILE.crl 添加。",
                       f"Sign a CRL of every revocation recorded so far with the CA key "
                       f"(passphrase from ${PASSPHRASE_ENV} or a prompt). Reviewers add it with: "
                       "selfcheck trust add-crl FILE.crl"))
    crl.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.crl",
                     help=tr("要写入的证书吊销列表文件", "the revocation list file to write"))
    crl.add_argument("--days", type=bounded_int("天数", "number of days", 1, 3650),
                     default=revocation.DEFAULT_CRL_DAYS, metavar="DAYS",
                     help=tr(f"距下次更新的天数（默认 {revocation.DEFAULT_CRL_DAYS}）",
                             f"days until the next update (default {revocation.DEFAULT_CRL_DAYS})"))
    crl.add_argument("--dir", type=Path, metavar="DIR", help=tr(*_DIR_HELP))
    add_json_flag(crl)
    crl.set_defaults(handler=cmd_ca_crl)


def _ca_dir(args: argparse.Namespace) -> Path:
    return Path(args.dir) if args.dir else resolve_paths(args.data_dir).data_dir / "ca"


def _ca_to_sign_with(args: argparse.Namespace) -> tuple[Path, str]:
    """The CA folder and its key's passphrase, asked for only once the CA is there and
    ``--output`` names no existing file."""
    folder = _ca_dir(args)
    load_ca_certificate(folder)
    if args.output.exists():
        raise UsageError(f"{args.output}: already exists; choose another file name",
                         zh=f"{args.output}：文件已存在，请另选文件名")
    return folder, read_passphrase(tr("CA 私钥的口令：", "Passphrase of the CA key: "))


def cmd_ca_init(args: argparse.Namespace) -> int:
    folder = _ca_dir(args)
    passphrase = read_passphrase(tr("CA 私钥的新口令：", "New passphrase for the CA key: "),
                                 confirm=True)
    info = init_ca(folder, name=args.name, organisation=args.org, passphrase=passphrase,
                   days=args.days, algorithm=args.algorithm)
    if args.json:
        emit_json({"folder": str(folder), "certificate": str(info.cert_path),
                   "key": str(info.key_path), "subject": info.subject,
                   "algorithm": info.algorithm,
                   "fingerprint": info.fingerprint, "not_after": info.not_after.isoformat()})
        return 0
    out(tr(f"已在 {folder} 中创建根 CA", f"Root CA created in {folder}"))
    out(tr(f"  证书：{info.cert_path}（交给核验人员：selfcheck trust add）",
           f"  certificate: {info.cert_path}  (give this to reviewers: selfcheck trust add)"))
    out(tr(f"  私钥：{info.key_path}（离线保管，由口令保护）",
           f"  key:         {info.key_path}  (keep it offline; protected by the passphrase)"))
    out(tr(f"  主体 {info.subject}；{info.algorithm_label}；有效期至 {info.not_after:%Y-%m-%d}",
           f"  subject {info.subject}; {info.algorithm_label}; valid until "
           f"{info.not_after:%Y-%m-%d}"))
    out(tr(f"  sha256 指纹 {info.fingerprint}", f"  sha256 fingerprint {info.fingerprint}"))
    return 0


def cmd_ca_issue(args: argparse.Namespace) -> int:
    folder, ca_passphrase = _ca_to_sign_with(args)
    new_passphrase = read_passphrase(tr(f"{args.output.name} 的新口令：",
                                        f"New passphrase for {args.output.name}: "),
                                     env=NEW_PASSPHRASE_ENV, confirm=True)
    identity = issue_identity(folder, ca_passphrase, name=args.name, output=args.output,
                              passphrase=new_passphrase, organisation=args.org,
                              email=args.email, days=args.days)
    if args.json:
        emit_json({"file": str(args.output), "subject": identity.subject,
                   "algorithm": identity.algorithm,
                   "fingerprint": identity.fingerprint, "issuer": identity.issuer,
                   "not_before": identity.not_before.isoformat(),
                   "not_after": identity.not_after.isoformat(),
                   "key_usage": list(identity.key_usage)})
        return 0
    algorithm = label(identity.algorithm)
    usage = list_separator(default_language()).join(
        key_usage_label(name, default_language()) for name in identity.key_usage)
    out(tr(f"已写入签名身份 {args.output}", f"Signer identity written to {args.output}"))
    out(tr(f"  {identity.subject}，签发者 {identity.issuer}（{algorithm}）",
           f"  {identity.subject}, issued by {identity.issuer} ({algorithm})"))
    out(tr(f"  有效期 {identity.not_before:%Y-%m-%d} 至 {identity.not_after:%Y-%m-%d}；密钥用途 {usage}",
           f"  valid {identity.not_before:%Y-%m-%d} to {identity.not_after:%Y-%m-%d}; "
           f"key usage {usage}"))
    out(tr(f"  sha256 指纹 {identity.fingerprint}", f"  sha256 fingerprint {identity.fingerprint}"))
    return 0


def cmd_ca_show(args: argparse.Namespace) -> int:
    info = load_ca_certificate(_ca_dir(args))
    cert = info.certificate
    data = {"folder": str(info.folder), "subject": info.subject,
            "fingerprint": info.fingerprint, "algorithm": info.algorithm,
            "not_before": cert.not_valid_before_utc.isoformat(),
            "not_after": info.not_after.isoformat()}
    if args.json:
        emit_json(data)
    else:
        out(tr(f"{info.subject}\n  文件夹 {info.folder}\n  {info.algorithm_label}；有效期至 "
               f"{info.not_after:%Y-%m-%d}\n  sha256 指纹 {info.fingerprint}",
               f"{info.subject}\n  folder {info.folder}\n  {info.algorithm_label}; valid until "
               f"{info.not_after:%Y-%m-%d}\n  sha256 fingerprint {info.fingerprint}"))
    return 0


def cmd_ca_revoke(args: argparse.Namespace) -> int:
    entry = revocation.revoke(_ca_dir(args), args.which, args.reason)
    if args.json:
        emit_json({"serial": f"{entry.serial:x}", "subject": entry.subject,
                   "reason": entry.reason, "revoked_at": entry.revoked_at.isoformat()})
        return 0
    subject = f" ({shown(entry.subject)})" if entry.subject else ""
    when = f"{entry.revoked_at:%Y-%m-%d %H:%M} UTC"
    out(tr(f"已吊销证书 {entry.serial:x}{subject}：{revocation.REASONS_ZH.get(entry.reason, entry.reason)}，"
           f"{when}",
           f"Revoked certificate {entry.serial:x}{subject}: {entry.reason}, {when}"))
    out(tr("  核验人员添加下一份证书吊销列表后生效：selfcheck ca crl -o FILE.crl",
           "  It takes effect when reviewers add the next CRL: selfcheck ca crl -o FILE.crl"))
    return 0


def cmd_ca_crl(args: argparse.Namespace) -> int:
    folder, passphrase = _ca_to_sign_with(args)
    listed = revocation.issue_crl(folder, passphrase, args.output, days=args.days)
    if args.json:
        emit_json({"file": str(args.output), "number": listed.number,
                   "revoked": len(listed.revoked), "this_update": listed.this_update.isoformat(),
                   "next_update": listed.next_update.isoformat()})
        return 0
    out(tr(f"已将证书吊销列表 {listed.number} 写入 {args.output}：{len(listed.revoked)} 条吊销记录，"
           f"下次更新 {listed.next_update:%Y-%m-%d}",
           f"Revocation list {listed.number} written to {args.output}: "
           f"{len(listed.revoked)} revoked, next update {listed.next_update:%Y-%m-%d}"))
    out(tr("  请交给每位核验人员：selfcheck trust add-crl FILE.crl",
           "  Give it to every reviewer: selfcheck trust add-crl FILE.crl"))
    return 0
