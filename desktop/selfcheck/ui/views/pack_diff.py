"""What changes between two versions of a checklist pack, as a table in the window's
language: one row per item that was added, removed or changed, with what changed and
what it means for the answers. Used before installing a pack and before upgrading an
assessment (:mod:`selfcheck.core.packs.diff` has the data)."""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable
from typing import NamedTuple

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QHeaderView, QTableWidget, QTableWidgetItem, QWidget

from selfcheck.core.model import Pack, Sector
from selfcheck.core.packs.diff import ItemChange, PackDiff
from selfcheck.core.text import list_separator
from selfcheck.ui.widgets import read_only_rows

translate = QCoreApplication.translate

ADDED, REMOVED, CHANGED = "added", "removed", "changed"
KIND_COLORS = {ADDED: "#2e7d32", REMOVED: "#c62828", CHANGED: "#e08a00"}


class DiffRow(NamedTuple):
    """One item in the table: its id, how it changed, the question, the old wording
    (when it changed) and what happens to its answers."""

    item_id: str
    kind: str
    change: str
    question: str
    old_question: str
    effect: str


def _field_name(field: str) -> str:
    return {
        "question": translate("PackDiff", "question"),
        "sectors": translate("PackDiff", "sectors"),
        "severity": translate("PackDiff", "severity"),
        "theme": translate("PackDiff", "theme"),
        "guidance": translate("PackDiff", "what good looks like"),
        "evidence_examples": translate("PackDiff", "evidence examples"),
        "clauses": translate("PackDiff", "clauses cited"),
        "evidence_expected": translate("PackDiff", "whether evidence is expected"),
    }.get(field, field)


def _sectors(sectors: Iterable[Sector], lang: str) -> str:
    return list_separator(lang).join(sector.label(lang) for sector in sectors)


def describe_change(change: ItemChange, lang: str) -> str:
    """What changed in an item, in ``lang``: rewording, sectors and severity spelled out,
    the other fields named."""
    parts: list[str] = []
    fields = change.fields
    if "question" in fields:
        parts.append(translate("PackDiff", "reworded") if change.meaning_changed
                     else translate("PackDiff", "reworded (same meaning)"))
    if "sectors" in fields:
        parts.append(translate("PackDiff", "sectors: %1 → %2")
                     .replace("%1", _sectors(change.old.sectors, lang))
                     .replace("%2", _sectors(change.new.sectors, lang)))
    if "severity" in fields:
        parts.append(translate("PackDiff", "severity: %1 → %2")
                     .replace("%1", change.old.severity.label(lang))
                     .replace("%2", change.new.severity.label(lang)))
    others = [f for f in fields if f not in ("question", "sectors", "severity")]
    if others:
        parts.append(translate("PackDiff", "also changed: %1").replace(
            "%1", list_separator(lang).join(_field_name(f) for f in others)))
    return ("；" if lang != "en" else "; ").join(parts)


def default_effect(kind: str, change: ItemChange | None) -> str:
    """What installing the new version means for answers to an item."""
    if kind == ADDED:
        return translate("PackDiff", "new item: to be answered")
    if kind == REMOVED:
        return translate("PackDiff", "answers stay in the old assessment")
    if change is not None and change.meaning_changed:
        return translate("PackDiff", "answers carried over, awaiting re-review")
    if change is not None and "severity" in change.fields:
        return translate("PackDiff", "answers carried over; scored at the new severity")
    return translate("PackDiff", "answers carried over")


#: Decides the effect column: (kind, item id, change or None) -> text.
EffectOf = Callable[[str, str, ItemChange | None], str]


def diff_rows(diff: PackDiff, lang: str, only: Collection[str] | None = None,
              effect: EffectOf | None = None) -> list[DiffRow]:
    """The rows for ``diff``: added, removed, then changed items (those in ``only``, when
    given), with the effect ``effect`` gives (by default what installing means)."""
    def wanted(item_id: str) -> bool:
        return only is None or item_id in only

    def effect_of(kind: str, item_id: str, change: ItemChange | None) -> str:
        return effect(kind, item_id, change) if effect is not None else default_effect(kind, change)

    rows = [DiffRow(i.id, ADDED, translate("PackDiff", "added"), i.question.get(lang), "",
                    effect_of(ADDED, i.id, None)) for i in diff.added if wanted(i.id)]
    rows += [DiffRow(i.id, REMOVED, translate("PackDiff", "removed"), i.question.get(lang), "",
                     effect_of(REMOVED, i.id, None)) for i in diff.removed if wanted(i.id)]
    changed = sorted((c for c in diff.changed if wanted(c.item_id)),
                     key=lambda c: (not c.meaning_changed, "severity" not in c.fields))
    for change in changed:
        old, new = change.old.question.get(lang), change.new.question.get(lang)
        rows.append(DiffRow(change.item_id, CHANGED, describe_change(change, lang), new,
                            old if old != new else "", effect_of(CHANGED, change.item_id, change)))
    return rows


def new_pack_rows(pack: Pack, lang: str) -> list[DiffRow]:
    """A pack installed for the first time: every item is new."""
    return [DiffRow(item.id, ADDED, translate("PackDiff", "added"), item.question.get(lang), "",
                    default_effect(ADDED, None)) for item in pack.items]


def diff_summary(diff: PackDiff) -> str:
    """Counts of the changes, in the window's language."""
    return translate(
        "PackDiff", "%1 → %2 items: %3 added · %4 removed · %5 changed (%6 of them with answers "
        "to re-review) · %7 unchanged").replace("%1", str(len(diff.old.items))).replace(
        "%2", str(len(diff.new.items))).replace("%3", str(len(diff.added))).replace(
        "%4", str(len(diff.removed))).replace("%5", str(len(diff.changed))).replace(
        "%6", str(len(diff.meaning_changed))).replace("%7", str(diff.unchanged))


class PackDiffTable(QTableWidget):
    """The rows of a diff: item, change, question (the old wording as tooltip), effect."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 4, parent)
        self.setObjectName("packDiff")
        read_only_rows(self)
        self.setWordWrap(True)
        header = self.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(0, self.fontMetrics().horizontalAdvance("MMMM-0000") + 16)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(1, 200)
        header.resizeSection(3, 190)
        self._rows: list[DiffRow] = []
        self.retranslate()

    def retranslate(self) -> None:
        self.setHorizontalHeaderLabels([
            translate("PackDiff", "Item"), translate("PackDiff", "Change"),
            translate("PackDiff", "Question"), translate("PackDiff", "Answers")])
        self.setAccessibleName(translate("PackDiff", "Changes item by item"))

    def rows(self) -> list[DiffRow]:
        return list(self._rows)

    def show_rows(self, rows: list[DiffRow]) -> None:
        self._rows = list(rows)
        self.setRowCount(len(rows))
        for r, row in enumerate(rows):
            question = row.question
            cells = (row.item_id, row.change, question, row.effect)
            for c, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                cell.setToolTip(text)
                if c == 1:
                    cell.setForeground(QColor(KIND_COLORS[row.kind]))
                self.setItem(r, c, cell)
            if row.old_question:
                old = translate("PackDiff", "Before: %1").replace("%1", row.old_question)
                self.item(r, 2).setToolTip(f"{question}\n\n{old}")  # type: ignore[union-attr]
        self.resizeRowsToContents()

    def text(self) -> str:
        """The table as plain text, row by row (tests, copying)."""
        return "\n".join(" | ".join((row.item_id, row.change, row.question, row.effect))
                         for row in self._rows)

