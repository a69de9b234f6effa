"""The menu paths the user guides and the install guides name ("File → Back up
database…", “视图 → 语言”) are the window's own, in each language."""

from __future__ import annotations

import re
from typing import Any

import pytest
from PySide6.QtWidgets import QMenu

from tests.conftest import REPO

DOCS = {"en": ("guide.md", "install.md"), "zh": ("guide.zh-CN.md", "install.zh-CN.md")}


def _plain(text: str) -> str:
    """A menu text as a reader sees it: no accelerator, no "(&F)"."""
    return re.sub(r"\(&\w\)", "", text).replace("&", "").strip()


def menu_paths(menu: QMenu, path: tuple[str, ...] = ()) -> set[str]:
    found = set()
    for action in menu.actions():
        if action.isSeparator():
            continue
        here = (*path, _plain(action.text()))
        found.add(" → ".join(here))
        if action.menu() is not None:
            found |= menu_paths(action.menu(), here)
    return found


def documented_paths(text: str) -> set[str]:
    """Menu paths written in bold, italics or quotation marks."""
    pattern = r"(?:\*\*?|[“])([^*“”\n]+ → [^*“”\n]+?)(?:\*?\*|[”])"
    return {match.strip() for match in re.findall(pattern, text)}


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_the_docs_name_the_windows_menus(launch_window: Any, lang: str) -> None:
    window = launch_window(lang).window
    paths: set[str] = set()
    for action in window.menuBar().actions():
        paths |= menu_paths(action.menu(), (_plain(action.text()),))
    assert ("View → Language" if lang == "en" else "视图 → 语言") in paths
    for name in DOCS[lang]:
        named = documented_paths((REPO / "docs" / name).read_text("utf-8"))
        assert named, name
        assert named - paths == set(), name
