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
)
from selfcheck.core.errors import UsageError
from selfcheck.core.paths import resolve_paths
from selfcheck.core.pki import revocation
from selfcheck.core.pki.algorithms import ALGORITHMS, DEFAULT_ALGORITHM, label
from selfcheck.core.pki.ca import DEFAULT_CA_DAYS, DEFAULT_IDENTITY_DAYS, init_ca, issue_identity, load_ca_certificate


def register(commands: Any) -> None:
    ca_actions = add_group(commands, "ca", "the organisation's offline signing CA")
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
    init.add_argument("--algorithm", choices=ALGORITHMS, default=DEFAULT_ALGORITHM,
                      help="sm2: SM2 with SM3 (default; checked by selfcheck verify, not by "
                      "Acrobat or poppler); ecdsa-p256: ECDSA P-256 with SHA-256")
    add_json_flag(init)
    init.set_defaults(handler=cmd_ca_init)

    issue = ca_actions.add_parser(
        "issue", help="issue a signer identity (.pem for SM2, .p12 for ECDSA)",
        description=f"Issue a signer identity. The CA key passphrase comes from "
        f"${PASSPHRASE_ENV}, the new identity's from ${NEW_PASSPHRASE_ENV} (or prompts).")
    issue.add_argument("--name", required=True, help="the signer's name")
    issue.add_argument("-o", "--output", type=Path, required=True, metavar="IDENTITY")
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
    _register_revocation(ca_actions)


def _register_revocation(ca_actions: Any) -> None:
    revoke = ca_actions.add_parser(
        "revoke", help="revoke a signer certificate (listed by the next CRL)",
        description="Record the revocation of a certificate this CA issued; it takes "
        "effect on reviewers' machines with the next CRL (selfcheck ca crl).")
    revoke.add_argument("which", metavar="IDENTITY|SERIAL",
                        help="the signer's name, the certificate serial number (hex), or a "
                        "certificate file (e.g. DIR/issued/SERIAL.pem or an SM2 identity file)")
    revoke.add_argument("--reason", choices=list(revocation.REASONS), default="unspecified",
                        help="why (default unspecified); superseded, affiliation-changed and "
                        "cessation-of-operation keep earlier reports valid")
    revoke.add_argument("--dir", type=Path, metavar="DIR")
    add_json_flag(revoke)
    revoke.set_defaults(handler=cmd_ca_revoke)

    crl = ca_actions.add_parser(
        "crl", help="sign a certificate revocation list (CRL) for the reviewers",
        description=f"Sign a CRL of every revocation recorded so far with the CA key "
        f"(passphrase from ${PASSPHRASE_ENV} or a prompt). Reviewers add it with: "
        "selfcheck trust add-crl FILE.crl")
    crl.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.crl")
    crl.add_argument("--days", type=bounded_int("number of days", 1, 3650),
                     default=revocation.DEFAULT_CRL_DAYS,
                     help=f"days until the next update (default {revocation.DEFAULT_CRL_DAYS})")
    crl.add_argument("--dir", type=Path, metavar="DIR")
    add_json_flag(crl)
    crl.set_defaults(handler=cmd_ca_crl)


def _ca_dir(args: argparse.Namespace) -> Path:
    return Path(args.dir) if args.dir else resolve_paths(args.data_dir).data_dir / "ca"


def cmd_ca_init(args: argparse.Namespace) -> int:
    folder = _ca_dir(args)
    passphrase = read_passphrase("New passphrase for the CA key: ",
                                 confirm=True)
    info = init_ca(folder, name=args.name, organisation=args.org, passphrase=passphrase,
                   days=args.days, algorithm=args.algorithm)
    if args.json:
        emit_json({"folder": str(folder), "certificate": str(info.cert_path),
                   "key": str(info.key_path), "subject": info.subject,
                   "algorithm": info.algorithm,
                   "fingerprint": info.fingerprint, "not_after": info.not_after.isoformat()})
        return 0
    out(f"Root CA created in {folder}")
    out(f"  certificate: {info.cert_path}  (give this to reviewers: selfcheck trust add)")
    out(f"  key:         {info.key_path}  (keep it offline; protected by the passphrase)")
    out(f"  subject {info.subject}; {info.algorithm_label}; valid until {info.not_after:%Y-%m-%d}")
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
                   "algorithm": identity.algorithm,
                   "fingerprint": identity.fingerprint, "issuer": identity.issuer,
                   "not_before": identity.not_before.isoformat(),
                   "not_after": identity.not_after.isoformat(),
                   "key_usage": list(identity.key_usage)})
        return 0
    out(f"Signer identity written to {args.output}")
    out(f"  {identity.subject}, issued by {identity.issuer} ({label(identity.algorithm)})")
    out(f"  valid {identity.not_before:%Y-%m-%d} to {identity.not_after:%Y-%m-%d}; "
        f"key usage {', '.join(identity.key_usage)}")
    out(f"  sha256 fingerprint {identity.fingerprint}")
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
        out(f"{info.subject}\n  folder {info.folder}\n  {info.algorithm_label}; "
            f"valid until {info.not_after:%Y-%m-%d}"
            f"\n  sha256 fingerprint {info.fingerprint}")
    return 0


def cmd_ca_revoke(args: argparse.Namespace) -> int:
    entry = revocation.revoke(_ca_dir(args), args.which, args.reason)
    if args.json:
        emit_json({"serial": f"{entry.serial:x}", "subject": entry.subject,
                   "reason": entry.reason, "revoked_at": entry.revoked_at.isoformat()})
        return 0
    out(f"Revoked certificate {entry.serial:x}" + (f" ({entry.subject})" if entry.subject else "")
        + f": {entry.reason}, {entry.revoked_at:%Y-%m-%d %H:%M} UTC")
    out("  It takes effect when reviewers add the next CRL: selfcheck ca crl -o FILE.crl")
    return 0


def cmd_ca_crl(args: argparse.Namespace) -> int:
    folder = _ca_dir(args)
    load_ca_certificate(folder)  # fail before asking for the passphrase
    if args.output.exists():
        raise UsageError(f"{args.output}: already exists; choose another file name",
                         zh=f"{args.output}：文件已存在，请另选文件名")
    passphrase = read_passphrase("Passphrase of the CA key: ")
    listed = revocation.issue_crl(folder, passphrase, args.output, days=args.days)
    if args.json:
        emit_json({"file": str(args.output), "number": listed.number,
                   "revoked": len(listed.revoked), "this_update": listed.this_update.isoformat(),
                   "next_update": listed.next_update.isoformat()})
        return 0
    out(f"Revocation list {listed.number} written to {args.output}: "
        f"{len(listed.revoked)} revoked, next update {listed.next_update:%Y-%m-%d}")
    out("  Give it to every reviewer: selfcheck trust add-crl FILE.crl")
    return 0
