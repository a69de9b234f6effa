"""What goes into the offline bundle, shared by the PyInstaller spec, ``bundle.py`` and the tests.

Nothing here imports the program or Qt: the spec runs inside PyInstaller, the
tests read the same lists to check the built bundle against them.
"""

from __future__ import annotations

import platform
import re
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
SOURCE_ROOT = REPO / "desktop"
PRODUCT = "ai-selfcheck"

#: The two entry points. On Windows both are executables in one onedir folder
#: (the window is a windowed exe, the CLI a console one). On Linux and macOS
#: ``selfcheck COMMAND`` already is the CLI, so ``selfcheck-cli`` is a two-line
#: launcher script running ``selfcheck --cli``: a second executable would carry
#: a second copy of the whole Python archive (11 MB).
GUI_NAME = "selfcheck"
CLI_NAME = "selfcheck-cli"
CLI_FLAG = "--cli"
#: The folder PyInstaller puts the runtime, Qt and our data in (``sys._MEIPASS``).
CONTENTS_DIR = "_internal"

#: Qt modules the program uses. QtPdf/QtPdfWidgets show the report preview;
#: they come from the ``PySide6-Pdf`` wheel since PySide6 6.8 splits them off
#: Addons, and are taken when installed.
QT_MODULES_USED = ("QtCore", "QtGui", "QtWidgets", "QtSvg", "QtSvgWidgets", "QtPdf", "QtPdfWidgets")

#: Qt modules never used by the program: kept out of the analysis so that no
#: hook collects them (or their plugins, QML files and translations).
#: QtNetwork is among them: libQt6Pdf links libQt6Network, which is collected as
#: a plain library, but the Python module, its TLS / network-information
#: plugins and bearer backends are not.
QT_MODULES_EXCLUDED = (
    "Qt3DAnimation", "Qt3DCore", "Qt3DExtras", "Qt3DInput", "Qt3DLogic", "Qt3DRender",
    "QtAxContainer", "QtBluetooth", "QtCanvasPainter", "QtCharts", "QtConcurrent",
    "QtDataVisualization", "QtDesigner", "QtGraphs", "QtGraphsWidgets", "QtHelp",
    "QtHttpServer", "QtLabsStyleKit", "QtLocation", "QtMultimedia", "QtMultimediaWidgets",
    "QtNetwork", "QtNetworkAuth", "QtNfc", "QtOpenGL", "QtOpenGLWidgets", "QtPositioning",
    "QtPrintSupport", "QtQml", "QtQmlFeatures", "QtQuick", "QtQuick3D", "QtQuickControls2",
    "QtQuickTest", "QtQuickWidgets", "QtRemoteObjects", "QtScxml", "QtSensors",
    "QtSerialBus", "QtSerialPort", "QtSpatialAudio", "QtSql", "QtStateMachine", "QtTest",
    "QtTextToSpeech", "QtUiTools", "QtWebChannel", "QtWebEngineCore", "QtWebEngineQuick",
    "QtWebEngineWidgets", "QtWebSockets", "QtWebView", "QtXml",
)

#: Python packages that are installed for development, or that only an
#: unused optional feature of a dependency needs; never shipped.
PY_EXCLUDES = (
    # readline links GNU readline (GPL-3.0): no interactive prompt is ever used.
    "readline", "rlcompleter",
    "tkinter", "_tkinter", "turtle", "idlelib", "pydoc_data", "lib2to3", "ensurepip",
    "PyInstaller", "pytest", "_pytest", "pytestqt", "hypothesis", "mypy", "ruff", "importlinter",
    "grimp", "pyhanko_cli", "pyhanko.cli", "pygments", "rich", "markdown_it", "IPython",
    "numpy", "pandas", "matplotlib", "requests", "urllib3", "setuptools", "pkg_resources", "pip",
    "distutils", "uharfbuzz._harfbuzz_test",
    # pyHanko's optional network features: EU trusted-list download, CSC remote signing.
    "pyhanko.sign.validation.qualified.eutl_fetch", "pyhanko.sign.signers.csc_signer",
    # Image formats and lxml parts nothing here reads (AVIF alone is 5 MB of libavif).
    "PIL.AvifImagePlugin", "PIL._avif", "PIL.WebPImagePlugin", "PIL._webp", "PIL.ImageTk", "PIL._imagingtk",
    "PIL.ImageQt", "PIL.ImageShow", "lxml.objectify", "lxml.html", "lxml.isoschematron", "lxml.html5parser",
)

#: Qt plugin folders (under ``PySide6/Qt/plugins``) that are dropped from the
#: bundle: network backends (never used; "no network" is a promise), and
#: platform plugins that draw to a framebuffer or serve the screen over VNC.
#: Wayland too: without its plugin Qt falls back to xcb, which every Wayland desktop
#: runs through XWayland; the plugin would also need the system's libwayland and,
#: for its GL integrations, QtOpenGL (2.9 MB in all).
QT_PLUGIN_DIRS_DROPPED = ("tls", "networkinformation", "networkaccess", "bearer", "qmltooling",
                          "egldeviceintegrations", "generic", "wayland-decoration-client",
                          "wayland-graphics-integration-client", "wayland-graphics-integration-server",
                          "wayland-shell-integration")
QT_PLUGINS_DROPPED = (
    "platforms/libqvnc", "platforms/libqeglfs", "platforms/libqlinuxfb",
    "platforms/libqvkkhrdisplay", "platforms/libqminimalegl", "platforms/qvnc",
    "platforms/qdirect2d", "platforminputcontexts/libqtvirtualkeyboardplugin",
    "platforms/libqwayland", "platforms/libqwayland-egl", "platforms/libqwayland-generic",
    # The GTK theme plugin drags in pango/cairo/glib copies that can clash with
    # the system's GTK; the window uses Qt's own style instead.
    "platformthemes/libqgtk3",
    # Image formats the program never reads (it shows SVG, PNG, JPEG, ICO).
    "imageformats/libqicns", "imageformats/libqtga", "imageformats/libqtiff", "imageformats/libqwbmp",
    "imageformats/libqwebp", "imageformats/qicns", "imageformats/qtga", "imageformats/qtiff",
    "imageformats/qwbmp", "imageformats/qwebp", "imageformats/libqpdf", "imageformats/qpdf",
)
#: Qt's own translations kept (the window is in Chinese or English).
QT_TRANSLATION_LANGS = ("zh_CN", "zh_TW", "en")

#: Names that must never appear among the bundled Python modules: HTTP
#: clients, updaters and telemetry. (aiohttp is in the bundle only because
#: ``pyhanko.sign`` imports its HTTP timestamp client at import time; the
#: program never creates a fetcher, see tests/test_no_network.py.)
FORBIDDEN_MODULE_ROOTS = ("requests", "urllib3", "httpx", "sentry_sdk", "posthog", "analytics",
                          "segment", "mixpanel", "pyupdater", "tufup", "esky", "bugsnag", "rollbar")


def read_version() -> str:
    """``selfcheck.__version__`` read from the source, without importing the program."""
    text = (SOURCE_ROOT / "selfcheck" / "__init__.py").read_text("utf-8")
    match = re.search(r'^__version__\s*=\s*["\']([^"\']+)["\']', text, re.M)
    if not match:
        raise RuntimeError("selfcheck.__version__ not found")
    return match.group(1)


def os_tag() -> str:
    """linux, windows or macos."""
    if sys.platform.startswith("win"):
        return "windows"
    if sys.platform == "darwin":
        return "macos"
    return sys.platform.rstrip("0123456789") or "unknown"


def arch_tag() -> str:
    """x86_64, arm64, … (Windows' AMD64 and Linux's aarch64 normalised)."""
    machine = platform.machine().lower()
    return {"amd64": "x86_64", "x64": "x86_64", "aarch64": "arm64", "i686": "x86", "i386": "x86"}.get(
        machine, machine or "unknown")


def bundle_name(version: str | None = None) -> str:
    """``ai-selfcheck-<version>-<os>-<arch>``: the folder and archive name."""
    return f"{PRODUCT}-{version or read_version()}-{os_tag()}-{arch_tag()}"


def archive_suffix() -> str:
    """.zip on Windows, .tar.gz elsewhere."""
    return ".zip" if os_tag() == "windows" else ".tar.gz"


def cli_is_executable() -> bool:
    """Whether ``selfcheck-cli`` is a second executable (Windows) rather than a launcher script."""
    return os_tag() == "windows"


CLI_LAUNCHER = """#!/bin/sh
# AI Safety Self-Check command line: runs the program in command-line mode.
here=$(dirname "$(readlink -f "$0" 2>/dev/null || echo "$0")")
exec "$here/selfcheck" --cli "$@"
"""

#: The launcher of a bundle with a glibc floor: below it, one line instead of the loader's error.
CLI_LAUNCHER_WITH_FLOOR = """#!/bin/sh
# AI Safety Self-Check command line: runs the program in command-line mode.
here=$(dirname "$(readlink -f "$0" 2>/dev/null || echo "$0")")
floor={floor}
have=$(getconf GNU_LIBC_VERSION 2>/dev/null | sed -n 's/^glibc //p')
if [ -n "$have" ] && [ "$(printf '%s\\n%s\\n' "$floor" "$have" | sort -V | head -n 1)" != "$floor" ]; then
  zh="本程序需要 glibc $floor 或更新版本，本机为 glibc $have，无法运行。"
  echo "$zh This program needs glibc $floor or newer; this system has glibc $have." >&2
  exit 3
fi
exec "$here/selfcheck" --cli "$@"
"""


def cli_launcher(floor: str | None) -> str:
    """The text of ``selfcheck-cli`` (with the glibc check when the bundle has a floor)."""
    return CLI_LAUNCHER_WITH_FLOOR.replace("{floor}", floor) if floor else CLI_LAUNCHER


def exe_name(name: str) -> str:
    """The file name of an executable on this platform."""
    return f"{name}.exe" if os_tag() == "windows" else name


def keep_binary(dest: str) -> bool:
    """Whether a collected binary (destination path in the bundle) is shipped."""
    norm = dest.replace("\\", "/")
    marker = "/Qt/plugins/"
    if marker in norm or norm.startswith("PySide6/Qt/plugins/"):
        rel = norm.split("Qt/plugins/", 1)[1]
        folder = rel.split("/", 1)[0]
        if folder in QT_PLUGIN_DIRS_DROPPED:
            return False
        stem = rel.rsplit(".", 1)[0]
        return stem not in QT_PLUGINS_DROPPED
    name = norm.rsplit("/", 1)[-1]
    # Qt libraries only needed by excluded modules, should a dependency drag one in.
    return not re.match(r"(lib)?Qt6(Quick|Qml|3D|WebEngine|Multimedia|Charts|DataVisualization"
                        r"|Bluetooth|Sensors|Serial|Location|Positioning|WebSockets|NetworkAuth"
                        r"|Designer|Help|Sql|Test|VirtualKeyboard)", name)


def _basename(dest: str) -> str:
    return dest.replace("\\", "/").rsplit("/", 1)[-1].lower()


def prune_binaries(binaries: list[tuple[str, str, str]]) -> list[tuple[str, str, str]]:
    """Drop unwanted binaries (``keep_binary``) and the libraries only they needed.

    PyInstaller collects the link-time dependencies of every plugin before the
    spec can filter; a library pulled in only by a dropped plugin (say pango by
    the GTK theme) goes too, while one that anything kept links stays.
    """
    from PyInstaller.depend import bindepend

    files = [e for e in binaries if e[2] != "SYMLINK"]
    by_base = {_basename(e[0]): e for e in files}

    def closure(start: list[tuple[str, str, str]]) -> set[str]:
        seen: set[str] = set()
        todo = list(start)
        while todo:
            entry = todo.pop()
            for name, _path in bindepend.get_imports(entry[1]):
                base = _basename(name)
                if base in by_base and base not in seen:
                    seen.add(base)
                    todo.append(by_base[base])
        return seen

    dropped = [e for e in files if not keep_binary(e[0])]
    only_via_dropped = closure(dropped) - {_basename(e[0]) for e in dropped}
    kept = [e for e in files if keep_binary(e[0])]
    roots = [e for e in kept if _basename(e[0]) not in only_via_dropped]
    needed = closure(roots) | {_basename(e[0]) for e in roots}
    final = [e for e in kept if _basename(e[0]) in needed]
    return final + [e for e in binaries if e[2] == "SYMLINK"]


def drop_dangling_symlinks(*tocs: list[tuple[str, str, str]]) -> list[list[tuple[str, str, str]]]:
    """The TOCs without SYMLINK entries whose target is no longer collected."""
    present = {e[0].replace("\\", "/") for toc in tocs for e in toc if e[2] != "SYMLINK"}

    def alive(entry: tuple[str, str, str]) -> bool:
        if entry[2] != "SYMLINK":
            return True
        parent = entry[0].replace("\\", "/").rpartition("/")[0]
        target = Path(parent, entry[1].replace("\\", "/")).as_posix()
        return target in present

    return [[e for e in toc if alive(e)] for toc in tocs]


#: Set (to the glibc floor, e.g. 2.28) by build/tools/portable.py for the bundle for old systems.
GLIBC_FLOOR_ENV = "SELFCHECK_GLIBC_FLOOR"
_MACHINE_LIBRARY_DIRS = ("/lib/", "/lib64/", "/usr/lib/", "/usr/lib64/", "/usr/local/lib/")


def is_machine_library(source: str) -> bool:
    """Whether a collected binary is one of the build machine's own libraries (not the
    interpreter's, not a wheel's). The bundle for old systems leaves these to the machine
    it runs on: copies from a new build machine would need its newer glibc."""
    real = str(Path(source).resolve())
    own = (str(Path(sys.base_prefix).resolve()) + "/", str(Path(sys.prefix).resolve()) + "/")
    return real.startswith(_MACHINE_LIBRARY_DIRS) and not real.startswith(own)


#: Set by build/tools/portable.py to the GLIBCXX_ version the bundle's Qt needs when that is
#: newer than the systems it is for ship: the build machine's C++ runtime is then carried
#: in ``_internal/cxx-runtime/`` (see ``selfcheck.syslibs``), not left to the machine.
CXX_CARRY_ENV = "SELFCHECK_CARRY_CXX_RUNTIME"


def carried_cxx_runtime(needed: str, work: Path) -> tuple[list[tuple[str, str, str]], list[tuple[str, str, str]]]:
    """PyInstaller (binaries, datas) entries of the carried C++ runtime: the build machine's
    libgcc_s and libstdc++, which must define ``needed``, and the file naming ``needed``."""
    sys.path.insert(0, str(SOURCE_ROOT))
    from selfcheck import syslibs

    binaries = []
    for name in syslibs.CXX_RUNTIME_LIBS:
        found = syslibs.system_library(name)
        if found is None or (name.startswith("libstdc++") and not syslibs.provides_version(found, needed)):
            raise SystemExit(f"selfcheck.spec: the build machine has no {name} defining {needed} to carry")
        binaries.append((f"{syslibs.CXX_RUNTIME_DIR}/{name}", str(found.resolve()), "BINARY"))
    marker = work / "cxx-runtime" / syslibs.CXX_NEEDED_FILE
    marker.parent.mkdir(parents=True, exist_ok=True)
    marker.write_text(needed + "\n", "ascii")
    return binaries, [(f"{syslibs.CXX_RUNTIME_DIR}/{syslibs.CXX_NEEDED_FILE}", str(marker), "DATA")]


def keep_data(dest: str) -> bool:
    """Whether a collected data file (destination path in the bundle) is shipped."""
    norm = dest.replace("\\", "/")
    if "/Qt/translations/" in norm:
        stem = norm.rsplit("/", 1)[-1].removesuffix(".qm")
        return any(stem.endswith("_" + lang) for lang in QT_TRANSLATION_LANGS)
    return "/Qt/qml/" not in norm


def windows_version_text(version: str) -> str:
    """The Windows version resource of both executables, in PyInstaller's version-file format.

    A text (evaluated by PyInstaller on Windows) rather than objects, so that it can be
    written and checked on any platform.
    """
    numbers = [int(part) for part in re.findall(r"\d+", version)[:4]]
    fixed = tuple(numbers + [0] * (4 - len(numbers)))
    strings = [
        ("CompanyName", "AI Safety Self-Check"),
        ("FileDescription", "AI Safety Self-Check 人工智能安全自查"),
        ("FileVersion", version),
        ("InternalName", PRODUCT),
        ("LegalCopyright", "See THIRD-PARTY-NOTICES.txt"),
        ("OriginalFilename", f"{GUI_NAME}.exe"),
        ("ProductName", "AI Safety Self-Check (人工智能安全自查)"),
        ("ProductVersion", version),
    ]
    table = ",\n".join(f"          StringStruct({key!r}, {value!r})" for key, value in strings)
    # 0804 = Chinese (PRC), 0409 = English (US); 04B0 = 1200 = Unicode.
    return f"""VSVersionInfo(
  ffi=FixedFileInfo(filevers={fixed}, prodvers={fixed}, mask=0x3f, flags=0x0, OS=0x40004,
                    fileType=0x1, subtype=0x0, date=(0, 0)),
  kids=[
    StringFileInfo([
      StringTable('080404B0', [
{table}]),
      StringTable('040904B0', [
{table}])]),
    VarFileInfo([VarStruct('Translation', [0x0804, 1200, 0x0409, 1200])])
  ]
)
"""
