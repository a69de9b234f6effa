"""Entry point of the command line: global options, dispatch and error reporting."""

from __future__ import annotations

import argparse
import logging
import re
import sys
from collections.abc import Sequence
from typing import Any

from selfcheck import PRODUCT_NAME_EN, PRODUCT_NAME_ZH, __version__
from selfcheck.cli import assess, ca, database, pack, packs, reports, review, trust
from selfcheck.cli.common import tr
from selfcheck.cli.textout import HelpFormatter, default_language, install_argparse_texts
from selfcheck.core.errors import SelfCheckError
from selfcheck.core.logs import LOG_FILE, setup_command_line_logging
from selfcheck.core.paths import resolve_paths
from selfcheck.core.text import shown

log = logging.getLogger("selfcheck.cli")

#: One module per command or command group, in the order ``--help`` lists them; each
#: has ``register(commands)``.
COMMAND_MODULES = [assess, packs, pack, reports, trust, review, ca, database]

#: The longest error message printed whole (a backstop: untrusted parts are capped
#: where they come in).
MESSAGE_MAX = 2000

_CHINESE_HEADING = re.compile(r"(?m)^(\S[^\n]*[\u3400-\u9fff]):$")


class _Parser(argparse.ArgumentParser):
    """argparse with a one-line error message in the locale's language and exit code 2,
    and help text wrapped by terminal width (Chinese characters take two columns)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("formatter_class", HelpFormatter)
        super().__init__(*args, **kwargs)

    def error(self, message: str) -> None:  # type: ignore[override]
        self.exit(2, tr(f"{self.prog}：错误：{shown(message, MESSAGE_MAX)}\n",
                        f"{self.prog}: error: {shown(message, MESSAGE_MAX)}\n"))

    def format_help(self) -> str:
        # argparse ends each section heading with a half-width colon
        return _CHINESE_HEADING.sub(r"\1：", super().format_help())


def build_parser() -> argparse.ArgumentParser:
    install_argparse_texts()
    parser = _Parser(
        prog="selfcheck",
        description=tr(
            f"{PRODUCT_NAME_ZH}：依据《人工智能安全治理框架》1.0版第6.3条离线开展自查。"
            "不带命令时打开窗口。",
            f"{PRODUCT_NAME_EN}: offline self-assessment against the AI Safety Governance "
            "Framework 1.0, §6.3. Without a command, opens the window."),
    )
    parser.add_argument("--version", action="version",
                        version=f"{PRODUCT_NAME_ZH} {PRODUCT_NAME_EN} {__version__}",
                        help=tr("显示程序版本并退出", "show the program's version and exit"))
    parser.add_argument("--data-dir", metavar="DIR",
                        help=tr("数据文件夹（默认：$SELFCHECK_HOME 或用户数据文件夹）",
                                "data directory (default: $SELFCHECK_HOME or the user data dir)"))
    # Sub-parsers (and theirs) are created with the class of their parent: all _Parser.
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser,
                                     title=tr("命令", "commands"))
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
    log_dir = resolve_paths(args.data_dir).log_dir
    setup_command_line_logging(log_dir)
    try:
        return int(handler(args))
    except SelfCheckError as exc:
        message = shown(exc.localized(default_language()), MESSAGE_MAX)
        print(tr(f"selfcheck：错误：{message}", f"selfcheck: error: {message}"), file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print(tr("selfcheck：已中断", "selfcheck: interrupted"), file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
    except Exception as exc:  # last line of defence: one line, never a traceback
        log.exception("unexpected error")
        what = shown(f"{type(exc).__name__}: {exc}", 300)
        log_file = log_dir / LOG_FILE
        print(tr(f"selfcheck：内部错误（{what}）；详细信息已写入日志文件 {log_file}",
                 f"selfcheck: internal error ({what}); the details are in the log file "
                 f"{log_file}"), file=sys.stderr)
        return 3
