"""Checks of file names the user chose for something the program writes (a report, a
backup), so that a mistaken choice never replaces a file the program needs.

The core refuses the same targets (:mod:`selfcheck.core.files` has ``same_file`` and
``is_database_file``); the window checks them too, so that it can say so before any
work starts, in the dialog where the name was chosen.
"""

from __future__ import annotations

from pathlib import Path


def with_suffix_added(path: Path, suffix: str) -> Path:
    """``path`` with ``suffix`` (e.g. ".pdf") added unless its name already ends in it
    (any case). The name is kept whole: ``signer.p12`` becomes ``signer.p12.pdf``."""
    return path if path.suffix.lower() == suffix else path.with_name(path.name + suffix)
