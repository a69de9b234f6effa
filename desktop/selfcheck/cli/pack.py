"""``selfcheck pack keygen|build|verify|diff``: the admin's tools for signed pack files.

Installing a pack file is ``selfcheck packs install``; trusting a pack signing key is
``selfcheck trust add-pack-key``. The passphrase of a signing key comes from the
``SELFCHECK_PASSPHRASE`` environment variable or a prompt, never from the command line.
"""

from __future__ import annotations

import argparse
import datetime as dt
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from selfcheck.cli.common import (
    add_force_flag,
    add_group,
    add_json_flag,
    add_lang_flag,
    emit_json,
    open_collection,
    out,
    output_language,
    read_passphrase,
    tr,
    verified_pack_dict,
)
from selfcheck.cli.textout import default_language
from selfcheck.core.errors import SelfCheckError, UsageError
from selfcheck.core.model import Pack
from selfcheck.core.packs.diff import diff_packs, format_diff
from selfcheck.core.packs.file import (
    FIRST_PROGRAM_VERSION,
    build_pack_file,
    load_pack_source,
    verify_pack_file,
)
from selfcheck.core.packs.keys import (
    ALGORITHM,
    ALGORITHMS,
    as_trusted,
    key_pair_paths,
    read_public_key_file,
    read_signing_key,
    write_key_pair,
)
from selfcheck.core.records import TrustedPackKey
from selfcheck.core.text import colon, shown


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(tr(f"日期 {shown(text, 40)} 无效（应为 YYYY-MM-DD）",
                                            f"invalid date '{shown(text, 40)}' (YYYY-MM-DD)")) from None


_KEY_HELP = ("按此公钥核验，不用本机的信任库", "verify against this public key instead of the trust store")


def register(commands: Any) -> None:
    sub = add_group(commands, "pack", tr("管理员使用的签名清单包文件（.ckpack）工具：生成密钥、构建、核验、比较",
                                         "admin tools for signed pack files (.ckpack): keygen, "
                                         "build, verify, diff"))

    keygen = sub.add_parser("keygen", help=tr("生成清单包签名密钥（请离线保管）",
                                              "create a pack signing key (keep it offline)"))
    keygen.add_argument("-o", "--output", required=True, type=Path, metavar="PREFIX",
                        help=tr("写入 PREFIX.private.pem 和 PREFIX.public.json",
                                "writes PREFIX.private.pem and PREFIX.public.json"))
    keygen.add_argument("--label", default="", metavar="TEXT",
                        help=tr("密钥持有者的名称", "who the key belongs to"))
    keygen.add_argument("--algorithm", choices=ALGORITHMS, default=ALGORITHM,
                        help=tr("ed25519（默认）或 sm2（SM2 签名，SM3 摘要）",
                                "ed25519 (default) or sm2 (SM2 with SM3)"))
    add_json_flag(keygen)
    keygen.set_defaults(handler=cmd_keygen)

    build = sub.add_parser("build", help=tr("校验检查清单源文件夹并签名",
                                            "validate a pack source folder and sign it"))
    build.add_argument("source", type=Path, metavar="SOURCE_DIR",
                       help=tr("检查清单源文件夹", "the pack source folder"))
    build.add_argument("--key", required=True, type=Path, metavar="KEY.private.pem",
                       help=tr("清单包签名私钥", "the pack signing key"))
    build.add_argument("-o", "--output", required=True, type=Path, metavar="FILE.ckpack",
                       help=tr("要写入的签名清单包文件", "the signed pack file to write"))
    build.add_argument("--expires", type=_date, metavar="YYYY-MM-DD",
                       help=tr("过期日期：此后拒绝安装，除非管理员接受",
                               "the pack is refused after this day unless an admin accepts it"))
    build.add_argument("--min-program-version", default=FIRST_PROGRAM_VERSION, metavar="X.Y.Z",
                       help=tr(f"可安装它的最低程序版本（默认 {FIRST_PROGRAM_VERSION}）",
                               f"oldest program that may install it (default {FIRST_PROGRAM_VERSION})"))
    add_force_flag(build, "FILE.ckpack")
    add_json_flag(build)
    build.set_defaults(handler=cmd_build)

    verify = sub.add_parser("verify", help=tr("核验签名清单包文件（退出码 0 有效，1 无效）",
                                              "check a pack file (exit 0 valid, 1 not)"))
    verify.add_argument("file", type=Path, metavar="FILE.ckpack",
                        help=tr("签名清单包文件", "the signed pack file"))
    verify.add_argument("--key", action="append", type=Path, metavar="KEY.public.json",
                        help=tr(*_KEY_HELP))
    verify.add_argument("--allow-expired", action="store_true",
                        help=tr("过期的检查清单包也视为有效", "accept an expired pack as valid"))
    add_json_flag(verify)
    verify.set_defaults(handler=cmd_verify)

    diff = sub.add_parser("diff", help=tr("比较检查清单的两个版本（签名文件或源文件夹）",
                                          "compare two pack versions (files or source folders)"))
    diff.add_argument("old", type=Path, metavar="OLD", help=tr("旧版本", "the old version"))
    diff.add_argument("new", type=Path, metavar="NEW", help=tr("新版本", "the new version"))
    diff.add_argument("--key", action="append", type=Path, metavar="KEY.public.json",
                      help=tr(*_KEY_HELP))
    add_lang_flag(diff, "输出语言（默认随系统语言）", "output language (default: from the locale)")
    add_json_flag(diff)
    diff.set_defaults(handler=cmd_diff)


# --- pack keygen / build --------------------------------------------------------

def cmd_keygen(args: argparse.Namespace) -> int:
    for path in key_pair_paths(args.output):
        if path.exists():
            raise UsageError(f"{path}: already exists; choose another name (nothing written)",
                             zh=f"{path}：文件已存在，请另选文件名（未写入任何内容）")
    passphrase = read_passphrase(tr("新私钥的口令：", "Passphrase for the new private key: "),
                                 confirm=True)
    files = write_key_pair(args.output, args.label, passphrase, args.algorithm)
    if args.json:
        emit_json({"key_id": files.public.key_id, "label": files.public.label,
                   "algorithm": files.public.algorithm,
                   "private_key": str(files.private_path), "public_key": str(files.public_path)})
        return 0
    out(tr(f"已生成清单包签名密钥 {files.public.key_id}（{files.public.algorithm}）。",
           f"Pack signing key {files.public.key_id} ({files.public.algorithm}) created."))
    out(tr(f"  私钥（离线保管，切勿外传）：{files.private_path}",
           f"  private key (keep offline, never share): {files.private_path}"))
    out(tr(f"  公钥（分发给各计算机）：    {files.public_path}",
           f"  public key (give to the machines):      {files.public_path}"))
    return 0


def cmd_build(args: argparse.Namespace) -> int:
    if not args.key.is_file():
        raise UsageError(f"{args.key}: no such key file", zh=f"{args.key}：密钥文件不存在")
    passphrase = read_passphrase(tr(f"{args.key.name} 的口令：", f"Passphrase for {args.key.name}: "))
    key = read_signing_key(args.key, passphrase)
    built = build_pack_file(args.source, key, args.output, expires=args.expires,
                            min_program_version=args.min_program_version,
                            overwrite=args.force)
    result = {"file": str(args.output), "pack_id": built.pack.pack_id,
              "version": built.pack.version, "label": built.pack.label,
              "items": len(built.pack.items), "key_id": built.key_id,
              "expires": args.expires.isoformat() if args.expires else None,
              "file_sha256": built.sha256}
    if args.json:
        emit_json(result)
    else:
        pack = built.pack
        out(tr(f"已生成 {args.output}：{pack.pack_id} 第 {pack.version} 版（{pack.label}），"
               f"{len(pack.items)} 个检查项，签名密钥 {built.key_id}",
               f"Built {args.output}: {pack.pack_id} v{pack.version} ({pack.label}), "
               f"{len(pack.items)} items, signed by key {built.key_id}"))
        out(f"  sha256 {built.sha256}")
    return 0


# --- pack verify / diff -----------------------------------------------------------

def _key_files(paths: Sequence[Path] | None) -> list[TrustedPackKey] | None:
    if not paths:
        return None
    return [as_trusted(read_public_key_file(p)) for p in paths]


def _machine_keys(args: argparse.Namespace) -> list[TrustedPackKey]:
    with open_collection(args) as collection:
        return collection.pack_keys.entries()


def cmd_verify(args: argparse.Namespace) -> int:
    if not args.file.exists():
        raise UsageError(f"{args.file}: no such file", zh=f"{args.file}：文件不存在")
    keys = _key_files(args.key)
    if keys is None:
        keys = _machine_keys(args)
    lang = default_language()
    try:
        verified = verify_pack_file(args.file, keys)
    except SelfCheckError as exc:
        if args.json:
            emit_json({"file": str(args.file), "valid": False, "reason": exc.message})
        else:
            out(tr(f"无效：{exc.localized(lang)}", f"INVALID: {exc.message}"))
        return 1
    valid = args.allow_expired or not verified.expired
    reason = "" if valid else (f"the pack expired on {verified.manifest.expires} "
                               "(accept with --allow-expired)")
    if args.json:
        emit_json({"file": str(args.file), "valid": valid, "reason": reason or None,
                   **verified_pack_dict(verified)})
        return 0 if valid else 1
    pack = verified.pack
    key = verified.key_id + (f" ({shown(verified.key_label)})" if verified.key_label else "")
    out(tr(f"{'有效' if valid else '无效'}：{args.file.name}：{pack.pack_id} 第 {pack.version} 版"
           f"（{pack.label}），{len(pack.items)} 个检查项，签名密钥 {key}",
           f"{'VALID' if valid else 'INVALID'}: {args.file.name}: {pack.pack_id} v{pack.version} "
           f"({pack.label}), {len(pack.items)} items, signed by key {key}"))
    if reason:
        out(tr(f"  原因：检查清单包已于 {verified.manifest.expires} 过期（可用 --allow-expired 接受）",
               f"  reason: {reason}"))
    for warning in verified.localized_warnings(lang):
        out(f"  {tr('警告', 'warning')}{colon(lang)}{warning}")
    return 0 if valid else 1


def cmd_diff(args: argparse.Namespace) -> int:
    keys = _key_files(args.key)
    if keys is None and not (args.old.is_dir() and args.new.is_dir()):
        keys = _machine_keys(args)
    packs: list[Pack] = []
    for path in (args.old, args.new):
        if not path.exists():
            raise UsageError(f"{path}: no such file or folder", zh=f"{path}：文件或文件夹不存在")
        packs.append(load_pack_source(path, keys or []))
    diff = diff_packs(packs[0], packs[1])
    if args.json:
        emit_json(diff.to_dict())
    else:
        out(format_diff(diff, output_language(args)))
    return 0
