"""The themes of the open assessment with how many of their items are answered; the
chosen theme filters the item list."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QHeaderView, QTreeWidget, QTreeWidgetItem, QWidget

from selfcheck.core.collection import Assessment
from selfcheck.core.scoring import Score
from selfcheck.ui.models.assessments import PROGRESS_ROLE
from selfcheck.ui.style import item_view
from selfcheck.ui.widgets import ProgressDelegate, WrappingDelegate

translate = QCoreApplication.translate

#: The entry that shows every theme.
ALL_THEMES = ""


class ThemeList(QTreeWidget):
    """One row per theme (and "All themes" first): its title and answered / total."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("themeList")
        item_view(self)
        self.setColumnCount(2)
        self.setRootIsDecorated(False)
        # long theme names (English ones especially) wrap instead of being cut off
        self.setWordWrap(True)
        self.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.setUniformRowHeights(False)
        self.setItemDelegateForColumn(0, WrappingDelegate(self))
        self.setItemDelegateForColumn(1, ProgressDelegate(self))
        header = self.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Fixed)
        header.resizeSection(1, 96)
        # the rows' heights follow the width of the name column
        header.sectionResized.connect(lambda *_: self.scheduleDelayedItemsLayout())

    def retranslate(self) -> None:
        self.setHeaderLabels([translate("WorkspaceView", "Theme"),
                              translate("WorkspaceView", "Answered")])
        self.setAccessibleName(translate("WorkspaceView", "Themes"))

    def fill(self, assessment: Assessment, score: Score, lang: str) -> None:
        """List the themes of ``assessment`` with their progress in ``score``, keeping the
        chosen theme (without announcing a change of it)."""
        selected = self.current_theme()
        self.blockSignals(True)
        self.clear()
        overall = score.overall
        entries = [(ALL_THEMES, translate("WorkspaceView", "All themes"), overall.answered,
                    overall.total)]
        for theme in assessment.pack.themes:
            tally = score.themes.get(theme.id)
            if tally is not None:
                entries.append((theme.id, theme.title.get(lang), tally.answered, tally.total))
        current = None
        for theme_id, title, answered, total in entries:
            entry = QTreeWidgetItem([title, f"{answered} / {total}"])
            entry.setData(0, Qt.ItemDataRole.UserRole, theme_id)
            entry.setToolTip(0, title)
            entry.setData(1, PROGRESS_ROLE, 100.0 * answered / total if total else 100.0)
            self.addTopLevelItem(entry)
            if theme_id == selected:
                current = entry
        first = current or self.topLevelItem(0)
        if first is not None:
            self.setCurrentItem(first)
        self.blockSignals(False)

    def entries(self) -> list[QTreeWidgetItem]:
        rows = (self.topLevelItem(n) for n in range(self.topLevelItemCount()))
        return [entry for entry in rows if entry is not None]

    def update_progress(self, score: Score) -> None:
        """Show the answered counts of ``score``."""
        for entry in self.entries():
            theme_id = entry.data(0, Qt.ItemDataRole.UserRole)
            tally = score.overall if theme_id == ALL_THEMES else score.themes.get(theme_id)
            if tally is None:
                continue
            entry.setText(1, f"{tally.answered} / {tally.total}")
            entry.setData(1, PROGRESS_ROLE, tally.progress)

    def current_theme(self) -> str:
        """The chosen theme's id ("" for all themes)."""
        entry = self.currentItem()
        return str(entry.data(0, Qt.ItemDataRole.UserRole) or "") if entry else ""

    def choose(self, theme_id: str) -> None:
        """Choose the theme ``theme_id`` (announced as a change of the current item)."""
        for entry in self.entries():
            if entry.data(0, Qt.ItemDataRole.UserRole) == theme_id:
                self.setCurrentItem(entry)
                return

    def choose_all(self) -> None:
        """Choose "All themes" (without announcing it)."""
        entries = self.entries()
        if entries:
            self.blockSignals(True)
            self.setCurrentItem(entries[0])
            self.blockSignals(False)
