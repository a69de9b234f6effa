"""``selfcheck trust ...``: the two trust stores of this machine, kept apart.

* 报告根证书 — report root certificates (``trust add|list|remove``): PEM files in the
  data folder's ``trust/`` folder; a signed PDF report is authentic only if its signer
  chains to one of them and is not revoked by the newest revocation list of that root
  (``trust add-crl``).
* 清单包签名密钥 — pack signing keys (``trust add-pack-key|revoke-pack-key|pack-keys``):
  kept in the database with their audit entries; a signed pack file installs only if
  one of them signed it.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from selfcheck.cli.common import (
    add_group,
    add_json_flag,
    emit_json,
    open_collection,
    out,
    report_roots,
)
from selfcheck.core.errors import PackKeyError
from selfcheck.core.packs.keys import read_public_key_file
from selfcheck.core.pki.algorithms import key_algorithm, label
from selfcheck.core.pki.revocation import RevocationList, newest_list
from selfcheck.core.pki.roots import TrustedRoot
from selfcheck.core.records import TrustedPackKey

ROOTS_NAME = "report root certificates (报告根证书)"
PACK_KEYS_NAME = "pack signing keys (清单包签名密钥)"


def register(commands: Any) -> None:
    sub = add_group(
        commands, "trust", f"this machine's two trust stores: {ROOTS_NAME} and {PACK_KEYS_NAME}",
        description=f"Two separate trust stores. {ROOTS_NAME.capitalize()}, for verifying "
        "signed PDF reports: add, list, remove (PEM files in the data folder). "
        f"{PACK_KEYS_NAME.capitalize()}, for installing signed pack files: add-pack-key, "
        "revoke-pack-key, pack-keys (in the database).")
    _register_roots(sub)
    _register_pack_keys(sub)


def _register_roots(sub: Any) -> None:
    add = sub.add_parser("add", help="trust a report root certificate (报告根证书, PEM)")
    add.add_argument("file", type=Path, metavar="ROOT.pem")
    add_json_flag(add)
    add.set_defaults(handler=cmd_roots_add)
    listing = sub.add_parser("list", help="list the trusted report root certificates (报告根证书)")
    add_json_flag(listing)
    listing.set_defaults(handler=cmd_roots_list)
    remove = sub.add_parser("remove", help="stop trusting a report root certificate (报告根证书)")
    remove.add_argument("fingerprint", metavar="FINGERPRINT",
                        help="SHA-256 fingerprint or its first 8+ hex digits")
    add_json_flag(remove)
    remove.set_defaults(handler=cmd_roots_remove)
    add_crl = sub.add_parser("add-crl", help="add a revocation list (CRL) signed by a trusted "
                             "report root (证书吊销列表)")
    add_crl.add_argument("file", type=Path, metavar="FILE.crl")
    add_json_flag(add_crl)
    add_crl.set_defaults(handler=cmd_add_crl)


def _register_pack_keys(sub: Any) -> None:
    add_key = sub.add_parser("add-pack-key", help="trust a pack signing key (清单包签名密钥)")
    add_key.add_argument("file", type=Path, metavar="KEY.public.json")
    add_key.add_argument("--pack", action="append", metavar="PACK_ID", dest="packs",
                         help="only for this pack id (repeatable; default: any pack)")
    add_key.add_argument("--label", help="a name for the key (default: the file's label)")
    add_key.add_argument("--reinstate", action="store_true",
                         help="trust again a key that was revoked")
    add_json_flag(add_key)
    add_key.set_defaults(handler=cmd_add_pack_key)

    revoke = sub.add_parser("revoke-pack-key",
                            help="stop trusting a pack signing key (清单包签名密钥)")
    revoke.add_argument("key_id", metavar="KEY_ID")
    revoke.set_defaults(handler=cmd_revoke_pack_key)

    listing = sub.add_parser("pack-keys", help="list the trusted pack signing keys (清单包签名密钥)")
    add_json_flag(listing)
    listing.set_defaults(handler=cmd_list_pack_keys)


# --- report root certificates -------------------------------------------------------

def _root_dict(root: TrustedRoot) -> dict[str, Any]:
    return {"fingerprint": root.fingerprint, "subject": root.subject,
            "not_before": root.not_before.isoformat(), "not_after": root.not_after.isoformat(),
            "file": str(root.path) if root.path else None}


def cmd_roots_add(args: argparse.Namespace) -> int:
    root, new = report_roots(args).add(args.file)
    if args.json:
        emit_json({**_root_dict(root), "added": new})
    elif new:
        out(f"Trusted report root added: {root.subject}\n  sha256 fingerprint {root.fingerprint}"
            "\n  Compare the fingerprint with the one the CA holder gave you.")
    else:
        out(f"Already trusted: {root.subject} ({root.fingerprint})")
    return 0


def _crl_dict(listed: RevocationList | None) -> dict[str, Any] | None:
    if listed is None:
        return None
    return {"number": listed.number, "revoked": len(listed.revoked),
            "this_update": listed.this_update.isoformat(),
            "next_update": listed.next_update.isoformat()}


def cmd_roots_list(args: argparse.Namespace) -> int:
    store = report_roots(args)
    roots, lists = store.entries(), store.revocation_lists()
    if args.json:
        emit_json([{**_root_dict(r), "revocation_list": _crl_dict(newest_list(lists, r.certificate))}
                   for r in roots])
        return 0
    if not roots:
        out("No report roots are trusted. Add one with: selfcheck trust add ROOT.pem")
    for root in roots:
        out(f"{root.fingerprint}\n    {root.subject}; {label(key_algorithm(root.certificate))}; "
            f"valid until {root.not_after:%Y-%m-%d}")
        listed = newest_list(lists, root.certificate)
        if listed is not None:
            out(f"    revocation list {listed.number}: {len(listed.revoked)} revoked; next update "
                f"{listed.next_update:%Y-%m-%d}")
    return 0


def cmd_roots_remove(args: argparse.Namespace) -> int:
    root = report_roots(args).remove(args.fingerprint)
    if args.json:
        emit_json({**_root_dict(root), "removed": True})
    else:
        out(f"No longer trusted: {root.subject} ({root.fingerprint})")
    return 0


def cmd_add_crl(args: argparse.Namespace) -> int:
    listed, added = report_roots(args).add_crl(args.file)
    if args.json:
        emit_json({"issuer": listed.issuer_name, "issuer_fingerprint": listed.issuer_fingerprint,
                   "number": listed.number, "revoked": len(listed.revoked),
                   "this_update": listed.this_update.isoformat(),
                   "next_update": listed.next_update.isoformat(), "added": added})
    elif added:
        out(f"Revocation list {listed.number} of {listed.issuer_name} kept: "
            f"{len(listed.revoked)} revoked; next update {listed.next_update:%Y-%m-%d}")
    else:
        out(f"Not kept: the file is older than the revocation list {listed.number} of "
            f"{listed.issuer_name} already kept")
    return 0


# --- pack signing keys ------------------------------------------------------------------

def _key_dict(key: TrustedPackKey) -> dict[str, Any]:
    return {"key_id": key.key_id, "label": key.label,
            "allowed_packs": list(key.allowed_packs) if key.allowed_packs is not None else None,
            "added_at": key.added_at, "revoked_at": key.revoked_at}


def cmd_add_pack_key(args: argparse.Namespace) -> int:
    if not args.file.is_file():
        raise PackKeyError(f"{args.file}: no such public key file",
                           zh=f"{args.file}：公钥文件不存在")
    key = read_public_key_file(args.file)
    with open_collection(args) as collection:
        entry = collection.pack_keys.trust(key, allowed_packs=args.packs, label=args.label,
                                           reinstate=args.reinstate)
    if args.json:
        emit_json(_key_dict(entry))
        return 0
    scope = ", ".join(entry.allowed_packs) if entry.allowed_packs is not None else "any pack"
    out(f"Trusted pack key {entry.key_id}" + (f" ({entry.label})" if entry.label else "")
        + f" for {scope}.")
    return 0


def cmd_revoke_pack_key(args: argparse.Namespace) -> int:
    with open_collection(args) as collection:
        collection.pack_keys.revoke(args.key_id)
    out(f"Revoked pack key {args.key_id.strip().lower()}; packs it signed can no longer be "
        "installed (installed packs stay).")
    return 0


def cmd_list_pack_keys(args: argparse.Namespace) -> int:
    with open_collection(args) as collection:
        keys = collection.pack_keys.entries()
    if args.json:
        emit_json([_key_dict(k) for k in keys])
        return 0
    if not keys:
        out("No pack keys are trusted. The built-in packs need none; add keys with: "
            "selfcheck trust add-pack-key FILE")
    for key in keys:
        scope = ", ".join(key.allowed_packs) if key.allowed_packs is not None else "any pack"
        state = f"REVOKED {key.revoked_at}" if key.revoked_at else "trusted"
        out(f"{key.key_id}  {key.label or '(no label)'}  [{state}; {scope}; added "
            f"{key.added_at}]")
    return 0
