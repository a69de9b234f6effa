"""The system libraries the window needs (Linux): found from the Qt binaries themselves.

Qt's platform plugin links libraries that a bare Linux system may lack (libxcb-icccm,
libxcb-keysyms, …). When one is missing, Qt aborts with a message that names another
library. Before Qt is imported, :func:`check_window_libraries` loads the Qt modules
and the platform plugin the window will use. When one fails, it reads their dynamic
sections (``DT_NEEDED``, ``DT_RUNPATH``), follows the libraries that PySide6 (or the
bundle) carries, and tries to load every library left to the machine. It returns one
line naming what is missing and the Debian/Ubuntu packages that provide it. The PDF
preview's modules, imported only when the report check opens, are checked then
(:func:`check_preview_libraries`).

``build/tools/sysdeps.py`` uses the same functions to install what ``make run`` and
``make test`` need, and regenerates :data:`DEBIAN_PACKAGES` on a full machine; a test
fails when the installed PySide6 links a library this table does not name.

Standard library only, and nothing here imports Qt.
"""

from __future__ import annotations

import importlib.util
import os
import re
import struct
import sys
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import NamedTuple

#: Exit status of ``selfcheck`` when the window cannot start for want of a library.
EXIT_MISSING_LIBRARY = 3
#: Set to 1 to skip the check (e.g. a system whose loader finds libraries elsewhere).
SKIP_ENV = "SELFCHECK_SKIP_LIBRARY_CHECK"

#: Library (soname) -> Debian/Ubuntu package, for every library outside PySide6 that the
#: Qt modules and plugins the program uses link. Generated on a Debian 12 machine with
#: ``build/tools/sysdeps.py --write-table`` (``dpkg -S``); checked against the installed
#: PySide6 by tests/test_syslibs.py.
# BEGIN GENERATED TABLE
DEBIAN_PACKAGES: dict[str, str] = {
    "libEGL.so.1": "libegl1",
    "libGL.so.1": "libgl1",
    "libICE.so.6": "libice6",
    "libSM.so.6": "libsm6",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libX11.so.6": "libx11-6",
    "libatomic.so.1": "libatomic1",
    "libbrotlicommon.so.1": "libbrotli1",
    "libbrotlidec.so.1": "libbrotli1",
    "libdbus-1.so.3": "libdbus-1-3",
    "libfontconfig.so.1": "libfontconfig1",
    "libfreetype.so.6": "libfreetype6",
    "libgcc_s.so.1": "libgcc-s1",
    "libglib-2.0.so.0": "libglib2.0-0",
    "libgmodule-2.0.so.0": "libglib2.0-0",
    "libgobject-2.0.so.0": "libglib2.0-0",
    "libgssapi_krb5.so.2": "libgssapi-krb5-2",
    "libgthread-2.0.so.0": "libglib2.0-0",
    "libstdc++.so.6": "libstdc++6",
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-glx.so.0": "libxcb-glx0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-render.so.0": "libxcb-render0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-util.so.1": "libxcb-util1",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxcb.so.1": "libxcb1",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libz.so.1": "zlib1g",
    "libzstd.so.1": "libzstd1",
}
# END GENERATED TABLE

#: The C++ runtime a bundle carries when its Qt needs a newer one than the systems it is for
#: ship (the aarch64 bundle: PySide6 6.8.0.2 needs GCC 10's, Kylin V10 SP1 has GCC 9's). It sits
#: in this folder of the bundle, off the library search path, so that a newer system runtime,
#: which system plugins (input methods, GL drivers) may need, is never shadowed.
CXX_RUNTIME_DIR = "cxx-runtime"
#: Its libraries, in load order, and the file naming the version the bundle's Qt needs.
CXX_RUNTIME_LIBS = ("libgcc_s.so.1", "libstdc++.so.6")
CXX_NEEDED_FILE = "NEEDED"
#: "bundled" or "system" forces the choice (for tests, or a system found wrongly).
CXX_RUNTIME_ENV = "SELFCHECK_CXX_RUNTIME"

#: glibc's own libraries (present wherever a program starts at all) and the loader.
_GLIBC = re.compile(r"^(libc|libm|libdl|libpthread|librt|libresolv|libutil|ld-linux[\w.-]*|ld64)\.so(\.|$)"
                    r"|^ld-linux")
#: The Qt modules the window imports as it starts, the PDF preview's (imported when the
#: report check opens), and all the modules whose libraries `make run` installs (their
#: libraries are loaded by ``import``).
START_MODULES = ("QtCore", "QtGui", "QtWidgets")
PREVIEW_MODULES = ("QtPdf", "QtPdfWidgets")
WINDOW_MODULES = (*START_MODULES, "QtSvg", "QtSvgWidgets", *PREVIEW_MODULES)


class Dynamic(NamedTuple):
    """What an ELF file's dynamic section asks of the loader."""

    needed: list[str]
    runpath: list[str]


def read_dynamic(path: Path) -> Dynamic:
    """``DT_NEEDED`` and ``DT_RUNPATH``/``DT_RPATH`` of an ELF file (empty if not ELF)."""
    with path.open("rb") as handle:
        header = handle.read(64)
        if len(header) < 52 or header[:4] != b"\x7fELF":
            return Dynamic([], [])
        wide = header[4] == 2
        end = "<" if header[5] == 1 else ">"
        if wide:
            (phoff,) = struct.unpack_from(end + "Q", header, 32)
            phentsize, phnum = struct.unpack_from(end + "HH", header, 54)
        else:
            (phoff,) = struct.unpack_from(end + "I", header, 28)
            phentsize, phnum = struct.unpack_from(end + "HH", header, 42)
        handle.seek(phoff)
        table = handle.read(phentsize * phnum)
        loads: list[tuple[int, int, int]] = []
        dynamic: tuple[int, int] | None = None
        for index in range(phnum):
            if wide:
                p_type, _flags, offset, vaddr, _paddr, filesz = struct.unpack_from(end + "IIQQQQ", table,
                                                                                    index * phentsize)
            else:
                p_type, offset, vaddr, _paddr, filesz = struct.unpack_from(end + "IIIII", table, index * phentsize)
            if p_type == 1:  # PT_LOAD
                loads.append((vaddr, offset, filesz))
            elif p_type == 2:  # PT_DYNAMIC
                dynamic = (offset, filesz)
        if dynamic is None:
            return Dynamic([], [])
        handle.seek(dynamic[0])
        data = handle.read(dynamic[1])
        entry, size = (end + "qQ", 16) if wide else (end + "iI", 8)
        needed: list[int] = []
        runpath: list[int] = []
        strtab = None
        for offset in range(0, len(data) - size + 1, size):
            tag, value = struct.unpack_from(entry, data, offset)
            if tag == 0:
                break
            if tag == 1:
                needed.append(value)
            elif tag in (15, 29):  # DT_RPATH, DT_RUNPATH
                runpath.append(value)
            elif tag == 5:
                strtab = value
        if strtab is None:
            return Dynamic([], [])
        base = next((strtab - vaddr + offset for vaddr, offset, filesz in loads
                     if vaddr <= strtab < vaddr + filesz), None)
        if base is None:
            return Dynamic([], [])

        def string(index: int) -> str:
            handle.seek(base + index)
            raw = handle.read(4096)
            return raw.split(b"\0", 1)[0].decode("utf-8", "replace")

        folders = [part.replace("$ORIGIN", str(path.parent)).replace("${ORIGIN}", str(path.parent))
                   for index in runpath for part in string(index).split(":") if part]
        return Dynamic([string(index) for index in needed], folders)


def is_glibc(soname: str) -> bool:
    return bool(_GLIBC.match(soname))


def external_libraries(roots: Iterable[Path], carried: Iterable[Path]) -> dict[str, list[str]]:
    """Libraries that ``roots`` need, directly or through libraries found beside them,
    their RUNPATH or in the ``carried`` folders, and that are none of those: what the
    machine must provide. Returns soname -> the files that asked for it (glibc left out)."""
    # Plain strings and one listing per folder: this runs at every start of the window.
    listings: dict[str, frozenset[str]] = {}

    def holds(folder: str, name: str) -> bool:
        if folder not in listings:
            try:
                listings[folder] = frozenset(os.listdir(folder))
            except OSError:
                listings[folder] = frozenset()
        return name in listings[folder] and os.path.isfile(os.path.join(folder, name))

    folders = [str(folder) for folder in carried]
    found: dict[str, list[str]] = {}
    seen: set[str] = set()
    todo = [_file_path(str(root)) for root in roots if os.path.isfile(root)]
    while todo:
        current = todo.pop()
        if current in seen:
            continue
        seen.add(current)
        dynamic = read_dynamic(Path(current))
        for name in dynamic.needed:
            if is_glibc(name):
                continue
            local = next((folder for folder in [*dynamic.runpath, *folders] if holds(folder, name)), None)
            if local is not None:
                todo.append(_file_path(os.path.join(local, name)))
            else:
                found.setdefault(name, []).append(os.path.basename(current))
    return found


def _file_path(path: str) -> str:
    """A library's path as the loader takes $ORIGIN from it: a link is followed (realpath
    only then: it stats every folder of the path, and this runs at every start)."""
    return os.path.realpath(path) if os.path.islink(path) else os.path.normpath(path)


def pyside_folder() -> Path | None:
    """PySide6's package folder (inside the bundle when frozen), without importing it."""
    if getattr(sys, "frozen", False):
        folder = Path(getattr(sys, "_MEIPASS", Path(sys.executable).parent)) / "PySide6"
        return folder if folder.is_dir() else None
    spec = importlib.util.find_spec("PySide6")
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(next(iter(spec.submodule_search_locations)))


def platform_name() -> str:
    """The Qt platform plugin the window will use (the first of QT_QPA_PLATFORM, else xcb)."""
    wanted = os.environ.get("QT_QPA_PLATFORM", "").split(";", 1)[0].split(":", 1)[0].strip()
    return wanted or "xcb"


def module_roots(pyside: Path, modules: Iterable[str]) -> list[Path]:
    """The extension files of PySide6's Qt ``modules``."""
    names = sorted(os.listdir(pyside))  # one listing: this runs at every start
    return [pyside / name for module in modules for name in names
            if name.startswith(module + ".") and name.endswith(".so")]


def window_roots(pyside: Path, platform: str | None = None,
                 modules: Iterable[str] = WINDOW_MODULES) -> list[Path]:
    """The Qt ``modules`` the window imports and the platform plugin it loads."""
    plugin = pyside / "Qt" / "plugins" / "platforms" / f"libq{platform or platform_name()}.so"
    roots = module_roots(pyside, modules)
    return [*roots, plugin] if plugin.is_file() else roots


def carried_folders(pyside: Path) -> list[Path]:
    """Where PySide6 (and, when frozen, the bundle) keep the libraries they carry."""
    folders = [pyside / "Qt" / "lib", pyside]
    if getattr(sys, "frozen", False):
        folders.append(Path(getattr(sys, "_MEIPASS", pyside.parent)))
    return folders


def unloadable(sonames: Iterable[str], binding: int = os.RTLD_LAZY) -> dict[str, str]:
    """The libraries the dynamic loader cannot load: soname -> the library actually missing
    (another one it needs, when that is the cause) or the loader's message. ``binding``
    RTLD_NOW also resolves every symbol now, as Python's import of a module does."""
    import _ctypes  # the loader itself: a frozen bundle's ctypes.CDLL rewrites its errors

    problems: dict[str, str] = {}
    for name in sonames:
        try:
            _ctypes.dlopen(name, binding | os.RTLD_LOCAL)
        except OSError as error:
            text = str(error)
            cause = re.match(r"^([^:\s]+\.so[.\d]*): cannot open shared object file", text)
            problems[name] = cause.group(1) if cause else text
    return problems


def package_for(soname: str) -> str:
    """The Debian/Ubuntu package of a library: from the table, else Debian's naming rule
    (libfoo.so.N -> libfooN, libfoo2.so.N -> libfoo2-N), marked with a question mark."""
    if soname in DEBIAN_PACKAGES:
        return DEBIAN_PACKAGES[soname]
    match = re.match(r"^(lib[\w+.-]*?)\.so\.(\d+)", soname)
    if not match:
        return f"{soname}?"
    stem, major = match.group(1).lower().replace("_", "-"), match.group(2)
    return f"{stem}-{major}?" if stem[-1].isdigit() else f"{stem}{major}?"


#: What cannot happen for want of a library: the window start (the default), the PDF preview.
WINDOW_CANNOT_START = ("程序窗口无法启动", "the window cannot start")
PREVIEW_CANNOT_OPEN = ("报告预览无法打开", "the report preview cannot open")


def missing_message(missing: Iterable[str], cannot: tuple[str, str] = WINDOW_CANNOT_START) -> str:
    """One line, Chinese first, naming the missing libraries and their packages."""
    names = sorted(set(missing))
    packages = sorted({package_for(name) for name in names})
    libs, debs = "、".join(names), " ".join(packages)
    return (f"缺少系统库 {libs}（Debian/Ubuntu 软件包 {debs}；安装：sudo apt install {debs.replace('?', '')}），"
            f"{cannot[0]}。 Missing system libraries {', '.join(names)} (Debian/Ubuntu packages {debs}): "
            f"{cannot[1]}.")


def problem_message(problems: Mapping[str, str], cannot: tuple[str, str] = WINDOW_CANNOT_START) -> str | None:
    """The one line for ``problems`` (from :func:`unloadable`); None when there are none."""
    if not problems:
        return None
    causes = list(problems.values())
    if all(re.fullmatch(r"[\w+.-]+\.so[.\d]*", cause) for cause in causes):
        return missing_message(causes, cannot)
    details = "; ".join(f"{name}: {cause}" for name, cause in sorted(problems.items()))
    return (f"系统库无法加载，{cannot[0]}：{details}。 System libraries cannot be loaded, "
            f"{cannot[1]}: {details}.")


def check_window_libraries() -> str | None:
    """None when every library the window needs to start loads; else the one-line message.

    The window's own Qt modules and its platform plugin are loaded here, with all they
    link, as the window's imports would do next (so this costs the start nothing). Only
    when one fails are their dynamic sections walked, to name every library missing."""
    if not sys.platform.startswith("linux") or os.environ.get(SKIP_ENV) == "1":
        return None
    pyside = pyside_folder()
    if pyside is None:
        return None
    roots = window_roots(pyside, modules=START_MODULES)
    # RTLD_NOW, as the imports will: a system library too old for a symbol Qt needs is
    # found here (a lazy load kept would turn it into a crash at the first call)
    failed = unloadable((str(root) for root in roots), os.RTLD_NOW)
    if not failed:
        return None
    problems = unloadable(external_libraries(roots, carried_folders(pyside)))
    return problem_message(problems or {os.path.basename(root): cause for root, cause in failed.items()})


def check_preview_libraries() -> str | None:
    """None when the libraries of the PDF preview's Qt modules (imported only when the
    report check opens) load; else the one-line message."""
    pyside = pyside_folder() if sys.platform.startswith("linux") else None
    if pyside is None:
        return None
    roots = module_roots(pyside, PREVIEW_MODULES)
    return problem_message(unloadable(external_libraries(roots, carried_folders(pyside))), PREVIEW_CANNOT_OPEN)


def library_folders() -> list[Path]:
    """The system's library folders, multiarch (Debian, UOS, Kylin desktop) and lib64
    (openEuler, Kylin server) alike, in the loader's order of preference."""
    triplet = f"{os.uname().machine}-linux-gnu"
    names = [f"/lib/{triplet}", f"/usr/lib/{triplet}", "/lib64", "/usr/lib64", "/lib", "/usr/lib"]
    return [Path(name) for name in names if Path(name).is_dir()]


def system_library(soname: str) -> Path | None:
    """The system's own copy of a library (not the bundle's), or None."""
    return next((folder / soname for folder in library_folders() if (folder / soname).is_file()), None)


def provides_version(library: Path, version: str) -> bool:
    """Whether a library defines a symbol version (e.g. GLIBCXX_3.4.28)."""
    try:
        return version.encode("ascii") + b"\0" in library.read_bytes()
    except OSError:
        return False


def carried_cxx_runtime_wanted(folder: Path) -> bool:
    """Whether the C++ runtime carried in ``folder`` must be used: the system's libstdc++
    is missing or lacks the version named in the folder's NEEDED file."""
    forced = os.environ.get(CXX_RUNTIME_ENV, "")
    if forced in ("bundled", "system"):
        return forced == "bundled"
    try:
        needed = (folder / CXX_NEEDED_FILE).read_text("ascii").strip()
    except (OSError, UnicodeError):
        return False
    system = system_library("libstdc++.so.6")
    return system is None or not provides_version(system, needed)


def load_carried_cxx_runtime(folder: Path) -> bool:
    """Load the carried C++ runtime before anything links libstdc++, when it is wanted.
    The loader then gives it to every library that asks for ``libstdc++.so.6``."""
    if not sys.platform.startswith("linux") or not folder.is_dir() or not carried_cxx_runtime_wanted(folder):
        return False
    import ctypes

    for name in CXX_RUNTIME_LIBS:
        ctypes.CDLL(str(folder / name), mode=os.RTLD_NOW | os.RTLD_GLOBAL)
    return True
