"""Signed pack files on the command line.

* ``selfcheck pack keygen|build|verify|diff`` — admin tools,
* ``selfcheck packs install FILE``,
* ``selfcheck assess upgrade ID --to VERSION``,
* ``selfcheck trust add-pack-key|revoke-pack-key|pack-keys``.

Passphrases come from the ``SELFCHECK_PASSPHRASE`` environment variable or a
prompt, never from the command line.
"""

from __future__ import annotations

import argparse
import datetime as dt
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from selfcheck.cli.common import (
    add_json_flag,
    assessment_id,
    bounded_int,
    emit_json,
    open_collection,
    out,
    read_passphrase,
)
from selfcheck.core.errors import PackKeyError, SelfCheckError, UsageError
from selfcheck.core.model import Pack
from selfcheck.core.packs.diff import diff_packs, format_diff
from selfcheck.core.packs.file import (
    FIRST_PROGRAM_VERSION,
    VerifiedPack,
    build_pack_file,
    load_pack_source,
    verify_pack_file,
)
from selfcheck.core.packs.install import PackPreview
from selfcheck.core.packs.keys import (
    as_trusted,
    key_pair_paths,
    read_public_key_file,
    read_signing_key,
    write_key_pair,
)
from selfcheck.core.records import TrustedPackKey


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"invalid date {text!r} (YYYY-MM-DD)") from None


def register(commands: Any, groups: dict[str, Any]) -> None:
    pack = commands.add_parser("pack", help="admin tools for signed pack files (.ckpack)")
    sub = pack.add_subparsers(dest="pack_command", metavar="ACTION", required=True)

    keygen = sub.add_parser("keygen", help="create a pack signing key (keep it offline)")
    keygen.add_argument("-o", "--output", required=True, type=Path, metavar="PREFIX",
                        help="writes PREFIX.private.pem and PREFIX.public.json")
    keygen.add_argument("--label", default="", help="who the key belongs to")
    add_json_flag(keygen)
    keygen.set_defaults(handler=cmd_keygen)

    build = sub.add_parser("build", help="validate a pack source folder and sign it")
    build.add_argument("source", type=Path, metavar="SOURCE_DIR")
    build.add_argument("--key", required=True, type=Path, metavar="KEY.private.pem")
    build.add_argument("-o", "--output", required=True, type=Path, metavar="FILE.ckpack")
    build.add_argument("--expires", type=_date, metavar="YYYY-MM-DD",
                       help="the pack is refused after this day unless an admin accepts it")
    build.add_argument("--min-program-version", default=FIRST_PROGRAM_VERSION, metavar="X.Y.Z",
                       help=f"oldest program that may install it (default {FIRST_PROGRAM_VERSION})")
    build.add_argument("--force", action="store_true", help="replace an existing output file")
    add_json_flag(build)
    build.set_defaults(handler=cmd_build)

    verify = sub.add_parser("verify", help="check a pack file (exit 0 valid, 1 not)")
    verify.add_argument("file", type=Path, metavar="FILE.ckpack")
    verify.add_argument("--key", action="append", type=Path, metavar="KEY.public.json",
                        help="verify against this public key instead of the trust store")
    verify.add_argument("--allow-expired", action="store_true")
    add_json_flag(verify)
    verify.set_defaults(handler=cmd_verify)

    diff = sub.add_parser("diff", help="compare two pack versions (files or source folders)")
    diff.add_argument("old", type=Path, metavar="OLD")
    diff.add_argument("new", type=Path, metavar="NEW")
    diff.add_argument("--key", action="append", type=Path, metavar="KEY.public.json",
                      help="verify pack files against this public key, not the trust store")
    diff.add_argument("--lang", choices=["zh", "en"], default="en")
    add_json_flag(diff)
    diff.set_defaults(handler=cmd_diff)

    install = groups["packs"].add_parser("install", help="verify and install a signed pack file")
    install.add_argument("file", type=Path, metavar="FILE.ckpack")
    install.add_argument("--allow-expired", action="store_true",
                         help="admin decision: install although the pack has expired")
    install.add_argument("--dry-run", action="store_true",
                         help="only verify and show the changes (exit 0 would install, 1 not)")
    install.add_argument("--lang", choices=["zh", "en"], default="en")
    add_json_flag(install)
    install.set_defaults(handler=cmd_install)

    upgrade = groups["assess"].add_parser(
        "upgrade", help="carry an assessment's answers over to a newer pack version")
    upgrade.add_argument("id", type=assessment_id, metavar="ID")
    upgrade.add_argument("--to", type=bounded_int("pack version"), metavar="VERSION",
                         help="pack version (default: the newest installed)")
    upgrade.add_argument("--dry-run", action="store_true", help="only show what would happen")
    add_json_flag(upgrade)
    upgrade.set_defaults(handler=cmd_upgrade)

    add_key = groups["trust"].add_parser("add-pack-key", help="trust a pack signing key")
    add_key.add_argument("file", type=Path, metavar="KEY.public.json")
    add_key.add_argument("--pack", action="append", metavar="PACK_ID", dest="packs",
                         help="only for this pack id (repeatable; default: any pack)")
    add_key.add_argument("--label", help="a name for the key (default: the file's label)")
    add_key.add_argument("--reinstate", action="store_true",
                         help="trust again a key that was revoked")
    add_json_flag(add_key)
    add_key.set_defaults(handler=cmd_add_key)

    revoke = groups["trust"].add_parser("revoke-pack-key", help="stop trusting a pack key")
    revoke.add_argument("key_id", metavar="KEY_ID")
    revoke.set_defaults(handler=cmd_revoke_key)

    listing = groups["trust"].add_parser("pack-keys", help="list the trusted pack keys")
    add_json_flag(listing)
    listing.set_defaults(handler=cmd_list_keys)


# --- pack keygen / build --------------------------------------------------------

def cmd_keygen(args: argparse.Namespace) -> int:
    for path in key_pair_paths(args.output):
        if path.exists():
            raise UsageError(f"{path}: already exists; choose another name (nothing written)",
                             zh=f"{path}：文件已存在，请另选文件名（未写入任何内容）")
    passphrase = read_passphrase("Passphrase for the new private key: ", confirm=True)
    files = write_key_pair(args.output, args.label, passphrase)
    if args.json:
        emit_json({"key_id": files.public.key_id, "label": files.public.label,
                   "private_key": str(files.private_path), "public_key": str(files.public_path)})
        return 0
    out(f"Pack signing key {files.public.key_id} created.")
    out(f"  private key (keep offline, never share): {files.private_path}")
    out(f"  public key (give to the machines):      {files.public_path}")
    return 0


def cmd_build(args: argparse.Namespace) -> int:
    if not args.key.is_file():
        raise UsageError(f"{args.key}: no such key file", zh=f"{args.key}：密钥文件不存在")
    passphrase = read_passphrase(f"Passphrase for {args.key.name}: ")
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
        out(f"Built {args.output}: {built.pack.pack_id} v{built.pack.version} "
            f"({built.pack.label}), {len(built.pack.items)} items, signed by key {built.key_id}")
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


def _verified_dict(verified: VerifiedPack) -> dict[str, Any]:
    manifest = verified.manifest
    return {"pack_id": verified.pack.pack_id, "version": verified.pack.version,
            "label": verified.pack.label, "items": len(verified.pack.items),
            "key_id": verified.key_id, "key_label": verified.key_label,
            "created": manifest.created,
            "expires": manifest.expires.isoformat() if manifest.expires else None,
            "expired": verified.expired, "min_program_version": manifest.min_program_version,
            "content_sha256": verified.content_hash, "file_sha256": verified.file_sha256,
            "warnings": list(verified.warnings)}


def cmd_verify(args: argparse.Namespace) -> int:
    if not args.file.exists():
        raise UsageError(f"{args.file}: no such file", zh=f"{args.file}：文件不存在")
    keys = _key_files(args.key)
    if keys is None:
        keys = _machine_keys(args)
    try:
        verified = verify_pack_file(args.file, keys)
    except SelfCheckError as exc:
        if args.json:
            emit_json({"file": str(args.file), "valid": False, "reason": exc.message})
        else:
            out(f"INVALID: {exc.message}")
        return 1
    valid = args.allow_expired or not verified.expired
    reason = "" if valid else (f"the pack expired on {verified.manifest.expires} "
                               "(accept with --allow-expired)")
    if args.json:
        emit_json({"file": str(args.file), "valid": valid, "reason": reason or None,
                   **_verified_dict(verified)})
        return 0 if valid else 1
    head = "VALID" if valid else "INVALID"
    out(f"{head}: {args.file.name}: {verified.pack.pack_id} v{verified.pack.version} "
        f"({verified.pack.label}), {len(verified.pack.items)} items, signed by key "
        f"{verified.key_id}" + (f" ({verified.key_label})" if verified.key_label else ""))
    if reason:
        out(f"  reason: {reason}")
    for warning in verified.warnings:
        out(f"  warning: {warning}")
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
        out(format_diff(diff, args.lang))
    return 0


# --- packs install --------------------------------------------------------------------

def _preview_dict(preview: PackPreview, allow_expired: bool) -> dict[str, Any]:
    return {"file": preview.verified.origin, "status": preview.status.value,
            "alarm": preview.alarm, "can_install": preview.can_install(allow_expired=allow_expired),
            "installed_versions": list(preview.installed_versions),
            "problems": list(preview.problems), **_verified_dict(preview.verified),
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
        result = collection.packs.install_verified(preview.verified, allow_expired=args.allow_expired,
                                  diff=preview.diff)
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


# --- assess upgrade -------------------------------------------------------------------

def cmd_upgrade(args: argparse.Namespace) -> int:
    with open_collection(args) as collection:
        if args.dry_run:
            plan = collection.plan_upgrade(args.id, args.to)
            data: dict[str, Any] = {
                "assessment": args.id, "pack_id": plan.pack_id,
                "from_version": plan.from_version, "to_version": plan.to_version,
                "counts": plan.counts, "needs_review": list(plan.needs_review),
                "dropped": list(plan.dropped), "new": list(plan.new), "dry_run": True}
        else:
            data = collection.upgrade(args.id, args.to).to_dict()
    if args.json:
        emit_json(data)
        return 0
    counts = data["counts"]
    if args.dry_run:
        out(f"Upgrading assessment {args.id} from {data['pack_id']} v{data['from_version']} "
            f"to v{data['to_version']} would carry {counts['carried']} answer(s), flag "
            f"{counts['needs_review']} for re-review, leave {counts['dropped']} in the history "
            f"and add {counts['new']} new item(s).")
    else:
        out(f"Assessment {args.id} upgraded to assessment {data['new_assessment']} "
            f"({data['pack_id']} v{data['from_version']} → v{data['to_version']}):")
        out(f"  {counts['carried']} answer(s) carried over unchanged")
        out(f"  {counts['needs_review']} answer(s) carried over but need re-review "
            "(the question or its sectors changed)")
        out(f"  {counts['dropped']} answer(s) of retired items kept read-only in assessment "
            f"{args.id}")
        out(f"  {counts['new']} new item(s) to answer")
    if data["needs_review"]:
        out("  Re-review: " + ", ".join(data["needs_review"]))
    if data["dropped"]:
        out("  Retired: " + ", ".join(data["dropped"]))
    if data["new"]:
        out("  New: " + ", ".join(data["new"]))
    return 0


# --- trust ---------------------------------------------------------------------------

def _key_dict(key: TrustedPackKey) -> dict[str, Any]:
    return {"key_id": key.key_id, "label": key.label,
            "allowed_packs": list(key.allowed_packs) if key.allowed_packs is not None else None,
            "added_at": key.added_at, "revoked_at": key.revoked_at}


def cmd_add_key(args: argparse.Namespace) -> int:
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


def cmd_revoke_key(args: argparse.Namespace) -> int:
    with open_collection(args) as collection:
        collection.pack_keys.revoke(args.key_id)
    out(f"Revoked pack key {args.key_id.strip().lower()}; packs it signed can no longer be "
        "installed (installed packs stay).")
    return 0


def cmd_list_keys(args: argparse.Namespace) -> int:
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
