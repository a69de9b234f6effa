"""Finding report files in what a reviewer hands over, and reading one safely.

Files named directly are always checked, whatever their name; in folders (searched
recursively) only ``*.pdf`` files are, others are counted as skipped. Links to
folders are not followed (a link loop cannot trap the search); a link to a file is
read like the file. Every file may be hostile: only regular files are read (a FIFO,
device or socket is refused before any read could block), with the size limit
enforced while reading.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

REPORT_SUFFIX = ".pdf"
#: macOS writes "._name.pdf" metadata twins on USB sticks; they are no reports.
APPLE_DOUBLE_PREFIX = "._"
_READ_CHUNK = 1024 * 1024


@dataclass(frozen=True)
class Refusal:
    """A path that is not checked as a report, with why (in English and Chinese)."""

    path: str
    reason: str
    reason_zh: str


@dataclass
class FoundFiles:
    """The files to check, the paths refused on the way, and how many were skipped."""

    files: list[Path] = field(default_factory=list)
    refused: list[Refusal] = field(default_factory=list)
    skipped: int = 0


class UnreadableFile(Exception):
    """A file that cannot be read as a report; ``reason`` / ``reason_zh`` say why."""

    def __init__(self, reason: str, reason_zh: str) -> None:
        super().__init__(reason)
        self.reason = reason
        self.reason_zh = reason_zh


def _os_reason(exc: OSError) -> tuple[str, str]:
    why = exc.strerror or type(exc).__name__
    return f"cannot be read ({why})", f"无法读取（{why}）"


def find_report_files(paths: Iterable[Path], *,
                      cancelled: Callable[[], bool] = lambda: False) -> FoundFiles:
    """Expand ``paths`` (files and folders, recursively) into the files to check."""
    found = FoundFiles()
    seen: set[str] = set()

    def add(path: Path) -> None:
        key = os.path.abspath(path)
        if key not in seen:
            seen.add(key)
            found.files.append(path)

    for path in paths:
        if cancelled():
            break
        try:
            is_folder = path.is_dir()
            exists = is_folder or path.exists() or path.is_symlink()
        except OSError as exc:
            found.refused.append(Refusal(str(path), *_os_reason(exc)))
            continue
        if not exists:
            found.refused.append(Refusal(str(path), "no such file or folder", "文件或文件夹不存在"))
        elif is_folder:
            _walk(path, found, add, cancelled)
        else:
            add(path)
    return found


def _walk(top: Path, found: FoundFiles, add: Callable[[Path], None],
          cancelled: Callable[[], bool]) -> None:
    folders = [top]
    while folders and not cancelled():
        folder = folders.pop()
        try:
            with os.scandir(folder) as listing:
                entries = sorted(listing, key=lambda entry: entry.name)
        except OSError as exc:
            english, chinese = _os_reason(exc)
            found.refused.append(Refusal(str(folder), f"the folder {english}",
                                         f"文件夹{chinese}"))
            continue
        subfolders = []
        for entry in entries:
            try:
                if entry.is_dir(follow_symlinks=False):
                    subfolders.append(Path(entry.path))
                    continue
            except OSError:
                pass
            name = entry.name
            if name.lower().endswith(REPORT_SUFFIX) and not name.startswith(APPLE_DOUBLE_PREFIX):
                add(Path(entry.path))
            else:
                found.skipped += 1
        folders.extend(reversed(subfolders))


def read_report_file(path: Path, limit: int) -> bytes:
    """The bytes of the regular file at ``path``, at most ``limit`` of them.

    Raises :class:`UnreadableFile` for anything else: no file, a folder, a FIFO,
    device or socket (refused without blocking), a file larger than ``limit``
    (also one that grows while it is read), a link loop, no permission.
    """
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0) \
        | getattr(os, "O_CLOEXEC", 0)
    try:
        fd = os.open(path, flags)
    except FileNotFoundError:
        raise UnreadableFile("no such file", "文件不存在") from None
    except IsADirectoryError:
        raise UnreadableFile("is a folder, not a PDF file", "所选的是文件夹，不是 PDF 文件") from None
    except OSError as exc:
        raise UnreadableFile(*_os_reason(exc)) from None
    try:
        info = os.fstat(fd)
        if stat.S_ISDIR(info.st_mode):
            raise UnreadableFile("is a folder, not a PDF file", "所选的是文件夹，不是 PDF 文件")
        if not stat.S_ISREG(info.st_mode):
            raise UnreadableFile("not a regular file (a pipe, device or socket); not read",
                                 "不是普通文件（管道、设备或套接字），未读取")
        megabytes = limit // (1024 * 1024)
        too_large = UnreadableFile(f"larger than {megabytes} MB; not a report",
                                   f"文件大于 {megabytes} MB，不是自查报告")
        if info.st_size > limit:
            raise too_large
        parts: list[bytes] = []
        total = 0
        while True:
            chunk = os.read(fd, _READ_CHUNK)
            if not chunk:
                break
            total += len(chunk)
            if total > limit:
                raise too_large
            parts.append(chunk)
        return b"".join(parts)
    except OSError as exc:
        raise UnreadableFile(*_os_reason(exc)) from None
    finally:
        os.close(fd)
