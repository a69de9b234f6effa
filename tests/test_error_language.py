"""Every user-facing error the program raises has Chinese text.

The whole of ``desktop/selfcheck`` (core, command line and window) is scanned: each
class derived from ``SelfCheckError`` anywhere in it is found, and every place that
raises or builds one must pass ``zh=``. No module list is kept by hand, so a new
module is checked the day it is written.
"""

from __future__ import annotations

import ast
from pathlib import Path

from .conftest import REPO

PACKAGE = REPO / "desktop" / "selfcheck"


def _sources() -> dict[Path, ast.Module]:
    return {path: ast.parse(path.read_text("utf-8")) for path in sorted(PACKAGE.rglob("*.py"))}


def _name(node: ast.expr) -> str | None:
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        return node.attr
    return None


def error_classes(trees: list[ast.Module]) -> set[str]:
    """``SelfCheckError`` and every class deriving from it in ``trees`` (to a fixed point)."""
    found = {"SelfCheckError"}
    classes = [node for tree in trees for node in ast.walk(tree) if isinstance(node, ast.ClassDef)]
    changed = True
    while changed:
        changed = False
        for node in classes:
            if node.name not in found and any(_name(base) in found for base in node.bases):
                found.add(node.name)
                changed = True
    return found


def _has_zh(call: ast.Call) -> bool:
    return any(keyword.arg == "zh" for keyword in call.keywords)


def constructions_without_zh(tree: ast.Module, classes: set[str]) -> tuple[int, list[int]]:
    """(number of raises of an error class, lines that raise or build one without ``zh=``).

    A raise counts when it raises one of ``classes`` directly, or calls a local helper
    annotated to return one (such as ``def bad(problem, zh) -> PackFileError``)."""
    helpers = {node.name for node in ast.walk(tree)
               if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef)
               and node.returns is not None and _name(node.returns) in classes}
    raises = 0
    missing: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Raise) and node.exc is not None:
            exc = node.exc
            if isinstance(exc, ast.Call) and _name(exc.func) in classes | helpers:
                raises += 1
                if not _has_zh(exc):
                    missing.add(node.lineno)
            elif _name(exc) in classes:  # ``raise SomeError`` without a message
                raises += 1
                missing.add(node.lineno)
        elif isinstance(node, ast.Call) and _name(node.func) in classes and not _has_zh(node):
            missing.add(node.lineno)  # e.g. the error a ``bad()`` helper builds
    return raises, sorted(missing)


def test_the_checker_finds_a_raise_without_zh() -> None:
    tree = ast.parse(
        "class PackFileError(SelfCheckError): ...\n"
        "def bad(problem: str) -> PackFileError:\n"
        "    return PackFileError(problem)\n"
        "def f(x):\n"
        "    if x:\n"
        "        raise UsageError('no', zh='不')\n"
        "    if x > 1:\n"
        "        raise errors.NotFoundError(f'{x}: gone')\n"
        "    raise bad('broken')\n")
    classes = error_classes([tree]) | {"UsageError", "NotFoundError"}
    raises, missing = constructions_without_zh(tree, classes)
    assert raises == 3
    assert missing == [3, 8, 9]


def test_every_user_facing_error_has_chinese_text() -> None:
    sources = _sources()
    classes = error_classes(list(sources.values()))
    assert {"UsageError", "PackFileError", "PkiError", "IdentityError"} <= classes
    total = 0
    problems = []
    for path, tree in sources.items():
        raises, missing = constructions_without_zh(tree, classes)
        total += raises
        problems += [f"{path.relative_to(REPO)}:{line}" for line in missing]
    assert total > 200, "the scan found too few raises: it is looking at the wrong thing"
    assert not problems, "raised without zh=: " + ", ".join(problems)
