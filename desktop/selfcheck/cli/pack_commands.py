"""``selfcheck packs ...``: the installed checklist packs."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from selfcheck.cli.common import add_json_flag, emit_json, open_collection, out
from selfcheck.core.packs.source import load_pack_dir, pack_content_hash


def register(commands: Any, groups: dict[str, Any]) -> None:
    sub = groups["packs"]

    listing = sub.add_parser("list", help="list installed pack versions")
    add_json_flag(listing)
    listing.set_defaults(handler=cmd_list)

    validate = sub.add_parser("validate", help="validate a pack source folder")
    validate.add_argument("folder", type=Path)
    add_json_flag(validate)
    validate.set_defaults(handler=cmd_validate)


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
    pack = load_pack_dir(args.folder)
    result = {"pack_id": pack.pack_id, "version": pack.version, "items": len(pack.items),
              "content_sha256": pack_content_hash(pack)}
    if args.json:
        emit_json(result)
    else:
        out(f"{args.folder}: valid — {pack.pack_id} v{pack.version}, {len(pack.items)} items, "
            f"sha256 {result['content_sha256']}")
    return 0
