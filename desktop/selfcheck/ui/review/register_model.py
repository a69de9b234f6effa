"""The register as a Qt table: one model over the register's entries, one filter proxy.

:class:`RegisterModel` adapts the list of :class:`~selfcheck.core.review.RegisterEntry`
the core reads (the one source of truth; the model never changes it, it is replaced
as a whole after an import or a removal). :class:`RegisterFilter` sorts by each
column's value and filters by the search words (Chinese or English, the core's
:class:`~selfcheck.core.review.search.Query`), the verdict, newest versions only,
rows with notes only, or a chosen set of reports (from the cross-report views).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QColor, QFont

from selfcheck.core.review import RegisterEntry
from selfcheck.core.review.labels import column, label
from selfcheck.core.review.search import Query
from selfcheck.core.review.tables import local_time
from selfcheck.core.scoring import Verdict
from selfcheck.ui import icons

Index = QModelIndex | QPersistentModelIndex
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2

#: What each column shows of an entry in a language, by the key of its core label.
_CELL_TEXTS: dict[str, Callable[[RegisterEntry, str], str]] = {
    "organisation": lambda e, lang: e.row.organisation,
    "system": lambda e, lang: e.row.system_name,
    "notes": lambda e, lang: str(len(e.notes)) if e.notes else "",
    "verdict": lambda e, lang: label("verdict", e.row.verdict, lang),
    "score": lambda e, lang: f"{e.row.percent:.1f}%",
    "gaps": lambda e, lang: str(e.row.critical_gaps),
    "pending": lambda e, lang: str(e.row.pending_review),
    "grade": lambda e, lang: label("grade", e.row.risk_grade, lang),
    "sector": lambda e, lang: label("sector", e.row.sector, lang),
    "version": lambda e, lang: f"{e.row.version}/{e.row.versions}",
    "pack": lambda e, lang: f"{e.row.pack_id} v{e.row.pack_version}",
    "signer": lambda e, lang: e.row.signer,
    "signer_org": lambda e, lang: e.row.signer_organisation,
    "signed_at": lambda e, lang: local_time(e.row.signing_time),
    "received_at": lambda e, lang: local_time(e.row.received_at),
}
#: The columns, in the order shown.
COLUMNS = tuple(_CELL_TEXTS)
_TEXTS = tuple(_CELL_TEXTS.values())
(ORGANISATION, SYSTEM, NOTES, VERDICT, SCORE, GAPS, PENDING, GRADE, SECTOR, VERSION, PACK,
 SIGNER, SIGNER_ORG, SIGNED_AT, RECEIVED_AT) = range(len(COLUMNS))
NOTE_COLOR = "#b26a00"


class RegisterModel(QAbstractTableModel):
    """The register's rows, in the language of the window."""

    def __init__(self, lang: str = "zh") -> None:
        super().__init__()
        self._entries: list[RegisterEntry] = []
        self.lang = lang

    def set_entries(self, entries: Sequence[RegisterEntry]) -> None:
        self.beginResetModel()
        self._entries = list(entries)
        self.endResetModel()

    def entries(self) -> list[RegisterEntry]:
        return list(self._entries)

    def entry(self, row: int) -> RegisterEntry | None:
        return self._entries[row] if 0 <= row < len(self._entries) else None

    def row_of(self, report_id: int) -> int:
        for number, entry in enumerate(self._entries):
            if entry.row.id == report_id:
                return number
        return -1

    def set_language(self, lang: str) -> None:
        self.lang = lang
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMNS) - 1)
        if self._entries:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(self._entries) - 1, len(COLUMNS) - 1))

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._entries)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < len(COLUMNS):
            return column(COLUMNS[section], self.lang)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        entry = self.entry(index.row()) if index.isValid() else None
        if entry is None:
            return None
        col = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._text(entry, col)
        if role == SORT_ROLE:
            return self._sort_key(entry, col)
        if role == ID_ROLE:
            return entry.row.id
        if role == Qt.ItemDataRole.ToolTipRole:
            if col == NOTES and entry.notes:
                return "\n".join(f"• {note.text(self.lang)}" for note in entry.notes)
            return self._text(entry, col) or None
        if role == Qt.ItemDataRole.DecorationRole and col == NOTES and entry.notes:
            return icons.dot_icon(NOTE_COLOR)
        if role == Qt.ItemDataRole.ForegroundRole and col == VERDICT:
            try:
                return QColor(icons.VERDICT_COLORS[Verdict(entry.row.verdict)])
            except ValueError:
                return None
        if role == Qt.ItemDataRole.FontRole and col == VERDICT:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (SCORE, GAPS, PENDING, VERSION):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _text(self, entry: RegisterEntry, col: int) -> str:
        return _TEXTS[col](entry, self.lang) if 0 <= col < len(_TEXTS) else ""

    def _sort_key(self, entry: RegisterEntry, col: int) -> Any:
        row = entry.row
        numbers = {SCORE: row.percent, GAPS: row.critical_gaps, PENDING: row.pending_review,
                   VERSION: row.version, NOTES: len(entry.notes),
                   PACK: row.pack_version}
        if col in numbers:
            return numbers[col]
        if col == SIGNED_AT:
            return row.signing_time
        if col == RECEIVED_AT:
            return row.received_at
        return self._text(entry, col)


class RegisterFilter(QSortFilterProxyModel):
    """Sorting and filtering of the register (the model's rows are never changed)."""

    def __init__(self, model: RegisterModel) -> None:
        super().__init__()
        self._register = model
        self.setSourceModel(model)
        self.setSortRole(SORT_ROLE)
        self.setDynamicSortFilter(True)
        self.query = Query(())
        self.verdicts: frozenset[str] = frozenset()
        self.latest_only = True
        self.notes_only = False
        self.report_ids: frozenset[int] | None = None

    def set_query(self, text: str) -> None:
        self.beginFilterChange()
        self.query = Query.parse(text)
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_options(self, *, verdicts: Iterable[str] | None = None, latest_only: bool | None = None,
                    notes_only: bool | None = None) -> None:
        self.beginFilterChange()
        if verdicts is not None:
            self.verdicts = frozenset(verdicts)
        if latest_only is not None:
            self.latest_only = latest_only
        if notes_only is not None:
            self.notes_only = notes_only
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_report_ids(self, report_ids: Iterable[int] | None) -> None:
        """Only these reports (None: all), e.g. those behind a cell of the gap matrix."""
        self.beginFilterChange()
        self.report_ids = frozenset(report_ids) if report_ids is not None else None
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        entry = self._register.entry(source_row)
        if entry is None:
            return False
        if self.report_ids is not None:
            return entry.row.id in self.report_ids and self.query.matches(entry.search)
        if self.latest_only and not entry.latest:
            return False
        if self.notes_only and not entry.notes:
            return False
        if self.verdicts and entry.row.verdict not in self.verdicts:
            return False
        return self.query.matches(entry.search)

    def entry_at(self, index: QModelIndex) -> RegisterEntry | None:
        source = self.mapToSource(index)
        return self._register.entry(source.row()) if source.isValid() else None

    def visible_entries(self) -> list[RegisterEntry]:
        """The rows shown, in the order shown."""
        found = []
        for row in range(self.rowCount()):
            entry = self.entry_at(self.index(row, 0))
            if entry is not None:
                found.append(entry)
        return found
