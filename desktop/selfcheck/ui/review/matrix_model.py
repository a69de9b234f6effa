"""The organisation × theme table as a Qt model: a score per cell, coloured by status,
the status, gaps and reports behind it in the tooltip."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QColor

from selfcheck.core.review import GapMatrix, MatrixCell, PackTexts
from selfcheck.core.review.labels import column, label
from selfcheck.core.review.tables import CELL_FILLS
from selfcheck.ui.models import Index

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
OVERALL_LABEL = {"zh": "总体", "en": "Overall"}


class MatrixModel(QAbstractTableModel):
    """Rows: organisations; columns: the organisation, overall, then each theme."""

    def __init__(self) -> None:
        super().__init__()
        self.matrix = GapMatrix((), (), {}, {}, {})
        self.texts = PackTexts(())
        self.lang = "zh"

    def set_matrix(self, matrix: GapMatrix, texts: PackTexts, lang: str) -> None:
        self.beginResetModel()
        self.matrix, self.texts, self.lang = matrix, texts, lang
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.matrix.organisations)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 2 + len(self.matrix.themes)

    def cell(self, row: int, col: int) -> MatrixCell | None:
        """The cell at (row, col): column 1 is the overall result, 2… the themes."""
        if not 0 <= row < len(self.matrix.organisations) or col < 1:
            return None
        organisation = self.matrix.organisations[row]
        if col == 1:
            return self.matrix.overall.get(organisation)
        themes = self.matrix.themes
        return self.matrix.cell(organisation, themes[col - 2]) if col - 2 < len(themes) else None

    def reports(self, row: int, col: int) -> tuple[int, ...]:
        """The reports behind a cell (or behind an organisation's row)."""
        if not 0 <= row < len(self.matrix.organisations):
            return ()
        cell = self.cell(row, col)
        return cell.reports if cell is not None else \
            self.matrix.reports.get(self.matrix.organisations[row], ())

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role not in (
                Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        if section == 0:
            return column("organisation", self.lang)
        if section == 1:
            return OVERALL_LABEL.get(self.lang, OVERALL_LABEL["zh"])
        themes = self.matrix.themes
        return self.texts.theme(themes[section - 2], self.lang) if section - 2 < len(themes) else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, col = index.row(), index.column()
        if col == 0:
            name = self.matrix.organisations[row]
            return name if role in (Qt.ItemDataRole.DisplayRole, SORT_ROLE,
                                    Qt.ItemDataRole.ToolTipRole) else None
        cell = self.cell(row, col)
        if cell is None:
            return "—" if role == Qt.ItemDataRole.DisplayRole else None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return f"{cell.percent:.1f}%" + (f" ✕{len(cell.gaps)}" if cell.gaps else "")
        if role == SORT_ROLE:
            return cell.percent
        if role == Qt.ItemDataRole.BackgroundRole:
            return QColor(f"#{CELL_FILLS[cell.status]}")
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(cell)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def _tooltip(self, cell: MatrixCell) -> str:
        lang = self.lang
        lines = [f"{label('cell', cell.status, lang)} — {cell.percent:.1f}%",
                 (f"已作答 {cell.answered}/{cell.items}" if lang == "zh"
                  else f"answered {cell.answered} of {cell.items}")]
        for gap in cell.gaps:
            question = self.texts.question(gap, lang)
            lines.append(f"✕ {gap} {question}".rstrip())
        reports = ", ".join(f"#{r}" for r in cell.reports)
        lines.append(f"报告：{reports}" if lang == "zh" else f"reports: {reports}")
        return "\n".join(lines)
