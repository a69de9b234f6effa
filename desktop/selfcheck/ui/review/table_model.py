"""A read-only Qt table over one of the core's :class:`~selfcheck.core.review.export.Table`
(the same table the exports write), with its cell colours and a value to sort by."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QTableView

from selfcheck.core.review.export import Table
from selfcheck.ui.models import Index

SORT_ROLE = Qt.ItemDataRole.UserRole + 1


#: Rows looked at when columns are sized to their contents (a large register stays quick).
FIT_SAMPLE_ROWS = 60


def fit_columns(view: QTableView, cap: int = 320) -> None:
    """Columns as wide as their heading and contents (a sample of rows), at most ``cap``
    pixels; the last column takes the room left."""
    header = view.horizontalHeader()
    header.setResizeContentsPrecision(FIT_SAMPLE_ROWS)
    view.resizeColumnsToContents()
    for column in range(header.count() - 1):
        header.resizeSection(column, min(cap, header.sectionSize(column) + 12))


def cell_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:.1f}"
    return str(value)


class TableModel(QAbstractTableModel):
    """Shows a core table; replaced as a whole with :meth:`set_table`."""

    def __init__(self) -> None:
        super().__init__()
        self._table = Table("", (), [])

    def set_table(self, table: Table) -> None:
        self.beginResetModel()
        self._table = table
        self.endResetModel()

    @property
    def table(self) -> Table:
        return self._table

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._table.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._table.headers)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < len(self._table.headers):
            return self._table.headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, col = index.row(), index.column()
        value = self._table.rows[row][col]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return cell_text(value)
        if role == Qt.ItemDataRole.ToolTipRole:
            return cell_text(value) or None
        if role == SORT_ROLE:
            return value if isinstance(value, int | float) else cell_text(value)
        if role == Qt.ItemDataRole.BackgroundRole:
            fill = self._table.fills.get((row, col))
            return QColor(f"#{fill}") if fill else None
        if role == Qt.ItemDataRole.TextAlignmentRole and isinstance(value, int | float):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
