"""Reading files a user hands the program, and writing files without leaving half of one."""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path


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


