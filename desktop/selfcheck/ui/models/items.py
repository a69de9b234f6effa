"""The items table of the workspace: a model over plain rows, and a fast filter proxy."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QColor

from selfcheck.core.answers import Answer, Status
from selfcheck.core.model import SEVERITY_WEIGHT, Item, Severity
from selfcheck.ui import icons

translate = QCoreApplication.translate

Index = QModelIndex | QPersistentModelIndex

SEVERITY_COLORS: dict[Severity, str] = {
    Severity.CRITICAL: "#b71c1c",
    Severity.HIGH: "#d84315",
    Severity.MEDIUM: "#5d4037",
    Severity.LOW: "#607d8b",
}


def _search_text(item: Item, answer: Answer) -> str:
    parts = [item.id, item.question.zh, item.question.en, item.guidance.zh, item.guidance.en,
             answer.justification, answer.evidence, answer.remediation_owner]
    return "\n".join(parts).casefold()


@dataclass(slots=True)
class ItemRow:
    """One item of the assessment with its current answer (plain data, no Qt)."""

    item: Item
    order: int
    answer: Answer
    critical: bool
    draft: bool = False
    search: str = field(default="")

    def __post_init__(self) -> None:
        if not self.search:
            self.search = _search_text(self.item, self.answer)

    @property
    def status(self) -> Status:
        return self.answer.status

    def set_answer(self, answer: Answer) -> None:
        self.answer = answer
        self.search = _search_text(self.item, answer)


class ItemColumn:
    ID = 0
    QUESTION = 1
    SEVERITY = 2
    STATUS = 3
    MARKS = 4
    COUNT = 5


SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ITEM_ID_ROLE = Qt.ItemDataRole.UserRole + 2
MARKS_ROLE = Qt.ItemDataRole.UserRole + 3


class ItemTableModel(QAbstractTableModel):
    """Rows of :class:`ItemRow`; the language of pack texts is switchable."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[ItemRow] = []
        self._by_id: dict[str, int] = {}
        self._lang = "zh"
        #: Changes whenever a row's content may have changed (filters compare it).
        self.generation = 0

    # -- content ---------------------------------------------------------------

    def set_rows(self, rows: Sequence[ItemRow]) -> None:
        self.beginResetModel()
        self.generation += 1
        self._rows = list(rows)
        self._by_id = {row.item.id: n for n, row in enumerate(self._rows)}
        self.endResetModel()

    def rows(self) -> list[ItemRow]:
        return self._rows

    def row_at(self, row: int) -> ItemRow:
        return self._rows[row]

    def row_of(self, item_id: str) -> int:
        return self._by_id.get(item_id, -1)

    def update_row(self, item_id: str, answer: Answer | None = None,
                   draft: bool | None = None) -> None:
        """Show a changed answer (or draft marker) of one item."""
        n = self._by_id.get(item_id)
        if n is None:
            return
        row = self._rows[n]
        if answer is not None:
            row.set_answer(answer)
            self.generation += 1
        if draft is not None:
            row.draft = draft
        self.dataChanged.emit(self.index(n, 0), self.index(n, ItemColumn.COUNT - 1))

    def set_language(self, lang: str) -> None:
        self._lang = lang
        if self._rows:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(self._rows) - 1, ItemColumn.COUNT - 1))
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, ItemColumn.COUNT - 1)

    # -- QAbstractTableModel ---------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else ItemColumn.COUNT

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return (translate("ItemTableModel", "Item"),
                    translate("ItemTableModel", "Question"),
                    translate("ItemTableModel", "Severity"),
                    translate("ItemTableModel", "Status"),
                    translate("ItemTableModel", "Marks"))[section]
        if role == Qt.ItemDataRole.ToolTipRole and section == ItemColumn.MARKS:
            return translate("ItemTableModel", "Flagged for review, needs re-review, unsaved draft, evidence recorded")
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = index.column()
        lang = self._lang
        if role == Qt.ItemDataRole.DisplayRole:
            if column == ItemColumn.ID:
                return row.item.id
            if column == ItemColumn.QUESTION:
                return row.item.question.get(lang)
            if column == ItemColumn.SEVERITY:
                text = row.item.severity.label(lang)
                return f"{text} ★" if row.critical and row.item.severity is not Severity.CRITICAL \
                    else text
            if column == ItemColumn.STATUS:
                return row.answer.status.label(lang)
            return None
        if role == Qt.ItemDataRole.DecorationRole:
            if column == ItemColumn.ID:
                return icons.status_icon(row.answer.status)
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == ItemColumn.QUESTION:
                return row.item.question.get(lang)
            if column == ItemColumn.SEVERITY and row.critical:
                return translate("ItemTableModel", "Counts as critical at this risk grade")
            if column == ItemColumn.MARKS:
                return self._marks_text(row) or None
            return None
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == ItemColumn.SEVERITY:
                return QColor(SEVERITY_COLORS[row.item.severity])
            if column == ItemColumn.STATUS:
                return QColor(icons.STATUS_COLORS[row.answer.status])
            return None
        if role == Qt.ItemDataRole.AccessibleTextRole:
            if column == ItemColumn.ID:
                return f"{row.item.id}, {row.answer.status.label(lang)}"
            return None
        if role == SORT_ROLE:
            if column == ItemColumn.ID:
                return row.order
            if column == ItemColumn.QUESTION:
                return row.item.question.get(lang)
            if column == ItemColumn.SEVERITY:
                return -SEVERITY_WEIGHT[row.item.severity] * 10 - int(row.critical)
            if column == ItemColumn.STATUS:
                return list(Status).index(row.answer.status)
            return int(row.answer.flagged) * 4 + int(row.answer.needs_review) * 2 + int(row.draft)
        if role == ITEM_ID_ROLE:
            return row.item.id
        if role == MARKS_ROLE:
            return (row.answer.flagged, row.answer.needs_review, row.draft,
                    row.answer.has_evidence)
        return None

    def _marks_text(self, row: ItemRow) -> str:
        parts = []
        if row.answer.flagged:
            parts.append(translate("ItemTableModel", "Flagged for review"))
        if row.answer.needs_review:
            parts.append(translate("ItemTableModel", "Needs re-review"))
        if row.draft:
            parts.append(translate("ItemTableModel", "Unsaved draft"))
        if row.answer.has_evidence:
            parts.append(translate("ItemTableModel", "Evidence recorded"))
        return "\n".join(parts)


@dataclass(frozen=True)
class ItemFilter:
    """What the item list shows. Empty fields do not filter."""

    text: str = ""
    statuses: frozenset[Status] = frozenset()
    flagged: bool = False
    critical: bool = False
    needs_review: bool = False
    theme: str = ""

    @property
    def active(self) -> bool:
        return bool(self.text.strip() or self.statuses or self.flagged or self.critical
                    or self.needs_review or self.theme)

    def words(self) -> list[str]:
        return self.text.casefold().split()

    def narrows(self, earlier: ItemFilter) -> bool:
        """Whether every row this filter accepts was accepted by ``earlier`` too (the
        same conditions, and each earlier search word inside one of this filter's words,
        as when more is typed), so only the rows ``earlier`` accepted need testing."""
        if (self.statuses, self.flagged, self.critical, self.needs_review, self.theme) != (
                earlier.statuses, earlier.flagged, earlier.critical, earlier.needs_review,
                earlier.theme):
            return False
        words = self.words()
        return all(any(old in new for new in words) for old in earlier.words())

    def predicate(self) -> Callable[[ItemRow], bool]:
        """A fast test of one row (the filter's conditions, compiled once)."""
        words = self.words()
        statuses = self.statuses
        theme = self.theme
        flagged, critical, review = self.flagged, self.critical, self.needs_review
        if len(words) == 1 and not (theme or statuses or flagged or critical or review):
            word = words[0]
            return lambda row: word in row.search

        def accepts(row: ItemRow) -> bool:
            if theme and row.item.theme != theme:
                return False
            if statuses and row.answer.status not in statuses:
                return False
            if flagged and not row.answer.flagged:
                return False
            if critical and not row.critical:
                return False
            if review and not row.answer.needs_review:
                return False
            search = row.search
            return all(word in search for word in words)

        return accepts


class ItemFilterProxy(QSortFilterProxyModel):
    """Filters the items by :class:`ItemFilter`.

    The filter is evaluated once over the plain rows when it changes (a list
    of booleans); ``filterAcceptsRow`` only looks the answer up. Rows are not
    re-filtered when an answer changes, so the item being answered does not
    vanish from under the user; the next filter change applies.
    """

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._filter = ItemFilter()
        self._mask: list[bool] | None = None
        self._mask_generation = -1
        self.setDynamicSortFilter(False)
        self.setSortRole(SORT_ROLE)

    @property
    def item_filter(self) -> ItemFilter:
        return self._filter

    def _items_model(self) -> ItemTableModel:
        model = self.sourceModel()
        assert isinstance(model, ItemTableModel)
        return model

    def set_filter(self, item_filter: ItemFilter) -> None:
        earlier, self._filter = self._filter, item_filter
        model = self._items_model()
        narrower = (self._mask is not None and self._mask_generation == model.generation
                    and item_filter.active and item_filter.narrows(earlier))
        self._apply(self._mask if narrower else None)

    def refilter(self) -> None:
        """Apply the current filter to the current rows."""
        self._apply(None)

    def _apply(self, candidates: list[bool] | None) -> None:
        """Evaluate the filter over the rows (only over ``candidates``, when given)."""
        self.beginFilterChange()
        model = self._items_model()
        if self._filter.active:
            accepts = self._filter.predicate()
            rows = model.rows()
            if candidates is None:
                self._mask = [accepts(row) for row in rows]
            else:
                self._mask = [chosen and accepts(row) for chosen, row in zip(candidates, rows, strict=True)]
            self._mask_generation = model.generation
        else:
            self._mask = None
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        mask = self._mask
        if mask is None:
            return True
        return source_row < len(mask) and mask[source_row]

    def item_id(self, proxy_row: int) -> str | None:
        if not 0 <= proxy_row < self.rowCount():
            return None
        source = self.mapToSource(self.index(proxy_row, 0))
        return self._items_model().row_at(source.row()).item.id

    def proxy_row_of(self, item_id: str) -> int:
        source_row = self._items_model().row_of(item_id)
        if source_row < 0:
            return -1
        return self.mapFromSource(self.sourceModel().index(source_row, 0)).row()
