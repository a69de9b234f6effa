"""Qt APIs newer than the oldest PySide6 the program runs on.

The bundles for old systems carry the PySide6 whose wheels still start there: 6.9 on
x86_64 (glibc 2.28), 6.8 on aarch64 (glibc 2.31). QSortFilterProxyModel's
beginFilterChange() came with Qt 6.9 and endFilterChange() with 6.10; before them,
invalidateRowsFilter() after the change does the same.
"""

from __future__ import annotations

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
