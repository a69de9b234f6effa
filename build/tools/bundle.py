"""``make bundle``: build the self-contained offline bundle and its archive.

    python build/tools/bundle.py [--dist DIR] [--work DIR] [--onefile] [--no-archive] [--clean]

Produces, in ``dist/`` (or ``--dist``):

    ai-selfcheck-<version>-<os>-<arch>/          the folder admins copy
        selfcheck, selfcheck-cli (.exe)          the window / the command line
        _internal/                               Python, Qt, packs, fonts, translations
        README.txt, docs/, LICENSES/, THIRD-PARTY-NOTICES.txt, BUILD-INFO.json
        SHA256SUMS.txt                           every file of the folder
    ai-selfcheck-<version>-<os>-<arch>.tar.gz   (.zip on Windows)
    ai-selfcheck-<version>-<os>-<arch>.tar.gz.sha256

Steps: compile the .qm translations if they are missing or stale, run
PyInstaller on ``build/selfcheck.spec``, add the licences and docs, write the
checksums and the archive. Prints the sizes and the time taken.
"""

from __future__ import annotations

import argparse
import datetime as dt
import gzip
import hashlib
import importlib.metadata as md
import json
import os
import platform
import shutil
import subprocess
import sys
import tarfile
import time
import zipfile
from collections.abc import Iterable, Iterator
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "desktop"))

import bundle_config as cfg

REPO = cfg.REPO
SPEC = REPO / "build" / "selfcheck.spec"
LICENCE_TEXTS = REPO / "build" / "licenses"
DOCS = ("install.md", "install.zh-CN.md", "packs.md", "signing.md", "answers-format.md",
        "glossary.md", "guide.md", "guide.zh-CN.md")
SUMS_FILE = "SHA256SUMS.txt"
LICENCE_NAMES = ("LICENSE", "LICENCE", "COPYING", "NOTICE", "AUTHORS", "COPYRIGHT")

README_TEXT = """\
AI Safety Self-Check {version} · 人工智能安全自查 {version}
{os}-{arch}, built {built}

Start / 启动
  {gui}            the window / 打开程序窗口
  {cli} --help     the command line / 命令行
  {gui} COMMAND    (Linux) also the command line / （Linux）带命令时即为命令行

Install guide / 安装说明: docs/install.md (English), docs/install.zh-CN.md (中文)
Check the copy / 校验: SHA256SUMS.txt lists the SHA-256 of every file in this folder.
Portable mode / 便携模式: create an empty file named "selfcheck-portable" next to
  {gui}; data, logs and settings then live in data/ beside it.
  在 {gui} 旁新建名为 "selfcheck-portable" 的空文件，数据、日志和设置即保存在旁边的 data/ 目录。
Licences / 许可: THIRD-PARTY-NOTICES.txt, LICENSES/

The program never opens a network connection. 本程序从不建立任何网络连接。
"""


#: What a bundle is built from (for the test suite's cache of a built bundle).
INPUT_GLOBS = ("desktop/selfcheck/**/*.py", "checklists/**/*", "resources/**/*", "build/selfcheck.spec",
               "build/*.py", "build/hooks/*", "build/tools/bundle*.py", "build/licenses/*",
               "THIRD-PARTY-NOTICES.txt", "docs/*.md", "pyproject.toml")


# -- steps -----------------------------------------------------------------------------


def inputs_digest(environment: bool = True) -> str:
    """SHA-256 over the bundle's inputs: sources, data, build files and (unless
    ``environment`` is false) the installed package versions."""
    digest = hashlib.sha256()
    seen: set[Path] = set()
    for pattern in INPUT_GLOBS:
        for path in sorted(REPO.glob(pattern)):
            if path in seen or not path.is_file() or "__pycache__" in path.parts:
                continue
            seen.add(path)
            digest.update(path.relative_to(REPO).as_posix().encode() + b"\0")
            digest.update(hashlib.sha256(path.read_bytes()).digest())
    if environment:
        versions = sorted(f"{d.metadata['Name']}=={d.version}" for d in md.distributions())
        digest.update("\n".join([*versions, sys.version, cfg.os_tag(), cfg.arch_tag()]).encode())
    return digest.hexdigest()


def venv_tool(name: str) -> str:
    """A console script installed beside this Python (the venv's bin), else on PATH."""
    folder = Path(sys.executable).parent
    for candidate in (folder / name, folder / f"{name}.exe"):
        if candidate.is_file():
            return str(candidate)
    found = shutil.which(name)
    if not found:
        raise SystemExit(f"bundle: {name} not found (install the project: pip install -e '.[dev,bundle]')")
    return found


def build_translations() -> list[Path]:
    """Compile each resources/translations/*.ts to .qm when the .qm is missing or older."""
    built = []
    for ts_file in sorted((REPO / "resources" / "translations").glob("*.ts")):
        qm_file = ts_file.with_suffix(".qm")
        if not qm_file.is_file() or qm_file.stat().st_mtime < ts_file.stat().st_mtime:
            subprocess.run([venv_tool("pyside6-lrelease"), "-silent", str(ts_file), "-qm", str(qm_file)],
                           check=True)
            built.append(qm_file)
    return built


def make_windows_icon(work: Path) -> Path | None:
    """build/work/app.ico from resources/icons/app.svg or app.png (Windows builds only)."""
    icons = REPO / "resources" / "icons"
    source = next((p for p in (icons / "app.ico", icons / "app.svg", icons / "app.png") if p.is_file()), None)
    if source is None:
        return None
    target = REPO / "build" / "work" / "app.ico"
    target.parent.mkdir(parents=True, exist_ok=True)
    if source.suffix == ".ico":
        shutil.copyfile(source, target)
        return target
    script = (
        "import sys\n"
        "from PySide6.QtGui import QGuiApplication, QIcon\n"
        "app = QGuiApplication([])\n"
        "icon = QIcon(sys.argv[1])\n"
        "ok = icon.pixmap(256, 256).save(sys.argv[2], 'ICO')\n"
        "sys.exit(0 if ok else 1)\n"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run([sys.executable, "-c", script, str(source), str(target)], env=env)
    return target if result.returncode == 0 and target.is_file() else None


def run_pyinstaller(dist: Path, work: Path, onefile: bool, clean: bool) -> None:
    """PyInstaller on the spec; the folder lands in ``dist/<bundle name>``."""
    env = {**os.environ, "SELFCHECK_ONEFILE": "1" if onefile else "0", "PYTHONNOUSERSITE": "1"}
    cmd = [sys.executable, "-m", "PyInstaller", str(SPEC), "--noconfirm", "--log-level", "WARN",
           "--distpath", str(dist), "--workpath", str(work)]
    if clean:
        cmd.append("--clean")
    subprocess.run(cmd, check=True, env=env, cwd=REPO)


def bundled_modules(bundle: Path) -> list[str]:
    """Names of the Python modules frozen into the bundle's executable (its PYZ archive)."""
    from PyInstaller.archive.readers import pkg_archive_contents

    exe = bundle / cfg.exe_name(cfg.GUI_NAME) if bundle.is_dir() else bundle
    return sorted(set(pkg_archive_contents(str(exe), recursive=True)))


def bundled_files(bundle: Path) -> set[str]:
    """Paths (posix, relative to ``sys._MEIPASS``) of the files the bundle unpacks or carries:
    the files under _internal/ (onedir), or the entries of the executable's archive (onefile)."""
    internal = bundle / cfg.CONTENTS_DIR
    if internal.is_dir():
        return {p.relative_to(internal).as_posix() for p in internal.rglob("*") if p.is_file()}
    from PyInstaller.archive.readers import CArchiveReader

    return set(CArchiveReader(str(bundle / cfg.exe_name(cfg.GUI_NAME))).toc)


def _shipped(dist: md.Distribution, modules: set[str], files: set[str]) -> bool:
    """Whether any module or file of ``dist`` is in the bundle."""
    for entry in dist.files or ():
        parts = entry.parts
        if not parts or parts[0].endswith((".dist-info", ".egg-info")) or parts[0] in ("..", "bin"):
            continue
        if entry.suffix == ".py":
            dotted = ".".join(parts)[: -len(".py")].removesuffix(".__init__")
            if dotted in modules:
                return True
        elif entry.suffix not in (".pyc", ".pyi", ".h", ".typed") and "/".join(parts) in files:
            return True
    return False


def bundled_distributions(bundle: Path) -> list[md.Distribution]:
    """The installed distributions whose code or files are in the bundle (ours left out)."""
    modules = set(bundled_modules(bundle))
    files = bundled_files(bundle)
    roots = {name.split(".", 1)[0] for name in modules} | {name.split("/", 1)[0].split(".", 1)[0] for name in files}
    mapping = md.packages_distributions()
    candidates = {name for root in roots for name in mapping.get(root, ())}
    dists = []
    for name in sorted(candidates, key=str.lower):
        dist = md.distribution(name)
        if dist.metadata["Name"] != "ai-selfcheck" and _shipped(dist, modules, files):
            dists.append(dist)
    return dists


def licence_files(dist: md.Distribution) -> Iterator[tuple[str, Path]]:
    """(relative name, file) for each licence/notice file in a distribution's metadata."""
    for entry in dist.files or ():
        parts = entry.parts
        if not parts or not parts[0].endswith(".dist-info"):
            continue
        inner = parts[1:]
        is_licence_dir = len(inner) > 1 and inner[0] == "licenses"
        if is_licence_dir or (len(inner) == 1 and inner[0].upper().startswith(LICENCE_NAMES)):
            yield "/".join(inner[1:] if is_licence_dir else inner), Path(str(dist.locate_file(entry)))


def add_licences(bundle: Path) -> list[dict[str, str]]:
    """LICENSES/: each bundled distribution's own licence files, Qt's LGPL/GPL, the font, Python."""
    target = bundle / "LICENSES"
    if target.exists():
        shutil.rmtree(target)
    target.mkdir()
    shipped = []
    for dist in bundled_distributions(bundle):
        name = dist.metadata["Name"]
        copied = 0
        for rel, source in licence_files(dist):
            dest = target / "python" / f"{name}-{dist.version}" / rel
            dest.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(source, dest)
            copied += 1
        licence = dist.metadata.get("License-Expression") or dist.metadata.get("License") or ""
        shipped.append({"name": name, "version": dist.version,
                        "license": licence.splitlines()[0] if licence else "", "files": str(copied)})
    for text in sorted(LICENCE_TEXTS.glob("*.txt")):
        shutil.copyfile(text, target / text.name)
    font_dir = target / "fonts"
    font_dir.mkdir()
    for notice in (REPO / "resources" / "fonts").glob("*"):
        if notice.suffix.lower() in (".txt", ".md"):
            shutil.copyfile(notice, font_dir / notice.name)
    python_licence = Path(sys.base_prefix) / "lib" / f"python{sys.version_info[0]}.{sys.version_info[1]}" / \
        "LICENSE.txt"
    if not python_licence.is_file():
        python_licence = Path(sys.base_prefix) / "LICENSE.txt"
    if python_licence.is_file():
        shutil.copyfile(python_licence, target / "Python-PSF-LICENSE.txt")
    return shipped


def system_libraries(bundle: Path) -> dict[str, str]:
    """Libraries copied from the build machine's system (Linux): file name -> Debian package."""
    from selfcheck.syslibs import CXX_RUNTIME_DIR

    # Beside the executables' runtime, or the carried C++ runtime's folder.
    files = [Path(name) for name in bundled_files(bundle)
             if Path(name).parent.as_posix() in (".", CXX_RUNTIME_DIR)]
    names = sorted({f.name for f in files
                    if f.name.startswith("lib") and ".so" in f.name and not f.name.startswith("libpython")})
    if not names or shutil.which("dpkg") is None:
        return {}
    found = subprocess.run(["dpkg", "-S", *names], capture_output=True, text=True).stdout
    owners: dict[str, str] = {}
    for line in found.splitlines():
        package, _, path = line.partition(": ")
        base = path.rsplit("/", 1)[-1]
        if base in names:
            owners.setdefault(base, package.split(":", 1)[0])
    return owners


def add_system_licences(bundle: Path, owners: dict[str, str]) -> None:
    """LICENSES/system/<package>.copyright: Debian's copyright file of each copied system library."""
    if not owners:
        return
    target = bundle / "LICENSES" / "system"
    target.mkdir(parents=True, exist_ok=True)
    for package in sorted(set(owners.values())):
        source = Path("/usr/share/doc") / package / "copyright"
        if source.is_file():
            shutil.copyfile(source, target / f"{package}.copyright")


def symbol_versions(bundle: Path) -> dict[str, str]:
    """The newest GLIBC_/GLIBCXX_/CXXABI_ version any bundled ELF file needs (Linux)."""
    import elfscan

    newest: dict[str, str] = {}
    for needs in elfscan.newest_needs(bundle).values():
        for family, name in needs.items():
            if family not in newest or elfscan.version_key(name) > elfscan.version_key(newest[family]):
                newest[family] = name
    return newest


def minimum_glibc(bundle: Path) -> str | None:
    """The newest GLIBC_x.y symbol version any bundled ELF file asks for (Linux)."""
    newest = symbol_versions(bundle).get("GLIBC")
    return newest.removeprefix("GLIBC_") if newest else None


def machine_libraries(bundle: Path) -> dict[str, str]:
    """Libraries the bundle's files link that the bundle does not carry (glibc left out):
    soname -> Debian/Ubuntu package. The machine must provide them."""
    import elfscan

    from selfcheck import syslibs

    internal = bundle / cfg.CONTENTS_DIR
    needed = syslibs.external_libraries(elfscan.elf_files(internal), [internal, internal / syslibs.CXX_RUNTIME_DIR])
    return {name: syslibs.package_for(name) for name in sorted(needed)}


def add_cli_launcher(bundle: Path) -> None:
    """``selfcheck-cli`` on Linux/macOS: a launcher script running ``selfcheck --cli``."""
    if cfg.cli_is_executable():
        return
    launcher = bundle / cfg.CLI_NAME
    launcher.write_text(cfg.cli_launcher(os.environ.get(cfg.GLIBC_FLOOR_ENV)), "utf-8", newline="\n")
    launcher.chmod(0o755)


def add_docs(bundle: Path, built: str, version: str) -> None:
    """README.txt, docs/ and the notices beside the executables."""
    (bundle / "README.txt").write_text(README_TEXT.format(
        version=version, os=cfg.os_tag(), arch=cfg.arch_tag(), built=built,
        gui=cfg.exe_name(cfg.GUI_NAME), cli=cfg.exe_name(cfg.CLI_NAME)), "utf-8")
    docs = bundle / "docs"
    docs.mkdir(exist_ok=True)
    for name in DOCS:
        source = REPO / "docs" / name
        if source.is_file():
            shutil.copyfile(source, docs / name)
    shutil.copyfile(REPO / "THIRD-PARTY-NOTICES.txt", bundle / "THIRD-PARTY-NOTICES.txt")


def git_commit() -> str:
    try:
        out = subprocess.run(["git", "rev-parse", "HEAD"], cwd=REPO, capture_output=True, text=True, check=True)
        dirty = subprocess.run(["git", "status", "--porcelain", "--untracked-files=no"], cwd=REPO,
                               capture_output=True, text=True, check=True).stdout.strip()
        return out.stdout.strip() + ("-dirty" if dirty else "")
    except (OSError, subprocess.CalledProcessError):
        return "unknown"


def write_build_info(bundle: Path, version: str, built: str, shipped: list[dict[str, str]],
                     system_libs: dict[str, str], onefile: bool = False) -> None:
    files = bundled_files(bundle)
    linux = cfg.os_tag() == "linux" and not onefile
    needs = machine_libraries(bundle) if linux else {}
    info = {
        "product": "AI Safety Self-Check (人工智能安全自查)",
        "version": version,
        "os": cfg.os_tag(),
        "arch": cfg.arch_tag(),
        "built": built,
        "commit": git_commit(),
        "python": platform.python_version(),
        "pyside6": md.version("PySide6_Essentials"),
        "qt_modules": sorted(name.split("/")[1].split(".", 1)[0] for name in files
                             if name.startswith("PySide6/Qt") and name.count("/") == 1
                             and name.endswith((".so", ".pyd"))),
        "executables": [cfg.exe_name(cfg.GUI_NAME), cfg.exe_name(cfg.CLI_NAME)],
        "minimum_glibc": minimum_glibc(bundle) if linux else None,
        "glibc_floor": os.environ.get(cfg.GLIBC_FLOOR_ENV) or None,
        "symbol_versions": symbol_versions(bundle) if linux else {},
        "distributions": shipped,
        "system_libraries": system_libs,
        "machine_libraries": needs,
        "system_packages": sorted(set(needs.values())),
    }
    (bundle / "BUILD-INFO.json").write_text(json.dumps(info, ensure_ascii=False, indent=2) + "\n", "utf-8")


def sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def walk_files(root: Path) -> Iterable[Path]:
    """Every regular file and symlink under ``root``, sorted (symlinks not followed)."""
    found = []
    for folder, dirs, files in os.walk(root):
        dirs.sort()
        found.extend(Path(folder) / name for name in files)
        found.extend(Path(folder) / name for name in dirs if (Path(folder) / name).is_symlink())
    return sorted(found, key=lambda p: p.relative_to(root).as_posix())


def write_sums(bundle: Path) -> Path:
    """SHA256SUMS.txt: ``<sha256>  <path>`` for every regular file (``sha256sum -c`` format)."""
    lines = []
    for path in walk_files(bundle):
        if path.is_symlink() or path.name == SUMS_FILE:
            continue
        lines.append(f"{sha256_file(path)}  {path.relative_to(bundle).as_posix()}\n")
    target = bundle / SUMS_FILE
    target.write_text("".join(lines), "utf-8")
    return target


def make_archive(bundle: Path) -> Path:
    """The folder as .tar.gz (.zip on Windows) beside it, entries sorted, the folder at the top."""
    archive = bundle.parent / f"{bundle.name}{cfg.archive_suffix()}"
    archive.unlink(missing_ok=True)
    paths = walk_files(bundle)
    if archive.suffix == ".zip":
        with zipfile.ZipFile(archive, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=6) as zf:
            for path in paths:
                zf.write(path, f"{bundle.name}/{path.relative_to(bundle).as_posix()}")
        return archive

    def normalise(info: tarfile.TarInfo) -> tarfile.TarInfo:
        info.uid = info.gid = 0
        info.uname = info.gname = ""
        return info

    with archive.open("wb") as raw, gzip.GzipFile(filename="", mode="wb", fileobj=raw, compresslevel=6,
                                                  mtime=0) as gz, tarfile.open(fileobj=gz, mode="w") as tar:
        tar.add(bundle, arcname=bundle.name, recursive=False, filter=normalise)
        dirs_done: set[Path] = set()
        for path in paths:
            for parent in reversed(path.relative_to(bundle).parents[:-1]):
                if parent not in dirs_done:
                    dirs_done.add(parent)
                    tar.add(bundle / parent, arcname=f"{bundle.name}/{parent.as_posix()}", recursive=False,
                            filter=normalise)
            tar.add(path, arcname=f"{bundle.name}/{path.relative_to(bundle).as_posix()}", recursive=False,
                    filter=normalise)
    return archive


def write_archive_sum(archive: Path) -> Path:
    """``<archive>.sha256`` in ``sha256sum`` format."""
    target = archive.with_name(archive.name + ".sha256")
    target.write_text(f"{sha256_file(archive)}  {archive.name}\n", "utf-8")
    return target


def tree_size(root: Path) -> int:
    """Bytes of the regular files under ``root`` (symlinks not counted twice)."""
    return sum(p.lstat().st_size for p in walk_files(root) if not p.is_symlink())


# -- main ------------------------------------------------------------------------------


def build(dist: Path, work: Path, onefile: bool = False, archive: bool = True,
          clean: bool = False) -> dict[str, object]:
    """Build the bundle; returns its paths, sizes and the time taken."""
    started = time.monotonic()
    version = cfg.read_version()
    name = cfg.bundle_name(version)
    built = dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    dist.mkdir(parents=True, exist_ok=True)
    build_translations()
    if cfg.os_tag() == "windows":
        make_windows_icon(work)
    pyi_started = time.monotonic()
    if onefile:
        staging = work / "onefile-dist"
        if staging.exists():
            shutil.rmtree(staging)
        run_pyinstaller(staging, work, onefile=True, clean=clean)
        bundle = dist / f"{name}-onefile"
        if bundle.exists():
            shutil.rmtree(bundle)
        bundle.mkdir()
        for exe in staging.iterdir():
            shutil.move(str(exe), bundle / exe.name)
    else:
        run_pyinstaller(dist, work, onefile=False, clean=clean)
        bundle = dist / name
    pyi_seconds = time.monotonic() - pyi_started
    add_cli_launcher(bundle)
    shipped = add_licences(bundle)
    owners = system_libraries(bundle)
    add_system_licences(bundle, owners)
    add_docs(bundle, built, version)
    write_build_info(bundle, version, built, shipped, owners, onefile=onefile)
    write_sums(bundle)
    result: dict[str, object] = {
        "bundle": str(bundle),
        "unpacked_bytes": tree_size(bundle),
        "pyinstaller_seconds": round(pyi_seconds, 1),
    }
    if archive:
        archive_path = make_archive(bundle)
        result["archive"] = str(archive_path)
        result["archive_bytes"] = archive_path.stat().st_size
        result["sha256_file"] = str(write_archive_sum(archive_path))
    result["total_seconds"] = round(time.monotonic() - started, 1)
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--dist", type=Path, default=REPO / "dist", help="output folder (default: dist/)")
    parser.add_argument("--work", type=Path, default=REPO / "build" / "work" / "pyinstaller",
                        help="PyInstaller work folder (cache)")
    parser.add_argument("--onefile", action="store_true", help="one self-contained executable per entry point")
    parser.add_argument("--no-archive", action="store_true", help="skip the archive and its checksum")
    parser.add_argument("--clean", action="store_true", help="empty PyInstaller's cache first")
    parser.add_argument("--json", action="store_true", help="print the result as JSON")
    args = parser.parse_args(argv)
    result = build(args.dist.resolve(), args.work.resolve(), onefile=args.onefile,
                   archive=not args.no_archive, clean=args.clean)
    if args.json:
        print(json.dumps(result, indent=2))
        return 0
    mib = 1024 * 1024
    print(f"bundle:   {result['bundle']}  ({result['unpacked_bytes'] / mib:.1f} MiB unpacked)")
    if "archive" in result:
        print(f"archive:  {result['archive']}  ({int(str(result['archive_bytes'])) / mib:.1f} MiB)")
        print(f"checksum: {result['sha256_file']}")
    print(f"time:     {result['total_seconds']} s (PyInstaller {result['pyinstaller_seconds']} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
