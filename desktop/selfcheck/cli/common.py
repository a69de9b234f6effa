"""Shared helpers of the command-line commands: output, opening the collection."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from selfcheck.core.collection import Collection
from selfcheck.core.paths import resolve_paths

Handler = Callable[[argparse.Namespace], int]


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
