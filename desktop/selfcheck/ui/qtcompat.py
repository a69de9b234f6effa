"""Qt APIs newer than the oldest PySide6 the program runs on.

The bundles for old systems carry the PySide6 whose wheels still start there: 6.9 on
x86_64 (glibc 2.28), 6.8 on aarch64 (glibc 2.31). QSortFilterProxyModel's
beginFilterChange() came with Qt 6.9 and endFilterChange() with 6.10; before them,
invalidateRowsFilter() after the change does the same.

Also here: :func:`spare_feature_scans`, which spares PySide6 reading the source of the
modules loaded before it.
"""

from __future__ import annotations

import sys

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


def spare_feature_scans() -> None:
    """Tell PySide6 that the modules loaded before it do not use its ``__feature__``
    switches (no module of this program does), so that it does not read their source.

    PySide6 decides whether a module uses them by reading the module's whole source
    the first time the module is imported or imported from after PySide6 itself
    (PYSIDE-2029): some 40 modules of the standard library and the core as the window
    starts from source, 4 ms. A module marked -1 is one it found not to mention PySide6,
    which is what it would conclude for these. Nothing is done when PySide6 keeps no
    such table (a version that decides otherwise)."""
    feature = sys.modules.get("shibokensupport.feature")
    table = getattr(feature, "pyside_feature_dict", None)
    if isinstance(table, dict):
        for name in list(sys.modules):
            if not name.startswith(("PySide6", "shiboken6", "shibokensupport")):
                table.setdefault(name, -1)
