"""``selfcheck ca init|issue|show``: the organisation's offline CA for report signers.

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


def _ca_dir(args: argparse.Namespace) -> Path:
    return Path(args.dir) if args.dir else resolve_paths(args.data_dir).data_dir / "ca"


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
