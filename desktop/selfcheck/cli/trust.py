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
    tr,
)
from selfcheck.core.errors import PackKeyError
from selfcheck.core.packs.keys import read_public_key_file
from selfcheck.core.pki.algorithms import key_algorithm, label
from selfcheck.core.pki.revocation import RevocationList, newest_list
from selfcheck.core.pki.roots import TrustedRoot
from selfcheck.core.records import TrustedPackKey
from selfcheck.core.text import list_separator, shown


def register(commands: Any) -> None:
    sub = add_group(
        commands, "trust", tr("本机的两个信任库：报告根证书和清单包签名密钥",
                              "this machine's two trust stores: report root certificates and "
                              "pack signing keys"),
        description=tr(
            "两个相互独立的信任库。报告根证书用于核验签名的 PDF 报告：add、list、remove、"
            "add-crl（PEM 文件，保存在数据文件夹中）。清单包签名密钥用于安装签名清单包文件："
            "add-pack-key、revoke-pack-key、pack-keys（保存在数据库中）。",
            "Two separate trust stores. Report root certificates, for verifying signed PDF "
            "reports: add, list, remove, add-crl (PEM files in the data folder). Pack signing "
            "keys, for installing signed pack files: add-pack-key, revoke-pack-key, pack-keys "
            "(in the database)."))
    _register_roots(sub)
    _register_pack_keys(sub)


def _register_roots(sub: Any) -> None:
    add = sub.add_parser("add", help=tr("信任一个报告根证书（PEM）",
                                        "trust a report root certificate (PEM)"))
    add.add_argument("file", type=Path, metavar="ROOT.pem", help=tr("根证书文件", "the root certificate"))
    add_json_flag(add)
    add.set_defaults(handler=cmd_roots_add)
    listing = sub.add_parser("list", help=tr("列出受信任的报告根证书",
                                             "list the trusted report root certificates"))
    add_json_flag(listing)
    listing.set_defaults(handler=cmd_roots_list)
    remove = sub.add_parser("remove", help=tr("不再信任一个报告根证书",
                                              "stop trusting a report root certificate"))
    remove.add_argument("fingerprint", metavar="FINGERPRINT",
                        help=tr("SHA-256 指纹，或其前 8 位以上的十六进制数字",
                                "SHA-256 fingerprint or its first 8+ hex digits"))
    add_json_flag(remove)
    remove.set_defaults(handler=cmd_roots_remove)
    add_crl = sub.add_parser("add-crl", help=tr("添加由受信任的报告根证书签发的证书吊销列表（CRL）",
                                                "add a revocation list (CRL) signed by a trusted "
                                                "report root"))
    add_crl.add_argument("file", type=Path, metavar="FILE.crl",
                         help=tr("证书吊销列表文件", "the revocation list file"))
    add_json_flag(add_crl)
    add_crl.set_defaults(handler=cmd_add_crl)


def _register_pack_keys(sub: Any) -> None:
    add_key = sub.add_parser("add-pack-key", help=tr("信任一个清单包签名密钥",
                                                     "trust a pack signing key"))
    add_key.add_argument("file", type=Path, metavar="KEY.public.json",
                         help=tr("清单包签名公钥文件", "the public key file"))
    add_key.add_argument("--pack", action="append", metavar="PACK_ID", dest="packs",
                         help=tr("只用于此检查清单（可重复；默认：任何检查清单）",
                                 "only for this pack id (repeatable; default: any pack)"))
    add_key.add_argument("--label", metavar="TEXT",
                         help=tr("密钥的名称（默认：文件中的名称）",
                                 "a name for the key (default: the file's label)"))
    add_key.add_argument("--reinstate", action="store_true",
                         help=tr("重新信任已吊销的密钥", "trust again a key that was revoked"))
    add_json_flag(add_key)
    add_key.set_defaults(handler=cmd_add_pack_key)

    revoke = sub.add_parser("revoke-pack-key", help=tr("不再信任一个清单包签名密钥",
                                                       "stop trusting a pack signing key"))
    revoke.add_argument("key_id", metavar="KEY_ID", help=tr("密钥编号", "the key id"))
    revoke.set_defaults(handler=cmd_revoke_pack_key)

    listing = sub.add_parser("pack-keys", help=tr("列出受信任的清单包签名密钥",
                                                  "list the trusted pack signing keys"))
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
        out(tr(f"已添加受信任的报告根证书：{shown(root.subject)}\n  sha256 指纹 {root.fingerprint}"
               "\n  请与根证书持有者提供的指纹逐位核对。",
               f"Trusted report root added: {shown(root.subject)}\n  sha256 fingerprint "
               f"{root.fingerprint}\n  Compare the fingerprint with the one the CA holder gave "
               "you."))
    else:
        out(tr(f"已经信任：{shown(root.subject)}（{root.fingerprint}）",
               f"Already trusted: {shown(root.subject)} ({root.fingerprint})"))
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
        out(tr("尚未信任任何报告根证书。添加：selfcheck trust add ROOT.pem",
               "No report roots are trusted. Add one with: selfcheck trust add ROOT.pem"))
    for root in roots:
        algorithm = label(key_algorithm(root.certificate))
        out(tr(f"{root.fingerprint}\n    {shown(root.subject)}；{algorithm}；有效期至 "
               f"{root.not_after:%Y-%m-%d}",
               f"{root.fingerprint}\n    {shown(root.subject)}; {algorithm}; valid until "
               f"{root.not_after:%Y-%m-%d}"))
        listed = newest_list(lists, root.certificate)
        if listed is not None:
            out(tr(f"    证书吊销列表 {listed.number}：{len(listed.revoked)} 条吊销记录；下次更新 "
                   f"{listed.next_update:%Y-%m-%d}",
                   f"    revocation list {listed.number}: {len(listed.revoked)} revoked; next "
                   f"update {listed.next_update:%Y-%m-%d}"))
    return 0


def cmd_roots_remove(args: argparse.Namespace) -> int:
    root = report_roots(args).remove(args.fingerprint)
    if args.json:
        emit_json({**_root_dict(root), "removed": True})
    else:
        out(tr(f"已不再信任：{shown(root.subject)}（{root.fingerprint}）",
               f"No longer trusted: {shown(root.subject)} ({root.fingerprint})"))
    return 0


def cmd_add_crl(args: argparse.Namespace) -> int:
    listed, added = report_roots(args).add_crl(args.file)
    if args.json:
        emit_json({"issuer": listed.issuer_name, "issuer_fingerprint": listed.issuer_fingerprint,
                   "number": listed.number, "revoked": len(listed.revoked),
                   "this_update": listed.this_update.isoformat(),
                   "next_update": listed.next_update.isoformat(), "added": added})
    elif added:
        out(tr(f"已保存 {shown(listed.issuer_name)} 的证书吊销列表 {listed.number}："
               f"{len(listed.revoked)} 条吊销记录；下次更新 {listed.next_update:%Y-%m-%d}",
               f"Revocation list {listed.number} of {shown(listed.issuer_name)} kept: "
               f"{len(listed.revoked)} revoked; next update {listed.next_update:%Y-%m-%d}"))
    else:
        out(tr(f"未保存：该文件比已保存的 {shown(listed.issuer_name)} 证书吊销列表 {listed.number} 更旧",
               f"Not kept: the file is older than the revocation list {listed.number} of "
               f"{shown(listed.issuer_name)} already kept"))
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
    name = entry.key_id + (f" ({shown(entry.label)})" if entry.label else "")
    out(tr(f"已信任清单包签名密钥 {name}，用于{_scope(entry, 'zh')}。",
           f"Trusted pack key {name} for {_scope(entry, 'en')}."))
    return 0


def cmd_revoke_pack_key(args: argparse.Namespace) -> int:
    with open_collection(args) as collection:
        collection.pack_keys.revoke(args.key_id)
    key_id = shown(args.key_id.strip().lower())
    out(tr(f"已吊销清单包签名密钥 {key_id}；由它签名的检查清单包不能再安装（已安装的保留）。",
           f"Revoked pack key {key_id}; packs it signed can no longer be installed (installed "
           "packs stay)."))
    return 0


def cmd_list_pack_keys(args: argparse.Namespace) -> int:
    with open_collection(args) as collection:
        keys = collection.pack_keys.entries()
    if args.json:
        emit_json([_key_dict(k) for k in keys])
        return 0
    if not keys:
        out(tr("尚未信任任何清单包签名密钥。内置检查清单不需要密钥；添加：selfcheck trust "
               "add-pack-key FILE",
               "No pack keys are trusted. The built-in packs need none; add keys with: "
               "selfcheck trust add-pack-key FILE"))
    for key in keys:
        name = shown(key.label) if key.label else tr("（无名称）", "(no label)")
        state = (tr(f"已吊销 {key.revoked_at}", f"REVOKED {key.revoked_at}") if key.revoked_at
                 else tr("受信任", "trusted"))
        out(tr(f"{key.key_id}  {name}  ［{state}；{_scope(key, 'zh')}；添加于 {key.added_at}］",
               f"{key.key_id}  {name}  [{state}; {_scope(key, 'en')}; added {key.added_at}]"))
    return 0


def _scope(key: TrustedPackKey, lang: str) -> str:
    """The packs a key may sign, in ``lang``."""
    if key.allowed_packs is None:
        return "任何检查清单" if lang == "zh" else "any pack"
    return list_separator(lang).join(shown(pack_id) for pack_id in key.allowed_packs)
