"""Finding report files in what a reviewer hands over (files and folders).

Files named directly are always checked, whatever their name; in folders (searched
recursively) only ``*.pdf`` files are, others are counted as skipped. Links to
folders are not followed (a link loop cannot trap the search); a link to a file is
read like the file (:func:`selfcheck.core.files.read_input_file` refuses anything but
a regular file).
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from selfcheck.core.immutable import immutable

REPORT_SUFFIX = ".pdf"
#: macOS writes "._name.pdf" metadata twins on USB sticks; they are no reports.
APPLE_DOUBLE_PREFIX = "._"


@immutable
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
