"""Reading files a user hands the program, and writing files without leaving half of one."""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
from pathlib import Path

from selfcheck.core.errors import SelfCheckError

_CHUNK = 1 << 20


class InputFileError(SelfCheckError):
    """A file handed to the program cannot be read as one (missing, a folder, a pipe or
    device, too large, unreadable)."""


def size_text(size: int) -> str:
    """A byte count for people: "812 B", "4.2 KB", "25 MB", "1.5 GB"."""
    if size < 1024:
        return f"{size} B"
    for unit, scale in (("KB", 1024), ("MB", 1024**2), ("GB", 1024**3)):
        value = size / scale
        if value < 1024 or unit == "GB":
            return f"{value:.0f} {unit}" if value >= 10 or value == int(value) else f"{value:.1f} {unit}"
    return f"{size} B"  # pragma: no cover


def read_input_file(path: Path, limit: int, *, what: tuple[str, str] = ("file", "文件"),
                    error: type[SelfCheckError] = InputFileError,
                    missing_error: type[SelfCheckError] | None = None) -> bytes:
    """The bytes of a regular file a user handed the program, at most ``limit`` of them.

    Anything that is not a regular file (a folder, a FIFO, a device such as /dev/zero, a
    socket) is refused before a byte is read, and the size limit is enforced while
    reading, not trusted from ``stat``; so neither a pipe nor an endless device can hang
    the program or fill its memory. ``what`` names the kind of file (English, Chinese)
    in the one-line errors, which are raised as ``error`` (``missing_error`` for a
    missing file)."""
    noun, noun_zh = what
    noun = ("an " if noun[:1].lower() in "aeiou" else "a ") + noun
    try:
        if path.is_dir():
            raise error(f"{path}: is a folder, not {noun}", zh=f"{path}：这是文件夹，不是{noun_zh}")
        flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
        fd = os.open(path, flags)
    except FileNotFoundError:
        raise (missing_error or error)(f"{path}: no such file", zh=f"{path}：文件不存在") from None
    except OSError as exc:
        raise error(f"{path}: cannot be read ({exc.strerror or type(exc).__name__})",
                    zh=f"{path}：无法读取（{exc.strerror or type(exc).__name__}）") from None
    with os.fdopen(fd, "rb", buffering=0) as handle:
        mode = os.fstat(handle.fileno()).st_mode
        if not stat.S_ISREG(mode):
            raise error(f"{path}: not a regular file (a pipe, device or socket); nothing was read",
                        zh=f"{path}：不是普通文件（管道、设备或套接字），未读取任何内容")
        chunks: list[bytes] = []
        total = 0
        try:
            while total <= limit:
                chunk = handle.read(min(_CHUNK, limit + 1 - total))
                if not chunk:
                    break
                chunks.append(chunk)
                total += len(chunk)
        except OSError as exc:
            raise error(f"{path}: cannot be read ({exc.strerror or type(exc).__name__})",
                        zh=f"{path}：无法读取（{exc.strerror or type(exc).__name__}）") from None
    if total > limit:
        raise error(f"{path.name}: larger than the {size_text(limit)} limit for {noun}",
                    zh=f"{path.name}：超过{noun_zh} {size_text(limit)} 的大小上限")
    return b"".join(chunks)


def reason_without_path(error: SelfCheckError, path: Path) -> tuple[str, str]:
    """A :func:`read_input_file` error's reason (English, Chinese) without the path it
    starts with, for lists that show the path beside it."""
    english = error.message.removeprefix(f"{path}: ").removeprefix(f"{path.name}: ")
    chinese = (error.message_zh or error.message).removeprefix(f"{path}：").removeprefix(
        f"{path.name}：")
    return english, chinese


def write_atomically(path: Path, data: bytes, *, overwrite: bool = True, mode: int = 0o644) -> None:
    """Write ``data`` to a temporary file beside ``path``, fsync, then rename over it.

    A failure (full disk, no permission) leaves any previous file untouched and no
    temporary file behind; it raises OSError for the caller to turn into a message.
    """
    folder = path.parent
    if not overwrite and path.exists():
        raise FileExistsError(17, "File exists", str(path))
    fd, temp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(temp_name, mode)
        if not overwrite:
            os.link(temp_name, path)  # fails if the path appeared meanwhile
            os.unlink(temp_name)
        else:
            os.replace(temp_name, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp_name)
        raise




def check_write_target(path: Path, *, overwrite: bool, error: type[SelfCheckError]) -> None:
    """Refuse, with ``error``, a file that cannot be written before any work is done: it
    exists (unless ``overwrite``), or its folder is missing, not a folder or not writable."""
    if path.exists() and not overwrite:
        raise error(f"{path}: already exists; choose another name or allow replacing it",
                    zh=f"{path}：文件已存在，请另选文件名或确认替换")
    parent = path.parent if str(path.parent) else Path(".")
    if not parent.exists():
        raise error(f"{parent}: no such folder", zh=f"{parent}：文件夹不存在")
    if not parent.is_dir():
        raise error(f"{parent}: not a folder", zh=f"{parent}：不是文件夹")
    if not os.access(parent, os.W_OK | os.X_OK):
        raise error(f"{parent}: no permission to write in this folder",
                    zh=f"{parent}：没有在此文件夹中写入的权限")


def same_file(a: Path, b: Path) -> bool:
    """Whether two paths name the same file (after ~, symbolic links and ``..``)."""
    try:
        return a.expanduser().resolve() == b.expanduser().resolve()
    except (OSError, RuntimeError):
        return a == b


def database_files(database: Path) -> tuple[Path, ...]:
    """The database and its write-ahead-log companions (``-wal``, ``-shm``)."""
    return (database, database.with_name(database.name + "-wal"),
            database.with_name(database.name + "-shm"))


def is_database_file(path: Path, database: Path) -> bool:
    """Whether ``path`` is the live database or one of its companions."""
    return any(same_file(path, own) for own in database_files(database))
