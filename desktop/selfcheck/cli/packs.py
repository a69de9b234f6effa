"""``selfcheck packs list|validate|install``: the checklist packs installed on this machine."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from selfcheck.cli.common import (
    add_group,
    add_json_flag,
    add_lang_flag,
    emit_json,
    open_collection,
    out,
    output_language,
    tr,
    verified_pack_dict,
)
from selfcheck.cli.textout import default_language
from selfcheck.core.errors import PackValidationError, UsageError
from selfcheck.core.packs.describe import origin_text, pack_outline_lines
from selfcheck.core.packs.diff import format_diff
from selfcheck.core.packs.install import PackPreview
from selfcheck.core.packs.source import load_pack_dir, pack_content_hash
from selfcheck.core.text import colon, shown


def register(commands: Any) -> None:
    sub = add_group(commands, "packs", tr("本机已安装的检查清单：列出、校验、安装",
                                          "installed checklist packs: list, validate, install"))

    listing = sub.add_parser("list", help=tr("列出已安装的检查清单版本",
                                             "list installed pack versions"))
    add_json_flag(listing)
    listing.set_defaults(handler=cmd_list)

    validate = sub.add_parser("validate", help=tr("校验检查清单的源文件夹",
                                                  "validate a pack source folder"))
    validate.add_argument("folder", type=Path, metavar="FOLDER",
                          help=tr("含 pack.json 和 items.json 的文件夹",
                                  "the folder with pack.json and items.json"))
    add_json_flag(validate)
    validate.set_defaults(handler=cmd_validate)

    install = sub.add_parser("install", help=tr("核验并安装签名清单包文件",
                                                "verify and install a signed pack file"))
    install.add_argument("file", type=Path, metavar="FILE.ckpack",
                         help=tr("签名清单包文件", "the signed pack file"))
    install.add_argument("--allow-expired", action="store_true",
                         help=tr("管理员决定：即使检查清单包已过期也安装",
                                 "admin decision: install although the pack has expired"))
    install.add_argument("--dry-run", action="store_true",
                         help=tr("只核验并显示变化（退出码 0 表示可以安装，1 表示不能）",
                                 "only verify and show the changes (exit 0 would install, 1 not)"))
    add_lang_flag(install, "变化说明的语言（默认随系统语言）",
                  "language of the change summary (default: from the locale)")
    add_json_flag(install)
    install.set_defaults(handler=cmd_install)


def cmd_list(args: argparse.Namespace) -> int:
    with open_collection(args) as collection:
        records = collection.packs.records()
        rows: list[dict[str, Any]] = []
        for record in records:
            pack = collection.packs.get(record.pack_id, record.version)
            rows.append({
                "pack_id": record.pack_id, "version": record.version, "label": record.label,
                "title_zh": pack.title.zh, "title_en": pack.title.en, "items": len(pack.items),
                "content_sha256": record.content_hash, "origin": record.origin,
                "signer_key_id": record.signer_key_id, "installed_at": record.installed_at,
            })
    if args.json:
        emit_json(rows)
        return 0
    if not rows:
        out(tr("尚未安装任何检查清单。", "No packs installed."))
    for row in rows:
        out(tr(f"《{row['title_zh']}》第 {row['version']} 版（{row['label']}）：{row['items']} 个检查项"
               f"［{shown(origin_text(row['origin'], row['signer_key_id'], 'zh'))}］",
               f"{row['title_en']}, v{row['version']} ({row['label']}): {row['items']} items "
               f"[{shown(origin_text(row['origin'], row['signer_key_id'], 'en'))}]"))
        out(tr(f"    编号 {row['pack_id']}；sha256 {row['content_sha256']}",
               f"    id {row['pack_id']}; sha256 {row['content_sha256']}"))
    return 0


#: ``packs validate`` prints at most this many problems (a generated or damaged pack may
#: have one on every item); ``--json`` lists them all.
MAX_PROBLEMS_SHOWN = 100


def cmd_validate(args: argparse.Namespace) -> int:
    """Validate a source folder: every problem on a line of its own naming the file, the
    item and the field; or, when valid, what the pack declares."""
    lang = default_language()
    try:
        pack = load_pack_dir(args.folder)
    except PackValidationError as exc:
        if args.json:
            emit_json({"valid": False, "problems": [en for en, _zh in exc.lines],
                       "problems_zh": [zh for _en, zh in exc.lines]})
        for en, zh in exc.lines[:MAX_PROBLEMS_SHOWN]:
            print(tr(f"selfcheck：错误：{zh}", f"selfcheck: error: {en}", lang), file=sys.stderr)
        hidden = len(exc.lines) - MAX_PROBLEMS_SHOWN
        if hidden > 0 and not args.json:
            print(tr(f"selfcheck：另有 {hidden} 个问题未显示（--json 列出全部）",
                     f"selfcheck: {hidden} more problems not shown (--json lists them all)",
                     lang), file=sys.stderr)
        return exc.exit_code
    result = {"valid": True, "pack_id": pack.pack_id, "version": pack.version,
              "items": len(pack.items), "content_sha256": pack_content_hash(pack),
              "status": pack.status.value if pack.status else None,
              "sources": [source.id for source in pack.sources],
              "profile_questions": [q.id for q in pack.profile_questions],
              "conditional_items": sum(1 for i in pack.items if i.applies_if is not None)}
    if args.json:
        emit_json(result)
    else:
        out(tr(f"{args.folder}：有效——{pack.pack_id} 第 {pack.version} 版，{len(pack.items)} 个检查项，"
               f"sha256 {result['content_sha256']}",
               f"{args.folder}: valid — {pack.pack_id} v{pack.version}, {len(pack.items)} items, "
               f"sha256 {result['content_sha256']}"))
        for line in pack_outline_lines(pack, lang):
            out(f"  {line}")
    return 0


def _preview_dict(preview: PackPreview, allow_expired: bool) -> dict[str, Any]:
    return {"file": preview.verified.origin, "status": preview.status.value,
            "alarm": preview.alarm, "can_install": preview.can_install(allow_expired=allow_expired),
            "installed_versions": list(preview.installed_versions),
            "problems": list(preview.problems), **verified_pack_dict(preview.verified),
            "diff": preview.diff.to_dict() if preview.diff else None}


def cmd_install(args: argparse.Namespace) -> int:
    if not args.file.exists():
        raise UsageError(f"{args.file}: no such file", zh=f"{args.file}：文件不存在")
    lang = output_language(args)
    with open_collection(args) as collection:
        preview = collection.packs.inspect_file(args.file)
        if args.dry_run:
            ok = preview.can_install(allow_expired=args.allow_expired)
            if args.json:
                emit_json(_preview_dict(preview, args.allow_expired))
            else:
                _print_preview(preview, lang)
                out(tr("可以安装。", "Would install.", lang) if ok
                    else tr("不能安装。", "Would NOT install.", lang))
            return 0 if ok else 1
        result = collection.packs.install_verified(
            preview.verified, allow_expired=args.allow_expired, diff=preview.diff)
    if args.json:
        emit_json({"file": str(args.file), "installed": result.installed,
                   "already_installed": result.already_installed, "pack_id": result.pack_id,
                   "version": result.version, "label": result.label, "key_id": result.key_id,
                   "content_sha256": result.content_hash, "warnings": list(result.warnings),
                   "diff": result.diff.to_dict() if result.diff else None})
        return 0
    name = tr(f"{result.pack_id} 第 {result.version} 版", f"{result.pack_id} v{result.version}", lang)
    if result.already_installed:
        out(tr(f"{name} 已经安装（内容相同），无需操作。",
               f"{name} is already installed (same content); nothing to do.", lang))
        return 0
    _print_preview(preview, lang)
    out(tr(f"已安装 {name}（{result.label}）。已有的自查仍使用原版本；如需升级：selfcheck assess "
           "upgrade ID",
           f"Installed {name} ({result.label}). Existing assessments keep their version; "
           "upgrade them with: selfcheck assess upgrade ID", lang))
    return 0


def _print_preview(preview: PackPreview, lang: str) -> None:
    verified = preview.verified
    pack = verified.pack
    key = verified.key_id + (f" ({shown(verified.key_label)})" if verified.key_label else "")
    out(tr(f"已核验 {shown(verified.origin)}：{pack.pack_id} 第 {pack.version} 版（{pack.label}），"
           f"签名密钥 {key}",
           f"Verified {shown(verified.origin)}: {pack.pack_id} v{pack.version} ({pack.label}), "
           f"signed by key {key}", lang))
    for warning in verified.localized_warnings(lang):
        out(f"  {tr('警告', 'warning', lang)}{colon(lang)}{warning}")
    for problem in preview.localized_problems(lang):
        out(f"  {problem}")
    if preview.diff is not None:
        out(format_diff(preview.diff, lang))
    else:
        out(tr(f"本机首次安装 {pack.pack_id}。", f"First version of {pack.pack_id} on this machine.",
               lang))
    for line in pack_outline_lines(verified.pack, lang):
        out(f"  {line}")
