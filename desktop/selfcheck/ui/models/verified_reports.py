"""The list of reports checked in Tools → Verify a report…: a table model over plain rows.

Each row is one file and, once its check has come back, the core's
:class:`~selfcheck.core.verify.VerificationResult` for it (and the very bytes that
were verified, for the preview). The model only adapts that list; the dialog runs
the checks and hands their results to :meth:`VerifiedReportsModel.set_result`.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    Qt,
)
from PySide6.QtGui import QColor, QFont

from selfcheck.core import glossary
from selfcheck.core.reports.pdf import format_time
from selfcheck.core.reports.verify import Cause, VerificationResult
from selfcheck.core.scoring import Verdict
from selfcheck.ui import icons
from selfcheck.ui.models import Index

translate = QCoreApplication.translate

KEY_ROLE = Qt.ItemDataRole.UserRole + 1

FILE, AUTHENTIC, SIGNER, SIGNED_AT, VERDICT = range(5)
COLUMN_COUNT = 5


@dataclass(eq=False)
class ReportRow:
    """One file in the list. ``result`` is None while it is being checked."""

    key: int
    path: Path
    result: VerificationResult | None = None
    #: The bytes that were verified (None when the file could not be read).
    data: bytes | None = field(default=None, repr=False)
    #: Bumped for every new check, so that a late answer to an older check is ignored.
    generation: int = 0

    @property
    def pending(self) -> bool:
        return self.result is None

    @property
    def authentic(self) -> bool:
        return self.result is not None and self.result.authentic


def shown_reasons(result: VerificationResult, lang: str) -> tuple[str, ...]:
    """The core's reasons for a rejection word for word, except that the window says
    itself where a root is added (the core's wording names the command line)."""
    reasons = result.localized_reasons(lang)
    if result.cause is Cause.NO_ROOTS and reasons:
        return (translate("ReportDetails", "No trusted root certificate is set up on this "
                          "computer: add the organisation's root certificate under “Trusted "
                          "roots”."), *reasons[1:])
    return reasons


def local_signing_time(moment: dt.datetime | None) -> str:
    """The claimed signing time in the computer's zone (empty when unknown)."""
    if moment is None:
        return ""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)
    return format_time(moment.astimezone())


def short_signing_time(moment: dt.datetime | None) -> str:
    """The claimed signing time in the computer's zone, without the offset (for the list)."""
    if moment is None:
        return ""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)
    return f"{moment.astimezone():%Y-%m-%d %H:%M}"


def verdict_label(value: str | None, lang: str) -> str:
    return glossary.label("verdict", value, lang) if value else ""


class VerifiedReportsModel(QAbstractTableModel):
    """File name, verdict (authentic or rejected), signer, signing time, assessment verdict."""

    def __init__(self, lang: str = "zh") -> None:
        super().__init__()
        self._rows: list[ReportRow] = []
        self._next_key = 1
        self.lang = lang

    # -- the plain list -------------------------------------------------------

    def rows(self) -> list[ReportRow]:
        return list(self._rows)

    def row_at(self, row: int) -> ReportRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, key: int) -> int:
        """The row number of the file with ``key`` (-1 when it was removed)."""
        for number, entry in enumerate(self._rows):
            if entry.key == key:
                return number
        return -1

    def find(self, path: Path) -> int:
        """The row of ``path`` if it is already in the list, else -1."""
        for number, entry in enumerate(self._rows):
            if entry.path == path:
                return number
        return -1

    def add(self, path: Path) -> ReportRow:
        entry = ReportRow(self._next_key, path)
        self._next_key += 1
        row = len(self._rows)
        self.beginInsertRows(QModelIndex(), row, row)
        self._rows.append(entry)
        self.endInsertRows()
        return entry

    def remove_rows(self, rows: list[int]) -> None:
        for row in sorted(set(rows), reverse=True):
            if 0 <= row < len(self._rows):
                self.beginRemoveRows(QModelIndex(), row, row)
                del self._rows[row]
                self.endRemoveRows()

    def start_check(self, row: int) -> int:
        """Mark the row as being checked again; returns the check's generation."""
        entry = self._rows[row]
        entry.generation += 1
        entry.result = None
        entry.data = None
        self._row_changed(row)
        return entry.generation

    def set_result(self, key: int, generation: int, result: VerificationResult,
                   data: bytes | None) -> int:
        """Store the outcome of a check; returns its row, or -1 if it came too late
        (the file was removed or checked again meanwhile)."""
        row = self.row_of(key)
        if row < 0 or self._rows[row].generation != generation:
            return -1
        entry = self._rows[row]
        entry.result = result
        entry.data = data
        self._row_changed(row)
        return row

    def set_language(self, lang: str) -> None:
        self.lang = lang
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, COLUMN_COUNT - 1)
        if self._rows:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(self._rows) - 1, COLUMN_COUNT - 1))

    def _row_changed(self, row: int) -> None:
        self.dataChanged.emit(self.index(row, 0), self.index(row, COLUMN_COUNT - 1))

    # -- QAbstractTableModel --------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else COLUMN_COUNT

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return {
            FILE: translate("VerifiedReportsModel", "File"),
            AUTHENTIC: translate("VerifiedReportsModel", "Verification"),
            SIGNER: translate("VerifiedReportsModel", "Signer"),
            SIGNED_AT: translate("VerifiedReportsModel", "Signed at"),
            VERDICT: translate("VerifiedReportsModel", "Assessment verdict"),
        }.get(section)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        entry = self.row_at(index.row()) if index.isValid() else None
        if entry is None:
            return None
        column = index.column()
        result = entry.result
        if role == KEY_ROLE:
            return entry.key
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._text(entry, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == FILE:
                return str(entry.path)
            if column == AUTHENTIC and result is not None and not result.authentic:
                return "\n".join(shown_reasons(result, self.lang))
            if column == SIGNED_AT and result is not None:
                return local_signing_time(result.signing_time) or None
            return self._text(entry, column) or None
        if role == Qt.ItemDataRole.DecorationRole and column == AUTHENTIC:
            if result is None:
                return icons.pending_icon()
            return icons.authentic_icon() if result.authentic else icons.rejected_icon()
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == AUTHENTIC:
                if result is None:
                    return QColor(icons.PENDING_COLOR)
                return QColor(icons.AUTHENTIC_COLOR if result.authentic
                              else icons.REJECTED_COLOR)
            if column == VERDICT and result is not None and result.verdict:
                try:
                    return QColor(icons.VERDICT_COLORS[Verdict(result.verdict)])
                except ValueError:
                    return None
        if role == Qt.ItemDataRole.FontRole and column == AUTHENTIC and result is not None:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def _text(self, entry: ReportRow, column: int) -> str:
        result = entry.result
        if column == FILE:
            return entry.path.name or str(entry.path)
        if result is None:
            return translate("VerifiedReportsModel", "Checking…") if column == AUTHENTIC else ""
        if column == AUTHENTIC:
            return (translate("VerifiedReportsModel", "Authentic") if result.authentic
                    else translate("VerifiedReportsModel", "Rejected"))
        if column == SIGNER:
            return result.signer or ""
        if column == SIGNED_AT:
            return short_signing_time(result.signing_time)
        if column == VERDICT:
            if not result.authentic or not result.verdict:
                return "—"
            label = verdict_label(result.verdict, self.lang)
            if result.percent is not None:
                label += f" ({result.percent:.1f}%)" if self.lang == "en" \
                    else f"（{result.percent:.1f}%）"
            return label
        return ""
