"""Shared helpers of the command-line commands: output, opening the collection."""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from selfcheck.core.collection import Collection
from selfcheck.core.errors import UsageError
from selfcheck.core.paths import resolve_paths

Handler = Callable[[argparse.Namespace], int]

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


@contextmanager
def open_collection(args: argparse.Namespace) -> Iterator[Collection]:
    """Open the user's collection in the data directory chosen by the global options."""
    collection = Collection.open(resolve_paths(args.data_dir))
    try:
        yield collection
    finally:
        collection.close()


def emit_json(value: Any) -> None:
    json.dump(value, sys.stdout, ensure_ascii=False, indent=2, default=str)
    sys.stdout.write("\n")


def out(text: str = "") -> None:
    print(text)
