"""The window's system libraries (selfcheck.syslibs, build/tools/sysdeps.py): read from the
Qt binaries, mapped to Debian packages, and one clear line when one is missing."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from selfcheck import syslibs
from tests.conftest import REPO

sys.path.insert(0, str(REPO / "build" / "tools"))

import sysdeps

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux: ELF and the dynamic loader")


@pytest.fixture(scope="module")
def pyside() -> Path:
    folder = syslibs.pyside_folder()
    assert folder is not None and (folder / "Qt").is_dir()
    return folder


def test_dynamic_sections_read_as_readelf_reads_them(pyside: Path) -> None:
    if shutil.which("readelf") is None:
        pytest.skip("readelf (binutils) is not installed")
    files = [*syslibs.window_roots(pyside, "xcb"), pyside / "Qt" / "lib" / "libQt6Gui.so.6"]
    assert len(files) >= 4
    for path in files:
        dynamic = subprocess.run(["readelf", "-d", str(path)], capture_output=True, text=True).stdout
        needed = re.findall(r"\(NEEDED\).*\[(.+?)\]", dynamic)
        runpath = [part.replace("$ORIGIN", str(path.parent)) for found in
                   re.findall(r"\((?:RUNPATH|RPATH)\).*\[(.+?)\]", dynamic) for part in found.split(":")]
        read = syslibs.read_dynamic(path)
        assert read.needed == needed, path
        assert read.runpath == runpath, path
    assert syslibs.read_dynamic(REPO / "README.md") == syslibs.Dynamic([], [])


def test_the_table_names_every_library_the_installed_pyside_links() -> None:
    """When a PySide6 upgrade links a new system library this fails: run
    `build/tools/sysdeps.py --write-table` on a machine that has it installed."""
    needed = sysdeps.needed_libraries()
    assert {"libxcb-icccm.so.4", "libxcb-keysyms.so.1", "libxcb-cursor.so.0", "libfontconfig.so.1"} <= set(needed)
    assert not [name for name in needed if syslibs.is_glibc(name)]
    unnamed = sorted(set(needed) - set(syslibs.DEBIAN_PACKAGES))
    assert not unnamed, f"not in syslibs.DEBIAN_PACKAGES (sysdeps.py --write-table): {unnamed}"
    print(f"\n{len(needed)} system libraries from {len(sysdeps.binary_roots(sysdeps.pyside()))} Qt binaries; "
          f"packages: {' '.join(sorted({syslibs.DEBIAN_PACKAGES[n] for n in needed}))}")


def test_package_names_follow_the_table_then_debians_rule() -> None:
    assert syslibs.package_for("libxcb-icccm.so.4") == "libxcb-icccm4"
    assert syslibs.package_for("libglib-2.0.so.0") == "libglib2.0-0"  # the table, not the rule
    assert syslibs.package_for("libfoo.so.3") == "libfoo3?"
    assert syslibs.package_for("libbar2.so.1") == "libbar2-1?"
    assert syslibs.package_for("libBaz_qux.so.0") == "libbaz-qux0?"


def test_the_message_is_one_line_chinese_first() -> None:
    line = syslibs.missing_message(["libxcb-keysyms.so.1", "libxcb-icccm.so.4", "libxcb-icccm.so.4"])
    assert "\n" not in line
    assert line.startswith("缺少系统库 libxcb-icccm.so.4、libxcb-keysyms.so.1（Debian/Ubuntu 软件包 "
                           "libxcb-icccm4 libxcb-keysyms1；安装：sudo apt install libxcb-icccm4 libxcb-keysyms1）")
    assert "Missing system libraries libxcb-icccm.so.4, libxcb-keysyms.so.1" in line


def test_a_library_that_cannot_load_is_named() -> None:
    assert syslibs.unloadable(["libselfcheck-absent.so.7"]) == {"libselfcheck-absent.so.7": "libselfcheck-absent.so.7"}
    assert syslibs.unloadable(["libc.so.6"]) == {}


def test_every_library_the_window_needs_loads_on_this_machine() -> None:
    """`make test` installs them (system-deps) where it can (root, apt-get); there the
    check must let the window start."""
    problem = syslibs.check_window_libraries()
    if problem and not sysdeps.apt_usable():
        pytest.skip(f"not root with apt-get, so make could not install them: {problem}")
    assert problem is None


def plugin_library(real: Path, platform: str = "offscreen") -> tuple[bytes, bytes]:
    """A system library the platform plugin links (which one depends on the Qt version and
    architecture) and a name of the same length that no system has."""
    plugin = real / "Qt" / "plugins" / "platforms" / f"libq{platform}.so"
    name = next(n for n in syslibs.read_dynamic(plugin).needed
                if not n.startswith("libQt") and not syslibs.is_glibc(n))
    return name.encode(), f"{name[:3]}Z{name[4:]}".encode()


def fake_pyside(root: Path, real: Path, platform: str = "offscreen", renamed: tuple[bytes, bytes] | None = None
                ) -> Path:
    """A PySide6 package folder whose modules and libraries are the real ones, with the
    platform plugin copied and one of its NEEDED names changed (same length, in place)."""
    site = root / "site"
    package = site / "PySide6"
    (package / "Qt" / "plugins" / "platforms").mkdir(parents=True)
    (package / "__init__.py").write_text("", "utf-8")
    (package / "Qt" / "lib").symlink_to(real / "Qt" / "lib")
    for module in real.glob("Qt*.so"):
        (package / module.name).symlink_to(module)
    plugin = real / "Qt" / "plugins" / "platforms" / f"libq{platform}.so"
    data = plugin.read_bytes()
    if renamed:
        old, new = renamed
        assert len(old) == len(new) and data.count(old + b"\0") == 1
        data = data.replace(old + b"\0", new + b"\0")
    target = package / "Qt" / "plugins" / "platforms" / plugin.name
    target.write_bytes(data)
    target.chmod(0o755)
    return site


def test_a_missing_library_stops_the_window_with_one_line_and_writes_nothing(tmp_path: Path, pyside: Path) -> None:
    """`selfcheck` (the window) on a machine without a library the platform plugin links:
    exit 3, one line on stderr naming the library and its package, no data folder made."""
    renamed = plugin_library(pyside)
    absent = renamed[1].decode()
    site = fake_pyside(tmp_path, pyside, renamed=renamed)
    assert absent in syslibs.read_dynamic(site / "PySide6/Qt/plugins/platforms/libqoffscreen.so").needed
    home = tmp_path / "home"
    env = {**os.environ, "PYTHONPATH": f"{site}{os.pathsep}{REPO / 'desktop'}", "QT_QPA_PLATFORM": "offscreen",
           "HOME": str(home), "SELFCHECK_HOME": str(home / "data"), "SELFCHECK_QUIT_WHEN_IDLE": "1"}
    for name in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
        env.pop(name, None)
    result = subprocess.run([sys.executable, "-m", "selfcheck"], env=env, capture_output=True, text=True,
                            timeout=60, cwd=tmp_path)
    assert result.returncode == syslibs.EXIT_MISSING_LIBRARY, result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith(f"缺少系统库 {absent}（Debian/Ubuntu 软件包 {syslibs.package_for(absent)}"), lines[0]
    assert "SELFCHECK_TIMINGS" not in result.stdout
    assert not home.exists(), sorted(str(p) for p in home.rglob("*"))


def test_a_symbol_the_system_lacks_stops_the_window_with_one_line(
        tmp_path: Path, pyside: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A library that loads but lacks a function a Qt module calls (a system library too
    old for this Qt): the check binds every symbol now, as the module's import will, and
    names it. (PySide6's modules are not linked for immediate binding, so a lazy load
    would pass and the window would crash at the first call.)"""
    site = fake_pyside(tmp_path, pyside)
    module = next((site / "PySide6").glob("QtWidgets.*.so"))
    listed = subprocess.run(["nm", "-D", "--undefined-only", str(module)], capture_output=True,
                            text=True, check=False)
    if listed.returncode != 0:
        pytest.skip(f"nm (binutils) is needed to find a symbol to remove: {listed.stderr.strip()}")
    name = next(line.split()[-1].split("@")[0] for line in listed.stdout.splitlines()
                if line.split()[-1].startswith("_ZNK7QWidget10focusProxyEv"))
    data = module.resolve().read_bytes()
    missing = name.replace("focusProxy", "focusProxZ")
    assert data.count(name.encode() + b"\0") == 1
    module.unlink()
    module.write_bytes(data.replace(name.encode() + b"\0", missing.encode() + b"\0"))
    monkeypatch.setattr(syslibs, "pyside_folder", lambda: site / "PySide6")
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    monkeypatch.delenv(syslibs.SKIP_ENV, raising=False)
    message = str(syslibs.check_window_libraries())
    assert message.startswith("系统库无法加载，程序窗口无法启动："), message
    assert missing in message and "\n" not in message


def test_the_check_can_be_skipped(tmp_path: Path, pyside: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    renamed = plugin_library(pyside)
    site = fake_pyside(tmp_path, pyside, renamed=renamed)
    monkeypatch.setattr(syslibs, "pyside_folder", lambda: site / "PySide6")
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    assert renamed[1].decode() in str(syslibs.check_window_libraries())
    monkeypatch.setenv(syslibs.SKIP_ENV, "1")
    assert syslibs.check_window_libraries() is None


# -- the C++ runtime a bundle carries (the aarch64 one: its Qt needs GCC 10's) -------------------


def _carried_runtime(tmp_path: Path, needed: str) -> Path:
    """A cxx-runtime folder holding this machine's own C++ runtime and a NEEDED file."""
    folder = tmp_path / syslibs.CXX_RUNTIME_DIR
    folder.mkdir()
    for name in syslibs.CXX_RUNTIME_LIBS:
        found = syslibs.system_library(name)
        assert found is not None, f"this machine has no {name}"
        shutil.copyfile(found, folder / name)
    (folder / syslibs.CXX_NEEDED_FILE).write_text(needed + "\n", "ascii")
    return folder


def test_the_carried_runtime_is_wanted_only_when_the_systems_lacks_the_version(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(syslibs.CXX_RUNTIME_ENV, raising=False)
    folder = _carried_runtime(tmp_path, "GLIBCXX_3.4.999")
    assert syslibs.carried_cxx_runtime_wanted(folder)
    (folder / syslibs.CXX_NEEDED_FILE).write_text("GLIBCXX_3.4.21\n", "ascii")  # GCC 5: every system here
    assert not syslibs.carried_cxx_runtime_wanted(folder)
    monkeypatch.setenv(syslibs.CXX_RUNTIME_ENV, "bundled")
    assert syslibs.carried_cxx_runtime_wanted(folder)
    monkeypatch.setenv(syslibs.CXX_RUNTIME_ENV, "system")
    (folder / syslibs.CXX_NEEDED_FILE).write_text("GLIBCXX_3.4.999\n", "ascii")
    assert not syslibs.carried_cxx_runtime_wanted(folder)
    monkeypatch.delenv(syslibs.CXX_RUNTIME_ENV)
    monkeypatch.setattr(syslibs, "system_library", lambda name: None)  # a system with no C++ runtime
    (folder / syslibs.CXX_NEEDED_FILE).write_text("GLIBCXX_3.4.21\n", "ascii")
    assert syslibs.carried_cxx_runtime_wanted(folder)
    (folder / syslibs.CXX_NEEDED_FILE).unlink()
    assert not syslibs.carried_cxx_runtime_wanted(folder)  # a bundle that carries none


@pytest.mark.parametrize(("needed", "carried_used"), [("GLIBCXX_3.4.999", True), ("GLIBCXX_3.4.21", False)])
def test_qt_links_the_carried_runtime_when_the_systems_is_too_old(tmp_path: Path, needed: str,
                                                                   carried_used: bool) -> None:
    folder = _carried_runtime(tmp_path, needed)
    script = (
        "import sys; from pathlib import Path; from selfcheck import syslibs; "
        f"loaded = syslibs.load_carried_cxx_runtime(Path({str(folder)!r})); "
        "import PySide6.QtCore; "
        "maps = {line.split()[-1] for line in open('/proc/self/maps') if 'libstdc++' in line}; "
        "import json; print(json.dumps([loaded, sorted(maps)]))"
    )
    env = {key: value for key, value in os.environ.items() if key != syslibs.CXX_RUNTIME_ENV}
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, env=env, check=True).stdout
    loaded, mapped = json.loads(out)
    assert loaded is carried_used
    assert len(mapped) == 1, mapped  # one C++ runtime in the process, never two
    assert (Path(mapped[0]).parent == folder) is carried_used


def test_a_library_the_pdf_preview_lacks_is_named_when_the_report_check_opens(
        tmp_path: Path, pyside: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The PDF preview's Qt modules are imported only by the report check: a library they
    alone need does not stop the window; it is named, with its package, when the report
    check opens."""
    site = fake_pyside(tmp_path, pyside)
    module = next((site / "PySide6").glob("QtPdf.*.so"))
    data = module.resolve().read_bytes()
    old, new = b"libQt6Pdf.so.6\0", b"libQt6Zdf.so.6\0"
    assert data.count(old) == 1
    module.unlink()
    module.write_bytes(data.replace(old, new))
    monkeypatch.setattr(syslibs, "pyside_folder", lambda: site / "PySide6")
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    monkeypatch.delenv(syslibs.SKIP_ENV, raising=False)
    assert syslibs.check_window_libraries() is None
    message = str(syslibs.check_preview_libraries())
    assert message.startswith("缺少系统库 libQt6Zdf.so.6（Debian/Ubuntu 软件包 "), message
    assert "报告预览无法打开" in message and "the report preview cannot open" in message
    assert "\n" not in message
