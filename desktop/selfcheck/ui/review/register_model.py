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
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QColor, QFont

from selfcheck.core.review import RegisterEntry
from selfcheck.core.review.labels import column, label
from selfcheck.core.review.search import Query
from selfcheck.core.review.tables import local_time
from selfcheck.core.text import shown
from selfcheck.ui import icons
from selfcheck.ui.models import Index
from selfcheck.ui.qtcompat import begin_filter_change, end_filter_change

ID_ROLE = Qt.ItemDataRole.UserRole + 2

#: Names from reports and certificates are shown escaped and cut to this length.
NAME_SHOWN = 200

#: What each column shows of an entry in a language, by the key of its core label.
_CELL_TEXTS: dict[str, Callable[[RegisterEntry, str], str]] = {
    "organisation": lambda e, lang: shown(e.row.organisation, NAME_SHOWN),
    "system": lambda e, lang: shown(e.row.system_name, NAME_SHOWN),
    "notes": lambda e, lang: str(len(e.notes)) if e.notes else "",
    "verdict": lambda e, lang: label("verdict", e.row.verdict, lang),
    "score": lambda e, lang: f"{e.row.percent:.1f}%",
    "gaps": lambda e, lang: str(e.row.critical_gaps),
    "pending": lambda e, lang: str(e.row.pending_review),
    "grade": lambda e, lang: label("grade", e.row.risk_grade, lang),
    "sector": lambda e, lang: label("sector", e.row.sector, lang),
    "version": lambda e, lang: f"{e.row.version}/{e.row.versions}",
    "pack": lambda e, lang: e.pack_name(lang),
    "signer": lambda e, lang: shown(e.row.signer, NAME_SHOWN),
    "signer_org": lambda e, lang: shown(e.row.signer_organisation, NAME_SHOWN),
    "signed_at": lambda e, lang: local_time(e.row.signing_time),
    "received_at": lambda e, lang: local_time(e.row.received_at),
}
#: The columns, in the order shown.
COLUMNS = tuple(_CELL_TEXTS)
_TEXTS = tuple(_CELL_TEXTS.values())
(ORGANISATION, SYSTEM, NOTES, VERDICT, SCORE, GAPS, PENDING, GRADE, SECTOR, VERSION, PACK,
 SIGNER, SIGNER_ORG, SIGNED_AT, RECEIVED_AT) = range(len(COLUMNS))
NOTE_COLOR = "#b26a00"


_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_DISPLAY_ROLES = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole)


def _sort_key(entry: RegisterEntry, col: int, text: str) -> Any:
    """What a column sorts by: numbers and times as such, the shown text otherwise."""
    row = entry.row
    keys = {SCORE: row.percent, GAPS: row.critical_gaps, PENDING: row.pending_review,
            VERSION: row.version, NOTES: len(entry.notes), PACK: (row.pack_id, row.pack_version),
            SIGNED_AT: row.signing_time, RECEIVED_AT: row.received_at}
    return keys.get(col, text)


class RegisterModel(QAbstractTableModel):
    """The register's rows, in the language of the window, in the order chosen.

    Sorting happens here, in one pass over the entries (:meth:`sort`), so that filtering
    in :class:`RegisterFilter` never has to compare rows; the cells' texts are made once
    per entry and language."""

    def __init__(self, lang: str = "zh") -> None:
        super().__init__()
        self._entries: list[RegisterEntry] = []
        self._texts: dict[int, tuple[str, ...]] = {}
        self._order: tuple[int, Qt.SortOrder] | None = None
        self._colours: dict[str, QColor] = {}
        self._bold: QFont | None = None
        self.lang = lang

    def set_entries(self, entries: Sequence[RegisterEntry]) -> None:
        self.beginResetModel()
        self._entries = list(entries)
        self._texts = {}
        if self._order is not None:
            self._entries.sort(key=self._key(self._order[0]),
                               reverse=self._order[1] == Qt.SortOrder.DescendingOrder)
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

    def texts(self, entry: RegisterEntry) -> tuple[str, ...]:
        """The texts of an entry's cells (made once per language)."""
        key = entry.row.id
        found = self._texts.get(key)
        if found is None:
            found = self._texts[key] = tuple(text(entry, self.lang) for text in _TEXTS)
        return found

    def _key(self, col: int) -> Callable[[RegisterEntry], Any]:
        return lambda entry: _sort_key(entry, col, self.texts(entry)[col])

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Order the rows by ``column`` (selection and current row follow their entries)."""
        if not 0 <= column < len(COLUMNS):
            return
        self._order = (column, order)
        self.layoutAboutToBeChanged.emit()
        before = self.persistentIndexList()
        moved = [(index, self._entries[index.row()]) for index in before
                 if 0 <= index.row() < len(self._entries)]
        self._entries.sort(key=self._key(column), reverse=order == Qt.SortOrder.DescendingOrder)
        position = {id(entry): row for row, entry in enumerate(self._entries)}
        self.changePersistentIndexList([index for index, _ in moved],
                                       [self.index(position[id(entry)], index.column())
                                        for index, entry in moved])
        self.layoutChanged.emit()

    def set_language(self, lang: str) -> None:
        self.lang = lang
        self._texts = {}
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
        row = index.row()
        if not 0 <= row < len(self._entries):
            return None
        entry, col = self._entries[row], index.column()
        if role in _DISPLAY_ROLES:
            return self.texts(entry)[col]
        if role == ID_ROLE:
            return entry.row.id
        if role == Qt.ItemDataRole.ToolTipRole:
            if col == NOTES and entry.notes:
                return "\n".join(f"• {note.text(self.lang)}" for note in entry.notes)
            return self.texts(entry)[col] or None
        if col == NOTES:
            return icons.dot_icon(NOTE_COLOR) \
                if role == Qt.ItemDataRole.DecorationRole and entry.notes else None
        if col == VERDICT:
            return self._verdict_look(entry, role)
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (SCORE, GAPS, PENDING, VERSION):
            return _RIGHT
        return None

    def _verdict_look(self, entry: RegisterEntry, role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole:
            if not self._colours:
                self._colours = {verdict.value: QColor(colour)
                                 for verdict, colour in icons.VERDICT_COLORS.items()}
            return self._colours.get(entry.row.verdict)
        if role == Qt.ItemDataRole.FontRole:
            if self._bold is None:
                self._bold = QFont()
                self._bold.setBold(True)
            return self._bold
        return None


class RegisterFilter(QSortFilterProxyModel):
    """Filtering of the register: which rows to show is worked out in one pass over the
    entries when a condition changes; sorting is passed on to the model."""

    def __init__(self, model: RegisterModel) -> None:
        super().__init__()
        self._register = model
        self.setSourceModel(model)
        self.query = Query(())
        self.verdicts: frozenset[str] = frozenset()
        self.latest_only = True
        self.notes_only = False
        self.report_ids: frozenset[int] | None = None
        #: The ids of the reports shown; None when the model's entries changed since.
        self._shown: set[int] | None = None
        model.modelAboutToBeReset.connect(self._forget)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self._register.sort(column, order)

    def set_query(self, text: str) -> None:
        self.query = Query.parse(text)
        self._changed()

    def set_options(self, *, verdicts: Iterable[str] | None = None, latest_only: bool | None = None,
                    notes_only: bool | None = None) -> None:
        if verdicts is not None:
            self.verdicts = frozenset(verdicts)
        if latest_only is not None:
            self.latest_only = latest_only
        if notes_only is not None:
            self.notes_only = notes_only
        self._changed()

    def set_report_ids(self, report_ids: Iterable[int] | None) -> None:
        """Only these reports (None: all), e.g. those behind a cell of the gap matrix."""
        self.report_ids = frozenset(report_ids) if report_ids is not None else None
        self._changed()

    def _changed(self) -> None:
        begin_filter_change(self)
        self._recompute()
        end_filter_change(self)

    def _forget(self) -> None:
        self._shown = None

    def _recompute(self) -> set[int]:
        self._shown = {entry.row.id for entry in self._register.entries() if self._accepts(entry)}
        return self._shown

    def _accepts(self, entry: RegisterEntry) -> bool:
        if self.report_ids is not None:
            return entry.row.id in self.report_ids and self.query.matches(entry.search)
        if self.latest_only and not entry.latest:
            return False
        if self.notes_only and not entry.notes:
            return False
        if self.verdicts and entry.row.verdict not in self.verdicts:
            return False
        return self.query.matches(entry.search)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        shown = self._shown if self._shown is not None else self._recompute()
        entry = self._register.entry(source_row)
        return entry is not None and entry.row.id in shown

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
