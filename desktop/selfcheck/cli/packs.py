"""``selfcheck packs list|validate|install``: the checklist packs installed on this machine."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from selfcheck.cli.common import (
    add_group,
    add_json_flag,
    emit_json,
    open_collection,
    out,
    verified_pack_dict,
)
from selfcheck.cli.textout import default_language
from selfcheck.core.errors import PackValidationError, UsageError
from selfcheck.core.packs.describe import pack_outline_lines
from selfcheck.core.packs.diff import format_diff
from selfcheck.core.packs.install import PackPreview
from selfcheck.core.packs.source import load_pack_dir, pack_content_hash


def register(commands: Any) -> None:
    sub = add_group(commands, "packs", "installed checklist packs: list, validate, install")

    listing = sub.add_parser("list", help="list installed pack versions")
    add_json_flag(listing)
    listing.set_defaults(handler=cmd_list)

    validate = sub.add_parser("validate", help="validate a pack source folder")
    validate.add_argument("folder", type=Path)
    add_json_flag(validate)
    validate.set_defaults(handler=cmd_validate)

    install = sub.add_parser("install", help="verify and install a signed pack file")
    install.add_argument("file", type=Path, metavar="FILE.ckpack")
    install.add_argument("--allow-expired", action="store_true",
                         help="admin decision: install although the pack has expired")
    install.add_argument("--dry-run", action="store_true",
                         help="only verify and show the changes (exit 0 would install, 1 not)")
    install.add_argument("--lang", choices=["zh", "en"], default="en")
    add_json_flag(install)
    install.set_defaults(handler=cmd_install)


def cmd_list(args: argparse.Namespace) -> int:
    with open_collection(args) as collection:
        records = collection.packs.records()
        rows = []
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
        out("No packs installed.")
    for row in rows:
        out(f"{row['pack_id']}  v{row['version']} ({row['label']})  {row['items']} items  "
            f"[{row['origin']}]")
        out(f"    {row['title_zh']} / {row['title_en']}")
        out(f"    sha256 {row['content_sha256']}")
    return 0


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
        for en, zh in exc.lines:
            print(f"selfcheck: error: {zh if lang == 'zh' else en}", file=sys.stderr)
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
        out(f"{args.folder}: valid — {pack.pack_id} v{pack.version}, {len(pack.items)} items, "
            f"sha256 {result['content_sha256']}")
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
    with open_collection(args) as collection:
        preview = collection.packs.inspect_file(args.file)
        if args.dry_run:
            ok = preview.can_install(allow_expired=args.allow_expired)
            if args.json:
                emit_json(_preview_dict(preview, args.allow_expired))
            else:
                _print_preview(preview, args.lang)
                out("Would install." if ok else "Would NOT install.")
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
    if result.already_installed:
        out(f"{result.pack_id} v{result.version} is already installed (same content); "
            "nothing to do.")
        return 0
    _print_preview(preview, args.lang)
    out(f"Installed {result.pack_id} v{result.version} ({result.label}). Existing assessments "
        "keep their version; upgrade them with: selfcheck assess upgrade ID")
    return 0


def _print_preview(preview: PackPreview, lang: str) -> None:
    verified = preview.verified
    out(f"Verified {verified.origin}: {verified.pack.pack_id} v{verified.pack.version} "
        f"({verified.pack.label}), signed by key {verified.key_id}"
        + (f" ({verified.key_label})" if verified.key_label else ""))
    for warning in verified.warnings:
        out(f"  warning: {warning}")
    for problem in preview.problems:
        out(f"  {problem}")
    if preview.diff is not None:
        out(format_diff(preview.diff, lang))
    else:
        out(f"First version of {verified.pack.pack_id} on this machine.")
    for line in pack_outline_lines(verified.pack, lang):
        out(f"  {line}")
