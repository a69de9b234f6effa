"""Shared helpers of the command-line commands: output, prompts, opening the collection."""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from selfcheck.cli.textout import default_language
from selfcheck.core.collection import Collection
from selfcheck.core.errors import UsageError
from selfcheck.core.packs.file import VerifiedPack
from selfcheck.core.paths import resolve_paths
from selfcheck.core.pki.roots import ReportRoots

PASSPHRASE_ENV = "SELFCHECK_PASSPHRASE"
NEW_PASSPHRASE_ENV = "SELFCHECK_NEW_PASSPHRASE"


def read_passphrase(prompt: str, *, env: str = PASSPHRASE_ENV, confirm: bool = False) -> str:
    """The passphrase from ``$env`` or, on a terminal, a hidden prompt — never an argument."""
    from_env = os.environ.get(env)
    if from_env is not None:
        return from_env
    if not sys.stdin.isatty():
        raise UsageError(f"no passphrase: set {env} or run in a terminal",
                         zh=f"没有口令：请设置环境变量 {env}，或在终端中运行")
    try:
        first = getpass.getpass(prompt)
        if confirm and getpass.getpass("Repeat the passphrase: ") != first:
            raise UsageError("the two passphrases differ; nothing written",
                             zh="两次输入的口令不一致，未写入任何内容")
    except EOFError:
        raise UsageError(f"no passphrase: set {env} or run in a terminal",
                         zh=f"没有口令：请设置环境变量 {env}，或在终端中运行") from None
    return first


def ask_yes_no(question_zh: str, question_en: str) -> bool:
    """Ask on the terminal, in the locale's language; only "y"/"yes"/"是" mean yes.

    Off a terminal nobody can answer: a UsageError asks for ``--yes`` instead."""
    if not sys.stdin.isatty():
        raise UsageError("no terminal to confirm on: add --yes to go ahead",
                         zh="没有可用于确认的终端：如确定执行，请加上 --yes")
    zh = default_language() == "zh"
    prompt = f"{question_zh} [是/否，y/N] " if zh else f"{question_en} [y/N] "
    try:
        answer = input(prompt)
    except EOFError:
        return False
    return answer.strip().lower() in {"y", "yes", "是"}


#: Larger numbers are no valid id, count or number of days anywhere in the program.
MAX_NUMBER = 10**9


def bounded_int(what: str, low: int = 1, high: int = MAX_NUMBER) -> Callable[[str], int]:
    """An argparse ``type`` for a whole number from ``low`` to ``high``."""

    def parse(text: str) -> int:
        try:
            value = int(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"invalid {what} {text!r} (a whole number)") from None
        if not low <= value <= high:
            raise argparse.ArgumentTypeError(
                f"invalid {what} {text!r} (a number from {low} to {high})")
        return value

    return parse


assessment_id = bounded_int("assessment id")


def add_json_flag(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--json", action="store_true", help="print machine-readable JSON")


def add_group(commands: Any, name: str, help_text: str, description: str | None = None) -> Any:
    """Add the command group ``selfcheck NAME ACTION``; returns its ``add_parser`` holder."""
    group = commands.add_parser(name, help=help_text, description=description or help_text)
    return group.add_subparsers(dest=f"{name}_command", metavar="ACTION", required=True)


@contextmanager
def open_collection(args: argparse.Namespace) -> Iterator[Collection]:
    """Open the user's collection in the data directory chosen by the global options."""
    collection = Collection.open(resolve_paths(args.data_dir))
    try:
        yield collection
    finally:
        collection.close()


def report_roots(args: argparse.Namespace) -> ReportRoots:
    """The report root certificates this machine trusts (no need to open the database)."""
    return ReportRoots(resolve_paths(args.data_dir).trust_dir)


def emit_json(value: Any) -> None:
    json.dump(value, sys.stdout, ensure_ascii=False, indent=2, default=str)
    sys.stdout.write("\n")


def out(text: str = "") -> None:
    print(text)


def verified_pack_dict(verified: VerifiedPack) -> dict[str, Any]:
    """The JSON form of a checked pack file (``pack verify`` and ``packs install``)."""
    manifest = verified.manifest
    return {"pack_id": verified.pack.pack_id, "version": verified.pack.version,
            "label": verified.pack.label, "items": len(verified.pack.items),
            "key_id": verified.key_id, "key_label": verified.key_label,
            "created": manifest.created,
            "expires": manifest.expires.isoformat() if manifest.expires else None,
            "expired": verified.expired, "min_program_version": manifest.min_program_version,
            "content_sha256": verified.content_hash, "file_sha256": verified.file_sha256,
            "warnings": list(verified.warnings)}
