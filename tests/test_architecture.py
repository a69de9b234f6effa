"""Architecture and code quality: the core/Qt boundary, ruff and mypy are clean."""

from __future__ import annotations

import ast
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from .conftest import REPO

BIN = Path(sys.executable).parent


def _tool(name: str) -> str:
    path = BIN / name
    if path.exists():
        return str(path)
    found = shutil.which(name)
    if not found:
        pytest.skip(f"{name} is not installed in this environment (make test installs it)")
    return found


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(REPO / "desktop")}
    return subprocess.run(args, cwd=REPO, capture_output=True, text=True, env=env, timeout=600)


def test_import_linter_contracts_hold() -> None:
    result = _run(_tool("lint-imports"), "--no-cache")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Contracts: 7 kept, 0 broken" in result.stdout


def test_core_imports_without_qt() -> None:
    code = (
        "import sys, pkgutil, importlib, selfcheck.core as core\n"
        "for m in pkgutil.walk_packages(core.__path__, 'selfcheck.core.'):\n"
        "    importlib.import_module(m.name)\n"
        "bad = [m for m in sys.modules if m.startswith(('PySide6', 'shiboken6', 'selfcheck.ui'))]\n"
        "print(bad); sys.exit(1 if bad else 0)\n"
    )
    result = _run(sys.executable, "-c", code)
    assert result.returncode == 0, result.stdout + result.stderr


def test_only_the_store_runs_sql() -> None:
    offenders = []
    for path in (REPO / "desktop" / "selfcheck").rglob("*.py"):
        if path.parent.name == "store" and path.parent.parent.name == "core":
            continue
        text = path.read_text("utf-8")
        if "import sqlite3" in text or "sqlite_utils" in text or ".execute(" in text:
            offenders.append(str(path.relative_to(REPO)))
    assert offenders == []


def test_ruff_is_clean() -> None:
    result = _run(_tool("ruff"), "check", "desktop", "tests", "benchmarks", "build")
    assert result.returncode == 0, result.stdout + result.stderr


#: The PySide6 whose type stubs the code is checked against. On aarch64 the project installs
#: 6.8.0.2 (the last wheel for glibc 2.31), whose stubs lack many attributes that 6.9+ declare
#: (QStyleOptionViewItem.rect, …): there the program is tested, not type-checked.
TYPED_PYSIDE = (6, 9)


@pytest.mark.slow
def test_mypy_is_clean() -> None:
    import importlib.metadata

    version = importlib.metadata.version("PySide6-Essentials")
    if tuple(int(part) for part in version.split(".")[:2]) < TYPED_PYSIDE:
        pytest.skip(f"PySide6 {version}: its type stubs are older than the {TYPED_PYSIDE[0]}.{TYPED_PYSIDE[1]} "
                    "ones the code is checked against (the aarch64 wheels)")
    result = _run(_tool("mypy"))
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-2000:]


MAX_FUNCTION_LINES = 100
MAX_CLASS_LINES = 400


def _long_definitions() -> set[str]:
    package = REPO / "desktop" / "selfcheck"
    found = set()
    for path in package.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text("utf-8"), str(path))):
            if isinstance(node, ast.ClassDef):
                limit = MAX_CLASS_LINES
            elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                limit = MAX_FUNCTION_LINES
            else:
                continue
            assert node.end_lineno is not None
            if node.end_lineno - node.lineno + 1 > limit:
                found.add(f"{path.relative_to(package).as_posix()}:{node.name}")
    return found


def test_no_function_over_100_lines_and_no_class_over_400_lines() -> None:
    assert _long_definitions() == set()


def test_qt_apis_newer_than_the_oldest_pyside_go_through_qtcompat() -> None:
    """The aarch64 bundle runs PySide6 6.8: the proxy models' filter-change calls of Qt 6.9+
    are made only by selfcheck.ui.qtcompat, which falls back on older Qt."""
    newer = re.compile(r"\.(beginFilterChange|endFilterChange)\(")
    found = [f"{path.relative_to(REPO)}:{number}" for path in sorted((REPO / "desktop" / "selfcheck").rglob("*.py"))
             if path.name != "qtcompat.py"
             for number, line in enumerate(path.read_text("utf-8").splitlines(), start=1) if newer.search(line)]
    assert not found, found


def test_no_module_switches_pysides_features() -> None:
    """selfcheck.ui.qtcompat.spare_feature_scans marks the modules loaded before PySide6 as
    not using its ``__feature__`` switches (snake_case, true_property): true only while no
    module of the program imports them."""
    uses = re.compile(r"^\s*(from\s+__feature__\s+import|import\s+__feature__)", re.M)
    offenders = [str(path.relative_to(REPO)) for path in sorted((REPO / "desktop").rglob("*.py"))
                 if uses.search(path.read_text("utf-8"))]
    assert not offenders, offenders


def test_pyside_is_spared_reading_the_modules_loaded_before_it() -> None:
    """With the installed PySide6, the modules loaded before it are marked as not using
    its features, the window's modules as using PySide6 without them, and as the window's
    modules load it reads the source of none of these (without the marks it reads them all)."""
    probe = (
        "import sys, selfcheck.core.session\n"
        "before = set(sys.modules)\n"
        "import selfcheck.ui\n"  # imports PySide6, then marks what was loaded before it
        "feature = sys.modules.get('shibokensupport.feature')\n"
        "if not isinstance(getattr(feature, 'pyside_feature_dict', None), dict):\n"
        "    print('no feature table'); raise SystemExit(0)\n"
        "read = []\n"
        "original = feature._mod_uses_pyside\n"
        "feature._mod_uses_pyside = lambda module: read.append(module.__name__) or original(module)\n"
        "import selfcheck.ui.app\n"
        "table = feature.pyside_feature_dict\n"
        "print(table['selfcheck.core.session'], table['selfcheck.core.scoring'], table['datetime'])\n"
        "print(sorted(name for name in read if name in before or name.startswith('selfcheck.ui')))\n"
        "print(table['selfcheck.ui'], table['selfcheck.ui.main_window'],"
        " table['selfcheck.ui.views.detail.answer_form'])\n")
    env = {**os.environ, "PYTHONPATH": str(REPO / "desktop"), "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run([sys.executable, "-c", probe], env=env, capture_output=True, text=True,
                            timeout=120, check=False)
    assert result.returncode == 0, result.stderr
    if result.stdout.strip() == "no feature table":
        pytest.skip("this PySide6 keeps no feature table (spare_feature_scans does nothing)")
    marks, read, window_marks = result.stdout.splitlines()
    assert marks == "-1 -1 -1"
    assert window_marks == "0 0 0"  # the window's own: using PySide6, without switches
    assert read == "[]"
