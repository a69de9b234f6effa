"""The documentation says what the program does: the README's command synopsis lists every
command and option of the parser, its set-up names exactly ``make run`` and ``make test``,
every relative link leads to a file, and the user guides ship with the bundle (the menu
paths the guides name are checked against the window in tests/ui/test_guide_menus.py)."""

from __future__ import annotations

import argparse
import importlib.util
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from selfcheck.cli.main import build_parser
from selfcheck.core.paths import USER_GUIDE, user_guide

from .conftest import REPO

README = REPO / "README.md"
DOCS = sorted((REPO / "docs").glob("*.md"))


def _leaf_commands(parser: argparse.ArgumentParser,
                   path: tuple[str, ...] = ()) -> Iterator[tuple[tuple[str, ...], argparse.ArgumentParser]]:
    groups = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    if not groups:
        yield path, parser
    for group in groups:
        for name, child in group.choices.items():
            yield from _leaf_commands(child, (*path, name))


def synopsis() -> dict[tuple[str, ...], str]:
    """The README's command lines, by command (continuation lines joined)."""
    text = README.read_text("utf-8")
    section = text[text.index("## The command line"):]
    block = re.search(r"```sh\n(.*?)```", section, re.S)
    assert block, "the command-line section has no ```sh block"
    lines = block[1].replace("\\\n", " ").splitlines()
    commands = [path for path, _ in _leaf_commands(build_parser())]
    found: dict[tuple[str, ...], str] = {}
    for line in lines:
        words = line.split("#")[0].split()
        for path in commands:
            if words[1:1 + len(path)] == list(path) and words[:1] == ["selfcheck"]:
                found[path] = found.get(path, "") + " " + line
    return found


def test_the_readme_synopsis_lists_every_command_and_option() -> None:
    found = synopsis()
    missing = []
    for path, parser in _leaf_commands(build_parser()):
        if path not in found:
            missing.append(" ".join(path))
            continue
        for action in parser._actions:
            flags = action.option_strings
            if flags and "--help" not in flags and not any(
                    re.search(rf"(?<![\w-]){re.escape(f)}(?![\w-])", found[path]) for f in flags):
                missing.append(f"{' '.join(path)} {flags[-1]}")
    assert missing == []


def test_the_readme_names_the_two_set_up_commands() -> None:
    text = README.read_text("utf-8")
    section = text[text.index("## Set-up"):text.index("\n## ", text.index("## Set-up") + 3)]
    assert set(re.findall(r"^make \w+", section, re.M)) == {"make run", "make test"}


_LINK = re.compile(r"\]\(([^)#\s]+)(?:#[^)]*)?\)")


@pytest.mark.parametrize("document", [README, *DOCS], ids=lambda p: p.name)
def test_relative_links_lead_to_files(document: Path) -> None:
    broken = [target for target in _LINK.findall(document.read_text("utf-8"))
              if "://" not in target and not (document.parent / target).exists()]
    assert broken == []


def test_the_user_guides_ship_with_the_bundle() -> None:
    spec = importlib.util.spec_from_file_location("bundle", REPO / "build" / "tools" / "bundle.py")
    assert spec is not None and spec.loader is not None
    bundle = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bundle)
    assert set(USER_GUIDE.values()) <= set(bundle.DOCS)
    for lang in ("zh", "en"):
        guide = user_guide(lang)
        assert guide.is_file() and guide.name == USER_GUIDE[lang]
        assert "selfcheck restore FILE" in guide.read_text("utf-8")
