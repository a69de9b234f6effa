"""The items table of the workspace: a model over the open assessment's session, and a
fast filter proxy."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QColor

from selfcheck.core.answers import Answer, Status
from selfcheck.core.immutable import immutable
from selfcheck.core.model import SEVERITY_WEIGHT, Item, Severity
from selfcheck.core.scoring import is_effectively_critical
from selfcheck.core.session import AssessmentSession, SessionChange
from selfcheck.ui import icons
from selfcheck.ui.models import Index
from selfcheck.ui.qtcompat import begin_filter_change, end_filter_change

translate = QCoreApplication.translate


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


#: What an item without a saved answer shows.
NO_ANSWER = Answer(item_id="")
#: The text colour of items that no longer apply with the profile answers.
NOT_APPLYING_COLOR = "#9e9e9e"


@dataclass(slots=True)
class ItemRow:
    """One item of the open assessment as the list shows it (plain data, no Qt). The
    answers stay in the session; ``search`` is an index of the item's texts with its
    saved answer, renewed when the session says the answer changed."""

    item: Item
    order: int
    critical: bool
    search: str = ""
    #: False for an item that no longer applies with the profile answers (its answer kept)
    applies: bool = True


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
#: The roles :meth:`ItemTableModel.data` answers.
_ITEM_ROLES = frozenset({
    Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.DecorationRole, Qt.ItemDataRole.ToolTipRole,
    Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.AccessibleTextRole, SORT_ROLE,
    ITEM_ID_ROLE, MARKS_ROLE})


class ItemTableModel(QAbstractTableModel):
    """The items of an :class:`AssessmentSession`, read from it (the model keeps no
    answers of its own) and refreshed by its change events; the language of pack texts
    is switchable."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._session: AssessmentSession | None = None
        self._answers: Mapping[str, Answer] = {}
        self._drafts: Mapping[str, Answer] = {}
        self._rows: list[ItemRow] = []
        self._by_id: dict[str, int] = {}
        self._lang = "zh"
        #: Changes whenever a row's content may have changed (filters compare it).
        self.generation = 0

    # -- content ---------------------------------------------------------------

    def bind(self, session: AssessmentSession | None) -> None:
        """Show the items of ``session`` (none for None) and follow its changes."""
        if self._session is not None:
            self._session.changed.disconnect(self._session_changed)
        self.beginResetModel()
        self.generation += 1
        self._session = session
        self._answers, self._drafts, self._rows = {}, {}, []
        if session is not None:
            self._answers, self._drafts = session.answers, session.drafts
            grade = session.assessment.grade
            self._rows = [
                ItemRow(item=item, order=order, critical=is_effectively_critical(item, grade),
                        search=_search_text(item, self._answers.get(item.id, NO_ANSWER)))
                for order, item in enumerate(session.items)]
            # then the items that stopped applying, with the answers kept for them
            kept = [item for item in session.assessment.items_not_applying
                    if not self._answers.get(item.id, NO_ANSWER).is_blank]
            self._rows += [ItemRow(item=item, order=len(self._rows) + n, critical=False,
                                   search=_search_text(item, self._answers[item.id]),
                                   applies=False) for n, item in enumerate(kept)]
        self._by_id = {row.item.id: n for n, row in enumerate(self._rows)}
        self.endResetModel()
        if session is not None:
            session.changed.connect(self._session_changed)

    def _session_changed(self, change: SessionChange) -> None:
        for item_id in change.items:
            n = self._by_id.get(item_id)
            if n is None:
                continue
            row = self._rows[n]
            row.search = _search_text(row.item, self.answer(item_id))
            self.generation += 1
            self.dataChanged.emit(self.index(n, 0), self.index(n, ItemColumn.COUNT - 1))

    @property
    def answers(self) -> Mapping[str, Answer]:
        """The session's saved answers (a live, read-only view)."""
        return self._answers

    def answer(self, item_id: str) -> Answer:
        return self._answers.get(item_id, NO_ANSWER)

    def has_draft(self, item_id: str) -> bool:
        return item_id in self._drafts

    def rows(self) -> list[ItemRow]:
        return self._rows

    def row_at(self, row: int) -> ItemRow:
        return self._rows[row]

    def row_of(self, item_id: str) -> int:
        return self._by_id.get(item_id, -1)

    def status_text(self, row: ItemRow) -> str:
        """What the Status column shows for ``row``: the answer's status, and for an item
        that no longer applies, that too."""
        label = self.answer(row.item.id).status.label(self._lang)
        if row.applies:
            return label
        return translate("ItemTableModel", "%1 · no longer applies").replace("%1", label)

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
            return translate("ItemTableModel", "Flagged for follow-up, awaiting re-review, "
                                               "unsaved draft, evidence recorded")
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role not in _ITEM_ROLES or not index.isValid():
            return None  # most roles a view asks for while painting are none of ours
        row = self._rows[index.row()]
        answer = self._answers.get(row.item.id, NO_ANSWER)
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
                return self.status_text(row)
            return None
        if role == Qt.ItemDataRole.DecorationRole:
            if column == ItemColumn.ID:
                return icons.status_icon(answer.status)
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            if not row.applies:
                return translate("ItemTableModel", "No longer applies with the profile "
                                 "answers; the answer is kept")
            if column == ItemColumn.QUESTION:
                return row.item.question.get(lang)
            if column == ItemColumn.SEVERITY and row.critical:
                return translate("ItemTableModel", "Counts as critical at this risk grade")
            if column == ItemColumn.MARKS:
                return self._marks_text(answer, row.item.id in self._drafts) or None
            return None
        if role == Qt.ItemDataRole.ForegroundRole:
            if not row.applies:
                return QColor(NOT_APPLYING_COLOR)
            if column == ItemColumn.SEVERITY:
                return QColor(SEVERITY_COLORS[row.item.severity])
            if column == ItemColumn.STATUS:
                return QColor(icons.STATUS_COLORS[answer.status])
            return None
        if role == Qt.ItemDataRole.AccessibleTextRole:
            if column == ItemColumn.ID:
                return f"{row.item.id}, {answer.status.label(lang)}"
            return None
        if role == SORT_ROLE:
            if column == ItemColumn.ID:
                return row.order
            if column == ItemColumn.QUESTION:
                return row.item.question.get(lang)
            if column == ItemColumn.SEVERITY:
                return -SEVERITY_WEIGHT[row.item.severity] * 10 - int(row.critical)
            if column == ItemColumn.STATUS:
                return list(Status).index(answer.status)
            return (int(answer.flagged) * 4 + int(answer.needs_review) * 2
                    + int(row.item.id in self._drafts))
        if role == ITEM_ID_ROLE:
            return row.item.id
        if role == MARKS_ROLE:
            return (answer.flagged, answer.needs_review, row.item.id in self._drafts,
                    answer.has_evidence)
        return None

    def _marks_text(self, answer: Answer, draft: bool) -> str:
        parts = []
        if answer.flagged:
            parts.append(translate("ItemTableModel", "Flagged for follow-up"))
        if answer.needs_review:
            parts.append(translate("ItemTableModel", "Awaiting re-review"))
        if draft:
            parts.append(translate("ItemTableModel", "Unsaved draft"))
        if answer.has_evidence:
            parts.append(translate("ItemTableModel", "Evidence recorded"))
        return "\n".join(parts)


@immutable
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

    def predicate(self, answers: Mapping[str, Answer]) -> Callable[[ItemRow], bool]:
        """A fast test of one row with its answer in ``answers`` (the filter's
        conditions, compiled once)."""
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
            if critical and not row.critical:
                return False
            if statuses or flagged or review:
                answer = answers.get(row.item.id, NO_ANSWER)
                if statuses and answer.status not in statuses:
                    return False
                if flagged and not answer.flagged:
                    return False
                if review and not answer.needs_review:
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
        begin_filter_change(self)
        model = self._items_model()
        if self._filter.active:
            accepts = self._filter.predicate(model.answers)
            rows = model.rows()
            if candidates is None:
                self._mask = [accepts(row) for row in rows]
            else:
                self._mask = [chosen and accepts(row) for chosen, row in zip(candidates, rows, strict=True)]
            self._mask_generation = model.generation
        else:
            self._mask = None
        end_filter_change(self)

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
