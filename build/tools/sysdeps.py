"""``make system-deps``: the Debian packages that building, testing and opening the window need.

    python build/tools/sysdeps.py [--for run|test] [--install] [--list]
    python build/tools/sysdeps.py --write-table      # on a machine where all are installed

The libraries come from the installed PySide6 itself: the dynamic sections of the Qt
modules, plugins and tools the program and its bundle use (``selfcheck.syslibs``), less
what PySide6 carries; each one the loader cannot load is mapped to its package through
``selfcheck.syslibs.DEBIAN_PACKAGES``. The tools come from what the build and the
tests call (objdump for PyInstaller, pdfsig, certutil, strace, xvfb-run, LibreOffice).

``--install`` installs what is missing with apt-get when run as root on a Debian-like
system; otherwise it prints the command. ``--write-table`` rewrites the table in
desktop/selfcheck/syslibs.py from ``dpkg -S`` (tests/test_syslibs.py fails when the
installed PySide6 links a library the table does not name).
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO / "desktop"))
sys.path.insert(0, str(REPO / "build" / "tools"))

from selfcheck import syslibs  # noqa: E402

#: Commands the build and the tests run -> the Debian package that provides them.
TOOLS_FOR_TEST = {
    "objdump": "binutils",  # PyInstaller (the bundle tests)
    "pdfsig": "poppler-utils", "pdftoppm": "poppler-utils", "pdffonts": "poppler-utils",
    "certutil": "libnss3-tools",
    "strace": "strace",
    "xvfb-run": "xvfb",
    "xauth": "xauth",
    # opens the exported workbooks and Word drafts (tests/test_report_office.py)
    "soffice": "libreoffice-core libreoffice-calc libreoffice-writer",
}
#: Commands that building the portable interpreter (make bundle) runs -> Debian package.
TOOLS_FOR_BUNDLE = {"objdump": "binutils", "gcc": "gcc", "make": "make", "patch": "patch", "perl": "perl",
                    "tclsh": "tcl", "pkg-config": "pkgconf"}
#: Qt plugin folders of the window besides the platforms (input methods, images, icons,
#: the GL integration of the xcb plugin) whose libraries are worth having.
PLUGIN_FOLDERS = ("platforms", "xcbglintegrations", "platforminputcontexts", "imageformats", "iconengines",
                  "platformthemes", "styles")
PLATFORMS = ("xcb", "offscreen")


def pyside() -> Path:
    folder = syslibs.pyside_folder()
    if folder is None:
        raise SystemExit("sysdeps: PySide6 is not installed here (make installs it into .venv first)")
    return folder


def binary_roots(folder: Path) -> list[Path]:
    """The Qt modules, plugins and tools the program and its bundle use."""
    import bundle_config as cfg

    roots = [path for platform in PLATFORMS for path in syslibs.window_roots(folder, platform)]
    plugins = folder / "Qt" / "plugins"
    for sub in PLUGIN_FOLDERS:
        for path in sorted((plugins / sub).glob("*.so")):
            if cfg.keep_binary(f"PySide6/Qt/plugins/{sub}/{path.name}"):
                roots.append(path)
    roots += [path for path in (folder / "lrelease", folder / "Qt" / "libexec" / "lrelease") if path.is_file()]
    return list(dict.fromkeys(roots))


def needed_libraries() -> dict[str, list[str]]:
    folder = pyside()
    return syslibs.external_libraries(binary_roots(folder), syslibs.carried_folders(folder))


def missing_tools(purpose: str) -> list[str]:
    tools = {"test": TOOLS_FOR_TEST, "bundle": TOOLS_FOR_BUNDLE}.get(purpose, {})
    missing = {package for command, packages in tools.items() if shutil.which(command) is None
               for package in packages.split()}
    if purpose == "test":
        missing |= set(missing_libpython())
    return sorted(missing)


def missing_libpython() -> list[str]:
    """PyInstaller bundles the interpreter's shared libpython: Debian's python3.x links it
    statically and ships the shared one as libpython3.x (the bundle tests need it)."""
    import ctypes
    import sysconfig

    version = f"{sys.version_info[0]}.{sys.version_info[1]}"
    try:
        ctypes.CDLL(sysconfig.get_config_var("INSTSONAME") or f"libpython{version}.so.1.0")
        return []
    except OSError:
        pass
    try:
        ctypes.CDLL(f"libpython{version}.so.1.0")
        return []
    except OSError:
        pass
    executable = os.path.realpath(getattr(sys, "_base_executable", sys.executable))
    owned = shutil.which("dpkg") and subprocess.run(["dpkg", "-S", executable], capture_output=True).returncode == 0
    return [f"libpython{version}"] if owned else []


def ldconfig_paths() -> dict[str, str]:
    """soname -> path, from the loader's cache (for this machine's architecture)."""
    ldconfig = shutil.which("ldconfig") or "/sbin/ldconfig"
    output = subprocess.run([ldconfig, "-p"], capture_output=True, text=True).stdout
    machine = os.uname().machine
    wanted = {"x86_64": "x86-64", "aarch64": "AArch64"}.get(machine, machine)
    paths: dict[str, str] = {}
    for line in output.splitlines():
        found = re.match(r"\s*(\S+) \(([^)]*)\) => (\S+)", line)
        if found and wanted in found.group(2):
            paths.setdefault(found.group(1), found.group(3))
    return paths


def write_table(bundles: list[Path]) -> int:
    """Rewrite DEBIAN_PACKAGES from ``dpkg -S`` of every library the binaries need: those
    of the installed PySide6, of the given bundle folders (another PySide6 version), and
    those already in the table (another architecture's wheels may need more)."""
    import elfscan

    found = set(needed_libraries()) | set(syslibs.DEBIAN_PACKAGES)
    for folder in bundles:
        internal = folder / "_internal"
        found |= set(syslibs.external_libraries(elfscan.elf_files(internal), [internal]))
    needed = sorted(found)
    paths = ldconfig_paths()
    absent = [name for name in needed if name not in paths]
    if absent:
        print(f"sysdeps: install these first (the table is made from what is installed): {' '.join(absent)}")
        return 1
    owners: dict[str, str] = {}
    for name in needed:
        real = os.path.realpath(paths[name])
        result = subprocess.run(["dpkg", "-S", paths[name], real], capture_output=True, text=True)
        line = next((ln for ln in result.stdout.splitlines() if ": " in ln), "")
        if not line:
            print(f"sysdeps: dpkg -S does not know {paths[name]}")
            return 1
        owners[name] = line.split(": ", 1)[0].split(":", 1)[0].split(",", 1)[0]
    source = REPO / "desktop" / "selfcheck" / "syslibs.py"
    text = source.read_text("utf-8")
    body = "".join(f'    "{name}": "{owners[name]}",\n' for name in sorted(owners))
    table = f"DEBIAN_PACKAGES: dict[str, str] = {{\n{body}}}\n"
    text = re.sub(r"(# BEGIN GENERATED TABLE\n).*?(# END GENERATED TABLE)", lambda m: m.group(1) + table + m.group(2),
                  text, flags=re.S)
    source.write_text(text, "utf-8")
    print(f"sysdeps: {len(owners)} libraries written to {source.relative_to(REPO)}")
    return 0


def apt_usable() -> bool:
    return shutil.which("apt-get") is not None and os.geteuid() == 0


def install(packages: list[str]) -> int:
    command = ["apt-get", "install", "-y", "-qq", "--no-install-recommends", *packages]
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    print(f"sysdeps: installing {' '.join(packages)}", flush=True)
    if subprocess.run(["apt-get", "update", "-qq"], env=env).returncode != 0:
        print("sysdeps: apt-get update failed")
        return 1
    result = subprocess.run(command, env=env, stdout=subprocess.DEVNULL)
    if result.returncode != 0:
        print(f"sysdeps: apt-get install failed (exit {result.returncode})")
    return result.returncode


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--for", dest="purpose", choices=("run", "test", "bundle"), default="test")
    parser.add_argument("--install", action="store_true", help="apt-get install what is missing (root)")
    parser.add_argument("--list", action="store_true", help="print every library needed and its package")
    parser.add_argument("--write-table", action="store_true", help="regenerate syslibs.DEBIAN_PACKAGES")
    parser.add_argument("--bundle", type=Path, action="append", default=[],
                        help="with --write-table: also the libraries this bundle folder leaves to the machine")
    args = parser.parse_args(argv)
    if sys.platform != "linux":
        print("sysdeps: nothing to do on this system")
        return 0
    if args.write_table:
        return write_table(args.bundle)
    needed = needed_libraries()
    if args.list:
        for name in sorted(needed):
            print(f"{name:32} {syslibs.package_for(name):24} needed by {', '.join(sorted(set(needed[name])))}")
    problems = syslibs.unloadable(needed)
    packages = sorted({syslibs.package_for(cause).rstrip("?") for cause in problems.values()
                       if re.fullmatch(r"[\w+.-]+\.so[.\d]*", cause)} | set(missing_tools(args.purpose)))
    other = {name: cause for name, cause in problems.items() if not re.fullmatch(r"[\w+.-]+\.so[.\d]*", cause)}
    for name, cause in other.items():
        print(f"sysdeps: {name} does not load: {cause}")
    if not packages:
        return 1 if other else 0
    if args.install and apt_usable():
        return install(packages) or (1 if other else 0)
    print(f"sysdeps: missing Debian/Ubuntu packages: {' '.join(packages)}\n"
          f"         install them with: sudo apt-get install {' '.join(packages)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
