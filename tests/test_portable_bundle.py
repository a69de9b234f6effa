"""The bundle for old systems (glibc 2.28 on x86_64): built with the portable interpreter
(build/tools/portable.py), its ELF files scanned for the symbol versions they need, and
its tests (tests/test_bundle.py) run inside a brand-new Debian 11 (glibc 2.31) made by
../shared/tools/fresh-machine, after the bare system got its one-line message.

Runs where the machine allows it: Linux x86_64, root (chroot), the fresh-machine tool
with its Debian 11 base already made (`FRESH_SUITE=bullseye ../shared/tools/fresh-machine
true` makes it; this test never runs debootstrap), and the tools the interpreter's build
needs. The interpreter, its environment and the bundle are cached (portable.py).
"""

from __future__ import annotations

import json
import os
import platform
import shutil
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import REPO

sys.path.insert(0, str(REPO / "build" / "tools"))

import bundle as bundle_tool
import bundle_config as cfg
import portable

#: A cold build compiles the interpreter (about 15 min on 2 cores) inside the fixture.
pytestmark = [pytest.mark.bundle, pytest.mark.slow, pytest.mark.timeout(3600)]

SIZE_TARGET_BYTES = 180 * 1000**2


def why_not_here() -> str | None:
    """Why the portable bundle cannot be built and tried here (None if it can)."""
    if not sys.platform.startswith("linux") or platform.machine() != "x86_64":
        return "the bundle for glibc 2.28 is built on Linux x86_64"
    if os.geteuid() != 0:
        return "needs root: the smoke test runs in a Debian 11 chroot (fresh-machine)"
    if portable.fresh_machine() is None:
        return "../shared/tools/fresh-machine not found"
    base = Path(os.environ.get("FRESH_CACHE", "/var/cache/fresh-machine")) / "bullseye-base.tar"
    if not base.is_file():
        return (f"no Debian 11 base at {base} (FRESH_SUITE=bullseye ../shared/tools/fresh-machine true "
                "makes it; this test does not debootstrap)")
    missing = [tool for tool in ("apt-get", "make", "patch", "perl", "tclsh", "gcc", "pkg-config")
               if shutil.which(tool) is None]
    if missing:
        return f"the interpreter's build needs {' '.join(missing)}"
    try:
        portable.debian_mirror()
    except SystemExit as error:
        return str(error)
    return None


@pytest.fixture(scope="module")
def portable_bundle() -> Path:
    reason = why_not_here()
    if reason:
        pytest.skip(reason)
    started = time.monotonic()
    environment = portable.environment()
    key = portable.digest(bundle_tool.inputs_digest(environment=False), str(environment),
                          (REPO / "build" / "tools" / "portable.py").read_bytes())
    root = portable.cache_root()
    entry = root / f"bundle-{key}"
    with portable.locked(Path(f"{entry}.lock")):
        if not (entry / "complete.json").is_file():
            shutil.rmtree(entry, ignore_errors=True)
            result = portable.bundle(dist=entry / "dist", work=entry / "work")
            shutil.rmtree(entry / "work", ignore_errors=True)
            (entry / "complete.json").write_text(json.dumps(result, indent=2), "utf-8")
    for old in sorted(root.glob("bundle-*/"), key=lambda p: p.stat().st_mtime)[:-2]:  # keep two
        if old != entry:
            shutil.rmtree(old, ignore_errors=True)
    print(f"\nportable bundle ready in {time.monotonic() - started:.0f} s: {entry}")
    return entry / "dist" / cfg.bundle_name()


@pytest.fixture(scope="module")
def build_info(portable_bundle: Path) -> dict[str, Any]:
    info: dict[str, Any] = json.loads((portable_bundle / "BUILD-INFO.json").read_text("utf-8"))
    return info


def test_no_file_needs_a_newer_glibc_or_cxx_runtime(portable_bundle: Path, build_info: dict[str, Any]) -> None:
    table, over = portable.scan(portable_bundle)
    print(f"\nNewest symbol version needed per ELF file (floor GLIBC_{portable.GLIBC_FLOOR['x86_64']}, "
          f"GLIBCXX_{portable.CXX_FLOOR['GLIBCXX']}, CXXABI_{portable.CXX_FLOOR['CXXABI']}):\n{table}")
    assert not over, [f"{path.relative_to(portable_bundle)} needs {name}" for path, name in over]
    assert build_info["glibc_floor"] == "2.28"
    assert tuple(map(int, build_info["minimum_glibc"].split("."))) <= (2, 28)
    assert "libpython3.11.so.1.0" in {p.name for p in (portable_bundle / cfg.CONTENTS_DIR).iterdir()}


def test_the_machines_libraries_are_left_to_it_and_named(build_info: dict[str, Any]) -> None:
    """Nothing copied from the build machine; every library left to the target machine has
    a known Debian package (what docs/install.md lists and the smoke test installs)."""
    assert build_info["system_libraries"] == {}
    assert build_info["system_packages"]
    unknown = [name for name, package in build_info["machine_libraries"].items() if package.endswith("?")]
    assert not unknown, f"add to selfcheck.syslibs.DEBIAN_PACKAGES (sysdeps.py --write-table): {unknown}"
    assert {"libxcb-icccm4", "libfontconfig1", "libstdc++6"} <= set(build_info["system_packages"])
    print(f"\nDebian packages the machine needs: {' '.join(build_info['system_packages'])}")
    for guide in ("install.md", "install.zh-CN.md"):  # the guides' install command names them all
        text = (REPO / "docs" / guide).read_text("utf-8").replace("\\\n", " ")
        command = next(line for line in text.splitlines() if line.strip().startswith("sudo apt install libatomic1"))
        missing = set(build_info["system_packages"]) - set(command.split())
        assert not missing, f"docs/{guide} §2.2: add {sorted(missing)}"


def test_size(portable_bundle: Path, build_info: dict[str, Any]) -> None:
    size = bundle_tool.tree_size(portable_bundle)
    print(f"\nunpacked {size / 1e6:.1f} MB; PySide6 {build_info['pyside6']}, Python {build_info['python']}")
    assert size <= SIZE_TARGET_BYTES, f"unpacked {size / 1e6:.1f} MB (target {SIZE_TARGET_BYTES / 1e6:.0f} MB)"


def test_smoke_test_in_a_brand_new_debian_11(portable_bundle: Path) -> None:
    """fresh-machine (FRESH_SUITE=bullseye): the bare system gets the one-line message
    (exit 3, nothing written), then with BUILD-INFO's packages installed the bundle's
    own tests pass (window offscreen, assessment, signed export, verify, pack install)."""
    code, output = portable.smoke(portable_bundle, "bullseye", capture=True)
    print("\n" + "\n".join(line for line in output.splitlines()
                            if line.startswith(("fresh-machine:", "bare system:", "installing:"))
                            or " passed" in line or " failed" in line))
    assert code == 0, output[-6000:]
    assert "bare system: exit 3: 缺少系统库 " in output
    assert " passed" in output and " failed" not in output
