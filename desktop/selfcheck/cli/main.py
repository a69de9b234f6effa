"""Entry point of the command line: global options, dispatch and error reporting."""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence

from selfcheck import PRODUCT_NAME_EN, PRODUCT_NAME_ZH, __version__
from selfcheck.cli import assess, ca, database, pack, packs, reports, review, trust
from selfcheck.cli.textout import default_language
from selfcheck.core.errors import SelfCheckError

log = logging.getLogger("selfcheck.cli")

#: One module per command or command group, in the order ``--help`` lists them; each
#: has ``register(commands)``.
COMMAND_MODULES = [assess, packs, pack, reports, trust, review, ca, database]


class _Parser(argparse.ArgumentParser):
    """argparse with a one-line error message and exit code 2."""

    def error(self, message: str) -> None:  # type: ignore[override]
        self.exit(2, f"{self.prog}: error: {message}\n")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="selfcheck",
        description=f"{PRODUCT_NAME_EN} ({PRODUCT_NAME_ZH}) — offline self-assessment against "
        "AISGF-1.0 §6.3. Without a command, opens the window.",
    )
    parser.add_argument("--version", action="version",
                        version=f"{PRODUCT_NAME_EN} ({PRODUCT_NAME_ZH}) {__version__}")
    parser.add_argument("--data-dir", metavar="DIR",
                        help="data directory (default: $SELFCHECK_HOME or the user data dir)")
    # Sub-parsers (and theirs) are created with the class of their parent: all _Parser.
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    for module in COMMAND_MODULES:
        module.register(commands)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command; returns the exit code (0 ok, 1 failed check, 2 bad usage/input)."""
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exit_request:  # --help, --version and usage errors
        return exit_request.code if isinstance(exit_request.code, int) else 2
    handler = getattr(args, "handler", None)
    if handler is None:
        parser.print_help()
        return 2
    try:
        return int(handler(args))
    except SelfCheckError as exc:
        print(f"selfcheck: error: {exc.localized(default_language())}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print("selfcheck: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
    except Exception as exc:  # last line of defence: one line, never a traceback
        log.exception("unexpected error")
        print(f"selfcheck: internal error: {type(exc).__name__}: {exc}", file=sys.stderr)
        return 3
