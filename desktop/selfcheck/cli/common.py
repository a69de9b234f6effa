"""Shared helpers of the command-line commands: their language, output, prompts and
opening the collection.

**The language of the command line.** Everything the command line says — help texts,
usage errors, messages, headings — is in the locale's language (:func:`default_language`:
Chinese when ``LC_ALL``/``LC_MESSAGES``/``LANG`` starts with ``zh``, else English). One
mechanism serves every command:

* Every text is written as a bilingual pair, Chinese first, through :func:`tr`::

      listing = sub.add_parser("list", help=tr("列出自查", "list assessments"))
      out(tr(f"已导入 {n} 条答复。", f"Imported {n} answers."))

  (``tr(zh, en, lang)`` picks by an explicit ``lang``, for commands with ``--lang``.)
  Chinese text uses full-width punctuation （，：；） and the glossary's terms
  (:mod:`selfcheck.core.glossary`); labels joined to values use
  :func:`~selfcheck.core.text.colon` and the separators of :mod:`selfcheck.core.text`.
* argparse's own words (``usage:``, ``options``, ``error:``, "the following arguments are
  required" ...) are translated in one place, :data:`selfcheck.cli.textout.ARGPARSE_ZH`,
  installed by :func:`selfcheck.cli.textout.install_argparse_texts` when the parser is
  built; a new command needs nothing for them.
* Errors are :class:`~selfcheck.core.errors.SelfCheckError` with ``zh=``; the entry point
  prints them in the locale's language, one line, control characters escaped.
* Untrusted strings (names from certificates, ids and file names from files) are printed
  through :func:`~selfcheck.core.text.shown`, which escapes control characters and caps
  their length.

A new command: ``add_parser(name, help=tr(...), description=tr(...))``, each argument with
``help=tr(...)``, each line of output through ``out(tr(...))``. tests/test_cli_language.py
runs every command's ``--help`` and a failing case of each under ``zh_CN.UTF-8`` and
``en_US.UTF-8`` and fails on an English sentence in Chinese or Chinese in English.
"""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from cryptography import x509

from selfcheck.cli.textout import default_language
from selfcheck.core.collection import Collection
from selfcheck.core.errors import UsageError
from selfcheck.core.packs.file import VerifiedPack
from selfcheck.core.paths import resolve_paths
from selfcheck.core.pki.roots import ReportRoots, load_root_certificate
from selfcheck.core.text import shown

PASSPHRASE_ENV = "SELFCHECK_PASSPHRASE"
NEW_PASSPHRASE_ENV = "SELFCHECK_NEW_PASSPHRASE"


def tr(zh: str, en: str, lang: str | None = None) -> str:
    """``zh`` or ``en``: by ``lang`` when given ("zh"/"en"), else by the locale."""
    return en if (lang or default_language()) == "en" else zh


def read_passphrase(prompt: str, *, env: str = PASSPHRASE_ENV, confirm: bool = False) -> str:
    """The passphrase from ``$env`` or, on a terminal, a hidden prompt — never an argument."""
    from_env = os.environ.get(env)
    if from_env is not None:
        return from_env
    missing = UsageError(f"no passphrase: set {env} or run in a terminal",
                         zh=f"没有口令：请设置环境变量 {env}，或在终端中运行")
    if not sys.stdin.isatty():
        raise missing
    try:
        first = getpass.getpass(prompt)
        if confirm and getpass.getpass(tr("再次输入口令：", "Repeat the passphrase: ")) != first:
            raise UsageError("the two passphrases differ; nothing written",
                             zh="两次输入的口令不一致，未写入任何内容")
    except EOFError:
        raise missing from None
    return first


def ask_yes_no(question_zh: str, question_en: str) -> bool:
    """Ask on the terminal, in the locale's language; only "y"/"yes"/"是" mean yes.

    Off a terminal nobody can answer: a UsageError asks for ``--yes`` instead."""
    if not sys.stdin.isatty():
        raise UsageError("no terminal to confirm on: add --yes to go ahead",
                         zh="没有可用于确认的终端：如确定执行，请加上 --yes")
    prompt = tr(f"{question_zh}［是/否，y/N］", f"{question_en} [y/N] ")
    try:
        answer = input(prompt)
    except EOFError:
        return False
    return answer.strip().lower() in {"y", "yes", "是"}


#: Larger numbers are no valid id, count or number of days anywhere in the program.
MAX_NUMBER = 10**9


def bounded_int(what_zh: str, what_en: str, low: int = 1,
                high: int = MAX_NUMBER) -> Callable[[str], int]:
    """An argparse ``type`` for a whole number from ``low`` to ``high``; ``what_zh`` and
    ``what_en`` name it in the error."""

    def parse(text: str) -> int:
        try:
            value = int(text)
        except ValueError:
            raise argparse.ArgumentTypeError(tr(
                f"{what_zh} {shown(text, 40)} 无效（应为整数）",
                f"invalid {what_en} '{shown(text, 40)}' (a whole number)")) from None
        if not low <= value <= high:
            raise argparse.ArgumentTypeError(tr(
                f"{what_zh} {shown(text, 40)} 无效（应为 {low} 至 {high} 之间的整数）",
                f"invalid {what_en} '{shown(text, 40)}' (a number from {low} to {high})"))
        return value

    return parse


assessment_id = bounded_int("自查编号", "assessment id")


def add_json_flag(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--json", action="store_true",
                        help=tr("输出供程序读取的 JSON", "print machine-readable JSON"))


def add_force_flag(parser: argparse.ArgumentParser, file: str = "FILE") -> None:
    """``--force``: replace the output file (shown as ``file``) if it exists."""
    parser.add_argument("--force", action="store_true",
                        help=tr(f"替换已有的 {file}", f"replace {file} if it exists"))


def add_lang_flag(parser: argparse.ArgumentParser, help_zh: str, help_en: str) -> None:
    """``--lang zh|en``: the language of what the command prints (read it with
    :func:`output_language`); without it, the locale's."""
    parser.add_argument("--lang", choices=["zh", "en"], default=None, help=tr(help_zh, help_en))


def output_language(args: argparse.Namespace) -> str:
    """The language chosen with ``--lang`` (:func:`add_lang_flag`), else the locale's."""
    return str(args.lang or default_language())


def add_trust_flag(parser: argparse.ArgumentParser, help_zh: str, help_en: str) -> None:
    """``--trust ROOT.pem`` (repeatable): report root certificates trusted for this run
    only, besides the machine's trust store (read them with :func:`extra_roots`)."""
    parser.add_argument("--trust", type=Path, action="append", default=[], metavar="ROOT.pem",
                        help=tr(help_zh, help_en))


def extra_roots(args: argparse.Namespace) -> list[x509.Certificate]:
    """The certificates given with ``--trust`` (:func:`add_trust_flag`)."""
    return [load_root_certificate(path) for path in args.trust]


def add_group(commands: Any, name: str, help_text: str, description: str | None = None) -> Any:
    """Add the command group ``selfcheck NAME ACTION``; returns its ``add_parser`` holder."""
    group = commands.add_parser(name, help=help_text, description=description or help_text)
    return group.add_subparsers(dest=f"{name}_command", metavar="ACTION", required=True,
                                title=tr("操作", "actions"))


@contextmanager
def open_collection(args: argparse.Namespace) -> Iterator[Collection]:
    """Open the user's collection in the data directory chosen by the global options."""
    collection = Collection.open(resolve_paths(args.data_dir))
    try:
        yield collection
        # A damaged database is open read-only: reading went on, a change fails with the
        # same message (printed once, as the error).
        if collection.damage is not None:
            print(tr(f"selfcheck：警告：{collection.damage.localized('zh')}",
                     f"selfcheck: warning: {collection.damage.message}"), file=sys.stderr)
    finally:
        collection.close()


def report_roots(args: argparse.Namespace) -> ReportRoots:
    """The report root certificates this machine trusts (no need to open the database)."""
    return ReportRoots(resolve_paths(args.data_dir).trust_dir)


def emit_json(value: Any) -> None:
    json.dump(value, sys.stdout, ensure_ascii=False, indent=2, default=str)
    sys.stdout.write("\n")


def out(text: str = "") -> None:
    """Print ``text``; control characters other than line breaks are escaped (a last line
    of defence: untrusted strings are also passed through ``shown`` where they come in)."""
    print("\n".join(shown(line, len(line)) for line in text.split("\n")))


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
