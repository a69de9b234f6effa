"""Qt APIs newer than the oldest PySide6 the program runs on.

The bundles for old systems carry the PySide6 whose wheels still start there: 6.9 on
x86_64 (glibc 2.28), 6.8 on aarch64 (glibc 2.31). QSortFilterProxyModel's
beginFilterChange() came with Qt 6.9 and endFilterChange() with 6.10; before them,
invalidateRowsFilter() after the change does the same.

Also here: :func:`spare_feature_scans`, which spares PySide6 reading the source of the
modules loaded before it.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import QSortFilterProxyModel

_BEGIN = hasattr(QSortFilterProxyModel, "beginFilterChange")
_END = hasattr(QSortFilterProxyModel, "endFilterChange")


def begin_filter_change(proxy: QSortFilterProxyModel) -> None:
    """Before the filter's state changes (Qt 6.9+; nothing to do before)."""
    if _BEGIN and _END:
        proxy.beginFilterChange()


def end_filter_change(proxy: QSortFilterProxyModel) -> None:
    """After the filter's state changed: the rows are filtered again."""
    if _BEGIN and _END:
        proxy.endFilterChange(QSortFilterProxyModel.Direction.Rows)
    else:
        proxy.invalidateRowsFilter()


def spare_feature_scans(window_package: str = "", folder: str = "") -> None:
    """Tell PySide6 which modules do not use its ``__feature__`` switches (no module of
    this program does), so that it does not read their source to find out.

    PySide6 decides it by reading a module's whole source the first time the module is
    imported, or imported from, after PySide6 itself (PYSIDE-2029): about 75 modules of the
    standard library, the core and the window as the window starts from source, 6 ms.
    The modules loaded before PySide6 are marked as it marks a module that does not
    mention PySide6 (-1); the modules of ``window_package``, found as ``.py`` files under
    ``folder``, as a module that uses PySide6 without switches (0). Nothing is done when
    PySide6 keeps no such table (a version that decides otherwise)."""
    feature = sys.modules.get("shibokensupport.feature")
    table = getattr(feature, "pyside_feature_dict", None)
    if not isinstance(table, dict):
        return
    for parent, _folders, files in os.walk(folder) if folder else ():
        package = ".".join([window_package, *Path(parent).relative_to(folder).parts])
        for file in files:
            if file.endswith(".py"):
                table.setdefault(package if file == "__init__.py" else f"{package}.{file[:-3]}", 0)
    for name in list(sys.modules):
        if not name.startswith(("PySide6", "shiboken6", "shibokensupport")):
            table.setdefault(name, -1)
