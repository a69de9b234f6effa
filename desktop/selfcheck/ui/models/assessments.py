"""The assessments table of the start view, and its search/sector filter."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any, NamedTuple

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QColor, QFont

from selfcheck.core import glossary
from selfcheck.core.collection import AssessmentOverview
from selfcheck.core.riskmodel import Grade
from selfcheck.core.scoring import Verdict
from selfcheck.ui import icons
from selfcheck.ui.models import Index
from selfcheck.ui.qtcompat import begin_filter_change, end_filter_change
from selfcheck.ui.wording import pack_version_text

translate = QCoreApplication.translate

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
PROGRESS_ROLE = Qt.ItemDataRole.UserRole + 2
ID_ROLE = Qt.ItemDataRole.UserRole + 3


def local_time(stamp: str) -> str:
    """An ISO UTC time stamp as local 'YYYY-MM-DD HH:MM'."""
    try:
        when = dt.datetime.fromisoformat(stamp.replace("Z", "+00:00"))
    except ValueError:
        return stamp
    return when.astimezone().strftime("%Y-%m-%d %H:%M")


class AssessmentRow(NamedTuple):
    """One assessment as plain data."""

    id: int
    organisation: str
    system_name: str
    assessor: str
    sector: str
    pack_title_zh: str
    pack_title_en: str
    pack_id: str
    pack_version: int
    pack_label: str
    grade: Grade
    answered: int
    total: int
    verdict: Verdict
    updated_at: str
    archived: bool
    read_only: bool

    @classmethod
    def from_overview(cls, overview: AssessmentOverview) -> AssessmentRow:
        record = overview.record
        return cls(
            id=record.id, organisation=record.organisation, system_name=record.system_name,
            assessor=record.assessor, sector=record.sector, pack_title_zh=overview.pack_title,
            pack_title_en=overview.pack_title_en or overview.pack_title,
            pack_id=record.pack_id, pack_version=record.pack_version,
            pack_label=overview.pack_label, grade=overview.grade,
            answered=overview.score.overall.answered, total=overview.score.overall.total,
            verdict=overview.score.verdict, updated_at=record.updated_at,
            archived=record.archived, read_only=record.superseded_by is not None)

    @property
    def progress(self) -> float:
        return 100.0 * self.answered / self.total if self.total else 100.0

    @property
    def search(self) -> str:
        return " ".join((self.organisation, self.system_name, self.assessor,
                         self.pack_title_zh, self.pack_title_en, self.pack_id,
                         glossary.label("sector", self.sector, "zh"),
                         glossary.label("sector", self.sector, "en"),
                         str(self.id))).casefold()


class Column:
    ORGANISATION = 0
    SYSTEM = 1
    SECTOR = 2
    PACK = 3
    GRADE = 4
    PROGRESS = 5
    VERDICT = 6
    CHANGED = 7
    COUNT = 8


class AssessmentTableModel(QAbstractTableModel):
    """The assessments as table rows."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[AssessmentRow] = []
        self._lang = "zh"

    def set_rows(self, rows: Sequence[AssessmentRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> AssessmentRow:
        return self._rows[row]

    def rows(self) -> list[AssessmentRow]:
        return self._rows

    def set_language(self, lang: str) -> None:
        self._lang = lang
        if self._rows:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(self._rows) - 1, Column.COUNT - 1))
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, Column.COUNT - 1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else Column.COUNT

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (translate("AssessmentTableModel", "Organisation"),
                    translate("AssessmentTableModel", "AI system"),
                    translate("AssessmentTableModel", "Sector"),
                    translate("AssessmentTableModel", "Pack"),
                    translate("AssessmentTableModel", "Risk grade"),
                    translate("AssessmentTableModel", "Progress"),
                    translate("AssessmentTableModel", "Verdict"),
                    translate("AssessmentTableModel", "Last changed"))[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = index.column()
        lang = self._lang
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column == Column.ORGANISATION:
                return row.organisation
            if column == Column.SYSTEM:
                text = row.system_name
                if row.archived and role == Qt.ItemDataRole.DisplayRole:
                    text += "  " + (translate("AssessmentTableModel", "(upgraded, read-only)") if row.read_only
                                    else translate("AssessmentTableModel", "(archived)"))
                return text
            if column == Column.SECTOR:
                return glossary.label("sector", row.sector, lang)
            if column == Column.PACK:
                title = row.pack_title_en if lang == "en" else row.pack_title_zh
                text = pack_version_text(title, row.pack_version)
                return text if role == Qt.ItemDataRole.DisplayRole else f"{text}\n{row.pack_label}"
            if column == Column.GRADE:
                return row.grade.label(lang)
            if column == Column.PROGRESS:
                return f"{row.answered} / {row.total}"
            if column == Column.VERDICT:
                return row.verdict.label(lang)
            if column == Column.CHANGED:
                return local_time(row.updated_at)
            return None
        if role == Qt.ItemDataRole.DecorationRole:
            if column == Column.GRADE:
                return icons.dot_icon(icons.grade_color(row.grade))
            if column == Column.VERDICT:
                return icons.dot_icon(icons.VERDICT_COLORS[row.verdict])
            return None
        if role == Qt.ItemDataRole.ForegroundRole and row.archived:
            return QColor("#757575")
        if role == Qt.ItemDataRole.FontRole and row.archived:
            font = QFont()
            font.setItalic(True)
            return font
        if role == PROGRESS_ROLE:
            return row.progress
        if role == ID_ROLE:
            return row.id
        if role == SORT_ROLE:
            if column == Column.GRADE:
                return row.grade.rank
            if column == Column.PROGRESS:
                return row.progress
            if column == Column.VERDICT:
                return list(Verdict).index(row.verdict)
            if column == Column.CHANGED:
                return row.updated_at
            return self.data(index, Qt.ItemDataRole.DisplayRole)
        return None


class AssessmentFilterProxy(QSortFilterProxyModel):
    """Free-text search (organisation, system, assessor, sector) and a sector filter."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._words: list[str] = []
        self._sector = ""
        self.setSortRole(SORT_ROLE)

    def set_search(self, text: str) -> None:
        begin_filter_change(self)
        self._words = text.casefold().split()
        end_filter_change(self)

    def set_sector(self, sector: str) -> None:
        begin_filter_change(self)
        self._sector = sector
        end_filter_change(self)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        model = self.sourceModel()
        if not isinstance(model, AssessmentTableModel):  # no rows of ours to filter
            return True
        row = model.row_at(source_row)
        if self._sector and row.sector != self._sector:
            return False
        search = row.search
        return all(word in search for word in self._words)

    def assessment_id(self, proxy_row: int) -> int | None:
        if not 0 <= proxy_row < self.rowCount():
            return None
        value = self.data(self.index(proxy_row, 0), ID_ROLE)
        return int(value) if value is not None else None
