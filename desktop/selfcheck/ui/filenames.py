"""Checks of file names the user chose for something the program writes (a report, a
backup), so that a mistaken choice never replaces a file the program needs.

The core refuses the same targets; these checks let the window say so before any
work starts, in the dialog where the name was chosen.
"""

from __future__ import annotations

from pathlib import Path


def with_suffix_added(path: Path, suffix: str) -> Path:
    """``path`` with ``suffix`` (e.g. ".pdf") added unless its name already ends in it
    (any case). The name is kept whole: ``signer.p12`` becomes ``signer.p12.pdf``."""
    return path if path.suffix.lower() == suffix else path.with_name(path.name + suffix)


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
